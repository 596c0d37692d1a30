import { checkNewPassword } from './password-fields';

describe('checkNewPassword', () => {
  const messages = (password: string, email?: string) =>
    checkNewPassword(password, password, email === undefined ? {} : { email }).map(([, m]) => m);

  it('accepts 12 to 128 characters', () => {
    expect(messages('three words long')).toEqual([]);
    expect(messages('x'.repeat(11) + 'y')).toEqual([]);
    expect(messages('ab'.repeat(64))).toEqual([]);
  });
  it('refuses a password that is too short or too long', () => {
    expect(messages('short one')).toEqual(['Password must be 12 characters or more']);
    expect(messages('ab'.repeat(64) + 'c')).toEqual(['Password must be 128 characters or fewer']);
  });
  it('refuses the email address and one repeated character', () => {
    expect(messages('Ada@Example.org', 'ada@example.org')).toEqual(['Password must not be your email address']);
    expect(messages('zzzzzzzzzzzzzzzz')).toEqual(['Password must not be one character repeated']);
  });
  it('names the field it was asked to and checks the confirmation', () => {
    expect(checkNewPassword('', '', { field: 'newPassword' })).toEqual([['newPassword', 'Enter a new password']]);
    expect(checkNewPassword('three words long', 'other')).toEqual([['confirmPassword', 'The passwords do not match']]);
  });
});
