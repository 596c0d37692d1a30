import { screen, within } from '@testing-library/react';
import { MyReviewFragment } from '../components/my-reviews';
import { MyTasksFragment } from '../components/my-tasks';
import { makeFragmentData } from '../gql';
import {
  MyReviews_ListDocument as MyReviews,
  MyTasksDocument as MyTasks,
  type MyReviews_ReviewFragment,
  type MyTasks_TaskFragment,
} from '../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../test/render';
import { HomePage } from './home-page';

const OFFICER = { ...ADMIN, name: 'Olive Officer', roles: ['PROGRAMME_OFFICER' as const] };
const LEAD = { ...ADMIN, name: 'Lindsay Lead', roles: ['AUTHORITY_USER' as const], lead: true };

const review: MyReviews_ReviewFragment = {
  id: 'r260',
  targetMonth: '2026-06',
  state: 'SCHEDULED',
  hosts: [{ id: 'edinburgh', name: 'City of Edinburgh Council' }],
  programme: { id: 'p1', name: 'Collaborative Improvement 2025–26' },
};

const task = (t: MyTasks_TaskFragment) => ({ id: t.id, ...makeFragmentData(t, MyTasksFragment) });
const row = (r: MyReviews_ReviewFragment) => ({ id: r.id, ...makeFragmentData(r, MyReviewFragment) });

const signOff: MyTasks_TaskFragment = {
  id: 'SignOffFocus-r260',
  kind: 'SIGN_OFF_FOCUS',
  title: 'Sign off the focus',
  detail: 'Theme: Inclusion. You sign for City of Edinburgh Council.',
  due: '2026-06-01',
  path: '/reviews/r260/focus',
  review: { id: review.id, targetMonth: review.targetMonth, hosts: review.hosts, programme: review.programme },
};

const noReviews = answer(MyReviews, { me: { id: LEAD.id, reviews: { total: 0, items: [] } } });

describe('HomePage', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('lists the tasks the server gives, each linking to the page where it is done, in one request', async () => {
    const calls = mockOperations(answer(MyTasks, { me: { id: LEAD.id, tasks: [task(signOff)] } }), noReviews);
    renderAt(<HomePage />, { user: LEAD });
    const link = await screen.findByRole('link', {
      name: 'Sign off the focus: review of City of Edinburgh Council, June 2026',
    });
    expect(link).toHaveAttribute('href', '/reviews/r260/focus');
    expect(link).toHaveAccessibleDescription('Waiting for your sign-off');
    expect(screen.getByText(/You sign for City of Edinburgh Council\. Due by 1 June 2026\./)).toBeInTheDocument();
    expect(calls.filter((c) => c.query.includes('query MyTasks'))).toHaveLength(1);
  });

  it('says when nothing needs the person’s action', async () => {
    mockOperations(answer(MyTasks, { me: { id: ADMIN.id, tasks: [] } }), noReviews);
    renderAt(<HomePage />, { user: ADMIN });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hello, Ada Admin');
    expect(await screen.findByText('Nothing needs your action at the moment.')).toBeInTheDocument();
    expect(await screen.findByText('You take part in no review yet.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Invite a reviewer or authority user' })).not.toBeInTheDocument();
  });

  it('shows the person’s reviews beside the tasks, a page at a time', async () => {
    const calls = mockOperations(
      answer(MyTasks, { me: { id: LEAD.id, tasks: [] } }),
      answer(MyReviews, ({ offset }) => ({
        me: { id: LEAD.id, reviews: { total: 45, items: [row({ ...review, id: `r-${offset ?? 0}`, state: 'TEAM_FORMED' })] } },
      })),
    );
    renderAt(<HomePage />, { user: LEAD, url: '/?page=2' });
    const table = await screen.findByRole('table', { name: 'Your reviews' });
    const link = within(table).getByRole('link', { name: 'City of Edinburgh Council, June 2026' });
    expect(link).toHaveAttribute('href', '/reviews/r-20');
    expect(within(table).getByText('Team formed')).toBeInTheDocument();
    expect(screen.getByText('Page 2 of 3')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Next page' })).toHaveAttribute('href', '/?page=3');
    expect(calls.find((c) => c.query.includes('MyReviews_List'))?.variables).toEqual({ offset: 20, limit: 20 });
  });

  it('says so when the tasks cannot be loaded', async () => {
    mockOperations(answer(MyTasks, () => refusal('INTERNAL', 'Something went wrong')), noReviews);
    renderAt(<HomePage />, { user: LEAD });
    expect(await screen.findByText('Sorry, there is a problem with the service. Try again later.')).toBeInTheDocument();
    expect(screen.queryByText('Nothing needs your action at the moment.')).not.toBeInTheDocument();
  });

  it('offers a programme officer the invite page, and no one else', () => {
    mockOperations(answer(MyTasks, { me: { id: OFFICER.id, tasks: [] } }), noReviews);
    renderAt(<HomePage />, { user: OFFICER });
    expect(screen.getByRole('link', { name: 'Invite a reviewer or authority user' })).toHaveAttribute(
      'href',
      '/admin/users/invite',
    );
  });

  it('introduces the service to a visitor', () => {
    renderAt(<HomePage />, { user: null });
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/sign-in');
  });
});
