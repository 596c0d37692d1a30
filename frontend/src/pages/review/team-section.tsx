import { useEffect, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { TableRegion } from '../../components/table-region';
import { Textarea } from '../../components/textarea';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import type { Affiliation, InvitationStatus } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { useMutation } from '../../lib/use-mutation';
import { InviteForm } from './invite-form';
import { PeopleSearch } from './people-search';
import { ReplaceMemberForm } from './replace-member-form';

export const TeamSectionFragment = graphql(`
  fragment TeamSection_Review on Review {
    id
    version
    canChangeTeam
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
      replacedByMemberId
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
  const names = new Map(team.map((m) => [m.id, m.user.name]));
  // Adding, inviting and replacing are offered only when they can succeed:
  // to a programme officer, before the visit starts.
  const canChange = review.canChangeTeam === true;
  const [replacing, setReplacing] = useState<string | null>(null);
  const leaving = canChange ? team.find((m) => m.id === replacing && !m.replaced) : undefined;
  // Cancelling a replacement gives focus back to the button that began it.
  const [refocus, setRefocus] = useState<string | null>(null);
  useEffect(() => {
    if (refocus) document.getElementById(`replace-button-${refocus}`)?.focus();
  }, [refocus]);
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
                {canChange && (
                  <th scope="col">
                    <span className="visually-hidden">Change</span>
                  </th>
                )}
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
                        <>
                          <strong className="ds_tag ds_tag--grey">Replaced</strong>
                          {m.replacedByMemberId && names.has(m.replacedByMemberId) && (
                            <>
                              <br />
                              <span className="quads-small">by {names.get(m.replacedByMemberId)}</span>
                            </>
                          )}
                        </>
                      ) : (
                        <strong className={`ds_tag ${status.tag}`}>{status.label}</strong>
                      )}
                    </td>
                    {canChange && (
                      <td>
                        {!m.replaced && (
                          <button
                            type="button"
                            id={`replace-button-${m.id}`}
                            className="ds_button ds_button--small ds_button--secondary"
                            aria-expanded={replacing === m.id}
                            onClick={() => {
                              clear();
                              setRefocus(null);
                              setReplacing(m.id);
                            }}
                          >
                            Replace <span className="visually-hidden">{m.user.name}</span>
                          </button>
                        )}
                      </td>
                    )}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableRegion>
      )}
      {leaving && (
        <ReplaceMemberForm
          key={leaving.id}
          member={{ id: leaving.id, name: leaving.user.name, role: leaving.role }}
          version={review.version}
          onTeam={onTeam}
          onCancel={() => {
            setReplacing(null);
            setRefocus(leaving.id);
          }}
          onChanged={onChanged}
          onStart={clear}
          onDone={(message) => {
            setReplacing(null);
            report(message);
          }}
        />
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
      {canChange && (
        <InviteForm reviewId={review.id} version={review.version} onChanged={onChanged} onStart={clear} onDone={report} />
      )}
      {canChange && (
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

export interface Reports {
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

/** Programme officers search people with accounts; those already on the team are not offered. */
function AddExistingForm({
  reviewId,
  version,
  onTeam,
  onStart,
  onDone,
}: { reviewId: string; version: number; onTeam: ReadonlySet<string> } & Reports) {
  const [add, { pending, errors }] = useMutation(AddTeamMember);
  const formErrors = toFormErrors(errors);
  return (
    <div>
      <h3 id="search-heading">Add someone who has an account</h3>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <PeopleSearch
        idPrefix="add"
        labelledBy="search-heading"
        label="Name or email address"
        exclude={onTeam}
        onSearch={onStart}
        action={(u, describedBy) => (
          <button
            type="button"
            className="ds_button ds_button--small ds_button--secondary"
            aria-describedby={describedBy}
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
        )}
      />
    </div>
  );
}
