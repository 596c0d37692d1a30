import { Question } from '../../components/question';
import { TextInput } from '../../components/text-input';
import type { PhaseRow } from './settings-form-state';

/**
 * The programme's phases, each a first and a last month, with buttons to
 * add a phase and remove the last one. `errorOf(i)` is phase i's error.
 */
export function PhasesFieldset({
  phases,
  onChange,
  errorOf,
}: {
  phases: PhaseRow[];
  onChange: (phases: PhaseRow[]) => void;
  errorOf: (index: number) => string | undefined;
}) {
  const setPhase = (i: number, key: keyof PhaseRow, value: string) =>
    onChange(phases.map((p, j) => (j === i ? { ...p, [key]: value } : p)));
  return (
    <>
      <h2>Phases</h2>
      {phases.map((p, i) => (
        <Question id={`phase-${i + 1}`} legend={`Phase ${i + 1}`} error={errorOf(i)} key={i}>
          <div className="quads-month-input">
            <TextInput
              id={`phase-${i + 1}-from`}
              label="First month"
              hint="YYYY-MM"
              value={p.from}
              onChange={(e) => setPhase(i, 'from', e.target.value)}
              width="fixed-10"
            />
            <TextInput
              id={`phase-${i + 1}-to`}
              label="Last month"
              hint="YYYY-MM"
              value={p.to}
              onChange={(e) => setPhase(i, 'to', e.target.value)}
              width="fixed-10"
            />
          </div>
        </Question>
      ))}
      <div className="quads-filters__buttons">
        <button
          type="button"
          className="ds_button ds_button--secondary ds_button--small"
          onClick={() => onChange([...phases, { from: '', to: '' }])}
        >
          Add a phase
        </button>
        {phases.length > 1 && (
          <button
            type="button"
            className="ds_button ds_button--secondary ds_button--small"
            onClick={() => onChange(phases.slice(0, -1))}
          >
            Remove the last phase
          </button>
        )}
      </div>
    </>
  );
}
