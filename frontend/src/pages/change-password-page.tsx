import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { checkNewPassword, PasswordFields } from '../components/password-fields';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import type { ApiError } from '../lib/graphql-client';
import { useSession } from '../lib/session';
import { useMutation } from '../lib/use-mutation';

const ChangePasswordMutation = graphql(`
  mutation ChangePasswordPage_ChangePassword($currentPassword: String!, $newPassword: String!) {
    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)
  }
`);

const FIELDS = { currentPassword: 'current-password', newPassword: 'new-password', confirmPassword: 'confirm-password' };

export function ChangePasswordPage() {
  const session = useSession();
  const [change, { pending, errors, setErrors }] = useMutation(ChangePasswordMutation);
  const [current, setCurrent] = useState('');
  const [password, setPassword] = useState('');
  const [confirm, setConfirm] = useState('');
  const [done, setDone] = useState(false);
  const formErrors = toFormErrors(errors, FIELDS);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setDone(false);
    const problems: ApiError[] = [];
    if (current === '') problems.push(validationError('currentPassword', 'Enter your current password'));
    for (const [f, m] of checkNewPassword(password, confirm, {
      field: 'newPassword',
      ...(session.user ? { email: session.user.email } : {}),
    })) problems.push(validationError(f, m));
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    const result = await change({ currentPassword: current, newPassword: password });
    if (result) {
      setCurrent('');
      setPassword('');
      setConfirm('');
      setDone(true);
    }
  };

  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (done)
    banner = (
      <NotificationBanner variant="success" focusOnMount>
        <p>Your password has been changed.</p>
      </NotificationBanner>
    );

  return (
    <Page title="Change your password" banner={banner}>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <TextInput
          id="current-password"
          name="current-password"
          type="password"
          label="Current password"
          autoComplete="current-password"
          value={current}
          onChange={(e) => setCurrent(e.target.value)}
          error={formErrors.byField.currentPassword}
          width="fluid-two-thirds"
        />
        <PasswordFields
          password={password}
          confirm={confirm}
          onPassword={setPassword}
          onConfirm={setConfirm}
          passwordError={formErrors.byField.newPassword}
          confirmError={formErrors.byField.confirmPassword}
          passwordId="new-password"
        />
        <button type="submit" className="ds_button" disabled={pending}>
          Change password
        </button>
      </form>
    </Page>
  );
}
