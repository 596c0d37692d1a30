import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { Page } from '../components/page';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { useMutation } from '../lib/use-mutation';

const RequestResetMutation = graphql(`
  mutation ForgotPasswordPage_RequestPasswordReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`);

export function ForgotPasswordPage() {
  const [requestReset, { pending, errors, setErrors }] = useMutation(RequestResetMutation);
  const [email, setEmail] = useState('');
  const [sentTo, setSentTo] = useState<string | null>(null);
  const formErrors = toFormErrors(errors, { email: 'email' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = email.trim();
    if (value === '' || !value.includes('@')) {
      setErrors([
        validationError('email', value === '' ? 'Enter your email address' : 'Enter an email address in the correct format, like name@example.com'),
      ]);
      return;
    }
    const result = await requestReset({ email: value });
    if (result) setSentTo(value);
  };

  if (sentTo !== null) {
    return (
      <Page title="Check your email">
        <p>
          If <strong>{sentTo}</strong> belongs to an account, we have sent it a link to choose a new password. The
          link works once and expires after a short time.
        </p>
        <p>If no email arrives within a few minutes, check your spam folder or ask your administrator.</p>
        <p>
          <Link to="/sign-in">Return to sign in</Link>
        </p>
      </Page>
    );
  }

  return (
    <Page
      title="Reset your password"
      banner={formErrors.items.length > 0 ? <ErrorSummary items={formErrors.items} /> : null}
    >
      <p>Enter the email address you sign in with. We will send you a link to choose a new password.</p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          id="email"
          name="email"
          type="email"
          label="Email address"
          autoComplete="email"
          spellCheck={false}
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          error={formErrors.byField.email}
          width="fluid-two-thirds"
        />
        <button type="submit" className="ds_button" disabled={pending}>
          Send reset link
        </button>
      </form>
    </Page>
  );
}
