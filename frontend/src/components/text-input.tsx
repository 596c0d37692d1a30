import type { InputHTMLAttributes } from 'react';
import { Question } from './question';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  width?: 'fixed-20' | 'fluid-two-thirds' | 'fluid-one-third' | 'fixed-10';
}

/** A labelled input in the design system's question pattern, with hint and error message. */
export function TextInput({ id, label, hint, error, width, ...input }: Props) {
  const classes = ['ds_input', width ? `ds_input--${width}` : '', error ? 'ds_input--error' : '']
    .filter(Boolean)
    .join(' ');
  return (
    <Question id={id} label={label} hint={hint} error={error}>
      {(describedBy) => (
        <input
          id={id}
          className={classes}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
      )}
    </Question>
  );
}
