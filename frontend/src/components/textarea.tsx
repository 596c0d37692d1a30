import type { TextareaHTMLAttributes } from 'react';
import { Question } from './question';

interface Props extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
}

/** A labelled textarea in the design system's question pattern. */
export function Textarea({ id, label, hint, error, rows = 4, ...rest }: Props) {
  return (
    <Question id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <textarea
          id={id}
          rows={rows}
          className={`ds_input${error ? ' ds_input--error' : ''}`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...rest}
        />
      )}
    </Question>
  );
}
