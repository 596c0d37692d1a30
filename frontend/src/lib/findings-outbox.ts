// Findings typed in the room, kept on this device (IndexedDB) until the
// server has them. Each draft has the client's idempotency key
// (crypto.randomUUID), made when the draft starts and saved before any
// request: the server records a key once, so a draft sent twice (a lost
// answer, two tabs, a reload mid-request) is still one finding. A draft
// leaves the device only once the server has answered for it.
//
// Two kinds of draft, one store:
// - `typing`: what is in the capture form now (one per person and review),
//   saved as it is typed, offered again when the page is reopened;
// - `queued`: recorded by the person, waiting to be sent (sent at once when
//   online, else when the connection returns or the page is next opened);
// - `refused`: the server said no (the reason is kept): the person puts it
//   back in the form or discards it; nothing is dropped silently.

import type { ApiError } from './graphql-client';

export interface DraftInput {
  kind: string;
  text: string;
  indicators: string[];
  sessionId: string | null;
}

export type DraftState = 'typing' | 'queued' | 'refused';

export interface OutboxDraft {
  /** The idempotency key, sent with recordFinding. */
  key: string;
  /** Whose draft it is: only they send it (a shared device signs in as someone else). */
  userId: string;
  reviewId: string;
  input: DraftInput;
  state: DraftState;
  /** When it was last saved on this device (ISO 8601). */
  savedAt: string;
  /** The server's refusal, for `refused`. */
  refusal?: ApiError[];
}

/** Where drafts are kept: IndexedDB in the browser, memory in tests. */
export interface DraftStore {
  /** Whether drafts survive the page being closed. */
  readonly persistent: boolean;
  list(): Promise<OutboxDraft[]>;
  put(draft: OutboxDraft): Promise<void>;
  remove(key: string): Promise<void>;
}

/** A store in memory (tests, or a browser without IndexedDB). */
export function memoryStore(initial: OutboxDraft[] = []): DraftStore {
  const drafts = new Map(initial.map((d) => [d.key, structuredClone(d)]));
  return {
    persistent: false,
    list: async () => [...drafts.values()].map((d) => structuredClone(d)),
    put: async (draft) => {
      drafts.set(draft.key, structuredClone(draft));
    },
    remove: async (key) => {
      drafts.delete(key);
    },
  };
}

const DB_NAME = 'quads';
const STORE = 'finding-drafts';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error ?? new Error('IndexedDB request failed'));
  });
}

/** Drafts in the browser's IndexedDB (database `quads`, object store `finding-drafts`, keyed by `key`). */
export function indexedDbStore(factory: IDBFactory = indexedDB, name = DB_NAME): DraftStore {
  let db: Promise<IDBDatabase> | undefined;
  const open = () => {
    db ??= new Promise<IDBDatabase>((resolve, reject) => {
      const req = factory.open(name, 1);
      req.onupgradeneeded = () => {
        if (!req.result.objectStoreNames.contains(STORE)) req.result.createObjectStore(STORE, { keyPath: 'key' });
      };
      req.onsuccess = () => resolve(req.result);
      req.onerror = () => reject(req.error ?? new Error('IndexedDB could not be opened'));
    });
    return db;
  };
  const withStore = async <T>(mode: IDBTransactionMode, fn: (store: IDBObjectStore) => IDBRequest<T>): Promise<T> => {
    const tx = (await open()).transaction(STORE, mode);
    const result = await request(fn(tx.objectStore(STORE)));
    // A write counts once its transaction has committed.
    if (mode === 'readwrite') {
      await new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onerror = () => reject(tx.error ?? new Error('IndexedDB transaction failed'));
        tx.onabort = () => reject(tx.error ?? new Error('IndexedDB transaction aborted'));
      });
    }
    return result;
  };
  return {
    persistent: true,
    list: () => withStore('readonly', (s) => s.getAll() as IDBRequest<OutboxDraft[]>),
    put: async (draft) => {
      await withStore('readwrite', (s) => s.put(draft));
    },
    remove: async (key) => {
      await withStore('readwrite', (s) => s.delete(key));
    },
  };
}

let shared: DraftStore | undefined;

/** The browser's store: IndexedDB when the browser has it, else memory (drafts then last as long as the page). */
export function defaultStore(): DraftStore {
  shared ??= typeof indexedDB === 'undefined' ? memoryStore() : indexedDbStore();
  return shared;
}

/** What became of one draft sent to the server. */
export type SendResult =
  /** The server has it (`id`: the finding recorded with the key). */
  | { kind: 'sent'; id?: string }
  /** Not sent (no connection, the service unreachable or failing, the session expired): kept to send later. */
  | { kind: 'later'; errors: ApiError[] }
  /** The server refused it: nothing recorded, kept with the reason. */
  | { kind: 'refused'; errors: ApiError[] };

/** Refusals that sending again will not change; anything else is tried again later. */
const FINAL: ReadonlySet<string> = new Set(['VALIDATION', 'FORBIDDEN', 'NOT_FOUND', 'CONFLICT', 'GUARD_FAILED']);

/** Sorts a failed send: a refusal to keep with its reason, or a draft to send again later. */
export function classify(errors: ApiError[]): SendResult {
  return errors.some((e) => FINAL.has(e.code)) ? { kind: 'refused', errors } : { kind: 'later', errors };
}

const blank = (input: DraftInput) => input.text.trim() === '' && input.indicators.length === 0;

export interface OutboxOptions {
  userId: string;
  reviewId: string;
  newKey?: () => string;
  now?: () => Date;
}

/** One person's drafts for one review. */
export class FindingsOutbox {
  private readonly store: DraftStore;
  private readonly userId: string;
  private readonly reviewId: string;
  private readonly newKey: () => string;
  private readonly now: () => Date;
  private running: Promise<Map<string, SendResult>> | null = null;
  private again = false;
  /** Changes to drafts, one after another (a save of the form must not overwrite its own recording). */
  private chain: Promise<unknown> = Promise.resolve();

  constructor(store: DraftStore, { userId, reviewId, newKey = () => crypto.randomUUID(), now = () => new Date() }: OutboxOptions) {
    this.store = store;
    this.userId = userId;
    this.reviewId = reviewId;
    this.newKey = newKey;
    this.now = now;
  }

  get persistent(): boolean {
    return this.store.persistent;
  }

  /** This person's drafts for this review, oldest first. */
  async drafts(): Promise<OutboxDraft[]> {
    const all = await this.store.list();
    return all
      .filter((d) => d.userId === this.userId && d.reviewId === this.reviewId)
      .sort((a, b) => a.savedAt.localeCompare(b.savedAt));
  }

  /** The draft in the capture form, if one was left typed. */
  async typing(): Promise<OutboxDraft | undefined> {
    return (await this.drafts()).find((d) => d.state === 'typing');
  }

  /** A fresh idempotency key for the next draft. */
  key(): string {
    return this.newKey();
  }

  private exclusive<T>(fn: () => Promise<T>): Promise<T> {
    const next = this.chain.then(fn, fn);
    this.chain = next.catch(() => undefined);
    return next;
  }

  /** Keeps what is in the capture form under `key` (an empty form keeps nothing). */
  saveTyping(key: string, input: DraftInput): Promise<void> {
    return this.exclusive(() => this.saveTypingNow(key, input));
  }

  private async saveTypingNow(key: string, input: DraftInput): Promise<void> {
    const existing = (await this.drafts()).find((d) => d.key === key);
    // Once recorded, a draft's input is what is sent: typing no longer changes it.
    if (existing && existing.state !== 'typing') return;
    if (blank(input)) {
      if (existing) await this.store.remove(key);
      return;
    }
    await this.store.put(this.draft(key, input, 'typing'));
  }

  /** Recorded by the person: kept as `queued` (before any request), to be sent by `flush`. */
  queue(key: string, input: DraftInput): Promise<OutboxDraft> {
    return this.exclusive(async () => {
      const draft = this.draft(key, input, 'queued');
      await this.store.put(draft);
      return draft;
    });
  }

  /** Drops a draft (the person chose to), whatever its state. */
  discard(key: string): Promise<void> {
    return this.exclusive(() => this.store.remove(key));
  }

  /**
   * Sends every queued draft, oldest first, one at a time; removes each once
   * the server has it, keeps a refused one with its reason, and stops at the
   * first that cannot be sent now (the rest wait for the next flush). A
   * flush asked for while one runs joins it (and it looks again for drafts
   * queued meanwhile), so a draft is never sent twice at once from a page.
   * Resolves to what became of each draft it tried.
   */
  flush(send: (draft: OutboxDraft) => Promise<SendResult>): Promise<Map<string, SendResult>> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    const run = async () => {
      const report = new Map<string, SendResult>();
      try {
        let stopped = false;
        do {
          this.again = false;
          const queued = (await this.drafts()).filter((d) => d.state === 'queued' && !report.has(d.key));
          for (const draft of queued) {
            let result: SendResult;
            try {
              result = await send(draft);
            } catch {
              result = { kind: 'later', errors: [] };
            }
            report.set(draft.key, result);
            if (result.kind === 'sent') {
              await this.store.remove(draft.key);
            } else if (result.kind === 'refused') {
              await this.store.put({ ...draft, state: 'refused', refusal: result.errors });
            } else {
              stopped = true;
              break;
            }
          }
          if (stopped) break;
        } while (this.again);
      } finally {
        this.running = null;
        this.again = false;
      }
      return report;
    };
    this.running = run();
    return this.running;
  }

  private draft(key: string, input: DraftInput, state: DraftState): OutboxDraft {
    return {
      key,
      userId: this.userId,
      reviewId: this.reviewId,
      input: { ...input, indicators: [...input.indicators] },
      state,
      savedAt: this.now().toISOString(),
    };
  }
}
