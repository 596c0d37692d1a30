// The one GraphQL client of the app: a POST of JSON to /graphql with the
// session cookie, and errors turned into typed values by extensions.code.

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
  | 'NETWORK';

export interface ApiError {
  code: ErrorCode;
  message: string;
  /** The input field at fault, for VALIDATION errors. */
  field?: string;
  /** Seconds to wait, for RATE_LIMITED errors. */
  retryAfterSeconds?: number;
  /** Unmet guards for GUARD_FAILED (`extensions.unmet`), when the server lists them. */
  guards?: { code: string; message: string }[];
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
  return error;
}

export interface ExecuteOptions {
  signal?: AbortSignal;
}

export async function execute<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  ...[variables, options]: TVariables extends Record<string, never>
    ? [variables?: TVariables, options?: ExecuteOptions]
    : [variables: TVariables, options?: ExecuteOptions]
): Promise<TResult> {
  let response: Response;
  try {
    response = await fetch('/graphql', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
      body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }),
      signal: options?.signal ?? null,
    });
  } catch (e) {
    if (e instanceof DOMException && e.name === 'AbortError') throw e;
    throw new GraphQLRequestError([
      { code: 'NETWORK', message: 'The service could not be reached. Check your connection and try again.' },
    ]);
  }

  let body: unknown;
  try {
    body = await response.json();
  } catch {
    throw new GraphQLRequestError([
      { code: 'INTERNAL', message: `The service sent an unexpected response (HTTP ${response.status}).` },
    ]);
  }
  if (!isRecord(body)) {
    throw new GraphQLRequestError([{ code: 'INTERNAL', message: 'The service sent an unexpected response.' }]);
  }
  if (Array.isArray(body.errors) && body.errors.length > 0) {
    throw new GraphQLRequestError(body.errors.filter(isRecord).map((e) => toApiError(e as RawError)));
  }
  if (!isRecord(body.data)) {
    throw new GraphQLRequestError([{ code: 'INTERNAL', message: 'The service sent no data.' }]);
  }
  return body.data as TResult;
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
