import { TextInput } from './text-input';

export const PASSWORD_MIN = 12;
export const PASSWORD_MAX = 128;

export const PASSWORD_HINT =
  'Use 12 to 128 characters, and not your email address. Three or four unrelated words make a strong password that is easy to remember.';

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

/**
 * The server's password rule, checked before sending: 12 to 128 characters,
 * not the email address (when known here), not one character repeated.
 * Returns [field, message] pairs; the server checks again.
 */
export function checkNewPassword(
  password: string,
  confirm: string,
  { field = 'password', email }: { field?: string; email?: string } = {},
): [string, string][] {
  const problems: [string, string][] = [];
  const chars = [...password];
  const length = chars.length;
  if (password === '') problems.push([field, 'Enter a new password']);
  else if (length < PASSWORD_MIN) problems.push([field, `Password must be ${PASSWORD_MIN} characters or more`]);
  else if (length > PASSWORD_MAX) problems.push([field, `Password must be ${PASSWORD_MAX} characters or fewer`]);
  else if (email !== undefined && password.trim().toLowerCase() === email.trim().toLowerCase())
    problems.push([field, 'Password must not be your email address']);
  else if (chars.every((c) => c === chars[0])) problems.push([field, 'Password must not be one character repeated']);
  if (password !== '' && confirm !== password) problems.push(['confirmPassword', 'The passwords do not match']);
  return problems;
}
