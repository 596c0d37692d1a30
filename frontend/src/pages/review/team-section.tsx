import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Affiliation, InvitationStatus, TeamRole } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { ConflictBanner, isConflict } from './conflict-banner';
import { TableRegion } from '../../components/table-region';

export const TeamSectionFragment = graphql(`
  fragment TeamSection_Review on Review {
    id
    version
    team {
      id
      user {
        id
        name
        email
      }
      organisation {
        id
        name
      }
      affiliation
      role
      invitation
      replaced
    }
    conflicts {
      id
      description
      dismissed
      dismissalReason
      dismissedAt
      dismissedBy {
        id
        name
      }
    }
  }
`);

const OrganisationsQuery = graphql(`
  query TeamSection_Organisations {
    organisations {
      id
      name
      kind
    }
  }
`);

const UsersQuery = graphql(`
  query TeamSection_Users($search: String) {
    users(search: $search, limit: 20) {
      items {
        id
        name
        email
        invitationPending
        organisation {
          id
          name
        }
      }
    }
  }
`);

const InviteTeamMember = graphql(`
  mutation TeamSection_InviteTeamMember($reviewId: UUID!, $version: Int!, $input: InviteTeamMemberInput!) {
    inviteTeamMember(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

const AddTeamMember = graphql(`
  mutation TeamSection_AddTeamMember($reviewId: UUID!, $version: Int!, $input: TeamMemberInput!) {
    addTeamMember(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
    }
  }
`);

const DismissConflict = graphql(`
  mutation TeamSection_DismissConflict($id: UUID!, $version: Int!, $reason: String!) {
    dismissConflict(id: $id, version: $version, reason: $reason) {
      id
      dismissed
    }
  }
`);

export const AFFILIATION_LABELS: Record<Affiliation, string> = {
  HOST: 'Host authority',
  ADES: 'ADES',
  EDUCATION_SCOTLAND: 'Education Scotland',
  HM_INSPECTORS: 'HM Inspectors',
  PEER_AUTHORITY: 'Peer authority',
  PARTNER: 'Partner',
};
const INVITATION_TAGS: Record<InvitationStatus, { label: string; tag: string }> = {
  PENDING: { label: 'Invited', tag: 'ds_tag--yellow' },
  ACCEPTED: { label: 'Accepted', tag: 'ds_tag--green' },
  DECLINED: { label: 'Declined', tag: 'ds_tag--red' },
};
const ROLE_OPTIONS = [
  { value: 'MEMBER', label: 'Member' },
  { value: 'LEAD', label: 'Team lead' },
];

export function TeamSection({
  isOfficer,
  onChanged,
  ...props
}: {
  review: FragmentType<typeof TeamSectionFragment>;
  isOfficer: boolean;
  onChanged: () => void;
}) {
  const review = getFragmentData(TeamSectionFragment, props.review);
  const team = review.team ?? [];
  const conflicts = review.conflicts ?? [];
  // One confirmation at a time: each action's replaces the last, and a new
  // action clears it before it starts.
  const [notice, setNotice] = useState<{ text: string; n: number } | null>(null);
  const report = (text: string) => {
    setNotice((last) => ({ text, n: (last?.n ?? 0) + 1 }));
    onChanged();
  };
  const clear = () => setNotice(null);
  const onTeam = new Set(team.filter((m) => !m.replaced).map((m) => m.user.id));
  return (
    <section aria-labelledby="team-heading">
      <h2 id="team-heading">Team</h2>
      {notice && (
        <NotificationBanner variant="success" focusOnMount key={notice.n}>
          <p>{notice.text}</p>
        </NotificationBanner>
      )}
      {team.length === 0 ? (
        <p>Nobody has been invited yet.</p>
      ) : (
        <TableRegion label="Team members">
          <table className="ds_table" id="team-table">
            <caption className="visually-hidden">Team members</caption>
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Organisation</th>
                <th scope="col">Affiliation</th>
                <th scope="col">Role</th>
                <th scope="col">Invitation</th>
              </tr>
            </thead>
            <tbody>
              {team.map((m) => {
                const status = INVITATION_TAGS[m.invitation];
                return (
                  <tr key={m.id}>
                    <td>
                      {m.user.name}
                      <br />
                      <span className="quads-small">{m.user.email}</span>
                    </td>
                    <td>{m.organisation.name}</td>
                    <td>{AFFILIATION_LABELS[m.affiliation]}</td>
                    <td>{m.role === 'LEAD' ? 'Team lead' : 'Member'}</td>
                    <td>
                      {m.replaced ? (
                        <strong className="ds_tag ds_tag--grey">Replaced</strong>
                      ) : (
                        <strong className={`ds_tag ${status.tag}`}>{status.label}</strong>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
      <h3 id="conflicts-heading">Conflicts of interest</h3>
      {conflicts.length === 0 ? (
        <p>No conflicts of interest have been found.</p>
      ) : (
        <ul className="ds_no-bullets" aria-labelledby="conflicts-heading">
          {conflicts.map((c) => (
            <li key={c.id} className="quads-conflict">
              <p>
                {c.dismissed ? (
                  <strong className="ds_tag ds_tag--grey">Dismissed</strong>
                ) : (
                  <strong className="ds_tag ds_tag--red">Open</strong>
                )}{' '}
                {c.description}
              </p>
              {c.dismissed ? (
                <p>
                  Dismissed by {c.dismissedBy?.name ?? 'a programme officer'} on {formatDateTime(c.dismissedAt)}:{' '}
                  {c.dismissalReason}
                </p>
              ) : (
                isOfficer && <DismissConflictForm id={c.id} version={review.version} onStart={clear} onDone={report} />
              )}
            </li>
          ))}
        </ul>
      )}
      {isOfficer && (
        <InviteForm reviewId={review.id} version={review.version} onChanged={onChanged} onStart={clear} onDone={report} />
      )}
      {isOfficer && (
        <AddExistingForm
          reviewId={review.id}
          version={review.version}
          onTeam={onTeam}
          onStart={clear}
          onDone={report}
        />
      )}
    </section>
  );
}

interface Reports {
  /** An action starts: the last confirmation goes. */
  onStart: () => void;
  /** An action succeeded: its confirmation. */
  onDone: (message: string) => void;
}

function DismissConflictForm({ id, version, onStart, onDone }: { id: string; version: number } & Reports) {
  const [reason, setReason] = useState('');
  const [dismiss, { pending, errors, setErrors }] = useMutation(DismissConflict);
  const fieldId = `dismiss-${id}`;
  const formErrors = toFormErrors(errors, { reason: fieldId });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (reason.trim() === '') {
      setErrors([validationError('reason', 'Enter why the conflict can be dismissed')]);
      return;
    }
    onStart();
    if (await dismiss({ id, version, reason: reason.trim() })) onDone('The conflict of interest has been dismissed.');
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate>
      <Textarea
        id={fieldId}
        name="reason"
        label="Why can this conflict be dismissed?"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={formErrors.byField.reason ?? formErrors.items[0]?.text}
        rows={3}
      />
      <button type="submit" className="ds_button ds_button--secondary" disabled={pending}>
        Dismiss the conflict
      </button>
    </form>
  );
}

const INVITE_FIELDS = { name: 'member-name', email: 'member-email', organisationId: 'member-organisation', role: 'member-role' };

function InviteForm({
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
    const problems: ApiError[] = [];
    if (name.trim() === '') problems.push(validationError('name', 'Enter the person’s full name'));
    if (email.trim() === '') problems.push(validationError('email', 'Enter their email address'));
    else if (!email.includes('@'))
      problems.push(validationError('email', 'Enter an email address in the correct format, like name@example.com'));
    if (organisationId === '') problems.push(validationError('organisationId', 'Select their organisation'));
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

/** Programme officers search people with accounts; those already on the team are not offered. */
function AddExistingForm({
  reviewId,
  version,
  onTeam,
  onStart,
  onDone,
}: { reviewId: string; version: number; onTeam: ReadonlySet<string> } & Reports) {
  const [search, setSearch] = useState('');
  const [submitted, setSubmitted] = useState<string | null>(null);
  const users = useQuery(UsersQuery, { search: submitted }, { skip: submitted === null });
  const [add, { pending, errors }] = useMutation(AddTeamMember);
  const formErrors = toFormErrors(errors);
  const offered = users.data?.users.items.filter((u) => !onTeam.has(u.id));
  return (
    <div>
      <h3 id="search-heading">Add someone who has an account</h3>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <form
        onSubmit={(e) => {
          e.preventDefault();
          onStart();
          setSubmitted(search.trim());
        }}
        noValidate
        role="search"
        aria-labelledby="search-heading"
      >
        <TextInput
          id="user-search"
          name="search"
          label="Name or email address"
          value={search}
          onChange={(e) => setSearch(e.target.value)}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button ds_button--secondary">
          Search
        </button>
      </form>
      {offered && offered.length === 0 && <p>Nobody who is not on the team yet matches “{submitted}”.</p>}
      {offered && offered.length > 0 && (
        <ul className="ds_no-bullets">
          {offered.map((u) => (
            <li key={u.id}>
              {u.name} ({u.email}, {u.organisation.name}){' '}
              {u.invitationPending && (
                <>
                  <strong className="ds_tag ds_tag--yellow">Invitation not yet accepted</strong>{' '}
                  <span id={`pending-${u.id}`} className="quads-small">
                    They cannot sign in until they set a password: their review invitation will include a link to set
                    one.
                  </span>{' '}
                </>
              )}
              <button
                type="button"
                className="ds_button ds_button--small ds_button--secondary"
                aria-describedby={u.invitationPending ? `pending-${u.id}` : undefined}
                disabled={pending}
                onClick={() => {
                  onStart();
                  void add({ reviewId, version, input: { userId: u.id, role: 'MEMBER' } }).then(
                    (r) => r && onDone(`We have added ${u.name} to the team as a member.`),
                  );
                }}
              >
                Add {u.name} as a member
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
