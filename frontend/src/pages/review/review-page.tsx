import { useEffect, useState } from 'react';
import { Link, useLocation, useParams } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { StepIndicator } from '../../components/step-indicator';
import { graphql } from '../../gql';
import { rememberReturnTo } from '../../lib/return-to';
import { signInPath } from '../../lib/safe-next';
import { hasRole, useSession } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { FocusForm } from './focus-form';
import { HistorySection } from './history-section';
import { InvitationAnswer, InvitationClosed } from './invitation-answer';
import { RescheduleForm } from './reschedule-form';
import { ReviewActions } from './review-actions';
import { ReviewSummary, reviewTitle } from './review-summary';
import { SelfEvaluationSection } from '../self-evaluation/self-evaluation-section';
import { TeamViewSection } from '../self-evaluation/team-view-section';
import { VisitSection } from '../visit/visit-section';
import { FindingsSection } from '../findings/findings-section';
import { ReportSection } from '../report/report-section';
import { FollowUpTab } from '../follow-up/follow-up-tab';
import { TeamSection } from './team-section';
import { SelfEvaluationLinks } from '../self-evaluation/self-evaluation-links';
import './review.css';

// The review page at /reviews/:id, with /focus, /team, /self-evaluation,
// /team-view, /visit, /findings, /report, /follow-up and /history tabs.
// Each part declares the fields it shows as a fragment beside it; this page
// reads only what it decides with: the title, the stage, and the viewer's
// own invitation (answered here only when the server says it still can be).

const ReviewQuery = graphql(`
  query ReviewPage_Review($id: UUID!) {
    review(id: $id) {
      id
      version
      state
      targetMonth
      programme {
        id
        name
      }
      hosts {
        id
        name
      }
      team {
        id
        user {
          id
        }
        role
        invitation
        replaced
      }
      latestEvent {
        id
        fromState
      }
      ...ReviewSummary_Review
      ...ReviewActions_Review
      ...FocusForm_Review
      ...TeamSection_Review
      canReschedule
      canAnswerInvitation
      ...RescheduleForm_Review
      ...SelfEvaluationLinks_Review
    }
  }
`);

const PublicReviewQuery = graphql(`
  query ReviewPage_PublicReview($id: UUID!) {
    review(id: $id) {
      id
      targetMonth
      programme {
        id
        name
      }
      hosts {
        id
        name
      }
      ...ReviewSummary_Review
    }
  }
`);

// The states in which a review's participant survey exists (sent when the visit completes).
const SURVEYED: ReadonlySet<string> = new Set(['VISIT_COMPLETED', 'REPORT_DRAFTED', 'REPORT_PUBLISHED', 'FOLLOW_UP', 'CLOSED']);

const TABS = [
  { path: '', label: 'Overview' },
  { path: 'focus', label: 'Focus' },
  { path: 'team', label: 'Team' },
  { path: 'self-evaluation', label: 'Self-evaluation' },
  { path: 'team-view', label: 'Team’s view' },
  { path: 'visit', label: 'Visit' },
  { path: 'findings', label: 'Findings' },
  { path: 'report', label: 'Report' },
  { path: 'follow-up', label: 'Follow-up' },
  { path: 'history', label: 'History' },
];

export function ReviewPage() {
  const { id = '', '*': rest = '' } = useParams();
  // A tab, and a page within it (e.g. self-evaluation/<authority>/<indicator>).
  const [head = '', ...within] = rest.split('/');
  const tab = TABS.find((t) => t.path === head) ? head : '';
  const sub = within.join('/');
  const session = useSession();
  const location = useLocation();
  const user = session.user;
  const sessionReady = session.status !== 'loading';
  const query = useQuery(ReviewQuery, { id }, { skip: !sessionReady || !user });
  // Anonymous visitors, and people the review's private fields are not for,
  // see the public fields only.
  const privateRefused = query.errors.some((e) => e.code === 'FORBIDDEN' || e.code === 'UNAUTHENTICATED');
  const needPublic = sessionReady && (!user || privateRefused);
  const publicQuery = useQuery(PublicReviewQuery, { id }, { skip: !needPublic });
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
      {myInvitation?.invitation === 'PENDING' &&
        (review.canAnswerInvitation ? (
          <InvitationAnswer
            memberId={myInvitation.id}
            version={review.version}
            role={myInvitation.role}
            onAnswered={changed}
          />
        ) : (
          <InvitationClosed state={review.state} />
        ))}
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
            <ReviewActions review={review} onChanged={changed} />
            <SelfEvaluationLinks review={review} />
            {isOfficer && SURVEYED.has(review.state) && (
              <p>
                <Link to={`/programmes/${review.programme.id}/survey/reviews/${review.id}`}>
                  Participant survey results for this review
                </Link>
              </p>
            )}
            {review.canReschedule && <RescheduleForm review={review} onChanged={changed} />}
          </>
        )}
        {tab === 'focus' && (
          <FocusForm review={review} onChanged={() => changed()} />
        )}
        {tab === 'team' && (
          <TeamSection review={review} isOfficer={isOfficer} onChanged={() => changed()} />
        )}
        {tab === 'self-evaluation' && <SelfEvaluationSection reviewId={review.id} sub={sub} onChanged={changed} />}
        {tab === 'team-view' && <TeamViewSection reviewId={review.id} sub={sub} />}
        {tab === 'visit' && <VisitSection reviewId={review.id} onChanged={changed} />}
        {tab === 'findings' && <FindingsSection reviewId={review.id} onChanged={() => query.refetch()} />}
        {tab === 'report' && <ReportSection reviewId={review.id} onChanged={() => changed()} />}
        {tab === 'follow-up' && <FollowUpTab reviewId={review.id} onChanged={() => changed()} />}
        {tab === 'history' && <HistorySection key={review.version} reviewId={review.id} />}
      </div>
    </Page>
  );
}
