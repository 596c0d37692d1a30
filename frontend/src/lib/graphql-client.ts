// The GraphQL client of the app: urql, sending a POST of JSON to /graphql
// with the session cookie, and errors turned into typed values by
// extensions.code. Components use the hooks in use-query.ts and
// use-mutation.ts; `execute` is for one-off requests.
import { cacheExchange, Client, fetchExchange, type AnyVariables, type OperationResult } from '@urql/core';

/**
 * A generated operation document (codegen's TypedDocumentString): its text,
 * typed by its result and variables. Structural, so that documents of any
 * generated module fit.
 */
export interface TypedDocument<TResult, TVariables> {
  toString(): string;
  __apiType?: (variables: TVariables) => TResult;
}

export type ErrorCode =
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'NOT_FOUND'
  | 'VALIDATION'
  | 'CONFLICT'
  | 'GUARD_FAILED'
  | 'RATE_LIMITED'
  | 'INTERNAL'
  | 'NETWORK'
  // The participant survey's refusals (the link and the programme's statements).
  | 'SURVEY_LINK_UNKNOWN'
  | 'SURVEY_ALREADY_ANSWERED'
  | 'SURVEY_CLOSED'
  | 'SURVEY_STATEMENT_UNKNOWN'
  | 'SURVEY_STATEMENTS_LOCKED';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field at fault, for VALIDATION errors. */
  field?: string;
  /** Seconds to wait, for RATE_LIMITED errors. */
  retryAfterSeconds?: number;
  /** Unmet guards for GUARD_FAILED (`extensions.unmet`), when the server lists them. */
  guards?: { code: string; message: string }[];
  /** What is stored now, for a CONFLICT on a versioned save (`extensions.current`). */
  current?: Record<string, unknown>;
}

const KNOWN_CODES: ReadonlySet<string> = new Set([
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'VALIDATION',
  'CONFLICT',
  'GUARD_FAILED',
  'RATE_LIMITED',
  'INTERNAL',
  'SURVEY_LINK_UNKNOWN',
  'SURVEY_ALREADY_ANSWERED',
  'SURVEY_CLOSED',
  'SURVEY_STATEMENT_UNKNOWN',
  'SURVEY_STATEMENTS_LOCKED',
]);

export class GraphQLRequestError extends Error {
  readonly errors: ApiError[];
  constructor(errors: ApiError[]) {
    super(errors.map((e) => e.message).join('; '));
    this.name = 'GraphQLRequestError';
    this.errors = errors;
  }
  has(code: ErrorCode): boolean {
    return this.errors.some((e) => e.code === code);
  }
}

interface RawError {
  message?: unknown;
  extensions?: Record<string, unknown>;
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export function toApiError(raw: RawError): ApiError {
  const ext = isRecord(raw.extensions) ? raw.extensions : {};
  const code = typeof ext.code === 'string' && KNOWN_CODES.has(ext.code) ? (ext.code as ErrorCode) : 'INTERNAL';
  const error: ApiError = {
    code,
    message: typeof raw.message === 'string' && raw.message !== '' ? raw.message : 'Something went wrong',
  };
  if (typeof ext.field === 'string') error.field = ext.field;
  const retry = ext.retryAfterSeconds;
  if (typeof retry === 'number' && Number.isFinite(retry)) error.retryAfterSeconds = retry;
  if (Array.isArray(ext.unmet)) {
    error.guards = ext.unmet.filter(isRecord).map((g) => ({
      code: String(g.code ?? ''),
      message: String(g.message ?? ''),
    }));
  }
  if (isRecord(ext.current)) error.current = ext.current;
  return error;
}

/**
 * The errors of one GraphQL error: a refusal for several reasons at once
 * (`extensions.reasons`, each `{ field, message }`) becomes one error per
 * reason, so that each is shown beside its own field.
 */
export function toApiErrors(raw: RawError): ApiError[] {
  const first = toApiError(raw);
  const reasons = isRecord(raw.extensions) ? raw.extensions.reasons : undefined;
  if (!Array.isArray(reasons)) return [first];
  const each = reasons.filter(isRecord).flatMap((r): ApiError[] => {
    if (typeof r.message !== 'string' || r.message === '') return [];
    const error: ApiError = { code: first.code, message: r.message };
    if (typeof r.field === 'string') error.field = r.field;
    return [error];
  });
  return each.length > 0 ? each : [first];
}

/** Where the app's GraphQL requests go. */
export const GRAPHQL_URL = '/graphql';

/**
 * A urql client for the app. The server refuses anything but a JSON POST
 * (its CSRF check), so queries are never sent as GET; the session cookie
 * goes with every request. With `cache` (the default) urql's document
 * cache answers repeated queries and a mutation's answer invalidates the
 * cached queries that hold any of its types.
 */
export function createGraphQLClient({ cache = true }: { cache?: boolean } = {}): Client {
  return new Client({
    url: GRAPHQL_URL,
    preferGetMethod: false,
    requestPolicy: 'cache-and-network',
    fetchOptions: { credentials: 'same-origin', headers: { Accept: 'application/json' } },
    // Looked up on each request, so that a test's stand-in for fetch is used.
    fetch: (input, init) => fetch(input, init),
    exchanges: cache ? [cacheExchange, fetchExchange] : [fetchExchange],
  });
}

const NETWORK_ERROR: ApiError = {
  code: 'NETWORK',
  message: 'The service could not be reached. Check your connection and try again.',
};

/**
 * The errors of one urql answer, typed by `extensions.code`; none when it
 * carries data and no error.
 */
export function resultErrors(result: Pick<OperationResult, 'data' | 'error'>): ApiError[] {
  const { error } = result;
  if (error) {
    if (error.graphQLErrors.length > 0) {
      return error.graphQLErrors.flatMap((e) => toApiErrors({ message: e.message, extensions: e.extensions }));
    }
    // A response that came but was not a GraphQL answer (a proxy's error page).
    const status = (error.response as Response | undefined)?.status;
    if (status !== undefined) {
      return [{ code: 'INTERNAL', message: `The service sent an unexpected response (HTTP ${status}).` }];
    }
    return [NETWORK_ERROR];
  }
  if (!isRecord(result.data)) return [{ code: 'INTERNAL', message: 'The service sent no data.' }];
  return [];
}

/** The document's text: urql parses (and caches) documents given as strings. */
export function documentText(document: { toString(): string }): string {
  return document.toString();
}

export interface ExecuteOptions {
  signal?: AbortSignal;
}

// One-off requests made outside a component (the session check) or
// imperatively (a check before a submit): no document cache, so they always
// ask the server.
let uncached: Client | undefined;

/**
 * Sends one operation and resolves to its data, or rejects with a
 * GraphQLRequestError (or an AbortError when `signal` aborts first).
 */
export async function execute<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions]
): Promise<TResult> {
  uncached ??= createGraphQLClient({ cache: false });
  const text = documentText(document);
  const vars = (variables ?? {}) as AnyVariables;
  const mutation = /^\s*mutation\b/.test(text);
  const source = mutation
    ? uncached.mutation<TResult>(text, vars)
    : uncached.query<TResult>(text, vars, { requestPolicy: 'network-only' });
  const signal = options?.signal;
  if (signal?.aborted) throw new DOMException('Aborted', 'AbortError');
  const result = await new Promise<OperationResult<TResult>>((resolve, reject) => {
    let settled = false;
    let subscription: { unsubscribe: () => void } | undefined;
    const onAbort = () => {
      if (settled) return;
      settled = true;
      subscription?.unsubscribe(); // cancels the request
      reject(new DOMException('Aborted', 'AbortError'));
    };
    subscription = source.subscribe((r) => {
      if (settled) return;
      settled = true;
      signal?.removeEventListener('abort', onAbort);
      subscription?.unsubscribe();
      resolve(r);
    });
    if (settled) subscription.unsubscribe();
    else signal?.addEventListener('abort', onAbort, { once: true });
  });
  const errors = resultErrors(result);
  if (errors.length > 0) throw new GraphQLRequestError(errors);
  return result.data as TResult;
}

/** "2 minutes", "45 seconds": how long a rate-limited user must wait. */
export function formatWait(seconds: number): string {
  const s = Math.max(1, Math.ceil(seconds));
  if (s < 60) return `${s} second${s === 1 ? '' : 's'}`;
  const m = Math.ceil(s / 60);
  return `${m} minute${m === 1 ? '' : 's'}`;
}

/** The sentence to show the user for one error. */
export function describeError(error: ApiError): string {
  switch (error.code) {
    case 'RATE_LIMITED':
      return error.retryAfterSeconds !== undefined
        ? `Too many attempts. Try again in ${formatWait(error.retryAfterSeconds)}.`
        : error.message;
    case 'INTERNAL':
      return 'Sorry, there is a problem with the service. Try again later.';
    default:
      return error.message;
  }
}
