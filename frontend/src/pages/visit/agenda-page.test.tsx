import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  AgendaPage_AgendaDocument as Agenda,
  AgendaPage_ShareDocument as Share,
  type AgendaPage_AgendaQuery,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { AgendaPage } from './agenda-page';

afterEach(() => vi.unstubAllGlobals());

const AGENDA: AgendaPage_AgendaQuery['visitAgenda'] = {
  host: 'East Renfrewshire',
  days: [
    {
      date: '2024-10-07',
      label: 'Monday 7 October 2024',
      sessions: [
        {
          startsAt: '09:30',
          endsAt: '11:00',
          kind: 'Focus group',
          meets: ['headteachers', 'young people'],
          place: 'Williamwood High School',
          team: [{ name: 'Priya Peer', organisation: 'Fife Council' }],
        },
      ],
    },
    { date: '2024-10-08', label: 'Tuesday 8 October 2024', sessions: [] },
  ],
  team: [
    { name: 'Priya Peer', organisation: 'Fife Council' },
    { name: 'Hamish Inspector', organisation: 'HM Inspectors' },
  ],
  sharedAt: null,
  recipients: 2,
  canShare: true,
};

function show(agenda = AGENDA, ...more: Parameters<typeof mockOperations>) {
  const calls = mockOperations(answer(Agenda, { visitAgenda: agenda }), ...more);
  renderAt(<AgendaPage />, { url: '/reviews/r1/visit/agenda', path: '/reviews/:id/visit/agenda', user: ADMIN });
  return calls;
}

describe('AgendaPage', () => {
  it('shows each day with its sessions, whom they meet, where, and the team by name and organisation', async () => {
    show();
    await screen.findByRole('heading', { name: 'Visit agenda: East Renfrewshire' });
    const monday = screen.getByRole('region', { name: 'Agenda for Monday 7 October 2024' });
    const row = within(monday).getAllByRole('row')[1] as HTMLElement;
    expect(within(row).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '09:30 to 11:00',
      'Focus group',
      'Headteachers, young people',
      'Williamwood High School',
      'Priya Peer (Fife Council)',
    ]);
    expect(screen.getByRole('heading', { name: 'Tuesday 8 October 2024' })).toBeInTheDocument();
    expect(screen.getByText('No sessions are planned on this day yet.')).toBeInTheDocument();
    expect(screen.getByText('Hamish Inspector, HM Inspectors')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Print this agenda' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the visit plan' })).toHaveAttribute('href', '/reviews/r1/visit');
  });

  it('shares the agenda and says when and with how many contacts', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = show(
      AGENDA,
      answer(Share, { shareVisitAgenda: { sharedAt: '2024-10-07T08:15:00Z', recipients: 2, canShare: true } }),
    );
    await screen.findByText(/Not shared yet\. Sharing mails it to the host’s 2 contacts/);
    await user.click(screen.getByRole('button', { name: 'Share the agenda with the host’s contacts' }));
    const banner = await screen.findByText(/^The agenda is shared with the host’s 2 contacts/);
    expect(banner).toHaveTextContent('first shared on 7 October 2024 at 9:15am');
    expect(calls.find((c) => c.query.includes('AgendaPage_Share'))?.variables).toEqual({ reviewId: 'r1' });
  });

  it('lists the reason when sharing is refused', async () => {
    const user = userEvent.setup({ delay: null });
    show(
      AGENDA,
      answer(
        Share,
        refusal('VALIDATION', 'The host has recorded no contacts to share the agenda with yet.', { field: 'reviewId' }),
      ),
    );
    await user.click(await screen.findByRole('button', { name: 'Share the agenda with the host’s contacts' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The agenda could not be shared');
    expect(summary).toHaveTextContent('The host has recorded no contacts to share the agenda with yet.');
  });

  it('offers no sharing to those who may read the agenda but not share it', async () => {
    show({ ...AGENDA, canShare: false, sharedAt: '2024-10-07T08:15:00Z' });
    await screen.findByRole('heading', { name: 'Visit agenda: East Renfrewshire' });
    expect(screen.queryByRole('button', { name: /Share the agenda/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Sharing with the host' })).not.toBeInTheDocument();
  });

  it('says the days are not set yet before they are', async () => {
    show({ ...AGENDA, days: [], canShare: false });
    await screen.findByText('The visit days are not set yet.');
  });
});
