import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { FileDownload } from '../../components/file-download';
import { GuardChecklist, guardsFromErrors, type Guard } from '../../components/guard-checklist';
import { NotificationBanner } from '../../components/notification-banner';
import { QueryStatus } from '../../components/query-errors';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import type { ReportItemKind, ReportSectionKey } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { ReviewActions } from '../review/review-actions';
import { CommentForm, Comments } from './comments';
import { DraftConflict, isConflict } from './draft-conflict';
import { ItemForm } from './item-form';
import { ReportDraftQuery, ReportFindingsQuery, type Draft, type DraftItem, type FindingOption } from './report-draft';
import { indicatorsText, itemName, KIND_LABEL, ROLE_LABEL, sectionAnchor } from './report-format';
import { SectionForm } from './section-form';
import './report.css';

// The review's report tab (/reviews/:id/report): before drafting, the team
// lead's "Draft the report"; then the draft — prose sections edited as
// text, strengths and areas for improvement as items with their indicators
// and findings — with the host's factual-accuracy comments and the lead's
// answers, the draft as a PDF for committee papers, sharing with the host,
// approvals, publication, and corrections of a published report. Every edit is made against the draft version it
// was read at: a CONFLICT keeps what was typed and offers to reapply it.

const RemoveItem = graphql(`
  mutation ReportSection_RemoveItem($itemId: UUID!, $draftVersion: Int!) {
    removeReportItem(itemId: $itemId, draftVersion: $draftVersion) {
      reviewId
      draftVersion
    }
  }
`);
const MoveItem = graphql(`
  mutation ReportSection_MoveItem($itemId: UUID!, $draftVersion: Int!, $position: Int!) {
    moveReportItem(itemId: $itemId, draftVersion: $draftVersion, position: $position) {
      reviewId
      draftVersion
    }
  }
`);
const ShareDraft = graphql(`
  mutation ReportSection_Share($reviewId: UUID!, $draftVersion: Int!) {
    shareReportDraft(reviewId: $reviewId, draftVersion: $draftVersion) {
      reviewId
      draftVersion
      sharedWithHostAt
    }
  }
`);
const Approve = graphql(`
  mutation ReportSection_Approve($reviewId: UUID!, $draftVersion: Int!) {
    approveReport(reviewId: $reviewId, draftVersion: $draftVersion) {
      reviewId
      draftVersion
    }
  }
`);
const PublishFirst = graphql(`
  mutation ReportSection_Publish($reviewId: UUID!, $version: Int!) {
    publishReport(reviewId: $reviewId, version: $version) {
      id
      version
      state
    }
  }
`);
const PublishCorrection = graphql(`
  mutation ReportSection_PublishCorrection($reviewId: UUID!, $draftVersion: Int!) {
    publishReportCorrection(reviewId: $reviewId, draftVersion: $draftVersion) {
      reviewId
      draftVersion
    }
  }
`);
const OpenCorrection = graphql(`
  mutation ReportSection_OpenCorrection($reviewId: UUID!, $changeNote: String!) {
    openReportCorrection(reviewId: $reviewId, changeNote: $changeNote) {
      reviewId
      draftVersion
    }
  }
`);

const CHANGE_NOTE_MAX = 2000;

export function ReportSection({ reviewId, onChanged }: { reviewId: string; onChanged: (message?: string) => void }) {
  const query = useQuery(ReportDraftQuery, { reviewId });
  const [saved, setSaved] = useState<string | null>(null);
  const data = query.data;
  if (!data) return <QueryStatus loading={query.loading} errors={query.errors} />;
  const changed = (message?: string) => {
    setSaved(message ?? null);
    query.refetch();
    onChanged();
  };
  const banner = saved ? (
    <NotificationBanner variant="success" focusOnMount key={saved}>
      <p>{saved}</p>
    </NotificationBanner>
  ) : null;
  const draft = data.reportDraft;
  if (!draft) {
    return (
      <section aria-labelledby="report-heading">
        <h2 id="report-heading">Report</h2>
        {banner}
        <p>
          The team lead drafts the report from the team’s agreed findings once the visit is completed: its context,
          focus, what the team did, the strengths and areas for improvement, and next steps.
        </p>
        <ReviewActions
          review={data.review}
          only={['DRAFT_REPORT']}
          labels={{ DRAFT_REPORT: 'Draft the report' }}
          onChanged={changed}
        />
      </section>
    );
  }
  return <DraftView key={reviewId} draft={draft} banner={banner} onChanged={changed} />;
}

function DraftView({
  draft,
  banner,
  onChanged,
}: {
  draft: Draft;
  banner: ReactNode;
  onChanged: (message?: string) => void;
}) {
  const reviewId = draft.reviewId;
  const findingsQuery = useQuery(ReportFindingsQuery, { reviewId }, { skip: !draft.canEdit });
  const findings: FindingOption[] = (findingsQuery.data?.reviewFindings.findings ?? []).filter(
    (f) => f.status === 'AGREED',
  );
  const published = draft.published.length > 0;
  const latest = draft.published[draft.published.length - 1];
  const editing = draft.canEdit;
  const openComments = draft.comments.filter((c) => c.status === 'OPEN');
  const title = draft.isCorrection ? 'Correction of the report' : published ? 'Published report' : 'Draft report';
  const findingText = (id: string) => findings.find((f) => f.id === id)?.text;

  return (
    <section aria-labelledby="report-heading">
      <h2 id="report-heading">{title}</h2>
      {banner}
      <dl className="ds_summary-list">
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Status</dt>
          <dd className="ds_summary-list__value">
            {draft.isCorrection
              ? `A correction of version ${latest?.version ?? 1} is being made`
              : published
                ? `Published (version ${latest?.version ?? 1})`
                : 'Being drafted'}
          </dd>
        </div>
        {(draft.isCorrection || !published) && (
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Draft version</dt>
            <dd className="ds_summary-list__value">{draft.draftVersion}</dd>
          </div>
        )}
        {draft.isCorrection && draft.changeNote && (
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">What the correction changes</dt>
            <dd className="ds_summary-list__value quads-report__text">{draft.changeNote}</dd>
          </div>
        )}
        {(draft.isCorrection || !published) && (
          <div className="ds_summary-list__item">
            <dt className="ds_summary-list__key">Factual-accuracy check</dt>
            <dd className="ds_summary-list__value">
              {draft.sharedWithHostAt
                ? `Shared with the host ${formatDateTime(draft.sharedWithHostAt)}; ${draft.openComments} open comment${draft.openComments === 1 ? '' : 's'}`
                : 'Not shared with the host yet'}
            </dd>
          </div>
        )}
      </dl>

      {(draft.isCorrection || !published) && (
        <FileDownload
          title={`${draft.isCorrection ? 'The correction' : 'The draft report'} (draft version ${draft.draftVersion})`}
          href={draft.draftPdfUrl}
          fileType="PDF"
          description="For committee papers: marked DRAFT on every page. Only the review’s team, the host authority and programme officers can open it."
        />
      )}

      {published && <PublishedVersions draft={draft} />}

      {openComments.length > 0 && (
        <div className="ds_inset-text">
          <div className="ds_inset-text__text">
            <h3 id="open-comments-heading">Open factual-accuracy comments</h3>
            <p>Open comments must be answered before the draft can be approved.</p>
            <ul aria-labelledby="open-comments-heading">
              {openComments.map((c) => (
                <li key={c.id}>
                  <a href={`#comment-${c.id}`}>
                    {c.author.name} on {sectionTitle(draft, c.sectionKey)}
                    {c.itemId ? `, ${itemLabel(draft, c.itemId)}` : ''}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        </div>
      )}

      {(draft.isCorrection || !published) && <SharePanel draft={draft} onChanged={onChanged} />}

      <div className="quads-report-sections">
        {draft.sections.map((s) => (
          <SectionBlock
            key={s.key}
            draft={draft}
            sectionKey={s.key}
            editing={editing}
            findings={findings}
            findingText={findingText}
            onChanged={onChanged}
          />
        ))}
      </div>

      {(draft.isCorrection || !published) && (
        <>
          <ApprovalsPanel draft={draft} onChanged={onChanged} />
          <PublishPanel draft={draft} onChanged={onChanged} />
        </>
      )}
      {draft.canOpenCorrection && !draft.isCorrection && <CorrectionForm draft={draft} onChanged={onChanged} />}
    </section>
  );
}

function sectionTitle(draft: Draft, key: ReportSectionKey): string {
  return draft.sections.find((s) => s.key === key)?.title ?? key;
}

function itemLabel(draft: Draft, itemId: string): string {
  const s = draft.strengths.findIndex((i) => i.id === itemId);
  if (s >= 0) return itemName('STRENGTH', s).toLowerCase();
  const a = draft.areasForImprovement.findIndex((i) => i.id === itemId);
  if (a >= 0) return itemName('AREA_FOR_IMPROVEMENT', a).toLowerCase();
  return 'an item no longer in the draft';
}

function PublishedVersions({ draft }: { draft: Draft }) {
  const latest = draft.published[draft.published.length - 1];
  if (!latest) return null;
  return (
    <>
      <h3>Published versions</h3>
      <p>
        The public page: <Link to={`/reports/${latest.slug}`}>the report (latest version)</Link>
      </p>
      <ul>
        {draft.published.map((p) => (
          <li key={p.version}>
            <Link to={`/reports/${p.slug}/versions/${p.version}`}>Version {p.version}</Link>, published{' '}
            {formatDateTime(p.publishedAt)}
            {p.changeNote ? `: ${p.changeNote}` : ''}
          </li>
        ))}
      </ul>
    </>
  );
}

/** One section: its text (editable as text) and, for strengths and areas for improvement, its items. */
function SectionBlock({
  draft,
  sectionKey,
  editing,
  findings,
  findingText,
  onChanged,
}: {
  draft: Draft;
  sectionKey: ReportSectionKey;
  editing: boolean;
  findings: readonly FindingOption[];
  findingText: (id: string) => string | undefined;
  onChanged: (message?: string) => void;
}) {
  const section = draft.sections.find((s) => s.key === sectionKey);
  const [open, setOpen] = useState(false);
  if (!section) return null;
  const anchor = sectionAnchor(sectionKey);
  const kind: ReportItemKind | null =
    sectionKey === 'STRENGTHS' ? 'STRENGTH' : sectionKey === 'AREAS_FOR_IMPROVEMENT' ? 'AREA_FOR_IMPROVEMENT' : null;
  const comments = draft.comments.filter((c) => c.sectionKey === sectionKey && !c.itemId);
  const focusEdit = () => setTimeout(() => document.getElementById(`edit-${anchor}`)?.focus(), 0);
  return (
    <section className="quads-report-section" aria-labelledby={anchor}>
      <h3 id={anchor}>{section.title}</h3>
      {open ? (
        <SectionForm
          reviewId={draft.reviewId}
          draftVersion={draft.draftVersion}
          sectionKey={sectionKey}
          title={section.title}
          text={section.text}
          onSaved={(message) => {
            setOpen(false);
            onChanged(message);
          }}
          onCancel={() => {
            setOpen(false);
            focusEdit();
          }}
          onReload={() => onChanged()}
        />
      ) : (
        <>
          {section.text.trim() === '' ? (
            <p className="ds_hint-text">{kind ? 'No introduction.' : 'Nothing written yet.'}</p>
          ) : (
            <p className="quads-report__text">{section.text}</p>
          )}
          {editing && (
            <button
              type="button"
              id={`edit-${anchor}`}
              className="ds_button ds_button--secondary ds_button--small"
              onClick={() => setOpen(true)}
            >
              {kind ? `Edit the introduction to ${section.title}` : `Edit ${section.title}`}
            </button>
          )}
        </>
      )}
      <Comments comments={comments} canAnswer={draft.canAnswerComments} onChanged={onChanged} />
      {draft.canComment && (
        <CommentForm reviewId={draft.reviewId} sectionKey={sectionKey} about={section.title} onChanged={onChanged} />
      )}
      {kind && (
        <ItemList
          draft={draft}
          kind={kind}
          editing={editing}
          findings={findings.filter((f) => f.kind === kind)}
          findingText={findingText}
          onChanged={onChanged}
        />
      )}
    </section>
  );
}

/** The structured items of one kind: each with its indicators and findings, and the lead's controls. */
function ItemList({
  draft,
  kind,
  editing,
  findings,
  findingText,
  onChanged,
}: {
  draft: Draft;
  kind: ReportItemKind;
  editing: boolean;
  findings: readonly FindingOption[];
  findingText: (id: string) => string | undefined;
  onChanged: (message?: string) => void;
}) {
  const items = kind === 'STRENGTH' ? draft.strengths : draft.areasForImprovement;
  // Which form is open: an item's id, "new", or none.
  const [open, setOpen] = useState<string | null>(null);
  const [remove, removeState] = useMutation(RemoveItem);
  const [move, moveState] = useMutation(MoveItem);
  const [reloaded, setReloaded] = useState(false);
  const errors = [...removeState.errors, ...moveState.errors];
  const label = KIND_LABEL[kind];
  const sectionKey = kind === 'STRENGTH' ? 'STRENGTHS' : 'AREAS_FOR_IMPROVEMENT';
  const reload = () => {
    removeState.setErrors([]);
    moveState.setErrors([]);
    setReloaded(true);
    onChanged();
  };
  const onMove = async (item: DraftItem, index: number, to: number) => {
    const other = items[to];
    if (!other) return;
    setReloaded(false);
    if (await move({ itemId: item.id, draftVersion: draft.draftVersion, position: other.position })) {
      onChanged(`${itemName(kind, index)} is moved ${to < index ? 'up' : 'down'}.`);
      setTimeout(() => document.getElementById(`item-${item.id}`)?.focus(), 0);
    }
  };
  const onRemove = async (item: DraftItem, index: number) => {
    setReloaded(false);
    if (await remove({ itemId: item.id, draftVersion: draft.draftVersion })) {
      onChanged(`${itemName(kind, index)} is removed.`);
    }
  };
  const other = errors.filter((e) => e.code !== 'CONFLICT');
  return (
    <>
      <h4 className="visually-hidden">The {label.many}</h4>
      <DraftConflict errors={errors} reloaded={false} onReload={reload} />
      {reloaded && !isConflict(errors) && (
        <p role="status" className="ds_hint-text">
          The draft has been reloaded. Check the {label.many} below, then try again.
        </p>
      )}
      {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
      {items.length === 0 ? (
        <p>No {label.many} in the draft.</p>
      ) : (
        <ol className="quads-report-items">
          {items.map((item, index) => {
            const name = itemName(kind, index);
            const comments = draft.comments.filter((c) => c.itemId === item.id);
            return (
              <li key={item.id} className="quads-report-item">
                <span id={`item-${item.id}`} tabIndex={-1} className="visually-hidden">
                  {name}
                </span>
                {open === item.id ? (
                  <ItemForm
                    reviewId={draft.reviewId}
                    draftVersion={draft.draftVersion}
                    kind={kind}
                    item={item}
                    name={name}
                    findings={findings}
                    onSaved={(message) => {
                      setOpen(null);
                      onChanged(message);
                    }}
                    onCancel={() => {
                      setOpen(null);
                      setTimeout(() => document.getElementById(`edit-item-${item.id}`)?.focus(), 0);
                    }}
                    onReload={() => onChanged()}
                  />
                ) : (
                  <ItemView item={item} findingText={findingText} />
                )}
                {editing && open !== item.id && (
                  <div className="ds_button-group quads-report-item__actions">
                    <button
                      type="button"
                      id={`edit-item-${item.id}`}
                      className="ds_button ds_button--secondary ds_button--small"
                      onClick={() => setOpen(item.id)}
                      aria-label={`Edit ${name.toLowerCase()}`}
                    >
                      Edit
                    </button>
                    {index > 0 && (
                      <button
                        type="button"
                        className="ds_button ds_button--secondary ds_button--small"
                        disabled={moveState.pending}
                        onClick={() => void onMove(item, index, index - 1)}
                        aria-label={`Move ${name.toLowerCase()} up`}
                      >
                        Move up
                      </button>
                    )}
                    {index < items.length - 1 && (
                      <button
                        type="button"
                        className="ds_button ds_button--secondary ds_button--small"
                        disabled={moveState.pending}
                        onClick={() => void onMove(item, index, index + 1)}
                        aria-label={`Move ${name.toLowerCase()} down`}
                      >
                        Move down
                      </button>
                    )}
                    <button
                      type="button"
                      className="ds_button ds_button--secondary ds_button--small"
                      disabled={removeState.pending}
                      onClick={() => void onRemove(item, index)}
                      aria-label={`Remove ${name.toLowerCase()}`}
                    >
                      Remove
                    </button>
                  </div>
                )}
                <Comments comments={comments} canAnswer={draft.canAnswerComments} onChanged={onChanged} />
                {draft.canComment && (
                  <CommentForm
                    reviewId={draft.reviewId}
                    sectionKey={sectionKey}
                    itemId={item.id}
                    about={name.toLowerCase()}
                    onChanged={onChanged}
                  />
                )}
              </li>
            );
          })}
        </ol>
      )}
      {editing &&
        (open === 'new' ? (
          <ItemForm
            reviewId={draft.reviewId}
            draftVersion={draft.draftVersion}
            kind={kind}
            name={`New ${label.one}`}
            findings={findings}
            onSaved={(message) => {
              setOpen(null);
              onChanged(message);
            }}
            onCancel={() => {
              setOpen(null);
              setTimeout(() => document.getElementById(`add-${kind.toLowerCase()}`)?.focus(), 0);
            }}
            onReload={() => onChanged()}
          />
        ) : (
          <button
            type="button"
            id={`add-${kind.toLowerCase()}`}
            className="ds_button ds_button--secondary"
            onClick={() => setOpen('new')}
          >
            Add a{kind === 'AREA_FOR_IMPROVEMENT' ? 'n' : ''} {label.one}
          </button>
        ))}
    </>
  );
}

/** An item as read: its text, indicators and the findings it comes from. */
export function ItemView({
  item,
  findingText,
}: {
  item: Pick<DraftItem, 'text' | 'indicators' | 'findingIds'>;
  findingText?: (id: string) => string | undefined;
}) {
  const linked = item.findingIds.map((id) => findingText?.(id)).filter((t): t is string => t !== undefined);
  return (
    <>
      <p className="quads-report__text">{item.text}</p>
      {item.indicators.length > 0 && <p className="ds_hint-text">{indicatorsText(item.indicators)}</p>}
      {linked.length > 0 ? (
        <details className="ds_details">
          <summary className="ds_details__summary">
            From {linked.length} agreed finding{linked.length === 1 ? '' : 's'}
          </summary>
          <div className="ds_details__text">
            <ul>
              {linked.map((t, i) => (
                <li key={i}>{t}</li>
              ))}
            </ul>
          </div>
        </details>
      ) : (
        item.findingIds.length > 0 && (
          <p className="ds_hint-text">
            From {item.findingIds.length} agreed finding{item.findingIds.length === 1 ? '' : 's'}
          </p>
        )
      )}
    </>
  );
}

/** The team lead shares the draft with the host for the factual-accuracy check (the host is mailed). */
function SharePanel({ draft, onChanged }: { draft: Draft; onChanged: (message?: string) => void }) {
  const [share, state] = useMutation(ShareDraft);
  if (!draft.canShare && !draft.sharedWithHostAt) return null;
  const onClick = async () => {
    if (await share({ reviewId: draft.reviewId, draftVersion: draft.draftVersion })) {
      onChanged('The draft is shared with the host: the host lead and host users are told by email.');
    }
  };
  return (
    <section aria-labelledby="share-heading" className="quads-report-panel">
      <h3 id="share-heading">Factual-accuracy check</h3>
      <DraftConflict
        errors={state.errors}
        reloaded={false}
        onReload={() => {
          state.setErrors([]);
          onChanged();
        }}
      />
      {state.errors.some((e) => e.code !== 'CONFLICT') && (
        <ErrorSummary items={toFormErrors(state.errors.filter((e) => e.code !== 'CONFLICT')).items} />
      )}
      {draft.sharedWithHostAt ? (
        <p>
          The draft was shared with the host {formatDateTime(draft.sharedWithHostAt)}. Host users and leads comment on
          any section or item; the team lead answers each comment.
        </p>
      ) : (
        <>
          <p>
            When the draft is ready, share it with the host: the host lead and host users are told by email and can
            comment on its factual accuracy.
          </p>
          <button type="button" className="ds_button" disabled={state.pending} onClick={() => void onClick()}>
            Share the draft with the host
          </button>
        </>
      )}
    </section>
  );
}

function ApprovalsPanel({ draft, onChanged }: { draft: Draft; onChanged: (message?: string) => void }) {
  const [approve, state] = useMutation(Approve);
  const current = draft.approvals.filter((a) => a.draftVersion === draft.draftVersion);
  const refused = guardsFromErrors(state.errors);
  const other = state.errors.filter((e) => e.code !== 'CONFLICT' && e.code !== 'GUARD_FAILED');
  const onClick = async () => {
    if (await approve({ reviewId: draft.reviewId, draftVersion: draft.draftVersion })) {
      onChanged(`You approved version ${draft.draftVersion} of the draft.`);
    }
  };
  return (
    <section aria-labelledby="approvals-heading" className="quads-report-panel">
      <h3 id="approvals-heading">Approvals</h3>
      <p>
        Every host lead and a programme officer approve version {draft.draftVersion} of the draft. A later edit clears
        the approvals.
      </p>
      {current.length > 0 ? (
        <ul aria-label="Approved by">
          {current.map((a) => (
            <li key={`${a.by.id}-${a.role}`}>
              {a.by.name} ({ROLE_LABEL[a.role]}
              {a.authorityName ? `, ${a.authorityName}` : ''}) approved version {a.draftVersion},{' '}
              {formatDateTime(a.at)}
            </li>
          ))}
        </ul>
      ) : (
        <p>No one has approved this version yet.</p>
      )}
      {draft.awaitingApprovalFrom.length > 0 && (
        <>
          <p id="awaiting-heading">Waiting for approval from:</p>
          <ul aria-labelledby="awaiting-heading">
            {draft.awaitingApprovalFrom.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      )}
      <DraftConflict
        errors={state.errors}
        reloaded={false}
        onReload={() => {
          state.setErrors([]);
          onChanged();
        }}
      />
      {refused.length > 0 && (
        <ErrorSummary title="You cannot approve the draft yet" items={refused.map((g) => ({ text: g.message }))} />
      )}
      {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
      {!draft.sharedWithHostAt && (
        <p className="ds_hint-text">
          The draft can be approved once the team lead has shared it with the host for the factual-accuracy check.
        </p>
      )}
      {draft.canApprove &&
        (draft.openComments > 0 ? (
          <p className="ds_hint-text">
            You can approve once the {draft.openComments} open comment{draft.openComments === 1 ? ' is' : 's are'}{' '}
            answered.
          </p>
        ) : (
          <button type="button" className="ds_button" disabled={state.pending} onClick={() => void onClick()}>
            Approve version {draft.draftVersion} of the draft
          </button>
        ))}
    </section>
  );
}

function PublishPanel({ draft, onChanged }: { draft: Draft; onChanged: (message?: string) => void }) {
  const [publishFirst, firstState] = useMutation(PublishFirst);
  const [publishCorrection, correctionState] = useMutation(PublishCorrection);
  const state = draft.isCorrection ? correctionState : firstState;
  if (!draft.canPublish && !draft.canEdit) return null;
  const label = draft.isCorrection ? 'Publish the correction' : 'Publish the report';
  const unmet: Guard[] = [
    ...(draft.sharedWithHostAt
      ? []
      : [{ code: 'REPORT_NOT_SHARED', message: 'Share the draft with the host for the factual-accuracy check' }]),
    ...draft.awaitingApprovalFrom.map((w) => ({ code: 'REPORT_APPROVAL_MISSING', message: `Approval from ${w}` })),
    ...(draft.openComments > 0
      ? [
          {
            code: 'REPORT_COMMENTS_OPEN',
            message: `Answer the ${draft.openComments} open factual-accuracy comment${draft.openComments === 1 ? '' : 's'}`,
          },
        ]
      : []),
  ];
  const refused = guardsFromErrors(state.errors);
  const other = state.errors.filter((e) => e.code !== 'CONFLICT' && e.code !== 'GUARD_FAILED');
  const onClick = async () => {
    const done = draft.isCorrection
      ? await publishCorrection({ reviewId: draft.reviewId, draftVersion: draft.draftVersion })
      : await publishFirst({ reviewId: draft.reviewId, version: draft.reviewVersion });
    if (done) {
      onChanged(
        draft.isCorrection
          ? 'The correction is published as a new version; the earlier versions say they are superseded.'
          : 'The report is published: the team and the host contacts are sent its link.',
      );
    }
  };
  return (
    <section aria-labelledby="publish-heading" className="quads-report-panel">
      <h3 id="publish-heading">{label}</h3>
      <DraftConflict
        errors={state.errors}
        reloaded={false}
        onReload={() => {
          state.setErrors([]);
          onChanged();
        }}
      />
      {refused.length > 0 && (
        <ErrorSummary title={`You cannot ${label.toLowerCase()} yet`} items={refused.map((g) => ({ text: g.message }))} />
      )}
      {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
      <GuardChecklist
        id="publish-checklist"
        check={{ label, allowed: true, unmet }}
        refused={refused}
        ready={draft.canPublish ? 'Every approval is in and no comment is open.' : null}
      />
      {unmet.length === 0 &&
        refused.length === 0 &&
        (draft.canPublish ? (
          <button
            type="button"
            className="ds_button"
            disabled={state.pending}
            onClick={() => void onClick()}
            aria-describedby="publish-checklist"
          >
            {label}
          </button>
        ) : (
          <p className="ds_hint-text">Every approval is in: the report can now be published.</p>
        ))}
    </section>
  );
}

/** A programme officer opens a correction of the published report, saying what it changes. */
function CorrectionForm({ draft, onChanged }: { draft: Draft; onChanged: (message?: string) => void }) {
  const [note, setNote] = useState('');
  const [open, state] = useMutation(OpenCorrection);
  const errors = toFormErrors(state.errors, { changeNote: 'change-note' });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const value = note.trim();
    if (value === '') {
      state.setErrors([validationError('changeNote', 'Enter what the correction changes and why')]);
      return;
    }
    if (value.length > CHANGE_NOTE_MAX) {
      state.setErrors([validationError('changeNote', `Enter at most ${CHANGE_NOTE_MAX} characters`)]);
      return;
    }
    if (await open({ reviewId: draft.reviewId, changeNote: value })) {
      onChanged('The correction is open: the team lead can now edit the report.');
    }
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby="correction-heading" className="quads-report-panel">
      <h3 id="correction-heading">Correct the published report</h3>
      <p>
        A correction makes a new version. The published versions stay readable at their addresses and say they are
        superseded.
      </p>
      {errors.items.length > 0 && <ErrorSummary items={errors.items} />}
      <Textarea
        id="change-note"
        name="changeNote"
        label="What does the correction change, and why?"
        hint="This note is published with the new version."
        value={note}
        onChange={(e) => setNote(e.target.value)}
        error={errors.byField.changeNote}
        rows={3}
      />
      <button type="submit" className="ds_button ds_button--secondary" disabled={state.pending}>
        Open a correction
      </button>
    </form>
  );
}
