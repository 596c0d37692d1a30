import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  FollowUpTab_AddActionDocument as AddAction,
  FollowUpTab_AddMeasureDocument as AddMeasure,
  FollowUpTab_AddNoteDocument as AddNote,
  FollowUpTab_FollowUpDocument as FollowUpQuery,
  FollowUpTab_PublishMeasureDocument as PublishMeasure,
  FollowUpTab_ScheduleSessionDocument as ScheduleSession,
  FollowUpTab_SetNoActionReasonDocument as SetNoActionReason,
  FollowUpTab_UpdateActionDocument as UpdateAction,
  ReviewActions_BeginFollowUpDocument as BeginFollowUp,
  ReviewActions_CloseReviewDocument as CloseReview,
  type FollowUpTab_FollowUpQuery,
  type ReviewActions_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { FollowUpTab } from './follow-up-tab';
import { measureProblems, EMPTY_MEASURE } from './follow-up-format';
import { figureSentence } from './impact-figures';

// The follow-up tab against answers typed by the generated documents: the
// tracker by status with due and overdue in words, actions created from an
// area or an area's reason for none, status changes, progress notes, the
// sessions saved, impact measures in a table and a chart from the same
// figures, publication, and beginning the follow-up with its checklist.

type FollowUp = NonNullable<FollowUpTab_FollowUpQuery['reviewFollowUp']>;
type Action = FollowUp['actions'][number];
type CommandCheck = NonNullable<ReviewActions_ReviewFragment['nextCommand']>;

const A1 = '00000000-0000-0000-0000-0000000000a1';
const A2 = '00000000-0000-0000-0000-0000000000a2';
const OLD = '00000000-0000-0000-0000-0000000000a9';
const OWNER = { id: 'u1', name: 'Quinn Officer' };
const LEAD = { id: 'u2', name: 'Lena Lead' };

function action(change: Partial<Action> = {}): Action {
  return {
    id: 'x1',
    version: 1,
    areaItemId: A1,
    areaText: 'Tracking of progress.',
    fromSupersededVersion: false,
    description: 'Introduce a shared tracking tool.',
    owner: OWNER,
    dueOn: '2025-03-31',
    status: 'OPEN',
    overdue: false,
    dueSoon: false,
    createdAt: '2025-01-10T09:00:00Z',
    updatedAt: '2025-01-10T09:00:00Z',
    createdBy: LEAD,
    canUpdate: true,
    notes: [],
    ...change,
  };
}

function followUp(change: Partial<FollowUp> = {}): FollowUp {
  return {
    reviewId: 'r1',
    reviewVersion: 20,
    state: 'REPORT_PUBLISHED',
    publishedOn: '2025-01-06',
    actionsOpen: 0,
    actionsOverdue: 0,
    canManageActions: true,
    canScheduleSessions: true,
    canWriteSessionNotes: true,
    canRecordMeasures: true,
    canPublishMeasures: true,
    canBeginFollowUp: true,
    canClose: false,
    unmetToBegin: [],
    unmetToClose: [],
    possibleOwners: [OWNER, LEAD],
    areas: [
      { itemId: A1, text: 'Tracking of progress.', indicators: ['1.2'], superseded: false, noActionReason: null, noActionReasonBy: null, noActionReasonAt: null, actionCount: 0 },
      { itemId: A2, text: 'Partnership with colleges.', indicators: [], superseded: false, noActionReason: null, noActionReasonBy: null, noActionReasonAt: null, actionCount: 0 },
    ],
    actions: [],
    sessions: [
      { number: 1, proposedOn: '2025-07-07', scheduledOn: null, scheduled: false, savedBy: null, savedAt: null, notes: '', sequence: 0 },
      { number: 2, proposedOn: '2026-01-06', scheduledOn: null, scheduled: false, savedBy: null, savedAt: null, notes: '', sequence: 0 },
    ],
    impactMeasures: [],
    ...change,
  };
}

afterEach(() => vi.unstubAllGlobals());

function renderTab() {
  const onChanged = vi.fn();
  renderAt(<FollowUpTab reviewId="r1" onChanged={onChanged} />, { user: ADMIN });
  return onChanged;
}

// Typing whole forms takes a while on a busy machine.
describe('FollowUpTab', { timeout: 15_000 }, () => {
  it('says the follow-up starts with publication while there is none', async () => {
    mockOperations(answer(FollowUpQuery, { reviewFollowUp: null }));
    renderTab();
    expect(await screen.findByText(/The follow-up starts once the report is published/)).toBeInTheDocument();
  });

  it('groups the actions by status and says overdue and due soon in words, marking those from a superseded version', async () => {
    mockOperations(
      answer(FollowUpQuery, {
        reviewFollowUp: followUp({
          actionsOpen: 2,
          actionsOverdue: 1,
          areas: [
            ...followUp().areas,
            { itemId: OLD, text: 'An area a correction removed.', indicators: [], superseded: true, noActionReason: null, noActionReasonBy: null, noActionReasonAt: null, actionCount: 1 },
          ],
          actions: [
            action({ id: 'late', description: 'Late action.', overdue: true }),
            action({ id: 'soon', description: 'Soon action.', status: 'IN_PROGRESS', dueSoon: true }),
            action({ id: 'done', description: 'Finished action.', status: 'DONE', areaItemId: OLD, areaText: 'An area a correction removed.', fromSupersededVersion: true }),
          ],
        }),
      }),
    );
    renderTab();
    const open = await screen.findByRole('region', { name: 'Open (1)' });
    const late = within(open).getByRole('article', { name: 'Late action.' });
    expect(within(late).getByText('Overdue')).toBeInTheDocument();
    expect(within(late).getByText(/31 March 2025/)).toBeInTheDocument();
    const inProgress = screen.getByRole('region', { name: 'In progress (1)' });
    expect(within(inProgress).getByText('Due soon')).toBeInTheDocument();
    const done = screen.getByRole('region', { name: 'Done (1)' });
    expect(within(done).getByText('From a superseded version of the report')).toBeInTheDocument();
    expect(screen.getByText('3 in all; 2 still open, 1 overdue')).toBeInTheDocument();
    // The superseded area takes no new action.
    expect(screen.getAllByRole('button', { name: /^Add an action/ })).toHaveLength(2);
  });

  it('creates an action from an area with its owner and due date, after listing what is missing', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp() }),
      answer(AddAction, { addFollowUpAction: { reviewId: 'r1', reviewVersion: 21 } }),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Add an action for area for improvement 1' }));
    await user.type(screen.getByLabelText('Due date'), '1/1/2025');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('Enter what the action is')).toBeInTheDocument();
    expect(within(summary).getByText('Choose who owns the action')).toBeInTheDocument();
    expect(within(summary).getByText('The due date must be on or after the report’s publication')).toBeInTheDocument();
    expect(calls.some((c) => c.query.includes('addFollowUpAction'))).toBe(false);

    await user.type(screen.getByLabelText('What will be done'), 'Introduce a shared tracking tool.');
    await user.selectOptions(screen.getByLabelText('Owner'), 'Quinn Officer');
    await user.clear(screen.getByLabelText('Due date'));
    await user.type(screen.getByLabelText('Due date'), '30/6/2025');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('addFollowUpAction'))?.variables).toEqual({
        reviewId: 'r1',
        input: { areaItemId: A1, description: 'Introduce a shared tracking tool.', ownerId: 'u1', dueOn: '2025-06-30' },
      }),
    );
    expect(await screen.findByText('The action is added, due 30 June 2025.')).toBeInTheDocument();
  });

  it('shows the server’s refusal of an owner beside the owner field', async () => {
    const user = userEvent.setup({ delay: null });
    mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp() }),
      answer(AddAction, refusal('VALIDATION', 'The owner must be a user of a host authority', { field: 'ownerId' })),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Add an action for area for improvement 2' }));
    await user.type(screen.getByLabelText('What will be done'), 'Meet the colleges.');
    await user.selectOptions(screen.getByLabelText('Owner'), 'Lena Lead');
    await user.type(screen.getByLabelText('Due date'), '30/6/2025');
    await user.click(screen.getByRole('button', { name: 'Add the action' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'The owner must be a user of a host authority' })).toHaveAttribute(
      'href',
      `#new-action-${A2}-owner`,
    );
    expect(screen.getByLabelText('What will be done')).toHaveValue('Meet the colleges.');
  });

  it('records why an area needs no action', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp() }),
      answer(SetNoActionReason, { setNoActionReason: { reviewId: 'r1', reviewVersion: 21 } }),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Record why no action is needed for area for improvement 2' }));
    await user.type(screen.getByLabelText('Reason'), 'Already in the authority’s plan.');
    await user.click(screen.getByRole('button', { name: 'Save the reason' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('setNoActionReason'))?.variables).toEqual({
        reviewId: 'r1',
        itemId: A2,
        reason: 'Already in the authority’s plan.',
      }),
    );
  });

  it('changes an action’s status against its version', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp({ actions: [action({ version: 4 })] }) }),
      answer(UpdateAction, { updateFollowUpAction: { reviewId: 'r1', reviewVersion: 21 } }),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Change the action “Introduce a shared tracking tool.”' }));
    await user.click(screen.getByLabelText('Done'));
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('updateFollowUpAction'))?.variables).toEqual({
        actionId: 'x1',
        version: 4,
        input: { description: 'Introduce a shared tracking tool.', ownerId: 'u1', dueOn: '2025-03-31', status: 'DONE' },
      }),
    );
  });

  it('keeps what was typed after a conflict and saves it against the version read again', async () => {
    const user = userEvent.setup({ delay: null });
    let version = 4;
    const calls = mockOperations(
      answer(FollowUpQuery, () => ({ reviewFollowUp: followUp({ actions: [action({ version })] }) })),
      answer(UpdateAction, (v) => {
        if (v.version !== 5) return refusal('CONFLICT', 'Changed by someone else');
        return { updateFollowUpAction: { reviewId: 'r1', reviewVersion: 22 } };
      }),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Change the action “Introduce a shared tracking tool.”' }));
    await user.clear(screen.getByLabelText('What will be done'));
    await user.type(screen.getByLabelText('What will be done'), 'A new wording.');
    version = 5;
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    await user.click(await screen.findByRole('button', { name: 'Reload the review' }));
    await waitFor(() => expect(calls.filter((c) => c.query.includes('FollowUpTab_FollowUp')).length).toBeGreaterThan(1));
    expect(screen.getByLabelText('What will be done')).toHaveValue('A new wording.');
    await user.click(screen.getByRole('button', { name: 'Save the action' }));
    await waitFor(() =>
      expect(calls.filter((c) => c.query.includes('updateFollowUpAction')).map((c) => c.variables.version)).toEqual([4, 5]),
    );
  });

  it('adds a dated progress note and lists notes with their documents', async () => {
    const user = userEvent.setup({ delay: null });
    const notes = [
      {
        id: 'n1',
        text: 'Pilot in four schools.',
        notedOn: '2025-02-03',
        createdAt: '2025-02-03T10:00:00Z',
        author: OWNER,
        attachments: [{ id: 'd1', fileName: 'pilot.pdf', contentType: 'application/pdf', sizeBytes: 100, summary: 'The pilot plan', url: '/attachments/d1' }],
      },
    ];
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp({ actions: [action({ notes })] }) }),
      answer(AddNote, { addFollowUpNote: { reviewId: 'r1', actions: [{ id: 'x1', notes: [{ id: 'n1' }, { id: 'n2' }] }] } }),
    );
    renderTab();
    expect(await screen.findByRole('link', { name: 'pilot.pdf' })).toHaveAttribute('href', '/attachments/d1');
    expect(screen.getByText('3 February 2025, Quinn Officer')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Add a progress note to Introduce a shared tracking tool.' }));
    await user.type(screen.getByLabelText('Progress'), 'Rolled out to all schools.');
    await user.type(screen.getByLabelText('Date of the progress (optional)'), '10/3/2025');
    await user.click(screen.getByRole('button', { name: 'Save the progress note' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('addFollowUpNote'))?.variables).toEqual({
        actionId: 'x1',
        input: { text: 'Rolled out to all schools.', notedOn: '2025-03-10' },
      }),
    );
    expect(await screen.findByText('The progress note is saved.')).toBeInTheDocument();
  });

  it('shows proposed sessions as not scheduled until a date is saved, and saves one', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp() }),
      answer(ScheduleSession, { scheduleFollowUpSession: { reviewId: 'r1', reviewVersion: 21 } }),
    );
    renderTab();
    const first = await screen.findByRole('region', { name: 'Follow-up session 1 (six months)' });
    expect(within(first).getByText('Monday 7 July 2025')).toBeInTheDocument();
    expect(within(first).getByText('Not scheduled')).toBeInTheDocument();
    expect(within(first).getByLabelText('Date of session 1')).toHaveValue('7/7/2025');
    await user.click(within(first).getByRole('button', { name: 'Save session 1' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('scheduleFollowUpSession'))?.variables).toEqual({
        reviewId: 'r1',
        number: 1,
        date: '2025-07-07',
      }),
    );
  });

  it('shows impact measures in a table with the change and a chart of the same figures, and publishes one', async () => {
    const user = userEvent.setup({ delay: null });
    const measure = {
      id: 'm1',
      version: 2,
      name: 'Positive destinations',
      learnerGroup: 'SIMD Q1',
      unit: 'PERCENT' as const,
      baselineValue: '93.2',
      baselinePeriod: '2022-23',
      laterValue: '95.7',
      laterPeriod: '2024-25',
      noLaterValueReason: null,
      change: '+2.5',
      changeText: '+2.5 percentage points',
      published: false,
      recordedBy: OWNER,
      updatedAt: '2025-09-01T09:00:00Z',
    };
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp({ impactMeasures: [measure] }) }),
      answer(PublishMeasure, { publishImpactMeasure: { reviewId: 'r1', reviewVersion: 21 } }),
    );
    renderTab();
    const table = await screen.findByRole('table', { name: 'Impact measures' });
    const row = within(table).getByRole('row', { name: /Positive destinations/ });
    expect(within(row).getByText('93.2% (2022-23)')).toBeInTheDocument();
    expect(within(row).getByText('95.7% (2024-25)')).toBeInTheDocument();
    expect(within(row).getByText('+2.5 percentage points')).toBeInTheDocument();
    expect(within(row).getByText('Not published')).toBeInTheDocument();
    const chart = screen.getByRole('img', { name: /Impact measures: baseline and later values/ });
    expect(chart).toHaveAccessibleName(
      expect.stringContaining('Positive destinations, SIMD Q1: 93.2% in 2022-23, then 95.7% in 2024-25 (+2.5 percentage points).'),
    );
    expect([...chart.querySelectorAll('rect')].map((r) => r.getAttribute('data-value'))).toEqual(['93.2', '95.7']);
    await user.click(screen.getByRole('button', { name: 'Publish Positive destinations (SIMD Q1)' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('publishImpactMeasure'))?.variables).toEqual({
        measureId: 'm1',
        version: 2,
        published: true,
      }),
    );
  });

  it('records an impact measure, refusing a later value without its period first', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp() }),
      answer(AddMeasure, { addImpactMeasure: { reviewId: 'r1', reviewVersion: 21 } }),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Record an impact measure' }));
    await user.type(screen.getByLabelText('Measure'), 'Positive destinations');
    await user.type(screen.getByLabelText('Learner group'), 'All pupils');
    await user.click(screen.getByLabelText('Percentage'));
    await user.type(screen.getByLabelText('Baseline value (%)'), '93.2');
    await user.type(screen.getByLabelText('Baseline period'), '2022-23');
    await user.type(screen.getByLabelText('Later value (%) (optional)'), '95.7');
    await user.click(screen.getByRole('button', { name: 'Record the measure' }));
    expect(await screen.findByRole('link', { name: 'Enter the period of the later value, for example 2024-25' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Later period (optional)'), '2024-25');
    await user.click(screen.getByRole('button', { name: 'Record the measure' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('addImpactMeasure'))?.variables).toEqual({
        reviewId: 'r1',
        input: {
          name: 'Positive destinations',
          learnerGroup: 'All pupils',
          unit: 'PERCENT',
          baselineValue: '93.2',
          baselinePeriod: '2022-23',
          laterValue: '95.7',
          laterPeriod: '2024-25',
          noLaterValueReason: null,
        },
      }),
    );
  });

  it('lists every unmet guard of beginning the follow-up, as the follow-up reads them, and offers no button', async () => {
    const unmet = [
      { code: 'FOLLOW_UP_ACTION_MISSING', message: '2 published areas for improvement have no action and no reason why none.' },
      { code: 'FOLLOW_UP_SESSION_MISSING', message: 'No follow-up session is scheduled.' },
    ] as CommandCheck['unmet'];
    mockOperations(answer(FollowUpQuery, { reviewFollowUp: followUp({ unmetToBegin: unmet }) }));
    renderTab();
    for (const g of unmet) expect(await screen.findByText(g.message)).toBeInTheDocument();
    expect(screen.getByText('Before you can begin the follow-up:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Begin the follow-up' })).not.toBeInTheDocument();
  });

  it('begins the follow-up when nothing is missing, and shows a refusal’s reasons', async () => {
    const user = userEvent.setup({ delay: null });
    const unmet = [{ code: 'FOLLOW_UP_SESSION_MISSING', message: 'No follow-up session is scheduled.' }] as CommandCheck['unmet'];
    const calls = mockOperations(
      answer(FollowUpQuery, { reviewFollowUp: followUp() }),
      answer(BeginFollowUp, refusal('GUARD_FAILED', 'Refused', { unmet })),
    );
    renderTab();
    await user.click(await screen.findByRole('button', { name: 'Begin the follow-up' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByText('No follow-up session is scheduled.')).toBeInTheDocument();
    expect(calls.find((c) => c.query.includes('beginFollowUp'))?.variables).toEqual({ reviewId: 'r1', version: 20 });
  });

  it('tells a host user who begins the follow-up, and a programme officer what closing still needs', async () => {
    const unmet = [
      { code: 'FOLLOW_UP_ACTIONS_OPEN', message: '1 action is neither done nor carried into the authority’s improvement plan.' },
      { code: 'FOLLOW_UP_IMPACT_MISSING', message: 'No impact measure has a later value or a recorded reason why none.' },
    ] as CommandCheck['unmet'];
    mockOperations(answer(FollowUpQuery, { reviewFollowUp: followUp({ canBeginFollowUp: false }) }));
    renderTab();
    expect(await screen.findByText('A host lead or a programme officer begins the follow-up.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Begin the follow-up' })).not.toBeInTheDocument();
    vi.unstubAllGlobals();
    document.body.innerHTML = '';
    mockOperations(answer(FollowUpQuery, { reviewFollowUp: followUp({ state: 'FOLLOW_UP', canClose: true, unmetToClose: unmet }) }));
    renderTab();
    for (const g of unmet) expect(await screen.findByText(g.message)).toBeInTheDocument();
    expect(screen.getByText('Before you can close the review:')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Close the review' })).not.toBeInTheDocument();
  });

  it('closes the review against its version once nothing is missing, and reads only once closed', async () => {
    const user = userEvent.setup({ delay: null });
    let state: FollowUp['state'] = 'FOLLOW_UP';
    const calls = mockOperations(
      answer(FollowUpQuery, () => ({
        reviewFollowUp: followUp({
          state,
          canClose: state === 'FOLLOW_UP',
          canManageActions: state === 'FOLLOW_UP',
          actions: [action({ status: 'DONE' })],
        }),
      })),
      answer(CloseReview, () => {
        state = 'CLOSED';
        return { closeReview: { id: 'r1', version: 21 } };
      }),
    );
    const onChanged = renderTab();
    await user.click(await screen.findByRole('button', { name: 'Close the review' }));
    expect(await screen.findByText('Done: Close the review.')).toBeInTheDocument();
    expect(calls.find((c) => c.query.includes('closeReview'))?.variables).toEqual({ reviewId: 'r1', version: 20 });
    expect(onChanged).toHaveBeenCalled();
    expect(await screen.findByText('The review is closed: its follow-up can be read but no longer changed.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /^Change the action/ })).not.toBeInTheDocument();
  });
});

describe('measureProblems', () => {
  const base = { ...EMPTY_MEASURE, name: 'Attendance', learnerGroup: 'ASN', unit: 'PERCENT' as const, baselinePeriod: '2022-23' };
  it('asks for the baseline before a later value', () => {
    expect(measureProblems({ ...base, laterValue: '90', laterPeriod: '2024-25' })).toEqual([
      { code: 'VALIDATION', field: 'baselineValue', message: 'Enter the baseline value before a later value' },
    ]);
  });
  it('refuses a percentage over 100 and more than two decimals', () => {
    expect(measureProblems({ ...base, baselineValue: '100.5' }).map((p) => p.field)).toEqual(['baselineValue']);
    expect(measureProblems({ ...base, baselineValue: '9.123' }).map((p) => p.field)).toEqual(['baselineValue']);
  });
  it('refuses a fractional count and a reason together with a later value', () => {
    expect(measureProblems({ ...base, unit: 'COUNT', baselineValue: '12.5' }).map((p) => p.field)).toEqual(['baselineValue']);
    expect(
      measureProblems({ ...base, baselineValue: '90', laterValue: '91', laterPeriod: '2024-25', noLaterValueReason: 'Not yet' }).map((p) => p.field),
    ).toEqual(['noLaterValueReason']);
  });
  it('accepts a measure without a later value but with a reason', () => {
    expect(measureProblems({ ...base, baselineValue: '90', noLaterValueReason: 'Published in February' })).toEqual([]);
  });
});

describe('figureSentence', () => {
  it('says a count without a later value in words', () => {
    expect(
      figureSentence({ name: 'Exclusions', learnerGroup: 'Looked-after children', unit: 'COUNT', baselineValue: '12', baselinePeriod: '2022-23' }),
    ).toBe('Exclusions, Looked-after children: 12 in 2022-23, no later value yet.');
  });
});
