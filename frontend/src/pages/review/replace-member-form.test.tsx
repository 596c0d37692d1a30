import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { makeFragmentData } from '../../gql';
import {
  PeopleSearch_UsersDocument as Users,
  ReplaceMemberForm_ReplaceTeamMemberByInviteDocument as ReplaceByInvite,
  ReplaceMemberForm_ReplaceTeamMemberDocument as Replace,
  InviteForm_OrganisationsDocument as Organisations,
  type PeopleSearch_UsersQuery,
  type TeamSection_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { TeamSection, TeamSectionFragment } from './team-section';

type Member = NonNullable<TeamSection_ReviewFragment['team']>[number];
type Found = PeopleSearch_UsersQuery['users']['items'][number];

const OFFICER = { ...ADMIN, roles: ['PROGRAMME_OFFICER' as const] };

const member = (id: string, name: string, over: Partial<Member> = {}): Member => ({
  id,
  user: { id: `u-${id}`, name, email: `${id}@example.org` },
  organisation: { id: 'o1', name: 'Fife' },
  affiliation: 'PEER_AUTHORITY',
  role: 'MEMBER',
  invitation: 'ACCEPTED',
  replaced: false,
  replacedByMemberId: null,
  ...over,
});

const data: TeamSection_ReviewFragment = {
  id: 'r1',
  version: 4,
  canChangeTeam: true,
  team: [
    member('m1', 'Lesley Lead', { role: 'LEAD', affiliation: 'ADES' }),
    member('m2', 'Dee Declined', { invitation: 'DECLINED' }),
    member('m3', 'Old Olga', { invitation: 'DECLINED', replaced: true, replacedByMemberId: 'm4' }),
    member('m4', 'Fraser Fife', { invitation: 'PENDING' }),
  ],
  conflicts: [],
};
const review = (over: Partial<TeamSection_ReviewFragment> = {}) =>
  makeFragmentData({ ...data, ...over }, TeamSectionFragment);

const orgs = [answer(Organisations, { organisations: [{ id: 'o9', name: 'Angus', kind: 'LOCAL_AUTHORITY' }] })];
const found = (items: Found[]) => answer(Users, { users: { items } });
const nina: Found = {
  id: 'u-nina',
  name: 'Nina New',
  email: 'nina@example.org',
  invitationPending: false,
  organisation: { id: 'o2', name: 'Angus' },
};
const fraser: Found = { ...nina, id: 'u-m4', name: 'Fraser Fife', email: 'm4@example.org' };

afterEach(() => vi.unstubAllGlobals());

describe('Replacing a team member', () => {
  it('offers a programme officer a Replace button for every member not already replaced, and shows who replaced whom', () => {
    mockOperations(...orgs);
    renderAt(<TeamSection review={review()} isOfficer onChanged={() => {}} />, { user: OFFICER });
    for (const name of ['Lesley Lead', 'Dee Declined', 'Fraser Fife'])
      expect(screen.getByRole('button', { name: `Replace ${name}` })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Replace Old Olga' })).not.toBeInTheDocument();
    const olga = screen.getByRole('row', { name: /Old Olga/ });
    expect(within(olga).getByText('Replaced')).toBeInTheDocument();
    expect(olga).toHaveTextContent('by Fraser Fife');
  });

  it('offers no Replace button, and no add or invite form, when the team cannot change for this viewer', () => {
    mockOperations(...orgs);
    renderAt(<TeamSection review={review({ canChangeTeam: false })} isOfficer onChanged={() => {}} />, {
      user: OFFICER,
    });
    expect(screen.queryByRole('button', { name: /^Replace / })).not.toBeInTheDocument();
    expect(screen.queryByRole('columnheader', { name: 'Change' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Invite someone to the team' })).not.toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Add someone who has an account' })).not.toBeInTheDocument();
  });

  it('replaces a declined member with someone found in search, keeping their role, and confirms it', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(...orgs, found([fraser, nina]), answer(Replace, { replaceTeamMember: { id: 'r1', version: 5 } }));
    const onChanged = vi.fn();
    renderAt(<TeamSection review={review()} isOfficer onChanged={onChanged} />, { user: OFFICER });
    await user.click(screen.getByRole('button', { name: 'Replace Dee Declined' }));
    expect(screen.getByRole('heading', { name: 'Replace Dee Declined' })).toHaveFocus();
    await user.type(screen.getByLabelText('Search for someone to replace Dee Declined'), 'n{Enter}');
    const choose = await screen.findByRole('button', { name: 'Choose Nina New to replace Dee Declined' });
    // People already on the team are not offered.
    expect(screen.queryByRole('button', { name: /Choose Fraser Fife/ })).not.toBeInTheDocument();
    await user.click(choose);
    const banner = await screen.findByRole('alert');
    expect(banner).toHaveTextContent('Nina New replaces Dee Declined on the team, as a member.');
    expect(banner).toHaveFocus();
    expect(onChanged).toHaveBeenCalled();
    expect(calls.find((c) => c.query.includes('mutation ReplaceMemberForm_ReplaceTeamMember('))?.variables).toEqual({
      memberId: 'm2',
      version: 4,
      input: { userId: 'u-nina', role: 'MEMBER' },
    });
    expect(screen.queryByRole('heading', { name: 'Replace Dee Declined' })).not.toBeInTheDocument();
  });

  it('replaces the team lead with someone invited by email, as the team lead, after checking the fields', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(...orgs, answer(ReplaceByInvite, { replaceTeamMemberByInvite: { id: 'r1', version: 5 } }));
    renderAt(<TeamSection review={review()} isOfficer onChanged={() => {}} />, { user: OFFICER });
    await user.click(screen.getByRole('button', { name: 'Replace Lesley Lead' }));
    expect(screen.getByText(/invited to the team in their place, as the team lead/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Invite them to replace Lesley Lead' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('Enter the person’s full name');
    expect(summary).toHaveTextContent('Select their organisation');
    await user.type(screen.getByLabelText('Their full name'), 'Ivy Invited');
    await user.type(screen.getByLabelText('Their email address'), 'ivy@example.org');
    await screen.findAllByRole('option', { name: 'Angus' });
    await user.selectOptions(screen.getByLabelText(/^Their organisation/), 'o9');
    await user.click(screen.getByRole('button', { name: 'Invite them to replace Lesley Lead' }));
    expect(
      await screen.findByText(
        'Ivy Invited replaces Lesley Lead on the team, as the team lead. We have emailed ivy@example.org the invitation.',
      ),
    ).toBeInTheDocument();
    expect(calls.find((c) => c.query.includes('ReplaceTeamMemberByInvite'))?.variables).toEqual({
      memberId: 'm1',
      version: 4,
      input: { name: 'Ivy Invited', email: 'ivy@example.org', organisationId: 'o9', role: 'LEAD' },
    });
  });

  it('shows a refusal in the form and keeps it open', async () => {
    const user = userEvent.setup();
    mockOperations(
      ...orgs,
      found([nina]),
      answer(Replace, refusal('VALIDATION', 'This member has already been replaced', { field: 'memberId' })),
    );
    renderAt(<TeamSection review={review()} isOfficer onChanged={() => {}} />, { user: OFFICER });
    await user.click(screen.getByRole('button', { name: 'Replace Dee Declined' }));
    await user.type(screen.getByLabelText('Search for someone to replace Dee Declined'), 'n{Enter}');
    await user.click(await screen.findByRole('button', { name: 'Choose Nina New to replace Dee Declined' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('This member has already been replaced');
    expect(screen.getByRole('heading', { name: 'Replace Dee Declined' })).toBeInTheDocument();
  });

  it('gives focus back to the Replace button when the replacement is cancelled', async () => {
    const user = userEvent.setup();
    mockOperations(...orgs);
    renderAt(<TeamSection review={review()} isOfficer onChanged={() => {}} />, { user: OFFICER });
    const replace = screen.getByRole('button', { name: 'Replace Dee Declined' });
    await user.click(replace);
    expect(replace).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Replace Dee Declined' })).not.toBeInTheDocument();
    await waitFor(() => expect(replace).toHaveFocus());
  });

  it('gives each search and invitation field on the page its own id and label', async () => {
    const user = userEvent.setup();
    mockOperations(...orgs);
    const { container } = renderAt(<TeamSection review={review()} isOfficer onChanged={() => {}} />, {
      user: OFFICER,
    });
    await user.click(screen.getByRole('button', { name: 'Replace Dee Declined' }));
    await screen.findAllByRole('option', { name: 'Angus' });
    const ids = [...container.querySelectorAll('[id]')].map((e) => e.id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    expect(screen.getByLabelText('Name or email address')).toHaveAttribute('id', 'add-search');
    expect(screen.getByLabelText('Search for someone to replace Dee Declined')).toHaveAttribute('id', 'replace-m2-search');
    const labels = [...container.querySelectorAll('label')].map((l) => l.textContent?.trim());
    expect(labels.filter((l, i) => labels.indexOf(l) !== i)).toEqual([]);
  });
});
