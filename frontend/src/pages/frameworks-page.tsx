import { Link } from 'react-router';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { graphql } from '../gql';
import { humanise } from '../lib/format';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const FrameworksQuery = graphql(`
  query FrameworksPage_Frameworks {
    frameworks {
      id
      version
      name
      publisher
      year
      appliesTo
      grading
    }
  }
`);

export function frameworkPath(f: { id: string; version: number }): string {
  return `/frameworks/${encodeURIComponent(f.id)}/${f.version}`;
}

export function FrameworksPage() {
  const { data, loading, errors } = useQuery(FrameworksQuery, {});
  return (
    <Page title="Frameworks" wide>
      <p className="ds_leader">
        The self-evaluation frameworks that reviews use: their key areas, quality indicators, themes and the
        six-point scale. Each version is kept as it was published.
      </p>
      <QueryStatus loading={loading} errors={errors} />
      {data && (
        <TableRegion label="Frameworks and their versions">
          <table className="ds_table">
            <caption className="visually-hidden">Frameworks and their versions</caption>
            <thead>
              <tr>
                <th scope="col">Framework</th>
                <th scope="col">Version</th>
                <th scope="col">Publisher</th>
                <th scope="col">Year</th>
                <th scope="col">Applies to</th>
                <th scope="col">Grading</th>
              </tr>
            </thead>
            <tbody>
              {data.frameworks.map((f) => (
                <tr key={`${f.id}-${f.version}`}>
                  <th scope="row">
                    <Link to={frameworkPath(f)}>
                      {f.name}
                      <span className="visually-hidden">, version {f.version}</span>
                    </Link>
                  </th>
                  <td>{f.version}</td>
                  <td>{f.publisher ?? ''}</td>
                  <td>{f.year ?? ''}</td>
                  <td>{humanise(f.appliesTo)}</td>
                  <td>{f.grading === 'required' ? 'Required' : 'Optional'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </Page>
  );
}
