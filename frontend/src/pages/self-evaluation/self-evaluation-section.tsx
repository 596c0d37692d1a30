import { QueryStatus } from '../../components/query-errors';
import { TaskList } from '../../components/task-list';
import { graphql } from '../../gql';
import type { SelfEvaluationSection_SelfEvaluationsQuery } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { useQuery } from '../../lib/use-query';
import { ReviewActions } from '../review/review-actions';
import { EvidenceDocuments } from './evidence-documents';
import { IndicatorEditor } from './indicator-editor';
import { SubmitSelfEvaluation } from './submit-self-evaluation';

// The review's self-evaluation tab (/reviews/:id/self-evaluation): per host
// authority, the framework version it is made on, its progress and its
// indicators as the design system's task list, each indicator edited on
// its own page (/self-evaluation/:authorityId/:number); documents with a
// summary each for an evidence-only programme; submission by the host lead
// and reopening by a programme officer.

export const SelfEvaluationsQuery = graphql(`
  query SelfEvaluationSection_SelfEvaluations($reviewId: UUID!) {
    review(id: $reviewId) {
      id
      version
      ...ReviewActions_Review
      ...SubmitSelfEvaluation_Review
    }
    selfEvaluations(reviewId: $reviewId) {
      id
      authorityId
      authorityName
      mode
      graded
      submitted
      submittedAt
      submittedBy {
        id
        name
      }
      canEdit
      framework {
        id
        version
        name
        questions
        scale {
          level
          label
          meaning
        }
      }
      progress {
        complete
        total
      }
      indicators {
        number
        title
        keyAreaNumber
        keyAreaTitle
        grade
        evidence
        strengths
        areasForImprovement
        answers
        version
        complete
        lastEditedBy {
          id
          name
        }
        lastEditedAt
        documents {
          id
          fileName
          url
        }
      }
      documents {
        id
        fileName
        summary
        url
      }
    }
  }
`);

export type SelfEvaluationData = SelfEvaluationSection_SelfEvaluationsQuery['selfEvaluations'][number];
export type IndicatorData = SelfEvaluationData['indicators'][number];

/** The path of one indicator's page. */
export function indicatorPath(reviewId: string, authorityId: string, number: string, view = 'self-evaluation') {
  return `/reviews/${reviewId}/${view}/${authorityId}/${number}`;
}

/** An element id for an indicator ("1.2" is not a selector-friendly id). */
export function indicatorId(prefix: string, authorityId: string, number: string) {
  return `${prefix}-${authorityId}-${number.replace(/\W/g, '-')}`;
}

function indicatorStatus(qi: IndicatorData): { status: string; complete: boolean } {
  if (qi.complete) return { status: 'Completed', complete: true };
  return { status: qi.version > 0 ? 'In progress' : 'Not started', complete: false };
}

/** The tab: every host's self-evaluation, or one indicator's page when `sub` names it. */
export function SelfEvaluationSection({
  reviewId,
  sub,
  onChanged,
}: {
  reviewId: string;
  sub: string;
  onChanged: (message?: string) => void;
}) {
  const query = useQuery(SelfEvaluationsQuery, { reviewId });
  const data = query.data;
  const changed = (message?: string) => {
    query.refetch();
    onChanged(message);
  };
  const forbidden = query.errors.find((e) => e.code === 'FORBIDDEN');
  if (forbidden) {
    return (
      <section aria-labelledby="self-evaluation-heading">
        <h2 id="self-evaluation-heading">Self-evaluation</h2>
        <p>{forbidden.message}</p>
      </section>
    );
  }
  if (!data) return <QueryStatus loading={query.loading} errors={query.errors} />;

  const [authorityId, number] = sub.split('/');
  if (authorityId && number) {
    const se = data.selfEvaluations.find((s) => s.authorityId === authorityId);
    const at = se?.indicators.findIndex((qi) => qi.number === number) ?? -1;
    if (!se || at < 0) return <p>There is no such quality indicator in this self-evaluation.</p>;
    return (
      <IndicatorEditor
        key={`${authorityId}/${number}`}
        reviewId={reviewId}
        selfEvaluation={se}
        index={at}
        onSaved={() => query.refetch()}
      />
    );
  }
  const joint = data.selfEvaluations.length > 1;
  return (
    <>
      {data.selfEvaluations.map((se) => (
        <HostSelfEvaluation key={se.id} reviewId={reviewId} se={se} joint={joint} onChanged={changed} />
      ))}
      <SubmitSelfEvaluation
        review={data.review}
        selfEvaluations={data.selfEvaluations}
        onChanged={changed}
      />
      <ReviewActions review={data.review} only={['REOPEN_SELF_EVALUATION']} onChanged={changed} />
    </>
  );
}

function HostSelfEvaluation({
  reviewId,
  se,
  joint,
  onChanged,
}: {
  reviewId: string;
  se: SelfEvaluationData;
  joint: boolean;
  onChanged: (message?: string) => void;
}) {
  const headingId = `se-${se.authorityId}-heading`;
  const listId = `se-${se.authorityId}-indicators`;
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>{joint ? `Self-evaluation of ${se.authorityName}` : 'Self-evaluation'}</h2>
      <p>
        {se.framework
          ? `Made on ${se.framework.name}, version ${se.framework.version}.`
          : 'The programme has no framework, so there are no indicators to grade.'}{' '}
        {se.submitted ? (
          <strong className="ds_tag ds_tag--green">Submitted</strong>
        ) : (
          <strong className="ds_tag ds_tag--grey">Not submitted</strong>
        )}
      </p>
      {se.submitted && (
        <p>
          Submitted by {se.submittedBy?.name ?? 'a host lead'} on {formatDateTime(se.submittedAt)}. It is read-only;
          a programme officer can reopen it before the visit starts.
        </p>
      )}
      {se.mode === 'EVIDENCE_ONLY' ? (
        <EvidenceDocuments reviewId={reviewId} se={se} onChanged={onChanged} />
      ) : (
        <>
          <p id={`se-${se.authorityId}-progress`}>
            <strong>
              {se.progress.complete} of {se.progress.total}
            </strong>{' '}
            indicators complete{se.graded ? ' (graded, with evidence)' : ' (with evidence)'}.
          </p>
          <h3 id={`${listId}-heading`}>Quality indicators</h3>
          <TaskList
            id={listId}
            tasks={se.indicators.map((qi) => ({
              id: indicatorId('qi', se.authorityId, qi.number),
              title: `${qi.number} ${qi.title}`,
              href: indicatorPath(reviewId, se.authorityId, qi.number),
              summary: qi.grade != null ? `Grade ${qi.grade}` : undefined,
              ...indicatorStatus(qi),
            }))}
          />
        </>
      )}
      {!se.canEdit && !se.submitted && (
        <p>Only the host lead and users of {se.authorityName} can change this self-evaluation.</p>
      )}
    </section>
  );
}
