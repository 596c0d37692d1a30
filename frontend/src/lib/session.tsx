import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { SessionUserFragment } from '../gql/graphql';
import { Provider as GraphQLProvider } from 'urql';
import { createGraphQLClient, execute } from './graphql-client';

const SessionUserFragment = graphql(`
  fragment SessionUser on User {
    id
    name
    email
    roles
    lead
    organisation {
      id
      name
      kind
    }
  }
`);

const SessionQuery = graphql(`
  query Session_Me {
    me {
      ...SessionUser
    }
  }
`);

export type SessionUser = SessionUserFragment;

/** The signed-in user from an answer that spreads `...SessionUser` (sign in, accept an invitation, me). */
export function sessionUser(ref: FragmentType<typeof SessionUserFragment>): SessionUser {
  return getFragmentData(SessionUserFragment, ref);
}
export type SessionStatus = 'loading' | 'ready' | 'error';

export interface Session {
  status: SessionStatus;
  user: SessionUser | null;
  /** Replace the signed-in user after sign in, sign out or expiry. */
  setUser: (user: SessionUser | null) => void;
  refresh: () => Promise<void>;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children, initialUser }: { children: ReactNode; initialUser?: SessionUser | null }) {
  const [user, setUser] = useState<SessionUser | null>(initialUser ?? null);
  const [status, setStatus] = useState<SessionStatus>(initialUser === undefined ? 'loading' : 'ready');

  // Each change of user (a refresh starting, a sign-in or sign-out) takes
  // the next number; an answer to a refresh is applied only if nothing
  // changed the user after that refresh began. Without this, the anonymous
  // answer to the first page load's request could arrive after a quick
  // sign-in and sign the person out again.
  const changes = useRef(0);

  const replaceUser = useCallback((next: SessionUser | null) => {
    changes.current += 1;
    setUser(next);
    setStatus('ready');
  }, []);

  const refresh = useCallback(async () => {
    changes.current += 1;
    const ticket = changes.current;
    try {
      const data = await execute(SessionQuery);
      if (changes.current !== ticket) return;
      setUser(data.me ? sessionUser(data.me) : null);
      setStatus('ready');
    } catch {
      if (changes.current !== ticket) return;
      // An anonymous visitor can still use the public pages.
      setUser(null);
      setStatus('error');
    }
  }, []);

  useEffect(() => {
    if (initialUser === undefined) void refresh();
  }, [initialUser, refresh]);

  const value = useMemo<Session>(
    () => ({ status, user, setUser: replaceUser, refresh }),
    [status, user, replaceUser, refresh],
  );
  // Each user gets a client with an empty document cache: nothing cached for
  // one person is shown to the next on the same browser.
  const userId = user?.id ?? null;
  const client = useMemo(() => (void userId, createGraphQLClient()), [userId]);
  return (
    <SessionContext.Provider value={value}>
      <GraphQLProvider value={client}>{children}</GraphQLProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession must be used inside <SessionProvider>');
  return session;
}

export function hasRole(user: SessionUser | null, role: SessionUser['roles'][number]): boolean {
  return user !== null && user.roles.includes(role);
}
