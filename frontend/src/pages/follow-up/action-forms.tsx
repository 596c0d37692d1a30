import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Question } from '../../components/question';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import type { FollowUpActionStatus } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { MATERIAL_ACCEPT, uploadFollowUpNoteAttachment } from '../../lib/upload';
import { useMutation } from '../../lib/use-mutation';
import { useUploadState } from '../../lib/use-upload';
import { ConflictBanner, isConflict } from '../review/conflict-banner';
import { parseDate, typedDate } from '../visit/visit-format';
import type { FollowUp, FollowUpAction, FollowUpArea } from './follow-up-tab';
import { actionProblems, STATUS_LABELS, STATUS_ORDER, TEXT_MAX, type ActionValues } from './follow-up-format';

// The tracker's forms: an action added from an area for improvement or
// changed (its status too), the reason an area needs no action, and a
// progress note with an optional document.

const AddAction = graphql(`
  mutation FollowUpTab_AddAction($reviewId: UUID!, $input: FollowUpActionInput!) {
    addFollowUpAction(reviewId: $reviewId, input: $input) {
      reviewId
      reviewVersion
    }
  }
`);

const UpdateAction = graphql(`
  mutation FollowUpTab_UpdateAction($actionId: UUID!, $version: Int!, $input: FollowUpActionUpdateInput!) {
    updateFollowUpAction(actionId: $actionId, version: $version, input: $input) {
      reviewId
      reviewVersion
    }
  }
`);

const SetNoActionReason = graphql(`
  mutation FollowUpTab_SetNoActionReason($reviewId: UUID!, $itemId: UUID!, $reason: String) {
    setNoActionReason(reviewId: $reviewId, itemId: $itemId, reason: $reason) {
      reviewId
      reviewVersion
    }
  }
`);

const AddNote = graphql(`
  mutation FollowUpTab_AddNote($actionId: UUID!, $input: FollowUpNoteInput!) {
    addFollowUpNote(actionId: $actionId, input: $input) {
      reviewId
      actions {
        id
        notes {
          id
        }
      }
    }
  }
`);

/** Adds an action to `area`, or changes `action` (then with its status). */
export function ActionForm({
  followUp,
  area,
  areaName,
  action,
  onSaved,
  onCancel,
  onReload,
}: {
  followUp: FollowUp;
  area?: FollowUpArea;
  areaName?: string;
  action?: FollowUpAction;
  onSaved: (message: string) => void;
  onCancel: () => void;
  /** Reads the follow-up again, keeping this form and what was typed in it. */
  onReload: () => void;
}) {
  const prefix = action ? `action-${action.id}` : `new-action-${area?.itemId ?? ''}`;
  const fields = {
    description: `${prefix}-description`,
    ownerId: `${prefix}-owner`,
    dueOn: `${prefix}-due`,
    status: `${prefix}-status`,
  };
  const [values, setValues] = useState<ActionValues>({
    description: action?.description ?? '',
    ownerId: action?.owner.id ?? '',
    dueOn: action ? typedDate(action.dueOn) : '',
  });
  const [status, setStatus] = useState<FollowUpActionStatus>(action?.status ?? 'OPEN');
  const [add, addState] = useMutation(AddAction);
  const [update, updateState] = useMutation(UpdateAction);
  const state = action ? updateState : addState;
  const formErrors = toFormErrors(
    state.errors.filter((e) => e.code !== 'CONFLICT'),
    fields,
  );
  const set = <K extends keyof ActionValues>(key: K, value: ActionValues[K]) => setValues((v) => ({ ...v, [key]: value }));
  // An owner who is no longer a host user stays choosable for the action they own.
  const owners = [...followUp.possibleOwners];
  if (action && !owners.some((o) => o.id === action.owner.id)) owners.push(action.owner);
  const title = action ? 'Change the action' : `Add an action for ${areaName ?? 'the area for improvement'}`;
  const headingId = `${prefix}-heading`;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems = actionProblems(values, followUp.publishedOn);
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const common = {
      description: values.description.trim(),
      ownerId: values.ownerId,
      dueOn: parseDate(values.dueOn) ?? values.dueOn,
    };
    if (action) {
      const done = await update({ actionId: action.id, version: action.version, input: { ...common, status } });
      if (done) onSaved(`The action is saved: ${STATUS_LABELS[status].toLowerCase()}, due ${formatDate(common.dueOn)}.`);
    } else if (area) {
      const done = await add({ reviewId: followUp.reviewId, input: { ...common, areaItemId: area.itemId } });
      if (done) onSaved(`The action is added, due ${formatDate(common.dueOn)}.`);
    }
  };

  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={headingId} className="quads-follow-up-form">
      {/* Inside an action (under its h5) when changing it, under the area's h4 when adding. */}
      {action ? <h6 id={headingId}>{title}</h6> : <h5 id={headingId}>{title}</h5>}
      {isConflict(state.errors) && (
        <ConflictBanner
          onReload={() => {
            state.setErrors([]);
            onReload();
          }}
        />
      )}
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <Textarea
        id={fields.description}
        name="description"
        label="What will be done"
        value={values.description}
        onChange={(e) => set('description', e.target.value)}
        error={formErrors.byField.description}
        rows={3}
      />
      <Select
        id={fields.ownerId}
        name="ownerId"
        label="Owner"
        hint="A user of the host authority"
        value={values.ownerId}
        onChange={(e) => set('ownerId', e.target.value)}
        error={formErrors.byField.ownerId}
        options={[{ value: '', label: 'Choose the owner' }, ...owners.map((o) => ({ value: o.id, label: o.name }))]}
      />
      <TextInput
        id={fields.dueOn}
        name="dueOn"
        label="Due date"
        hint={`For example 30/6/2025; on or after ${formatDate(followUp.publishedOn)}, when the report was published`}
        autoComplete="off"
        value={values.dueOn}
        onChange={(e) => set('dueOn', e.target.value)}
        error={formErrors.byField.dueOn}
        width="fixed-10"
      />
      {action && (
        <Radios
          id={fields.status}
          name={`${prefix}-status`}
          legend="Status"
          error={formErrors.byField.status}
          options={STATUS_ORDER.map((s) => ({ value: s, label: STATUS_LABELS[s] }))}
          value={status}
          onChange={(v) => setStatus(v as FollowUpActionStatus)}
        />
      )}
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          {action ? 'Save the action' : 'Add the action'}
        </button>
        <button type="button" className="ds_button ds_button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** Records (or clears) why an area for improvement needs no action. */
export function NoActionReasonForm({
  reviewId,
  area,
  areaName,
  onSaved,
  onCancel,
}: {
  reviewId: string;
  area: FollowUpArea;
  areaName: string;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const fieldId = `no-action-reason-${area.itemId}`;
  const headingId = `${fieldId}-heading`;
  const [reason, setReason] = useState(area.noActionReason ?? '');
  const [save, state] = useMutation(SetNoActionReason);
  const formErrors = toFormErrors(state.errors, { reason: fieldId, itemId: fieldId });
  const send = async (value: string | null) => {
    if (await save({ reviewId, itemId: area.itemId, reason: value })) {
      onSaved(
        value === null
          ? `The reason for ${areaName} is cleared: it needs an action again.`
          : `Recorded why ${areaName} needs no action.`,
      );
    }
  };
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const text = reason.trim();
    if (text === '') {
      state.setErrors([validationError('reason', 'Enter why the area needs no action')]);
      return;
    }
    if (text.length > TEXT_MAX.reason) {
      state.setErrors([validationError('reason', `The reason must be ${TEXT_MAX.reason} characters or fewer`)]);
      return;
    }
    await send(text);
  };
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={headingId} className="quads-follow-up-form">
      <h5 id={headingId}>Why {areaName} needs no action</h5>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      <Textarea
        id={fieldId}
        name="reason"
        label="Reason"
        hint="For example: already addressed by the authority’s current improvement plan"
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={formErrors.byField.reason ?? formErrors.byField.itemId}
        rows={3}
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={state.pending}>
          Save the reason
        </button>
        {area.noActionReason && (
          <button
            type="button"
            className="ds_button ds_button--secondary"
            disabled={state.pending}
            onClick={() => void send(null)}
          >
            Clear the reason
          </button>
        )}
        <button type="button" className="ds_button ds_button--secondary" onClick={onCancel}>
          Cancel
        </button>
      </div>
    </form>
  );
}

/** What is wrong with a note before it is sent. */
export function noteProblems(text: string, notedOn: string, publishedOn: string): ApiError[] {
  const problems: ApiError[] = [];
  const t = text.trim();
  if (t === '') problems.push(validationError('text', 'Enter the progress made'));
  else if (t.length > TEXT_MAX.note) problems.push(validationError('text', `The note must be ${TEXT_MAX.note} characters or fewer`));
  if (notedOn.trim() !== '') {
    const day = parseDate(notedOn);
    if (day === null) problems.push(validationError('notedOn', 'Enter the date, for example 3/3/2025, or leave it empty for today'));
    else if (day < publishedOn) problems.push(validationError('notedOn', 'The date must be on or after the report’s publication'));
  }
  return problems;
}

/**
 * A dated progress note on an action, with an optional document: the note
 * is saved first, then the document sent to it. A document refused after
 * the note is saved is offered again for that note.
 */
export function NoteForm({
  followUp,
  action,
  onSaved,
  onCancel,
}: {
  followUp: FollowUp;
  action: FollowUpAction;
  onSaved: (message: string) => void;
  onCancel: () => void;
}) {
  const prefix = `note-${action.id}`;
  const fields = { text: `${prefix}-text`, notedOn: `${prefix}-date`, file: `${prefix}-file`, summary: `${prefix}-summary` };
  const headingId = `${prefix}-heading`;
  const [text, setText] = useState('');
  const [notedOn, setNotedOn] = useState('');
  const [summary, setSummary] = useState('');
  const [savedNoteId, setSavedNoteId] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const [addNote, noteState] = useMutation(AddNote);
  const upload = useUploadState();
  const errors = [...noteState.errors, ...upload.errors];
  const formErrors = toFormErrors(errors, fields);
  const pending = noteState.pending || upload.pending;

  const attach = async (noteId: string, chosen: File) =>
    upload.send(() => uploadFollowUpNoteAttachment(noteId, chosen, summary.trim() || undefined));

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const chosen = file.current?.files?.[0];
    if (savedNoteId) {
      // The note is saved: only its document is left to send.
      if (!chosen) {
        upload.setErrors([validationError('file', 'Choose a file, or cancel to keep the note without a document')]);
        return;
      }
      if (await attach(savedNoteId, chosen)) onSaved(`The progress note is saved with “${chosen.name}”.`);
      return;
    }
    const problems = noteProblems(text, notedOn, followUp.publishedOn);
    if (problems.length > 0) {
      noteState.setErrors(problems);
      upload.setErrors([]);
      return;
    }
    const result = await addNote({
      actionId: action.id,
      input: { text: text.trim(), notedOn: notedOn.trim() === '' ? null : parseDate(notedOn) },
    });
    if (!result) return;
    if (!chosen) {
      onSaved('The progress note is saved.');
      return;
    }
    const notes = result.addFollowUpNote.actions.find((a) => a.id === action.id)?.notes ?? [];
    const noteId = notes[notes.length - 1]?.id;
    if (noteId && (await attach(noteId, chosen))) {
      onSaved(`The progress note is saved with “${chosen.name}”.`);
      return;
    }
    if (noteId) setSavedNoteId(noteId);
  };

  const fileError = formErrors.byField.file;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={headingId} className="quads-follow-up-form">
      <h6 id={headingId}>Add a progress note</h6>
      {formErrors.items.length > 0 && (
        <ErrorSummary
          title={savedNoteId ? 'The note is saved, but its document was not attached' : undefined}
          items={formErrors.items}
        />
      )}
      {!savedNoteId && (
        <>
          <Textarea
            id={fields.text}
            name="text"
            label="Progress"
            value={text}
            onChange={(e) => setText(e.target.value)}
            error={formErrors.byField.text}
            rows={4}
          />
          <TextInput
            id={fields.notedOn}
            name="notedOn"
            label="Date of the progress (optional)"
            hint="For example 3/3/2025; leave it empty for today"
            autoComplete="off"
            value={notedOn}
            onChange={(e) => setNotedOn(e.target.value)}
            error={formErrors.byField.notedOn}
            width="fixed-10"
          />
        </>
      )}
      <Question
        id={fields.file}
        label={savedNoteId ? 'Document' : 'Document (optional)'}
        hint="A PDF, Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text"
        error={fileError}
      >
        {(describedBy) => (
          <input
            id={fields.file}
            type="file"
            ref={file}
            accept={MATERIAL_ACCEPT}
            className={`ds_file-upload__input${fileError ? ' ds_file-upload__input--error' : ''}`}
            aria-describedby={describedBy}
            aria-invalid={fileError ? true : undefined}
          />
        )}
      </Question>
      <TextInput
        id={fields.summary}
        name="summary"
        label="What the document is (optional)"
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={formErrors.byField.summary}
        width="fluid-two-thirds"
      />
      <div className="ds_button-group">
        <button type="submit" className="ds_button" disabled={pending}>
          {savedNoteId ? 'Attach the document' : 'Save the progress note'}
        </button>
        <button
          type="button"
          className="ds_button ds_button--secondary"
          onClick={savedNoteId ? () => onSaved('The progress note is saved without a document.') : onCancel}
        >
          {savedNoteId ? 'Keep the note without a document' : 'Cancel'}
        </button>
      </div>
    </form>
  );
}
