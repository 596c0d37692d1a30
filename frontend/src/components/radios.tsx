interface Option {
  value: string;
  label: string;
  hint?: string;
}

interface Props {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  options: Option[];
  value: string;
  onChange: (value: string) => void;
  inline?: boolean;
}

/** A group of radio buttons in a fieldset, in the design system's pattern. */
export function Radios({ id, name, legend, hint, error, options, value, onChange, inline = false }: Props) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`ds_question${error ? ' ds_question--error' : ''}`}>
      <fieldset aria-describedby={describedBy}>
        <legend>{legend}</legend>
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
        <div className={`ds_radios${inline ? ' ds_radios--inline' : ''}`}>
          {options.map((o, i) => {
            const inputId = i === 0 ? id : `${id}-${o.value.toLowerCase()}`;
            return (
              <div className="ds_radio" key={o.value}>
                <input
                  id={inputId}
                  className="ds_radio__input"
                  type="radio"
                  name={name}
                  value={o.value}
                  checked={value === o.value}
                  onChange={() => onChange(o.value)}
                />
                <label className="ds_radio__label" htmlFor={inputId}>
                  {o.label}
                </label>
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}
