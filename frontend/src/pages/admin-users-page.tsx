import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { Pagination, pageParam } from '../components/pagination';
import { QueryStatus } from '../components/query-errors';
import { TextInput } from '../components/text-input';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import { formatDateTime, formatRoles, userStatus } from '../lib/format';
import { useQuery } from '../lib/use-query';
import { TableRegion } from '../components/table-region';

const UserRowFragment = graphql(`
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
  const page = pageParam(params);
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
                  {data.users.items.map((u, i) => (
                    <UserRow key={i} user={u} />
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          <Pagination label="Pages of users" page={page} total={data.users.total} pageSize={PAGE_SIZE} href={pageLink} />
        </>
      )}
    </Page>
  );
}

/** One user in the list: name (linking to their page), organisation, roles, status and last sign-in. */
function UserRow({ user }: { user: FragmentType<typeof UserRowFragment> }) {
  const u = getFragmentData(UserRowFragment, user);
  const status = userStatus(u);
  return (
    <tr>
      <th scope="row">
        <Link to={`/admin/users/${u.id}`}>{u.name}</Link>
      </th>
      <td className="quads-break">{u.email}</td>
      <td>{u.organisation.name}</td>
      <td>{formatRoles(u.roles, u.lead)}</td>
      <td>
        <strong className={`ds_tag ${status.tag}`}>{status.label}</strong>
      </td>
      <td>{u.lastSignInAt ? formatDateTime(u.lastSignInAt) : 'Never'}</td>
    </tr>
  );
}
