import { Link, useParams } from 'react-router';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { humanise } from '../lib/format';
import { useSession } from '../lib/session';
import { useQuery } from '../lib/use-query';
import { NotFoundPage } from './not-found-page';
import { TableRegion } from '../components/table-region';

const ScaleLevelFragment = graphql(`
  fragment FrameworkScale_ScaleLevel on ScaleLevel {
    level
    label
    meaning
  }
`);

const FrameworkQuery = graphql(`
  query FrameworkPage_Framework($id: String!, $version: Int) {
    framework(id: $id, version: $version) {
      id
      version
      name
      publisher
      year
      appliesTo
      about
      grading
      gradingRules
      questions
      scale {
        ...FrameworkScale_ScaleLevel
      }
      keyAreas {
        number
        title
        qualityIndicators {
          number
          title
          themes
        }
      }
    }
  }
`);

/** The six-point scale, highest level first, with what each level means. */
export function ScaleTable({ scale }: { scale: readonly FragmentType<typeof ScaleLevelFragment>[] }) {
  const levels = [...getFragmentData(ScaleLevelFragment, scale)].sort((a, b) => b.level - a.level);
  return (
    <TableRegion label="The scale">
      <table className="ds_table">
        <caption className="visually-hidden">The scale, from the highest level to the lowest</caption>
        <thead>
          <tr>
            <th scope="col">Level</th>
            <th scope="col">Label</th>
            <th scope="col">Meaning</th>
          </tr>
        </thead>
        <tbody>
          {levels.map((l) => (
            <tr key={l.level}>
              <td>{l.level}</td>
              <th scope="row">{humanise(l.label)}</th>
              <td>{l.meaning}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function FrameworkPage() {
  const { id = '', version } = useParams();
  const versionNumber = Number(version);
  const validVersion = Number.isInteger(versionNumber) && versionNumber > 0;
  const signedIn = Boolean(useSession().user);
  const { data, loading, errors } = useQuery(
    FrameworkQuery,
    { id, version: validVersion ? versionNumber : null },
    { skip: !validVersion },
  );

  if (!validVersion || errors.some((e) => e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field !== undefined)))
    return <NotFoundPage />;
  if (!data) {
    return (
      <Page title="Framework">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const f = data.framework;
  return (
    <Page title={f.name} label={`Framework, version ${f.version}`}>
      <dl className="ds_summary-list">
        {f.publisher && (
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Publisher</dt>
            <dd className="ds_summary-list__value">
              {f.publisher}
              {f.year ? `, ${f.year}` : ''}
            </dd>
          </div>
        )}
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Applies to</dt>
          <dd className="ds_summary-list__value">{humanise(f.appliesTo)}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Grading</dt>
          <dd className="ds_summary-list__value">{f.grading === 'required' ? 'Required' : 'Optional'}</dd>
        </div>
      </dl>
      <p>{f.about}</p>
      {signedIn && (
        <p>
          <Link to={`/frameworks/${f.id}/${f.version}/national`}>
            Self-evaluation grades across Scotland on this version
          </Link>
        </p>
      )}

      <h2 id="scale">The six-point scale</h2>
      <ScaleTable scale={f.scale} />
      {f.gradingRules.length > 0 && (
        <>
          <h3>How to grade</h3>
          <ul>
            {f.gradingRules.map((rule) => (
              <li key={rule}>{rule}</li>
            ))}
          </ul>
        </>
      )}

      <h2 id="key-areas">Key areas and quality indicators</h2>
      {f.keyAreas.map((area) => (
        <section key={area.number} aria-labelledby={`key-area-${area.number}`}>
          <h3 id={`key-area-${area.number}`}>
            {area.number}. {area.title}
          </h3>
          <TableRegion label={`Quality indicators of key area ${area.number}`}>
            <table className="ds_table">
              <caption className="visually-hidden">Quality indicators of key area {area.number}</caption>
              <thead>
                <tr>
                  <th scope="col">Quality indicator</th>
                  <th scope="col">Themes</th>
                </tr>
              </thead>
              <tbody>
                {area.qualityIndicators.map((qi) => (
                  <tr key={qi.number}>
                    <th scope="row">
                      {qi.number} {qi.title}
                    </th>
                    <td>
                      {qi.themes.length === 0 ? (
                        'None listed'
                      ) : (
                        <ul className="ds_no-margin">
                          {qi.themes.map((t) => (
                            <li key={t}>{t}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
        </section>
      ))}

      {f.questions.length > 0 && (
        <>
          <h2 id="questions">Self-evaluation questions</h2>
          <ol>
            {f.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </>
      )}
      <p>
        <Link to="/frameworks">All frameworks</Link>
      </p>
    </Page>
  );
}
