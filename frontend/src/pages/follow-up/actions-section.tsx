import { useState } from 'react';
import { formatDate, formatDateTime } from '../../lib/format';
import { ActionForm, NoActionReasonForm, NoteForm } from './action-forms';
import type { Changed, FollowUp, FollowUpAction, FollowUpArea } from './follow-up-tab';
import { STATUS_LABELS, STATUS_ORDER, STATUS_TAGS } from './follow-up-format';

// The follow-up tracker: each published area for improvement with its
// actions or the reason it needs none, and the actions by status — due
// soon and overdue said in words beside their date, not by colour alone —
// each with its dated progress notes and their documents.

/** Which form is open: one at a time on the tab. */
export type OpenForm =
  | null
  | { kind: 'add'; areaItemId: string }
  | { kind: 'reason'; areaItemId: string }
  | { kind: 'edit'; actionId: string }
  | { kind: 'note'; actionId: string };

function indicatorsText(indicators: readonly string[]): string {
  return indicators.length === 1 ? `Quality indicator ${indicators[0]}` : `Quality indicators ${indicators.join(', ')}`;
}

export function SupersededTag() {
  return <strong className="ds_tag ds_tag--grey">From a superseded version of the report</strong>;
}

/** The due date, with "overdue" or "due soon" in words (and a tag) where it is. */
export function DueText({ action }: { action: Pick<FollowUpAction, 'dueOn' | 'overdue' | 'dueSoon'> }) {
  return (
    <>
      {formatDate(action.dueOn)}
      {action.overdue && (
        <>
          {' '}
          <strong className="ds_tag ds_tag--red">Overdue</strong>
        </>
      )}
      {action.dueSoon && (
        <>
          {' '}
          <strong className="ds_tag ds_tag--yellow">Due soon</strong>
        </>
      )}
    </>
  );
}

export function ActionsSection({ followUp, onChanged }: { followUp: FollowUp; onChanged: Changed }) {
  const [open, setOpen] = useState<OpenForm>(null);
  const close = (focusId: string) => {
    setOpen(null);
    // Focus goes back to what opened the form.
    setTimeout(() => document.getElementById(focusId)?.focus(), 0);
  };
  const saved = (message: string) => {
    setOpen(null);
    onChanged(message);
  };
  const current = followUp.areas.filter((a) => !a.superseded);
  const superseded = followUp.areas.filter((a) => a.superseded);
  return (
    <>
      <section aria-labelledby="areas-heading">
        <h3 id="areas-heading">Areas for improvement</h3>
        {followUp.canManageActions && (
          <p>
            Create at least one action for each area for improvement, or record why it needs none. Its owner must be a
            user of the host authority.
          </p>
        )}
        {current.length === 0 && <p>The published report has no areas for improvement.</p>}
        <ol className="quads-follow-up-areas">
          {[...current, ...superseded].map((area, i) => (
            <li key={area.itemId} className="quads-follow-up-area" aria-labelledby={`area-${area.itemId}`}>
              <h4 id={`area-${area.itemId}`} className="quads-follow-up-area__title">
                {area.superseded ? 'Area for improvement (superseded)' : `Area for improvement ${i + 1}`}
              </h4>
              <p className="quads-follow-up__text">{area.text}</p>
              {area.indicators.length > 0 && <p className="ds_hint-text">{indicatorsText(area.indicators)}</p>}
              {area.superseded && (
                <p>
                  <SupersededTag /> A later correction removed this area; its actions are still followed up.
                </p>
              )}
              <AreaStatus area={area} />
              {followUp.canManageActions && !area.superseded && (
                <AreaForms
                  followUp={followUp}
                  area={area}
                  number={i + 1}
                  open={open}
                  setOpen={setOpen}
                  close={close}
                  saved={saved}
                  reload={() => onChanged()}
                />
              )}
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="actions-heading">
        <h3 id="actions-heading">Actions</h3>
        {followUp.actions.length === 0 ? (
          <p>No actions yet.</p>
        ) : (
          STATUS_ORDER.map((status) => {
            const actions = followUp.actions.filter((a) => a.status === status);
            if (actions.length === 0) return null;
            const headingId = `actions-${status.toLowerCase()}`;
            return (
              <section key={status} aria-labelledby={headingId}>
                <h4 id={headingId}>
                  {STATUS_LABELS[status]} ({actions.length})
                </h4>
                <ul className="ds_no-bullets quads-follow-up-actions">
                  {actions.map((action) => (
                    <li key={action.id}>
                      <ActionCard
                        followUp={followUp}
                        action={action}
                        open={open}
                        setOpen={setOpen}
                        close={close}
                        saved={saved}
                        reload={() => onChanged()}
                      />
                    </li>
                  ))}
                </ul>
              </section>
            );
          })
        )}
      </section>
    </>
  );
}

function AreaStatus({ area }: { area: FollowUpArea }) {
  return (
    <>
      <p>
        {area.actionCount === 0
          ? 'No action yet.'
          : `${area.actionCount} action${area.actionCount === 1 ? '' : 's'}.`}
      </p>
      {area.noActionReason && (
        <div className="ds_inset-text">
          <div className="ds_inset-text__text">
            <p>
              <strong>Why no action is needed:</strong> {area.noActionReason}
            </p>
            {area.noActionReasonBy && (
              <p className="ds_hint-text">
                Recorded by {area.noActionReasonBy.name}
                {area.noActionReasonAt ? ` on ${formatDateTime(area.noActionReasonAt)}` : ''}
              </p>
            )}
          </div>
        </div>
      )}
    </>
  );
}

interface FormProps {
  followUp: FollowUp;
  open: OpenForm;
  setOpen: (open: OpenForm) => void;
  close: (focusId: string) => void;
  saved: (message: string) => void;
  reload: () => void;
}

function AreaForms({ followUp, area, number, open, setOpen, close, saved, reload }: FormProps & { area: FollowUpArea; number: number }) {
  const addId = `add-action-${area.itemId}`;
  const reasonId = `no-action-${area.itemId}`;
  const name = `area for improvement ${number}`;
  if (open?.kind === 'add' && open.areaItemId === area.itemId) {
    return (
      <ActionForm
        followUp={followUp}
        area={area}
        areaName={name}
        onSaved={saved}
        onCancel={() => close(addId)}
        onReload={reload}
      />
    );
  }
  if (open?.kind === 'reason' && open.areaItemId === area.itemId) {
    return (
      <NoActionReasonForm
        reviewId={followUp.reviewId}
        area={area}
        areaName={name}
        onSaved={saved}
        onCancel={() => close(reasonId)}
      />
    );
  }
  return (
    <div className="ds_button-group">
      <button
        type="button"
        id={addId}
        className="ds_button ds_button--secondary ds_button--small"
        onClick={() => setOpen({ kind: 'add', areaItemId: area.itemId })}
      >
        Add an action{' '}
        <span className="visually-hidden">for {name}</span>
      </button>
      <button
        type="button"
        id={reasonId}
        className="ds_button ds_button--secondary ds_button--small"
        onClick={() => setOpen({ kind: 'reason', areaItemId: area.itemId })}
      >
        {area.noActionReason ? 'Change why no action is needed' : 'Record why no action is needed'}
        {' '}
        <span className="visually-hidden">for {name}</span>
      </button>
    </div>
  );
}

function ActionCard({ followUp, action, open, setOpen, close, saved, reload }: FormProps & { action: FollowUpAction }) {
  const titleId = `action-${action.id}`;
  const editId = `edit-action-${action.id}`;
  const noteId = `note-action-${action.id}`;
  const editing = open?.kind === 'edit' && open.actionId === action.id;
  const noting = open?.kind === 'note' && open.actionId === action.id;
  return (
    <article className="quads-follow-up-action" aria-labelledby={titleId}>
      <h5 id={titleId} className="quads-follow-up-action__title quads-follow-up__text">
        {action.description}
      </h5>
      <dl className="ds_summary-list quads-follow-up-action__facts">
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Status</dt>
          <dd className="ds_summary-list__value">
            <strong className={`ds_tag ${STATUS_TAGS[action.status]}`}>{STATUS_LABELS[action.status]}</strong>
          </dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Due</dt>
          <dd className="ds_summary-list__value">
            <DueText action={action} />
          </dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Owner</dt>
          <dd className="ds_summary-list__value">{action.owner.name}</dd>
        </div>
        <div className="ds_summary-list__item">
          <dt className="ds_summary-list__key">Area for improvement</dt>
          <dd className="ds_summary-list__value">
            <span className="quads-follow-up__text">{action.areaText}</span>
            {action.fromSupersededVersion && (
              <>
                {' '}
                <SupersededTag />
              </>
            )}
          </dd>
        </div>
      </dl>
      <h6 className="quads-follow-up-notes__title">Progress notes</h6>
      {action.notes.length === 0 ? (
        <p>No progress recorded yet.</p>
      ) : (
        <ol className="ds_no-bullets quads-follow-up-notes">
          {action.notes.map((n) => (
            <li key={n.id} className="quads-follow-up-note">
              <p className="ds_hint-text">
                {formatDate(n.notedOn)}, {n.author.name}
              </p>
              <p className="quads-follow-up__text">{n.text}</p>
              {n.attachments.length > 0 && (
                <ul>
                  {n.attachments.map((a) => (
                    <li key={a.id}>
                      {/* A file the server sends, not a page of this app. */}
                      <a href={a.url} download>
                        {a.fileName}
                      </a>
                      {a.summary ? `: ${a.summary}` : ''}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
      {action.canUpdate && followUp.state !== 'CLOSED' &&
        (editing ? (
          <ActionForm
            followUp={followUp}
            action={action}
            onSaved={saved}
            onCancel={() => close(editId)}
            onReload={reload}
          />
        ) : noting ? (
          <NoteForm followUp={followUp} action={action} onSaved={saved} onCancel={() => close(noteId)} />
        ) : (
          <div className="ds_button-group">
            <button
              type="button"
              id={editId}
              className="ds_button ds_button--secondary ds_button--small"
              onClick={() => setOpen({ kind: 'edit', actionId: action.id })}
            >
              Change the action{' '}
              <span className="visually-hidden">“{action.description}”</span>
            </button>
            <button
              type="button"
              id={noteId}
              className="ds_button ds_button--secondary ds_button--small"
              onClick={() => setOpen({ kind: 'note', actionId: action.id })}
            >
              Add a progress note{' '}
              <span className="visually-hidden">to {action.description}</span>
            </button>
          </div>
        ))}
    </article>
  );
}
