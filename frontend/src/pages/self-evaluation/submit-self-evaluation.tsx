import { ErrorSummary } from '../../components/error-summary';
import { guardsFromErrors } from '../../components/guard-checklist';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { ReviewActions_SubmitSelfEvaluationDocument as SubmitDocument } from '../../gql/graphql';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';

// Submitting the self-evaluation (the host lead, at "Team formed"): the
// button is there whenever the viewer has the right, and the server's
// refusal lists every indicator still missing by its number and title.

export const SubmitSelfEvaluationFragment = graphql(`
  fragment SubmitSelfEvaluation_Review on Review {
    id
    version
    nextCommand {
      command
      label
      allowed
    }
  }
`);

export function SubmitSelfEvaluation(props: {
  review: FragmentType<typeof SubmitSelfEvaluationFragment>;
  selfEvaluations: { submitted: boolean; progress: { complete: number; total: number } }[];
  onChanged: (message?: string) => void;
}) {
  const review = getFragmentData(SubmitSelfEvaluationFragment, props.review);
  const [submit, state] = useMutation(SubmitDocument);
  const check = review.nextCommand;
  if (!check || check.command !== 'SUBMIT_SELF_EVALUATION' || !check.allowed) return null;
  if (props.selfEvaluations.some((s) => s.submitted)) return null;
  const refused = guardsFromErrors(state.errors);
  const other = state.errors.filter((e) => e.code !== 'GUARD_FAILED' && e.code !== 'CONFLICT');
  const onClick = async () => {
    if (await submit({ reviewId: review.id, version: review.version })) {
      props.onChanged('The self-evaluation is submitted. The team has been told it is ready to read.');
    }
  };
  return (
    <section aria-labelledby="submit-se-heading">
      <h2 id="submit-se-heading">Submit the self-evaluation</h2>
      {isConflict(state.errors) && (
        <ConflictBanner
          onReload={() => {
            state.setErrors([]);
            props.onChanged();
          }}
        />
      )}
      {refused.length > 0 && (
        <ErrorSummary
          title="You cannot submit the self-evaluation yet"
          items={refused.map((g) => ({ text: g.message }))}
        />
      )}
      {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
      <p>
        Once submitted, the self-evaluation is read-only and the review team can read it. It must be complete first:
        every quality indicator with its evidence (and a grade where graded), or for an evidence-only programme at
        least one document.
      </p>
      <button type="button" className="ds_button" onClick={() => void onClick()} disabled={state.pending}>
        Submit the self-evaluation
      </button>
    </section>
  );
}
