import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Checkboxes } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { NotificationBanner } from '../components/notification-banner';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { TableRegion } from '../components/table-region';
import { graphql } from '../gql';
import type { ReminderKind } from '../gql/graphql';
import { toFormErrors } from '../lib/form-errors';
import { formatDate, formatDateTime } from '../lib/format';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';

const MyRemindersQuery = graphql(`
  query MyRemindersPage_Reminders {
    myReminders {
      id
      reviewId
      reviewName
      action
      path
      kind
      label
      dueAt
      aboutDay
      why
      wanted
    }
    myReminderSettings {
      kind
      label
      wanted
      essential
    }
  }
`);

const SetWantedMutation = graphql(`
  mutation MyRemindersPage_SetReminderWanted($kind: ReminderKind!, $wanted: Boolean!) {
    setReminderWanted(kind: $kind, wanted: $wanted) {
      kind
      wanted
      essential
    }
  }
`);

const FIELDS = { kind: 'reminder-kinds' };

/** "My reminders and settings": what is coming, and which kinds to receive. */
export function MyRemindersPage() {
  const { data, loading, errors, refetch } = useQuery(MyRemindersQuery, {});
  const [setWanted, state] = useMutation(SetWantedMutation);
  const [selected, setSelected] = useState<string[] | null>(null);
  const [saved, setSaved] = useState(false);
  const settings = data?.myReminderSettings ?? [];

  // Until the person changes a box, the boxes show what is stored.
  const chosen = selected ?? settings.filter((s) => s.wanted).map((s) => s.kind);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(false);
    for (const s of settings) {
      const wanted = s.essential || chosen.includes(s.kind);
      if (wanted !== s.wanted) {
        const result = await setWanted({ kind: s.kind as ReminderKind, wanted });
        if (!result) return;
      }
    }
    setSaved(true);
    refetch();
  };

  const formErrors = toFormErrors(state.errors, FIELDS);
  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (saved)
    banner = (
      <NotificationBanner variant="success" focusOnMount>
        <p>Your reminder settings are saved.</p>
      </NotificationBanner>
    );

  const upcoming = data?.myReminders ?? [];
  return (
    <Page title="My reminders and settings" banner={banner}>
      <QueryStatus loading={loading} errors={errors} />
      {data && (
        <>
          <h2 className="ds_h3">Upcoming reminders</h2>
          {upcoming.length === 0 ? (
            <p>You have no reminders to come.</p>
          ) : (
            <TableRegion label="Upcoming reminders">
              <table className="ds_table">
                <caption className="visually-hidden">Upcoming reminders, soonest first</caption>
                <thead>
                  <tr>
                    <th scope="col">Sent on</th>
                    <th scope="col">Reminder</th>
                    <th scope="col">Why</th>
                  </tr>
                </thead>
                <tbody>
                  {upcoming.map((r) => (
                    <tr key={r.id}>
                      <td>{formatDateTime(r.dueAt)}</td>
                      <td>
                        <Link to={r.path}>{r.label}</Link>
                        <br />
                        {r.reviewName}
                        {r.action && (
                          <>
                            <br />
                            Action: {r.action}
                          </>
                        )}
                        <br />
                        about {formatDate(r.aboutDay)}
                        {!r.wanted && (
                          <>
                            <br />
                            <strong className="ds_tag ds_tag--grey">Turned off: not sent</strong>
                          </>
                        )}
                      </td>
                      <td>{r.why}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </TableRegion>
          )}
          <h2 className="ds_h3">Which reminders you receive</h2>
          <form onSubmit={(e) => void onSubmit(e)} noValidate>
            <Checkboxes
              id="reminder-kinds"
              legend="Send me these reminders by email"
              hint="Reminders go out between 08:00 and 18:00 on working days. Invitation and escalation reminders cannot be turned off."
              error={formErrors.byField.kind}
              options={settings
                .filter((s) => !s.essential)
                .map((s) => ({ value: s.kind, label: s.label }))}
              selected={chosen}
              onChange={(next) => {
                setSaved(false);
                setSelected(next);
              }}
            />
            <p>Always sent: {settings.filter((s) => s.essential).map((s) => s.label).join(', ')}.</p>
            <button type="submit" className="ds_button" disabled={state.pending}>
              Save reminder settings
            </button>
          </form>
        </>
      )}
    </Page>
  );
}
