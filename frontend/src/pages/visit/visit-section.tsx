import { useState } from 'react';
import { Link } from 'react-router';
import { NotificationBanner } from '../../components/notification-banner';
import { QueryStatus } from '../../components/query-errors';
import { graphql } from '../../gql';
import { formatMonth } from '../../lib/programme';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { ReviewActions } from '../review/review-actions';
import { HostDetails } from './host-details';
import { EMPTY_SESSION, SessionForm, type SessionValues } from './session-form';
import { SessionsTable, type SessionRow } from './sessions-table';
import { VisitDatesForm } from './visit-dates-form';
import { formatDay } from './visit-format';

// The review's visit tab (/reviews/:id/visit): the visit days (set by the
// team lead or a programme officer, with the month's days off beside
// them) and their calendar file, the sessions of each day, the host's
// contacts and places, and starting the visit once its first day has come.

export const VisitPlanQuery = graphql(`
  query VisitSection_Plan($reviewId: UUID!) {
    review(id: $reviewId) {
      id
      version
      hosts {
        id
        name
        gssCode
      }
      ...ReviewActions_Review
    }
    visitPlan(reviewId: $reviewId) {
      reviewId
      reviewVersion
      targetMonth
      lengthDays
      days
      sequence
      sharedAt
      sessions {
        id
        day
        startsAt
        endsAt
        kind
        audiences
        place
        members {
          id
          name
        }
      }
      contacts {
        id
        role
        name
        email
      }
      places {
        id
        name
        address
      }
      daysOff {
        date
        reason
      }
      assignable {
        id
        name
      }
      canPlan
      canRecordContacts
    }
  }
`);

const RemoveSession = graphql(`
  mutation VisitSection_RemoveSession($sessionId: UUID!, $version: Int!) {
    removeVisitSession(sessionId: $sessionId, version: $version) {
      reviewId
      reviewVersion
      sequence
    }
  }
`);

/** Which session form is open: none, a new one, or one being changed. */
type Editing = null | { id?: string; values: SessionValues };

export function VisitSection({ reviewId, onChanged }: { reviewId: string; onChanged: (message?: string) => void }) {
  const query = useQuery(VisitPlanQuery, { reviewId });
  const [saved, setSaved] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing>(null);
  const [remove, removeState] = useMutation(RemoveSession);
  const data = query.data;
  if (!data) return <QueryStatus loading={query.loading} errors={query.errors} />;
  const plan = data.visitPlan;
  const version = plan.reviewVersion;

  const changed = (message?: string) => {
    setSaved(message ?? null);
    query.refetch();
    onChanged();
  };
  const reload = () => {
    removeState.setErrors([]);
    setEditing(null);
    changed();
  };
  const onEdit = (s: SessionRow) =>
    setEditing({
      id: s.id,
      values: {
        day: s.day,
        startsAt: s.startsAt,
        endsAt: s.endsAt,
        kind: s.kind,
        audiences: [...s.audiences],
        place: s.place ?? '',
        memberIds: s.members.map((m) => m.id),
      },
    });
  const onRemove = async (s: SessionRow) => {
    if (await remove({ sessionId: s.id, version })) {
      changed(`The session at ${s.startsAt} on ${formatDay(s.day)} is removed.`);
    }
  };
  const closeForm = () => {
    const id = editing?.id;
    setEditing(null);
    // Focus goes back to what opened the form.
    setTimeout(() => document.getElementById(id ? `edit-session-${id}` : 'add-session-button')?.focus(), 0);
  };

  return (
    <section aria-labelledby="visit-heading">
      <h2 id="visit-heading">Visit plan</h2>
      {saved && (
        <NotificationBanner variant="success" focusOnMount key={saved}>
          <p>{saved}</p>
        </NotificationBanner>
      )}
      {isConflict(removeState.errors) && <ConflictBanner onReload={reload} />}

      <h3>Visit days</h3>
      {plan.days.length > 0 ? (
        <ul>
          {plan.days.map((d) => (
            <li key={d}>{formatDay(d)}</li>
          ))}
        </ul>
      ) : (
        <p>The visit days are not set yet.</p>
      )}
      {plan.days.length > 0 && (
        <p>
          {/* A file the server makes, not a page of this app. */}
          <a href={`/reviews/${reviewId}/visit.ics`} download>
            Download the visit for your calendar
          </a>{' '}
          (an iCalendar file: one event a day, with its sessions)
        </p>
      )}
      {plan.days.length > 0 && (
        <p>
          <Link to={`/reviews/${reviewId}/visit/agenda`}>The agenda for the host</Link>: the days and sessions to
          print{plan.canPlan ? ' or share with the host’s contacts' : ''}
          {plan.sharedAt ? ' (shared with them, and mailed again on every change)' : ''}.
        </p>
      )}
      {plan.daysOff.length > 0 && (
        <div className="ds_inset-text">
          <div className="ds_inset-text__text">
            <p>
              <strong>The visit cannot be on these days in {formatMonth(plan.targetMonth)}:</strong>
            </p>
            <ul>
              {plan.daysOff.map((d) => (
                <li key={d.date}>{d.reason}</li>
              ))}
            </ul>
          </div>
        </div>
      )}
      {plan.canPlan && (
        <VisitDatesForm
          key={`${version}-${plan.days.join()}`}
          reviewId={reviewId}
          version={version}
          lengthDays={plan.lengthDays}
          days={plan.days}
          targetMonthLabel={formatMonth(plan.targetMonth)}
          onSaved={changed}
          onReload={reload}
        />
      )}

      <h3>Sessions</h3>
      <SessionsTable
        days={plan.days}
        sessions={plan.sessions}
        canPlan={plan.canPlan && editing === null}
        pending={removeState.pending}
        onEdit={onEdit}
        onRemove={(s) => void onRemove(s)}
      />
      {plan.canPlan &&
        plan.days.length > 0 &&
        (editing ? (
          <SessionForm
            key={editing.id ?? 'new'}
            reviewId={reviewId}
            version={version}
            sessionId={editing.id}
            initial={editing.values}
            days={plan.days}
            places={plan.places}
            assignable={plan.assignable}
            onSaved={(message) => {
              setEditing(null);
              changed(message);
            }}
            onCancel={closeForm}
            onReload={reload}
          />
        ) : (
          <button
            type="button"
            id="add-session-button"
            className="ds_button ds_button--secondary"
            onClick={() => setEditing({ values: { ...EMPTY_SESSION, day: plan.days[0] ?? '' } })}
          >
            Add a session
          </button>
        ))}

      <h3>The host’s part</h3>
      {plan.canRecordContacts && (
        <p>
          Record your authority’s blackout dates (school holidays, in-service days, inspections) before the team lead
          sets the visit days:{' '}
          {data.review.hosts.map((h, i) => (
            <span key={h.id}>
              {i > 0 && ', '}
              <Link to={`/authorities/${h.gssCode}/blackout-dates`}>blackout dates of {h.name}</Link>
            </span>
          ))}
          .
        </p>
      )}
      <HostDetails
        reviewId={reviewId}
        contacts={plan.contacts}
        places={plan.places}
        canRecord={plan.canRecordContacts}
        onChanged={changed}
      />
      <ReviewActions review={data.review} only={['START_VISIT']} onChanged={changed} />
    </section>
  );
}
