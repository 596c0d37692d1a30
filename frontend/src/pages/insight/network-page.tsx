import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { NetworkPicture } from './network-picture';
import './insight.css';

// The collaboration network of a programme (/programmes/:id/network,
// programme officers: team membership is private): how many team places
// each authority's officers took in reviews hosted by each other
// authority, as a matrix table (rows: the officers' authority; columns:
// the host) and a picture drawn from the same matrix beside it.

export const NetworkQuery = graphql(`
  query InsightNetwork_Network($programmeId: UUID!) {
    programme(id: $programmeId) {
      id
      name
    }
    collaborationNetwork(programmeId: $programmeId) {
      authorities {
        id
        name
      }
      matrix
      total
    }
  }
`);

export const MATRIX_CAPTION = 'Team places by the officers’ authority (rows) in reviews hosted by each authority (columns)';

export function NetworkPage() {
  const { id = '' } = useParams();
  const query = useQuery(NetworkQuery, { programmeId: id });
  if (query.errors.some((e) => e.code === 'NOT_FOUND')) return <NotFoundPage />;
  const data = query.data;
  if (!data) {
    return (
      <Page title="Collaboration network">
        <QueryStatus loading={query.loading} errors={query.errors} />
      </Page>
    );
  }
  const network = data.collaborationNetwork;
  const names = network.authorities.map((a) => a.name);
  return (
    <Page title="Collaboration network" label={data.programme.name} wide>
      <p className="ds_leader">
        Which authorities’ officers took part in which other authorities’ reviews: accepted places on current teams,
        counted once for each host of a review.
      </p>
      <p>
        <Link to={`/programmes/${data.programme.id}/dashboard`}>Back to the programme dashboard</Link>
      </p>
      {network.total === 0 ? (
        <p>No officer has taken part in another authority’s review in this programme yet.</p>
      ) : (
        <>
          <p>
            {network.total === 1 ? '1 team place' : `${network.total} team places`} between{' '}
            {names.length === 1 ? '1 authority' : `${names.length} authorities`}.
          </p>
          <div className="quads-network">
            <TableRegion label="Collaboration matrix">
              <table className="ds_table quads-network__matrix">
                <caption className="ds_table__caption">{MATRIX_CAPTION}</caption>
                <thead>
                  <tr>
                    <td />
                    {names.map((name) => (
                      <th scope="col" key={name}>
                        {name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {network.matrix.map((row, i) => (
                    <tr key={names[i] ?? i}>
                      <th scope="row">{names[i]}</th>
                      {row.map((count, j) =>
                        i === j ? (
                          <td key={j} className="quads-numeric quads-network__self">
                            –<span className="visually-hidden"> (own reviews are not counted)</span>
                          </td>
                        ) : (
                          <td key={j} className="quads-numeric">
                            {count}
                          </td>
                        ),
                      )}
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
            <NetworkPicture names={names} matrix={network.matrix} tableCaption={MATRIX_CAPTION} />
          </div>
        </>
      )}
    </Page>
  );
}
