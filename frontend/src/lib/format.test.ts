import { formatDateTime, formatRoles, humanise } from './format';

describe('format', () => {
  it('shows a date and time in Scotland', () => {
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 2:05pm');
    expect(formatDateTime('2026-01-01T09:00:00Z')).toBe('1 January 2026 at 9:00am');
  });
  it('lists roles', () => expect(formatRoles(['AUTHORITY_USER'], true)).toBe('Authority user, Lead'));
  it('humanises values', () => expect(humanise('local_authority')).toBe('Local authority'));
});
