import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  BlackoutDatesPage_AddDocument as AddBlackout,
  SessionForm_AddSessionDocument as AddSession,
  VisitDatesForm_SetVisitDatesDocument as SetVisitDates,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { AddBlackoutForm, blackoutProblems } from './blackout-dates-page';
import { EMPTY_SESSION, SessionForm, sessionProblems } from './session-form';
import { VisitDatesForm } from './visit-dates-form';
import { parseDate } from './visit-format';

afterEach(() => vi.unstubAllGlobals());

const DAYS = ['2025-01-06', '2025-01-07', '2025-01-08'];

function datesForm(onSaved = vi.fn()) {
  renderAt(
    <VisitDatesForm
      reviewId="r1"
      version={7}
      lengthDays={3}
      days={[]}
      targetMonthLabel="January 2025"
      onSaved={onSaved}
      onReload={() => {}}
    />,
    { user: ADMIN },
  );
  return onSaved;
}

async function typeDays(user: ReturnType<typeof userEvent.setup>, days: string[]) {
  for (const [i, day] of days.entries()) {
    const input = screen.getByLabelText(`Day ${i + 1}`);
    await user.clear(input);
    await user.type(input, day);
  }
}

describe('VisitDatesForm', () => {
  it('asks for every day as a date before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations();
    datesForm();
    await user.click(screen.getByRole('button', { name: 'Save the visit days' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter day 1 as a date');
    expect(summary).toHaveTextContent('Enter day 3 as a date');
    expect(calls).toHaveLength(0);
  });

  it('shows the refusal naming the date that cannot be a visit day and why', async () => {
    const user = userEvent.setup({ delay: null });
    const message =
      'Monday 13 January 2025 is a blackout date of City of Edinburgh: In-service days. Thursday 2 January 2025 is a bank holiday in Scotland (2nd January).';
    const calls = mockOperations(answer(SetVisitDates, refusal('VALIDATION', message, { field: 'days' })));
    const onSaved = datesForm();
    await typeDays(user, ['2025-01-02', '2025-01-13', '2025-01-14']);
    await user.click(screen.getByRole('button', { name: 'Save the visit days' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('These visit days cannot be used');
    expect(summary).toHaveTextContent('Monday 13 January 2025 is a blackout date of City of Edinburgh: In-service days.');
    expect(summary).toHaveTextContent('Thursday 2 January 2025 is a bank holiday in Scotland');
    // The summary's link leads to the first day's field, which shows the message too.
    expect(screen.getByRole('link', { name: /blackout date/ })).toHaveAttribute('href', '#visit-day-0');
    expect(screen.getByLabelText('Day 1')).toHaveAttribute('aria-invalid', 'true');
    expect(calls[0]?.variables).toEqual({ reviewId: 'r1', version: 7, days: ['2025-01-02', '2025-01-13', '2025-01-14'] });
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('reports the days set', async () => {
    const user = userEvent.setup({ delay: null });
    mockOperations(
      answer(SetVisitDates, { setVisitDates: { reviewId: 'r1', reviewVersion: 8, days: DAYS, sequence: 1 } }),
    );
    const onSaved = datesForm();
    await typeDays(user, DAYS);
    await user.click(screen.getByRole('button', { name: 'Save the visit days' }));
    await waitFor(() =>
      expect(onSaved).toHaveBeenCalledWith(
        'The visit days are set: Monday 6 January 2025, Tuesday 7 January 2025, Wednesday 8 January 2025.',
      ),
    );
  });
});

function sessionForm(onSaved = vi.fn()) {
  renderAt(
    <SessionForm
      reviewId="r1"
      version={8}
      initial={{ ...EMPTY_SESSION, day: DAYS[0] ?? '' }}
      days={DAYS}
      places={[{ id: 'p1', name: 'Leith Academy' }]}
      assignable={[
        { id: 'u1', name: 'Pat Peer' },
        { id: 'u2', name: 'Sam Second' },
      ]}
      onSaved={onSaved}
      onCancel={() => {}}
      onReload={() => {}}
    />,
    { user: ADMIN },
  );
  return onSaved;
}

describe('SessionForm', () => {
  it('checks the times and the kind before sending, each message beside its field', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations();
    sessionForm();
    await user.type(screen.getByLabelText('Starts at'), '9.30');
    await user.click(screen.getByRole('button', { name: 'Add the session' }));
    let summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter the start time as HH:MM');
    expect(summary).toHaveTextContent('Enter the end time as HH:MM');
    expect(summary).toHaveTextContent('Choose what kind of session it is');
    await user.clear(screen.getByLabelText('Starts at'));
    await user.type(screen.getByLabelText('Starts at'), '11:00');
    await user.type(screen.getByLabelText('Ends at'), '10:00');
    await user.click(screen.getByRole('button', { name: 'Add the session' }));
    summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('The session must end after it starts');
    expect(screen.getByLabelText('Ends at')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('sends the session and lists the server’s refusal about a member', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(
        AddSession,
        refusal('VALIDATION', 'Pat Peer is already in another session at that time (Meeting, 09:00–10:00).', {
          field: 'members',
        }),
      ),
    );
    const onSaved = sessionForm();
    await user.type(screen.getByLabelText('Starts at'), '09:30');
    await user.type(screen.getByLabelText('Ends at'), '10:30');
    await user.selectOptions(screen.getByLabelText('Kind of session'), 'FOCUS_GROUP');
    await user.click(screen.getByLabelText('Headteachers'));
    await user.type(screen.getByLabelText('Place (optional)'), 'Leith Academy');
    await user.click(screen.getByLabelText('Pat Peer'));
    await user.click(screen.getByRole('button', { name: 'Add the session' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Pat Peer is already in another session at that time');
    expect(screen.getByRole('link', { name: /Pat Peer is already/ })).toHaveAttribute('href', '#session-members');
    expect(calls[0]?.variables).toEqual({
      reviewId: 'r1',
      version: 8,
      input: {
        day: '2025-01-06',
        startsAt: '09:30',
        endsAt: '10:30',
        kind: 'FOCUS_GROUP',
        audiences: ['HEADTEACHERS'],
        place: 'Leith Academy',
        memberIds: ['u1'],
      },
    });
    expect(onSaved).not.toHaveBeenCalled();
  });
});

describe('the forms’ own checks', () => {
  it('a date is typed as day/month/year or as year-month-day, and must exist', () => {
    expect(parseDate(' 7/10/2024 ')).toBe('2024-10-07');
    expect(parseDate('2024-10-07')).toBe('2024-10-07');
    expect(parseDate('31/9/2024')).toBeNull();
    expect(parseDate('7 October')).toBeNull();
  });

  it('a session needs one of the visit days', () => {
    const problems = sessionProblems(
      { ...EMPTY_SESSION, day: '2025-01-09', startsAt: '09:00', endsAt: '10:00', kind: 'MEETING' },
      DAYS,
    );
    expect(problems.map((p) => p.field)).toEqual(['day']);
  });

  it('a blackout range ends on or after its first date and has a reason', () => {
    expect(blackoutProblems({ firstDay: '2025-01-14', lastDay: '2025-01-13', reason: ' ' }).map((p) => p.field)).toEqual([
      'lastDay',
      'reason',
    ]);
    expect(blackoutProblems({ firstDay: '2025-02-30', lastDay: '', reason: 'Holiday' }).map((p) => p.field)).toEqual([
      'firstDay',
    ]);
    expect(blackoutProblems({ firstDay: '2025-01-13', lastDay: '', reason: 'In-service day' })).toEqual([]);
  });
});

describe('AddBlackoutForm', () => {
  it('sends one date with its reason and reports it', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(AddBlackout, {
        addBlackoutDate: { id: 'b1', authorityId: 'a1', firstDay: '2025-01-13', lastDay: '2025-01-13', reason: 'In-service day' },
      }),
    );
    const onAdded = vi.fn();
    renderAt(<AddBlackoutForm authorityId="a1" onAdded={onAdded} />, { user: ADMIN });
    await user.type(screen.getByLabelText('Date'), '2025-01-13');
    await user.type(screen.getByLabelText('Reason'), 'In-service day');
    await user.click(screen.getByRole('button', { name: 'Add the blackout' }));
    await waitFor(() =>
      expect(onAdded).toHaveBeenCalledWith('Monday 13 January 2025 is recorded as a blackout: In-service day.'),
    );
    expect(calls[0]?.variables).toEqual({
      authorityId: 'a1',
      input: { firstDay: '2025-01-13', lastDay: null, reason: 'In-service day' },
    });
  });
});
