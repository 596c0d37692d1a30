import { useState } from 'react';
import { Checkboxes } from '../../components/checkboxes';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { Textarea } from '../../components/textarea';
import { TextInput } from '../../components/text-input';
import type { FindingKind } from '../../gql/graphql';
import type { DraftInput } from '../../lib/findings-outbox';
import { FIELDS, KIND_HINTS, KIND_LABELS, sessionLabel, type SessionOption } from './findings-format';

export interface IndicatorOption {
  number: string;
  title: string;
}

/**
 * A finding's fields: its kind, its text, the visit session and the
 * indicators it relates to (a filter narrows the framework's list; the
 * ones chosen stay shown). `prefix` keeps ids apart when an edit form is
 * open beside the capture form.
 */
export function FindingFields({
  prefix = '',
  values,
  onChange,
  errors,
  indicators,
  sessions,
  textHint,
}: {
  prefix?: string;
  values: DraftInput;
  onChange: (values: DraftInput) => void;
  errors: Record<string, string>;
  indicators: readonly IndicatorOption[];
  sessions: readonly SessionOption[];
  textHint?: string;
}) {
  const [filter, setFilter] = useState('');
  const set = <K extends keyof DraftInput>(key: K, value: DraftInput[K]) => onChange({ ...values, [key]: value });
  const needle = filter.trim().toLowerCase();
  const shown = indicators.filter(
    (i) =>
      needle === '' ||
      values.indicators.includes(i.number) ||
      i.number.toLowerCase().startsWith(needle) ||
      i.title.toLowerCase().includes(needle),
  );
  const id = (field: string) => `${prefix}${field}`;
  return (
    <>
      <Radios
        id={id(FIELDS.kind)}
        name={id('kind')}
        legend="Kind of finding"
        error={errors.kind}
        inline
        options={(Object.keys(KIND_LABELS) as FindingKind[]).map((k) => ({ value: k, label: KIND_LABELS[k], hint: prefix ? undefined : KIND_HINTS[k] }))}
        value={values.kind}
        onChange={(kind) => set('kind', kind)}
      />
      <Textarea
        id={id(FIELDS.text)}
        name="text"
        label="Finding"
        hint={textHint}
        value={values.text}
        onChange={(e) => set('text', e.target.value)}
        error={errors.text}
        rows={5}
      />
      <Select
        id={id(FIELDS.sessionId)}
        name="session"
        label="Visit session (optional)"
        value={values.sessionId ?? ''}
        onChange={(e) => set('sessionId', e.target.value === '' ? null : e.target.value)}
        error={errors.sessionId ?? errors.session}
        options={[
          { value: '', label: 'Not about one session' },
          ...sessions.map((s) => ({ value: s.id, label: sessionLabel(s) })),
        ]}
      />
      <TextInput
        id={id('finding-indicator-filter')}
        name="indicatorFilter"
        label="Find an indicator"
        hint="Type a number or words from its title to narrow the list below"
        autoComplete="off"
        value={filter}
        onChange={(e) => setFilter(e.target.value)}
        width="fluid-two-thirds"
      />
      {shown.length > 0 ? (
        <Checkboxes
          id={id(FIELDS.indicators)}
          legend="Quality indicators (optional)"
          hint={values.indicators.length > 0 ? `Chosen: ${values.indicators.join(', ')}` : 'Choose any it relates to'}
          error={errors.indicators}
          options={shown.map((i) => ({ value: i.number, label: `${i.number} ${i.title}` }))}
          selected={values.indicators}
          onChange={(selected) => set('indicators', selected)}
        />
      ) : (
        <p id={id(FIELDS.indicators)}>No indicator matches “{filter.trim()}”.</p>
      )}
    </>
  );
}
