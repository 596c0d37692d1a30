import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from './conflict-banner';

export const FocusFormFragment = graphql(`
  fragment FocusForm_Review on Review {
    id
    version
    hosts {
      id
      name
    }
    focus {
      theme
      keyQuestions
      scope
      canEdit
      canSignOff
      canReopen
      signOffs {
        user {
          id
          name
        }
        authority {
          id
          name
        }
        asProgrammeOfficer
        signedAt
      }
    }
  }
`);

const UpdateFocus = graphql(`
  mutation FocusForm_UpdateFocus($reviewId: UUID!, $version: Int!, $input: FocusInput!) {
    updateFocus(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

const SignOffFocus = graphql(`
  mutation FocusForm_SignOffFocus($reviewId: UUID!, $version: Int!) {
    signOffFocus(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);

const ReopenFocus = graphql(`
  mutation FocusForm_ReopenFocus($reviewId: UUID!, $version: Int!, $reason: String!) {
    reopenFocus(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);

const FIELDS = { theme: 'theme', keyQuestions: 'key-questions', scope: 'scope', reason: 'reopen-reason' };

/**
 * The focus: theme, key questions (one a line) and scope, with each
 * sign-off's status. A CONFLICT keeps what was typed and offers a reload;
 * the form is not reset by the reload, so the user can send it again.
 */
export function FocusForm(props: { review: FragmentType<typeof FocusFormFragment>; onChanged: () => void }) {
  const { onChanged } = props;
  const review = getFragmentData(FocusFormFragment, props.review);
  const focus = review.focus;
  // What the viewer may do is the server's decision; a programme officer
  // may reopen the agreed focus, with a reason.
  const canEdit = !!focus?.canEdit;
  const canSignOff = !!focus?.canSignOff;
  const canReopen = !!focus?.canReopen;
  const [theme, setTheme] = useState(focus?.theme ?? '');
  const [questions, setQuestions] = useState((focus?.keyQuestions ?? []).join('\n'));
  const [scope, setScope] = useState(focus?.scope ?? '');
  const [saved, setSaved] = useState<string | null>(null);
  const [update, updateState] = useMutation(UpdateFocus);
  const [signOff, signOffState] = useMutation(SignOffFocus);
  const [reopen, reopenState] = useMutation(ReopenFocus);
  const [reason, setReason] = useState('');
  const errors: ApiError[] = [...updateState.errors, ...signOffState.errors, ...reopenState.errors];
  const conflict = isConflict(errors);
  const formErrors = toFormErrors(
    errors.filter((e) => e.code !== 'CONFLICT'),
    FIELDS,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const keyQuestions = questions
      .split('\n')
      .map((q) => q.trim())
      .filter((q) => q !== '');
    const problems: ApiError[] = [];
    if (theme.trim() === '') problems.push(validationError('theme', 'Enter the theme'));
    if (keyQuestions.length === 0) problems.push(validationError('keyQuestions', 'Enter at least one key question'));
    if (problems.length > 0) {
      updateState.setErrors(problems);
      return;
    }
    const result = await update({
      reviewId: review.id,
      version: review.version,
      input: { theme: theme.trim(), keyQuestions, scope: scope.trim() === '' ? null : scope.trim() },
    });
    if (result) {
      setSaved('The focus has been saved. Earlier sign-offs have been cleared.');
      onChanged();
    }
  };

  const onSignOff = async () => {
    setSaved(null);
    const result = await signOff({ reviewId: review.id, version: review.version });
    if (result) {
      setSaved('You have signed off the focus.');
      onChanged();
    }
  };

  const onReopen = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    if (reason.trim() === '') {
      reopenState.setErrors([validationError('reason', 'Enter why the focus is reopened')]);
      return;
    }
    const result = await reopen({ reviewId: review.id, version: review.version, reason: reason.trim() });
    if (result) {
      setReason('');
      setSaved(
        'The focus is reopened. Every host lead and a programme officer must sign it off again before the review moves on.',
      );
      onChanged();
    }
  };

  const reload = () => {
    updateState.setErrors([]);
    signOffState.setErrors([]);
    reopenState.setErrors([]);
    onChanged();
  };

  const signOffs = focus?.signOffs ?? [];
  const rows = [
    ...review.hosts.map((h) => ({
      key: h.id,
      who: `Lead of ${h.name}`,
      signOff: signOffs.find((s) => s.authority?.id === h.id),
    })),
    { key: 'officer', who: 'Programme officer', signOff: signOffs.find((s) => s.asProgrammeOfficer) },
  ];

  return (
    <section aria-labelledby="focus-heading">
      <h2 id="focus-heading">Focus</h2>
      {conflict && <ConflictBanner onReload={reload} />}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      {saved && (
        <NotificationBanner variant="success" focusOnMount>
          <p>{saved}</p>
        </NotificationBanner>
      )}
      <h3>Sign-offs</h3>
      <dl className="ds_summary-list" id="sign-offs">
        {rows.map((r) => (
          <div className="ds_summary-list__item" key={r.key}>
            <dt className="ds_summary-list__key">{r.who}</dt>
            <dd className="ds_summary-list__value">
              {r.signOff ? (
                <>
                  <strong className="ds_tag ds_tag--green">Signed off</strong>{' '}
                  {r.signOff.user?.name ?? ''} on {formatDateTime(r.signOff.signedAt)}
                </>
              ) : (
                <strong className="ds_tag ds_tag--grey">Not signed off</strong>
              )}
            </dd>
          </div>
        ))}
      </dl>
      {canSignOff && (
        <button
          type="button"
          className="ds_button ds_button--secondary"
          onClick={() => void onSignOff()}
          disabled={signOffState.pending}
        >
          Sign off the focus
        </button>
      )}
      {canReopen && (
        <form onSubmit={(e) => void onReopen(e)} noValidate aria-labelledby="reopen-heading">
          <h3 id="reopen-heading">Reopen the focus</h3>
          <p>
            The focus is agreed and locked. Reopening it clears every sign-off; the review stays at its stage, and
            cannot move on until every host lead and a programme officer have signed off the focus again.
          </p>
          <Textarea
            id="reopen-reason"
            name="reason"
            label="Why is the focus reopened?"
            hint="This is kept in the review’s history."
            value={reason}
            onChange={(e) => setReason(e.target.value)}
            error={formErrors.byField.reason}
            rows={3}
          />
          <button type="submit" className="ds_button ds_button--secondary" disabled={reopenState.pending}>
            Reopen the focus
          </button>
        </form>
      )}
      {canEdit ? (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <h3>Edit the focus</h3>
          <TextInput
            id="theme"
            name="theme"
            label="Theme"
            value={theme}
            onChange={(e) => setTheme(e.target.value)}
            error={formErrors.byField.theme}
            width="fluid-two-thirds"
          />
          <Textarea
            id="key-questions"
            name="keyQuestions"
            label="Key questions"
            hint="One question a line"
            value={questions}
            onChange={(e) => setQuestions(e.target.value)}
            error={formErrors.byField.keyQuestions}
            rows={5}
          />
          <Textarea
            id="scope"
            name="scope"
            label="Scope (optional)"
            value={scope}
            onChange={(e) => setScope(e.target.value)}
            error={formErrors.byField.scope}
          />
          <p className="ds_hint-text">Saving a changed focus clears every sign-off.</p>
          <button type="submit" className="ds_button" disabled={updateState.pending}>
            Save the focus
          </button>
        </form>
      ) : (
        <dl className="ds_summary-list">
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Theme</dt>
            <dd className="ds_summary-list__value">{focus?.theme ?? 'Not set'}</dd>
          </div>
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Key questions</dt>
            <dd className="ds_summary-list__value">
              {(focus?.keyQuestions.length ?? 0) > 0 ? (
                <ul>
                  {focus?.keyQuestions.map((q) => (
                    <li key={q}>{q}</li>
                  ))}
                </ul>
              ) : (
                'None yet'
              )}
            </dd>
          </div>
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Scope</dt>
            <dd className="ds_summary-list__value">{focus?.scope ?? 'Not set'}</dd>
          </div>
        </dl>
      )}
    </section>
  );
}
