import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN } from '../test/render';
import { SessionProvider, useSession } from './session';

// The session's first request can still be on its way when the person signs
// in: its (anonymous) answer must not sign them out again.

function Who() {
  const { user, status, setUser } = useSession();
  return (
    <>
      <p>{status === 'loading' ? 'Loading' : user ? `Signed in as ${user.name}` : 'Anonymous'}</p>
      <button type="button" onClick={() => setUser(ADMIN)}>
        Sign in
      </button>
    </>
  );
}

afterEach(() => vi.unstubAllGlobals());

describe('the session', () => {
  it('keeps a sign-in that happened while the first page load was still asking who is signed in', async () => {
    let answer: (body: unknown) => void = () => {};
    vi.stubGlobal(
      'fetch',
      vi.fn(
        () =>
          new Promise<Response>((resolve) => {
            answer = (body) =>
              resolve(new Response(JSON.stringify(body), { status: 200, headers: { 'Content-Type': 'application/json' } }));
          }),
      ),
    );
    render(
      <SessionProvider>
        <Who />
      </SessionProvider>,
    );
    expect(screen.getByText('Loading')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(screen.getByText(`Signed in as ${ADMIN.name}`)).toBeInTheDocument();

    await act(async () => {
      answer({ data: { me: null } });
      await new Promise((r) => setTimeout(r, 50));
    });
    expect(screen.getByText(`Signed in as ${ADMIN.name}`)).toBeInTheDocument();
  });

  it('takes the answer of the first request when nothing changed meanwhile', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(
        async () =>
          new Response(JSON.stringify({ data: { me: null } }), { status: 200, headers: { 'Content-Type': 'application/json' } }),
      ),
    );
    render(
      <SessionProvider>
        <Who />
      </SessionProvider>,
    );
    expect(await screen.findByText('Anonymous')).toBeInTheDocument();
  });
});
