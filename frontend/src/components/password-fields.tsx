import { TextInput } from './text-input';

export const PASSWORD_HINT =
  'Use at least 12 characters. Three or four unrelated words make a strong password that is easy to remember.';

interface Props {
  password: string;
  confirm: string;
  onPassword: (v: string) => void;
  onConfirm: (v: string) => void;
  passwordError: string | undefined;
  confirmError: string | undefined;
  passwordId?: string;
  label?: string;
}

/** A new password and its confirmation. */
export function PasswordFields({
  password,
  confirm,
  onPassword,
  onConfirm,
  passwordError,
  confirmError,
  passwordId = 'password',
  label = 'New password',
}: Props) {
  return (
    <>
      <TextInput
        id={passwordId}
        name={passwordId}
        type="password"
        label={label}
        hint={PASSWORD_HINT}
        autoComplete="new-password"
        value={password}
        onChange={(e) => onPassword(e.target.value)}
        error={passwordError}
        width="fluid-two-thirds"
      />
      <TextInput
        id="confirm-password"
        name="confirm-password"
        type="password"
        label="Confirm new password"
        autoComplete="new-password"
        value={confirm}
        onChange={(e) => onConfirm(e.target.value)}
        error={confirmError}
        width="fluid-two-thirds"
      />
    </>
  );
}

/** Checks done before sending: returns [field, message] pairs. */
export function checkNewPassword(password: string, confirm: string, field = 'password'): [string, string][] {
  const problems: [string, string][] = [];
  if (password === '') problems.push([field, 'Enter a new password']);
  else if (password.length < 12) problems.push([field, 'Password must be 12 characters or more']);
  if (password !== '' && confirm !== password) problems.push(['confirmPassword', 'The passwords do not match']);
  return problems;
}
