import { render, screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { ActionList, HomePage } from './home-page';

describe('HomePage', () => {
  beforeEach(() => {
    mockGraphQL(() => ({ data: { me: { id: ADMIN.id, organisation: { id: 'o', authority: null } }, reviews: { items: [] } } }));
  });
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('greets a signed-in user and says when nothing needs their action', async () => {
    renderAt(<HomePage />, { user: ADMIN });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Hello, Ada Admin');
    expect(screen.getByRole('heading', { name: 'What needs your action' })).toBeInTheDocument();
    expect(await screen.findByText('Nothing needs your action at the moment.')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Invite a reviewer or authority user' })).not.toBeInTheDocument();
  });

  it('offers a programme officer the invite page, and no one else', () => {
    renderAt(<HomePage />, { user: { ...ADMIN, name: 'Olive Officer', roles: ['PROGRAMME_OFFICER'] } });
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

describe('ActionList', () => {
  it('shows tasks as a task list with their status', () => {
    render(
      <MemoryRouter>
        <ActionList
          tasks={[{ id: 't1', title: 'Sign off the focus', href: '/reviews/1/focus', status: 'To do', summary: 'Fife 2026' }]}
        />
      </MemoryRouter>,
    );
    const link = screen.getByRole('link', { name: 'Sign off the focus' });
    expect(link).toHaveAttribute('href', '/reviews/1/focus');
    expect(link).toHaveAccessibleDescription('To do');
  });
});
