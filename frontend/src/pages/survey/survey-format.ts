import type { SurveyAnswer, SurveyOrganisationType } from '../../gql/graphql';

// Words and numbers of the participant survey, shared by the form, the
// statements editor and the results.

/** The scale in the order the form offers it (and the API counts it). */
export const ANSWERS: readonly SurveyAnswer[] = ['STRONGLY_AGREE', 'AGREE', 'DISAGREE', 'STRONGLY_DISAGREE', 'DONT_KNOW'];

export const ANSWER_LABELS: Record<SurveyAnswer, string> = {
  STRONGLY_AGREE: 'Strongly agree',
  AGREE: 'Agree',
  DISAGREE: 'Disagree',
  STRONGLY_DISAGREE: 'Strongly disagree',
  DONT_KNOW: 'Don’t know',
};

export const ORGANISATION_TYPES: readonly SurveyOrganisationType[] = [
  'AUTHORITY',
  'EDUCATION_SCOTLAND',
  'HM_INSPECTORS',
  'ADES',
  'OTHER',
];

export const ORGANISATION_TYPE_LABELS: Record<SurveyOrganisationType, string> = {
  AUTHORITY: 'A local authority',
  EDUCATION_SCOTLAND: 'Education Scotland',
  HM_INSPECTORS: 'HM Inspectors',
  ADES: 'ADES',
  OTHER: 'Another organisation',
};

/** "1 person" / "3 people". */
export function people(n: number): string {
  return n === 1 ? '1 person' : `${n} people`;
}

/** "12.5%" from the API's one-decimal percentage. */
export function percentText(p: number): string {
  return `${p.toFixed(1).replace(/\.0$/, '')}%`;
}

export interface AnswerCount {
  answer: SurveyAnswer;
  count: number;
  percentage?: number | null;
}

/** The count of one answer in a statement's counts (0 when absent). */
export function countOf(counts: readonly AnswerCount[], answer: SurveyAnswer): number {
  return counts.find((c) => c.answer === answer)?.count ?? 0;
}

export interface BarSegment {
  answer: SurveyAnswer;
  count: number;
  /** Where the segment starts and how wide it is, in percent of the whole chart width. */
  x: number;
  width: number;
}

/**
 * The segments of one statement's diverging bar. The chart's width is split:
 * the agree/disagree part takes `scaleWidth` percent, with its centre line in
 * the middle, disagreement drawn left of it (strongly disagree outermost) and
 * agreement right of it (strongly agree outermost); "don't know" is drawn
 * apart, at the right, after a gap. Lengths are shares of the statement's
 * answers (don't know included), so the segments of one bar add up to the
 * whole when every answer is drawn. No answers: no segments.
 */
export function barSegments(counts: readonly AnswerCount[], { scaleWidth = 76, gap = 4 } = {}): BarSegment[] {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (total === 0) return [];
  const half = scaleWidth / 2;
  const length = (n: number) => (half * n) / total;
  const centre = half;
  const sd = countOf(counts, 'STRONGLY_DISAGREE');
  const d = countOf(counts, 'DISAGREE');
  const a = countOf(counts, 'AGREE');
  const sa = countOf(counts, 'STRONGLY_AGREE');
  const dk = countOf(counts, 'DONT_KNOW');
  const segments: BarSegment[] = [
    { answer: 'STRONGLY_DISAGREE', count: sd, x: centre - length(d) - length(sd), width: length(sd) },
    { answer: 'DISAGREE', count: d, x: centre - length(d), width: length(d) },
    { answer: 'AGREE', count: a, x: centre, width: length(a) },
    { answer: 'STRONGLY_AGREE', count: sa, x: centre + length(a), width: length(sa) },
    { answer: 'DONT_KNOW', count: dk, x: scaleWidth + gap, width: ((100 - scaleWidth - gap) * dk) / total },
  ];
  return segments.filter((s) => s.count > 0);
}

/** "Agree or strongly agree: 7 of 10; disagree or strongly disagree: 2; don't know: 1." */
export function barSentence(counts: readonly AnswerCount[]): string {
  const total = counts.reduce((s, c) => s + c.count, 0);
  if (total === 0) return 'No answers yet.';
  const positive = countOf(counts, 'STRONGLY_AGREE') + countOf(counts, 'AGREE');
  const negative = countOf(counts, 'STRONGLY_DISAGREE') + countOf(counts, 'DISAGREE');
  const unknown = countOf(counts, 'DONT_KNOW');
  return `Of ${total} answers: ${positive} agree or strongly agree, ${negative} disagree or strongly disagree, ${unknown} don’t know.`;
}
