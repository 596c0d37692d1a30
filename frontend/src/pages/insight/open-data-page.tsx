import { Link } from 'react-router';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import { useQuery } from '../../lib/use-query';
import './insight.css';

// Open data (/open-data, public): the published reports and each
// programme's timetable as CSV and JSON downloads, with their columns
// documented, and the Atom feed of reports published and corrected. The
// files are served by the server (plain links, not the app's routes).

const ProgrammesQuery = graphql(`
  query InsightOpenData_Programmes {
    programmes {
      id
      name
    }
  }
`);

export const FEED_URL = '/reports/feed.atom';

export const TIMETABLE_COLUMNS: [string, string][] = [
  ['review_id', 'The review’s identifier (a UUID)'],
  ['programme_id', 'The programme’s identifier (a UUID)'],
  ['programme_name', 'The programme’s name'],
  ['phase', 'The phase of the programme (a number)'],
  ['target_month', 'The month the review is planned for, as YYYY-MM'],
  ['state', 'Where the review is, as a code, for example FOCUS_AGREED'],
  ['state_label', 'The same in words, for example Focus agreed'],
  ['theme', 'The agreed focus theme (empty until agreed)'],
  ['host_names', 'The host authorities, separated by “; ”'],
  ['host_gss_codes', 'Their GSS codes, in the same order, separated by “; ”'],
  ['quad_name', 'The quad (empty for other programmes)'],
  ['imported', 'true for a review of an earlier programme imported here, else false'],
  ['report_url', 'The public report’s address (or an imported review’s report elsewhere); empty when none'],
];

export const REPORT_COLUMNS: [string, string][] = [
  ['review_id', 'The review’s identifier (a UUID)'],
  ['slug', 'The report’s name in its address'],
  ['version', 'The latest version’s number (1, then one more for each correction)'],
  ['first_published_at', 'When version 1 was published (RFC 3339 date and time)'],
  ['published_at', 'When this version was published'],
  ['programme_id', 'The programme’s identifier'],
  ['programme_name', 'The programme’s name'],
  ['phase', 'The phase of the programme'],
  ['target_month', 'The month of the review, as YYYY-MM'],
  ['theme', 'The review’s focus theme'],
  ['host_names', 'The host authorities, separated by “; ”'],
  ['host_gss_codes', 'Their GSS codes, in the same order'],
  ['strengths', 'How many strengths the report states (the JSON file holds their text and quality indicators)'],
  ['areas_for_improvement', 'How many areas for improvement it states (their text is in the JSON file)'],
  ['report_url', 'The report’s public page'],
  ['pdf_url', 'The report as a PDF'],
];

function Columns({ caption, columns }: { caption: string; columns: [string, string][] }) {
  return (
    <TableRegion label={caption}>
      <table className="ds_table">
        <caption className="ds_table__caption">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Column</th>
            <th scope="col">What it holds</th>
          </tr>
        </thead>
        <tbody>
          {columns.map(([name, what]) => (
            <tr key={name}>
              <th scope="row">
                <code>{name}</code>
              </th>
              <td>{what}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableRegion>
  );
}

export function OpenDataPage() {
  const { data, loading, errors } = useQuery(ProgrammesQuery, {});
  return (
    <Page title="Open data" label="Reports">
      <p className="ds_leader">
        The programmes’ timetables and the published reports as files anyone may download and reuse, and a feed of
        reports as they are published and corrected.
      </p>
      <p>
        Files are UTF-8. CSV files follow RFC 4180 with a header row and every text cell in quotes. A text cell that
        would start with =, +, -, @ or a tab, or has one after a comma, semicolon, bar or line break, has an apostrophe
        (') put before it, so spreadsheets do not run it as a formula; the JSON files hold the text exactly. Dates and
        times are in RFC 3339 form. Only what is public is included: never a draft, a finding or a comment.
      </p>

      <h2 id="open-data-reports">Published reports</h2>
      <p>The latest version of every report published here, newest first.</p>
      <ul className="quads-open-data__files">
        <li>
          <a href="/open-data/reports.csv" className="quads-open-data__file" download>
            Published reports (CSV)
          </a>
        </li>
        <li>
          <a href="/open-data/reports.json" className="quads-open-data__file" download>
            Published reports (JSON)
          </a>
          : the same reports, each with the text and quality indicators of its strengths and areas for improvement.
        </li>
      </ul>
      <p>
        You can narrow the reports with <code>?programme=</code> (a programme’s identifier), <code>?authority=</code> (a
        host authority’s identifier) or <code>?year=</code> (from 2000 to 2100) added to the address.
      </p>
      <Columns caption="Columns of the published reports file" columns={REPORT_COLUMNS} />

      <h2 id="open-data-timetables">Programme timetables</h2>
      <p>Every review of a programme, as its public timetable shows it, by target month.</p>
      <QueryStatus loading={loading} errors={errors} />
      {data && data.programmes.length === 0 && <p>There are no programmes yet.</p>}
      {data && data.programmes.length > 0 && (
        <ul className="quads-open-data__files">
          {data.programmes.map((p) => (
            <li key={p.id}>
              <a href={`/open-data/programmes/${p.id}/timetable.csv`} className="quads-open-data__file" download>
                timetable of {p.name} (CSV)
              </a>
              ,{' '}
              <a href={`/open-data/programmes/${p.id}/timetable.json`} className="quads-open-data__file" download>
                timetable of {p.name} (JSON)
              </a>
            </li>
          ))}
        </ul>
      )}
      <Columns caption="Columns of a programme timetable file" columns={TIMETABLE_COLUMNS} />
      <p>The JSON file holds the same fields, with the hosts as a list of their names, identifiers and GSS codes.</p>

      <h2 id="open-data-feed">Feed of published reports</h2>
      <p>
        <a href={FEED_URL} type="application/atom+xml">
          Published reports feed (Atom)
        </a>
        : an entry for each report published and for each correction, newest first (the latest 100), linking to that
        version of the report. Add its address to a feed reader to hear of new reports.
      </p>
      <p>
        See also <Link to="/reports/themes">themes across reports</Link> and the{' '}
        <Link to="/reports">published reports</Link>.
      </p>
    </Page>
  );
}
