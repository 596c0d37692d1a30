import { render, screen } from '@testing-library/react';
import { MemoryRouter, Route, Routes, useLocation } from 'react-router';
import { TypedDocumentString } from '../gql/graphql';
import { RequireAuth } from '../components/require-auth';
import { mockGraphQL, ADMIN } from '../test/render';
import { AuthRequiredContext } from './auth-required';
import { SessionProvider } from './session';
import { useQuery } from './use-query';

const Query = new TypedDocumentString<{ frameworks: { id: string }[] }, Record<string, never>>(
  'query UseQueryTest { frameworks { id } }',
);

function Frameworks() {
  const { data, errors, loading } = useQuery(Query, {});
  if (loading) return <p>Loading</p>;
  if (errors.length > 0) return <p>Error: {errors[0]?.code}</p>;
  return <p>{data?.frameworks.length} frameworks</p>;
}

function Where() {
  const l = useLocation();
  return <output data-testid="where">{l.pathname + l.search}</output>;
}

function renderPage(authRequired: boolean) {
  return render(
    <MemoryRouter initialEntries={['/admin/outbox?status=failed']}>
      <SessionProvider initialUser={ADMIN}>
        <AuthRequiredContext.Provider value={authRequired}>
          <Routes>
            <Route path="/admin/outbox" element={<Frameworks />} />
            <Route path="/sign-in" element={<p>Sign in page</p>} />
          </Routes>
        </AuthRequiredContext.Provider>
        <Where />
      </SessionProvider>
    </MemoryRouter>,
  );
}

afterEach(() => vi.unstubAllGlobals());

const ByGroup = new TypedDocumentString<{ authorities: { name: string }[] }, { group: number }>(
  'query UseQueryByGroup($group: Int) { authorities(lgbfFamilyGroup: $group) { name } }',
);

function Authorities({ group }: { group: number }) {
  const { data, loading } = useQuery(ByGroup, { group });
  // What each render shows, so a test can see a stale answer if one slips out.
  seen.push(loading ? `loading ${group}` : `${data?.authorities.length} in ${group}`);
  return <p>{loading ? 'Loading' : `${data?.authorities.length} in group ${group}`}</p>;
}
const seen: string[] = [];

describe('useQuery', () => {
  it('never shows the answer to the previous variables as the answer to new ones', async () => {
    mockGraphQL(({ variables }) => ({
      data: { authorities: Array.from({ length: variables.group === 1 ? 8 : 3 }, (_, i) => ({ name: `A${i}` })) },
    }));
    const at = (group: number) => (
      <MemoryRouter>
        <SessionProvider initialUser={ADMIN}>
          <Authorities group={group} />
        </SessionProvider>
      </MemoryRouter>
    );
    const view = render(at(1));
    expect(await screen.findByText('8 in group 1')).toBeInTheDocument();
    seen.length = 0;
    view.rerender(at(2));
    expect(await screen.findByText('3 in group 2')).toBeInTheDocument();
    expect(seen).not.toContain('8 in 2');
    expect(seen[0]).toBe('loading 2');
  });

  it('returns the data', async () => {
    mockGraphQL(() => ({ data: { frameworks: [{ id: 'a' }, { id: 'b' }] } }));
    renderPage(false);
    expect(await screen.findByText('2 frameworks')).toBeInTheDocument();
  });

  it('sends the user to sign in, then back, when the session ended on a signed-in page', async () => {
    mockGraphQL(() => ({ data: null, errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }));
    renderPage(true);
    expect(await screen.findByText('Sign in page')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/sign-in?next=%2Fadmin%2Foutbox%3Fstatus%3Dfailed&expired=1');
  });

  it('keeps `expired` when the page behind RequireAuth loses its user', async () => {
    mockGraphQL(() => ({
      data: null,
      errors: [{ message: 'Your session has ended. Sign in again to continue.', extensions: { code: 'UNAUTHENTICATED' } }],
    }));
    render(
      <MemoryRouter initialEntries={['/admin/users?search=demo']}>
        <SessionProvider initialUser={ADMIN}>
          <Routes>
            <Route
              path="/admin/users"
              element={
                <RequireAuth roles={['ADMIN']}>
                  <Frameworks />
                </RequireAuth>
              }
            />
            <Route path="/sign-in" element={<p>Sign in page</p>} />
          </Routes>
          <Where />
        </SessionProvider>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Sign in page')).toBeInTheDocument();
    expect(screen.getByTestId('where')).toHaveTextContent('/sign-in?next=%2Fadmin%2Fusers%3Fsearch%3Ddemo&expired=1');
  });

  it('shows UNAUTHENTICATED as an error on a public page', async () => {
    mockGraphQL(() => ({ data: null, errors: [{ message: 'x', extensions: { code: 'UNAUTHENTICATED' } }] }));
    renderPage(false);
    expect(await screen.findByText('Error: UNAUTHENTICATED')).toBeInTheDocument();
  });
});
