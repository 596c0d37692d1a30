import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import type { RiskThresholdsInput } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';

// The programme's thresholds for the reviews-at-risk rules: four whole
// numbers, each checked against its bounds before sending (the server
// checks them again and names every field at fault).

const SetThresholds = graphql(`
  mutation InsightThresholds_Set($programmeId: UUID!, $thresholds: RiskThresholdsInput!) {
    setRiskThresholds(programmeId: $programmeId, thresholds: $thresholds) {
      programmeId
      focusDaysBefore
      teamDaysBefore
      selfEvaluationWorkingDaysBefore
      reportWorkingDaysAfter
      isDefault
    }
  }
`);

type Field = keyof RiskThresholdsInput;
export type ThresholdValues = Record<Field, string>;

export const THRESHOLD_FIELDS: {
  field: Field;
  id: string;
  label: string;
  hint: string;
  max: number;
  what: string;
}[] = [
  {
    field: 'focusDaysBefore',
    id: 'threshold-focus',
    label: 'No agreed focus: days before the target month',
    hint: 'Calendar days before the first day of the target month, from 1 to 365 (usually 60)',
    max: 365,
    what: 'the days before the target month for an agreed focus',
  },
  {
    field: 'teamDaysBefore',
    id: 'threshold-team',
    label: 'No formed team: days before the target month',
    hint: 'Calendar days before the first day of the target month, from 1 to 365 (usually 30)',
    max: 365,
    what: 'the days before the target month for a formed team',
  },
  {
    field: 'selfEvaluationWorkingDaysBefore',
    id: 'threshold-self-evaluation',
    label: 'No submitted self-evaluation: working days before the visit',
    hint: 'Working days before the first visit day, from 1 to 100 (usually 10)',
    max: 100,
    what: 'the working days before the visit for a submitted self-evaluation',
  },
  {
    field: 'reportWorkingDaysAfter',
    id: 'threshold-report',
    label: 'Report not drafted: working days after the visit',
    hint: 'Working days after the last visit day, from 1 to 100 (usually 20)',
    max: 100,
    what: 'the working days after the visit for a drafted report',
  },
];

/** Every field's problem (all of them, not only the first), or the input to send. */
export function thresholdsInput(values: ThresholdValues): { problems: ApiError[]; input: RiskThresholdsInput } {
  const problems: ApiError[] = [];
  const input = {} as RiskThresholdsInput;
  for (const f of THRESHOLD_FIELDS) {
    const raw = values[f.field].trim();
    if (raw === '') {
      problems.push(validationError(f.field, `Enter ${f.what}`));
    } else if (!/^\d{1,6}$/.test(raw)) {
      problems.push(validationError(f.field, `Enter ${f.what} as a whole number, for example 10`));
    } else if (Number(raw) < 1 || Number(raw) > f.max) {
      problems.push(validationError(f.field, `Enter ${f.what} from 1 to ${f.max}`));
    } else {
      input[f.field] = Number(raw);
    }
  }
  return { problems, input };
}

export function ThresholdsForm({
  programmeId,
  thresholds,
  onSaved,
}: {
  programmeId: string;
  thresholds: RiskThresholdsInput & { isDefault: boolean };
  onSaved: () => void;
}) {
  const [values, setValues] = useState<ThresholdValues>({
    focusDaysBefore: String(thresholds.focusDaysBefore),
    teamDaysBefore: String(thresholds.teamDaysBefore),
    selfEvaluationWorkingDaysBefore: String(thresholds.selfEvaluationWorkingDaysBefore),
    reportWorkingDaysAfter: String(thresholds.reportWorkingDaysAfter),
  });
  const [save, state] = useMutation(SetThresholds);
  const errors = toFormErrors(state.errors, Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f.field, f.id])));
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const { problems, input } = thresholdsInput(values);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    if (await save({ programmeId, thresholds: input })) onSaved();
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="thresholds-heading">
      <h3 id="thresholds-heading">Thresholds for reviews at risk</h3>
      <p>
        {thresholds.isDefault
          ? 'The programme uses the usual thresholds.'
          : 'The programme has its own thresholds.'}{' '}
        A review is listed as at risk from the day a threshold is passed.
      </p>
      <ErrorSummary items={errors.items} />
      {THRESHOLD_FIELDS.map((f) => (
        <TextInput
          key={f.field}
          id={f.id}
          name={f.field}
          label={f.label}
          hint={f.hint}
          inputMode="numeric"
          autoComplete="off"
          value={values[f.field]}
          onChange={(e) => setValues((v) => ({ ...v, [f.field]: e.target.value }))}
          error={errors.byField[f.field]}
          width="fixed-10"
        />
      ))}
      <button type="submit" className="ds_button" disabled={state.pending}>
        Save the thresholds
      </button>
    </form>
  );
}
