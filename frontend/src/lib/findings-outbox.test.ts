import { classify, FindingsOutbox, memoryStore, type DraftInput, type OutboxDraft, type SendResult } from './findings-outbox';

const INPUT: DraftInput = { kind: 'STRENGTH', text: 'Pupils lead their learning', indicators: ['2.3'], sessionId: null };

function outbox(store = memoryStore(), userId = 'u1') {
  let n = 0;
  let t = 0;
  return new FindingsOutbox(store, {
    userId,
    reviewId: 'r1',
    newKey: () => `key-${++n}`,
    now: () => new Date(Date.UTC(2024, 9, 7, 9, 0, t++)),
  });
}

const sent: SendResult = { kind: 'sent' };
const offline: SendResult = { kind: 'later', errors: [{ code: 'NETWORK', message: 'The service could not be reached.' }] };

describe('the findings outbox', () => {
  it('keeps a recorded draft on the device before anything is sent', async () => {
    const store = memoryStore();
    const box = outbox(store);
    await box.queue(box.key(), INPUT);
    const seen: OutboxDraft[][] = [];
    await box.flush(async () => {
      seen.push(await store.list());
      return sent;
    });
    expect(seen[0]).toHaveLength(1);
    expect(seen[0]?.[0]).toMatchObject({ key: 'key-1', state: 'queued', input: INPUT });
  });

  it('removes a draft only once the server has answered that it has it', async () => {
    const store = memoryStore();
    const box = outbox(store);
    await box.queue(box.key(), INPUT);
    const report = await box.flush(async () => sent);
    expect(report.get('key-1')).toEqual(sent);
    expect(await store.list()).toEqual([]);
  });

  it('keeps a draft that could not be sent and sends it with the same key when the connection returns', async () => {
    const store = memoryStore();
    const box = outbox(store);
    await box.queue(box.key(), INPUT);
    await box.queue(box.key(), { ...INPUT, text: 'A second finding' });
    const keys: string[] = [];
    await box.flush(async (d) => {
      keys.push(d.key);
      return offline;
    });
    // The first failure stops the round: the second waits too.
    expect(keys).toEqual(['key-1']);
    expect((await box.drafts()).map((d) => [d.key, d.state])).toEqual([
      ['key-1', 'queued'],
      ['key-2', 'queued'],
    ]);
    await box.flush(async (d) => {
      keys.push(d.key);
      return sent;
    });
    expect(keys).toEqual(['key-1', 'key-1', 'key-2']);
    expect(await box.drafts()).toEqual([]);
  });

  it('treats a send that throws as not sent, keeping the draft', async () => {
    const box = outbox();
    await box.queue(box.key(), INPUT);
    await box.flush(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect((await box.drafts()).map((d) => d.state)).toEqual(['queued']);
  });

  it('keeps a refused draft with the reason instead of dropping it, and does not send it again', async () => {
    const box = outbox();
    await box.queue(box.key(), INPUT);
    const refusal = classify([{ code: 'VALIDATION', field: 'indicators', message: '9.9 is not an indicator of this framework' }]);
    expect(refusal.kind).toBe('refused');
    await box.flush(async () => refusal);
    const [draft] = await box.drafts();
    expect(draft).toMatchObject({ state: 'refused', refusal: [{ message: '9.9 is not an indicator of this framework' }] });
    const again = vi.fn(async () => sent);
    await box.flush(again);
    expect(again).not.toHaveBeenCalled();
  });

  it('sorts failures: a refusal is final, an unreachable or failing service or an expired session is tried again', () => {
    expect(classify([{ code: 'FORBIDDEN', message: 'no' }]).kind).toBe('refused');
    expect(classify([{ code: 'GUARD_FAILED', message: 'completed' }]).kind).toBe('refused');
    expect(classify([{ code: 'NETWORK', message: 'offline' }]).kind).toBe('later');
    expect(classify([{ code: 'INTERNAL', message: 'HTTP 502' }]).kind).toBe('later');
    expect(classify([{ code: 'UNAUTHENTICATED', message: 'signed out' }]).kind).toBe('later');
  });

  it('sends each draft once when flushes overlap (the online event and a page load at the same time)', async () => {
    const box = outbox();
    await box.queue(box.key(), INPUT);
    const calls: string[] = [];
    let release: () => void = () => {};
    const gate = new Promise<void>((r) => (release = r));
    const send = async (d: OutboxDraft) => {
      calls.push(d.key);
      await gate;
      return sent;
    };
    const first = box.flush(send);
    // A draft recorded while the first flush is under way is sent by it too.
    await box.queue(box.key(), { ...INPUT, text: 'Recorded meanwhile' });
    const second = box.flush(send);
    release();
    await Promise.all([first, second]);
    expect(calls).toEqual(['key-1', 'key-2']);
    expect(await box.drafts()).toEqual([]);
  });

  it('sends only the signed-in person’s drafts for this review', async () => {
    const store = memoryStore();
    const other = outbox(store, 'u2');
    await other.queue('theirs', INPUT);
    const box = outbox(store, 'u1');
    await box.queue('mine', INPUT);
    const keys: string[] = [];
    await box.flush(async (d) => {
      keys.push(d.key);
      return sent;
    });
    expect(keys).toEqual(['mine']);
    expect((await store.list()).map((d) => d.key)).toEqual(['theirs']);
  });

  it('keeps what is typed in the form, offers it again, and forgets an emptied form', async () => {
    const store = memoryStore();
    const box = outbox(store);
    await box.saveTyping('k', INPUT);
    // The page is reopened: a new outbox over the same store finds it.
    const reopened = outbox(store);
    expect(await reopened.typing()).toMatchObject({ key: 'k', state: 'typing', input: INPUT });
    await reopened.saveTyping('k', { ...INPUT, text: '  ', indicators: [] });
    expect(await reopened.typing()).toBeUndefined();
  });

  it('never turns a recorded draft back into typing when a late save of the form arrives', async () => {
    const box = outbox();
    const save = box.saveTyping('k', { ...INPUT, text: 'Half typed' });
    const queued = box.queue('k', INPUT);
    await Promise.all([save, queued]);
    await box.saveTyping('k', { ...INPUT, text: 'typed after' });
    const [draft] = await box.drafts();
    expect(draft).toMatchObject({ key: 'k', state: 'queued', input: INPUT });
  });

  it('is not sent when only typed', async () => {
    const box = outbox();
    await box.saveTyping('k', INPUT);
    const send = vi.fn(async () => sent);
    await box.flush(send);
    expect(send).not.toHaveBeenCalled();
  });
});
