import type { ReactNode } from 'react';

/** The ids a question's hint and error message take, and the control's aria-describedby. */
export function questionIds(id: string, hint: ReactNode, error: string | undefined) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  return { hintId, errorId, describedBy: [hintId, errorId].filter(Boolean).join(' ') || undefined };
}

/** The design system's error message of a question, read as "Error: …". */
export function QuestionError({ id, error }: { id: string; error: string | undefined }) {
  if (!error) return null;
  return (
    <p className="ds_question__error-message" id={`${id}-error`}>
      <span className="visually-hidden">Error: </span>
      {error}
    </p>
  );
}

interface Props {
  /** The control's id (or the first control's, for a group); the hint and error ids derive from it. */
  id: string;
  /** The label of one control (`<label for=id>`). */
  label?: ReactNode;
  /** The legend of a group of controls: the question becomes a fieldset. */
  legend?: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
  /** The control(s); a function gets the aria-describedby a single control needs. */
  children: ReactNode | ((describedBy: string | undefined) => ReactNode);
}

/**
 * The design system's question: a label (or a fieldset's legend), a hint,
 * an error message and the control, with the control described by the hint
 * and the error. Every form field of the app is one.
 */
export function Question({ id, label, legend, hint, error, children }: Props) {
  const { hintId, describedBy } = questionIds(id, hint, error);
  const grouped = legend !== undefined;
  const parts = (
    <>
      {grouped ? (
        <legend>{legend}</legend>
      ) : (
        label !== undefined && (
          <label className="ds_label" htmlFor={id}>
            {label}
          </label>
        )
      )}
      {hint && (
        <p className="ds_hint-text" id={hintId}>
          {hint}
        </p>
      )}
      <QuestionError id={id} error={error} />
      {typeof children === 'function' ? children(grouped ? undefined : describedBy) : children}
    </>
  );
  return (
    <div className={`ds_question${error ? ' ds_question--error' : ''}`}>
      {grouped ? <fieldset aria-describedby={describedBy}>{parts}</fieldset> : parts}
    </div>
  );
}
