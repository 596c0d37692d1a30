import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { GradeComparison } from './grade-comparison';
import { NationalDistributionSection } from './national-distribution';
import './compare.css';

const QuadComparisonQuery = graphql(`
  query QuadComparisonPage_Comparison($quadId: UUID!) {
    quadComparison(quadId: $quadId) {
      quadId
      name
      session
      framework {
        id
        name
        version
        scale {
          level
          label
        }
      }
      authorities {
        authorityId
        name
        reviewId
        submittedAt
        frameworkVersion
        compared
      }
      indicators {
        number
        title
        grades {
          authorityId
          grade
        }
      }
    }
  }
`);

/** What each authority's column holds, in words. */
function status(
  a: { name: string; submittedAt?: string | null; frameworkVersion?: number | null; compared: boolean },
  version: number | undefined,
): string {
  if (!a.submittedAt) return `${a.name} has not submitted a self-evaluation yet.`;
  const when = `submitted ${formatDateTime(a.submittedAt)}`;
  if (a.compared) return `${a.name}: ${when}.`;
  return `${a.name}: ${when} on version ${a.frameworkVersion} of the framework, so its grades are not compared with those made on version ${version}.`;
}

/**
 * /quads/:quadId/comparison: the quad's four authorities' submitted
 * self-evaluation grades side by side (a table, and a chart drawn from
 * it), then the national distribution on the same framework version.
 */
export function QuadComparisonPage() {
  const { quadId = '' } = useParams();
  const { data, errors, loading } = useQuery(QuadComparisonQuery, { quadId });
  const c = data?.quadComparison;
  if (!c) {
    return (
      <Page title="Self-evaluations compared" label="Quad">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const f = c.framework;
  return (
    <Page title={`${c.name}: self-evaluations compared`} label={`Quad, session ${c.session}`} wide>
      <p className="ds_leader">
        The grades each authority of the quad gave itself in its submitted self-evaluation, indicator by indicator.
        Drafts are never shown.
      </p>
      <ul>
        {c.authorities.map((a) => (
          <li key={a.authorityId}>
            {status(a, f?.version)}
            {a.reviewId && (
              <>
                {' '}
                <Link to={`/reviews/${a.reviewId}`}>
                  Review of {a.name}
                </Link>
              </>
            )}
          </li>
        ))}
      </ul>
      {f ? (
        <>
          <p>
            Compared on <Link to={`/frameworks/${f.id}/${f.version}`}>{f.name}, version {f.version}</Link>.
          </p>
          <GradeComparison
            caption={`Grades by quality indicator, ${c.name}`}
            authorities={c.authorities}
            indicators={c.indicators}
            scale={f.scale}
          />
          <NationalDistributionSection frameworkId={f.id} version={f.version} />
        </>
      ) : (
        <p>No authority of this quad has submitted a self-evaluation yet, so there is nothing to compare.</p>
      )}
    </Page>
  );
}
