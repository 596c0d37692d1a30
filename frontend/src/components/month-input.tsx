import { Question } from './question';

interface Props {
  /** The fieldset's id: the inputs are `${id}-month` and `${id}-year`, the hint and error `${id}-hint`, `${id}-error`. */
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  month: string;
  year: string;
  onMonthChange: (month: string) => void;
  onYearChange: (year: string) => void;
}

/** A month and a year, as the design system's date input without the day. */
export function MonthInput({ id, legend, hint, error, month, year, onMonthChange, onYearChange }: Props) {
  const invalid = error ? true : undefined;
  return (
    <Question id={id} legend={legend} hint={hint} error={error}>
      <div className="ds_datepicker">
        <div className="ds_datepicker__input-wrapper quads-month-input">
          <div>
            <label className="ds_label" htmlFor={`${id}-month`}>
              Month
            </label>
            <input
              id={`${id}-month`}
              className={`ds_input ds_input--fixed-2${error ? ' ds_input--error' : ''}`}
              inputMode="numeric"
              value={month}
              aria-invalid={invalid}
              onChange={(e) => onMonthChange(e.target.value)}
            />
          </div>
          <div>
            <label className="ds_label" htmlFor={`${id}-year`}>
              Year
            </label>
            <input
              id={`${id}-year`}
              className={`ds_input ds_input--fixed-4${error ? ' ds_input--error' : ''}`}
              inputMode="numeric"
              value={year}
              aria-invalid={invalid}
              onChange={(e) => onYearChange(e.target.value)}
            />
          </div>
        </div>
      </div>
    </Question>
  );
}
