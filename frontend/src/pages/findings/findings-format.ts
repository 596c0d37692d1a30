import type { FindingChangeKind, FindingKind, FindingStatus } from '../../gql/graphql';
import type { ApiError } from '../../lib/graphql-client';
import { validationError } from '../../lib/form-errors';
import type { DraftInput } from '../../lib/findings-outbox';
import { formatDay, SESSION_KIND_LABELS } from '../visit/visit-format';
import type { SessionKind } from '../../gql/graphql';

export const KIND_LABELS: Record<FindingKind, string> = {
  STRENGTH: 'Strength',
  AREA_FOR_IMPROVEMENT: 'Area for improvement',
  EVIDENCE: 'Evidence',
};

export const KIND_HINTS: Record<FindingKind, string> = {
  STRENGTH: 'Something the authority does well',
  AREA_FOR_IMPROVEMENT: 'Something the authority should improve',
  EVIDENCE: 'What was seen or heard, to support the team’s view',
};

export const STATUS_LABELS: Record<FindingStatus, string> = {
  DRAFT: 'Draft',
  AGREED: 'Agreed',
  MERGED: 'Merged',
};

export const STATUS_TAGS: Record<FindingStatus, string> = {
  DRAFT: 'ds_tag--grey',
  AGREED: 'ds_tag--green',
  MERGED: 'ds_tag--blue',
};

export const CHANGE_LABELS: Record<FindingChangeKind, string> = {
  RECORDED: 'Recorded',
  EDITED: 'Edited',
  REWORDED: 'Reworded by the team lead',
  AGREED: 'Agreed',
  UNAGREED: 'Agreement withdrawn',
  MERGED: 'Merged',
  REMOVED: 'Removed',
};

/** The server's limits (FindingInput): 1..=4000 characters after trimming, 0..=20 indicators. */
export const TEXT_MAX = 4000;
export const INDICATORS_MAX = 20;

/** The fields of the capture and edit forms; the API's field names map to them. */
export const FIELDS = {
  kind: 'finding-kind',
  text: 'finding-text',
  indicators: 'finding-indicators',
  sessionId: 'finding-session',
  session: 'finding-session',
};

export interface SessionOption {
  id: string;
  day: string;
  startsAt: string;
  endsAt: string;
  kind: SessionKind;
}

export function sessionLabel(s: SessionOption): string {
  return `${formatDay(s.day)}, ${s.startsAt} to ${s.endsAt}: ${SESSION_KIND_LABELS[s.kind]}`;
}

/** What is wrong with a finding before it is sent, each problem a field's message. */
export function findingProblems(input: DraftInput, known: readonly string[]): ApiError[] {
  const problems: ApiError[] = [];
  if (!(input.kind in KIND_LABELS)) problems.push(validationError('kind', 'Choose whether it is a strength, an area for improvement or evidence'));
  const text = input.text.trim();
  if (text === '') problems.push(validationError('text', 'Enter the finding'));
  else if (text.length > TEXT_MAX) problems.push(validationError('text', `The finding must be ${TEXT_MAX} characters or fewer (it has ${text.length})`));
  if (input.indicators.length > INDICATORS_MAX) problems.push(validationError('indicators', `Choose at most ${INDICATORS_MAX} indicators`));
  const unknown = input.indicators.filter((i) => !known.includes(i));
  if (unknown.length > 0) problems.push(validationError('indicators', `Not an indicator of this review’s framework: ${unknown.join(', ')}`));
  return problems;
}
