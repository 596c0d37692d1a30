import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { MyRemindersPage } from './my-reminders-page';
import { parseOffsets } from './programme-reminders-page';

const settings = (visitWanted: boolean) => [
  { kind: 'INVITATION_UNANSWERED', label: 'Review team invitation not answered', wanted: true, essential: true },
  { kind: 'VISIT_STARTING', label: 'Visit starting soon', wanted: visitWanted, essential: false },
];

function server(refuse = false) {
  let visitWanted = true;
  return mockGraphQL(({ query, variables }) => {
    if (query.includes('MyRemindersPage_SetReminderWanted')) {
      if (refuse)
        return {
          data: null,
          errors: [{ message: 'Not now', extensions: { code: 'VALIDATION', field: 'kind' } }],
        };
      visitWanted = variables.wanted as boolean;
      return { data: { setReminderWanted: settings(visitWanted) } };
    }
    return {
      data: {
        myReminders: [
          {
            id: 'r1',
            reviewId: 'v1',
            reviewName: 'City of Edinburgh',
            action: null,
            path: '/reviews/v1',
            kind: 'VISIT_STARTING',
            label: 'Visit starting soon',
            dueAt: '2025-01-13T08:00:00+00:00',
            aboutDay: '2025-01-20',
            why: 'You are on this review’s team and the visit starts on Monday 20 January 2025.',
            wanted: visitWanted,
          },
          {
            id: 'r2',
            reviewId: 'v2',
            reviewName: 'Fife and Angus',
            action: 'Moderate writing across P5 to P7',
            path: '/reviews/v2/follow-up',
            kind: 'ACTION_DUE',
            label: 'Action due soon',
            dueAt: '2025-03-14T08:00:00+00:00',
            aboutDay: '2025-04-14',
            why: 'You own an action of this review’s follow-up, due on Monday 14 April 2025; we remind owners 30 days before.',
            wanted: true,
          },
        ],
        myReminderSettings: settings(visitWanted),
      },
    };
  });
}

describe('MyRemindersPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the upcoming reminders with why each will be sent, and essential ones cannot be unticked', async () => {
    server();
    renderAt(<MyRemindersPage />, { url: '/me/reminders', path: '/me/reminders', user: ADMIN });
    const table = await screen.findByRole('table');
    expect(within(table).getByRole('link', { name: 'Visit starting soon' })).toHaveAttribute('href', '/reviews/v1');
    expect(within(table).getByText(/visit starts on Monday 20 January 2025/)).toBeInTheDocument();
    expect(screen.getByLabelText('Visit starting soon')).toBeChecked();
    expect(screen.queryByLabelText('Review team invitation not answered')).toBeNull();
    expect(screen.getByText('Always sent: Review team invitation not answered.')).toBeInTheDocument();
  });

  it('names the review and the action a follow-up reminder is about, linking to the follow-up', async () => {
    server();
    renderAt(<MyRemindersPage />, { url: '/me/reminders', path: '/me/reminders', user: ADMIN });
    const table = await screen.findByRole('table');
    const row = within(table).getByRole('link', { name: 'Action due soon' }).closest('tr') as HTMLElement;
    expect(within(row).getByRole('link', { name: 'Action due soon' })).toHaveAttribute('href', '/reviews/v2/follow-up');
    expect(within(row).getByText(/Fife and Angus/)).toBeInTheDocument();
    expect(within(row).getByText(/Action: Moderate writing across P5 to P7/)).toBeInTheDocument();
    // A reminder about the review itself names no action.
    const visit = within(table).getByRole('link', { name: 'Visit starting soon' }).closest('tr') as HTMLElement;
    expect(within(visit).getByText(/City of Edinburgh/)).toBeInTheDocument();
    expect(within(visit).queryByText(/Action:/)).toBeNull();
  });

  it('turns a kind off and says so', async () => {
    const user = userEvent.setup();
    const calls = server();
    renderAt(<MyRemindersPage />, { url: '/me/reminders', path: '/me/reminders', user: ADMIN });
    await user.click(await screen.findByLabelText('Visit starting soon'));
    await user.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    expect(await screen.findByText('Your reminder settings are saved.')).toBeInTheDocument();
    const sent = calls.find((c) => c.query.includes('setReminderWanted'));
    expect(sent?.variables).toEqual({ kind: 'VISIT_STARTING', wanted: false });
  });

  it('shows a refusal in the error summary', async () => {
    const user = userEvent.setup();
    server(true);
    renderAt(<MyRemindersPage />, { url: '/me/reminders', path: '/me/reminders', user: ADMIN });
    await user.click(await screen.findByLabelText('Visit starting soon'));
    await user.click(screen.getByRole('button', { name: 'Save reminder settings' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Not now' })).toHaveAttribute('href', '#reminder-kinds');
  });
});

describe('parseOffsets', () => {
  it('reads whole numbers separated by commas and refuses anything else', () => {
    expect(parseOffsets('14, 3')).toEqual([14, 3]);
    expect(parseOffsets('')).toEqual([]);
    expect(parseOffsets('-1')).toEqual([-1]);
    expect(parseOffsets('two')).toBeNull();
    expect(parseOffsets('1.5')).toBeNull();
  });
});
