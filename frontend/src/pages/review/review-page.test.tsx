import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  InvitationAnswer_RespondDocument as Respond,
  ReviewActions_AgreeFocusDocument as AgreeFocus,
  ReviewPage_PublicReviewDocument as PublicReviewQuery,
  ReviewPage_ReviewDocument as ReviewQuery,
  type FocusForm_ReviewFragment,
  type ReviewActions_ReviewFragment,
  type ReviewPage_PublicReviewQuery,
  type ReviewPage_ReviewQuery,
  type ReviewSummary_ReviewFragment,
  type TeamSection_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { ReviewPage } from './review-page';

// Each part of the page declares its fragment; the mocks build the review
// from those fragments' generated types, so a field the schema drops or
// renames fails to compile here.

type CommandCheck = NonNullable<ReviewActions_ReviewFragment['nextCommand']>;
type Review = NonNullable<ReviewPage_ReviewQuery['review']>;
type PublicReview = NonNullable<ReviewPage_PublicReviewQuery['review']>;

const summary: ReviewSummary_ReviewFragment = {
  state: 'SCHEDULED',
  phase: 1,
  targetMonth: '2026-11',
  theme: null,
  publishedReportUrl: null,
  programme: { id: 'p1', name: 'Quads 2026-27' },
  hosts: [{ id: 'h1', name: 'City of Edinburgh' }],
};
const check: CommandCheck = {
  command: 'AGREE_FOCUS',
  label: 'Agree the focus',
  allowed: true,
  forbiddenReason: null,
  unmet: [{ code: 'FOCUS_THEME_MISSING', message: 'The focus has no theme yet.' }],
};
// What the viewer may do with the focus is the server's decision.
const focus: NonNullable<FocusForm_ReviewFragment['focus']> = {
  theme: null,
  keyQuestions: [],
  scope: null,
  canEdit: true,
  canSignOff: true,
  canReopen: false,
  signOffs: [],
};
type Team = NonNullable<TeamSection_ReviewFragment['team']>;

/** The public fields, as the public query answers them. */
const base = (): PublicReview => {
  const own: Omit<PublicReview, ' $fragmentRefs'> = {
    id: 'r1',
    targetMonth: summary.targetMonth,
    programme: summary.programme,
    hosts: summary.hosts,
  };
  return { ...own, ...summary } as PublicReview;
};

/** The whole review as its team and officers see it: the page's own fields and each part's fragment. */
function full(
  change: {
    state?: ReviewSummary_ReviewFragment['state'];
    nextCommand?: CommandCheck;
    availableCommands?: CommandCheck[];
    focus?: Partial<typeof focus>;
    team?: Team;
    canAnswerInvitation?: boolean;
  } = {},
): Review {
  const id = 'r1';
  const version = 2;
  const team = change.team ?? [];
  const state = change.state ?? summary.state;
  const own: Omit<Review, ' $fragmentRefs'> = {
    id,
    version,
    state,
    targetMonth: summary.targetMonth,
    programme: summary.programme,
    hosts: summary.hosts,
    team: team.map((m) => ({ id: m.id, user: { id: m.user.id }, role: m.role, invitation: m.invitation, replaced: m.replaced })),
    latestEvent: null,
    canReschedule: false,
    canAnswerInvitation: change.canAnswerInvitation ?? false,
  };
  const parts: [
    ReviewSummary_ReviewFragment,
    ReviewActions_ReviewFragment,
    FocusForm_ReviewFragment,
    TeamSection_ReviewFragment,
  ] = [
    { ...summary, state },
    {
      id,
      version,
      nextCommand: change.nextCommand ?? check,
      availableCommands: change.availableCommands ?? [change.nextCommand ?? check],
    },
    { id, version, hosts: summary.hosts, focus: { ...focus, ...change.focus } },
    { id, version, canChangeTeam: false, team, conflicts: [] },
  ];
  // The answer holds every fragment's fields; masking hides them from the page.
  return Object.assign({}, ...parts, own) as Review;
}
const OFFICER = { ...ADMIN, name: 'Olive Officer', roles: ['PROGRAMME_OFFICER' as const] };

afterEach(() => vi.unstubAllGlobals());

describe('ReviewPage', () => {
  it('shows a signed-out visitor the public fields and a way to sign in and come back', async () => {
    const calls = mockOperations(answer(PublicReviewQuery, { review: base() }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: null });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('City of Edinburgh, November 2026: Quads 2026-27');
    expect(screen.getByRole('link', { name: 'sign in to answer your invitation' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Freviews%2Fr1',
    );
    expect(calls.every((c) => c.query.includes('ReviewPage_PublicReview'))).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Next step' })).not.toBeInTheDocument();
  });

  it('shows a command whose guards are unmet as its checklist, with no button that would fail', async () => {
    mockOperations(answer(ReviewQuery, { review: full() }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.getByText('Before you can agree the focus:')).toBeInTheDocument();
    expect(document.getElementById('next-checklist')).toHaveTextContent('The focus has no theme yet.');
    expect(screen.queryByRole('button', { name: 'Agree the focus' })).not.toBeInTheDocument();
    expect(document.querySelector('[aria-current="step"]')).toHaveTextContent('Scheduled');
  });

  it('shows a refusal’s unmet guards when the server refuses a command the page thought ready', async () => {
    const user = userEvent.setup();
    const ready = { ...check, unmet: [] };
    mockOperations(
      answer(AgreeFocus, () =>
        refusal('GUARD_FAILED', 'The focus cannot be agreed yet.', {
          unmet: [
            { code: 'FOCUS_THEME_MISSING', message: 'The focus has no theme yet.' },
            { code: 'FOCUS_PROGRAMME_SIGN_OFF_MISSING', message: 'No programme officer has signed off the focus.' },
          ],
        }),
      ),
      answer(ReviewQuery, { review: full({ nextCommand: ready }) }),
    );
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.getByText('Everything needed is in place.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Agree the focus' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('You cannot agree the focus yet');
    expect(summary).toHaveTextContent('No programme officer has signed off the focus.');
    expect(document.getElementById('next-checklist')).toHaveTextContent('No programme officer has signed off the focus.');
  });

  it('offers the history downloads', async () => {
    mockOperations(answer(ReviewQuery, { review: full() }));
    renderAt(<ReviewPage />, { url: '/reviews/r1/history', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/reviews/r1/history.csv');
    expect(screen.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/reviews/r1/history.json');
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  });

  it('offers “sign off” only until the viewer has signed', async () => {
    const signed = full({
      focus: {
        canSignOff: false,
        signOffs: [
          {
            user: { id: OFFICER.id, name: OFFICER.name },
            authority: null,
            asProgrammeOfficer: true,
            signedAt: '2026-03-01T10:00:00Z',
          },
        ],
      },
    });
    mockOperations(answer(ReviewQuery, { review: signed }));
    renderAt(<ReviewPage />, { url: '/reviews/r1/focus', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Sign-offs' })).toBeInTheDocument();
    expect(screen.getByText('Signed off')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Sign off the focus' })).not.toBeInTheDocument();
  });

  it('offers “sign off” to an officer who has not signed', async () => {
    mockOperations(answer(ReviewQuery, { review: full() }));
    renderAt(<ReviewPage />, { url: '/reviews/r1/focus', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('button', { name: 'Sign off the focus' })).toBeInTheDocument();
  });

  it('shows a side action whose guards are unmet as its checklist, and one that can be made without “Everything needed is in place”', async () => {
    const postpone: CommandCheck = { command: 'POSTPONE', label: 'Postpone the review', allowed: true, forbiddenReason: null, unmet: [] };
    const resume: CommandCheck = {
      command: 'WITHDRAW',
      label: 'Withdraw the review',
      allowed: true,
      forbiddenReason: null,
      unmet: [{ code: 'REASON_REQUIRED', message: 'Something is missing.' }],
    };
    mockOperations(answer(ReviewQuery, { review: full({ availableCommands: [check, postpone, resume] }) }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Other actions' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Postpone the review' })).toBeInTheDocument();
    expect(screen.queryByText('Everything needed is in place.')).not.toBeInTheDocument();
    expect(screen.getByRole('heading', { name: 'Withdraw the review' })).toBeInTheDocument();
    expect(screen.getByText('Something is missing.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Withdraw the review' })).not.toBeInTheDocument();
  });

  it('shows its month as words and its state tag in the state’s colour', async () => {
    mockOperations(answer(ReviewQuery, { review: full({ state: 'POSTPONED' }) }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: OFFICER });
    const month = await screen.findByText('November 2026');
    expect(month.tagName).toBe('DD');
    for (const tag of screen.getAllByText('Postponed', { selector: '.ds_tag' })) {
      expect(tag).toHaveClass('ds_tag--yellow');
    }
  });

  it('is “Page not found” for a review that does not exist', async () => {
    mockOperations(answer(ReviewQuery, refusal('NOT_FOUND', 'No such review')));
    renderAt(<ReviewPage />, { url: '/reviews/r404', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });

  /** The viewer's own pending invitation, as the team lists it. */
  const pendingInvitation: Team = [
    {
      id: 'm1',
      user: { id: OFFICER.id, name: OFFICER.name, email: OFFICER.email },
      organisation: { id: 'o1', name: 'Fife' },
      affiliation: 'PEER_AUTHORITY',
      role: 'MEMBER',
      invitation: 'PENDING',
      replaced: false,
      replacedByMemberId: null,
    },
  ];
  const REVIEWER = { ...OFFICER, roles: ['REVIEWER' as const] };

  it('asks an invitee for their answer while the server says the invitation can be answered', async () => {
    mockOperations(answer(ReviewQuery, { review: full({ team: pendingInvitation, canAnswerInvitation: true }) }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: REVIEWER });
    expect(await screen.findByRole('heading', { name: 'Your invitation' })).toBeInTheDocument();
    expect(screen.getByRole('group', { name: 'Will you join the team?' })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Send your answer' })).toBeInTheDocument();
  });

  it.each([
    ['WITHDRAWN' as const, 'This review was withdrawn: your invitation no longer needs an answer.'],
    ['CLOSED' as const, 'This review is closed: your invitation no longer needs an answer.'],
    ['VISIT_IN_PROGRESS' as const, 'Your invitation can no longer be answered at this stage of the review.'],
  ])('tells an invitee whose pending invitation can no longer be answered (%s) why, with no form that would fail', async (state, why) => {
    mockOperations(answer(ReviewQuery, { review: full({ state, team: pendingInvitation, canAnswerInvitation: false }) }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: REVIEWER });
    const section = (await screen.findByRole('heading', { name: 'Your invitation' })).closest('section');
    expect(section).toHaveTextContent(why);
    expect(screen.queryByRole('group', { name: 'Will you join the team?' })).not.toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send your answer' })).not.toBeInTheDocument();
  });

  it('says nothing about an invitation to a viewer who has none', async () => {
    mockOperations(answer(ReviewQuery, { review: full({ state: 'WITHDRAWN' }) }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Overview' })).toBeInTheDocument();
    expect(screen.queryByRole('heading', { name: 'Your invitation' })).not.toBeInTheDocument();
  });

  it('keeps the confirmation of a declined invitation when the review then shows only its public fields', async () => {
    const user = userEvent.setup();
    let answered = false;
    const invited = full({ team: pendingInvitation, canAnswerInvitation: true });
    mockOperations(
      answer(Respond, () => {
        answered = true;
        return { respondToTeamInvitation: { id: 'm1', invitation: 'DECLINED' as const } };
      }),
      answer(PublicReviewQuery, { review: base() }),
      answer(ReviewQuery, () => (answered ? refusal('FORBIDDEN', 'Not yours') : { review: invited })),
    );
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: REVIEWER });
    await user.click(await screen.findByLabelText('No, I cannot join'));
    await user.click(screen.getByRole('button', { name: 'Send your answer' }));
    expect(await screen.findByText(/Only the review’s team/)).toBeInTheDocument();
    expect(screen.getByText('You have declined the invitation.')).toBeInTheDocument();
  });
});
