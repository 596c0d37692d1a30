import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockGraphQL, renderAt, type ADMIN } from '../test/render';
import { QuadsPage } from './quads-page';

const OFFICER: typeof ADMIN = {
  id: '00000000-0000-0000-0000-000000000002',
  name: 'Olive Officer',
  email: 'officer@demo.quads.scot',
  roles: ['PROGRAMME_OFFICER'],
  lead: false,
  organisation: { id: '00000000-0000-0000-0000-0000000000ab', name: 'Education Scotland', kind: 'EDUCATION_SCOTLAND' },
};

const a = (name: string) => ({ id: name.toLowerCase().replace(/ /g, '-'), name });
const AUTHORITIES = ['Angus', 'Dundee City', 'Fife', 'Falkirk', 'Perth and Kinross', 'Stirling'].map(a);
const QUADS = [
  { id: 'q1', session: '2025-26', name: 'Tay', authorities: ['Angus', 'Dundee City', 'Perth and Kinross', 'Stirling'].map(a) },
  { id: 'q2', session: '2025-26', name: 'Forth', authorities: ['Falkirk', 'Fife'].map(a) },
];

describe('QuadsPage changes', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('lets an officer rename a quad and swap an authority, sending the four', async () => {
    const user = userEvent.setup();
    const calls = mockGraphQL(({ query, variables }) =>
      query.includes('QuadsPage_UpdateQuad')
        ? { data: { updateQuad: { id: 'q1', name: (variables.input as { name: string }).name, session: '2025-26' } } }
        : { data: { quads: QUADS, authorities: AUTHORITIES } },
    );
    renderAt(<QuadsPage />, { url: '/quads', path: '/quads', user: OFFICER });
    await screen.findByRole('rowheader', { name: 'Tay' });
    await user.click(screen.getByRole('button', { name: 'Change Tay' }));
    expect(screen.getByRole('heading', { name: 'Change Tay (2025-26)' })).toHaveFocus();
    // The create form makes way for the change.
    expect(screen.queryByRole('button', { name: 'Create the quad' })).not.toBeInTheDocument();
    await user.clear(screen.getByLabelText('Name'));
    await user.type(screen.getByLabelText('Name'), 'Tay and Forth');
    // Fife is in Forth this session: said before sending.
    await user.selectOptions(screen.getByLabelText('Authority 4'), 'fife');
    await user.click(screen.getByRole('button', { name: 'Save the quad' }));
    expect(within(await screen.findByRole('alert')).getByText('Fife is already in Forth in 2025-26')).toBeInTheDocument();
    expect(calls.some((c) => c.query.includes('UpdateQuad'))).toBe(false);
    await user.selectOptions(screen.getByLabelText('Authority 4'), 'stirling');
    await user.click(screen.getByRole('button', { name: 'Save the quad' }));
    expect(await screen.findByText('Tay and Forth (2025-26) is saved.')).toBeInTheDocument();
    const sent = calls.find((c) => c.query.includes('UpdateQuad'));
    expect(sent?.variables).toEqual({
      id: 'q1',
      input: { name: 'Tay and Forth', authorityIds: ['angus', 'dundee-city', 'perth-and-kinross', 'stirling'] },
    });
    expect(screen.getByRole('button', { name: 'Create the quad' })).toBeInTheDocument();
  });

  it('lists every review that stops a dissolution in the error summary', async () => {
    const user = userEvent.setup();
    mockGraphQL(({ query }) =>
      query.includes('QuadsPage_DissolveQuad')
        ? {
            data: null,
            errors: [
              {
                message: 'refused',
                extensions: {
                  code: 'GUARD_FAILED',
                  unmet: [
                    { code: 'QUAD_HAS_REVIEWS', message: 'The review of Angus, March 2026 is scheduled for this quad: withdraw it first' },
                    { code: 'QUAD_REVIEW_UNDER_WAY', message: 'The review of Stirling, May 2026 is past Scheduled (it is team formed)' },
                  ],
                },
              },
            ],
          }
        : { data: { quads: QUADS, authorities: AUTHORITIES } },
    );
    renderAt(<QuadsPage />, { url: '/quads', path: '/quads', user: OFFICER });
    await screen.findByRole('rowheader', { name: 'Tay' });
    await user.click(screen.getByRole('button', { name: 'Change Tay' }));
    await user.click(screen.getByRole('button', { name: 'Dissolve Tay' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getAllByRole('listitem').map((li) => li.textContent)).toEqual([
      'The review of Angus, March 2026 is scheduled for this quad: withdraw it first',
      'The review of Stirling, May 2026 is past Scheduled (it is team formed)',
    ]);
    expect(screen.getByRole('heading', { name: 'Change Tay (2025-26)' })).toBeInTheDocument();
    // Cancelled: the form goes and focus returns to the button that opened it.
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('heading', { name: 'Change Tay (2025-26)' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Change Tay' })).toHaveFocus();
  });

  it('offers no changes to people who are not programme officers', async () => {
    mockGraphQL(() => ({ data: { quads: QUADS, authorities: AUTHORITIES } }));
    renderAt(<QuadsPage />, { url: '/quads', path: '/quads', user: null });
    await screen.findByRole('rowheader', { name: 'Tay' });
    expect(screen.queryByRole('button', { name: /Change/ })).not.toBeInTheDocument();
  });
});
