import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import { formatDateTime } from '../../lib/format';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { formatDay, parseDate, typedDate } from '../visit/visit-format';
import type { Changed, FollowUp } from './follow-up-tab';
import { TEXT_MAX } from './follow-up-format';

// The two follow-up sessions, six and twelve months after publication:
// proposed on the next working day, and scheduled only once a host lead or
// a programme officer saves a date (the team and the host then get a
// calendar invitation); each with its notes.

const Schedule = graphql(`
  mutation FollowUpTab_ScheduleSession($reviewId: UUID!, $number: Int!, $date: NaiveDate!) {
    scheduleFollowUpSession(reviewId: $reviewId, number: $number, date: $date) {
      reviewId
      reviewVersion
    }
  }
`);

const Cancel = graphql(`
  mutation FollowUpTab_CancelSession($reviewId: UUID!, $number: Int!) {
    cancelFollowUpSession(reviewId: $reviewId, number: $number) {
      reviewId
      reviewVersion
    }
  }
`);

const SetNotes = graphql(`
  mutation FollowUpTab_SessionNotes($reviewId: UUID!, $number: Int!, $notes: String!) {
    setFollowUpSessionNotes(reviewId: $reviewId, number: $number, notes: $notes) {
      reviewId
      reviewVersion
    }
  }
`);

type Session = FollowUp['sessions'][number];

const AFTER: Record<number, string> = { 1: 'six months', 2: 'twelve months' };

export function SessionsSection({ followUp, onChanged }: { followUp: FollowUp; onChanged: Changed }) {
  return (
    <section aria-labelledby="sessions-heading">
      <h3 id="sessions-heading">Follow-up sessions</h3>
      <p>
        Proposed six and twelve months after publication (on the next working day). A session counts as scheduled once
        a host lead or a programme officer saves its date; the team and the host then receive a calendar invitation.
      </p>
      {followUp.sessions.map((s) => (
        <SessionBlock key={s.number} followUp={followUp} session={s} onChanged={onChanged} />
      ))}
    </section>
  );
}

function SessionBlock({ followUp, session, onChanged }: { followUp: FollowUp; session: Session; onChanged: Changed }) {
  const n = session.number;
  const headingId = `session-${n}-heading`;
  const name = `session ${n}`;
  return (
    <section className="quads-follow-up-session" aria-labelledby={headingId}>
      <h4 id={headingId}>
        Follow-up session {n} ({AFTER[n] ?? 'later'})
      </h4>
      <dl className="ds_summary-list">
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Proposed date</dt>
          <dd className="ds_summary-list__value">{formatDay(session.proposedOn)}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Status</dt>
          <dd className="ds_summary-list__value">
            {session.scheduled && session.scheduledOn ? (
              <>
                <strong className="ds_tag ds_tag--green">Scheduled</strong> {formatDay(session.scheduledOn)}
                {session.savedBy && (
                  <span className="ds_hint-text quads-follow-up__saved">
                    {' '}
                    Saved by {session.savedBy.name}
                    {session.savedAt ? ` on ${formatDateTime(session.savedAt)}` : ''}
                  </span>
                )}
              </>
            ) : (
              <>
                <strong className="ds_tag ds_tag--grey">Not scheduled</strong> Only proposed: not scheduled until its
                date is saved
              </>
            )}
          </dd>
        </div>
      </dl>
      {followUp.canScheduleSessions && (
        <ScheduleForm key={`${session.scheduledOn ?? ''}-${session.sequence}`} followUp={followUp} session={session} name={name} onChanged={onChanged} />
      )}
      {followUp.canWriteSessionNotes ? (
        <NotesForm key={session.notes} followUp={followUp} session={session} name={name} onChanged={onChanged} />
      ) : (
        <>
          <h5>Notes</h5>
          {session.notes.trim() === '' ? <p>No notes yet.</p> : <p className="quads-follow-up__text">{session.notes}</p>}
        </>
      )}
    </section>
  );
}

function ScheduleForm({ followUp, session, name, onChanged }: { followUp: FollowUp; session: Session; name: string; onChanged: Changed }) {
  const n = session.number;
  const fieldId = `session-${n}-date`;
  const [date, setDate] = useState(typedDate(session.scheduledOn ?? session.proposedOn));
  const [schedule, scheduleState] = useMutation(Schedule);
  const [cancel, cancelState] = useMutation(Cancel);
  const formErrors = toFormErrors([...scheduleState.errors, ...cancelState.errors], { date: fieldId, number: fieldId });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const day = parseDate(date);
    if (day === null) {
      scheduleState.setErrors([validationError('date', 'Enter the date, for example 7/4/2025')]);
      return;
    }
    if (day < followUp.publishedOn) {
      scheduleState.setErrors([validationError('date', 'The session must be on or after the report’s publication')]);
      return;
    }
    if (await schedule({ reviewId: followUp.reviewId, number: n, date: day })) {
      onChanged(`Follow-up ${name} is scheduled for ${formatDay(day)}; the team and the host are sent an invitation.`);
    }
  };
  const onCancel = async () => {
    if (await cancel({ reviewId: followUp.reviewId, number: n })) {
      onChanged(`Follow-up ${name} is no longer scheduled; the team and the host are told it is cancelled.`);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Date of follow-up ${name}`}>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <TextInput
        id={fieldId}
        name="date"
        label={`Date of ${name}`}
        hint="A working day, for example 7/4/2025"
        autoComplete="off"
        value={date}
        onChange={(e) => setDate(e.target.value)}
        error={formErrors.byField.date ?? formErrors.byField.number}
        width="fixed-10"
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button ds_button--secondary" disabled={scheduleState.pending}>
          Save {name}
        </button>
        {session.scheduled && (
          <button
            type="button"
            className="ds_button ds_button--secondary"
            disabled={cancelState.pending}
            onClick={() => void onCancel()}
          >
            Cancel {name}
          </button>
        )}
      </div>
    </form>
  );
}

function NotesForm({ followUp, session, name, onChanged }: { followUp: FollowUp; session: Session; name: string; onChanged: Changed }) {
  const n = session.number;
  const fieldId = `session-${n}-notes`;
  const [notes, setNotes] = useState(session.notes);
  const [save, state] = useMutation(SetNotes);
  const formErrors = toFormErrors(state.errors, { notes: fieldId });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (notes.trim().length > TEXT_MAX.sessionNotes) {
      state.setErrors([validationError('notes', `The notes must be ${TEXT_MAX.sessionNotes} characters or fewer`)]);
      return;
    }
    if (await save({ reviewId: followUp.reviewId, number: n, notes: notes.trim() })) {
      onChanged(`The notes of follow-up ${name} are saved.`);
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={`Notes of follow-up ${name}`}>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <Textarea
        id={fieldId}
        name="notes"
        label={`Notes of ${name}`}
        hint="What was discussed and agreed"
        value={notes}
        onChange={(e) => setNotes(e.target.value)}
        error={formErrors.byField.notes}
        rows={4}
      />
      <button type="submit" className="ds_button ds_button--secondary" disabled={state.pending}>
        Save the notes of {name}
      </button>
    </form>
  );
}
