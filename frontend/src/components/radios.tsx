import { Question } from './question';

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
  return (
    <Question id={id} legend={legend} hint={hint} error={error}>
      <div className={`ds_radios${inline ? ' ds_radios--inline' : ''}`}>
        {options.map((o, i) => {
          const inputId = i === 0 ? id : `${id}-${o.value.toLowerCase()}`;
          const hintId = o.hint ? `${id}-${o.value.toLowerCase()}-meaning` : undefined;
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
                aria-describedby={hintId}
              />
              <label className="ds_radio__label" htmlFor={inputId}>
                {o.label}
              </label>
              {o.hint && (
                <p className="ds_hint-text" id={hintId}>
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
