import { useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { graphql } from '../../gql';
import type { FindingChangeKind, FindingKind, FindingStatus, SessionKind } from '../../gql/graphql';
import { toFormErrors } from '../../lib/form-errors';
import type { DraftInput } from '../../lib/findings-outbox';
import { formatDateTime } from '../../lib/format';
import { useMutation } from '../../lib/use-mutation';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { AttachmentList } from '../self-evaluation/attachments';
import { FindingAttachmentUpload } from './finding-attachment';
import { FindingFields, type IndicatorOption } from './finding-fields';
import {
  CHANGE_LABELS,
  FIELDS,
  findingProblems,
  KIND_LABELS,
  sessionLabel,
  STATUS_LABELS,
  STATUS_TAGS,
  type SessionOption,
} from './findings-format';

// One finding in the list: what it says, its indicators and session, who
// recorded it, its documents and its history; for whoever may (its author
// while a draft, the team lead) a form to change it and a remove button,
// and for the team lead agree or withdraw the agreement.

const UpdateFinding = graphql(`
  mutation FindingItem_Update($findingId: UUID!, $version: Int!, $input: FindingInput!) {
    updateFinding(findingId: $findingId, version: $version, input: $input) {
      id
      version
      text
      status
    }
  }
`);
const RemoveFinding = graphql(`
  mutation FindingItem_Remove($findingId: UUID!, $version: Int!) {
    removeFinding(findingId: $findingId, version: $version)
  }
`);
const AgreeFinding = graphql(`
  mutation FindingItem_Agree($findingId: UUID!, $version: Int!) {
    agreeFinding(findingId: $findingId, version: $version) {
      id
      version
      status
    }
  }
`);
const UnagreeFinding = graphql(`
  mutation FindingItem_Unagree($findingId: UUID!, $version: Int!) {
    unagreeFinding(findingId: $findingId, version: $version) {
      id
      version
      status
    }
  }
`);

export interface FindingView {
  id: string;
  kind: FindingKind;
  text: string;
  indicators: readonly string[];
  session?: { id: string; day: string; startsAt: string; endsAt: string; kind: SessionKind } | null;
  author: { id: string; name: string };
  status: FindingStatus;
  mergedIntoId?: string | null;
  version: number;
  recordedAt: string;
  updatedAt: string;
  canEdit: boolean;
  attachments: readonly { id: string; fileName: string; url: string }[];
}

/** One change in a finding's history (read by its own query: see findings-section). */
export interface FindingChangeView {
  at: string;
  by: { id: string; name: string };
  kind: FindingChangeKind;
  text?: string | null;
}

/** A short name for a finding in buttons and lists: its kind, author and opening words. */
export function findingName(f: Pick<FindingView, 'kind' | 'author' | 'text'>): string {
  const words = f.text.length > 60 ? `${f.text.slice(0, 57).trimEnd()}…` : f.text;
  return `${KIND_LABELS[f.kind]} by ${f.author.name}: “${words}”`;
}

export function FindingItem({
  finding,
  number,
  viewerId,
  canAgree,
  readOnly,
  indicators,
  sessions,
  byId,
  history = [],
  onChanged,
}: {
  finding: FindingView;
  /** Its place in the list, for headings. */
  number: number;
  viewerId: string | undefined;
  canAgree: boolean;
  /** The read-only view after the visit (the host's): no actions, and no history (it holds the drafts' wording). */
  readOnly: boolean;
  indicators: readonly IndicatorOption[];
  sessions: readonly SessionOption[];
  byId: ReadonlyMap<string, FindingView>;
  history?: readonly FindingChangeView[];
  onChanged: (message?: string) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [remove, removeState] = useMutation(RemoveFinding);
  const [agree, agreeState] = useMutation(AgreeFinding);
  const [unagree, unagreeState] = useMutation(UnagreeFinding);
  const f = finding;
  const headingId = `finding-${f.id}-heading`;
  const titles = new Map(indicators.map((i) => [i.number, i.title]));
  const isAuthor = f.author.id === viewerId;
  const errors = [...removeState.errors, ...agreeState.errors, ...unagreeState.errors];
  const conflict = isConflict(errors);
  const other = errors.filter((e) => e.code !== 'CONFLICT');
  const pending = removeState.pending || agreeState.pending || unagreeState.pending;
  const reload = () => {
    for (const s of [removeState, agreeState, unagreeState]) s.setErrors([]);
    onChanged();
  };
  const name = `finding ${number}`;
  const mergedInto = f.mergedIntoId ? byId.get(f.mergedIntoId) : undefined;
  // A merge's other side: the finding it went into, or the ones folded into it.
  const mergedFrom = [...byId.values()].filter((x) => x.mergedIntoId === f.id);
  const mergeRelation = mergedInto
    ? `into ${findingName(mergedInto)}`
    : mergedFrom.length > 0
      ? `with ${mergedFrom.map((x) => findingName(x)).join('; ')}`
      : '';

  const onRemove = async () => {
    if (await remove({ findingId: f.id, version: f.version })) onChanged(`Finding ${number} is removed.`);
  };
  const onAgree = async () => {
    if (await agree({ findingId: f.id, version: f.version })) onChanged(`Finding ${number} is agreed.`);
  };
  const onUnagree = async () => {
    if (await unagree({ findingId: f.id, version: f.version }))
      onChanged(`Finding ${number} is a draft again: its agreement is withdrawn.`);
  };

  return (
    <li className="quads-finding" id={`finding-${f.id}`}>
      <article aria-labelledby={headingId}>
        <h4 id={headingId} className="quads-finding__heading">
          {number}. {KIND_LABELS[f.kind]}{' '}
          <strong className={`ds_tag ${STATUS_TAGS[f.status]}`}>{STATUS_LABELS[f.status]}</strong>
        </h4>
        {conflict && <ConflictBanner onReload={reload} />}
        {other.length > 0 && <ErrorSummary items={toFormErrors(other).items} />}
        {editing ? (
          <EditFindingForm
            finding={f}
            number={number}
            reword={!isAuthor}
            indicators={indicators}
            sessions={sessions}
            onSaved={(message) => {
              setEditing(false);
              onChanged(message);
              setTimeout(() => document.getElementById(`edit-finding-${f.id}`)?.focus(), 0);
            }}
            onCancel={() => {
              setEditing(false);
              setTimeout(() => document.getElementById(`edit-finding-${f.id}`)?.focus(), 0);
            }}
            onReload={() => {
              setEditing(false);
              onChanged();
            }}
          />
        ) : (
          <p className="quads-pre-line quads-finding__text">{f.text}</p>
        )}
        <dl className="quads-finding__facts">
          {f.indicators.length > 0 && (
            <div>
              <dt>Indicators</dt>
              <dd>{f.indicators.map((i) => (titles.get(i) ? `${i} ${titles.get(i)}` : i)).join('; ')}</dd>
            </div>
          )}
          {f.session && (
            <div>
              <dt>Session</dt>
              <dd>{sessionLabel(f.session)}</dd>
            </div>
          )}
          <div>
            <dt>Recorded by</dt>
            <dd>
              {f.author.name}, {formatDateTime(f.recordedAt)}
            </dd>
          </div>
          {f.status === 'MERGED' && (
            <div>
              <dt>Merged into</dt>
              <dd>{mergedInto ? <a href={`#finding-${mergedInto.id}`}>{findingName(mergedInto)}</a> : 'another finding'}</dd>
            </div>
          )}
        </dl>
        {f.attachments.length > 0 && (
          <>
            <h5 className="quads-finding__subheading">Documents</h5>
            <AttachmentList documents={f.attachments} canRemove={f.canEdit && !readOnly} onRemoved={() => onChanged()} />
          </>
        )}
        {!readOnly && f.canEdit && f.status !== 'MERGED' && (
          <details className="ds_details quads-finding__details">
            <summary className="ds_details__summary">
              Attach a document <span className="visually-hidden">to {name}</span>
            </summary>
            <div className="ds_details__text">
              <FindingAttachmentUpload id={`finding-${f.id}-upload`} findingId={f.id} onUploaded={(n) => onChanged(`“${n}” is attached to finding ${number}.`)} />
            </div>
          </details>
        )}
        {!readOnly && history.length > 0 && (
          <details className="ds_details quads-finding__details">
            <summary className="ds_details__summary">
              History <span className="visually-hidden">of {name}</span>
            </summary>
            <div className="ds_details__text">
              <ol className="quads-finding__history">
                {history.map((h, i) => (
                  <li key={`${h.at}-${i}`}>
                    <strong>{CHANGE_LABELS[h.kind]}</strong>
                    {h.kind === 'MERGED' && mergeRelation && ` ${mergeRelation}`} by {h.by.name}, {formatDateTime(h.at)}
                    {h.text && <p className="quads-pre-line">{h.text}</p>}
                  </li>
                ))}
              </ol>
            </div>
          </details>
        )}
        {!readOnly && !editing && f.status !== 'MERGED' && (f.canEdit || canAgree) && (
          <div className="ds_button-group quads-finding__actions">
            {f.canEdit && (
              <button
                type="button"
                id={`edit-finding-${f.id}`}
                className="ds_button ds_button--secondary ds_button--small"
                onClick={() => setEditing(true)}
              >
                {isAuthor ? 'Change' : 'Reword'} <span className="visually-hidden">{name}</span>
              </button>
            )}
            {canAgree && f.status === 'DRAFT' && (
              <button type="button" className="ds_button ds_button--small" disabled={pending} onClick={() => void onAgree()}>
                Agree <span className="visually-hidden">{name}</span>
              </button>
            )}
            {canAgree && f.status === 'AGREED' && (
              <button
                type="button"
                className="ds_button ds_button--secondary ds_button--small"
                disabled={pending}
                onClick={() => void onUnagree()}
              >
                Withdraw agreement <span className="visually-hidden">of {name}</span>
              </button>
            )}
            {f.canEdit && (
              <button
                type="button"
                className="ds_button ds_button--secondary ds_button--small"
                disabled={pending}
                onClick={() => void onRemove()}
              >
                Remove <span className="visually-hidden">{name}</span>
              </button>
            )}
          </div>
        )}
      </article>
    </li>
  );
}

function EditFindingForm({
  finding,
  number,
  reword,
  indicators,
  sessions,
  onSaved,
  onCancel,
  onReload,
}: {
  finding: FindingView;
  number: number;
  reword: boolean;
  indicators: readonly IndicatorOption[];
  sessions: readonly SessionOption[];
  onSaved: (message: string) => void;
  onCancel: () => void;
  onReload: () => void;
}) {
  const [values, setValues] = useState<DraftInput>({
    kind: finding.kind,
    text: finding.text,
    indicators: [...finding.indicators],
    sessionId: finding.session?.id ?? null,
  });
  const [update, state] = useMutation(UpdateFinding);
  const prefix = `edit-${finding.id}-`;
  const fields = Object.fromEntries(Object.entries(FIELDS).map(([k, v]) => [k, prefix + v]));
  const formErrors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    fields,
  );
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = findingProblems(
      values,
      indicators.map((i) => i.number),
    );
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const result = await update({
      findingId: finding.id,
      version: finding.version,
      input: {
        kind: values.kind as FindingKind,
        text: values.text.trim(),
        indicators: values.indicators,
        sessionId: values.sessionId,
      },
    });
    if (result) onSaved(reword ? `Finding ${number} is reworded.` : `Finding ${number} is changed.`);
  };
  const title = reword ? `Reword finding ${number}` : `Change finding ${number}`;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label={title} className="quads-finding__edit">
      {isConflict(state.errors) && <ConflictBanner onReload={onReload} />}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <FindingFields
        prefix={prefix}
        values={values}
        onChange={setValues}
        errors={formErrors.byField}
        indicators={indicators}
        sessions={sessions}
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button ds_button--small" disabled={state.pending}>
          Save <span className="visually-hidden">finding {number}</span>
        </button>
        <button type="button" className="ds_button ds_button--secondary ds_button--small" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}
