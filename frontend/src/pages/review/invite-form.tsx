import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import type { TeamRole } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { ConflictBanner, isConflict } from './conflict-banner';
import type { Reports } from './team-section';

/** The organisations an invitee can belong to (the invitation forms share it). */
export const OrganisationsQuery = graphql(`
  query InviteForm_Organisations {
    organisations {
      id
      name
      kind
    }
  }
`);

const InviteTeamMember = graphql(`
  mutation InviteForm_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {
    inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

const ROLE_OPTIONS = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'LEAD', label: 'Team lead' },
];

/** What is missing or wrong in an invitation by email, before it is sent. */
export function inviteeProblems(name: string, email: string, organisationId: string): ApiError[] {
  const problems: ApiError[] = [];
  if (name.trim() === '') problems.push(validationError('name', 'Enter the person’s full name'));
  if (email.trim() === '') problems.push(validationError('email', 'Enter their email address'));
  else if (!email.includes('@'))
    problems.push(validationError('email', 'Enter an email address in the correct format, like name@example.com'));
  if (organisationId === '') problems.push(validationError('organisationId', 'Select their organisation'));
  return problems;
}

const INVITE_FIELDS = { name: 'member-name', email: 'member-email', organisationId: 'member-organisation', role: 'member-role' };

/** A programme officer invites someone to the team by email, with their organisation and role. */
export function InviteForm({
  reviewId,
  version,
  onChanged,
  onStart,
  onDone,
}: { reviewId: string; version: number; onChanged: () => void } & Reports) {
  const orgs = useQuery(OrganisationsQuery, {});
  const [invite, { pending, errors, setErrors }] = useMutation(InviteTeamMember);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const [role, setRole] = useState<TeamRole>('MEMBER');
  const formErrors = toFormErrors(
    errors.filter((e) => e.code !== 'CONFLICT'),
    INVITE_FIELDS,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    onStart();
    const problems = inviteeProblems(name, email, organisationId);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const result = await invite({
      reviewId,
      version,
      input: { name: name.trim(), email: email.trim(), organisationId, role },
    });
    if (result) {
      onDone(`We have invited ${email.trim()} to the team.`);
      setName('');
      setEmail('');
      setOrganisationId('');
      setRole('MEMBER');
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="invite-heading">
      <h3 id="invite-heading">Invite someone to the team</h3>
      <p>We will email them the review invitation, and an account invitation if they do not have an account yet.</p>
      {isConflict(errors) && (
        <ConflictBanner
          onReload={() => {
            setErrors([]);
            onChanged();
          }}
        />
      )}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <TextInput
        id="member-name"
        name="name"
        label="Full name"
        autoComplete="off"
        value={name}
        onChange={(e) => setName(e.target.value)}
        error={formErrors.byField.name}
        width="fluid-two-thirds"
      />
      <TextInput
        id="member-email"
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
        id="member-organisation"
        name="organisation"
        label="Organisation"
        hint="Their affiliation on the team follows from it"
        value={organisationId}
        onChange={(e) => setOrganisationId(e.target.value)}
        error={formErrors.byField.organisationId}
        options={[
          { value: '', label: 'Select an organisation' },
          ...(orgs.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name })),
        ]}
      />
      <Radios
        id="member-role"
        name="role"
        legend="Role on the team"
        options={ROLE_OPTIONS}
        value={role}
        onChange={(v) => setRole(v as TeamRole)}
        error={formErrors.byField.role}
        inline
      />
      <button type="submit" className="ds_button" disabled={pending}>
        Invite to the team
      </button>
    </form>
  );
}
