import { Link } from 'react-router';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { graphql } from '../gql';
import { formatMonth } from '../lib/programme';
import { hasRole, useSession } from '../lib/session';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const ProgrammesQuery = graphql(`
  query ProgrammesPage_Programmes {
    programmes {
      id
      name
      kind
      phases {
        number
        from
        to
      }
    }
  }
`);

export const KIND_LABELS = { CI: 'Collaborative Improvement', QUADS: 'Quads' } as const;

export function ProgrammesPage() {
  const { user } = useSession();
  const { data, loading, errors } = useQuery(ProgrammesQuery, {});
  const officer = hasRole(user, 'PROGRAMME_OFFICER');
  return (
    <Page title="Programmes">
      <p className="ds_leader">Each programme's timetable of reviews: who hosts, when, and on what theme.</p>
      {officer && (
        <p>
          <Link to="/programmes/new" className="ds_button">
            Create a programme
          </Link>
        </p>
      )}
      <QueryStatus loading={loading} errors={errors} />
      {data && data.programmes.length === 0 && <p>There are no programmes yet.</p>}
      {data && data.programmes.length > 0 && (
        <TableRegion label="Programmes">
          <table className="ds_table">
            <caption className="visually-hidden">Programmes</caption>
            <thead>
              <tr>
                <th scope="col">Programme</th>
                <th scope="col">Kind</th>
                <th scope="col">Phases</th>
              </tr>
            </thead>
            <tbody>
              {data.programmes.map((p) => {
                const first = p.phases[0];
                const last = p.phases[p.phases.length - 1];
                return (
                  <tr key={p.id}>
                    <th scope="row">
                      <Link to={`/programmes/${p.id}`}>{p.name}</Link>
                    </th>
                    <td>{KIND_LABELS[p.kind]}</td>
                    <td>
                      {p.phases.length === 1 ? '1 phase' : `${p.phases.length} phases`}
                      {first && last ? `, ${formatMonth(first.from)} to ${formatMonth(last.to)}` : ''}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
