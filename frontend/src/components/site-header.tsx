import { startTransition, useState } from 'react';
import { Link, NavLink, useLocation, useNavigate } from 'react-router';
import { graphql } from '../gql';
import { hasRole, useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';
import { Icon } from './icon';
import { ErrorSummary } from './error-summary';
import { PhaseBanner } from './phase-banner';

const SignOutMutation = graphql(`
  mutation SiteHeader_SignOut {
    signOut
  }
`);

interface NavItem {
  to: string;
  label: string;
  end?: boolean;
}

function navItems(session: ReturnType<typeof useSession>): NavItem[] {
  const items: NavItem[] = [];
  if (session.user) items.push({ to: '/', label: 'Home', end: true });
  items.push({ to: '/programmes', label: 'Programmes' }, { to: '/reports', label: 'Reports' }, { to: '/quads', label: 'Quads' });
  items.push({ to: '/authorities', label: 'Authorities' }, { to: '/frameworks', label: 'Frameworks' });
  if (hasRole(session.user, 'ADMIN')) {
    items.push({ to: '/admin/users', label: 'Users' }, { to: '/admin/outbox', label: 'Outbox' });
  }
  if (session.user) items.push({ to: '/me/reminders', label: 'Reminders' }, { to: '/account/password', label: 'Change password' });
  else if (session.status !== 'loading') items.push({ to: '/sign-in', label: 'Sign in' });
  return items;
}

function NavList({ items, onSignOut, signedIn }: { items: NavItem[]; onSignOut: () => void; signedIn: boolean }) {
  return (
    <ul className="ds_site-navigation__list">
      {items.map((item) => (
        <li className="ds_site-navigation__item" key={item.to}>
          <NavLink
            to={item.to}
            end={item.end ?? false}
            className={({ isActive }) => `ds_site-navigation__link${isActive ? ' ds_current' : ''}`}
          >
            {item.label}
          </NavLink>
        </li>
      ))}
      {signedIn && (
        <li className="ds_site-navigation__item">
          <button type="button" className="ds_site-navigation__link quads-link-button" onClick={onSignOut}>
            Sign out
          </button>
        </li>
      )}
    </ul>
  );
}

export function SiteHeader() {
  const session = useSession();
  const navigate = useNavigate();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const [signOut, signOutState] = useMutation(SignOutMutation);
  const items = navItems(session);

  // Close the mobile menu when the page changes.
  const [lastPath, setLastPath] = useState(location.pathname);
  if (lastPath !== location.pathname) {
    setLastPath(location.pathname);
    setMenuOpen(false);
  }

  const onSignOut = async () => {
    const result = await signOut({});
    if (result) {
      // One transition for both, so a signed-in-only page never renders
      // without its user (its own redirect to sign in would win the race).
      startTransition(() => {
        session.setUser(null);
        void navigate('/sign-in?signedOut=1');
      });
    }
  };

  return (
    <header className="ds_site-header ds_site-header--gradient">
      <div className="ds_wrapper">
        <div className="ds_site-header__content">
          <div className="ds_site-branding">
            <Link className="ds_site-branding__link" to="/">
              <span className="quads-brand">Quads</span>
              <span className="visually-hidden"> home page</span>
            </Link>
            <p className="quads-tagline">Peer review of Scotland's education authorities</p>
          </div>
          <div className="ds_site-header__controls">
            <button
              type="button"
              aria-controls="mobile-navigation"
              aria-expanded={menuOpen}
              className={`ds_site-header__control${menuOpen ? ' ds_site-header__control--active' : ''}`}
              onClick={() => setMenuOpen((open) => !open)}
            >
              <span className="ds_site-header__control-text">Menu</span>
              <Icon name="menu" className="ds_site-header__control-icon" />
              <Icon name="close" className="ds_site-header__control-icon ds_site-header__control-icon--active-icon" />
            </button>
          </div>
          <nav
            id="mobile-navigation"
            className={`ds_site-navigation ds_site-navigation--mobile${menuOpen ? ' ds_site-navigation--open' : ''}`}
            aria-label="Main"
          >
            <NavList items={items} onSignOut={() => void onSignOut()} signedIn={session.user !== null} />
          </nav>
        </div>
      </div>
      <div className="ds_site-header__navigation">
        <div className="ds_wrapper">
          <nav className="ds_site-navigation" aria-label="Main">
            <NavList items={items} onSignOut={() => void onSignOut()} signedIn={session.user !== null} />
          </nav>
        </div>
      </div>
      <PhaseBanner />
      {signOutState.errors.length > 0 && (
        <div className="ds_wrapper">
          <ErrorSummary
            title="Signing out failed: you are still signed in"
            items={signOutState.errors.map((e) => ({ text: e.message }))}
          />
        </div>
      )}
    </header>
  );
}
