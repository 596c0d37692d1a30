import type { Audience, SessionKind } from '../../gql/graphql';

// Labels and dates for the visit plan's pages.

export const SESSION_KIND_LABELS: Record<SessionKind, string> = {
  FOCUS_GROUP: 'Focus group',
  MEETING: 'Meeting',
  OBSERVATION: 'Observation',
  TEAM_DELIBERATION: 'Team deliberation',
  FEEDBACK: 'Feedback to the host',
};

export const AUDIENCE_LABELS: Record<Audience, string> = {
  HEADTEACHERS: 'Headteachers',
  PRACTITIONERS: 'Practitioners',
  PARTNERS: 'Partners',
  YOUNG_PEOPLE: 'Young people',
  PARENTS: 'Parents',
  OFFICERS: 'Officers',
};

const longDate = new Intl.DateTimeFormat('en-GB', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** A calendar date, YYYY-MM-DD, as "Monday 6 January 2025"; anything else as it is. */
export function formatDay(iso: string): string {
  const date = new Date(`${iso}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso) || Number.isNaN(date.getTime())) return iso;
  // Built from its parts: engines differ on the comma after the weekday.
  const parts = longDate.formatToParts(date);
  const get = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('weekday')} ${get('day')} ${get('month')} ${get('year')}`;
}

/** Whether `text` is a time of day as HH:MM (24-hour). */
export function isTime(text: string): boolean {
  return /^([01]\d|2[0-3]):[0-5]\d$/.test(text.trim());
}

/** Whether `text` is a date as YYYY-MM-DD that exists. */
export function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === text;
}

/**
 * A date typed as day/month/year ("7/10/2024", the way dates are written
 * here) or as 2024-10-07, as YYYY-MM-DD; null when it is neither or does
 * not exist. Plain text fields, not the browser's date fields, whose parts
 * each take a Tab stop and whose pickers differ between browsers.
 */
export function parseDate(text: string): string | null {
  const typed = text.trim();
  const dmy = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/.exec(typed);
  const iso = dmy ? `${dmy[3]}-${dmy[2]?.padStart(2, '0')}-${dmy[1]?.padStart(2, '0')}` : typed;
  return isDate(iso) ? iso : null;
}

/** YYYY-MM-DD as it is typed: "7/10/2024". */
export function typedDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return y && m && d ? `${Number(d)}/${Number(m)}/${y}` : iso;
}
