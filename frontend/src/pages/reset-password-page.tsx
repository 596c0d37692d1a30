import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { Page } from '../components/page';
import { checkNewPassword, PasswordFields } from '../components/password-fields';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { useMutation } from '../lib/use-mutation';
import { hasTokenError } from './invitation-page';

const ResetPasswordMutation = graphql(`
  mutation ResetPasswordPage_ResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, password: $password)
  }
`);

const FIELDS = { password: 'password', confirmPassword: 'confirm-password' };

/** The page the reset email links to; only submitting the form uses the token. */
export function ResetPasswordPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const [reset, { pending, errors, setErrors }] = useMutation(ResetPasswordMutation);
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  // An expired, used or forged link comes back as VALIDATION on `token`, its
  // message saying which and what to do; it is listed without a field link.
  const formErrors = toFormErrors(errors, FIELDS);
  const badLink = hasTokenError(errors);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = checkNewPassword(password, confirm);
    if (problems.length > 0) {
      setErrors(problems.map(([f, m]) => validationError(f, m)));
      return;
    }
    const result = await reset({ token, password });
    if (result) void navigate('/sign-in?passwordReset=1', { replace: true });
  };

  return (
    <Page
      title="Choose a new password"
      banner={formErrors.items.length > 0 ? <ErrorSummary items={formErrors.items} /> : null}
    >
      {!badLink && (
        <form onSubmit={(e) => void onSubmit(e)} noValidate>
          <PasswordFields
            password={password}
            confirm={confirm}
            onPassword={setPassword}
            onConfirm={setConfirm}
            passwordError={formErrors.byField.password}
            confirmError={formErrors.byField.confirmPassword}
          />
          <button type="submit" className="ds_button" disabled={pending}>
            Change password
          </button>
        </form>
      )}
      <p>
        <Link to="/forgot-password">Ask for a new reset link</Link>
      </p>
    </Page>
  );
}
