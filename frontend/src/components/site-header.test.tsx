import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { SiteHeader } from './site-header';

afterEach(() => vi.unstubAllGlobals());

describe('SiteHeader', () => {
  it('links a visitor who has not signed in to the published reports', () => {
    renderAt(<SiteHeader />);
    const [reports] = screen.getAllByRole('link', { name: 'Reports' });
    expect(reports).toHaveAttribute('href', '/reports');
  });

  it('signs the user out and goes to the signed-out page', async () => {
    const calls = mockGraphQL(() => ({ data: { signOut: true } }));
    renderAt(<SiteHeader />, { user: ADMIN });
    const [signOut] = screen.getAllByRole('button', { name: 'Sign out' });
    await userEvent.click(signOut as HTMLElement);
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(calls[0]?.query).toContain('mutation SiteHeader_SignOut');
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in?signedOut=1');
  });

  it('says so when signing out fails, and stays where it is', async () => {
    mockGraphQL(() => ({
      data: null,
      errors: [{ message: 'Too many requests: try again in a minute.', extensions: { code: 'RATE_LIMITED' } }],
    }));
    renderAt(<SiteHeader />, { user: ADMIN });
    const [signOut] = screen.getAllByRole('button', { name: 'Sign out' });
    await userEvent.click(signOut as HTMLElement);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Signing out failed: you are still signed in');
    expect(alert).toHaveTextContent('Too many requests: try again in a minute.');
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/$/);
  });
});
