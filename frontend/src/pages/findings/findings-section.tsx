import { useState } from 'react';
import { NotificationBanner } from '../../components/notification-banner';
import { QueryStatus } from '../../components/query-errors';
import { Select } from '../../components/select';
import { graphql } from '../../gql';
import type { FindingKind, FindingStatus } from '../../gql/graphql';
import type { DraftStore } from '../../lib/findings-outbox';
import { useSession } from '../../lib/session';
import { useQuery } from '../../lib/use-query';
import { ErrorSummary } from '../../components/error-summary';
import { GuardChecklist, guardsFromErrors, type Guard } from '../../components/guard-checklist';
import { toFormErrors } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { CaptureForm } from './capture-form';
import { FindingItem, type FindingChangeView, type FindingView } from './finding-item';
import { KIND_LABELS, STATUS_LABELS } from './findings-format';
import { MergeForm } from './merge-form';
import './findings.css';

// The review's findings tab (/reviews/:id/findings). During the visit:
// team members record findings (kept on the device until sent) and see
// the team's list, filterable, each with its history; the team lead also
// agrees, rewords and merges them, sees the agreed counts and completes
// the visit. Once the visit is completed the agreed findings are read
// here by the host (the server gives them nothing else).

export const FindingsQuery = graphql(`
  query FindingsSection_Findings($reviewId: UUID!) {
    reviewFindings(reviewId: $reviewId) {
      reviewId
      reviewVersion
      state
      canRecord
      canAgree
      agreedStrengths
      agreedAreasForImprovement
      indicators {
        number
        title
      }
      sessions {
        id
        day
        startsAt
        endsAt
        kind
      }
      findings {
        id
        kind
        text
        indicators
        session {
          id
          day
          startsAt
          endsAt
          kind
        }
        author {
          id
          name
        }
        status
        mergedIntoId
        version
        recordedAt
        updatedAt
        canEdit
        attachments {
          id
          fileName
          url
        }
      }
    }
  }
`);

// Each finding's history, asked for beside the list rather than in it: one
// query with both would be estimated over the service's answer budget.
export const FindingsHistoryQuery = graphql(`
  query FindingsSection_History($reviewId: UUID!) {
    reviewFindings(reviewId: $reviewId) {
      reviewId
      findings {
        id
        history {
          at
          by {
            id
            name
          }
          kind
          text
        }
      }
    }
  }
`);

const CompleteVisitMutation = graphql(`
  mutation FindingsSection_CompleteVisit($reviewId: UUID!, $version: Int!) {
    completeVisit(reviewId: $reviewId, version: $version) {
      id
      version
      state
    }
  }
`);

function plural(n: number, one: string, many: string) {
  return `${n} ${n === 1 ? one : many}`;
}

export function FindingsSection({
  reviewId,
  onChanged,
  store,
}: {
  reviewId: string;
  onChanged: (message?: string) => void;
  /** Where drafts are kept (tests); the browser's IndexedDB otherwise. */
  store?: DraftStore;
}) {
  const query = useQuery(FindingsQuery, { reviewId });
  const { user } = useSession();
  const [saved, setSaved] = useState<string | null>(null);
  const [merging, setMerging] = useState(false);
  const [kind, setKind] = useState<FindingKind | ''>('');
  const [status, setStatus] = useState<FindingStatus | ''>('');
  const [author, setAuthor] = useState('');
  const data = query.data;
  const readOnly = data ? !data.reviewFindings.canRecord && !data.reviewFindings.canAgree : true;
  // The read-only view shows no history: it is not asked for.
  const historyQuery = useQuery(FindingsHistoryQuery, { reviewId }, { skip: readOnly });
  if (!data) {
    if (query.errors.some((e) => e.code === 'FORBIDDEN')) {
      return (
        <section aria-labelledby="findings-heading">
          <h2 id="findings-heading">Findings</h2>
          <p>The team’s agreed findings can be read here once the visit is completed.</p>
        </section>
      );
    }
    return <QueryStatus loading={query.loading} errors={query.errors} />;
  }
  const rf = data.reviewFindings;
  const findings = rf.findings as readonly FindingView[];
  const byId = new Map(findings.map((f) => [f.id, f]));
  const numbered = findings.map((finding, i) => ({ finding, number: i + 1 }));
  const histories = new Map<string, readonly FindingChangeView[]>(
    (historyQuery.data?.reviewFindings.findings ?? []).map((f) => [f.id, f.history]),
  );

  const changed = (message?: string) => {
    setSaved(message ?? null);
    query.refetch();
    if (!readOnly) historyQuery.refetch();
    onChanged();
  };
  const recorded = () => {
    query.refetch();
    historyQuery.refetch();
  };

  const banner = saved && (
    <NotificationBanner variant="success" focusOnMount key={saved}>
      <p>{saved}</p>
    </NotificationBanner>
  );

  if (readOnly) {
    const agreed = numbered.filter((x) => x.finding.status === 'AGREED');
    const started = rf.state === 'VISIT_IN_PROGRESS' || agreed.length > 0 || findings.length > 0;
    return (
      <section aria-labelledby="findings-heading">
        <h2 id="findings-heading">Agreed findings</h2>
        {banner}
        {!started ? (
          <p>Findings are recorded by the team during the visit.</p>
        ) : agreed.length === 0 ? (
          <p>No findings are agreed yet.</p>
        ) : (
          <>
            <p>
              The team agreed {plural(rf.agreedStrengths, 'strength', 'strengths')} and{' '}
              {plural(rf.agreedAreasForImprovement, 'area for improvement', 'areas for improvement')}.
            </p>
            {(Object.keys(KIND_LABELS) as FindingKind[]).map((k) => {
              const group = agreed.filter((x) => x.finding.kind === k);
              if (group.length === 0) return null;
              return (
                <section key={k} aria-labelledby={`agreed-${k}`}>
                  <h3 id={`agreed-${k}`}>
                    {k === 'STRENGTH' ? 'Strengths' : k === 'AREA_FOR_IMPROVEMENT' ? 'Areas for improvement' : 'Evidence'}
                  </h3>
                  <ol className="ds_no-bullets quads-findings">
                    {group.map(({ finding, number }) => (
                      <FindingItem
                        key={finding.id}
                        finding={finding}
                        number={number}
                        viewerId={user?.id}
                        canAgree={false}
                        readOnly
                        indicators={rf.indicators}
                        sessions={rf.sessions}
                        byId={byId}
                        onChanged={changed}
                      />
                    ))}
                  </ol>
                </section>
              );
            })}
          </>
        )}
      </section>
    );
  }

  const authors = [...new Map(findings.map((f) => [f.author.id, f.author.name])).entries()];
  const shown = numbered.filter(
    ({ finding: f }) => (kind === '' || f.kind === kind) && (status === '' || f.status === status) && (author === '' || f.author.id === author),
  );
  const mergeable = numbered.filter((x) => x.finding.status !== 'MERGED');

  return (
    <section aria-labelledby="findings-heading">
      <h2 id="findings-heading">Findings</h2>
      {banner}
      <div className="ds_inset-text">
        <div className="ds_inset-text__text">
          <p>
            Agreed so far: {plural(rf.agreedStrengths, 'strength', 'strengths')} and{' '}
            {plural(rf.agreedAreasForImprovement, 'area for improvement', 'areas for improvement')}.
            {rf.state === 'VISIT_IN_PROGRESS' &&
              ' The visit can be completed once the team has agreed at least one strength and one area for improvement.'}
          </p>
        </div>
      </div>

      {rf.canRecord && user && (
        <CaptureForm
          reviewId={reviewId}
          userId={user.id}
          indicators={rf.indicators}
          sessions={rf.sessions}
          onRecorded={recorded}
          store={store}
        />
      )}

      {rf.canAgree &&
        mergeable.length >= 2 &&
        (merging ? (
          <MergeForm
            findings={mergeable}
            onMerged={(message) => {
              setMerging(false);
              changed(message);
            }}
            onCancel={() => {
              setMerging(false);
              setTimeout(() => document.getElementById('merge-button')?.focus(), 0);
            }}
            onReload={() => {
              setMerging(false);
              changed();
            }}
          />
        ) : (
          <button
            type="button"
            id="merge-button"
            className="ds_button ds_button--secondary"
            onClick={() => setMerging(true)}
          >
            Merge duplicate findings
          </button>
        ))}

      <h3 id="findings-list-heading">The team’s findings</h3>
      {findings.length === 0 ? (
        <p>No findings are recorded yet.</p>
      ) : (
        <>
          <div className="quads-filters quads-findings-filters" role="group" aria-label="Filter the findings">
            <Select
              id="filter-kind"
              label="Kind"
              value={kind}
              onChange={(e) => setKind(e.target.value as FindingKind | '')}
              options={[
                { value: '', label: 'All kinds' },
                ...(Object.keys(KIND_LABELS) as FindingKind[]).map((k) => ({ value: k, label: KIND_LABELS[k] })),
              ]}
            />
            <Select
              id="filter-status"
              label="Status"
              value={status}
              onChange={(e) => setStatus(e.target.value as FindingStatus | '')}
              options={[
                { value: '', label: 'All' },
                ...(Object.keys(STATUS_LABELS) as FindingStatus[]).map((s) => ({ value: s, label: STATUS_LABELS[s] })),
              ]}
            />
            <Select
              id="filter-author"
              label="Recorded by"
              value={author}
              onChange={(e) => setAuthor(e.target.value)}
              options={[{ value: '', label: 'Anyone' }, ...authors.map(([id, name]) => ({ value: id, label: name }))]}
            />
          </div>
          <p role="status">
            {shown.length === findings.length
              ? `${plural(findings.length, 'finding', 'findings')}`
              : `${shown.length} of ${plural(findings.length, 'finding', 'findings')} shown`}
          </p>
          <ol className="ds_no-bullets quads-findings" aria-labelledby="findings-list-heading">
            {shown.map(({ finding, number }) => (
              <FindingItem
                key={`${finding.id}-${finding.version}`}
                finding={finding}
                number={number}
                viewerId={user?.id}
                canAgree={rf.canAgree}
                readOnly={false}
                indicators={rf.indicators}
                sessions={rf.sessions}
                byId={byId}
                history={histories.get(finding.id)}
                onChanged={changed}
              />
            ))}
          </ol>
        </>
      )}

      {rf.canAgree && rf.state === 'VISIT_IN_PROGRESS' && (
        <CompleteVisit
          reviewId={reviewId}
          version={rf.reviewVersion}
          agreedStrengths={rf.agreedStrengths}
          agreedAreas={rf.agreedAreasForImprovement}
          onChanged={changed}
        />
      )}
    </section>
  );
}

/**
 * Completing the visit, here beside the agreed counts it needs (the
 * guard: at least one agreed strength and one agreed area for
 * improvement): what is missing as a checklist, else the button; a
 * refusal's reasons, from the server, replace the checklist.
 */
function CompleteVisit({
  reviewId,
  version,
  agreedStrengths,
  agreedAreas,
  onChanged,
}: {
  reviewId: string;
  version: number;
  agreedStrengths: number;
  agreedAreas: number;
  onChanged: (message?: string) => void;
}) {
  const [complete, state] = useMutation(CompleteVisitMutation);
  const refused = guardsFromErrors(state.errors);
  const other = state.errors.filter((e) => e.code !== 'GUARD_FAILED' && e.code !== 'CONFLICT');
  const unmet: Guard[] = [];
  if (agreedStrengths < 1) unmet.push({ code: 'AGREED_STRENGTH', message: 'The team has not agreed any strength.' });
  if (agreedAreas < 1)
    unmet.push({ code: 'AGREED_AREA_FOR_IMPROVEMENT', message: 'The team has not agreed any area for improvement.' });
  const check = { label: 'Complete the visit', allowed: true, unmet };
  const onClick = async () => {
    if (await complete({ reviewId, version })) {
      onChanged('The visit is completed. The host lead is told that the agreed findings can now be read.');
    }
  };
  return (
    <section aria-labelledby="complete-heading">
      <h3 id="complete-heading">Complete the visit</h3>
      {isConflict(state.errors) && (
        <ConflictBanner
          onReload={() => {
            state.setErrors([]);
            onChanged();
          }}
        />
      )}
      {refused.length > 0 && (
        <ErrorSummary title="You cannot complete the visit yet" items={refused.map((g) => ({ text: g.message }))} />
      )}
      {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
      <GuardChecklist
        id="complete-checklist"
        check={check}
        refused={refused}
        ready="The team has agreed a strength and an area for improvement: the visit can be completed."
      />
      {unmet.length === 0 && (
        <button
          type="button"
          className="ds_button"
          disabled={state.pending}
          aria-describedby="complete-checklist"
          onClick={() => void onClick()}
        >
          Complete the visit
        </button>
      )}
    </section>
  );
}
