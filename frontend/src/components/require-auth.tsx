import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import type { Role } from '../gql/graphql';
import { AuthRequiredContext } from '../lib/auth-required';
import { signInPath } from '../lib/safe-next';
import { useSession } from '../lib/session';
import { Page } from './page';

/** Shows its children only to a signed-in user (with one of `roles`, when given). */
export function RequireAuth({ children, roles }: { children: ReactNode; roles?: Role[] }) {
  const session = useSession();
  const location = useLocation();

  if (session.status === 'loading') {
    return (
      <main className="ds_layout ds_layout--article" id="main-content" tabIndex={-1}>
        <div className="ds_layout__content">
          <p role="status">Loading…</p>
        </div>
      </main>
    );
  }
  if (!session.user) {
    return <Navigate to={signInPath(location.pathname + location.search, false)} replace />;
  }
  if (roles && !roles.some((r) => session.user?.roles.includes(r))) {
    return (
      <Page title="You do not have permission to see this page">
        <p>Your account cannot open this page. If you think it should, ask an administrator.</p>
      </Page>
    );
  }
  return <AuthRequiredContext.Provider value={true}>{children}</AuthRequiredContext.Provider>;
}
