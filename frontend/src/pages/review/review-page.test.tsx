import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../../test/render';
import { ReviewPage } from './review-page';

const base = {
  id: 'r1',
  version: 2,
  state: 'SCHEDULED',
  phase: 1,
  targetMonth: '2026-11',
  theme: null,
  imported: false,
  publishedReportUrl: null,
  programme: { id: 'p1', name: 'Quads 2026-27' },
  hosts: [{ id: 'h1', name: 'City of Edinburgh' }],
};
const check = {
  command: 'AGREE_FOCUS',
  label: 'Agree the focus',
  allowed: true,
  forbiddenReason: null,
  unmet: [{ code: 'FOCUS_THEME_MISSING', message: 'The focus has no theme yet.' }],
};
const full = {
  ...base,
  quad: null,
  focus: { theme: null, keyQuestions: [], scope: null, signOffs: [] },
  team: [],
  conflicts: [],
  latestEvent: null,
  history: [],
  nextCommand: check,
  availableCommands: [check],
};
const OFFICER = { ...ADMIN, name: 'Olive Officer', roles: ['PROGRAMME_OFFICER' as const] };

afterEach(() => vi.unstubAllGlobals());

describe('ReviewPage', () => {
  it('shows a signed-out visitor the public fields and a way to sign in and come back', async () => {
    const calls = mockGraphQL(() => ({ data: { review: base } }));
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: null });
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('City of Edinburgh: Quads 2026-27');
    expect(screen.getByRole('link', { name: 'sign in to answer your invitation' })).toHaveAttribute(
      'href',
      '/sign-in?next=%2Freviews%2Fr1',
    );
    expect(calls.every((c) => c.query.includes('ReviewPage_PublicReview'))).toBe(true);
    expect(screen.queryByRole('heading', { name: 'Next step' })).not.toBeInTheDocument();
  });

  it('shows the next command’s checklist, and a refusal’s unmet guards', async () => {
    const user = userEvent.setup();
    mockGraphQL(({ query }) =>
      query.includes('ReviewPage_AgreeFocus')
        ? {
            data: null,
            errors: [
              {
                message: 'The focus cannot be agreed yet.',
                extensions: {
                  code: 'GUARD_FAILED',
                  unmet: [
                    { code: 'FOCUS_THEME_MISSING', message: 'The focus has no theme yet.' },
                    { code: 'FOCUS_PROGRAMME_SIGN_OFF_MISSING', message: 'No programme officer has signed off the focus.' },
                  ],
                },
              },
            ],
          }
        : { data: { review: full } },
    );
    renderAt(<ReviewPage />, { url: '/reviews/r1', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('heading', { name: 'Next step' })).toBeInTheDocument();
    expect(screen.getByText('Before you can agree the focus:')).toBeInTheDocument();
    expect(document.querySelector('[aria-current="step"]')).toHaveTextContent('Scheduled');

    await user.click(screen.getByRole('button', { name: 'Agree the focus' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('You cannot agree the focus yet');
    expect(summary).toHaveTextContent('No programme officer has signed off the focus.');
    expect(document.getElementById('next-checklist')).toHaveTextContent('No programme officer has signed off the focus.');
  });

  it('offers the history downloads', async () => {
    mockGraphQL(() => ({ data: { review: full } }));
    renderAt(<ReviewPage />, { url: '/reviews/r1/history', path: '/reviews/:id/*', user: OFFICER });
    expect(await screen.findByRole('link', { name: 'CSV' })).toHaveAttribute('href', '/reviews/r1/history.csv');
    expect(screen.getByRole('link', { name: 'JSON' })).toHaveAttribute('href', '/reviews/r1/history.json');
    expect(screen.getByRole('link', { name: 'History' })).toHaveAttribute('aria-current', 'page');
  });
});
