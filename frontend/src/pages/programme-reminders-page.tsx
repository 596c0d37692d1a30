import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import type { ReminderKind } from '../gql/graphql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';

const PolicyQuery = graphql(`
  query ProgrammeRemindersPage_Policy($id: UUID!) {
    reminderPolicy(programmeId: $id) {
      kind
      label
      offsets
      anchor
      unit
      repeats
      isDefault
      defaultOffsets
      essential
    }
  }
`);

const SetPolicyMutation = graphql(`
  mutation ProgrammeRemindersPage_SetPolicy($id: UUID!, $kind: ReminderKind!, $offsets: [Int!]!, $useDefault: Boolean) {
    setReminderPolicy(programmeId: $id, kind: $kind, offsets: $offsets, useDefault: $useDefault) {
      kind
      offsets
      isDefault
    }
  }
`);

/** "14, 3" as numbers; `null` for anything that is not a list of whole numbers. */
export function parseOffsets(text: string): number[] | null {
  const parts = text
    .split(',')
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (!parts.every((p) => /^-?\d{1,6}$/.test(p))) return null;
  return parts.map((p) => Number(p));
}

function ruleLabel(r: { unit: string; anchor: string; repeats: boolean }) {
  if (r.repeats) return 'Every how many days while it lasts (one number)';
  const unit = r.unit === 'WORKING_DAYS' ? 'Working days' : 'Days';
  return `${unit} ${r.anchor === 'BEFORE' ? 'before' : 'after'} (up to 5, separated by commas)`;
}

function inputId(kind: string) {
  return `offsets-${kind.toLowerCase().replace(/_/g, '-')}`;
}

/** A programme's reminder policy: for each kind, how many working days before or after to remind. */
export function ProgrammeRemindersPage() {
  const { id = '' } = useParams();
  const { data, loading, errors, refetch } = useQuery(PolicyQuery, { id });
  const [save, state] = useMutation(SetPolicyMutation);
  const [texts, setTexts] = useState<Record<string, string>>({});
  const [editing, setEditing] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const rules = data?.reminderPolicy ?? [];
  const textOf = (kind: string, offsets: readonly number[]) => texts[kind] ?? offsets.join(', ');

  const onSubmit = async (event: FormEvent, kind: string, label: string, useDefault: boolean) => {
    event.preventDefault();
    setSaved(null);
    setEditing(kind);
    const rule = rules.find((r) => r.kind === kind);
    const offsets = useDefault ? [] : parseOffsets(textOf(kind, rule?.offsets ?? []));
    if (offsets === null) {
      state.setErrors([validationError('offsets', 'Enter whole numbers of working days, separated by commas')]);
      return;
    }
    const result = await save({ id, kind: kind as ReminderKind, offsets, useDefault });
    if (result) {
      // The box shows what was saved at once: the policy is read again, but
      // until that answer comes the query still holds the old offsets.
      const savedRule = result.setReminderPolicy.find((r) => r.kind === kind);
      setTexts((t) => {
        const next = { ...t };
        if (savedRule) next[kind] = savedRule.offsets.join(', ');
        else delete next[kind];
        return next;
      });
      setSaved(label);
      refetch();
    }
  };

  const formErrors = toFormErrors(state.errors, { offsets: editing ? inputId(editing) : 'offsets' });
  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (saved)
    banner = (
      <NotificationBanner variant="success" focusOnMount key={saved}>
        <p>{saved}: saved. Pending reminders of this programme were rescheduled.</p>
      </NotificationBanner>
    );

  return (
    <Page title="Reminder policy" label="Programme" banner={banner}>
      <p>
        Reminders are counted in working days in Scotland (weekends, bank holidays and the host authority&apos;s
        blackout dates left out) and sent between 08:00 and 18:00. Leave a box empty to send none of that kind.
      </p>
      <QueryStatus loading={loading} errors={errors} />
      {rules.map((r) => (
        <form key={r.kind} onSubmit={(e) => void onSubmit(e, r.kind, r.label, false)} noValidate>
          <h2 className="ds_h3">{r.label}</h2>
          <TextInput
            id={inputId(r.kind)}
            name={inputId(r.kind)}
            label={ruleLabel(r)}
            hint={`Default: ${r.defaultOffsets.join(', ')}${r.isDefault ? ' (in use)' : ''}${r.essential ? '. People cannot turn these off.' : ''}`}
            value={textOf(r.kind, r.offsets)}
            onChange={(e) => setTexts((t) => ({ ...t, [r.kind]: e.target.value }))}
            error={editing === r.kind ? formErrors.byField.offsets : undefined}
            width="fixed-10"
            inputMode="text"
          />
          <div className="ds_button-group">
            <button type="submit" className="ds_button" disabled={state.pending}>
              Save {r.label.toLowerCase()}
            </button>
            {!r.isDefault && (
              <button
                type="button"
                className="ds_button ds_button--secondary"
                disabled={state.pending}
                onClick={(e) => void onSubmit(e, r.kind, r.label, true)}
              >
                Use the default
              </button>
            )}
          </div>
        </form>
      ))}
      <p>
        <Link to={`/programmes/${id}`}>Back to the programme</Link>
      </p>
    </Page>
  );
}
