import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Checkbox, Checkboxes } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { graphql } from '../gql';
import type { Role, UserRow_UserFragment } from '../gql/graphql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { ALL_ROLES, formatDateTime, ROLE_HINTS, ROLE_LABELS } from '../lib/format';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';
import { NotFoundPage } from './not-found-page';

// The draft contract has no user(id) query: read the first page of users
// and pick this one out. (Asked of the server: `user(id: UUID!): User!`.)
const UserQuery = graphql(`
  query AdminUserPage_Users {
    users(offset: 0, limit: 500) {
      items {
        ...UserRow_User
        createdAt
      }
    }
  }
`);

const SetRolesMutation = graphql(`
  mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {
    setUserRoles(id: $id, roles: $roles, lead: $lead) {
      ...UserRow_User
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation AdminUserPage_DeactivateUser($id: UUID!) {
    deactivateUser(id: $id) {
      ...UserRow_User
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation AdminUserPage_ReactivateUser($id: UUID!) {
    reactivateUser(id: $id) {
      ...UserRow_User
    }
  }
`);

export function AdminUserPage() {
  const { id = '' } = useParams();
  const query = useQuery(UserQuery, {});
  const [setUserRoles, rolesState] = useMutation(SetRolesMutation);
  const [deactivate, deactivateState] = useMutation(DeactivateMutation);
  const [reactivate, reactivateState] = useMutation(ReactivateMutation);
  const [user, setUser] = useState<(UserRow_UserFragment & { createdAt?: string }) | null>(null);
  const [roles, setRoles] = useState<Role[]>([]);
  const [lead, setLead] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const found = query.data?.users.items.find((u) => u.id === id) ?? null;
    setUser(found);
    if (found) {
      setRoles([...found.roles]);
      setLead(found.lead);
    }
  }, [query.data, id]);

  const errors = [...rolesState.errors, ...deactivateState.errors, ...reactivateState.errors];
  const formErrors = toFormErrors(errors, { roles: 'roles', lead: 'lead' });

  if (query.data && !user && !query.loading) return <NotFoundPage />;
  if (!user) {
    return (
      <Page title="User" label="Administration">
        <QueryStatus loading={query.loading} errors={query.errors} />
      </Page>
    );
  }

  const onSaveRoles = async (event: FormEvent) => {
    event.preventDefault();
    setMessage(null);
    if (roles.length === 0) {
      rolesState.setErrors([validationError('roles', 'Select at least one role')]);
      return;
    }
    const result = await setUserRoles({ id: user.id, roles, lead });
    if (result) {
      setUser({ ...user, ...result.setUserRoles });
      setMessage(`${user.name}’s roles have been saved.`);
    }
  };

  const onToggleActive = async () => {
    setMessage(null);
    if (user.active) {
      const result = await deactivate({ id: user.id });
      if (result) {
        setUser({ ...user, ...result.deactivateUser });
        setMessage(`${user.name} has been deactivated and can no longer sign in.`);
      }
    } else {
      const result = await reactivate({ id: user.id });
      if (result) {
        setUser({ ...user, ...result.reactivateUser });
        setMessage(`${user.name} has been reactivated.`);
      }
    }
  };

  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (message)
    banner = (
      <NotificationBanner variant="success" focusOnMount key={message}>
        <p>{message}</p>
      </NotificationBanner>
    );

  return (
    <Page title={user.name} label="Administration: user" banner={banner}>
      <dl className="ds_summary-list">
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Email address</dt>
          <dd className="ds_summary-list__value quads-break">{user.email}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Organisation</dt>
          <dd className="ds_summary-list__value">{user.organisation.name}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Status</dt>
          <dd className="ds_summary-list__value">{user.active ? 'Active' : 'Deactivated'}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Last signed in</dt>
          <dd className="ds_summary-list__value">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never'}</dd>
        </div>
      </dl>

      <h2>Roles</h2>
      <form onSubmit={(e) => void onSaveRoles(e)} noValidate>
        <Checkboxes
          id="roles"
          legend="Roles"
          hint="Select all that apply"
          error={formErrors.byField.roles}
          options={ALL_ROLES.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
          selected={roles}
          onChange={(v) => setRoles(v as Role[])}
        />
        <Checkbox
          id="lead"
          label="Lead of their authority"
          hint="The Director of Education or Head of Service, who signs off for the authority"
          checked={lead}
          onChange={setLead}
        />
        <button type="submit" className="ds_button" disabled={rolesState.pending}>
          Save roles
        </button>
      </form>

      <h2>{user.active ? 'Deactivate account' : 'Reactivate account'}</h2>
      <p>
        {user.active
          ? 'A deactivated user cannot sign in. Their past work stays in the reviews they took part in.'
          : 'A reactivated user can sign in again with their existing password.'}
      </p>
      <button
        type="button"
        className={`ds_button ${user.active ? 'ds_button--secondary' : ''}`}
        onClick={() => void onToggleActive()}
        disabled={deactivateState.pending || reactivateState.pending}
      >
        {user.active ? `Deactivate ${user.name}` : `Reactivate ${user.name}`}
      </button>
      <p>
        <Link to="/admin/users">All users</Link>
      </p>
    </Page>
  );
}
