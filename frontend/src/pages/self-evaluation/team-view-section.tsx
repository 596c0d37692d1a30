import { Link } from 'react-router';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import type { TeamViewSection_ComparisonQuery } from '../../gql/graphql';
import { useQuery } from '../../lib/use-query';
import { indicatorPath } from './self-evaluation-section';
import { TeamViewEditor } from './team-view-editor';

// The two perspectives (/reviews/:id/team-view): each host's submitted
// self-evaluation beside the team's view, per indicator with the
// difference in grades; team members with an accepted place record the
// team's view of an indicator on its own page (/team-view/:authority/:n).

export const ComparisonQuery = graphql(`
  query TeamViewSection_Comparison($reviewId: UUID!) {
    selfEvaluationComparison(reviewId: $reviewId) {
      authorityId
      authorityName
      graded
      canEditTeamView
      indicators {
        number
        title
        selfGrade
        selfEvidence
        teamGrade
        teamEvidence
        teamVersion
        teamLastEditedBy {
          id
          name
        }
        teamLastEditedAt
        gradeDifference
      }
    }
    selfEvaluations(reviewId: $reviewId) {
      id
      authorityId
      framework {
        id
        version
        name
        scale {
          level
          label
          meaning
        }
      }
    }
  }
`);

export type Comparison = TeamViewSection_ComparisonQuery['selfEvaluationComparison'][number];

/** "+1", "−2", "0"; a dash where either side is not graded. */
export function formatDifference(difference: number | null | undefined): string {
  if (difference == null) return '–';
  if (difference > 0) return `+${difference}`;
  if (difference < 0) return `−${-difference}`;
  return '0';
}

function describeDifference(difference: number | null | undefined): string {
  if (difference == null) return 'not both graded';
  if (difference === 0) return 'the same grade';
  const n = Math.abs(difference);
  return `the team ${n} ${n === 1 ? 'grade' : 'grades'} ${difference > 0 ? 'higher' : 'lower'}`;
}

export function TeamViewSection({ reviewId, sub }: { reviewId: string; sub: string }) {
  const query = useQuery(ComparisonQuery, { reviewId });
  const forbidden = query.errors.find((e) => e.code === 'FORBIDDEN');
  if (forbidden) {
    return (
      <section aria-labelledby="team-view-heading">
        <h2 id="team-view-heading">The team’s view</h2>
        <p>{forbidden.message}</p>
      </section>
    );
  }
  const data = query.data;
  if (!data) return <QueryStatus loading={query.loading} errors={query.errors} />;
  const [authorityId, number] = sub.split('/');
  if (authorityId && number) {
    const host = data.selfEvaluationComparison.find((c) => c.authorityId === authorityId);
    const at = host?.indicators.findIndex((qi) => qi.number === number) ?? -1;
    const framework = data.selfEvaluations.find((s) => s.authorityId === authorityId)?.framework ?? null;
    if (!host || at < 0) return <p>There is no such quality indicator in this self-evaluation.</p>;
    return (
      <TeamViewEditor
        key={sub}
        reviewId={reviewId}
        host={host}
        index={at}
        scale={framework?.scale ?? []}
        onSaved={() => query.refetch()}
      />
    );
  }
  if (data.selfEvaluationComparison.length === 0) {
    return (
      <section aria-labelledby="team-view-heading">
        <h2 id="team-view-heading">The team’s view</h2>
        <p>There is no self-evaluation to compare yet.</p>
      </section>
    );
  }
  return (
    <>
      {data.selfEvaluationComparison.map((host) => {
        const framework = data.selfEvaluations.find((s) => s.authorityId === host.authorityId)?.framework;
        return <SideBySide key={host.authorityId} reviewId={reviewId} host={host} frameworkName={framework ? `${framework.name}, version ${framework.version}` : null} />;
      })}
    </>
  );
}

function SideBySide({ reviewId, host, frameworkName }: { reviewId: string; host: Comparison; frameworkName: string | null }) {
  const headingId = `tv-${host.authorityId}-heading`;
  const recorded = host.indicators.filter((qi) => qi.teamVersion > 0).length;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{host.authorityName}: the self-evaluation and the team’s view</h2>
      <p>
        {frameworkName ? `Made on ${frameworkName}. ` : ''}The team’s view is never public: the team and programme
        officers see it, and the host authority once the report is published. The team has recorded its view of{' '}
        {recorded} of {host.indicators.length} indicators.
      </p>
      <TableRegion label={`The self-evaluation and the team’s view of ${host.authorityName}`}>
        <table className="ds_table">
          <caption className="visually-hidden">
            Per quality indicator: the self-evaluation and the team’s view side by side, with the difference in grades
            (the team’s grade minus the host’s)
          </caption>
          <thead>
            <tr>
              <th scope="col">Indicator</th>
              <th scope="col">Self-evaluation</th>
              <th scope="col">Team’s view</th>
              <th scope="col">Difference</th>
            </tr>
          </thead>
          <tbody>
            {host.indicators.map((qi) => (
              <tr key={qi.number}>
                <th scope="row">
                  {qi.number} {qi.title}
                  {host.canEditTeamView && (
                    <>
                      <br />
                      <Link
                        to={indicatorPath(reviewId, host.authorityId, qi.number, 'team-view')}
                        aria-label={`Record the team’s view of ${qi.number}`}
                      >
                        Record the team’s view
                      </Link>
                    </>
                  )}
                </th>
                <td>
                  {host.graded && <strong>{qi.selfGrade != null ? `Grade ${qi.selfGrade}` : 'Not graded'}</strong>}
                  <p className="quads-pre-line">{qi.selfEvidence || 'No evidence'}</p>
                </td>
                <td>
                  {host.graded && <strong>{qi.teamGrade != null ? `Grade ${qi.teamGrade}` : 'Not graded'}</strong>}
                  <p className="quads-pre-line">{qi.teamEvidence || 'Not recorded yet'}</p>
                </td>
                <td>
                  <span aria-hidden="true">{formatDifference(qi.gradeDifference)}</span>
                  <span className="visually-hidden">{describeDifference(qi.gradeDifference)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </section>
  );
}
