import { Link } from 'react-router';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { MyReviews } from '../components/my-reviews';
import { MyTasks } from '../components/my-tasks';
import { formatRoles } from '../lib/format';
import { useOneTimeParam } from '../lib/use-one-time-param';
import { hasRole, useSession } from '../lib/session';

function PublicHome() {
  return (
    <Page title="Quads: peer review of Scotland's education authorities" documentTitle="Home">
      <p className="ds_leader">
        Scotland's education authorities review each other's work in groups of four, with ADES, Education Scotland
        and HM Inspectors.
      </p>
      <p>Anyone can browse:</p>
      <ul>
        <li>
          <Link to="/authorities">the 32 education authorities</Link>, by LGBF family group and Regional Improvement
          Collaborative
        </li>
        <li>
          <Link to="/frameworks">the self-evaluation frameworks</Link>, with their quality indicators and six-point
          scale
        </li>
        <li>
          <Link to="/programmes">the programmes’ timetables</Link>: who hosts each review, when, and on what theme
        </li>
        <li>
          <Link to="/reports">the published reports</Link>, searchable by theme, authority and year, with the
          2021 to 2024 programme’s reviews
        </li>
      </ul>
      <h2>Taking part in a review</h2>
      <p>
        If you have an account, <Link to="/sign-in">sign in</Link> to see what needs your action.
      </p>
    </Page>
  );
}

export function HomePage() {
  const { user, status } = useSession();
  // "Your password is set" for the sign-in just done only.
  const welcome = useOneTimeParam('welcome') === '1';
  if (status === 'loading') {
    return (
      <main className="ds_layout ds_layout--article" id="main-content" tabIndex={-1}>
        <div className="ds_layout__content">
          <p role="status">Loading…</p>
        </div>
      </main>
    );
  }
  if (!user) return <PublicHome />;
  return (
    <Page
      title={`Hello, ${user.name}`}
      documentTitle="Home"
      banner={
        welcome ? (
          <NotificationBanner variant="success">
            <p>Your password is set and you are signed in.</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p className="ds_leader">
        You are signed in as {user.email}, {user.organisation.name} ({formatRoles(user.roles, user.lead)}).
      </p>
      <MyTasks />
      <MyReviews officer={hasRole(user, 'PROGRAMME_OFFICER')} />
      {hasRole(user, 'PROGRAMME_OFFICER') && !hasRole(user, 'ADMIN') && (
        <section aria-labelledby="people-heading">
          <h2 id="people-heading">People</h2>
          <p>
            <Link to="/admin/users/invite">Invite a reviewer or authority user</Link> to join a review. We email them
            a link to set their password.
          </p>
        </section>
      )}
    </Page>
  );
}
