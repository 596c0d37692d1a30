import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { SignInPage } from './sign-in-page';

afterEach(() => vi.unstubAllGlobals());

async function fillAndSubmit(email: string, password: string) {
  if (email) await userEvent.type(screen.getByLabelText('Email address'), email);
  if (password) await userEvent.type(screen.getByLabelText('Password'), password);
  await userEvent.click(screen.getByRole('button', { name: 'Sign in' }));
}

describe('SignInPage', () => {
  it('lists both empty fields in the error summary without calling the server', async () => {
    const calls = mockGraphQL(() => ({ data: {} }));
    renderAt(<SignInPage />, { url: '/sign-in', path: '/sign-in' });
    await fillAndSubmit('', '');
    const summary = screen.getByRole('alert');
    expect(summary).toHaveTextContent('Enter your email address');
    expect(summary).toHaveTextContent('Enter your password');
    expect(screen.getByLabelText('Password')).toHaveAttribute('aria-invalid', 'true');
    expect(calls).toHaveLength(0);
  });

  it('says plainly when the email or password is wrong', async () => {
    mockGraphQL(() => ({ data: null, errors: [{ message: 'no', extensions: { code: 'UNAUTHENTICATED' } }] }));
    renderAt(<SignInPage />, { url: '/sign-in', path: '/sign-in' });
    await fillAndSubmit('admin@demo.quads.scot', 'wrong');
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a correct email address and password');
    expect(screen.getByTestId('location')).toHaveTextContent('/sign-in');
  });

  it('shows how long to wait when rate limited', async () => {
    mockGraphQL(() => ({
      data: null,
      errors: [{ message: 'slow', extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 300 } }],
    }));
    renderAt(<SignInPage />, { url: '/sign-in', path: '/sign-in' });
    await fillAndSubmit('admin@demo.quads.scot', 'x');
    expect(await screen.findByRole('alert')).toHaveTextContent('Try again in 5 minutes');
  });

  it('explains an ended session and returns the user to where they were', async () => {
    const calls = mockGraphQL(() => ({ data: { signIn: ADMIN } }));
    renderAt(<SignInPage />, { url: '/sign-in?next=%2Fadmin%2Foutbox&expired=1', path: '/sign-in' });
    expect(screen.getByText(/Your session has ended/)).toBeInTheDocument();
    await fillAndSubmit('admin@demo.quads.scot', 'demo-password-2026');
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(screen.getByTestId('location')).toHaveTextContent('/admin/outbox');
    expect(calls[0]?.variables).toEqual({ email: 'admin@demo.quads.scot', password: 'demo-password-2026' });
  });

  it('never follows a next link to another site', async () => {
    mockGraphQL(() => ({ data: { signIn: ADMIN } }));
    renderAt(<SignInPage />, { url: '/sign-in?next=%2F%2Fevil.example', path: '/sign-in' });
    await fillAndSubmit('admin@demo.quads.scot', 'demo-password-2026');
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(screen.getByTestId('location').textContent).toBe('/');
  });
});
