import { useState } from 'react';
import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { MemoryRouter } from 'react-router';
import { TypedDocumentString } from '../gql/graphql';
import { ADMIN, mockGraphQL } from '../test/render';
import { SessionProvider, useSession, type SessionUser } from './session';
import { useMutation } from './use-mutation';
import { useQuery } from './use-query';

// The behaviours urql's document cache adds to the hooks, and the request
// shape the server's CSRF check insists on, seen through real components.

const Quads = new TypedDocumentString<{ quads: { __typename?: 'Quad'; id: string; name: string }[] }, Record<string, never>>(
  'query GraphqlCacheTest_Quads { quads { id name } }',
);
const Rename = new TypedDocumentString<
  { updateQuad: { __typename?: 'Quad'; id: string; name: string } },
  { id: string; name: string }
>('mutation GraphqlCacheTest_Rename($id: UUID!, $name: String!) { updateQuad(id: $id, input: { name: $name }) { id name } }');

function QuadList() {
  const { data, loading, errors } = useQuery(Quads, {});
  if (errors.length > 0) return <p>Error: {errors[0]?.code}</p>;
  return (
    <>
      <p>{data ? data.quads.map((q) => q.name).join(', ') : 'No data'}</p>
      {loading && <p>Loading</p>}
    </>
  );
}

function RenameButton() {
  const [rename, { errors }] = useMutation(Rename);
  return (
    <>
      <button type="button" onClick={() => void rename({ id: 'q1', name: 'Forth' })}>
        Rename
      </button>
      {errors.map((e) => (
        <p key={e.message}>Refused: {e.code}</p>
      ))}
    </>
  );
}

function SwitchUser({ to }: { to: SessionUser | null }) {
  const { setUser } = useSession();
  return (
    <button type="button" onClick={() => setUser(to)}>
      Switch user
    </button>
  );
}

function Page({ list = true }: { list?: boolean }) {
  return (
    <MemoryRouter>
      <SessionProvider initialUser={ADMIN}>
        {list && <QuadList />}
        <RenameButton />
        <SwitchUser to={{ ...ADMIN, id: '00000000-0000-0000-0000-000000000009' }} />
      </SessionProvider>
    </MemoryRouter>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the GraphQL hooks', () => {
  it('send queries and mutations as JSON POSTs with the session cookie, never as GET', async () => {
    const calls = mockGraphQL(({ query }) =>
      query.includes('mutation')
        ? { data: { updateQuad: { __typename: 'Quad', id: 'q1', name: 'Forth' } } }
        : { data: { quads: [{ __typename: 'Quad', id: 'q1', name: 'Tay' }] } },
    );
    render(<Page />);
    expect(await screen.findByText('Tay')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    await waitFor(() => expect(calls.some((c) => c.query.includes('mutation GraphqlCacheTest_Rename'))).toBe(true));
    for (const call of calls) {
      expect(call.init.method).toBe('POST');
      expect(call.init.credentials).toBe('same-origin');
      expect(new Headers(call.init.headers).get('Content-Type')).toBe('application/json');
    }
  });

  it('asks again for the queries that hold a type a mutation answered with', async () => {
    let name = 'Tay';
    const calls = mockGraphQL(({ query, variables }) => {
      if (query.includes('mutation')) {
        name = String(variables.name);
        return { data: { updateQuad: { __typename: 'Quad', id: 'q1', name } } };
      }
      return { data: { quads: [{ __typename: 'Quad', id: 'q1', name }] } };
    });
    render(<Page />);
    expect(await screen.findByText('Tay')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('Forth')).toBeInTheDocument();
    expect(calls.filter((c) => c.query.includes('GraphqlCacheTest_Quads'))).toHaveLength(2);
  });

  it('maps a refused mutation to its extensions.code', async () => {
    mockGraphQL(({ query }) =>
      query.includes('mutation')
        ? { data: null, errors: [{ message: 'Changed meanwhile', extensions: { code: 'CONFLICT' } }] }
        : { data: { quads: [] } },
    );
    render(<Page list={false} />);
    await userEvent.click(screen.getByRole('button', { name: 'Rename' }));
    expect(await screen.findByText('Refused: CONFLICT')).toBeInTheDocument();
  });

  it('shows a cached answer at once when a page comes back, and still asks the server', async () => {
    let name = 'Tay';
    let release = () => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    const calls: string[] = [];
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => {
        calls.push(name);
        // The second answer waits until the test has seen the cached one.
        if (calls.length > 1) await held;
        return new Response(JSON.stringify({ data: { quads: [{ __typename: 'Quad', id: 'q1', name }] } }), {
          headers: { 'Content-Type': 'application/json' },
        });
      }),
    );
    function Toggle() {
      const [shown, setShown] = useState(true);
      return (
        <>
          <button type="button" onClick={() => setShown((s) => !s)}>
            Toggle
          </button>
          {shown && <QuadList />}
        </>
      );
    }
    render(
      <MemoryRouter>
        <SessionProvider initialUser={ADMIN}>
          <Toggle />
        </SessionProvider>
      </MemoryRouter>,
    );
    expect(await screen.findByText('Tay')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Toggle' }));
    name = 'Forth';
    await userEvent.click(screen.getByRole('button', { name: 'Toggle' }));
    // The cached answer, marked as still loading, until the server's comes.
    expect(screen.getByText('Tay')).toBeInTheDocument();
    expect(screen.getByText('Loading')).toBeInTheDocument();
    release();
    expect(await screen.findByText('Forth')).toBeInTheDocument();
    expect(screen.queryByText('Loading')).not.toBeInTheDocument();
    expect(calls).toHaveLength(2);
  });

  it('never shows one user’s cached answers to the next user', async () => {
    let name = 'Tay';
    mockGraphQL(() => ({ data: { quads: [{ __typename: 'Quad', id: 'q1', name }] } }));
    render(<Page />);
    expect(await screen.findByText('Tay')).toBeInTheDocument();
    name = 'Forth';
    await act(async () => {
      await userEvent.click(screen.getByRole('button', { name: 'Switch user' }));
    });
    expect(screen.queryByText('Tay')).not.toBeInTheDocument();
    expect(await screen.findByText('Forth')).toBeInTheDocument();
  });
});
