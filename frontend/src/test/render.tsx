import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import type { TypedDocument } from '../lib/graphql-client';
import { SessionProvider, type SessionUser } from '../lib/session';

/** Shows the current location, so tests can see where a page navigated to. */
function LocationProbe() {
  const location = useLocation();
  return <output data-testid="location">{location.pathname + location.search}</output>;
}

/** Renders `element` at `url` under `path`, with a known session and no `me` request. */
export function renderAt(
  element: ReactElement,
  { url = '/', path = '/', user = null }: { url?: string; path?: string; user?: SessionUser | null } = {},
) {
  return render(
    <MemoryRouter initialEntries={[url]}>
      <SessionProvider initialUser={user}>
        <Routes>
          <Route path={path} element={element} />
          <Route path="*" element={<p>Elsewhere</p>} />
        </Routes>
        <LocationProbe />
      </SessionProvider>
    </MemoryRouter>,
  );
}

export const ADMIN: SessionUser = {
  id: '00000000-0000-0000-0000-000000000001',
  name: 'Ada Admin',
  email: 'admin@demo.quads.scot',
  roles: ['ADMIN'],
  lead: false,
  organisation: { id: '00000000-0000-0000-0000-0000000000aa', name: 'ADES', kind: 'ADES' },
};

/** A fetch stand-in that answers each GraphQL request from `answer`, recording requests. */
export function mockGraphQL(answer: (body: { query: string; variables: Record<string, unknown> }) => unknown) {
  const calls: { query: string; variables: Record<string, unknown>; init: RequestInit }[] = [];
  const fetchMock = vi.fn(async (_url: string, init: RequestInit) => {
    const body = JSON.parse(String(init.body)) as { query: string; variables: Record<string, unknown> };
    calls.push({ ...body, init });
    return new Response(JSON.stringify(answer(body)), { status: 200, headers: { 'Content-Type': 'application/json' } });
  });
  vi.stubGlobal('fetch', fetchMock);
  return calls;
}

/** The result type of a generated document. */
export type ResultOf<D> = D extends TypedDocument<infer R, infer _V> ? R : never;
/** The variables type of a generated document. */
export type VariablesOf<D> = D extends TypedDocument<infer _R, infer V> ? V : never;

const REFUSAL = Symbol('refusal');
interface Refusal {
  [REFUSAL]: true;
  errors: { message: string; extensions: Record<string, unknown> }[];
}

/** A refusal for `answer`: errors by `extensions.code`, with any other extensions (field, unmet…). */
export function refusal(code: string, message: string, extensions: Record<string, unknown> = {}): Refusal {
  return { [REFUSAL]: true, errors: [{ message, extensions: { code, ...extensions } }] };
}

interface Handler {
  name: string;
  reply: (variables: never) => unknown;
}

function operationName(document: { toString(): string }): string {
  const match = /\b(?:query|mutation)\s+(\w+)/.exec(document.toString());
  if (!match?.[1]) throw new Error('A mocked document must be a named operation');
  return match[1];
}

/**
 * One mocked operation, typed by the generated document: `reply` is the
 * answer's data (or a `refusal`), or a function of the variables the
 * component sent that returns one. A mock that no longer fits the schema
 * fails to compile: a missing or mistyped field always, an unknown field
 * when the answer is written as an object (TypeScript does not check a
 * callback's result for unknown fields).
 */
export function answer<R, V>(
  document: TypedDocument<R, V>,
  reply: NoInfer<R> | Refusal | ((variables: V) => NoInfer<R> | Refusal),
): Handler {
  const respond = typeof reply === 'function' ? reply : () => reply;
  return { name: operationName(document), reply: respond as (variables: never) => unknown };
}

/**
 * A fetch stand-in that answers each operation by its handler and records
 * the requests; an operation without a handler is answered with an error
 * naming it, so the test sees what it forgot.
 */
export function mockOperations(...handlers: Handler[]) {
  return mockGraphQL(({ query, variables }) => {
    const name = /\b(?:query|mutation)\s+(\w+)/.exec(query)?.[1] ?? '';
    const handler = handlers.find((h) => h.name === name);
    if (!handler) return { data: null, errors: [{ message: `No mock for ${name}`, extensions: { code: 'INTERNAL' } }] };
    const result = (handler.reply as (v: unknown) => unknown)(variables);
    if (typeof result === 'object' && result !== null && REFUSAL in result) {
      return { data: null, errors: (result as Refusal).errors };
    }
    return { data: result };
  });
}
