import type { SelectHTMLAttributes } from 'react';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
}

/** A labelled select in the design system's pattern. */
export function Select({ id, label, hint, error, options, ...select }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ds_question${error ? ' ds_question--error' : ''}`}>
      <label className="ds_label" htmlFor={id}>
        {label}
      </label>
      {hint && (
        <p className="ds_hint-text" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="ds_question__error-message" id={errorId}>
          <span className="visually-hidden">Error: </span>
          {error}
        </p>
      )}
      <div className="ds_select-wrapper">
        <select
          id={id}
          className={`ds_select${error ? ' ds_select--error' : ''}`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...select}
        >
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <span className="ds_select-arrow" aria-hidden="true" />
      </div>
    </div>
  );
}
