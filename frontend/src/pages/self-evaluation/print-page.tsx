import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { gradeText } from './grade-comparison';
import './compare.css';

const PrintQuery = graphql(`
  query SelfEvaluationPrintPage_SelfEvaluations($reviewId: UUID!) {
    selfEvaluations(reviewId: $reviewId) {
      id
      authorityId
      authorityName
      submitted
      submittedAt
      graded
      framework {
        id
        name
        version
        questions
        scale {
          level
          label
        }
      }
      progress {
        complete
        total
      }
      indicators {
        number
        title
        grade
        evidence
        strengths
        areasForImprovement
        answers
        lastEditedBy {
          id
          name
        }
        lastEditedAt
      }
      documents {
        id
        fileName
        summary
      }
    }
  }
`);

function Text({ label, value }: { label: string; value: string }) {
  return (
    <>
      <h3>{label}</h3>
      <p className="quads-print__text">{value.trim() ? value : 'Not written.'}</p>
    </>
  );
}

/**
 * /reviews/:id/self-evaluations/:authorityId/print: one host's
 * self-evaluation on one page, every indicator in full, for printing
 * (the site's header, footer and these links are left off the paper).
 */
export function SelfEvaluationPrintPage() {
  const { id = '', authorityId = '' } = useParams();
  const { data, errors, loading } = useQuery(PrintQuery, { reviewId: id });
  const own = data?.selfEvaluations.find((s) => s.authorityId === authorityId);
  if (!own) {
    return (
      <Page title="Self-evaluation" label="Print">
        <QueryStatus loading={loading} errors={errors} />
        {data && <p>This authority does not host the review.</p>}
      </Page>
    );
  }
  const f = own.framework;
  const csv = `/reviews/${id}/self-evaluations/${authorityId}/export.csv`;
  return (
    <Page title={`Self-evaluation of ${own.authorityName}`} label="Self-evaluation">
      <div className="quads-print">
        <div className="quads-no-print">
          <p>
            <button type="button" className="ds_button" onClick={() => window.print()}>
              Print this page
            </button>
          </p>
          <ul className="ds_no-bullets">
            <li>
              <a href={csv} download>
                Download as a spreadsheet (CSV)
              </a>
            </li>
            <li>
              <Link to={`/reviews/${id}`}>Back to the review</Link>
            </li>
          </ul>
        </div>
        <dl className="ds_summary-list">
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Framework</dt>
            <dd className="ds_summary-list__value">{f ? `${f.name}, version ${f.version}` : 'None'}</dd>
          </div>
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Status</dt>
            <dd className="ds_summary-list__value">
              {own.submitted && own.submittedAt ? `Submitted ${formatDateTime(own.submittedAt)}` : 'Draft, not submitted'}
            </dd>
          </div>
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Complete</dt>
            <dd className="ds_summary-list__value">
              {own.progress.complete} of {own.progress.total} indicators
            </dd>
          </div>
        </dl>
        {own.documents.length > 0 && (
          <>
            <h2>Documents</h2>
            <ul>
              {own.documents.map((d) => (
                <li key={d.id}>
                  {d.fileName}
                  {d.summary ? `: ${d.summary}` : ''}
                </li>
              ))}
            </ul>
          </>
        )}
        {own.indicators.map((i) => (
          <section className="quads-print__indicator" key={i.number} aria-labelledby={`qi-${i.number}`}>
            <h2 id={`qi-${i.number}`}>
              {i.number} {i.title}
            </h2>
            {own.graded && <p>Grade: {gradeText(i.grade, f?.scale ?? [])}</p>}
            <Text label="Evidence" value={i.evidence} />
            <Text label="Strengths" value={i.strengths} />
            <Text label="Areas for improvement" value={i.areasForImprovement} />
            {(f?.questions ?? []).map((q, n) => (
              <Text key={q} label={q} value={i.answers[n] ?? ''} />
            ))}
            <p className="ds_hint-text">
              {i.lastEditedBy && i.lastEditedAt
                ? `Last edited by ${i.lastEditedBy.name}, ${formatDateTime(i.lastEditedAt)}`
                : 'Not edited yet'}
            </p>
          </section>
        ))}
      </div>
    </Page>
  );
}
