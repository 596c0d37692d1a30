import { Link, useParams } from 'react-router';
import { FileDownload } from '../../components/file-download';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { graphql } from '../../gql';
import type { PublicReportPage_ReportQuery, ReportItemKind } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { formatMonth, joinNames } from '../../lib/programme';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { ImpactFigures } from '../follow-up/impact-figures';
import { indicatorsText, itemName, reportPdfPath, sectionAnchor } from './report-format';
import './report.css';

// The public report (/reports/:slug, the latest version, and
// /reports/:slug/versions/:version): anyone may read it. Headings per
// section, strengths and areas for improvement as lists with their
// indicators, the review's focus, the versions, and for a superseded
// version a notice linking to the latest. This version's PDF (stored when it
// was published) to download, and each version's in the list of versions.
// Printable on A4 (report.css).

export const PublicReportQuery = graphql(`
  query PublicReportPage_Report($slug: String!, $version: Int) {
    publishedReport(slug: $slug, version: $version) {
      slug
      version
      publishedAt
      changeNote
      latestVersion
      superseded
      hostNames
      programmeName
      targetMonth
      focusTheme
      keyQuestions
      pdfUrl
      sections {
        key
        title
        text
      }
      strengths {
        id
        kind
        text
        indicators
        position
      }
      areasForImprovement {
        id
        kind
        text
        indicators
        position
      }
      impactMeasures {
        name
        learnerGroup
        unit
        baselineValue
        baselinePeriod
        laterValue
        laterPeriod
        change
        changeText
      }
      versions {
        slug
        version
        publishedAt
        changeNote
      }
    }
  }
`);

type Report = NonNullable<PublicReportPage_ReportQuery['publishedReport']>;

/** A whole number from the address, or null when it is not one (the page is then not found). */
function versionParam(value: string | undefined): number | null | undefined {
  if (value === undefined) return undefined;
  return /^[1-9]\d{0,8}$/.test(value) ? Number(value) : null;
}

export function PublicReportPage() {
  const { slug = '', version: versionText } = useParams();
  const version = versionParam(versionText);
  const valid = version !== null && slug.length > 0 && slug.length <= 200;
  const query = useQuery(PublicReportQuery, { slug, version: version ?? null }, { skip: !valid });
  if (!valid) return <NotFoundPage />;
  const report = query.data?.publishedReport;
  if (!report) {
    const settled = !query.loading && (query.data !== undefined || query.errors.length > 0);
    if (settled && (query.errors.length === 0 || query.errors.some((e) => e.code === 'NOT_FOUND'))) {
      return <NotFoundPage />;
    }
    return (
      <Page title="Review report">
        <QueryStatus loading={query.loading} errors={query.errors} />
      </Page>
    );
  }
  return <ReportView report={report} />;
}

function Items({ kind, items }: { kind: ReportItemKind; items: Report['strengths'] }) {
  if (items.length === 0) return null;
  return (
    <ol className="quads-report-items">
      {items.map((item, i) => (
        <li key={item.id} className="quads-report-item" aria-label={itemName(kind, i)}>
          <p className="quads-report__text">{item.text}</p>
          {item.indicators.length > 0 && <p className="quads-report__indicators">{indicatorsText(item.indicators)}</p>}
        </li>
      ))}
    </ol>
  );
}

export function ReportView({ report }: { report: Report }) {
  const hosts = joinNames(report.hostNames);
  const month = formatMonth(report.targetMonth);
  const title = `Review report: ${hosts}, ${month}`;
  const base = `/reports/${report.slug}`;
  return (
    <Page
      title={title}
      label={report.programmeName}
      documentTitle={report.superseded ? `${title} (version ${report.version}, superseded)` : title}
      banner={
        report.superseded ? (
          <section className="ds_inset-text quads-report-superseded" aria-labelledby="superseded-heading">
            <div className="ds_inset-text__text">
              <h2 id="superseded-heading">This version is superseded</h2>
              <p>
                You are reading version {report.version}. A later version corrects it:{' '}
                <Link to={base}>read the latest version (version {report.latestVersion})</Link>.
              </p>
            </div>
          </section>
        ) : null
      }
    >
      <article className="quads-print quads-report">
        <div className="quads-no-print">
          <FileDownload
            title={`${title} (version ${report.version})`}
            href={report.pdfUrl}
            fileType="PDF"
            description="The report as published, for committee papers and printing; readable with a screen reader."
          />
          <p>
            <button type="button" className="ds_button ds_button--secondary" onClick={() => window.print()}>
              Print this report
            </button>
          </p>
        </div>
        <dl className="ds_metadata">
          <div className="ds_metadata__item">
            <dt className="ds_metadata__key">Host</dt>
            <dd className="ds_metadata__value">{hosts}</dd>
          </div>
          <div className="ds_metadata__item">
            <dt className="ds_metadata__key">Review month</dt>
            <dd className="ds_metadata__value">{month}</dd>
          </div>
          <div className="ds_metadata__item">
            <dt className="ds_metadata__key">Version</dt>
            <dd className="ds_metadata__value">
              {report.version}, published {formatDate(report.publishedAt.slice(0, 10))}
              {report.superseded ? ' (superseded)' : ''}
            </dd>
          </div>
          {report.changeNote && (
            <div className="ds_metadata__item">
              <dt className="ds_metadata__key">What this version changed</dt>
              <dd className="ds_metadata__value">{report.changeNote}</dd>
            </div>
          )}
        </dl>

        <section className="quads-report-section" aria-labelledby="report-review-focus">
          <h2 id="report-review-focus">The review’s focus</h2>
          <p>{report.focusTheme}</p>
          {report.keyQuestions.length > 0 && (
            <>
              <h3>Key questions</h3>
              <ul>
                {report.keyQuestions.map((q) => (
                  <li key={q}>{q}</li>
                ))}
              </ul>
            </>
          )}
        </section>

        {report.sections.map((s) => {
          const kind: ReportItemKind | null =
            s.key === 'STRENGTHS' ? 'STRENGTH' : s.key === 'AREAS_FOR_IMPROVEMENT' ? 'AREA_FOR_IMPROVEMENT' : null;
          const items = kind === 'STRENGTH' ? report.strengths : kind ? report.areasForImprovement : [];
          return (
            <section key={s.key} className="quads-report-section" aria-labelledby={sectionAnchor(s.key)}>
              <h2 id={sectionAnchor(s.key)}>{s.title}</h2>
              {s.text.trim() !== '' && <p className="quads-report__text">{s.text}</p>}
              {kind && <Items kind={kind} items={items} />}
              {!kind && s.text.trim() === '' && <p>None.</p>}
            </section>
          );
        })}

        {report.impactMeasures.length > 0 && (
          <section className="quads-report-section" aria-labelledby="report-impact">
            <h2 id="report-impact">Impact since the review</h2>
            <p>
              Figures the authority published for groups of learners, before the review and later, with the change (in
              percentage points for percentages).
            </p>
            <ImpactFigures caption="Impact measures" measures={report.impactMeasures} />
          </section>
        )}

        <section className="quads-report-section quads-report-versions" aria-labelledby="report-versions">
          <h2 id="report-versions">Versions of this report</h2>
          <ul>
            {report.versions.map((v) => (
              <li key={v.version}>
                {v.version === report.version ? (
                  <strong aria-current="page">Version {v.version} (this version)</strong>
                ) : (
                  <Link to={`${base}/versions/${v.version}`}>Version {v.version}</Link>
                )}
                , published {formatDate(v.publishedAt.slice(0, 10))}
                {v.version === report.latestVersion ? ' (latest)' : ''}
                {v.changeNote ? `: ${v.changeNote}` : ''}{' '}
                <span className="quads-no-print">
                  (
                  <a
                    href={v.version === report.version ? report.pdfUrl : reportPdfPath(v.slug, v.version)}
                    aria-label={`PDF of version ${v.version}`}
                    download
                  >
                    PDF
                  </a>
                  )
                </span>
              </li>
            ))}
          </ul>
        </section>
      </article>
    </Page>
  );
}
