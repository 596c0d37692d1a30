import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { graphql } from '../../gql';
import { toFormErrors } from '../../lib/form-errors';
import { formatDateTime } from '../../lib/format';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';

// The visit's agenda for the host (/reviews/:id/visit/agenda): its days,
// each session's time, kind, whom it meets, place and team members, and
// the team by name and organisation only (never their contact details).
// Printable: the site's header, footer and this page's buttons are left
// off the paper. The team lead and programme officers share it with the
// host's recorded contacts, who are mailed it then and on every change.

export const AgendaQuery = graphql(`
  query AgendaPage_Agenda($reviewId: UUID!) {
    visitAgenda(reviewId: $reviewId) {
      host
      days {
        date
        label
        sessions {
          startsAt
          endsAt
          kind
          meets
          place
          team {
            name
            organisation
          }
        }
      }
      team {
        name
        organisation
      }
      sharedAt
      recipients
      canShare
    }
  }
`);

const ShareAgenda = graphql(`
  mutation AgendaPage_Share($reviewId: UUID!) {
    shareVisitAgenda(reviewId: $reviewId) {
      sharedAt
      recipients
      canShare
    }
  }
`);

/** "headteachers, young people" as "Headteachers, young people"; a dash for nobody. */
function meetsText(meets: readonly string[]): string {
  const text = meets.join(', ');
  return text ? text.charAt(0).toUpperCase() + text.slice(1) : '–';
}

function contactsText(n: number): string {
  return n === 1 ? 'the host’s contact' : `the host’s ${n} contacts`;
}

/** The sentence after a share: when, and to how many. */
export function sharedSentence(sharedAt: string | null | undefined, recipients: number): string {
  return `The agenda is shared with ${contactsText(recipients)}: first shared on ${formatDateTime(sharedAt)}. They are mailed it again whenever the plan changes.`;
}

export function AgendaPage() {
  const { id = '' } = useParams();
  const query = useQuery(AgendaQuery, { reviewId: id });
  const [share, shareState] = useMutation(ShareAgenda);
  const [shared, setShared] = useState<string | null>(null);
  const agenda = query.data?.visitAgenda;
  if (!agenda) {
    return (
      <Page title="Visit agenda" label="Visit">
        <QueryStatus loading={query.loading} errors={query.errors} />
      </Page>
    );
  }

  const onShare = async () => {
    setShared(null);
    const done = await share({ reviewId: id });
    if (done) {
      const a = done.shareVisitAgenda;
      setShared(sharedSentence(a.sharedAt, a.recipients));
      query.refetch();
    }
  };
  const errors = toFormErrors(shareState.errors).items;

  return (
    <Page title={`Visit agenda: ${agenda.host}`} label="Visit" wide>
      <div className="quads-print quads-agenda">
        <div className="quads-no-print">
          <div className="quads-agenda__messages">
            {shared && (
              <NotificationBanner variant="success" focusOnMount key={shared}>
                <p>{shared}</p>
              </NotificationBanner>
            )}
            {errors.length > 0 && <ErrorSummary items={errors} title="The agenda could not be shared" />}
          </div>
          <p>
            <button type="button" className="ds_button" onClick={() => window.print()}>
              Print this agenda
            </button>
          </p>
          {agenda.canShare && (
            <section aria-labelledby="share-heading">
              <h2 id="share-heading">Sharing with the host</h2>
              <p>
                {agenda.sharedAt
                  ? `Shared with the host’s contacts on ${formatDateTime(agenda.sharedAt)}; they are mailed it again whenever the plan changes. Sharing again sends it to contacts recorded since.`
                  : `Not shared yet. Sharing mails it to ${contactsText(agenda.recipients)} recorded on the visit plan, and again whenever the plan changes.`}
              </p>
              <button
                type="button"
                className="ds_button ds_button--secondary"
                onClick={() => void onShare()}
                disabled={shareState.pending}
              >
                Share the agenda with the host’s contacts
              </button>
            </section>
          )}
          <ul className="ds_no-bullets">
            <li>
              <Link to={`/reviews/${id}/visit`}>Back to the visit plan</Link>
            </li>
          </ul>
        </div>

        {agenda.days.length === 0 ? (
          <p>The visit days are not set yet.</p>
        ) : (
          agenda.days.map((day) => (
            <section className="quads-agenda__day" key={day.date} aria-labelledby={`day-${day.date}`}>
              <h2 id={`day-${day.date}`}>{day.label}</h2>
              {day.sessions.length === 0 ? (
                <p>No sessions are planned on this day yet.</p>
              ) : (
                <TableRegion label={`Agenda for ${day.label}`}>
                  <table className="ds_table">
                    <thead>
                      <tr>
                        <th scope="col">Time</th>
                        <th scope="col">Session</th>
                        <th scope="col">Meeting</th>
                        <th scope="col">Place</th>
                        <th scope="col">Review team</th>
                      </tr>
                    </thead>
                    <tbody>
                      {day.sessions.map((s, i) => (
                        // Sessions have no id on the agenda; their order is by time.
                        <tr key={i}>
                          <td>
                            {s.startsAt} to {s.endsAt}
                          </td>
                          <td>{s.kind}</td>
                          <td>{meetsText(s.meets)}</td>
                          <td>{s.place ?? '–'}</td>
                          <td>
                            {s.team.length > 0
                              ? s.team.map((p) => `${p.name} (${p.organisation})`).join(', ')
                              : 'To be confirmed'}
                          </td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </TableRegion>
              )}
            </section>
          ))
        )}

        <h2>The review team</h2>
        {agenda.team.length === 0 ? (
          <p>The team is not confirmed yet.</p>
        ) : (
          <ul>
            {agenda.team.map((p) => (
              <li key={`${p.name}-${p.organisation}`}>
                {p.name}, {p.organisation}
              </li>
            ))}
          </ul>
        )}
      </div>
    </Page>
  );
}
