import { TableRegion } from '../../components/table-region';
import type { Audience, SessionKind } from '../../gql/graphql';
import { AUDIENCE_LABELS, formatDay, SESSION_KIND_LABELS } from './visit-format';

// The visit's sessions, one table a day, by time: what, whom the team
// meets, where and which team members. The planners change or remove each.

export interface SessionRow {
  id: string;
  day: string;
  startsAt: string;
  endsAt: string;
  kind: SessionKind;
  audiences: Audience[];
  place?: string | null;
  members: { id: string; name: string }[];
}

interface Props {
  days: readonly string[];
  sessions: readonly SessionRow[];
  canPlan: boolean;
  pending: boolean;
  onEdit: (session: SessionRow) => void;
  onRemove: (session: SessionRow) => void;
}

export function SessionsTable({ days, sessions, canPlan, pending, onEdit, onRemove }: Props) {
  if (sessions.length === 0) return <p>No sessions are planned yet.</p>;
  return (
    <>
      {days.map((day) => {
        const ofDay = sessions.filter((s) => s.day === day);
        const label = formatDay(day);
        return (
          <div key={day}>
            <h4>{label}</h4>
            {ofDay.length === 0 ? (
              <p>No sessions on this day yet.</p>
            ) : (
              <TableRegion label={`Sessions on ${label}`}>
                <table className="ds_table">
                  <thead>
                    <tr>
                      <th scope="col">Time</th>
                      <th scope="col">Session</th>
                      <th scope="col">Meeting</th>
                      <th scope="col">Place</th>
                      <th scope="col">Team members</th>
                      {canPlan && (
                        <th scope="col">
                          <span className="visually-hidden">Actions</span>
                        </th>
                      )}
                    </tr>
                  </thead>
                  <tbody>
                    {ofDay.map((s) => {
                      const what = `${SESSION_KIND_LABELS[s.kind]} at ${s.startsAt}`;
                      return (
                        <tr key={s.id}>
                          <td>
                            {s.startsAt} to {s.endsAt}
                          </td>
                          <td>{SESSION_KIND_LABELS[s.kind]}</td>
                          <td>{s.audiences.length > 0 ? s.audiences.map((a) => AUDIENCE_LABELS[a]).join(', ') : '–'}</td>
                          <td>{s.place ?? '–'}</td>
                          <td>{s.members.length > 0 ? s.members.map((m) => m.name).join(', ') : 'Nobody yet'}</td>
                          {canPlan && (
                            <td>
                              <div className="ds_button-group">
                                <button
                                  type="button"
                                  id={`edit-session-${s.id}`}
                                  className="ds_button ds_button--small ds_button--secondary"
                                  onClick={() => onEdit(s)}
                                >
                                  Change<span className="visually-hidden"> the {what}</span>
                                </button>
                                <button
                                  type="button"
                                  className="ds_button ds_button--small ds_button--secondary"
                                  onClick={() => onRemove(s)}
                                  disabled={pending}
                                >
                                  Remove<span className="visually-hidden"> the {what}</span>
                                </button>
                              </div>
                            </td>
                          )}
                        </tr>
                      );
                    })}
                  </tbody>
                </table>
              </TableRegion>
            )}
          </div>
        );
      })}
    </>
  );
}
