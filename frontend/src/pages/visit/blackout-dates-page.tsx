import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TableRegion } from '../../components/table-region';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { NotFoundPage } from '../not-found-page';
import { formatDay, parseDate } from './visit-format';

// An authority's blackout dates (/authorities/:gssCode/blackout-dates):
// the days it cannot host a visit (school holidays, in-service days, a
// national inspection), each a date or a range with a reason. For the
// authority's own users and programme officers; a visit is never planned
// on one of them.

const AuthorityQuery = graphql(`
  query BlackoutDatesPage_Authority($gssCode: String!) {
    authority(gssCode: $gssCode) {
      id
      name
      gssCode
    }
  }
`);

const BlackoutsQuery = graphql(`
  query BlackoutDatesPage_Blackouts($authorityId: UUID!) {
    blackoutDates(authorityId: $authorityId) {
      id
      authorityId
      firstDay
      lastDay
      reason
    }
  }
`);

const AddBlackout = graphql(`
  mutation BlackoutDatesPage_Add($authorityId: UUID!, $input: BlackoutDateInput!) {
    addBlackoutDate(authorityId: $authorityId, input: $input) {
      id
      authorityId
      firstDay
      lastDay
      reason
    }
  }
`);

const RemoveBlackout = graphql(`
  mutation BlackoutDatesPage_Remove($id: UUID!) {
    removeBlackoutDate(id: $id)
  }
`);

export interface BlackoutValues {
  firstDay: string;
  lastDay: string;
  reason: string;
}

/** What is wrong with a blackout before it is sent. */
export function blackoutProblems({ firstDay, lastDay, reason }: BlackoutValues): ApiError[] {
  const problems: ApiError[] = [];
  const first = parseDate(firstDay);
  const last = parseDate(lastDay);
  if (first === null) problems.push(validationError('firstDay', 'Enter the date, for example 13/1/2025'));
  if (lastDay.trim() !== '') {
    if (last === null) problems.push(validationError('lastDay', 'Enter the last date, for example 14/1/2025'));
    else if (first !== null && last < first)
      problems.push(validationError('lastDay', 'The last date must be on or after the first'));
  }
  if (reason.trim() === '') problems.push(validationError('reason', 'Enter the reason, for example In-service day'));
  return problems;
}

/** "Monday 13 January 2025" or "Monday 13 January 2025 to Tuesday 14 January 2025". */
function period(b: { firstDay: string; lastDay: string }): string {
  return b.firstDay === b.lastDay ? formatDay(b.firstDay) : `${formatDay(b.firstDay)} to ${formatDay(b.lastDay)}`;
}

export function BlackoutDatesPage() {
  const { gssCode = '' } = useParams();
  const authority = useQuery(AuthorityQuery, { gssCode });
  const id = authority.data?.authority.id;
  const blackouts = useQuery(BlackoutsQuery, { authorityId: id ?? '' }, { skip: !id });
  const [done, setDone] = useState<string | null>(null);

  if (authority.errors.some((e) => e.code === 'NOT_FOUND' || (e.code === 'VALIDATION' && e.field === 'gssCode')))
    return <NotFoundPage />;
  const a = authority.data?.authority;
  const title = a ? `Blackout dates of ${a.name}` : 'Blackout dates';
  const banner = done ? (
    <NotificationBanner variant="success" focusOnMount key={done}>
      <p>{done}</p>
    </NotificationBanner>
  ) : null;
  const changed = (message: string) => {
    setDone(message);
    blackouts.refetch();
  };

  return (
    <Page title={title} label="Education authority" banner={banner}>
      {!a || !blackouts.data ? (
        <QueryStatus
          loading={authority.loading || blackouts.loading || (!!id && !blackouts.data && blackouts.errors.length === 0)}
          errors={[...authority.errors, ...blackouts.errors]}
        />
      ) : (
        <>
          <p>
            A visit is never planned on these days. Record school holidays, in-service days and inspections as soon as
            they are known. <Link to={`/authorities/${a.gssCode}`}>About {a.name}</Link>
          </p>
          <BlackoutList items={blackouts.data.blackoutDates} onChanged={changed} />
          <AddBlackoutForm authorityId={a.id} onAdded={changed} />
        </>
      )}
    </Page>
  );
}

function BlackoutList({
  items,
  onChanged,
}: {
  items: readonly { id: string; firstDay: string; lastDay: string; reason: string }[];
  onChanged: (message: string) => void;
}) {
  const [remove, removeState] = useMutation(RemoveBlackout);
  if (items.length === 0) return <p>No blackout dates are recorded.</p>;
  const onRemove = async (b: (typeof items)[number]) => {
    if (await remove({ id: b.id })) onChanged(`The blackout of ${period(b)} is removed.`);
  };
  return (
    <>
      {removeState.errors.length > 0 && <ErrorSummary items={toFormErrors(removeState.errors).items} />}
      <TableRegion label="Blackout dates">
        <table className="ds_table">
          <thead>
            <tr>
              <th scope="col">Dates</th>
              <th scope="col">Reason</th>
              <th scope="col">
                <span className="visually-hidden">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((b) => (
              <tr key={b.id}>
                <td>{period(b)}</td>
                <td>{b.reason}</td>
                <td>
                  <button
                    type="button"
                    className="ds_button ds_button--small ds_button--secondary"
                    onClick={() => void onRemove(b)}
                    disabled={removeState.pending}
                  >
                    Remove<span className="visually-hidden"> the blackout of {period(b)}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
    </>
  );
}

const FIELDS = { firstDay: 'blackout-first-day', lastDay: 'blackout-last-day', reason: 'blackout-reason' };

export function AddBlackoutForm({ authorityId, onAdded }: { authorityId: string; onAdded: (message: string) => void }) {
  const [values, setValues] = useState<BlackoutValues>({ firstDay: '', lastDay: '', reason: '' });
  const [add, addState] = useMutation(AddBlackout);
  const formErrors = toFormErrors(addState.errors, FIELDS);
  const set = (key: keyof BlackoutValues, value: string) => setValues((v) => ({ ...v, [key]: value }));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = blackoutProblems(values);
    if (problems.length > 0) {
      addState.setErrors(problems);
      return;
    }
    const result = await add({
      authorityId,
      input: {
        firstDay: parseDate(values.firstDay) ?? values.firstDay,
        lastDay: parseDate(values.lastDay),
        reason: values.reason.trim(),
      },
    });
    if (result) {
      setValues({ firstDay: '', lastDay: '', reason: '' });
      onAdded(`${period(result.addBlackoutDate)} is recorded as a blackout: ${result.addBlackoutDate.reason}.`);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="add-blackout-heading">
      <h2 id="add-blackout-heading">Add a blackout</h2>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <TextInput
        id={FIELDS.firstDay}
        name="firstDay"
        label="Date"
        hint="Day, month and year, for example 13/1/2025; the first date of a range"
        autoComplete="off"
        value={values.firstDay}
        onChange={(e) => set('firstDay', e.target.value)}
        error={formErrors.byField.firstDay}
        width="fixed-10"
      />
      <TextInput
        id={FIELDS.lastDay}
        name="lastDay"
        label="Last date (optional)"
        hint="For a range of dates; leave empty for a single date"
        autoComplete="off"
        value={values.lastDay}
        onChange={(e) => set('lastDay', e.target.value)}
        error={formErrors.byField.lastDay}
        width="fixed-10"
      />
      <TextInput
        id={FIELDS.reason}
        name="reason"
        label="Reason"
        hint="For example, In-service day or Easter holidays"
        value={values.reason}
        onChange={(e) => set('reason', e.target.value)}
        error={formErrors.byField.reason}
        width="fluid-two-thirds"
      />
      <button type="submit" className="ds_button" disabled={addState.pending}>
        Add the blackout
      </button>
    </form>
  );
}
