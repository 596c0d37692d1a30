import { useEffect, useState, type FormEvent } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { GuardChecklist, guardsFromErrors } from '../../components/guard-checklist';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { Radios } from '../../components/radios';
import { STATE_LABELS, StepIndicator } from '../../components/step-indicator';
import { StateTag } from '../../components/state-tag';
import { Textarea } from '../../components/textarea';
import type { ReviewCommand, ReviewPage_HistoryQuery, ReviewPage_ReviewQuery } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { formatMonth } from '../../lib/programme';
import type { TypedDocument } from '../../lib/graphql-client';
import { rememberReturnTo } from '../../lib/return-to';
import { signInPath } from '../../lib/safe-next';
import { hasRole, useSession } from '../../lib/session';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { ConflictBanner, isConflict } from './conflict-banner';
import { FocusForm } from './focus-form';
import * as ops from './operations';
import { TeamSection } from './team-section';
import './review.css';
import { TableRegion } from '../../components/table-region';

export type ReviewData = ReviewPage_ReviewQuery['review'];

type VersionVars = { reviewId: string; version: number };
type ReasonVars = VersionVars & { reason: string };

const SIMPLE: Partial<Record<ReviewCommand, TypedDocument<unknown, VersionVars>>> = {
  AGREE_FOCUS: ops.AgreeFocus,
  FORM_TEAM: ops.FormTeam,
  SUBMIT_SELF_EVALUATION: ops.SubmitSelfEvaluation,
  START_VISIT: ops.StartVisit,
  COMPLETE_VISIT: ops.CompleteVisit,
  DRAFT_REPORT: ops.DraftReport,
  PUBLISH_REPORT: ops.PublishReport,
  BEGIN_FOLLOW_UP: ops.BeginFollowUp,
  CLOSE: ops.CloseReview,
  RESUME: ops.ResumeReview,
};
const WITH_REASON: Partial<Record<ReviewCommand, TypedDocument<unknown, ReasonVars>>> = {
  POSTPONE: ops.PostponeReview,
  WITHDRAW: ops.WithdrawReview,
  REOPEN_SELF_EVALUATION: ops.ReopenSelfEvaluation,
};

const TABS = [
  { path: '', label: 'Overview' },
  { path: 'focus', label: 'Focus' },
  { path: 'team', label: 'Team' },
  { path: 'history', label: 'History' },
];

type PublicReview = Pick<
  ReviewData,
  'programme' | 'hosts' | 'phase' | 'targetMonth' | 'theme' | 'state' | 'publishedReportUrl'
>;

function ReviewSummary({ review }: { review: PublicReview }) {
  return (
    <dl className="ds_summary-list">
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Programme</dt>
        <dd className="ds_summary-list__value">{review.programme.name}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">{review.hosts.length > 1 ? 'Hosts' : 'Host'}</dt>
        <dd className="ds_summary-list__value">{review.hosts.map((h) => h.name).join(', ')}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Phase</dt>
        <dd className="ds_summary-list__value">{review.phase}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Month</dt>
        <dd className="ds_summary-list__value">{formatMonth(review.targetMonth)}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Theme</dt>
        <dd className="ds_summary-list__value">{review.theme ?? 'Not set yet'}</dd>
      </div>
      <div className="ds_summary-list__item">
        <dt className="ds_summary-list__key">Stage</dt>
        <dd className="ds_summary-list__value">
          <StateTag state={review.state} />
        </dd>
      </div>
      {review.publishedReportUrl && (
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Report</dt>
          <dd className="ds_summary-list__value">
            <a href={review.publishedReportUrl}>Published report</a>
          </dd>
        </div>
      )}
    </dl>
  );
}

/**
 * "City of Edinburgh, March 2025: Peer review 2024-27": the month tells
 * apart two reviews of one host in the same programme.
 */
export function reviewTitle(review: Pick<ReviewData, 'hosts' | 'programme' | 'targetMonth'>): string {
  return `${review.hosts.map((h) => h.name).join(' and ')}, ${formatMonth(review.targetMonth)}: ${review.programme.name}`;
}

export function ReviewPage() {
  const { id = '', '*': rest = '' } = useParams();
  const tab = TABS.find((t) => t.path === rest) ? rest : '';
  const session = useSession();
  const location = useLocation();
  const user = session.user;
  const sessionReady = session.status !== 'loading';
  const query = useQuery(ops.ReviewQuery, { id }, { skip: !sessionReady || !user });
  // Anonymous visitors, and people the review's private fields are not for,
  // see the public fields only.
  const privateRefused = query.errors.some((e) => e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED');
  const needPublic = sessionReady && (!user || privateRefused);
  const publicQuery = useQuery(ops.PublicReviewQuery, { id }, { skip: !needPublic });
  const [done, setDone] = useState<string | null>(null);
  // A message about the last action belongs to the view it was made on.
  useEffect(() => setDone(null), [tab]);
  const banner = done ? (
    <NotificationBanner variant="success" focusOnMount key={done}>
      <p>{done}</p>
    </NotificationBanner>
  ) : null;
  // A signed-out invitee may set a password first: come back here after.
  const signedOut = sessionReady && !user;
  useEffect(() => {
    if (signedOut) rememberReturnTo(location.pathname);
  }, [signedOut, location.pathname]);
  const review = needPublic ? undefined : query.data?.review;
  const publicReview = needPublic ? publicQuery.data?.review : undefined;

  if (publicReview) {
    return (
      <Page title={reviewTitle(publicReview)} label="Review" banner={banner}>
        <ReviewSummary review={publicReview} />
        {!user ? (
          <p>
            If you have been invited to this review’s team,{' '}
            <Link to={signInPath(location.pathname, false)}>sign in to answer your invitation</Link>. If you have not
            set a password yet, use the link in your account invitation email first.
          </p>
        ) : (
          <p>Only the review’s team, its host authority and programme officers can see more of this review.</p>
        )}
      </Page>
    );
  }

  if (!review) {
    const active = needPublic ? publicQuery : query;
    const settled = sessionReady && !active.loading && (active.data !== undefined || active.errors.length > 0);
    const missing =
      active.errors.some((e) => e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field === 'id')) ||
      (settled && active.errors.length === 0 && !active.data?.review);
    if (missing) return <NotFoundPage />;
    return (
      <Page title="Review" banner={banner}>
        <QueryStatus loading={active.loading || !sessionReady} errors={active.errors} />
      </Page>
    );
  }

  const isOfficer = hasRole(user, 'PROGRAMME_OFFICER');
  const myInvitation = (review.team ?? []).find((m) => m.user.id === user?.id && !m.replaced);
  const changed = (message?: string) => {
    // A message reports the last action only: a later one replaces or clears it.
    setDone(message ?? null);
    query.refetch();
  };
  const summary = <ReviewSummary review={review} />;

  const base = `/reviews/${review.id}`;

  return (
    <Page title={reviewTitle(review)} label="Review" banner={banner} wide>
      {myInvitation && myInvitation.invitation === 'PENDING' && (
        <InvitationAnswer
          memberId={myInvitation.id}
          version={review.version}
          role={myInvitation.role}
          onAnswered={changed}
        />
      )}
      <div className="quads-review-steps">
        <StepIndicator
          state={review.state}
          resumeTo={review.state === 'POSTPONED' || review.state === 'WITHDRAWN' ? review.latestEvent?.fromState : null}
        />
      </div>
      <nav className="ds_tabs ds_tabs--links" aria-label="Review sections">
        <div className="ds_tabs__navigation">
          <ul className="ds_tabs__list">
            {TABS.map((t) => (
              <li className={`ds_tabs__tab${t.path === tab ? ' ds_current' : ''}`} key={t.path}>
                <Link
                  className="ds_tabs__tab-link"
                  to={t.path ? `${base}/${t.path}` : base}
                  aria-current={t.path === tab ? 'page' : undefined}
                >
                  {t.label}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      </nav>
      <div className="ds_tabs__content quads-tab-content">
        {tab === '' && (
          <>
            <h2>Overview</h2>
            {summary}
            {review.nextCommand && <NextStep key={review.version} review={review} onChanged={changed} />}
            <OtherActions key={`o${review.version}`} review={review} onChanged={changed} />
          </>
        )}
        {tab === 'focus' && (
          <FocusForm
            review={review}
            canEdit={!!review.focus?.canEdit}
            canSignOff={!!review.focus?.canSignOff}
            canReopen={!!review.focus?.canReopen}
            onChanged={() => changed()}
          />
        )}
        {tab === 'team' && (
          <TeamSection review={review} isOfficer={isOfficer} onChanged={() => changed()} />
        )}
        {tab === 'history' && <HistorySection key={review.version} reviewId={review.id} />}
      </div>
    </Page>
  );
}

function InvitationAnswer({
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
  const [respond, { pending, errors, setErrors }] = useMutation(ops.RespondToInvitation);
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

/** Runs one lifecycle command; its refusal's unmet guards become the checklist. */
function useCommand(command: ReviewCommand) {
  const [runSimple, simple] = useMutation((SIMPLE[command] ?? ops.AgreeFocus) as TypedDocument<unknown, VersionVars>);
  const [runReason, reasoned] = useMutation(
    (WITH_REASON[command] ?? ops.PostponeReview) as TypedDocument<unknown, ReasonVars>,
  );
  const needsReason = command in WITH_REASON;
  const state = needsReason ? reasoned : simple;
  const run = (vars: VersionVars, reason?: string) =>
    needsReason ? runReason({ ...vars, reason: reason ?? '' }) : runSimple(vars);
  return { run, needsReason, ...state };
}

function NextStep({ review, onChanged }: { review: ReviewData; onChanged: (message?: string) => void }) {
  const check = review.nextCommand;
  const command = useCommand(check?.command ?? 'AGREE_FOCUS');
  if (!check) return null;
  const refused = guardsFromErrors(command.errors);
  const other = command.errors.filter((e) => e.code !== 'GUARD_FAILED' && e.code !== 'CONFLICT');
  const onClick = async () => {
    if (await command.run({ reviewId: review.id, version: review.version })) onChanged(`Done: ${check.label}.`);
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

function OtherActions({ review, onChanged }: { review: ReviewData; onChanged: (message?: string) => void }) {
  const checks = (review.availableCommands ?? []).filter(
    (c) => SIDE.includes(c.command) && c.allowed && c.command !== review.nextCommand?.command,
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
  review: ReviewData;
  check: NonNullable<ReviewData['availableCommands']>[number];
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

type HistoryEvent = NonNullable<ReviewPage_HistoryQuery['review']['history']>['items'][number];

/** The history, 50 entries a page, oldest first; "Show more" loads the next page. */
function HistorySection({ reviewId }: { reviewId: string }) {
  const [after, setAfter] = useState<number | null>(null);
  const [earlier, setEarlier] = useState<HistoryEvent[]>([]);
  const page = useQuery(ops.HistoryQuery, { id: reviewId, after });
  const history = page.data?.review.history;
  const events = [...earlier, ...(history?.items ?? [])];
  const showMore = () => {
    if (!history?.endCursor) return;
    setEarlier(events);
    setAfter(history.endCursor);
  };
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">History</h2>
      <p>
        Download the history as <a href={`/reviews/${reviewId}/history.csv`}>CSV</a> or{' '}
        <a href={`/reviews/${reviewId}/history.json`}>JSON</a>.
      </p>
      <QueryStatus loading={page.loading && events.length === 0} errors={page.errors} />
      <TableRegion label="History of the review">
        <table className="ds_table">
          <caption className="visually-hidden">Every change to the review, oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Step</th>
              <th scope="col">When</th>
              <th scope="col">What</th>
              <th scope="col">Who</th>
              <th scope="col">Reason</th>
            </tr>
          </thead>
          <tbody>
            {events.map((e) => (
              <tr key={e.id}>
                <td>{e.sequence}</td>
                <td>{formatDateTime(e.at)}</td>
                <td>
                  {e.toState ? (
                    <>
                      {e.fromState ? `${STATE_LABELS[e.fromState]} to ` : ''}
                      {STATE_LABELS[e.toState]}
                    </>
                  ) : (
                    e.summary
                  )}
                  {e.reportUrl && (
                    <>
                      {' '}
                      (<a href={e.reportUrl}>report</a>)
                    </>
                  )}
                </td>
                <td>{e.actor?.name ?? 'Imported'}</td>
                <td>{e.reason ?? ''}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      {history && (
        <p>
          Showing {events.length} of {history.total} changes.
        </p>
      )}
      {history?.hasNextPage && (
        <button type="button" className="ds_button ds_button--secondary" onClick={showMore} disabled={page.loading}>
          Show more changes
        </button>
      )}
    </section>
  );
}
