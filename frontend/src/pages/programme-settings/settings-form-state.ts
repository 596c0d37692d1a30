// The programme settings form's state, and the checks made before sending:
// plain functions, so the form component only wires them to its fields.
import type {
  ProgrammeInput,
  ProgrammeKind,
  ProgrammeRulesInput,
  Reciprocity,
  SelfEvaluationMode,
  SettingsForm_ProgrammeFragment,
} from '../../gql/graphql';
import { validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';

export interface PhaseRow {
  from: string;
  to: string;
}

export interface FormState {
  name: string;
  kind: ProgrammeKind;
  phases: PhaseRow[];
  teamSizeMin: string;
  teamSizeMax: string;
  visitLengthDays: string;
  selfEvaluationMode: SelfEvaluationMode | '';
  reciprocity: Reciprocity | '';
  hmiRequired: boolean;
  gradingRequired: boolean;
  publicReportRequired: boolean;
}

/** The form filled from the programme, or empty (one blank phase) for a new one. */
export function initialState(p: SettingsForm_ProgrammeFragment | undefined): FormState {
  return {
    name: p?.name ?? '',
    kind: p?.kind ?? 'QUADS',
    phases: p ? p.phases.map((ph) => ({ from: ph.from, to: ph.to })) : [{ from: '', to: '' }],
    teamSizeMin: p ? String(p.rules.teamSizeMin) : '',
    teamSizeMax: p ? String(p.rules.teamSizeMax) : '',
    visitLengthDays: p ? String(p.rules.visitLengthDays) : '',
    selfEvaluationMode: p?.rules.selfEvaluationMode ?? '',
    reciprocity: p?.rules.reciprocity ?? '',
    hmiRequired: p?.rules.hmiRequired ?? false,
    gradingRequired: p?.rules.gradingRequired ?? false,
    publicReportRequired: p?.rules.publicReportRequired ?? true,
  };
}

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

const NUMBERS: [keyof FormState & keyof ProgrammeRulesInput, string][] = [
  ['teamSizeMin', 'Enter the smallest team size as a whole number'],
  ['teamSizeMax', 'Enter the largest team size as a whole number'],
  ['visitLengthDays', 'Enter the visit length in working days as a whole number'],
];

/**
 * Every problem found before sending, or the input to send. A blank rule
 * takes the kind's default on a new programme; an existing one sends its
 * yes-or-no rules too.
 */
export function toInput(form: FormState, existing: boolean): { problems: ApiError[]; input: ProgrammeInput } {
  const problems: ApiError[] = [];
  if (!form.name.trim()) problems.push(validationError('name', 'Enter the programme’s name'));
  form.phases.forEach((p, i) => {
    if (!MONTH.test(p.from.trim()) || !MONTH.test(p.to.trim()))
      problems.push(validationError(`phase${i + 1}`, `Enter phase ${i + 1}’s first and last months as YYYY-MM`));
    else if (p.to.trim() < p.from.trim())
      problems.push(validationError(`phase${i + 1}`, `Phase ${i + 1} must end on or after its first month`));
  });
  const rules: ProgrammeRulesInput = {};
  for (const [field, message] of NUMBERS) {
    const raw = String(form[field]).trim();
    if (raw === '') continue;
    if (!/^\d+$/.test(raw)) problems.push(validationError(field, message));
    else (rules as Record<string, unknown>)[field] = Number(raw);
  }
  if (form.selfEvaluationMode) rules.selfEvaluationMode = form.selfEvaluationMode;
  if (form.reciprocity) rules.reciprocity = form.reciprocity;
  if (existing) {
    rules.hmiRequired = form.hmiRequired;
    rules.gradingRequired = form.gradingRequired;
    rules.publicReportRequired = form.publicReportRequired;
  }
  const input: ProgrammeInput = {
    name: form.name.trim(),
    kind: form.kind,
    phases: form.phases.map((p, i) => ({ number: i + 1, from: p.from.trim(), to: p.to.trim() })),
    rules,
  };
  return { problems, input };
}
