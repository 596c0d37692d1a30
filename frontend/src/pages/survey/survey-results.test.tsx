import { screen, within } from '@testing-library/react';
import {
  SurveyResultsPage_ResultsDocument as ResultsQuery,
  SurveyResultsPage_SurveysDocument as SurveysQuery,
  type SurveyResultsPage_ResultsQuery,
} from '../../gql/graphql';
import type { SessionUser } from '../../lib/session';
import { ADMIN, answer, mockOperations, renderAt } from '../../test/render';
import { ANSWERS, ANSWER_LABELS, barSegments } from './survey-format';
import { SurveyResultsPage, csvHref } from './survey-results-page';

// The results of a cut: the table and the diverging bars say the same
// counts; fewer than three respondents show counts only, with a notice.

type Results = SurveyResultsPage_ResultsQuery['surveyResults'];
type Counts = Results['statements'][number]['counts'];

const PROGRAMME = { id: 'p1', name: 'Quads 2024-25', phases: [{ number: 1 }, { number: 2 }] };
const OFFICER: SessionUser = { ...ADMIN, roles: ['PROGRAMME_OFFICER'], name: 'Quinn Officer' };

function counts(sa: number, a: number, d: number, sd: number, dk: number, percentages = true): Counts {
  const total = sa + a + d + sd + dk;
  const pct = (n: number) => (percentages ? Math.round((1000 * n) / total) / 10 : null);
  return [
    { answer: 'STRONGLY_AGREE', count: sa, percentage: pct(sa) },
    { answer: 'AGREE', count: a, percentage: pct(a) },
    { answer: 'DISAGREE', count: d, percentage: pct(d) },
    { answer: 'STRONGLY_DISAGREE', count: sd, percentage: pct(sd) },
    { answer: 'DONT_KNOW', count: dk, percentage: pct(dk) },
  ];
}

function results(change: Partial<Results> = {}): Results {
  return {
    scope: 'REVIEW',
    phase: 1,
    reviewId: 'r1',
    reviewName: 'Fife',
    invited: 13,
    respondents: 8,
    breakdownShown: true,
    byOrganisationType: [
      { organisationType: 'AUTHORITY', count: 5 },
      { organisationType: 'EDUCATION_SCOTLAND', count: 3 },
      { organisationType: 'HM_INSPECTORS', count: 0 },
      { organisationType: 'ADES', count: 0 },
      { organisationType: 'OTHER', count: 0 },
    ],
    statements: [
      { statement: { id: 's1', position: 1, text: 'The review was well organised.' }, counts: counts(4, 2, 1, 0, 1) },
      { statement: { id: 's2', position: 2, text: 'Taking part was enjoyable.' }, counts: counts(1, 1, 3, 2, 1) },
    ],
    comments: ['More time with learners, please.', 'Very well run.'],
    ...change,
  };
}

function open(r: Results, url = '/programmes/p1/survey/reviews/r1', path = '/programmes/:id/survey/reviews/:reviewId') {
  const calls = mockOperations(
    answer(ResultsQuery, { programme: PROGRAMME, surveyResults: r }),
    answer(SurveysQuery, { programmeSurveys: [] }),
  );
  renderAt(<SurveyResultsPage />, { url, path, user: OFFICER });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('barSegments', () => {
  it('puts disagreement left of the centre, agreement right, and don’t know apart at the far right', () => {
    const segments = barSegments(counts(4, 2, 1, 0, 1));
    const by = Object.fromEntries(segments.map((s) => [s.answer, s]));
    // Centre at 38 (76 of 100 for the scale): 8 answers, 4.75 per answer on each side.
    expect(by.AGREE).toMatchObject({ x: 38, width: 9.5 });
    expect(by.STRONGLY_AGREE).toMatchObject({ x: 47.5, width: 19 });
    expect(by.DISAGREE).toMatchObject({ x: 33.25, width: 4.75 });
    expect(by.STRONGLY_DISAGREE).toBeUndefined();
    expect(by.DONT_KNOW?.x).toBeGreaterThan(76);
  });
});

describe('SurveyResultsPage', () => {
  it('draws each statement’s bars from the same counts as its row of the table', async () => {
    const r = results();
    open(r);
    const table = await screen.findByRole('table', { name: /Answers to each statement/ });
    for (const s of r.statements) {
      const row = within(table).getByRole('row', { name: new RegExp(s.statement.text.replace('.', '\\.')) });
      const bar = screen.getByTestId(`bar-${s.statement.position}`);
      for (const a of ANSWERS) {
        const count = s.counts.find((c) => c.answer === a)?.count ?? 0;
        const cellText = row.querySelector(`td[data-answer="${a}"]`)?.textContent ?? '';
        expect(cellText.startsWith(String(count)), `${ANSWER_LABELS[a]} in row ${s.statement.position}`).toBe(true);
        const rect = bar.querySelector(`rect[data-answer="${a}"]`);
        if (count === 0) expect(rect).toBeNull();
        else expect(rect?.getAttribute('data-count')).toBe(String(count));
      }
    }
    // Counts with percentages of the statement's answers.
    const first = within(table).getByRole('row', { name: /well organised/ });
    expect(within(first).getByText('4 (50%)')).toBeInTheDocument();
    expect(within(first).getByText('1 (12.5%)', { selector: '[data-answer="DISAGREE"]' })).toBeInTheDocument();
    // Each bar is an image named by its counts, and the chart says the table holds them.
    expect(
      screen.getByRole('img', {
        name: 'Statement 1, The review was well organised.: Of 8 answers: 6 agree or strongly agree, 1 disagree or strongly disagree, 1 don’t know.',
      }),
    ).toBeInTheDocument();
    expect(screen.getByRole('figure', { name: /The table holds the same counts/ })).toBeInTheDocument();
  });

  it('shows the respondents by organisation type, the comments without names, and the CSV of the cut', async () => {
    open(results());
    const orgs = await screen.findByRole('table', { name: 'Respondents by organisation type' });
    expect(within(orgs).getByRole('row', { name: 'A local authority 5' })).toBeInTheDocument();
    expect(within(orgs).getByRole('row', { name: 'Education Scotland 3' })).toBeInTheDocument();
    const comments = screen.getByRole('list', { name: 'Comments, without names' });
    expect(within(comments).getAllByRole('listitem')).toHaveLength(2);
    expect(screen.getByText('8 of 13 invited people answered.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /as a spreadsheet \(CSV\)/ })).toHaveAttribute(
      'href',
      '/programmes/p1/survey-results.csv?review=r1',
    );
  });

  it('with fewer than three respondents shows counts only and says why', async () => {
    open(
      results({
        respondents: 2,
        breakdownShown: false,
        byOrganisationType: [],
        comments: [],
        statements: [
          { statement: { id: 's1', position: 1, text: 'The review was well organised.' }, counts: counts(1, 1, 0, 0, 0, false) },
        ],
      }),
    );
    const table = await screen.findByRole('table', { name: /Answers to each statement/ });
    expect(screen.getByTestId('few-respondents')).toHaveTextContent('Fewer than three people have answered');
    const row = within(table).getByRole('row', { name: /well organised/ });
    expect(row.querySelector('td[data-answer="STRONGLY_AGREE"]')).toHaveTextContent(/^1$/);
    expect(row.textContent).not.toContain('%');
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Respondents by organisation type' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Comments' })).not.toBeInTheDocument();
  });

  it('asks for the cut in the address: the programme, a phase or a review', async () => {
    const calls = open(results({ scope: 'PHASE', reviewId: null, reviewName: null, phase: 2 }), '/programmes/p1/survey/phases/2', '/programmes/:id/survey/phases/:phase');
    expect(await screen.findByRole('heading', { level: 1, name: 'Survey results: phase 2' })).toBeInTheDocument();
    expect(calls.find((c) => c.query.includes('SurveyResultsPage_Results'))?.variables).toEqual({ id: 'p1', phase: 2, reviewId: null });
    expect(csvHref('p1')).toBe('/programmes/p1/survey-results.csv');
    expect(csvHref('p1', 2)).toBe('/programmes/p1/survey-results.csv?phase=2');
  });
});
