import type { ReviewState } from '../gql/graphql';

export const REVIEW_STATES: ReviewState[] = [
  'SCHEDULED',
  'FOCUS_AGREED',
  'TEAM_FORMED',
  'SELF_EVALUATION_SUBMITTED',
  'VISIT_IN_PROGRESS',
  'VISIT_COMPLETED',
  'REPORT_DRAFTED',
  'REPORT_PUBLISHED',
  'FOLLOW_UP',
  'CLOSED',
  'WITHDRAWN',
  'POSTPONED',
];

export const STATE_LABELS: Record<ReviewState, string> = {
  SCHEDULED: 'Scheduled',
  FOCUS_AGREED: 'Focus agreed',
  TEAM_FORMED: 'Team formed',
  SELF_EVALUATION_SUBMITTED: 'Self-evaluation submitted',
  VISIT_IN_PROGRESS: 'Visit in progress',
  VISIT_COMPLETED: 'Visit completed',
  REPORT_DRAFTED: 'Report drafted',
  REPORT_PUBLISHED: 'Report published',
  FOLLOW_UP: 'Follow-up',
  CLOSED: 'Closed',
  WITHDRAWN: 'Withdrawn',
  POSTPONED: 'Postponed',
};

/** The design system tag colour for a state. */
export function stateTag(state: ReviewState): string {
  switch (state) {
    case 'CLOSED':
    case 'REPORT_PUBLISHED':
    case 'FOLLOW_UP':
      return 'ds_tag--green';
    case 'WITHDRAWN':
      return 'ds_tag--grey';
    case 'POSTPONED':
      return 'ds_tag--yellow';
    default:
      return 'ds_tag--blue';
  }
}

const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** "2021-09" -> "September 2021"; anything else is returned as it is. */
export function formatMonth(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return month;
  const index = Number(m[2]) - 1;
  const name = MONTHS[index];
  return name ? `${name} ${m[1]}` : month;
}

/** Every month from `from` to `to` inclusive, as YYYY-MM. */
export function monthsBetween(from: string, to: string): string[] {
  const parse = (s: string) => {
    const m = /^(\d{4})-(\d{2})$/.exec(s);
    return m ? Number(m[1]) * 12 + Number(m[2]) - 1 : NaN;
  };
  const a = parse(from);
  const b = parse(to);
  if (Number.isNaN(a) || Number.isNaN(b) || b < a || b - a > 240) return [];
  const out: string[] = [];
  for (let i = a; i <= b; i++) out.push(`${Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  return out;
}

/** The phase a month falls in, or undefined when it is outside every phase. */
export function phaseOfMonth(phases: readonly { number: number; from: string; to: string }[], month: string) {
  return phases.find((p) => p.from <= month && month <= p.to)?.number;
}

/** "Orkney Islands, Shetland Islands and Na h-Eileanan Siar". */
export function joinNames(names: readonly string[]): string {
  if (names.length <= 1) return names[0] ?? '';
  return `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

export interface TimelineReview {
  id: string;
  phase: number;
  targetMonth: string;
}

export interface TimelineMonth<R> {
  month: string;
  reviews: R[];
}

export interface TimelinePhase<R> {
  phase: number;
  from?: string;
  to?: string;
  months: TimelineMonth<R>[];
  count: number;
}

/**
 * Groups reviews by phase, then by month, both in order: the shape of the
 * published programme table. Phases with no reviews are left out; a review
 * whose phase is not among `phases` still gets a group of its own.
 */
export function groupTimeline<R extends TimelineReview>(
  reviews: readonly R[],
  phases: readonly { number: number; from: string; to: string }[] = [],
): TimelinePhase<R>[] {
  const byPhase = new Map<number, Map<string, R[]>>();
  for (const review of reviews) {
    let months = byPhase.get(review.phase);
    if (!months) {
      months = new Map();
      byPhase.set(review.phase, months);
    }
    const list = months.get(review.targetMonth);
    if (list) list.push(review);
    else months.set(review.targetMonth, [review]);
  }
  return [...byPhase.entries()]
    .sort(([a], [b]) => a - b)
    .map(([phase, months]) => {
      const info = phases.find((p) => p.number === phase);
      const sorted = [...months.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([month, list]) => ({ month, reviews: list }));
      return {
        phase,
        ...(info ? { from: info.from, to: info.to } : {}),
        months: sorted,
        count: sorted.reduce((n, m) => n + m.reviews.length, 0),
      };
    });
}

/** The school session a month falls in: August starts a new one ("2024-25"). */
export function sessionOf(month: string): string {
  const m = /^(\d{4})-(\d{2})$/.exec(month);
  if (!m) return '';
  const year = Number(m[1]);
  const start = Number(m[2]) >= 8 ? year : year - 1;
  return `${start}-${String((start + 1) % 100).padStart(2, '0')}`;
}
