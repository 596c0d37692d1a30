import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  CaptureForm_RecordFindingDocument as RecordFinding,
  FindingsSection_FindingsDocument as FindingsQuery,
  FindingsSection_HistoryDocument as HistoryQuery,
  MergeForm_MergeDocument as Merge,
  FindingsSection_CompleteVisitDocument as CompleteVisit,
  FindingItem_AgreeDocument as Agree,
} from '../../gql/graphql';
import { memoryStore, type OutboxDraft } from '../../lib/findings-outbox';
import type { SessionUser } from '../../lib/session';
import { answer, mockGraphQL, mockOperations, refusal, renderAt, type ResultOf } from '../../test/render';
import { FindingsSection } from './findings-section';
import { mergeProblems } from './merge-form';

afterEach(() => vi.unstubAllGlobals());

const MEMBER: SessionUser = {
  id: '00000000-0000-0000-0000-0000000000b1',
  name: 'Pat Peer',
  email: 'peer1@demo.quads.scot',
  roles: ['REVIEWER'],
  lead: false,
  organisation: { id: '00000000-0000-0000-0000-0000000000bb', name: 'Fife', kind: 'LOCAL_AUTHORITY' },
};

type Findings = ResultOf<typeof FindingsQuery>['reviewFindings'];
type Finding = Findings['findings'][number];

function finding(id: string, over: Partial<Finding> = {}): Finding {
  return {
    id,
    kind: 'STRENGTH',
    text: `Finding ${id}`,
    indicators: [],
    session: null,
    author: { id: MEMBER.id, name: MEMBER.name },
    status: 'DRAFT',
    mergedIntoId: null,
    version: 1,
    recordedAt: '2024-10-07T09:00:00Z',
    updatedAt: '2024-10-07T09:00:00Z',
    canEdit: true,
    attachments: [],
    ...over,
  };
}

function reviewFindings(over: Partial<Findings> = {}): ResultOf<typeof FindingsQuery> {
  return {
    reviewFindings: {
      reviewId: 'r1',
      reviewVersion: 12,
      state: 'VISIT_IN_PROGRESS',
      canRecord: true,
      canAgree: false,
      agreedStrengths: 0,
      agreedAreasForImprovement: 0,
      indicators: [
        { number: '1.1', title: 'Self-evaluation for self-improvement' },
        { number: '2.3', title: 'Learning, teaching and assessment' },
      ],
      sessions: [{ id: 's1', day: '2024-10-07', startsAt: '09:30', endsAt: '11:00', kind: 'FOCUS_GROUP' }],
      findings: [],
      ...over,
    },
  };
}


function render(store = memoryStore(), user: SessionUser = MEMBER) {
  renderAt(<FindingsSection reviewId="r1" onChanged={() => {}} store={store} />, { user });
  return store;
}

async function fill(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.click(await screen.findByLabelText('Strength'));
  await user.type(screen.getByLabelText('Finding'), text);
}

describe('recording findings', () => {
  it('asks for the kind and the text before sending anything', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(answer(FindingsQuery, reviewFindings()));
    render();
    await user.click(await screen.findByRole('button', { name: 'Record the finding' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Choose whether it is a strength, an area for improvement or evidence');
    expect(summary).toHaveTextContent('Enter the finding');
    expect(calls.filter((c) => c.query.includes('recordFinding'))).toHaveLength(0);
  });

  it('records with the draft’s key kept on the device first, then says so, clears the text and puts focus back in it', async () => {
    const user = userEvent.setup({ delay: null });
    const store = memoryStore();
    const seenBeforeSend: OutboxDraft[][] = [];
    const calls = mockGraphQL(({ query }) => {
      if (query.includes('recordFinding')) {
        void store.list().then((l) => seenBeforeSend.push(l));
        return { data: { recordFinding: { id: 'f1', reviewId: 'r1', version: 1, status: 'DRAFT' } } };
      }
      return { data: reviewFindings() };
    });
    render(store);
    await fill(user, 'Pupils talk confidently about their learning');
    await user.click(screen.getByLabelText('2.3 Learning, teaching and assessment'));
    await user.selectOptions(screen.getByLabelText('Visit session (optional)'), 's1');
    await user.click(screen.getByRole('button', { name: 'Record the finding' }));
    await screen.findByText('Finding saved.');
    const sent = calls.filter((c) => c.query.includes('recordFinding'));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.variables).toMatchObject({
      reviewId: 'r1',
      input: { kind: 'STRENGTH', text: 'Pupils talk confidently about their learning', indicators: ['2.3'], sessionId: 's1' },
    });
    expect(sent[0]?.variables.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    await waitFor(() => expect(seenBeforeSend[0]?.map((d) => [d.key, d.state])).toEqual([[sent[0]?.variables.idempotencyKey, 'queued']]));
    expect(await store.list()).toEqual([]);
    const text = screen.getByLabelText('Finding');
    expect(text).toHaveValue('');
    await waitFor(() => expect(text).toHaveFocus());
    // The kind and the session stay for the next finding.
    expect(screen.getByLabelText('Strength')).toBeChecked();
    expect(screen.getByLabelText('Visit session (optional)')).toHaveValue('s1');
  });

  it('records with Ctrl+Enter from the text', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FindingsQuery, reviewFindings()),
      answer(RecordFinding, { recordFinding: { id: 'f1', reviewId: 'r1', version: 1, status: 'DRAFT' } }),
    );
    render();
    await fill(user, 'Leaders know their schools well');
    fireEvent.keyDown(screen.getByLabelText('Finding'), { key: 'Enter', ctrlKey: true });
    await screen.findByText('Finding saved.');
    expect(calls.filter((c) => c.query.includes('recordFinding'))).toHaveLength(1);
  });

  it('keeps a finding recorded without a connection on the device, shows it, and sends it once when the connection returns', async () => {
    const user = userEvent.setup({ delay: null });
    const store = memoryStore();
    let online = true;
    const keys: unknown[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async (_url: string, init: RequestInit) => {
        const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
        if (body.query.includes('recordFinding')) {
          if (!online) throw new TypeError('Failed to fetch');
          keys.push(body.variables.idempotencyKey);
          return Response.json({ data: { recordFinding: { id: 'f1', reviewId: 'r1', version: 1, status: 'DRAFT' } } });
        }
        return Response.json({ data: reviewFindings() });
      }),
    );
    render(store);
    await screen.findByRole('button', { name: 'Record the finding' });
    online = false;
    await fill(user, 'Typed in a room without signal');
    await user.click(screen.getByRole('button', { name: 'Record the finding' }));
    await screen.findByText('Saved on this device, will be sent when you are back online.');
    const outbox = screen.getByRole('region', { name: 'On this device, not yet sent' });
    expect(within(outbox).getByText('Typed in a room without signal')).toBeInTheDocument();
    expect((await store.list()).map((d) => d.state)).toEqual(['queued']);
    online = true;
    await act(async () => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(screen.queryByRole('region', { name: 'On this device, not yet sent' })).toBeNull());
    expect(keys).toHaveLength(1);
    expect(await store.list()).toEqual([]);
  });

  it('offers again a finding left typed on this device, and sends queued ones when the page opens', async () => {
    const store = memoryStore([
      {
        key: 'k-typed',
        userId: MEMBER.id,
        reviewId: 'r1',
        input: { kind: 'EVIDENCE', text: 'Half-typed note', indicators: ['1.1'], sessionId: null },
        state: 'typing',
        savedAt: '2024-10-07T10:00:00Z',
      },
      {
        key: 'k-queued',
        userId: MEMBER.id,
        reviewId: 'r1',
        input: { kind: 'STRENGTH', text: 'Recorded offline', indicators: [], sessionId: null },
        state: 'queued',
        savedAt: '2024-10-07T09:59:00Z',
      },
    ]);
    const calls = mockOperations(
      answer(FindingsQuery, reviewFindings()),
      answer(RecordFinding, { recordFinding: { id: 'f9', reviewId: 'r1', version: 1, status: 'DRAFT' } }),
    );
    render(store);
    expect(await screen.findByLabelText('Finding')).toBeInTheDocument();
    await waitFor(() => expect(screen.getByLabelText('Finding')).toHaveValue('Half-typed note'));
    expect(screen.getByText(/A finding you typed on this device on .* was not recorded/)).toBeInTheDocument();
    expect(screen.getByLabelText('Evidence')).toBeChecked();
    await waitFor(() => expect(calls.filter((c) => c.query.includes('recordFinding'))).toHaveLength(1));
    expect(calls.find((c) => c.query.includes('recordFinding'))?.variables.idempotencyKey).toBe('k-queued');
    await waitFor(async () => expect((await store.list()).map((d) => d.key)).toEqual(['k-typed']));
  });

  it('puts a refused finding back in the form with the reason, keeping nothing queued', async () => {
    const user = userEvent.setup({ delay: null });
    const store = memoryStore();
    mockGraphQL(({ query }) =>
      query.includes('recordFinding')
        ? { data: null, errors: [{ message: 'The visit is completed: findings can no longer be recorded', extensions: { code: 'GUARD_FAILED' } }] }
        : { data: reviewFindings() },
    );
    render(store);
    await fill(user, 'Too late');
    await user.click(screen.getByRole('button', { name: 'Record the finding' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The visit is completed');
    expect(screen.getByLabelText('Finding')).toHaveValue('Too late');
    expect((await store.list()).map((d) => d.state)).toEqual(['typing']);
  });
});

describe('the findings list and the team lead’s agreement', () => {
  it('filters by kind, status and author, and keeps each finding’s history', async () => {
    const user = userEvent.setup({ delay: null });
    mockOperations(
      answer(
        FindingsQuery,
        reviewFindings({
          findings: [
            finding('a', { text: 'Strong leadership' }),
            finding('b', { kind: 'AREA_FOR_IMPROVEMENT', text: 'Tracking is patchy', status: 'AGREED', author: { id: 'x', name: 'Lee Lead' } }),
          ],
        }),
      ),
      answer(HistoryQuery, {
        reviewFindings: {
          reviewId: 'r1',
          findings: [
            { id: 'a', history: [{ at: '2024-10-07T09:00:00Z', by: { id: MEMBER.id, name: MEMBER.name }, kind: 'RECORDED', text: 'Strong leadership' }] },
            {
              id: 'b',
              history: [
                { at: '2024-10-07T09:00:00Z', by: { id: 'x', name: 'Lee Lead' }, kind: 'RECORDED', text: 'Tracking patchy' },
                { at: '2024-10-07T10:00:00Z', by: { id: 'x', name: 'Lee Lead' }, kind: 'AGREED', text: null },
              ],
            },
          ],
        },
      }),
    );
    render();
    await screen.findByText('Strong leadership');
    expect(screen.getByText('2 findings')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), 'AREA_FOR_IMPROVEMENT');
    expect(screen.queryByText('Strong leadership')).toBeNull();
    expect(screen.getByText('1 of 2 findings shown')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Kind'), '');
    await user.selectOptions(screen.getByLabelText('Recorded by'), MEMBER.id);
    expect(screen.queryByText('Tracking is patchy')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Recorded by'), '');
    await user.selectOptions(screen.getByLabelText('Status'), 'AGREED');
    expect(screen.queryByText('Strong leadership')).toBeNull();
    expect(screen.getByText('Tracking is patchy')).toBeInTheDocument();
    const history = await screen.findByText('History', { exact: false });
    await user.click(history);
    expect(screen.getByText('Tracking patchy')).toBeInTheDocument();
    expect(screen.getByText('Agreed', { selector: 'strong:not(.ds_tag)' })).toBeInTheDocument();
  });

  it('lets the lead agree a draft, and lists what completing the visit still needs', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FindingsQuery, reviewFindings({ canAgree: true, agreedStrengths: 1, findings: [finding('a', { canEdit: true })] })),
      answer(Agree, { agreeFinding: { id: 'a', version: 2, status: 'AGREED' } }),
    );
    render();
    await user.click(await screen.findByRole('button', { name: 'Agree finding 1' }));
    await screen.findByText('Finding 1 is agreed.');
    expect(calls.find((c) => c.query.includes('agreeFinding'))?.variables).toEqual({ findingId: 'a', version: 1 });
    // One agreed strength is not enough: the checklist says what is missing, and there is no button.
    expect(screen.getByText('The team has not agreed any area for improvement.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Complete the visit' })).toBeNull();
  });

  it('completes the visit once a strength and an area for improvement are agreed, showing the server’s reasons if refused', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(FindingsQuery, reviewFindings({ canAgree: true, agreedStrengths: 1, agreedAreasForImprovement: 1 })),
      answer(
        CompleteVisit,
        refusal('GUARD_FAILED', 'This cannot be done yet', {
          unmet: [{ code: 'AGREED_STRENGTH', message: 'The team has not agreed any strength.' }],
        }),
      ),
    );
    render();
    await user.click(await screen.findByRole('button', { name: 'Complete the visit' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('You cannot complete the visit yet');
    expect(summary).toHaveTextContent('The team has not agreed any strength.');
    expect(calls.find((c) => c.query.includes('completeVisit'))?.variables).toEqual({ reviewId: 'r1', version: 12 });
  });

  it('merges the chosen duplicates into the kept one with the lead’s wording', async () => {
    const user = userEvent.setup({ delay: null });
    const calls = mockOperations(
      answer(
        FindingsQuery,
        reviewFindings({
          canAgree: true,
          findings: [finding('a', { text: 'Good tracking' }), finding('b', { text: 'Tracking good' }), finding('c')],
        }),
      ),
      answer(Merge, { mergeFindings: { id: 'b', version: 3, text: 'Tracking is good', status: 'DRAFT' } }),
    );
    render();
    await user.click(await screen.findByRole('button', { name: 'Merge duplicate findings' }));
    const form = screen.getByRole('form', { name: 'Merge duplicate findings' });
    await user.click(within(form).getByLabelText(/^1\. Strength by Pat Peer/));
    await user.click(within(form).getByLabelText(/^2\. Strength by Pat Peer/));
    const kept = within(form).getByRole('group', { name: 'Which finding is kept?' });
    await user.click(within(kept).getByLabelText(/^2\./));
    const wording = within(form).getByLabelText('Wording of the merged finding');
    expect(wording).toHaveValue('Tracking good');
    await user.clear(wording);
    await user.type(wording, 'Tracking is good');
    await user.click(within(form).getByRole('button', { name: 'Merge the findings' }));
    await screen.findByText(/One finding is merged into 2\./);
    expect(calls.find((c) => c.query.includes('mergeFindings'))?.variables).toEqual({
      intoId: 'b',
      mergedIds: ['a'],
      text: 'Tracking is good',
    });
  });

  it('asks for two findings, the kept one and a wording before merging', () => {
    expect(mergeProblems({ selected: ['a'], keptId: '', text: '' }).map((p) => p.message)).toEqual([
      'Choose at least two findings to merge',
      'Enter the wording of the merged finding',
    ]);
    expect(mergeProblems({ selected: ['a', 'b'], keptId: 'c', text: 'x' }).map((p) => p.field)).toEqual(['intoId']);
  });
});

describe('the host’s view', () => {
  it('shows the agreed findings only, by kind, without forms or history', async () => {
    mockOperations(
      answer(
        FindingsQuery,
        reviewFindings({
          state: 'VISIT_COMPLETED',
          canRecord: false,
          agreedStrengths: 1,
          agreedAreasForImprovement: 1,
          findings: [
            finding('a', { text: 'Agreed strength', status: 'AGREED', canEdit: false }),
            finding('b', { kind: 'AREA_FOR_IMPROVEMENT', text: 'Agreed area', status: 'AGREED', canEdit: false }),
            finding('c', { text: 'A draft', canEdit: false }),
          ],
        }),
      ),
    );
    render();
    expect(await screen.findByRole('heading', { name: 'Agreed findings' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Strengths' })).toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Areas for improvement' })).toBeInTheDocument();
    expect(screen.getByText('Agreed strength')).toBeInTheDocument();
    expect(screen.queryByText('A draft')).toBeNull();
    expect(screen.queryByRole('button')).toBeNull();
    // Nor the history, which holds the drafts' wording.
    expect(screen.queryByText(/History/)).toBeNull();
  });

  it('says when the findings can be read before the visit is completed', async () => {
    mockGraphQL(() => ({ data: null, errors: [{ message: 'Not yet', extensions: { code: 'FORBIDDEN' } }] }));
    render();
    expect(await screen.findByText('The team’s agreed findings can be read here once the visit is completed.')).toBeInTheDocument();
  });
});
