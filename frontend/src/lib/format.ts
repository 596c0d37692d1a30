import type { Role, OrganisationKind } from '../gql/graphql';

export const ROLE_LABELS: Record<Role, string> = {
  ADMIN: 'Administrator',
  PROGRAMME_OFFICER: 'Programme officer',
  AUTHORITY_USER: 'Authority user',
  REVIEWER: 'Reviewer',
};

export const ALL_ROLES: Role[] = ['ADMIN', 'PROGRAMME_OFFICER', 'AUTHORITY_USER', 'REVIEWER'];

export const ROLE_HINTS: Record<Role, string> = {
  ADMIN: 'Manages users and the outbox.',
  PROGRAMME_OFFICER: 'Runs the programme: schedules reviews and forms teams (usually ADES officers).',
  AUTHORITY_USER: 'Works on their own authority’s reviews.',
  REVIEWER: 'Takes part in review teams (for example Education Scotland or HM Inspectors).',
};

export const ORGANISATION_KIND_LABELS: Record<OrganisationKind, string> = {
  LOCAL_AUTHORITY: 'Local authority',
  ADES: 'ADES',
  EDUCATION_SCOTLAND: 'Education Scotland',
  HM_INSPECTORS: 'HM Inspectors',
  PARTNER: 'Partner organisation',
};

/**
 * An organisation as an option: "Fife (Local authority)", but plainly
 * "Education Scotland" where the kind would only repeat the name.
 */
export function organisationLabel(organisation: { name: string; kind: OrganisationKind }): string {
  const kind = ORGANISATION_KIND_LABELS[organisation.kind];
  return organisation.name.trim().toLowerCase() === kind.toLowerCase() ? organisation.name : `${organisation.name} (${kind})`;
}

/** An account's state: deactivated, invited (no password set yet) or active, with its tag colour. */
export function userStatus(user: { active: boolean; invitationPending: boolean }): { label: string; tag: string } {
  if (!user.active) return { label: 'Deactivated', tag: 'ds_tag--grey' };
  if (user.invitationPending) return { label: 'Invited', tag: 'ds_tag--yellow' };
  return { label: 'Active', tag: 'ds_tag--green' };
}

export function formatRoles(roles: readonly Role[], lead = false): string {
  const labels = roles.map((r) => ROLE_LABELS[r]);
  if (lead) labels.push('Lead');
  return labels.length > 0 ? labels.join(', ') : 'No roles';
}

const dateTime = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  hour: 'numeric',
  minute: '2-digit',
  hour12: true,
  timeZone: 'Europe/London',
});

/** "3 March 2026 at 2:05pm", in Scotland's time. */
const dayMonthYear = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** A calendar date, YYYY-MM-DD, as "1 June 2026"; anything else as it is. */
export function formatDate(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  return /^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(date.getTime()) ? dayMonthYear.format(date) : iso;
}

export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '';
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const parts = dateTime.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  const period = get('dayPeriod').toLowerCase().replace(/\s/g, '');
  return `${get('day')} ${get('month')} ${get('year')} at ${get('hour')}:${get('minute')}${period}`;
}

/** "local_authority" -> "Local authority"; "very good" -> "Very good". */
export function humanise(value: string): string {
  const text = value.replace(/_/g, ' ').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
