import { toFormErrors } from './form-errors';

describe('toFormErrors', () => {
  it('links a VALIDATION error to its field and shows it beside the field', () => {
    const result = toFormErrors([{ code: 'VALIDATION', field: 'newPassword', message: 'Too short' }], {
      newPassword: 'new-password',
    });
    expect(result.items).toEqual([{ text: 'Too short', targetId: 'new-password' }]);
    expect(result.byField).toEqual({ newPassword: 'Too short' });
  });

  it('matches the last part of a dotted field path', () => {
    const result = toFormErrors([{ code: 'VALIDATION', field: 'input.email', message: 'Bad email' }], { email: 'email' });
    expect(result.items[0]?.targetId).toBe('email');
    expect(result.byField.email).toBe('Bad email');
  });

  it('lists every unmet guard', () => {
    const result = toFormErrors([
      { code: 'GUARD_FAILED', message: 'x', guards: [{ code: 'a', message: 'First' }, { code: 'b', message: 'Second' }] },
    ]);
    expect(result.items.map((i) => i.text)).toEqual(['First', 'Second']);
  });

  it('shows other errors without a link', () => {
    const result = toFormErrors([{ code: 'RATE_LIMITED', message: 'x', retryAfterSeconds: 120 }]);
    expect(result.items).toEqual([{ text: 'Too many attempts. Try again in 2 minutes.' }]);
  });
});
