import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import { formatDateTime, formatRoles, userStatus } from '../lib/format';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

graphql(`
  fragment UserRow_User on User {
    id
    name
    email
    roles
    lead
    active
    invitationPending
    lastSignInAt
    organisation {
      id
      name
    }
  }
`);

const UsersQuery = graphql(`
  query AdminUsersPage_Users($search: String, $offset: Int, $limit: Int) {
    users(search: $search, offset: $offset, limit: $limit) {
      total
      items {
        ...UserRow_User
      }
    }
  }
`);

export const PAGE_SIZE = 50;

export function AdminUsersPage() {
  const [params, setParams] = useSearchParams();
  const search = params.get('search') ?? '';
  const page = Math.max(1, Number(params.get('page')) || 1);
  const [searchText, setSearchText] = useState(search);
  const { data, loading, errors } = useQuery(UsersQuery, {
    search: search || null,
    offset: (page - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  });
  const invited = params.get('invited');

  const onSearch = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (searchText.trim()) next.set('search', searchText.trim());
    setParams(next);
  };

  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.delete('invited');
    next.set('page', String(n));
    return `/admin/users?${next.toString()}`;
  };
  const lastPage = data ? Math.max(1, Math.ceil(data.users.total / PAGE_SIZE)) : 1;

  return (
    <Page
      title="Users"
      label="Administration"
      wide
      banner={
        invited ? (
          <NotificationBanner variant="success">
            <p>We have sent an invitation to {invited}.</p>
          </NotificationBanner>
        ) : null
      }
    >
      <p>
        <Link to="/admin/users/invite" className="ds_button">
          Invite a user
        </Link>
      </p>
      <form onSubmit={onSearch} role="search" aria-label="Users" className="quads-search">
        <TextInput
          id="search"
          name="search"
          type="search"
          label="Search users"
          hint="By name or email address"
          value={searchText}
          onChange={(e) => setSearchText(e.target.value)}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button ds_button--secondary">
          Search
        </button>
      </form>
      <QueryStatus loading={loading && !data} errors={errors} />
      {data && (
        <>
          <p role="status">
            {data.users.total === 1 ? '1 user' : `${data.users.total} users`}
            {search ? ` ${data.users.total === 1 ? 'matches' : 'match'} “${search}”` : ''}
          </p>
          {data.users.items.length > 0 && (
            <TableRegion label="Users">
              <table className="ds_table">
                <caption className="visually-hidden">Users</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Email address</th>
                    <th scope="col">Organisation</th>
                    <th scope="col">Roles</th>
                    <th scope="col">Status</th>
                    <th scope="col">Last signed in</th>
                  </tr>
                </thead>
                <tbody>
                  {data.users.items.map((u) => (
                    <tr key={u.id}>
                      <th scope="row">
                        <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
                      </th>
                      <td className="quads-break">{u.email}</td>
                      <td>{u.organisation.name}</td>
                      <td>{formatRoles(u.roles, u.lead)}</td>
                      <td>
                        <strong className={`ds_tag ${userStatus(u).tag}`}>{userStatus(u).label}</strong>
                      </td>
                      <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          {lastPage > 1 && (
            <nav className="ds_pagination" aria-label="Pages of users">
              <ul className="ds_pagination__list">
                {page > 1 && (
                  <li className="ds_pagination__item">
                    <Link className="ds_pagination__link ds_pagination__link--text" to={pageLink(page - 1)}>
                      Previous page
                    </Link>
                  </li>
                )}
                <li className="ds_pagination__item">
                  <span className="ds_pagination__link ds_current">
                    Page {page} of {lastPage}
                  </span>
                </li>
                {page < lastPage && (
                  <li className="ds_pagination__item">
                    <Link className="ds_pagination__link ds_pagination__link--text" to={pageLink(page + 1)}>
                      Next page
                    </Link>
                  </li>
                )}
              </ul>
            </nav>
          )}
        </>
      )}
    </Page>
  );
}
