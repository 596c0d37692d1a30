import { formatDate, formatDateTime, formatRoles, humanise, organisationLabel } from './format';

describe('format', () => {
  it('shows a date and time in Scotland', () => {
    expect(formatDateTime('2026-07-01T13:05:00Z')).toBe('1 July 2026 at 2:05pm');
    expect(formatDateTime('2026-01-01T09:00:00Z')).toBe('1 January 2026 at 9:00am');
  });
  it('shows a calendar date in words, and anything else as it is', () => {
    expect(formatDate('2026-06-01')).toBe('1 June 2026');
    expect(formatDate('June')).toBe('June');
  });
  it('lists roles', () => expect(formatRoles(['AUTHORITY_USER'], true)).toBe('Authority user, Lead'));
  it('humanises values', () => expect(humanise('local_authority')).toBe('Local authority'));
});

describe('organisationLabel', () => {
  it('names the kind of an organisation whose name does not say it', () => {
    expect(organisationLabel({ name: 'Fife', kind: 'LOCAL_AUTHORITY' })).toBe('Fife (Local authority)');
  });

  it('does not repeat a name that is its kind, as in “Education Scotland (Education Scotland)”', () => {
    expect(organisationLabel({ name: 'Education Scotland', kind: 'EDUCATION_SCOTLAND' })).toBe('Education Scotland');
    expect(organisationLabel({ name: 'HM Inspectors', kind: 'HM_INSPECTORS' })).toBe('HM Inspectors');
    expect(organisationLabel({ name: 'ADES', kind: 'ADES' })).toBe('ADES');
  });
});
