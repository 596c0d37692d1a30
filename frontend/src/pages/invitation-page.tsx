import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { Page } from '../components/page';
import { checkNewPassword, PasswordFields } from '../components/password-fields';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import type { ApiError } from '../lib/graphql-client';
import { takeReturnTo } from '../lib/return-to';
import { sessionUser, useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';

const AcceptInvitationMutation = graphql(`
  mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...SessionUser
    }
  }
`);

const FIELDS = { password: 'password', confirmPassword: 'confirm-password' };

/**
 * Whether the link itself is the problem: the API answers VALIDATION on the
 * field `token`, with a message saying whether the link expired, was used or
 * is not valid, and what to do. The form cannot fix that, so the page shows
 * that message (listed without a link) and the ways on.
 */
export function hasTokenError(errors: ApiError[]): boolean {
  return errors.some((e) => e.code === 'VALIDATION' && e.field === 'token');
}

/**
 * The page the invitation email links to. Opening it does nothing to the
 * token (mail scanners follow links); only submitting the form uses it.
 */
export function InvitationPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const session = useSession();
  const [accept, { pending, errors, setErrors }] = useMutation(AcceptInvitationMutation);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const formErrors = toFormErrors(errors, FIELDS);
  const badLink = hasTokenError(errors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkNewPassword(password, confirm);
    if (problems.length > 0) {
      setErrors(problems.map(([f, m]) => validationError(f, m)));
      return;
    }
    const result = await accept({ token, password });
    if (result) {
      session.setUser(sessionUser(result.acceptInvitation));
      void navigate(takeReturnTo() ?? '/?welcome=1', { replace: true });
    }
  };

  return (
    <Page
      title="Accept your invitation"
      banner={formErrors.items.length > 0 ? <ErrorSummary items={formErrors.items} /> : null}
    >
      {badLink ? (
        <>
          <p>This link cannot set your password.</p>
          <ul>
            <li>
              If you have already set your password, <Link to="/sign-in">sign in</Link>.
            </li>
            <li>
              Otherwise, ask the person who invited you to send a new invitation, or use{' '}
              <Link to="/forgot-password">Forgot your password?</Link> to get a link by email.
            </li>
          </ul>
        </>
      ) : (
        <>
          <p>You have been invited to use Quads. Choose a password to finish setting up your account.</p>
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <PasswordFields
              password={password}
              confirm={confirm}
              onPassword={setPassword}
              onConfirm={setConfirm}
              passwordError={formErrors.byField.password}
              confirmError={formErrors.byField.confirmPassword}
              label="Password"
            />
            <button type="submit" className="ds_button" disabled={pending}>
              Set password and sign in
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
