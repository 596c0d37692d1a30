import { useEffect, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { Checkbox, Checkboxes } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { getFragmentData, graphql, type FragmentType } from '../gql';
import type { AdminUserPage_UserFragment, Role } from '../gql/graphql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { ALL_ROLES, formatDateTime, ROLE_HINTS, ROLE_LABELS, userStatus } from '../lib/format';
import type { ApiError } from '../lib/graphql-client';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';
import { NotFoundPage } from './not-found-page';

const UserFragment = graphql(`
  fragment AdminUserPage_User on User {
    id
    name
    email
    roles
    lead
    active
    invitationPending
    lastSignInAt
    createdAt
    organisation {
      id
      name
    }
  }
`);

type UserRef = FragmentType<typeof UserFragment>;
const unmask = (user: UserRef): AdminUserPage_UserFragment => getFragmentData(UserFragment, user);

const UserQuery = graphql(`
  query AdminUserPage_User($id: UUID!) {
    user(id: $id) {
      ...AdminUserPage_User
    }
  }
`);

const SetRolesMutation = graphql(`
  mutation AdminUserPage_SetUserRoles($id: UUID!, $roles: [Role!]!, $lead: Boolean!) {
    setUserRoles(id: $id, roles: $roles, lead: $lead) {
      ...AdminUserPage_User
    }
  }
`);

const DeactivateMutation = graphql(`
  mutation AdminUserPage_DeactivateUser($id: UUID!) {
    deactivateUser(id: $id) {
      ...AdminUserPage_User
    }
  }
`);

const ReactivateMutation = graphql(`
  mutation AdminUserPage_ReactivateUser($id: UUID!) {
    reactivateUser(id: $id) {
      ...AdminUserPage_User
    }
  }
`);

const ResendInvitationMutation = graphql(`
  mutation AdminUserPage_ResendInvitation($id: UUID!) {
    resendInvitation(id: $id) {
      ...AdminUserPage_User
    }
  }
`);

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * The API names the argument at fault; on this page `id` means the account
 * the button acts on, so the summary links to that button. An authority user
 * outside a local authority (`organisationId`) is a problem with the roles.
 */
function onThisPage(errors: ApiError[], idTarget: string): ApiError[] {
  return errors.map((e) =>
    e.code === 'VALIDATION' && e.field === 'id'
      ? { ...e, field: idTarget }
      : e.code === 'VALIDATION' && e.field === 'organisationId'
        ? { ...e, field: 'roles' }
        : e,
  );
}

export function AdminUserPage() {
  const { id = '' } = useParams();
  const validId = UUID_PATTERN.test(id);
  const query = useQuery(UserQuery, { id }, { skip: !validId });
  const [setUserRoles, rolesState] = useMutation(SetRolesMutation);
  const [deactivate, deactivateState] = useMutation(DeactivateMutation);
  const [reactivate, reactivateState] = useMutation(ReactivateMutation);
  const [resend, resendState] = useMutation(ResendInvitationMutation);
  const [user, setUser] = useState<AdminUserPage_UserFragment | null>(null);
  const [roles, setRoles] = useState<Role[]>([]);
  const [lead, setLead] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  useEffect(() => {
    const found = query.data?.user ? unmask(query.data.user) : null;
    setUser(found);
    if (found) {
      setRoles([...found.roles]);
      setLead(found.lead);
    }
  }, [query.data]);

  const errors = [
    ...onThisPage(rolesState.errors, 'roles'),
    ...onThisPage(deactivateState.errors, 'active'),
    ...onThisPage(reactivateState.errors, 'active'),
    ...onThisPage(resendState.errors, 'resend'),
  ];
  const formErrors = toFormErrors(errors, {
    roles: 'roles',
    lead: 'lead',
    active: 'toggle-active',
    resend: 'resend-invitation',
  });

  if (!validId || query.errors.some((e) => e.code === 'NOT_FOUND')) return <NotFoundPage />;
  if (!user) {
    return (
      <Page title="User" label="Administration">
        <QueryStatus loading={query.loading} errors={query.errors} />
      </Page>
    );
  }

  const clearMessages = () => {
    setMessage(null);
    rolesState.setErrors([]);
    deactivateState.setErrors([]);
    reactivateState.setErrors([]);
    resendState.setErrors([]);
  };

  const onSaveRoles = async (event: FormEvent) => {
    event.preventDefault();
    clearMessages();
    if (roles.length === 0) {
      rolesState.setErrors([validationError('roles', 'Choose at least one role')]);
      return;
    }
    const result = await setUserRoles({ id: user.id, roles, lead });
    if (result) {
      setUser(unmask(result.setUserRoles));
      setMessage(`${user.name}’s roles have been saved.`);
    }
  };

  const onToggleActive = async () => {
    clearMessages();
    if (user.active) {
      const result = await deactivate({ id: user.id });
      if (result) {
        setUser(unmask(result.deactivateUser));
        setMessage(`${user.name} has been deactivated and can no longer sign in.`);
      }
    } else {
      const result = await reactivate({ id: user.id });
      if (result) {
        setUser(unmask(result.reactivateUser));
        setMessage(`${user.name} has been reactivated.`);
      }
    }
  };

  const onResend = async () => {
    clearMessages();
    const result = await resend({ id: user.id });
    if (result) {
      setUser(unmask(result.resendInvitation));
      setMessage(`We have sent a new invitation to ${user.email}. Earlier invitation links no longer work.`);
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
          <dd className="ds_summary-list__value">{userStatus(user).label}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Account created</dt>
          <dd className="ds_summary-list__value">{formatDateTime(user.createdAt)}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Last signed in</dt>
          <dd className="ds_summary-list__value">{user.lastSignInAt ? formatDateTime(user.lastSignInAt) : 'Never'}</dd>
        </div>
      </dl>

      {user.invitationPending && user.active && (
        <>
          <h2>Invitation</h2>
          <p>
            {user.name} has not yet set a password. A new invitation emails them a new link (valid for 7 days);
            earlier links stop working.
          </p>
          <button
            type="button"
            id="resend-invitation"
            className="ds_button ds_button--secondary"
            onClick={() => void onResend()}
            disabled={resendState.pending}
          >
            Resend invitation
          </button>
        </>
      )}

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
          hint="The Director of Education or Head of Service, who signs off for the authority (authority users only)"
          error={formErrors.byField.lead}
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
          ? 'A deactivated user cannot sign in, and any session they have ends at once. Their past work stays in the reviews they took part in.'
          : 'A reactivated user can sign in again with their existing password.'}
      </p>
      {formErrors.byField.active && (
        <p className="ds_question__error-message" id="toggle-active-error">
          <span className="visually-hidden">Error: </span>
          {formErrors.byField.active}
        </p>
      )}
      <button
        type="button"
        id="toggle-active"
        className={`ds_button ${user.active ? 'ds_button--secondary' : ''}`}
        onClick={() => void onToggleActive()}
        disabled={deactivateState.pending || reactivateState.pending}
        aria-describedby={formErrors.byField.active ? 'toggle-active-error' : undefined}
      >
        {user.active ? `Deactivate ${user.name}` : `Reactivate ${user.name}`}
      </button>
      <p>
        <Link to="/admin/users">All users</Link>
      </p>
    </Page>
  );
}
