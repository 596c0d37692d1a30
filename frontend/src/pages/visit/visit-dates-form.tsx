import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { formatDay, parseDate, typedDate } from './visit-format';

// The visit days, set by the team lead or a programme officer: one date
// field a day. The server checks them against the calendar; a refusal
// names each date that cannot be a visit day and why (a weekend, a bank
// holiday, a blackout date), and is listed in the error summary.

const SetVisitDates = graphql(`
  mutation VisitDatesForm_SetVisitDates($reviewId: UUID!, $version: Int!, $days: [NaiveDate!]!) {
    setVisitDates(reviewId: $reviewId, version: $version, days: $days) {
      reviewId
      reviewVersion
      days
      sequence
    }
  }
`);

/** What is wrong with the typed days before they are sent. */
export function datesProblems(days: readonly string[]): ApiError[] {
  const problems: ApiError[] = [];
  days.forEach((d, i) => {
    if (parseDate(d) === null)
      problems.push(validationError(`day${i}`, `Enter day ${i + 1} as a date, for example 6/1/2025`));
  });
  return problems;
}

interface Props {
  reviewId: string;
  version: number;
  lengthDays: number;
  days: readonly string[];
  targetMonthLabel: string;
  onSaved: (message: string) => void;
  onReload: () => void;
}

export function VisitDatesForm({ reviewId, version, lengthDays, days, targetMonthLabel, onSaved, onReload }: Props) {
  const [values, setValues] = useState<string[]>(() =>
    Array.from({ length: lengthDays }, (_, i) => (days[i] ? typedDate(days[i]) : '')),
  );
  const [save, saveState] = useMutation(SetVisitDates);
  const conflict = isConflict(saveState.errors);
  const fields: Record<string, string> = { days: 'visit-day-0' };
  values.forEach((_, i) => (fields[`day${i}`] = `visit-day-${i}`));
  const formErrors = toFormErrors(
    saveState.errors.filter((e) => e.code !== 'CONFLICT'),
    fields,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = datesProblems(values);
    if (problems.length > 0) {
      saveState.setErrors(problems);
      return;
    }
    const chosen = values.map((d) => parseDate(d) ?? d);
    const result = await save({ reviewId, version, days: chosen });
    if (result) {
      onSaved(`The visit days are set: ${result.setVisitDates.days.map(formatDay).join(', ')}.`);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="visit-dates-heading">
      <h3 id="visit-dates-heading">{days.length > 0 ? 'Change the visit days' : 'Set the visit days'}</h3>
      <p>
        The visit lasts {lengthDays} consecutive working days in {targetMonthLabel}. Weekends, bank holidays and the
        host’s blackout dates are not working days.
      </p>
      {conflict && <ConflictBanner onReload={onReload} />}
      {formErrors.items.length > 0 && (
        <ErrorSummary items={formErrors.items} title="These visit days cannot be used" />
      )}
      {values.map((value, i) => (
        <TextInput
          key={i}
          id={`visit-day-${i}`}
          name={`day${i}`}
          label={`Day ${i + 1}`}
          hint={i === 0 ? 'Day, month and year, for example 6/1/2025' : undefined}
          autoComplete="off"
          value={value}
          onChange={(e) => setValues((v) => v.map((d, j) => (j === i ? e.target.value : d)))}
          error={formErrors.byField[`day${i}`] ?? (i === 0 ? formErrors.byField.days : undefined)}
          width="fixed-10"
        />
      ))}
      <button type="submit" className="ds_button" disabled={saveState.pending}>
        Save the visit days
      </button>
    </form>
  );
}
