import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import type { ApiError } from '../lib/graphql-client';
import { safeNextPath } from '../lib/safe-next';
import { sessionUser, useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';

const SignInMutation = graphql(`
  mutation SignInPage_SignIn($email: String!, $password: String!) {
    signIn(email: $email, password: $password) {
      ...SessionUser
    }
  }
`);

const FIELDS = { email: 'email', password: 'password' };

/** A wrong email or password is not the user's fault of one field: say it plainly and point at the email. */
function signInErrors(errors: ApiError[]): ApiError[] {
  return errors.map((e) =>
    e.code === 'UNAUTHENTICATED'
      ? { code: 'VALIDATION', field: 'email', message: 'Enter a correct email address and password' }
      : e,
  );
}

export function SignInPage() {
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const session = useSession();
  const [signIn, { pending, errors, setErrors }] = useMutation(SignInMutation);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const next = safeNextPath(params.get('next'));
  const formErrors = toFormErrors(signInErrors(errors), FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (email.trim() === '') problems.push(validationError('email', 'Enter your email address'));
    if (password === '') problems.push(validationError('password', 'Enter your password'));
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const result = await signIn({ email: email.trim(), password });
    if (result) {
      session.setUser(sessionUser(result.signIn));
      void navigate(next, { replace: true });
    }
  };

  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (params.get('expired') === '1')
    banner = (
      <NotificationBanner>
        <p>Your session has ended. Sign in again to carry on where you were.</p>
      </NotificationBanner>
    );
  else if (params.get('signedOut') === '1')
    banner = (
      <NotificationBanner variant="success">
        <p>You have signed out.</p>
      </NotificationBanner>
    );
  else if (params.get('passwordReset') === '1')
    banner = (
      <NotificationBanner variant="success">
        <p>Your password has been changed. Sign in with your new password.</p>
      </NotificationBanner>
    );

  return (
    <Page title="Sign in" banner={banner}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="username"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={formErrors.byField.email}
          width="fluid-two-thirds"
        />
        <TextInput
          id="password"
          name="password"
          type="password"
          label="Password"
          autoComplete="current-password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          error={formErrors.byField.password}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button" disabled={pending}>
          Sign in
        </button>
      </form>
      <p>
        <Link to="/forgot-password">I have forgotten my password</Link>
      </p>
      <p>Accounts are created by invitation. If you need one, ask your programme officer or administrator.</p>
    </Page>
  );
}
