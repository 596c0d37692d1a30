import type { ReviewState } from '../gql/graphql';
import { StateTag } from './state-tag';

/** The main line of a review's lifecycle, in order. */
export const LIFECYCLE: { state: ReviewState; label: string }[] = [
  { state: 'SCHEDULED', label: 'Scheduled' },
  { state: 'FOCUS_AGREED', label: 'Focus agreed' },
  { state: 'TEAM_FORMED', label: 'Team formed' },
  { state: 'SELF_EVALUATION_SUBMITTED', label: 'Self-evaluation submitted' },
  { state: 'VISIT_IN_PROGRESS', label: 'Visit in progress' },
  { state: 'VISIT_COMPLETED', label: 'Visit completed' },
  { state: 'REPORT_DRAFTED', label: 'Report drafted' },
  { state: 'REPORT_PUBLISHED', label: 'Report published' },
  { state: 'FOLLOW_UP', label: 'Follow-up' },
  { state: 'CLOSED', label: 'Closed' },
];

export const STATE_LABELS: Record<ReviewState, string> = {
  ...(Object.fromEntries(LIFECYCLE.map((s) => [s.state, s.label])) as Record<ReviewState, string>),
  WITHDRAWN: 'Withdrawn',
  POSTPONED: 'Postponed',
};

export type StepStatus = 'done' | 'current' | 'todo';

/**
 * Each step's status for a review in `state`. A postponed review stands
 * still at the step it was postponed from (`resumeTo`, when known); a
 * withdrawn one at its last step reached.
 */
export function stepStatuses(state: ReviewState, resumeTo?: ReviewState | null): StepStatus[] {
  const at = state === 'POSTPONED' || state === 'WITHDRAWN' ? (resumeTo ?? null) : state;
  const index = at ? LIFECYCLE.findIndex((s) => s.state === at) : -1;
  return LIFECYCLE.map((_, i) => {
    if (i < index) return 'done';
    if (i === index) return state === at ? 'current' : 'done';
    return 'todo';
  });
}

const STATUS_TEXT: Record<StepStatus, string> = { done: 'Done', current: 'Current step', todo: 'Not started' };

/**
 * The lifecycle as an ordered list in the design system's step-by-step
 * style: each step with a tag saying whether it is done, current or to come.
 */
export function StepIndicator({ state, resumeTo }: { state: ReviewState; resumeTo?: ReviewState | null }) {
  const statuses = stepStatuses(state, resumeTo);
  const aside = state === 'POSTPONED' || state === 'WITHDRAWN';
  return (
    <nav aria-labelledby="lifecycle-heading" className="quads-steps">
      <h2 id="lifecycle-heading" className="ds_h3">
        Lifecycle
      </h2>
      {aside && (
        <p>
          <StateTag state={state} />
        </p>
      )}
      <ol className="quads-steps__list">
        {LIFECYCLE.map((step, i) => {
          const status = statuses[i] ?? 'todo';
          return (
            <li
              key={step.state}
              className={`quads-steps__step quads-steps__step--${status}`}
              aria-current={status === 'current' ? 'step' : undefined}
            >
              <span className="quads-steps__number" aria-hidden="true">
                {i + 1}
              </span>
              <span className="quads-steps__label">{step.label}</span>{' '}
              <span className="visually-hidden">({STATUS_TEXT[status]})</span>
              {status === 'current' && (
                <strong className="ds_tag ds_tag--blue quads-steps__tag" aria-hidden="true">
                  Now
                </strong>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
