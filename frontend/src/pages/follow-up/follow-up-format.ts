import type { FollowUpActionStatus, ImpactUnit } from '../../gql/graphql';
import { validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { parseDate } from '../visit/visit-format';

// Labels and the checks made before sending for the follow-up tab.

export const STATUS_ORDER: FollowUpActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CARRIED_INTO_PLAN'];

export const STATUS_LABELS: Record<FollowUpActionStatus, string> = {
  OPEN: 'Open',
  IN_PROGRESS: 'In progress',
  DONE: 'Done',
  CARRIED_INTO_PLAN: 'Carried into the improvement plan',
};

export const STATUS_TAGS: Record<FollowUpActionStatus, string> = {
  OPEN: 'ds_tag--grey',
  IN_PROGRESS: 'ds_tag--blue',
  DONE: 'ds_tag--green',
  CARRIED_INTO_PLAN: 'ds_tag--green',
};

export const UNIT_LABELS: Record<ImpactUnit, string> = {
  PERCENT: 'Percentage',
  COUNT: 'Count',
};

/** "93.2%" for a percentage, "12" for a count. */
export function valueText(value: string, unit: ImpactUnit): string {
  return unit === 'PERCENT' ? `${value}%` : value;
}

export const TEXT_MAX = { description: 2000, note: 4000, reason: 1000, sessionNotes: 4000, name: 200, group: 200, period: 50 };

export interface ActionValues {
  description: string;
  ownerId: string;
  dueOn: string;
}

/** What is wrong with an action before it is sent; `publishedOn` bounds the due date. */
export function actionProblems(values: ActionValues, publishedOn: string): ApiError[] {
  const problems: ApiError[] = [];
  const description = values.description.trim();
  if (description === '') problems.push(validationError('description', 'Enter what the action is'));
  else if (description.length > TEXT_MAX.description)
    problems.push(validationError('description', `The action must be ${TEXT_MAX.description} characters or fewer`));
  if (values.ownerId === '') problems.push(validationError('ownerId', 'Choose who owns the action'));
  const due = parseDate(values.dueOn);
  if (due === null) problems.push(validationError('dueOn', 'Enter the due date, for example 30/6/2025'));
  else if (due < publishedOn) problems.push(validationError('dueOn', 'The due date must be on or after the report’s publication'));
  else if (due >= '2100-01-01') problems.push(validationError('dueOn', 'The due date must be before 2100'));
  return problems;
}

export interface MeasureValues {
  name: string;
  learnerGroup: string;
  unit: ImpactUnit | '';
  baselineValue: string;
  baselinePeriod: string;
  laterValue: string;
  laterPeriod: string;
  noLaterValueReason: string;
}

export const EMPTY_MEASURE: MeasureValues = {
  name: '',
  learnerGroup: '',
  unit: '',
  baselineValue: '',
  baselinePeriod: '',
  laterValue: '',
  laterPeriod: '',
  noLaterValueReason: '',
};

const DECIMAL = /^\d+(\.\d{1,2})?$/;

function valueProblem(field: string, text: string, unit: ImpactUnit | '', what: string): ApiError | null {
  if (!DECIMAL.test(text)) return validationError(field, `Enter the ${what} as a number, for example 93.2`);
  const n = Number(text);
  if (unit === 'PERCENT' && n > 100) return validationError(field, `The ${what} must be a percentage from 0 to 100`);
  if (unit === 'COUNT' && (!Number.isInteger(n) || n > 1_000_000_000))
    return validationError(field, `The ${what} must be a whole number from 0 to 1,000,000,000`);
  return null;
}

function textProblem(field: string, text: string, max: number, empty: string, what: string): ApiError | null {
  const t = text.trim();
  if (t === '') return validationError(field, empty);
  if (t.length > max) return validationError(field, `The ${what} must be ${max} characters or fewer`);
  return null;
}

/** What is wrong with an impact measure before it is sent, each problem naming its field as the server does. */
export function measureProblems(v: MeasureValues): ApiError[] {
  const problems: (ApiError | null)[] = [];
  problems.push(textProblem('name', v.name, TEXT_MAX.name, 'Enter the measure, for example Positive destinations', 'measure'));
  problems.push(textProblem('learnerGroup', v.learnerGroup, TEXT_MAX.group, 'Enter the learner group, for example All pupils', 'learner group'));
  if (v.unit === '') problems.push(validationError('unit', 'Choose whether the measure is a percentage or a count'));
  const baseline = v.baselineValue.trim();
  const later = v.laterValue.trim();
  const laterPeriod = v.laterPeriod.trim();
  if (baseline === '') problems.push(validationError('baselineValue', later ? 'Enter the baseline value before a later value' : 'Enter the baseline value'));
  else problems.push(valueProblem('baselineValue', baseline, v.unit, 'baseline value'));
  problems.push(textProblem('baselinePeriod', v.baselinePeriod, TEXT_MAX.period, 'Enter the baseline period, for example 2022-23', 'period'));
  if (later !== '') {
    problems.push(valueProblem('laterValue', later, v.unit, 'later value'));
    if (laterPeriod === '') problems.push(validationError('laterPeriod', 'Enter the period of the later value, for example 2024-25'));
    else if (laterPeriod.length > TEXT_MAX.period) problems.push(validationError('laterPeriod', `The period must be ${TEXT_MAX.period} characters or fewer`));
    if (v.noLaterValueReason.trim() !== '')
      problems.push(validationError('noLaterValueReason', 'Leave the reason empty when there is a later value'));
  } else {
    if (laterPeriod !== '') problems.push(validationError('laterValue', 'Enter the later value for its period, or clear the period'));
    if (v.noLaterValueReason.trim().length > TEXT_MAX.reason)
      problems.push(validationError('noLaterValueReason', `The reason must be ${TEXT_MAX.reason} characters or fewer`));
  }
  return problems.filter((p): p is ApiError => p !== null);
}

/** The input the API takes for a measure's values (checked first with measureProblems). */
export function measureInput(v: MeasureValues) {
  const later = v.laterValue.trim();
  const reason = v.noLaterValueReason.trim();
  return {
    name: v.name.trim(),
    learnerGroup: v.learnerGroup.trim(),
    unit: v.unit as ImpactUnit,
    baselineValue: v.baselineValue.trim(),
    baselinePeriod: v.baselinePeriod.trim(),
    laterValue: later === '' ? null : later,
    laterPeriod: later === '' ? null : v.laterPeriod.trim(),
    noLaterValueReason: later === '' && reason !== '' ? reason : null,
  };
}
