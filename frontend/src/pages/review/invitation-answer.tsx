import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { graphql } from '../../gql';
import type { ReviewState } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';

const RespondToInvitation = graphql(`
  mutation InvitationAnswer_Respond($memberId: UUID!, $version: Int!, $accept: Boolean!) {
    respondToTeamInvitation(memberId: $memberId, version: $version, accept: $accept) {
      id
      invitation
    }
  }
`);

/** The signed-in user's pending invitation to the review's team: join or decline. */
export function InvitationAnswer({
  memberId,
  version,
  role,
  onAnswered,
}: {
  memberId: string;
  version: number;
  role: string;
  onAnswered: (message: string) => void;
}) {
  const [answer, setAnswer] = useState('');
  const [respond, { pending, errors, setErrors }] = useMutation(RespondToInvitation);
  const formErrors = toFormErrors(errors, { accept: 'answer' });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (answer === '') {
      setErrors([validationError('accept', 'Choose whether you will join the team')]);
      return;
    }
    const accept = answer === 'yes';
    if (await respond({ memberId, version, accept })) {
      onAnswered(accept ? 'You have joined the team.' : 'You have declined the invitation.');
    }
  };
  return (
    <section aria-labelledby="invitation-heading" className="quads-invitation">
      <h2 id="invitation-heading">Your invitation</h2>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <p>You have been invited to join this review’s team as {role === 'LEAD' ? 'its lead' : 'a member'}.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <Radios
          id="answer"
          name="answer"
          legend="Will you join the team?"
          options={[
            { value: 'yes', label: 'Yes, I will join the team' },
            { value: 'no', label: 'No, I cannot join' },
          ]}
          value={answer}
          onChange={setAnswer}
          error={formErrors.byField.accept}
        />
        <button type="submit" className="ds_button" disabled={pending}>
          Send your answer
        </button>
      </form>
    </section>
  );
}

/** Why a pending invitation no longer needs an answer, in the review's own terms. */
function closedReason(state: ReviewState): string {
  switch (state) {
    case 'WITHDRAWN':
      return 'This review was withdrawn: your invitation no longer needs an answer.';
    case 'CLOSED':
      return 'This review is closed: your invitation no longer needs an answer.';
    default:
      return 'Your invitation can no longer be answered at this stage of the review.';
  }
}

/** The signed-in user's pending invitation when the review no longer takes an answer: no form, just why. */
export function InvitationClosed({ state }: { state: ReviewState }) {
  return (
    <section aria-labelledby="invitation-heading" className="quads-invitation">
      <h2 id="invitation-heading">Your invitation</h2>
      <p>{closedReason(state)}</p>
    </section>
  );
}
