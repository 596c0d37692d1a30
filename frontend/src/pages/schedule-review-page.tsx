import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { Checkbox, Checkboxes } from '../components/checkboxes';
import { ErrorSummary } from '../components/error-summary';
import { MonthInput } from '../components/month-input';
import { Page } from '../components/page';
import { QueryStatus } from '../components/query-errors';
import { Radios } from '../components/radios';
import { Select } from '../components/select';
import { TextInput } from '../components/text-input';
import { graphql } from '../gql';
import { toFormErrors, validationError } from '../lib/form-errors';
import { execute, GraphQLRequestError, type ApiError } from '../lib/graphql-client';
import { STATE_LABELS, formatMonth, joinNames, phaseOfMonth } from '../lib/programme';
import { useMutation } from '../lib/use-mutation';
import { useQuery } from '../lib/use-query';

const ScheduleQuery = graphql(`
  query ScheduleReviewPage_Data($id: UUID!) {
    programme(id: $id) {
      id
      name
      kind
      phases {
        number
        from
        to
      }
    }
    authorities {
      id
      name
    }
    quads {
      id
      session
      name
      authorities {
        id
        name
      }
    }
  }
`);

const ScheduleMutation = graphql(`
  mutation ScheduleReviewPage_Schedule($input: ScheduleReviewInput!) {
    scheduleReview(input: $input) {
      id
      hosts {
        id
        name
      }
    }
  }
`);

export const ExistingReviewsQuery = graphql(`
  query ScheduleReviewPage_Existing($programmeId: UUID!, $hostId: UUID!) {
    reviews(filter: { programmeId: $programmeId, hostId: $hostId }, limit: 50) {
      items {
        id
        targetMonth
        state
      }
    }
  }
`);

/** This month in Scotland, as YYYY-MM. */
export function currentMonth(now: Date = new Date()): string {
  const parts = new Intl.DateTimeFormat('en-GB', { year: 'numeric', month: '2-digit', timeZone: 'Europe/London' }).formatToParts(now);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  return `${get('year')}-${get('month')}`;
}

/**
 * What may be a mistake in a review about to be scheduled: a month already
 * past, or a host that already has a review in this programme (withdrawn
 * ones aside). Each needs the officer's confirmation.
 */
export function schedulingWarnings(
  targetMonth: string,
  thisMonth: string,
  existing: readonly { host: string; targetMonth: string; state: keyof typeof STATE_LABELS }[],
): string[] {
  const warnings: string[] = [];
  if (targetMonth < thisMonth) warnings.push(`${formatMonth(targetMonth)} is in the past.`);
  for (const r of existing) {
    if (r.state === 'WITHDRAWN') continue;
    warnings.push(
      `${r.host} already has a review in this programme: ${formatMonth(r.targetMonth)} (${STATE_LABELS[r.state].toLowerCase()}).`,
    );
  }
  return warnings;
}

const FIELDS = {
  confirm: 'confirm-anyway',
  hostIds: 'host',
  quadId: 'quad',
  targetMonth: 'month-month',
  phase: 'month-month',
  theme: 'theme',
};

export function ScheduleReviewPage() {
  const { id = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, errors: loadErrors } = useQuery(ScheduleQuery, { id });
  const [schedule, { pending, errors, setErrors }] = useMutation(ScheduleMutation);
  const [joint, setJoint] = useState(false);
  const [host, setHost] = useState('');
  const [hosts, setHosts] = useState<string[]>([]);
  const [quadId, setQuadId] = useState('');
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [theme, setTheme] = useState('');
  // Warnings shown for these hosts and month, and whether the officer has
  // confirmed scheduling anyway.
  const [warning, setWarning] = useState<{ key: string; messages: string[] } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [checking, setChecking] = useState(false);
  const formErrors = toFormErrors(errors, { ...FIELDS, hostIds: joint ? 'hosts' : 'host' });

  const programme = data?.programme;
  if (!programme) {
    return (
      <Page title="Schedule a review">
        <QueryStatus loading={loading} errors={loadErrors} />
      </Page>
    );
  }
  const isQuads = programme.kind === 'QUADS';
  const quad = data.quads.find((q) => q.id === quadId);

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (isQuads && !quadId) problems.push(validationError('quadId', 'Select the quad'));
    const hostIds = isQuads || !joint ? (host ? [host] : []) : hosts;
    if (hostIds.length === 0)
      problems.push(validationError('hostIds', isQuads ? 'Select the hosting member of the quad' : 'Select the host'));
    else if (!isQuads && joint && hostIds.length < 2)
      problems.push(validationError('hostIds', 'Select at least two hosts for a joint review'));
    const mm = month.trim().padStart(2, '0');
    const targetMonth = `${year.trim()}-${mm}`;
    let phase: number | undefined;
    if (!/^\d{4}$/.test(year.trim()) || !/^(0[1-9]|1[0-2])$/.test(mm)) {
      problems.push(validationError('targetMonth', 'Enter the month as a number from 1 to 12 and a four-digit year'));
    } else {
      phase = phaseOfMonth(programme.phases, targetMonth);
      if (phase === undefined) {
        const ranges = programme.phases
          .map((p) => `phase ${p.number}: ${formatMonth(p.from)} to ${formatMonth(p.to)}`)
          .join('; ');
        problems.push(
          validationError('targetMonth', `${formatMonth(targetMonth)} is outside the programme’s phases (${ranges})`),
        );
      }
    }
    if (problems.length > 0 || phase === undefined) {
      setErrors(problems);
      return;
    }
    const key = JSON.stringify([[...hostIds].sort(), targetMonth]);
    if (!(warning?.key === key && confirmed)) {
      let messages: string[];
      setChecking(true);
      try {
        const answers = await Promise.all(
          hostIds.map((hostId) => execute(ExistingReviewsQuery, { programmeId: programme.id, hostId })),
        );
        const name = (hostId: string) => data.authorities.find((a) => a.id === hostId)?.name ?? 'This host';
        const existing = answers.flatMap((a, i) =>
          a.reviews.items.map((r) => ({ host: name(hostIds[i] ?? ''), targetMonth: r.targetMonth, state: r.state })),
        );
        messages = schedulingWarnings(targetMonth, currentMonth(), existing);
      } catch (e) {
        setErrors(e instanceof GraphQLRequestError ? e.errors : [validationError('hostIds', 'We could not check the timetable: try again')]);
        return;
      } finally {
        setChecking(false);
      }
      if (messages.length > 0) {
        if (warning?.key === key) {
          setErrors([validationError('confirm', 'Tick “Schedule it anyway”, or change the host or the month')]);
        } else {
          setWarning({ key, messages });
          setConfirmed(false);
          setErrors([]);
        }
        return;
      }
      setWarning(null);
    }
    const result = await schedule({
      input: {
        programmeId: programme.id,
        hostIds,
        ...(isQuads ? { quadId } : {}),
        phase,
        targetMonth,
        ...(theme.trim() ? { theme: theme.trim() } : {}),
      },
    });
    if (!result) return;
    const names = joinNames(result.scheduleReview.hosts.map((h) => h.name));
    void navigate(`/programmes/${programme.id}?scheduled=${encodeURIComponent(names)}`);
  };

  const monthError = formErrors.byField.targetMonth ?? formErrors.byField.phase;
  return (
    <Page
      title="Schedule a review"
      label={programme.name}
      banner={formErrors.items.length > 0 ? <ErrorSummary items={formErrors.items} /> : null}
    >
      <p>
        The review goes on the timetable as scheduled.{' '}
        {programme.phases.map((p) => `Phase ${p.number}: ${formatMonth(p.from)} to ${formatMonth(p.to)}.`).join(' ')}
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        {isQuads ? (
          <>
            <Select
              id="quad"
              label="Quad"
              value={quadId}
              onChange={(e) => {
                setQuadId(e.target.value);
                setHost('');
              }}
              error={formErrors.byField.quadId}
              options={[
                { value: '', label: 'Select a quad' },
                ...data.quads.map((q) => ({ value: q.id, label: `${q.name} (${q.session})` })),
              ]}
            />
            <Select
              id="host"
              label="Hosting member"
              hint="The authority in the quad that hosts this review"
              value={host}
              onChange={(e) => setHost(e.target.value)}
              error={formErrors.byField.hostIds}
              options={[
                { value: '', label: quad ? 'Select the hosting member' : 'Select a quad first' },
                ...(quad?.authorities ?? []).map((a) => ({ value: a.id, label: a.name })),
              ]}
            />
          </>
        ) : (
          <>
            <Radios
              id="kind"
              name="kind"
              legend="Kind of review"
              options={[
                { value: 'single', label: 'One host authority' },
                { value: 'joint', label: 'Joint review (several host authorities)' },
              ]}
              value={joint ? 'joint' : 'single'}
              onChange={(v) => setJoint(v === 'joint')}
            />
            {joint ? (
              <Checkboxes
                id="hosts"
                legend="Host authorities"
                hint="Select every authority hosting this joint review"
                error={formErrors.byField.hostIds}
                options={data.authorities.map((a) => ({ value: a.id, label: a.name }))}
                selected={hosts}
                onChange={setHosts}
              />
            ) : (
              <Select
                id="host"
                label="Host authority"
                value={host}
                onChange={(e) => setHost(e.target.value)}
                error={formErrors.byField.hostIds}
                options={[
                  { value: '', label: 'Select an authority' },
                  ...data.authorities.map((a) => ({ value: a.id, label: a.name })),
                ]}
              />
            )}
          </>
        )}
        <MonthInput
          id="month"
          legend="Target month"
          hint="For example, 3 2025 for March 2025"
          error={monthError}
          month={month}
          year={year}
          onMonthChange={setMonth}
          onYearChange={setYear}
        />
        <TextInput
          id="theme"
          label="Theme (optional)"
          hint="If already known; the host and programme officer agree it with the focus"
          value={theme}
          onChange={(e) => setTheme(e.target.value)}
          error={formErrors.byField.theme}
          width="fluid-two-thirds"
        />
        {warning && (
          <div className="quads-schedule-warning" id="schedule-warning">
            <div className="ds_warning-text">
              <strong className="ds_warning-text__icon" aria-hidden="true"></strong>
              <strong className="visually-hidden">Warning</strong>
              <div className="ds_warning-text__text">
                <p>Check this is what you mean:</p>
                <ul>
                  {warning.messages.map((m) => (
                    <li key={m}>{m}</li>
                  ))}
                </ul>
              </div>
            </div>
            <Checkbox
              id="confirm-anyway"
              label="Schedule it anyway"
              hint="Or change the host or the month above"
              checked={confirmed}
              onChange={setConfirmed}
              error={formErrors.byField.confirm}
            />
          </div>
        )}
        <div className="quads-filters__buttons">
          <button type="submit" className="ds_button" disabled={pending || checking}>
            Schedule the review
          </button>
          <Link to={`/programmes/${programme.id}`} className="ds_button ds_button--cancel">
            Cancel
          </Link>
        </div>
      </form>
    </Page>
  );
}
