import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Checkbox, Checkboxes } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import type { Role } from '../gql/graphql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { ALL_ROLES, organisationLabel, ROLE_HINTS, ROLE_LABELS } from '../lib/format';
import type { ApiError } from '../lib/graphql-client';
import { hasRole, useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';

const OrganisationsQuery = graphql(`
  query InviteUserPage_Organisations {
    organisations {
      id
      name
      kind
    }
  }
`);

const InviteUserMutation = graphql(`
  mutation InviteUserPage_InviteUser($input: InviteUserInput!) {
    inviteUser(input: $input) {
      id
      email
    }
  }
`);

export const OFFICER_ROLES: Role[] = ['REVIEWER', 'AUTHORITY_USER'];

const FIELDS = { name: 'name', email: 'email', organisationId: 'organisation', roles: 'roles', lead: 'lead' };

export function InviteUserPage() {
  const session = useSession();
  const navigate = useNavigate();
  const isAdmin = hasRole(session.user, 'ADMIN');
  // A programme officer invites people joining a review: reviewers and
  // authority users, never leads (the API refuses anything else).
  const allowedRoles: Role[] = isAdmin ? ALL_ROLES : OFFICER_ROLES;
  const orgs = useQuery(OrganisationsQuery, {});
  const [invite, { pending, errors, setErrors }] = useMutation(InviteUserMutation);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [roles, setRoles] = useState<Role[]>([]);
  const [lead, setLead] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const formErrors = toFormErrors(errors, FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSentTo(null);
    const problems: ApiError[] = [];
    if (name.trim() === '') problems.push(validationError('name', 'Enter the person’s full name'));
    if (email.trim() === '') problems.push(validationError('email', 'Enter their email address'));
    else if (!email.includes('@'))
      problems.push(validationError('email', 'Enter an email address in the correct format, like name@example.com'));
    if (organisationId === '') problems.push(validationError('organisationId', 'Select their organisation'));
    if (roles.length === 0) problems.push(validationError('roles', 'Choose at least one role'));
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const result = await invite({
      input: { name: name.trim(), email: email.trim(), organisationId, roles, lead: isAdmin && lead },
    });
    if (!result) return;
    if (isAdmin) {
      void navigate(`/admin/users?invited=${encodeURIComponent(result.inviteUser.email)}`);
    } else {
      setSentTo(result.inviteUser.email);
      setName('');
      setEmail('');
      setOrganisationId('');
      setRoles([]);
      setLead(false);
    }
  };

  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (sentTo)
    banner = (
      <NotificationBanner variant="success" focusOnMount>
        <p>We have sent an invitation to {sentTo}.</p>
      </NotificationBanner>
    );

  const organisations = orgs.data?.organisations ?? [];
  return (
    <Page title="Invite a user" label={isAdmin ? 'Administration' : undefined} banner={banner}>
      <p>We will email them a link to set their password. The link works once and lasts 7 days.</p>
      {!isAdmin && (
        <p>
          You can invite reviewers and authority users joining a review. An authority user must belong to a local
          authority. To invite anyone else, or an authority’s lead, ask an administrator.
        </p>
      )}
      <QueryStatus loading={orgs.loading} errors={orgs.errors} />
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          id="name"
          name="name"
          label="Full name"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={formErrors.byField.name}
          width="fluid-two-thirds"
        />
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={formErrors.byField.email}
          width="fluid-two-thirds"
        />
        <Select
          id="organisation"
          name="organisation"
          label="Organisation"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={formErrors.byField.organisationId}
          options={[
            { value: '', label: 'Select an organisation' },
            ...organisations.map((o) => ({ value: o.id, label: organisationLabel(o) })),
          ]}
        />
        <Checkboxes
          id="roles"
          legend="Roles"
          hint="Select all that apply"
          error={formErrors.byField.roles}
          options={allowedRoles.map((r) => ({ value: r, label: ROLE_LABELS[r], hint: ROLE_HINTS[r] }))}
          selected={roles}
          onChange={(v) => setRoles(v as Role[])}
        />
        {isAdmin && (
          <Checkbox
            id="lead"
            label="Lead of their authority"
            hint="The Director of Education or Head of Service, who signs off for the authority (authority users only)"
            error={formErrors.byField.lead}
            checked={lead}
            onChange={setLead}
          />
        )}
        <button type="submit" className="ds_button" disabled={pending}>
          Send invitation
        </button>
      </form>
    </Page>
  );
}
