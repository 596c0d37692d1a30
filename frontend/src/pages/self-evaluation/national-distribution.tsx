import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import { useQuery } from '../../lib/use-query';

const NationalDistributionQuery = graphql(`
  query NationalDistribution_Distribution($frameworkId: String!, $version: Int!) {
    nationalDistribution(frameworkId: $frameworkId, version: $version) {
      hidden
      reason
      authorities
      framework {
        id
        name
        version
        scale {
          level
          label
        }
      }
      indicators {
        number
        title
        counts {
          grade
          label
          authorities
        }
        ungraded
      }
    }
  }
`);

/**
 * How many authorities gave each grade to each indicator of one framework
 * version, no authority named; or, while too few authorities outside the
 * viewer's quad have submitted, why it is not shown.
 */
export function NationalDistributionSection({ frameworkId, version }: { frameworkId: string; version: number }) {
  const { data, errors, loading } = useQuery(NationalDistributionQuery, { frameworkId, version });
  const n = data?.nationalDistribution;
  return (
    <section aria-labelledby="national-heading">
      <h2 id="national-heading">National picture</h2>
      <QueryStatus loading={loading && !n} errors={errors} />
      {n?.hidden && (
        <div className="ds_inset-text">
          <div className="ds_inset-text__text">
            <p>{n.reason}</p>
          </div>
        </div>
      )}
      {n && !n.hidden && (
        <>
          <p>
            How many authorities gave each grade in their latest submitted self-evaluation on {n.framework.name},
            version {n.framework.version}: {n.authorities} {n.authorities === 1 ? 'authority' : 'authorities'} in
            all. No authority is named.
          </p>
          <TableRegion label="National distribution of grades">
            <table className="ds_table">
              <caption className="ds_table__caption">Authorities at each grade, by quality indicator</caption>
              <thead>
                <tr>
                  <th scope="col">Quality indicator</th>
                  {n.framework.scale.map((l) => (
                    <th scope="col" key={l.level}>
                      {l.level} ({l.label})
                    </th>
                  ))}
                  <th scope="col">No grade</th>
                </tr>
              </thead>
              <tbody>
                {n.indicators.map((i) => (
                  <tr key={i.number}>
                    <th scope="row">
                      {i.number} {i.title}
                    </th>
                    {i.counts.map((c) => (
                      <td key={c.grade}>{c.authorities}</td>
                    ))}
                    <td>{i.ungraded}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </>
      )}
    </section>
  );
}

/** /frameworks/:id/:version/national: the national picture on its own page. */
export function NationalDistributionPage() {
  const { id = '', version = '' } = useParams();
  const v = Number.parseInt(version, 10);
  return (
    <Page title="Self-evaluation grades across Scotland" label="Framework" wide>
      <p className="ds_leader">
        Each authority counts once, by its latest submitted self-evaluation on this version of the framework. Grades
        given on other versions are not counted.
      </p>
      <p>
        <Link to={`/frameworks/${id}/${version}`}>The framework and its indicators</Link>
      </p>
      {Number.isInteger(v) ? (
        <NationalDistributionSection frameworkId={id} version={v} />
      ) : (
        <p>There is no such framework version.</p>
      )}
    </Page>
  );
}
