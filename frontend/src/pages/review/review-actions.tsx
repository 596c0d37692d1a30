import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { GuardChecklist, guardsFromErrors } from '../../components/guard-checklist';
import { Textarea } from '../../components/textarea';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { ReviewActions_ReviewFragment, ReviewCommand } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { TypedDocument } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from './conflict-banner';

// The review's lifecycle on its overview: the next step (with what it still
// needs) and the side actions (postpone, resume, withdraw, reopen the
// self-evaluation), each one command of the API.

export const ReviewActionsFragment = graphql(`
  fragment ReviewActions_Review on Review {
    id
    version
    nextCommand {
      command
      label
      allowed
      forbiddenReason
      unmet {
        code
        message
      }
    }
    availableCommands {
      command
      label
      allowed
      forbiddenReason
      unmet {
        code
        message
      }
    }
  }
`);

type ActionsReview = ReviewActions_ReviewFragment;
export type CommandCheck = NonNullable<ActionsReview['nextCommand']>;

const AgreeFocus = graphql(`
  mutation ReviewActions_AgreeFocus($reviewId: UUID!, $version: Int!) {
    agreeFocus(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const FormTeam = graphql(`
  mutation ReviewActions_FormTeam($reviewId: UUID!, $version: Int!) {
    formTeam(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const SubmitSelfEvaluation = graphql(`
  mutation ReviewActions_SubmitSelfEvaluation($reviewId: UUID!, $version: Int!) {
    submitSelfEvaluation(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const StartVisit = graphql(`
  mutation ReviewActions_StartVisit($reviewId: UUID!, $version: Int!) {
    startVisit(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const CompleteVisit = graphql(`
  mutation ReviewActions_CompleteVisit($reviewId: UUID!, $version: Int!) {
    completeVisit(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const DraftReport = graphql(`
  mutation ReviewActions_DraftReport($reviewId: UUID!, $version: Int!) {
    draftReport(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const PublishReport = graphql(`
  mutation ReviewActions_PublishReport($reviewId: UUID!, $version: Int!) {
    publishReport(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const BeginFollowUp = graphql(`
  mutation ReviewActions_BeginFollowUp($reviewId: UUID!, $version: Int!) {
    beginFollowUp(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const CloseReview = graphql(`
  mutation ReviewActions_CloseReview($reviewId: UUID!, $version: Int!) {
    closeReview(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const ResumeReview = graphql(`
  mutation ReviewActions_ResumeReview($reviewId: UUID!, $version: Int!) {
    resumeReview(reviewId: $reviewId, version: $version) {
      id
      version
    }
  }
`);
const PostponeReview = graphql(`
  mutation ReviewActions_PostponeReview($reviewId: UUID!, $version: Int!, $reason: String!) {
    postponeReview(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);
const WithdrawReview = graphql(`
  mutation ReviewActions_WithdrawReview($reviewId: UUID!, $version: Int!, $reason: String!) {
    withdrawReview(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);
const ReopenSelfEvaluation = graphql(`
  mutation ReviewActions_ReopenSelfEvaluation($reviewId: UUID!, $version: Int!, $reason: String!) {
    reopenSelfEvaluation(reviewId: $reviewId, version: $version, reason: $reason) {
      id
      version
    }
  }
`);

type VersionVars = { reviewId: string; version: number };
type ReasonVars = VersionVars & { reason: string };

const SIMPLE: Partial<Record<ReviewCommand, TypedDocument<unknown, VersionVars>>> = {
  AGREE_FOCUS: AgreeFocus,
  FORM_TEAM: FormTeam,
  SUBMIT_SELF_EVALUATION: SubmitSelfEvaluation,
  START_VISIT: StartVisit,
  COMPLETE_VISIT: CompleteVisit,
  DRAFT_REPORT: DraftReport,
  PUBLISH_REPORT: PublishReport,
  BEGIN_FOLLOW_UP: BeginFollowUp,
  CLOSE: CloseReview,
  RESUME: ResumeReview,
};
const WITH_REASON: Partial<Record<ReviewCommand, TypedDocument<unknown, ReasonVars>>> = {
  POSTPONE: PostponeReview,
  WITHDRAW: WithdrawReview,
  REOPEN_SELF_EVALUATION: ReopenSelfEvaluation,
};

/**
 * The next step and the other actions the viewer may take. `onChanged`
 * gets the confirmation to show (none after a reload asked by a conflict).
 */
export function ReviewActions(props: {
  review: FragmentType<typeof ReviewActionsFragment>;
  onChanged: (message?: string) => void;
  /** Only these commands (e.g. reopening on the self-evaluation's tab); all when left out. */
  only?: ReviewCommand[];
  /** Labels to show instead of the server's, where a tab names the step in its own words. */
  labels?: Partial<Record<ReviewCommand, string>>;
}) {
  const raw = getFragmentData(ReviewActionsFragment, props.review);
  const relabel = (c: CommandCheck): CommandCheck => ({ ...c, label: props.labels?.[c.command] ?? c.label });
  const review: ActionsReview = {
    ...raw,
    nextCommand: raw.nextCommand ? relabel(raw.nextCommand) : raw.nextCommand,
    availableCommands: raw.availableCommands?.map(relabel) ?? raw.availableCommands,
  };
  const shown = (c: ReviewCommand) => !props.only || props.only.includes(c);
  return (
    <>
      {review.nextCommand && shown(review.nextCommand.command) && (
        <NextStep key={review.version} review={review} onChanged={props.onChanged} />
      )}
      <OtherActions key={`o${review.version}`} review={review} shown={shown} onChanged={props.onChanged} />
    </>
  );
}

/** Runs one lifecycle command; its refusal's unmet guards become the checklist. */
function useCommand(command: ReviewCommand) {
  const [runSimple, simple] = useMutation((SIMPLE[command] ?? AgreeFocus) as TypedDocument<unknown, VersionVars>);
  const [runReason, reasoned] = useMutation(
    (WITH_REASON[command] ?? PostponeReview) as TypedDocument<unknown, ReasonVars>,
  );
  const needsReason = command in WITH_REASON;
  const state = needsReason ? reasoned : simple;
  const run = (vars: VersionVars, reason?: string) =>
    needsReason ? runReason({ ...vars, reason: reason ?? '' }) : runSimple(vars);
  return { run, needsReason, ...state };
}

function NextStep({ review, onChanged }: { review: ActionsReview; onChanged: (message?: string) => void }) {
  const check = review.nextCommand;
  if (!check) return null;
  return <CommandStep reviewId={review.id} version={review.version} check={check} onChanged={onChanged} />;
}

/**
 * One lifecycle command as the next step: what it still needs as a
 * checklist, else its button; a refusal's unmet guards in the error summary.
 * For a tab that reads the command's guards itself (the follow-up's).
 */
export function CommandStep({
  reviewId,
  version,
  check,
  onChanged,
}: {
  reviewId: string;
  version: number;
  check: CommandCheck;
  onChanged: (message?: string) => void;
}) {
  const command = useCommand(check.command);
  const refused = guardsFromErrors(command.errors);
  const other = command.errors.filter((e) => e.code !== 'GUARD_FAILED' && e.code !== 'CONFLICT');
  const onClick = async () => {
    if (await command.run({ reviewId, version })) onChanged(`Done: ${check.label}.`);
  };
  return (
    <section aria-labelledby="next-heading">
      <h2 id="next-heading">Next step</h2>
      {isConflict(command.errors) && (
        <ConflictBanner
          onReload={() => {
            command.setErrors([]);
            onChanged();
          }}
        />
      )}
      {refused.length > 0 && (
        <ErrorSummary title={`You cannot ${check.label.toLowerCase()} yet`} items={refused.map((g) => ({ text: g.message }))} />
      )}
      {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
      <GuardChecklist id="next-checklist" check={check} refused={refused} />
      {check.allowed && check.unmet.length === 0 && !command.needsReason && (
        <button
          type="button"
          className="ds_button"
          onClick={() => void onClick()}
          disabled={command.pending}
          aria-describedby="next-checklist"
        >
          {check.label}
        </button>
      )}
    </section>
  );
}

const REASON_LABELS: Partial<Record<ReviewCommand, string>> = {
  POSTPONE: 'Why is the review postponed?',
  WITHDRAW: 'Why is the review withdrawn?',
  REOPEN_SELF_EVALUATION: 'Why is the self-evaluation reopened?',
};
const SIDE: ReviewCommand[] = ['POSTPONE', 'RESUME', 'WITHDRAW', 'REOPEN_SELF_EVALUATION'];

function OtherActions({
  review,
  shown,
  onChanged,
}: {
  review: ActionsReview;
  shown: (command: ReviewCommand) => boolean;
  onChanged: (message?: string) => void;
}) {
  const checks = (review.availableCommands ?? []).filter(
    (c) => SIDE.includes(c.command) && shown(c.command) && c.allowed && c.command !== review.nextCommand?.command,
  );
  if (checks.length === 0) return null;
  return (
    <section aria-labelledby="other-heading">
      <h2 id="other-heading">Other actions</h2>
      {checks.map((c) => (
        <SideAction key={c.command} review={review} check={c} onChanged={onChanged} />
      ))}
    </section>
  );
}

function SideAction({
  review,
  check,
  onChanged,
}: {
  review: ActionsReview;
  check: CommandCheck;
  onChanged: (message?: string) => void;
}) {
  const command = useCommand(check.command);
  const [reason, setReason] = useState('');
  const fieldId = `reason-${check.command.toLowerCase()}`;
  const refused = guardsFromErrors(command.errors);
  const formErrors = toFormErrors(
    command.errors.filter((e) => e.code !== 'CONFLICT' && e.code !== 'GUARD_FAILED'),
    { reason: fieldId },
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (command.needsReason && reason.trim() === '') {
      command.setErrors([validationError('reason', 'Enter a reason')]);
      return;
    }
    if (await command.run({ reviewId: review.id, version: review.version }, reason.trim()))
      onChanged(`Done: ${check.label}.`);
  };
  if (check.unmet.length > 0) {
    // Not possible yet: what is missing, and no button that would fail.
    return (
      <section aria-labelledby={`${fieldId}-heading`}>
        <h3 id={`${fieldId}-heading`}>{check.label}</h3>
        <GuardChecklist id={`${fieldId}-checklist`} check={check} />
      </section>
    );
  }
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${fieldId}-heading`}>
      <h3 id={`${fieldId}-heading`}>{check.label}</h3>
      {isConflict(command.errors) && (
        <ConflictBanner
          onReload={() => {
            command.setErrors([]);
            onChanged();
          }}
        />
      )}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <GuardChecklist id={`${fieldId}-checklist`} check={check} refused={refused} ready={null} />
      {command.needsReason && (
        <Textarea
          id={fieldId}
          name="reason"
          label={REASON_LABELS[check.command] ?? 'Reason'}
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={formErrors.byField.reason}
          rows={3}
        />
      )}
      <button type="submit" className="ds_button ds_button--secondary" disabled={command.pending}>
        {check.label}
      </button>
    </form>
  );
}

