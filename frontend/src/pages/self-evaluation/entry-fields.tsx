import { Radios } from '../../components/radios';
import { formatDateTime } from '../../lib/format';
import './self-evaluation.css';

// What the self-evaluation's and the team view's editors share: the grade
// on the framework's six-point scale (each level's meaning beside it) and
// the conflict panel that shows both texts when someone saved first.

export interface ScaleLevel {
  level: number;
  label: string;
  meaning: string;
}

/** The grade as an accessible radio group, 6 (excellent) first, each level with its meaning. */
export function GradeField({
  id,
  legend,
  scale,
  value,
  onChange,
  error,
}: {
  id: string;
  legend: string;
  scale: readonly ScaleLevel[];
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
}) {
  const levels = [...scale].sort((a, b) => b.level - a.level);
  return (
    <Radios
      id={id}
      name={id}
      legend={legend}
      hint="On the framework’s six-point scale."
      error={error}
      value={value}
      onChange={onChange}
      options={levels.map((l) => ({ value: String(l.level), label: `${l.level} – ${capitalise(l.label)}`, hint: l.meaning }))}
    />
  );
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** One field of an entry as the conflict panel compares it. */
export interface ComparedField {
  label: string;
  mine: string;
  theirs: string;
}

/** What the server sent as `extensions.current` on a CONFLICT, read defensively. */
export interface StoredEntry {
  version: number;
  values: Record<string, unknown>;
  editedBy: string | null;
  editedAt: string | null;
}

export function storedEntry(current: Record<string, unknown> | undefined): StoredEntry | null {
  if (!current || typeof current.version !== 'number') return null;
  const by = current.lastEditedBy;
  const editedBy =
    typeof by === 'object' && by !== null && typeof (by as { name?: unknown }).name === 'string'
      ? (by as { name: string }).name
      : null;
  return {
    version: current.version,
    values: current,
    editedBy,
    editedAt: typeof current.lastEditedAt === 'string' ? current.lastEditedAt : null,
  };
}

/** A stored text field of `extensions.current`, or '' when absent. */
export function storedText(stored: StoredEntry, field: string): string {
  const v = stored.values[field];
  if (typeof v === 'number') return String(v);
  return typeof v === 'string' ? v : '';
}

/**
 * Someone saved this indicator while the viewer was editing it: nothing was
 * overwritten. Both versions side by side, field by field where they differ,
 * and a choice: keep one's own text (the next save replaces theirs) or take
 * theirs into the form; either way the form can be edited to combine them.
 */
export function ConflictPanel({
  id,
  stored,
  fields,
  onKeepMine,
  onUseTheirs,
}: {
  id: string;
  stored: StoredEntry;
  fields: ComparedField[];
  onKeepMine: () => void;
  onUseTheirs: () => void;
}) {
  const differing = fields.filter((f) => f.mine.trim() !== f.theirs.trim());
  const who = stored.editedBy ?? 'Someone else';
  const when = stored.editedAt ? ` on ${formatDateTime(stored.editedAt)}` : '';
  return (
    <section className="quads-conflict" aria-labelledby={`${id}-heading`}>
      <h3 id={`${id}-heading`} tabIndex={-1}>
        {who} saved this indicator while you were editing it
      </h3>
      <p>
        Your changes are not saved and nothing of theirs was overwritten. Compare the two versions, then keep yours or
        use theirs; you can edit the form to combine them before saving.
      </p>
      <table className="ds_table" id={id}>
        <caption className="visually-hidden">Your version beside the saved version</caption>
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">Your version</th>
            <th scope="col">
              Saved by {who}
              {when}
            </th>
          </tr>
        </thead>
        <tbody>
          {(differing.length > 0 ? differing : fields).map((f) => (
            <tr key={f.label}>
              <th scope="row">{f.label}</th>
              <td className="quads-pre-line">{f.mine || '(empty)'}</td>
              <td className="quads-pre-line">{f.theirs || '(empty)'}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="ds_button-group">
        <button type="button" className="ds_button ds_button--secondary ds_button--small" onClick={onKeepMine}>
          Keep my version
        </button>
        <button type="button" className="ds_button ds_button--secondary ds_button--small" onClick={onUseTheirs}>
          Use their version
        </button>
      </div>
    </section>
  );
}
