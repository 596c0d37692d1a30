import { Question, QuestionError, questionIds } from './question';

interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  id: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: Option[];
  selected: readonly string[];
  onChange: (selected: string[]) => void;
}

/** A group of checkboxes in a fieldset, in the design system's pattern. */
export function Checkboxes({ id, legend, hint, error, options, selected, onChange }: Props) {
  const toggle = (value: string, checked: boolean) => {
    const next = options.map((o) => o.value).filter((v) => (v === value ? checked : selected.includes(v)));
    onChange(next);
  };
  return (
    <Question id={id} legend={legend} hint={hint} error={error}>
      <div className="ds_checkboxes">
        {options.map((o, i) => {
          const inputId = i === 0 ? id : `${id}-${o.value.toLowerCase()}`;
          const optionHintId = o.hint ? `${inputId}-hint` : undefined;
          return (
            <div className="ds_checkbox" key={o.value}>
              <input
                id={inputId}
                className="ds_checkbox__input"
                type="checkbox"
                value={o.value}
                checked={selected.includes(o.value)}
                onChange={(e) => toggle(o.value, e.target.checked)}
                aria-describedby={optionHintId}
              />
              <label className="ds_checkbox__label" htmlFor={inputId}>
                {o.label}
              </label>
              {o.hint && (
                <p className="ds_hint-text" id={optionHintId}>
                  {o.hint}
                </p>
              )}
            </div>
          );
        })}
      </div>
    </Question>
  );
}

/** One checkbox on its own, for a yes-or-no question. */
export function Checkbox({
  id,
  label,
  hint,
  error,
  checked,
  onChange,
}: {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  checked: boolean;
  onChange: (checked: boolean) => void;
}) {
  // The design system's single checkbox: its hint sits under its label.
  const { hintId, describedBy } = questionIds(id, hint, error);
  return (
    <div className={`ds_question${error ? ' ds_question--error' : ''}`}>
      <QuestionError id={id} error={error} />
      <div className="ds_checkboxes">
        <div className="ds_checkbox">
          <input
            id={id}
            className="ds_checkbox__input"
            type="checkbox"
            checked={checked}
            onChange={(e) => onChange(e.target.checked)}
            aria-describedby={describedBy}
          />
          <label className="ds_checkbox__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <p className="ds_hint-text" id={hintId}>
              {hint}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
