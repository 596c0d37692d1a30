import { useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { Page } from '../components/page';
import { checkNewPassword, PasswordFields } from '../components/password-fields';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import type { ApiError } from '../lib/graphql-client';
import { useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';

const AcceptInvitationMutation = graphql(`
  mutation InvitationPage_AcceptInvitation($token: String!, $password: String!) {
    acceptInvitation(token: $token, password: $password) {
      ...SessionUser
    }
  }
`);

const FIELDS = { password: 'password', confirmPassword: 'confirm-password' };

/** A used, expired or unknown token is not something the user can fix in the form. */
export function tokenErrors(errors: ApiError[], what: string): ApiError[] {
  return errors.map((e) =>
    e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field === 'token')
      ? { code: 'NOT_FOUND', message: what }
      : e,
  );
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
  const formErrors = toFormErrors(
    tokenErrors(
      errors,
      'This invitation link has expired or has already been used. Ask the person who invited you to send a new invitation.',
    ),
    FIELDS,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkNewPassword(password, confirm);
    if (problems.length > 0) {
      setErrors(problems.map(([f, m]) => validationError(f, m)));
      return;
    }
    const result = await accept({ token, password });
    if (result) {
      session.setUser(result.acceptInvitation);
      void navigate('/?welcome=1', { replace: true });
    }
  };

  return (
    <Page
      title="Accept your invitation"
      banner={formErrors.items.length > 0 ? <ErrorSummary items={formErrors.items} /> : null}
    >
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
    </Page>
  );
}
