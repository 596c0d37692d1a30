import { useState, type FormEvent } from 'react';
import { Checkbox } from '../../components/checkboxes';
import { ErrorSummary } from '../../components/error-summary';
import { MonthInput } from '../../components/month-input';
import { Textarea } from '../../components/textarea';
import { getFragmentData, graphql, type FragmentType } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { execute, GraphQLRequestError } from '../../lib/graphql-client';
import { formatMonth, phaseOfMonth } from '../../lib/programme';
import { useMutation } from '../../lib/use-mutation';
import { currentMonth, ExistingReviewsQuery, schedulingWarnings } from '../schedule-review-page';
import { ConflictBanner, isConflict } from './conflict-banner';

export const RescheduleFormFragment = graphql(`
  fragment RescheduleForm_Review on Review {
    id
    version
    phase
    targetMonth
    hosts {
      id
      name
    }
    programme {
      id
      phases {
        number
        from
        to
      }
    }
  }
`);

const RescheduleReview = graphql(`
  mutation RescheduleForm_RescheduleReview($reviewId: UUID!, $version: Int!, $input: RescheduleReviewInput!) {
    rescheduleReview(reviewId: $reviewId, version: $version, input: $input) {
      id
      version
      phase
      targetMonth
    }
  }
`);

const FIELDS = {
  targetMonth: 'reschedule-month-month',
  phase: 'reschedule-month-month',
  reason: 'reschedule-reason',
  confirm: 'reschedule-confirm',
};

/**
 * Moves the review to another month (and so phase) of the public
 * timetable, with a reason, before its visit starts (programme officers).
 * A month in the past, or a host with another review in the programme,
 * needs a confirmation, as when scheduling.
 */
export function RescheduleForm(props: {
  review: FragmentType<typeof RescheduleFormFragment>;
  onChanged: (message?: string) => void;
}) {
  const { onChanged } = props;
  const review = getFragmentData(RescheduleFormFragment, props.review);
  const [reschedule, { pending, errors, setErrors }] = useMutation(RescheduleReview);
  const [month, setMonth] = useState('');
  const [year, setYear] = useState('');
  const [reason, setReason] = useState('');
  const [warning, setWarning] = useState<{ key: string; messages: string[] } | null>(null);
  const [confirmed, setConfirmed] = useState(false);
  const [checking, setChecking] = useState(false);
  const formErrors = toFormErrors(
    errors.filter((e) => e.code !== 'CONFLICT'),
    FIELDS,
  );
  const phases = review.programme.phases;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = [];
    const mm = month.trim().padStart(2, '0');
    const targetMonth = `${year.trim()}-${mm}`;
    let phase: number | undefined;
    if (!/^\d{4}$/.test(year.trim()) || !/^(0[1-9]|1[0-2])$/.test(mm)) {
      problems.push(validationError('targetMonth', 'Enter the month as a number from 1 to 12 and a four-digit year'));
    } else {
      phase = phaseOfMonth(phases, targetMonth);
      if (phase === undefined) {
        const ranges = phases.map((p) => `phase ${p.number}: ${formatMonth(p.from)} to ${formatMonth(p.to)}`).join('; ');
        problems.push(
          validationError('targetMonth', `${formatMonth(targetMonth)} is outside the programme’s phases (${ranges})`),
        );
      } else if (targetMonth === review.targetMonth) {
        problems.push(validationError('targetMonth', `The review is already in ${formatMonth(targetMonth)}: choose another month`));
      }
    }
    if (reason.trim() === '') problems.push(validationError('reason', 'Enter why the review is rescheduled'));
    if (problems.length > 0 || phase === undefined) {
      setErrors(problems);
      return;
    }
    if (!(warning?.key === targetMonth && confirmed)) {
      let messages: string[];
      setChecking(true);
      try {
        const answers = await Promise.all(
          review.hosts.map((h) => execute(ExistingReviewsQuery, { programmeId: review.programme.id, hostId: h.id })),
        );
        const existing = answers.flatMap((a, i) =>
          a.reviews.items
            .filter((r) => r.id !== review.id)
            .map((r) => ({ host: review.hosts[i]?.name ?? 'This host', targetMonth: r.targetMonth, state: r.state })),
        );
        messages = schedulingWarnings(targetMonth, currentMonth(), existing);
      } catch (e) {
        setErrors(
          e instanceof GraphQLRequestError
            ? e.errors
            : [validationError('targetMonth', 'We could not check the timetable: try again')],
        );
        return;
      } finally {
        setChecking(false);
      }
      if (messages.length > 0) {
        if (warning?.key === targetMonth) {
          setErrors([validationError('confirm', 'Tick “Reschedule it anyway”, or change the month')]);
        } else {
          setWarning({ key: targetMonth, messages });
          setConfirmed(false);
          setErrors([]);
        }
        return;
      }
      setWarning(null);
    }
    const result = await reschedule({
      reviewId: review.id,
      version: review.version,
      input: { phase, targetMonth, reason: reason.trim() },
    });
    if (!result) return;
    setMonth('');
    setYear('');
    setReason('');
    setWarning(null);
    onChanged(`The review has moved to ${formatMonth(targetMonth)}. Its team and host leads have been told by email.`);
  };

  const monthError = formErrors.byField.targetMonth ?? formErrors.byField.phase;
  return (
    <section aria-labelledby="reschedule-heading">
      <h2 id="reschedule-heading">Reschedule</h2>
      <p>
        The review is timetabled for {formatMonth(review.targetMonth)} (phase {review.phase}). You can move it to
        another month until its visit starts. The reason is kept in the history and emailed to the team and the host
        leads.
      </p>
      {isConflict(errors) && (
        <ConflictBanner
          onReload={() => {
            setErrors([]);
            onChanged();
          }}
        />
      )}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <form onSubmit={(e) => void onSubmit(e)} noValidate>
        <MonthInput
          id="reschedule-month"
          legend="New month"
          hint="For example, 3 2026 for March 2026. The phase follows from the month."
          error={monthError}
          month={month}
          year={year}
          onMonthChange={setMonth}
          onYearChange={setYear}
        />
        <Textarea
          id="reschedule-reason"
          name="reason"
          label="Why is the review rescheduled?"
          value={reason}
          onChange={(e) => setReason(e.target.value)}
          error={formErrors.byField.reason}
          rows={3}
        />
        {warning && (
          <div className="quads-schedule-warning">
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
              id="reschedule-confirm"
              label="Reschedule it anyway"
              hint="Or change the month above"
              checked={confirmed}
              onChange={setConfirmed}
              error={formErrors.byField.confirm}
            />
          </div>
        )}
        <button type="submit" className="ds_button ds_button--secondary" disabled={pending || checking}>
          Reschedule the review
        </button>
      </form>
    </section>
  );
}
