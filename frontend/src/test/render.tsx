import { render } from '@testing-library/react';
import type { ReactElement } from 'react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
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
