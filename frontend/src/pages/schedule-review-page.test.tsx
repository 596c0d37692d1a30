import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { currentMonth, ScheduleReviewPage, schedulingWarnings } from './schedule-review-page';

const OFFICER = { ...ADMIN, roles: ['PROGRAMME_OFFICER' as const] };

describe('schedulingWarnings', () => {
  it('warns about a month in the past', () => {
    expect(schedulingWarnings('2025-02', '2026-12', [])).toEqual(['February 2025 is in the past.']);
    expect(schedulingWarnings('2026-12', '2026-12', [])).toEqual([]);
  });

  it('warns about a second review of the same host in the programme, withdrawn ones aside', () => {
    expect(
      schedulingWarnings('2027-03', '2026-12', [
        { host: 'Fife', targetMonth: '2027-01', state: 'SCHEDULED' },
        { host: 'Fife', targetMonth: '2026-10', state: 'WITHDRAWN' },
      ]),
    ).toEqual(['Fife already has a review in this programme: January 2027 (scheduled).']);
  });

  it('reads this month in Scotland', () => {
    expect(currentMonth(new Date('2026-03-31T23:30:00Z'))).toBe('2026-04');
    expect(currentMonth(new Date('2026-12-01T10:00:00Z'))).toBe('2026-12');
  });
});

describe('ScheduleReviewPage', () => {
  afterEach(() => vi.unstubAllGlobals());

  const data = {
    programme: { id: 'p1', name: 'CI 2026-29', kind: 'CI', phases: [{ number: 1, from: '2020-01', to: '2040-12' }] },
    authorities: [{ id: 'fife', name: 'Fife' }],
    quads: [],
  };

  it('asks to confirm a second review of the same host before scheduling it', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL(({ query }) => {
      if (query.includes('ScheduleReviewPage_Existing'))
        return { data: { reviews: { items: [{ id: 'r0', targetMonth: '2039-01', state: 'SCHEDULED' }] } } };
      if (query.includes('ScheduleReviewPage_Schedule'))
        return { data: { scheduleReview: { id: 'r1', hosts: [{ id: 'fife', name: 'Fife' }] } } };
      return { data };
    });
    renderAt(<ScheduleReviewPage />, { url: '/programmes/p1/schedule', path: '/programmes/:id/schedule', user: OFFICER });
    await user.selectOptions(await screen.findByLabelText('Host authority'), 'fife');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2039');
    await user.click(screen.getByRole('button', { name: 'Schedule the review' }));
    expect(await screen.findByText('Fife already has a review in this programme: January 2039 (scheduled).')).toBeInTheDocument();
    const scheduled = () => calls.filter((c) => c.query.includes('ScheduleReviewPage_Schedule')).length;
    expect(scheduled()).toBe(0);

    // Again without confirming: an error, still not scheduled.
    await user.click(screen.getByRole('button', { name: 'Schedule the review' }));
    expect(await screen.findByRole('link', { name: 'Tick “Schedule it anyway”, or change the host or the month' })).toBeInTheDocument();
    expect(scheduled()).toBe(0);

    await user.click(screen.getByLabelText('Schedule it anyway'));
    await user.click(screen.getByRole('button', { name: 'Schedule the review' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(scheduled()).toBe(1);
  });

  it('schedules at once when nothing is ambiguous', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL(({ query }) => {
      if (query.includes('ScheduleReviewPage_Existing')) return { data: { reviews: { items: [] } } };
      if (query.includes('ScheduleReviewPage_Schedule'))
        return { data: { scheduleReview: { id: 'r1', hosts: [{ id: 'fife', name: 'Fife' }] } } };
      return { data };
    });
    renderAt(<ScheduleReviewPage />, { url: '/programmes/p1/schedule', path: '/programmes/:id/schedule', user: OFFICER });
    await user.selectOptions(await screen.findByLabelText('Host authority'), 'fife');
    await user.type(screen.getByLabelText('Month'), '3');
    await user.type(screen.getByLabelText('Year'), '2039');
    await user.click(screen.getByRole('button', { name: 'Schedule the review' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(screen.queryByLabelText('Schedule it anyway')).not.toBeInTheDocument();
    expect(calls.filter((c) => c.query.includes('ScheduleReviewPage_Schedule')).length).toBe(1);
  });
});
