import { startTransition, useCallback } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useAuthRequired } from './auth-required';
import type { ApiError } from './graphql-client';
import { useSession } from './session';
import { signInPath } from './safe-next';

/**
 * Returns a function that, on a signed-in page, sends the user to sign in
 * (and then back here) when the server says the session has ended.
 * It returns true when it has redirected.
 */
export function useSessionExpiry(): (errors: ApiError[]) => boolean {
  const authRequired = useAuthRequired();
  const navigate = useNavigate();
  const location = useLocation();
  const { setUser } = useSession();
  return useCallback(
    (errors: ApiError[]) => {
      if (!authRequired || !errors.some((e) => e.code === 'UNAUTHENTICATED')) return false;
      // One transition for both: otherwise this page re-renders without its
      // user first and RequireAuth's redirect (without `expired`) wins.
      startTransition(() => {
        setUser(null);
        void navigate(signInPath(location.pathname + location.search, true), { replace: true });
      });
      return true;
    },
    [authRequired, navigate, location.pathname, location.search, setUser],
  );
}
