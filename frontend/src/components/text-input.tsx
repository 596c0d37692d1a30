import type { InputHTMLAttributes } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'className'> {
  id: string;
  label: string;
  hint?: string;
  error?: string | undefined;
  width?: 'fixed-20' | 'fluid-two-thirds' | 'fluid-one-third' | 'fixed-10';
}

/** A labelled input in the design system's question pattern, with hint and error message. */
export function TextInput({ id, label, hint, error, width, ...input }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  const classes = ['ds_input', width ? `ds_input--${width}` : '', error ? 'ds_input--error' : '']
    .filter(Boolean)
    .join(' ');
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
      <input
        id={id}
        className={classes}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...input}
      />
    </div>
  );
}
