import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ADMIN, mockGraphQL, renderAt } from '../test/render';
import { InvitationPage } from './invitation-page';

afterEach(() => vi.unstubAllGlobals());

describe('InvitationPage', () => {
  it('does not use the token when the page opens', () => {
    const calls = mockGraphQL(() => ({ data: {} }));
    renderAt(<InvitationPage />, { url: '/invitation/tok-123', path: '/invitation/:token' });
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('Accept your invitation');
    expect(calls).toHaveLength(0);
  });

  it('checks the passwords match before sending', async () => {
    const calls = mockGraphQL(() => ({ data: {} }));
    renderAt(<InvitationPage />, { url: '/invitation/tok-123', path: '/invitation/:token' });
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'a different password!');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('The passwords do not match');
    expect(calls).toHaveLength(0);
  });

  it('posts the token with the password on submit and signs the user in', async () => {
    const calls = mockGraphQL(() => ({ data: { acceptInvitation: ADMIN } }));
    renderAt(<InvitationPage />, { url: '/invitation/tok-123', path: '/invitation/:token' });
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByText('Elsewhere')).toBeInTheDocument();
    expect(calls[0]?.query).toContain('mutation InvitationPage_AcceptInvitation');
    expect(calls[0]?.variables).toEqual({ token: 'tok-123', password: 'a long enough password' });
    expect(screen.getByTestId('location')).toHaveTextContent('/?welcome=1');
  });

  it('explains a used, expired or forged link in the API’s words and offers the ways on', async () => {
    const message = 'This invitation link has already been used. Sign in, or use “Forgot your password?” if you need a new password.';
    mockGraphQL(() => ({ data: null, errors: [{ message, extensions: { code: 'VALIDATION', field: 'token' } }] }));
    renderAt(<InvitationPage />, { url: '/invitation/tok-123', path: '/invitation/:token' });
    await userEvent.type(screen.getByLabelText('Password'), 'a long enough password');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'a long enough password');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(message);
    expect(screen.queryByRole('button', { name: 'Set password and sign in' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'sign in' })).toHaveAttribute('href', '/sign-in');
    expect(screen.getByRole('link', { name: 'Forgot your password?' })).toHaveAttribute('href', '/forgot-password');
  });

  it('checks the password rule before sending', async () => {
    const calls = mockGraphQL(() => ({ data: {} }));
    renderAt(<InvitationPage />, { url: '/invitation/tok-123', path: '/invitation/:token' });
    await userEvent.type(screen.getByLabelText('Password'), 'aaaaaaaaaaaaaa');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'aaaaaaaaaaaaaa');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Password must not be one character repeated');
    expect(calls).toHaveLength(0);
  });

  it('shows a server check on the password beside the field', async () => {
    mockGraphQL(() => ({
      data: null,
      errors: [{ message: 'Password is too common', extensions: { code: 'VALIDATION', field: 'password' } }],
    }));
    renderAt(<InvitationPage />, { url: '/invitation/tok-123', path: '/invitation/:token' });
    await userEvent.type(screen.getByLabelText('Password'), 'password12345');
    await userEvent.type(screen.getByLabelText('Confirm new password'), 'password12345');
    await userEvent.click(screen.getByRole('button', { name: 'Set password and sign in' }));
    expect(await screen.findByRole('link', { name: 'Password is too common' })).toHaveAttribute('href', '#password');
    expect(screen.getByLabelText('Password')).toHaveAccessibleDescription(expect.stringContaining('Password is too common'));
  });
});
