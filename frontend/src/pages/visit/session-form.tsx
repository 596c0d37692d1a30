import { useState, type FormEvent } from 'react';
import { Checkboxes } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import type { Audience, SessionKind } from '../../gql/graphql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { AUDIENCE_LABELS, formatDay, isTime, SESSION_KIND_LABELS } from './visit-format';

// One session of the visit, added or changed by the team lead or a
// programme officer: its day, times, kind, whom it meets, place and the
// accepted team members assigned. What can be checked here is checked
// before sending; the server's refusals (a member already in another
// session, a day that is not a visit day) are listed the same way.

const AddSession = graphql(`
  mutation SessionForm_AddSession($reviewId: UUID!, $version: Int!, $input: VisitSessionInput!) {
    addVisitSession(reviewId: $reviewId, version: $version, input: $input) {
      reviewId
      reviewVersion
      sequence
    }
  }
`);

const UpdateSession = graphql(`
  mutation SessionForm_UpdateSession($sessionId: UUID!, $version: Int!, $input: VisitSessionInput!) {
    updateVisitSession(sessionId: $sessionId, version: $version, input: $input) {
      reviewId
      reviewVersion
      sequence
    }
  }
`);

export interface SessionValues {
  day: string;
  startsAt: string;
  endsAt: string;
  kind: SessionKind | '';
  audiences: Audience[];
  place: string;
  memberIds: string[];
}

export const EMPTY_SESSION: SessionValues = {
  day: '',
  startsAt: '',
  endsAt: '',
  kind: '',
  audiences: [],
  place: '',
  memberIds: [],
};

const FIELDS = {
  day: 'session-day',
  startsAt: 'session-starts-at',
  endsAt: 'session-ends-at',
  kind: 'session-kind',
  audiences: 'session-audiences',
  place: 'session-place',
  members: 'session-members',
};

/** What is wrong with a session before it is sent, each problem a field's message. */
export function sessionProblems(values: SessionValues, days: readonly string[]): ApiError[] {
  const problems: ApiError[] = [];
  if (!days.includes(values.day)) problems.push(validationError('day', 'Choose the day of the session'));
  const start = values.startsAt.trim();
  const end = values.endsAt.trim();
  if (!isTime(start)) problems.push(validationError('startsAt', 'Enter the start time as HH:MM, for example 09:30'));
  if (!isTime(end)) problems.push(validationError('endsAt', 'Enter the end time as HH:MM, for example 11:00'));
  else if (isTime(start) && end <= start) problems.push(validationError('endsAt', 'The session must end after it starts'));
  if (values.kind === '') problems.push(validationError('kind', 'Choose what kind of session it is'));
  if (values.place.trim().length > 300) problems.push(validationError('place', 'The place must be 300 characters or fewer'));
  return problems;
}

interface Props {
  reviewId: string;
  version: number;
  /** The session changed, or none for a new one. */
  sessionId?: string;
  initial: SessionValues;
  days: readonly string[];
  places: readonly { id: string; name: string }[];
  assignable: readonly { id: string; name: string }[];
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}

export function SessionForm({ reviewId, version, sessionId, initial, days, places, assignable, onSaved, onCancel, onReload }: Props) {
  const [values, setValues] = useState<SessionValues>(initial);
  const [add, addState] = useMutation(AddSession);
  const [update, updateState] = useMutation(UpdateSession);
  const state = sessionId ? updateState : addState;
  const errors = state.errors;
  const conflict = isConflict(errors);
  const formErrors = toFormErrors(
    errors.filter((e) => e.code !== 'CONFLICT'),
    FIELDS,
  );
  const set = <K extends keyof SessionValues>(key: K, value: SessionValues[K]) =>
    setValues((v) => ({ ...v, [key]: value }));
  const title = sessionId ? 'Change the session' : 'Add a session';

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = sessionProblems(values, days);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const input = {
      day: values.day,
      startsAt: values.startsAt.trim(),
      endsAt: values.endsAt.trim(),
      kind: values.kind as SessionKind,
      audiences: values.audiences,
      place: values.place.trim() === '' ? null : values.place.trim(),
      memberIds: values.memberIds,
    };
    const result = sessionId
      ? await update({ sessionId, version, input })
      : await add({ reviewId, version, input });
    if (result) {
      onSaved(
        `${sessionId ? 'The session is changed' : 'The session is added'}: ${formatDay(input.day)}, ${input.startsAt} to ${input.endsAt}.`,
      );
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="session-form-heading">
      <h3 id="session-form-heading">{title}</h3>
      {conflict && <ConflictBanner onReload={onReload} />}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <Select
        id={FIELDS.day}
        name="day"
        label="Day"
        value={values.day}
        onChange={(e) => set('day', e.target.value)}
        error={formErrors.byField.day}
        options={[{ value: '', label: 'Choose a day' }, ...days.map((d) => ({ value: d, label: formatDay(d) }))]}
      />
      <TextInput
        id={FIELDS.startsAt}
        name="startsAt"
        label="Starts at"
        hint="24-hour time, for example 09:30"
        inputMode="numeric"
        autoComplete="off"
        value={values.startsAt}
        onChange={(e) => set('startsAt', e.target.value)}
        error={formErrors.byField.startsAt}
        width="fixed-10"
      />
      <TextInput
        id={FIELDS.endsAt}
        name="endsAt"
        label="Ends at"
        hint="24-hour time, for example 11:00"
        inputMode="numeric"
        autoComplete="off"
        value={values.endsAt}
        onChange={(e) => set('endsAt', e.target.value)}
        error={formErrors.byField.endsAt}
        width="fixed-10"
      />
      <Select
        id={FIELDS.kind}
        name="kind"
        label="Kind of session"
        value={values.kind}
        onChange={(e) => set('kind', e.target.value as SessionKind | '')}
        error={formErrors.byField.kind}
        options={[
          { value: '', label: 'Choose a kind' },
          ...(Object.keys(SESSION_KIND_LABELS) as SessionKind[]).map((k) => ({ value: k, label: SESSION_KIND_LABELS[k] })),
        ]}
      />
      <Checkboxes
        id={FIELDS.audiences}
        legend="Who does the team meet?"
        hint="Choose any that apply"
        error={formErrors.byField.audiences}
        options={(Object.keys(AUDIENCE_LABELS) as Audience[]).map((a) => ({ value: a, label: AUDIENCE_LABELS[a] }))}
        selected={values.audiences}
        onChange={(selected) => set('audiences', selected as Audience[])}
      />
      <TextInput
        id={FIELDS.place}
        name="place"
        label="Place (optional)"
        hint={places.length > 0 ? `The host’s places: ${places.map((p) => p.name).join('; ')}` : undefined}
        list={places.length > 0 ? 'session-place-options' : undefined}
        value={values.place}
        onChange={(e) => set('place', e.target.value)}
        error={formErrors.byField.place}
        width="fluid-two-thirds"
      />
      {places.length > 0 && (
        <datalist id="session-place-options">
          {places.map((p) => (
            <option key={p.id} value={p.name} />
          ))}
        </datalist>
      )}
      {assignable.length > 0 ? (
        <Checkboxes
          id={FIELDS.members}
          legend="Team members in this session"
          hint="Team members who have accepted their place"
          error={formErrors.byField.members}
          options={assignable.map((m) => ({ value: m.id, label: m.name }))}
          selected={values.memberIds}
          onChange={(selected) => set('memberIds', selected)}
        />
      ) : (
        <p>No team member has accepted a place yet, so nobody can be assigned.</p>
      )}
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          {sessionId ? 'Save the session' : 'Add the session'}
        </button>
        <button type="button" className="ds_button ds_button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
