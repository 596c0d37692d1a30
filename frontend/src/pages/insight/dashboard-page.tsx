import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { StateTag } from '../../components/state-tag';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import type { InsightDashboard_DashboardQuery, RiskReason } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { formatMonth, joinNames } from '../../lib/programme';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { ImpactFigures } from '../follow-up/impact-figures';
import { CountFigure } from './count-chart';
import { ThresholdsForm } from './thresholds-form';
import './insight.css';

// The programme dashboard (/programmes/:id/dashboard, programme officers):
// reviews by state, phase and month (each a table with its chart), the
// visits coming up, the reviews at risk with every reason, the thresholds
// those rules use, overdue follow-up actions by authority and the impact
// measures published across the programme.

export const DashboardQuery = graphql(`
  query InsightDashboard_Dashboard($programmeId: UUID!) {
    programmeDashboard(programmeId: $programmeId) {
      programme {
        id
        name
      }
      today
      thresholds {
        programmeId
        focusDaysBefore
        teamDaysBefore
        selfEvaluationWorkingDaysBefore
        reportWorkingDaysAfter
        isDefault
      }
      total
      byState {
        state
        label
        count
      }
      byPhase {
        phase
        count
      }
      byMonth {
        month
        count
      }
      upcomingVisits {
        review {
          id
          phase
          targetMonth
          state
          theme
          hosts {
            id
            name
          }
        }
        firstDay
        lastDay
        days
      }
      atRisk {
        review {
          id
          phase
          targetMonth
          state
          theme
          hosts {
            id
            name
          }
        }
        reasons {
          reason
          message
          since
        }
      }
      overdueActions {
        authority {
          id
          name
        }
        count
        actions {
          reviewId
          actionId
          description
          dueOn
          daysOverdue
        }
      }
      impactMeasures {
        review {
          id
          phase
          targetMonth
          state
          theme
          hosts {
            id
            name
          }
        }
        reportSlug
        measure {
          name
          learnerGroup
          unit
          baselineValue
          baselinePeriod
          laterValue
          laterPeriod
          changeText
        }
      }
    }
  }
`);

type Dashboard = InsightDashboard_DashboardQuery['programmeDashboard'];

/** Short names of the rules, shown before each reason's sentence. */
export const REASON_LABELS: Record<RiskReason, string> = {
  NO_AGREED_FOCUS: 'No agreed focus',
  NO_FORMED_TEAM: 'No formed team',
  NO_SUBMITTED_SELF_EVALUATION: 'No submitted self-evaluation',
  REPORT_NOT_DRAFTED: 'Report not drafted',
};

/** "City of Edinburgh, October 2024": a review by its hosts and month. */
export function reviewTitle(review: { hosts: readonly { name: string }[]; targetMonth: string }): string {
  return `${joinNames(review.hosts.map((h) => h.name))}, ${formatMonth(review.targetMonth)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export function DashboardPage() {
  const { id = '' } = useParams();
  const query = useQuery(DashboardQuery, { programmeId: id });
  const [saved, setSaved] = useState(0);
  const dashboard = query.data?.programmeDashboard;
  if (query.errors.some((e) => e.code === 'NOT_FOUND')) return <NotFoundPage />;
  if (!dashboard) {
    return (
      <Page title="Programme dashboard">
        <QueryStatus loading={query.loading} errors={query.errors} />
      </Page>
    );
  }
  return (
    <Page
      title="Programme dashboard"
      label={dashboard.programme.name}
      wide
      banner={
        saved > 0 ? (
          <NotificationBanner variant="success" focusOnMount key={saved}>
            <p>The thresholds are saved: the reviews at risk are listed again with them.</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p className="ds_leader">
        {plural(dashboard.total, 'review', 'reviews')} in the programme, as of {formatDate(dashboard.today)}.
      </p>
      <nav aria-label="On this page" className="ds_contents-nav">
        <ul className="ds_contents-nav__list">
          {[
            ['dashboard-reviews', 'Reviews by state, phase and month'],
            ['dashboard-upcoming', 'Upcoming visits'],
            ['dashboard-at-risk', 'Reviews at risk'],
            ['dashboard-overdue', 'Overdue actions by authority'],
            ['dashboard-impact', 'Published impact measures'],
          ].map(([target, text]) => (
            <li className="ds_contents-nav__item" key={target}>
              <a className="ds_contents-nav__link" href={`#${target}`}>
                {text}
              </a>
            </li>
          ))}
          <li className="ds_contents-nav__item">
            <Link className="ds_contents-nav__link" to={`/programmes/${dashboard.programme.id}/network`}>
              Collaboration network
            </Link>
          </li>
          <li className="ds_contents-nav__item">
            <Link className="ds_contents-nav__link" to={`/programmes/${dashboard.programme.id}`}>
              The programme’s timetable
            </Link>
          </li>
        </ul>
      </nav>
      <ReviewCounts dashboard={dashboard} />
      <UpcomingVisits dashboard={dashboard} />
      <AtRisk
        dashboard={dashboard}
        onSaved={() => {
          setSaved((n) => n + 1);
          query.refetch();
        }}
      />
      <OverdueActions dashboard={dashboard} />
      <ImpactMeasures dashboard={dashboard} />
    </Page>
  );
}

function ReviewCounts({ dashboard }: { dashboard: Dashboard }) {
  return (
    <section aria-labelledby="dashboard-reviews">
      <h2 id="dashboard-reviews">Reviews by state, phase and month</h2>
      <CountFigure
        caption="Reviews by state"
        heading="State"
        rows={dashboard.byState.map((s) => ({ key: s.state, label: s.label, count: s.count }))}
      />
      <CountFigure
        caption="Reviews by phase"
        heading="Phase"
        rows={dashboard.byPhase.map((p) => ({ key: String(p.phase), label: `Phase ${p.phase}`, count: p.count }))}
      />
      <CountFigure
        caption="Reviews by target month"
        heading="Month"
        rows={dashboard.byMonth.map((m) => ({ key: m.month, label: formatMonth(m.month), count: m.count }))}
      />
    </section>
  );
}

function UpcomingVisits({ dashboard }: { dashboard: Dashboard }) {
  const visits = dashboard.upcomingVisits;
  return (
    <section aria-labelledby="dashboard-upcoming">
      <h2 id="dashboard-upcoming">Upcoming visits</h2>
      {visits.length === 0 ? (
        <p>No visits in the next six weeks.</p>
      ) : (
        <TableRegion label="Upcoming visits">
          <table className="ds_table">
            <caption className="ds_table__caption">
              Visits in the next six weeks ({plural(visits.length, 'visit', 'visits')})
            </caption>
            <thead>
              <tr>
                <th scope="col">Review</th>
                <th scope="col">First day</th>
                <th scope="col">Last day</th>
                <th scope="col" className="quads-numeric">
                  Days
                </th>
                <th scope="col">State</th>
              </tr>
            </thead>
            <tbody>
              {visits.map((v) => (
                <tr key={v.review.id}>
                  <th scope="row">
                    <Link to={`/reviews/${v.review.id}`}>{reviewTitle(v.review)}</Link>
                  </th>
                  <td>{formatDate(v.firstDay)}</td>
                  <td>{formatDate(v.lastDay)}</td>
                  <td className="quads-numeric">{v.days}</td>
                  <td>
                    <StateTag state={v.review.state} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function AtRisk({ dashboard, onSaved }: { dashboard: Dashboard; onSaved: () => void }) {
  const reviews = dashboard.atRisk;
  const t = dashboard.thresholds;
  return (
    <section aria-labelledby="dashboard-at-risk">
      <h2 id="dashboard-at-risk">Reviews at risk</h2>
      <p>
        A review is at risk when it has no agreed focus {t.focusDaysBefore} days, or no formed team {t.teamDaysBefore}{' '}
        days, before its target month; no submitted self-evaluation {t.selfEvaluationWorkingDaysBefore} working days
        before its visit; or no drafted report {t.reportWorkingDaysAfter} working days after it.
      </p>
      {reviews.length === 0 ? (
        <p>No review is at risk.</p>
      ) : (
        <TableRegion label="Reviews at risk">
          <table className="ds_table">
            <caption className="ds_table__caption">
              Reviews at risk ({plural(reviews.length, 'review', 'reviews')})
            </caption>
            <thead>
              <tr>
                <th scope="col">Review</th>
                <th scope="col">State</th>
                <th scope="col">Why it is at risk</th>
              </tr>
            </thead>
            <tbody>
              {reviews.map((r) => (
                <tr key={r.review.id}>
                  <th scope="row">
                    <Link to={`/reviews/${r.review.id}`}>{reviewTitle(r.review)}</Link>
                  </th>
                  <td>
                    <StateTag state={r.review.state} />
                  </td>
                  <td>
                    <ul className="quads-insight-reasons">
                      {r.reasons.map((reason) => (
                        <li key={reason.reason}>
                          <strong>{REASON_LABELS[reason.reason]}:</strong> {reason.message}
                        </li>
                      ))}
                    </ul>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
      <ThresholdsForm
        key={`${t.focusDaysBefore}-${t.teamDaysBefore}-${t.selfEvaluationWorkingDaysBefore}-${t.reportWorkingDaysAfter}`}
        programmeId={dashboard.programme.id}
        thresholds={t}
        onSaved={onSaved}
      />
    </section>
  );
}

function OverdueActions({ dashboard }: { dashboard: Dashboard }) {
  const groups = dashboard.overdueActions;
  const total = groups.reduce((n, g) => n + g.count, 0);
  return (
    <section aria-labelledby="dashboard-overdue">
      <h2 id="dashboard-overdue">Overdue actions by authority</h2>
      {groups.length === 0 ? (
        <p>No follow-up action is overdue.</p>
      ) : (
        <TableRegion label="Overdue actions by authority">
          <table className="ds_table">
            <caption className="ds_table__caption">
              Overdue actions by authority ({plural(total, 'action', 'actions')})
            </caption>
            <thead>
              <tr>
                <th scope="col">Authority</th>
                <th scope="col">Action</th>
                <th scope="col">Due</th>
                <th scope="col" className="quads-numeric">
                  Days overdue
                </th>
              </tr>
            </thead>
            {groups.map((g) => (
              <tbody key={g.authority.id}>
                {g.actions.map((a, i) => (
                  <tr key={a.actionId}>
                    {i === 0 && (
                      <th scope="rowgroup" rowSpan={g.actions.length}>
                        {g.authority.name} ({plural(g.count, 'action', 'actions')})
                      </th>
                    )}
                    <td>
                      <Link to={`/reviews/${a.reviewId}/follow-up`}>{a.description}</Link>
                    </td>
                    <td>{formatDate(a.dueOn)}</td>
                    <td className="quads-numeric">{a.daysOverdue}</td>
                  </tr>
                ))}
              </tbody>
            ))}
          </table>
        </TableRegion>
      )}
    </section>
  );
}

function ImpactMeasures({ dashboard }: { dashboard: Dashboard }) {
  const measures = dashboard.impactMeasures;
  return (
    <section aria-labelledby="dashboard-impact">
      <h2 id="dashboard-impact">Published impact measures</h2>
      {measures.length === 0 ? (
        <p>No impact measure is published yet.</p>
      ) : (
        <ImpactFigures
          caption="Published impact measures across the programme"
          measures={measures.map((m) => m.measure)}
          extraColumns={[
            {
              heading: 'Report',
              cell: (i) => {
                const m = measures[i];
                return m ? <Link to={`/reports/${m.reportSlug}`}>{reviewTitle(m.review)}</Link> : null;
              },
            },
          ]}
        />
      )}
    </section>
  );
}
