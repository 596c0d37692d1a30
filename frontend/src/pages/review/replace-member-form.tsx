import { useEffect, useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import type { TeamRole } from '../../gql/graphql';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { ConflictBanner, isConflict } from './conflict-banner';
import { inviteeProblems, OrganisationsQuery } from './invite-form';
import { PeopleSearch } from './people-search';

const ReplaceTeamMember = graphql(`
  mutation ReplaceMemberForm_ReplaceTeamMember($memberId: UUID!, $version: Int!, $input: TeamMemberInput!) {
    replaceTeamMember(memberId: $memberId, version: $version, input: $input) {
      id
      version
    }
  }
`);

const ReplaceTeamMemberByInvite = graphql(`
  mutation ReplaceMemberForm_ReplaceTeamMemberByInvite(
    $memberId: UUID!
    $version: Int!
    $input: InviteTeamMemberInput!
  ) {
    replaceTeamMemberByInvite(memberId: $memberId, version: $version, input: $input) {
      id
      version
    }
  }
`);

/** The member being replaced. */
export interface Leaving {
  id: string;
  name: string;
  role: TeamRole;
}

const AS: Record<TeamRole, string> = { LEAD: 'the team lead', MEMBER: 'a member' };

/**
 * A programme officer chooses who replaces a member: someone found in the
 * people search, or someone invited by email. The replacement takes the
 * member's role; the member stays in the team list and the history as
 * replaced. Every id and label here names the member, so the add and invite
 * forms on the same page never share one.
 */
export function ReplaceMemberForm({
  member,
  version,
  onTeam,
  onCancel,
  onChanged,
  onStart,
  onDone,
}: {
  member: Leaving;
  version: number;
  onTeam: ReadonlySet<string>;
  onCancel: () => void;
  /** Reload the review (after a conflict). */
  onChanged: () => void;
  onStart: () => void;
  onDone: (message: string) => void;
}) {
  const prefix = `replace-${member.id}`;
  const headingId = `${prefix}-heading`;
  const searchHeadingId = `${prefix}-search-heading`;
  const inviteHeadingId = `${prefix}-invite-heading`;
  const fields = { name: `${prefix}-name`, email: `${prefix}-email`, organisationId: `${prefix}-organisation` };
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);

  const orgs = useQuery(OrganisationsQuery, {});
  const [replace, chosen] = useMutation(ReplaceTeamMember);
  const [replaceByInvite, invited] = useMutation(ReplaceTeamMemberByInvite);
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [organisationId, setOrganisationId] = useState('');
  const errors = [...chosen.errors, ...invited.errors];
  const formErrors = toFormErrors(
    errors.filter((e) => e.code !== 'CONFLICT'),
    fields,
  );
  const pending = chosen.pending || invited.pending;
  const role = AS[member.role];
  const clearErrors = () => {
    chosen.setErrors([]);
    invited.setErrors([]);
  };

  const choose = async (personId: string, personName: string) => {
    onStart();
    clearErrors();
    const result = await replace({ memberId: member.id, version, input: { userId: personId, role: member.role } });
    if (result) onDone(`${personName} replaces ${member.name} on the team, as ${role}. We have emailed them the invitation.`);
  };

  const onInvite = async (event: FormEvent) => {
    event.preventDefault();
    onStart();
    clearErrors();
    const problems = inviteeProblems(name, email, organisationId);
    if (problems.length > 0) {
      invited.setErrors(problems);
      return;
    }
    const input = { name: name.trim(), email: email.trim(), organisationId, role: member.role };
    if (await replaceByInvite({ memberId: member.id, version, input }))
      onDone(`${input.name} replaces ${member.name} on the team, as ${role}. We have emailed ${input.email} the invitation.`);
  };

  return (
    <section aria-labelledby={headingId} className="quads-replace">
      <h3 id={headingId} ref={heading} tabIndex={-1}>
        Replace {member.name}
      </h3>
      <p>
        The person you choose is invited to the team in their place, as {role}. {member.name} stays in the team list and
        the review’s history, marked as replaced.
      </p>
      {isConflict(errors) && (
        <ConflictBanner
          onReload={() => {
            clearErrors();
            onChanged();
          }}
        />
      )}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <h4 id={searchHeadingId}>Choose someone who has an account</h4>
      <PeopleSearch
        idPrefix={prefix}
        labelledBy={searchHeadingId}
        label={`Search for someone to replace ${member.name}`}
        hint="Their name or email address"
        exclude={onTeam}
        onSearch={() => {
          onStart();
          clearErrors();
        }}
        action={(u, describedBy) => (
          <button
            type="button"
            className="ds_button ds_button--small ds_button--secondary"
            aria-describedby={describedBy}
            disabled={pending}
            onClick={() => void choose(u.id, u.name)}
          >
            Choose {u.name} to replace {member.name}
          </button>
        )}
      />
      <form onSubmit={(e) => void onInvite(e)} noValidate aria-labelledby={inviteHeadingId}>
        <h4 id={inviteHeadingId}>Or invite someone by email</h4>
        <p>We will email them the review invitation, and an account invitation if they do not have an account yet.</p>
        <TextInput
          id={fields.name}
          name="name"
          label="Their full name"
          autoComplete="off"
          value={name}
          onChange={(e) => setName(e.target.value)}
          error={formErrors.byField.name}
          width="fluid-two-thirds"
        />
        <TextInput
          id={fields.email}
          name="email"
          type="email"
          label="Their email address"
          autoComplete="off"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={formErrors.byField.email}
          width="fluid-two-thirds"
        />
        <Select
          id={fields.organisationId}
          name="organisation"
          label="Their organisation"
          hint="Their affiliation on the team follows from it"
          value={organisationId}
          onChange={(e) => setOrganisationId(e.target.value)}
          error={formErrors.byField.organisationId}
          options={[
            { value: '', label: 'Select an organisation' },
            ...(orgs.data?.organisations ?? []).map((o) => ({ value: o.id, label: o.name })),
          ]}
        />
        <button type="submit" className="ds_button" disabled={pending}>
          Invite them to replace {member.name}
        </button>
      </form>
      <button type="button" className="ds_button ds_button--cancel" onClick={onCancel}>
        Cancel
      </button>
    </section>
  );
}
