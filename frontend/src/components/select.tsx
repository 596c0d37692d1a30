import type { SelectHTMLAttributes } from 'react';
import { Question } from './question';

interface Props extends Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  options: { value: string; label: string }[];
}

/** A labelled select in the design system's pattern. */
export function Select({ id, label, hint, error, options, ...select }: Props) {
  return (
    <Question id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
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
      )}
    </Question>
  );
}
