import { toFormErrors } from './form-errors';

describe('toFormErrors', () => {
  it('links a VALIDATION error to its field and shows it beside the field', () => {
    const result = toFormErrors([{ code: 'VALIDATION', field: 'newPassword', message: 'Too short' }], {
      newPassword: 'new-password',
    });
    expect(result.items).toEqual([{ text: 'Too short', targetId: 'new-password' }]);
    expect(result.byField).toEqual({ newPassword: 'Too short' });
  });

  it('matches the plain input-field name the API uses', () => {
    const result = toFormErrors([{ code: 'VALIDATION', field: 'organisationId', message: 'Choose one' }], {
      organisationId: 'organisation',
    });
    expect(result.items[0]?.targetId).toBe('organisation');
    expect(result.byField.organisationId).toBe('Choose one');
  });

  it('lists an error about a field not on the page without a link', () => {
    const result = toFormErrors([{ code: 'VALIDATION', field: 'token', message: 'This link has expired.' }], {
      password: 'password',
    });
    expect(result.items).toEqual([{ text: 'This link has expired.' }]);
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
