import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import {
  InviteForm_InviteTeamMemberDocument as InviteTeamMember,
  InviteForm_OrganisationsDocument as Organisations,
  PeopleSearch_UsersDocument as Users,
  TeamSection_AddTeamMemberDocument as AddTeamMember,
  TeamSection_DismissConflictDocument as DismissConflict,
  type PeopleSearch_UsersQuery,
  type TeamSection_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, renderAt } from '../../test/render';
import { TeamSection, TeamSectionFragment } from './team-section';

type Member = NonNullable<TeamSection_ReviewFragment['team']>[number];
type Found = PeopleSearch_UsersQuery['users']['items'][number];

const member = (id: string, name: string, over: Partial<Member> = {}): Member => ({
  id,
  user: { id: `u-${id}`, name, email: `${id}@example.org` },
  organisation: { id: 'o1', name: 'Fife' },
  affiliation: 'PEER_AUTHORITY',
  role: 'MEMBER',
  invitation: 'PENDING',
  replaced: false,
  replacedByMemberId: null,
  ...over,
});

const data: TeamSection_ReviewFragment = {
  id: 'r1',
  version: 2,
  canChangeTeam: true,
  team: [
    member('m1', 'Lesley Lead', { role: 'LEAD', invitation: 'ACCEPTED', affiliation: 'ADES' }),
    member('m2', 'Fraser Fife'),
    member('m3', 'Dee Declined', { invitation: 'DECLINED' }),
  ],
  conflicts: [
    {
      id: 'c1',
      description: 'Fife and Edinburgh would review each other.',
      dismissed: false,
      dismissalReason: null,
      dismissedAt: null,
      dismissedBy: null,
    },
    {
      id: 'c2',
      description: 'An old conflict.',
      dismissed: true,
      dismissalReason: 'Different phases in practice.',
      dismissedAt: '2026-03-02T10:00:00Z',
      dismissedBy: { id: 'u9', name: 'Morag Officer' },
    },
  ],
};
const review = makeFragmentData(data, TeamSectionFragment);
/** As the server sends it to someone who cannot change the team. */
const readOnly = makeFragmentData({ ...data, canChangeTeam: false }, TeamSectionFragment);

const noOrganisations = answer(Organisations, { organisations: [] });
const found = (items: Found[]) => answer(Users, { users: { items } });

afterEach(() => vi.unstubAllGlobals());

describe('TeamSection', () => {
  it('shows each member’s affiliation, role and invitation status, and conflicts with their dismissal', () => {
    mockOperations(noOrganisations);
    renderAt(<TeamSection review={readOnly} isOfficer={false} onChanged={() => {}} />, { user: ADMIN });
    const rows = screen.getAllByRole('row');
    expect(rows[1]).toHaveTextContent('Lesley Lead');
    expect(rows[1]).toHaveTextContent('ADES');
    expect(rows[1]).toHaveTextContent('Team lead');
    expect(rows[1]).toHaveTextContent('Accepted');
    expect(rows[2]).toHaveTextContent('Peer authority');
    expect(rows[2]).toHaveTextContent('Invited');
    expect(rows[3]).toHaveTextContent('Declined');
    expect(screen.getByText(/Dismissed by Morag Officer/)).toHaveTextContent('Different phases in practice.');
    expect(screen.queryByRole('button', { name: 'Dismiss the conflict' })).not.toBeInTheDocument();
  });

  it('keeps the team table in its own labelled region that takes keyboard focus, to scroll on a narrow screen', () => {
    mockOperations(noOrganisations);
    renderAt(<TeamSection review={readOnly} isOfficer={false} onChanged={() => {}} />, { user: ADMIN });
    const region = screen.getByRole('region', { name: 'Team members' });
    expect(region).toHaveAttribute('tabindex', '0');
    expect(region).toContainElement(screen.getByRole('table'));
  });

  it('lets a programme officer dismiss a conflict with a reason', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      noOrganisations,
      answer(DismissConflict, { dismissConflict: { id: 'c1', dismissed: true } }),
    );
    const onChanged = vi.fn();
    renderAt(<TeamSection review={review} isOfficer onChanged={onChanged} />, {
      user: { ...ADMIN, roles: ['PROGRAMME_OFFICER'] },
    });
    await user.click(screen.getByRole('button', { name: 'Dismiss the conflict' }));
    expect(await screen.findByText('Enter why the conflict can be dismissed', { selector: 'p *, p' })).toBeInTheDocument();
    await user.type(screen.getByLabelText('Why can this conflict be dismissed?'), 'Not in the same phase.');
    await user.click(screen.getByRole('button', { name: 'Dismiss the conflict' }));
    await waitFor(() => expect(onChanged).toHaveBeenCalled());
    expect(calls.find((c) => c.query.includes('DismissConflict'))?.variables).toEqual({
      id: 'c1',
      version: 2,
      reason: 'Not in the same phase.',
    });
  });

  it('lets a programme officer search for people with accounts to add to the team', () => {
    mockOperations(noOrganisations);
    renderAt(<TeamSection review={review} isOfficer onChanged={() => {}} />, {
      user: { ...ADMIN, roles: ['PROGRAMME_OFFICER'] },
    });
    expect(screen.getByRole('heading', { name: 'Add someone who has an account' })).toBeInTheDocument();
    expect(screen.getByLabelText('Name or email address')).toBeInTheDocument();
  });

  it('does not offer the search to people who are not programme officers', () => {
    mockOperations(noOrganisations);
    renderAt(<TeamSection review={readOnly} isOfficer={false} onChanged={() => {}} />, { user: ADMIN });
    expect(screen.queryByRole('heading', { name: 'Add someone who has an account' })).not.toBeInTheDocument();
  });

  it('offers from search only people not on the team yet, and confirms each one added', async () => {
    const user = userEvent.setup();
    mockOperations(
      noOrganisations,
      found([
        { id: 'u-m2', name: 'Fraser Fife', email: 'm2@example.org', invitationPending: false, organisation: { id: 'o1', name: 'Fife' } },
        { id: 'u-new', name: 'Nina New', email: 'nina@example.org', invitationPending: false, organisation: { id: 'o2', name: 'Angus' } },
      ]),
      answer(AddTeamMember, { addTeamMember: { id: 'r1', version: 3 } }),
    );
    const onChanged = vi.fn();
    renderAt(<TeamSection review={review} isOfficer onChanged={onChanged} />, {
      user: { ...ADMIN, roles: ['PROGRAMME_OFFICER'] },
    });
    await user.type(screen.getByLabelText('Name or email address'), 'f');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const add = await screen.findByRole('button', { name: 'Add Nina New as a member' });
    expect(screen.queryByRole('button', { name: 'Add Fraser Fife as a member' })).not.toBeInTheDocument();
    await user.click(add);
    expect(await screen.findByText('We have added Nina New to the team as a member.')).toBeInTheDocument();
    expect(onChanged).toHaveBeenCalled();
  });

  it('marks people found in search who have not accepted their account invitation, and only them', async () => {
    const user = userEvent.setup();
    mockOperations(
      noOrganisations,
      found([
        { id: 'u-pat', name: 'Pat Pending', email: 'pat@example.org', invitationPending: true, organisation: { id: 'o3', name: 'Education Scotland' } },
        { id: 'u-sam', name: 'Sam Signed', email: 'sam@example.org', invitationPending: false, organisation: { id: 'o2', name: 'Angus' } },
      ]),
    );
    renderAt(<TeamSection review={review} isOfficer onChanged={() => {}} />, {
      user: { ...ADMIN, roles: ['PROGRAMME_OFFICER'] },
    });
    await user.type(screen.getByLabelText('Name or email address'), 'a');
    await user.click(screen.getByRole('button', { name: 'Search' }));
    const pat = (await screen.findByRole('button', { name: 'Add Pat Pending as a member' })).closest('li')!;
    expect(pat).toHaveTextContent('Invitation not yet accepted');
    expect(screen.getByRole('button', { name: 'Add Pat Pending as a member' })).toHaveAccessibleDescription(
      /cannot sign in until they set a password/,
    );
    const sam = screen.getByRole('button', { name: 'Add Sam Signed as a member' });
    expect(sam.closest('li')).not.toHaveTextContent('Invitation not yet accepted');
    expect(sam).not.toHaveAccessibleDescription(/password/);
  });

  it('shows one confirmation at a time: a later action replaces the earlier one’s', async () => {
    const user = userEvent.setup();
    mockOperations(
      answer(Organisations, { organisations: [{ id: 'o9', name: 'Angus', kind: 'LOCAL_AUTHORITY' }] }),
      answer(DismissConflict, { dismissConflict: { id: 'c1', dismissed: true } }),
      answer(InviteTeamMember, { inviteTeamMember: { id: 'r1', version: 3 } }),
    );
    renderAt(<TeamSection review={review} isOfficer onChanged={() => {}} />, {
      user: { ...ADMIN, roles: ['PROGRAMME_OFFICER'] },
    });
    await user.type(screen.getByLabelText('Full name'), 'Nina New');
    await user.type(screen.getByLabelText('Email address'), 'nina@example.org');
    await screen.findByRole('option', { name: 'Angus' });
    await user.selectOptions(screen.getByLabelText(/^Organisation/), 'o9');
    await user.click(screen.getByRole('button', { name: 'Invite to the team' }));
    expect(await screen.findByText('We have invited nina@example.org to the team.')).toBeInTheDocument();
    await user.type(screen.getByLabelText('Why can this conflict be dismissed?'), 'Not in the same phase.');
    await user.click(screen.getByRole('button', { name: 'Dismiss the conflict' }));
    expect(await screen.findByText('The conflict of interest has been dismissed.')).toBeInTheDocument();
    expect(screen.queryByText('We have invited nina@example.org to the team.')).not.toBeInTheDocument();
  });
});
