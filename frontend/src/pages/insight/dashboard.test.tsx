import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  InsightDashboard_DashboardDocument as DashboardQuery,
  InsightThresholds_SetDocument as SetThresholds,
  type InsightDashboard_DashboardQuery,
} from '../../gql/graphql';
import type { SessionUser } from '../../lib/session';
import { answer, mockOperations, refusal, renderAt } from '../../test/render';
import { DashboardPage } from './dashboard-page';
import { thresholdsInput } from './thresholds-form';

// The programme dashboard against answers typed by the generated documents:
// the counts as tables with their charts, the upcoming visits, the reviews
// at risk with every reason and a link to each review, the thresholds form
// with its field errors, overdue actions by authority and the published
// impact measures.

type Dashboard = InsightDashboard_DashboardQuery['programmeDashboard'];
type InsightReview = Dashboard['atRisk'][number]['review'];

const OFFICER: SessionUser = {
  id: '00000000-0000-0000-0000-000000000002',
  name: 'Olive Officer',
  email: 'officer@demo.quads.scot',
  roles: ['PROGRAMME_OFFICER'],
  lead: false,
  organisation: { id: 'o1', name: 'Education Scotland', kind: 'EDUCATION_SCOTLAND' },
};

const P = '0190a000-0000-7000-8000-0000000000p1';

function review(id: string, host: string, targetMonth: string, change: Partial<InsightReview> = {}): InsightReview {
  return { id, phase: 1, targetMonth, state: 'SCHEDULED', theme: null, hosts: [{ id: `a-${host}`, name: host }], ...change };
}

const thresholds = {
  programmeId: P,
  focusDaysBefore: 60,
  teamDaysBefore: 30,
  selfEvaluationWorkingDaysBefore: 10,
  reportWorkingDaysAfter: 20,
  isDefault: true,
};

function dashboard(change: Partial<Dashboard> = {}): InsightDashboard_DashboardQuery {
  return { programmeDashboard: {
    programme: { id: P, name: 'Quads 2024-25' },
    today: '2024-09-20',
    thresholds,
    total: 8,
    byState: [
      { state: 'SCHEDULED', label: 'Scheduled', count: 5 },
      { state: 'FOCUS_AGREED', label: 'Focus agreed', count: 0 },
      { state: 'TEAM_FORMED', label: 'Team formed', count: 1 },
      { state: 'POSTPONED', label: 'Postponed', count: 2 },
    ],
    byPhase: [
      { phase: 1, count: 6 },
      { phase: 2, count: 2 },
    ],
    byMonth: [
      { month: '2024-10', count: 3 },
      { month: '2024-11', count: 5 },
    ],
    upcomingVisits: [
      {
        review: review('r-er', 'East Renfrewshire', '2024-10', { state: 'SELF_EVALUATION_SUBMITTED' }),
        firstDay: '2024-10-07',
        lastDay: '2024-10-09',
        days: 3,
      },
    ],
    atRisk: [
      {
        review: review('r-fife', 'Fife', '2024-10'),
        reasons: [
          {
            reason: 'NO_AGREED_FOCUS',
            message: 'No agreed focus 60 days before October 2024 (since 2 August 2024)',
            since: '2024-08-02',
          },
          {
            reason: 'NO_FORMED_TEAM',
            message: 'No formed team 30 days before October 2024 (since 1 September 2024)',
            since: '2024-09-01',
          },
        ],
      },
      {
        review: review('r-ang', 'Angus', '2024-11', { state: 'TEAM_FORMED' }),
        reasons: [
          {
            reason: 'NO_SUBMITTED_SELF_EVALUATION',
            message: 'No submitted self-evaluation 10 working days before the visit on 4 October 2024 (since 20 September 2024)',
            since: '2024-09-20',
          },
        ],
      },
    ],
    overdueActions: [
      {
        authority: { id: 'a-er', name: 'East Renfrewshire' },
        count: 2,
        actions: [
          { reviewId: 'r-er', actionId: 'x1', description: 'Introduce one tracking tool.', dueOn: '2024-08-31', daysOverdue: 20 },
          { reviewId: 'r-er', actionId: 'x2', description: 'Train the middle leaders.', dueOn: '2024-09-10', daysOverdue: 10 },
        ],
      },
    ],
    impactMeasures: [
      {
        review: review('r-sh', 'Shetland Islands', '2024-05', { state: 'FOLLOW_UP' }),
        reportSlug: 'shetland-islands-2024-05',
        measure: {
          name: 'Positive destinations',
          learnerGroup: 'All pupils',
          unit: 'PERCENT',
          baselineValue: '93.2',
          baselinePeriod: '2022-23',
          laterValue: '95.7',
          laterPeriod: '2024-25',
          changeText: '+2.5 percentage points',
        },
      },
    ],
    ...change,
  } };
}

afterEach(() => vi.unstubAllGlobals());


const at = { url: `/programmes/${P}/dashboard`, path: '/programmes/:id/dashboard', user: OFFICER };

// A page of many tables: role queries take a while on a loaded two-core machine.
describe('DashboardPage', { timeout: 15_000 }, () => {
  it('shows the reviews by state, phase and month as tables, each with a chart of the same figures', async () => {
    const calls = mockOperations(answer(DashboardQuery, dashboard()));
    renderAt(<DashboardPage />, at);
    expect(await screen.findByText('8 reviews in the programme, as of 20 September 2024.')).toBeInTheDocument();
    expect(screen.getByRole('heading', { level: 1, name: 'Programme dashboard' })).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({ programmeId: P });

    const byState = screen.getByRole('table', { name: 'Reviews by state' });
    expect(within(byState).getByRole('row', { name: 'Scheduled 5' })).toBeInTheDocument();
    expect(within(byState).getByRole('row', { name: 'Focus agreed 0' })).toBeInTheDocument();
    expect(within(byState).getByRole('row', { name: 'Postponed 2' })).toBeInTheDocument();
    const stateChart = screen.getByRole('img', { name: 'Reviews by state (chart)' });
    expect(stateChart).toHaveAccessibleDescription(
      'The same figures as the table “Reviews by state”. Scheduled: 5 reviews. Focus agreed: 0 reviews. Team formed: 1 review. Postponed: 2 reviews.',
    );
    // Every bar carries its number as text, and agrees with the table.
    const bars = [...stateChart.querySelectorAll('g[data-label]')].map((g) => [g.getAttribute('data-label'), g.textContent]);
    expect(bars).toEqual([
      ['Scheduled', 'Scheduled5'],
      ['Focus agreed', 'Focus agreed0'],
      ['Team formed', 'Team formed1'],
      ['Postponed', 'Postponed2'],
    ]);

    expect(within(screen.getByRole('table', { name: 'Reviews by phase' })).getByRole('row', { name: 'Phase 2 2' })).toBeInTheDocument();
    expect(
      within(screen.getByRole('table', { name: 'Reviews by target month' })).getByRole('row', { name: 'November 2024 5' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('img', { name: 'Reviews by target month (chart)' })).toHaveAccessibleDescription(/October 2024: 3 reviews/);
  });

  it('lists the reviews at risk with every reason, each review linking to its page', async () => {
    mockOperations(answer(DashboardQuery, dashboard()));
    renderAt(<DashboardPage />, at);
    const table = await screen.findByRole('table', { name: 'Reviews at risk (2 reviews)' });
    const [fife, angus] = within(table).getAllByRole('row').slice(1) as [HTMLElement, HTMLElement];
    expect(within(fife).getByRole('link', { name: 'Fife, October 2024' })).toHaveAttribute('href', '/reviews/r-fife');
    const reasons = within(fife).getAllByRole('listitem').map((li) => li.textContent);
    expect(reasons).toEqual([
      'No agreed focus: No agreed focus 60 days before October 2024 (since 2 August 2024)',
      'No formed team: No formed team 30 days before October 2024 (since 1 September 2024)',
    ]);
    expect(fife).toHaveTextContent('Scheduled');
    expect(within(angus).getByRole('link', { name: 'Angus, November 2024' })).toHaveAttribute('href', '/reviews/r-ang');
    expect(within(angus).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'No submitted self-evaluation: No submitted self-evaluation 10 working days before the visit on 4 October 2024 (since 20 September 2024)',
    ]);
    expect(
      screen.getByText(/no agreed focus 60 days, or no formed team 30 days, before its target month/),
    ).toBeInTheDocument();
  });

  it('shows the upcoming visits, overdue actions by authority and the published impact measures with their chart', async () => {
    mockOperations(answer(DashboardQuery, dashboard()));
    renderAt(<DashboardPage />, at);
    const visits = await screen.findByRole('table', { name: 'Visits in the next six weeks (1 visit)' });
    const visit = within(visits).getByRole('row', { name: /East Renfrewshire, October 2024/ });
    expect(visit).toHaveTextContent('7 October 2024');
    expect(visit).toHaveTextContent('9 October 2024');
    expect(within(visit).getByRole('link')).toHaveAttribute('href', '/reviews/r-er');

    const overdue = screen.getByRole('table', { name: 'Overdue actions by authority (2 actions)' });
    expect(within(overdue).getByRole('rowheader', { name: 'East Renfrewshire (2 actions)' })).toHaveAttribute('rowspan', '2');
    expect(within(overdue).getByRole('link', { name: 'Introduce one tracking tool.' })).toHaveAttribute(
      'href',
      '/reviews/r-er/follow-up',
    );
    expect(within(overdue).getByRole('row', { name: /Train the middle leaders/ })).toHaveTextContent('10 September 202410');

    const impact = screen.getByRole('table', { name: 'Published impact measures across the programme' });
    const row = within(impact).getByRole('row', { name: /Positive destinations/ });
    expect(row).toHaveTextContent('+2.5 percentage points');
    expect(within(row).getByRole('link', { name: 'Shetland Islands, May 2024' })).toHaveAttribute(
      'href',
      '/reports/shetland-islands-2024-05',
    );
    expect(screen.getByRole('img', { name: /93\.2% in 2022-23, then 95\.7% in 2024-25/ })).toBeInTheDocument();
  });

  it('says so when nothing is at risk, overdue, coming up or published', async () => {
    mockOperations(
      answer(DashboardQuery, dashboard({ atRisk: [], overdueActions: [], upcomingVisits: [], impactMeasures: [] })),
    );
    renderAt(<DashboardPage />, at);
    expect(await screen.findByText('No review is at risk.')).toBeInTheDocument();
    expect(screen.getByText('No follow-up action is overdue.')).toBeInTheDocument();
    expect(screen.getByText('No visits in the next six weeks.')).toBeInTheDocument();
    expect(screen.getByText('No impact measure is published yet.')).toBeInTheDocument();
  });

  it('lists every field at fault in the thresholds form before sending, each linked to its field', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(answer(DashboardQuery, dashboard()));
    renderAt(<DashboardPage />, at);
    const focus = await screen.findByRole('textbox', { name: 'No agreed focus: days before the target month' });
    expect(focus).toHaveValue('60');
    await user.clear(focus);
    const team = screen.getByRole('textbox', { name: 'No formed team: days before the target month' });
    await user.clear(team);
    await user.type(team, '400');
    const report = screen.getByRole('textbox', { name: 'Report not drafted: working days after the visit' });
    await user.clear(report);
    await user.type(report, 'ten');
    await user.click(screen.getByRole('button', { name: 'Save the thresholds' }));

    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter the days before the target month for an agreed focus' })).toHaveAttribute(
      'href',
      '#threshold-focus',
    );
    expect(
      within(summary).getByRole('link', { name: 'Enter the days before the target month for a formed team from 1 to 365' }),
    ).toHaveAttribute('href', '#threshold-team');
    expect(
      within(summary).getByRole('link', {
        name: 'Enter the working days after the visit for a drafted report as a whole number, for example 10',
      }),
    ).toHaveAttribute('href', '#threshold-report');
    expect(team).toHaveAccessibleDescription(/from 1 to 365/);
    expect(team).toHaveAttribute('aria-invalid', 'true');
    expect(calls.filter((c) => c.query.includes('InsightThresholds_Set'))).toHaveLength(0);
  });

  it('saves the thresholds and lists the reviews at risk again with them', async () => {
    const user = userEvent.setup();
    let saved = false;
    const calls = mockOperations(
      answer(DashboardQuery, () =>
        saved ? dashboard({ thresholds: { ...thresholds, focusDaysBefore: 90, isDefault: false } }) : dashboard(),
      ),
      answer(SetThresholds, (v) => {
        saved = true;
        return { setRiskThresholds: { ...thresholds, ...v.thresholds, isDefault: false } };
      }),
    );
    renderAt(<DashboardPage />, at);
    const focus = await screen.findByRole('textbox', { name: 'No agreed focus: days before the target month' });
    await user.clear(focus);
    await user.type(focus, ' 90 ');
    await user.click(screen.getByRole('button', { name: 'Save the thresholds' }));
    expect(await screen.findByText('The thresholds are saved: the reviews at risk are listed again with them.')).toBeInTheDocument();
    const sent = calls.find((c) => c.query.includes('InsightThresholds_Set'));
    expect(sent?.variables).toEqual({
      programmeId: P,
      thresholds: { focusDaysBefore: 90, teamDaysBefore: 30, selfEvaluationWorkingDaysBefore: 10, reportWorkingDaysAfter: 20 },
    });
    await waitFor(() => expect(screen.getByText('The programme has its own thresholds.', { exact: false })).toBeInTheDocument());
    expect(screen.getByText(/no agreed focus 90 days/)).toBeInTheDocument();
  });

  it('shows the server’s refusal of a threshold beside its field', async () => {
    const user = userEvent.setup();
    mockOperations(
      answer(DashboardQuery, dashboard()),
      answer(SetThresholds, refusal('VALIDATION', 'Enter from 1 to 100 working days', { field: 'selfEvaluationWorkingDaysBefore' })),
    );
    renderAt(<DashboardPage />, at);
    await screen.findByRole('table', { name: 'Reviews by state' });
    await user.click(screen.getByRole('button', { name: 'Save the thresholds' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter from 1 to 100 working days' })).toHaveAttribute(
      'href',
      '#threshold-self-evaluation',
    );
    expect(
      screen.getByRole('textbox', { name: 'No submitted self-evaluation: working days before the visit' }),
    ).toHaveAccessibleDescription(/Enter from 1 to 100 working days/);
  });

  it('says the page is not found for an unknown programme', async () => {
    mockOperations(answer(DashboardQuery, refusal('NOT_FOUND', 'No such programme')));
    renderAt(<DashboardPage />, at);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('thresholdsInput', () => {
  it('sends whole numbers within bounds and names every field out of them', () => {
    expect(
      thresholdsInput({ focusDaysBefore: '60', teamDaysBefore: '30', selfEvaluationWorkingDaysBefore: '10', reportWorkingDaysAfter: '20' }),
    ).toEqual({
      problems: [],
      input: { focusDaysBefore: 60, teamDaysBefore: 30, selfEvaluationWorkingDaysBefore: 10, reportWorkingDaysAfter: 20 },
    });
    const { problems } = thresholdsInput({
      focusDaysBefore: '0',
      teamDaysBefore: '366',
      selfEvaluationWorkingDaysBefore: '101',
      reportWorkingDaysAfter: '2.5',
    });
    expect(problems.map((p) => p.field)).toEqual([
      'focusDaysBefore',
      'teamDaysBefore',
      'selfEvaluationWorkingDaysBefore',
      'reportWorkingDaysAfter',
    ]);
    expect(problems[2]?.message).toBe('Enter the working days before the visit for a submitted self-evaluation from 1 to 100');
  });
});
