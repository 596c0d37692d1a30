import { Link, useParams } from 'react-router';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { hasRole, useSession } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { SurveyResults } from './survey-results';

// The survey's results of a programme (/programmes/:id/survey: signed-in
// users), of one of its phases (/programmes/:id/survey/phases/:phase) and of
// one review (/programmes/:id/survey/reviews/:reviewId): programme officers.

const ResultsQuery = graphql(`
  query SurveyResultsPage_Results($id: UUID!, $phase: Int, $reviewId: UUID) {
    programme(id: $id) {
      id
      name
      phases {
        number
      }
    }
    surveyResults(programmeId: $id, phase: $phase, reviewId: $reviewId) {
      scope
      phase
      reviewId
      reviewName
      invited
      respondents
      breakdownShown
      byOrganisationType {
        organisationType
        count
      }
      statements {
        statement {
          id
          position
          text
        }
        counts {
          answer
          count
          percentage
        }
      }
      comments
    }
  }
`);

const SurveysQuery = graphql(`
  query SurveyResultsPage_Surveys($id: UUID!) {
    programmeSurveys(programmeId: $id) {
      id
      reviewId
      reviewName
      phase
      closesAt
      closed
      invited
      respondents
    }
  }
`);

/** Where the CSV of a cut is. */
export function csvHref(programmeId: string, phase?: number, reviewId?: string): string {
  const params = new URLSearchParams();
  if (reviewId) params.set('review', reviewId);
  else if (phase !== undefined) params.set('phase', String(phase));
  const query = params.toString();
  return `/programmes/${programmeId}/survey-results.csv${query ? `?${query}` : ''}`;
}

/** A programme officer's way to the other cuts: the phases and each review's survey. */
function OfficerCuts({ programmeId, phases }: { programmeId: string; phases: readonly { number: number }[] }) {
  const { data, loading, errors } = useQuery(SurveysQuery, { id: programmeId });
  const surveys = data?.programmeSurveys ?? [];
  return (
    <section aria-labelledby="cuts-heading">
      <h2 id="cuts-heading">Results by phase and by review</h2>
      <ul className="quads-inline-list">
        <li>
          <Link to={`/programmes/${programmeId}/survey`}>Whole programme</Link>
        </li>
        {phases.map((p) => (
          <li key={p.number}>
            <Link to={`/programmes/${programmeId}/survey/phases/${p.number}`}>Phase {p.number}</Link>
          </li>
        ))}
      </ul>
      <QueryStatus loading={loading && !data} errors={errors} />
      {data && surveys.length === 0 && <p>No review’s survey has opened yet.</p>}
      {surveys.length > 0 && (
        <TableRegion label="Each review’s survey">
          <table className="ds_table">
            <caption className="ds_table__caption">Each review’s survey</caption>
            <thead>
              <tr>
                <th scope="col">Review</th>
                <th scope="col">Phase</th>
                <th scope="col">Closes</th>
                <th scope="col">Answered</th>
              </tr>
            </thead>
            <tbody>
              {surveys.map((s) => (
                <tr key={s.id}>
                  <th scope="row">
                    <Link to={`/programmes/${programmeId}/survey/reviews/${s.reviewId}`}>{s.reviewName}</Link>
                  </th>
                  <td>{s.phase}</td>
                  <td>
                    {s.closed ? 'Closed' : 'Open until'} {formatDateTime(s.closesAt)}
                  </td>
                  <td>
                    {s.respondents} of {s.invited}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
      )}
    </section>
  );
}

export function SurveyResultsPage() {
  const { id = '', phase: phaseParam, reviewId } = useParams();
  const { user } = useSession();
  const officer = hasRole(user, 'PROGRAMME_OFFICER');
  const phase = phaseParam !== undefined && /^\d{1,3}$/.test(phaseParam) ? Number(phaseParam) : undefined;
  const badPhase = phaseParam !== undefined && phase === undefined;
  const { data, loading, errors } = useQuery(
    ResultsQuery,
    { id, phase: reviewId ? null : (phase ?? null), reviewId: reviewId ?? null },
    { skip: badPhase },
  );
  if (badPhase || errors.some((e) => e.code === 'NOT_FOUND')) return <NotFoundPage />;
  const results = data?.surveyResults;
  const programme = data?.programme;
  if (!results || !programme) {
    return (
      <Page title="Participant survey results">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const cut =
    results.scope === 'REVIEW'
      ? `the review of ${results.reviewName ?? ''} (phase ${results.phase ?? ''})`
      : results.scope === 'PHASE'
        ? `phase ${results.phase ?? ''}`
        : 'all reviews of the programme';
  const title =
    results.scope === 'REVIEW'
      ? `Survey results: ${results.reviewName ?? ''}`
      : results.scope === 'PHASE'
        ? `Survey results: phase ${results.phase ?? ''}`
        : 'Participant survey results';
  return (
    <Page title={title} label={programme.name} wide>
      <p className="ds_leader">
        What the people who took part in {cut} said about it: members of the review teams and the host authorities’
        contacts, answering anonymously.
      </p>
      <SurveyResults results={results} cut={cut} />
      <h2>Download</h2>
      <p>
        <a
          href={csvHref(programme.id, results.phase ?? undefined, results.reviewId ?? undefined)}
          download
        >
          Download the counts for {cut} as a spreadsheet (CSV)
        </a>
      </p>
      {officer && <OfficerCuts programmeId={programme.id} phases={programme.phases} />}
      <ul className="quads-inline-list">
        {officer && (
          <li>
            <Link to={`/programmes/${programme.id}/survey/statements`}>The survey’s statements</Link>
          </li>
        )}
        {results.reviewId && (
          <li>
            <Link to={`/reviews/${results.reviewId}`}>Back to the review</Link>
          </li>
        )}
        <li>
          <Link to={`/programmes/${programme.id}`}>Back to the programme</Link>
        </li>
      </ul>
    </Page>
  );
}
