import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { AdminUserPage } from './admin-user-page';

afterEach(() => vi.unstubAllGlobals());

const ID = '00000000-0000-0000-0000-000000000042';
const INVITED = {
  id: ID,
  name: 'Morag Reviewer',
  email: 'morag@example.org',
  roles: ['REVIEWER'],
  lead: false,
  active: true,
  invitationPending: true,
  lastSignInAt: null,
  createdAt: '2026-11-25T10:00:00Z',
  organisation: { id: 'org', name: 'Education Scotland' },
};

const at = { url: `/admin/users/${ID}`, path: '/admin/users/:id', user: ADMIN };

describe('AdminUserPage', () => {
  it('reads the one user by id', async () => {
    const calls = mockGraphQL(() => ({ data: { user: INVITED } }));
    renderAt(<AdminUserPage />, at);
    expect(await screen.findByRole('heading', { level: 1, name: 'Morag Reviewer' })).toBeInTheDocument();
    expect(calls[0]?.query).toContain('query AdminUserPage_User');
    expect(calls[0]?.variables).toEqual({ id: ID });
    expect(screen.getByText('Invited')).toBeInTheDocument();
  });

  it('resends the invitation of someone who has not set a password', async () => {
    const calls = mockGraphQL((body) =>
      body.query.includes('resendInvitation') ? { data: { resendInvitation: INVITED } } : { data: { user: INVITED } },
    );
    renderAt(<AdminUserPage />, at);
    await userEvent.click(await screen.findByRole('button', { name: 'Resend invitation' }));
    expect(await screen.findByText(/We have sent a new invitation to morag@example.org/)).toBeInTheDocument();
    expect(calls[1]?.variables).toEqual({ id: ID });
  });

  it('offers no resend once the password is set', async () => {
    mockGraphQL(() => ({ data: { user: { ...INVITED, invitationPending: false } } }));
    renderAt(<AdminUserPage />, at);
    await screen.findByRole('heading', { name: 'Roles' });
    expect(screen.queryByRole('button', { name: 'Resend invitation' })).not.toBeInTheDocument();
  });

  it('links a refusal about the account (field `id`) to the button that asked', async () => {
    mockGraphQL((body) =>
      body.query.includes('deactivateUser')
        ? {
            data: null,
            errors: [{ message: 'Quads needs at least one active administrator', extensions: { code: 'VALIDATION', field: 'id' } }],
          }
        : { data: { user: { ...INVITED, invitationPending: false } } },
    );
    renderAt(<AdminUserPage />, at);
    await userEvent.click(await screen.findByRole('button', { name: 'Deactivate Morag Reviewer' }));
    expect(await screen.findByRole('link', { name: 'Quads needs at least one active administrator' })).toHaveAttribute(
      'href',
      '#toggle-active',
    );
  });

  it('shows the not-found page for an unknown or malformed id', async () => {
    mockGraphQL(() => ({ data: null, errors: [{ message: 'No user exists.', extensions: { code: 'NOT_FOUND' } }] }));
    renderAt(<AdminUserPage />, at);
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
