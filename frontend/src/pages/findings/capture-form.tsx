import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Question } from '../../components/question';
import { toFormErrors } from '../../lib/form-errors';
import type { DraftInput, DraftStore, OutboxDraft } from '../../lib/findings-outbox';
import type { ApiError } from '../../lib/graphql-client';
import { formatDateTime } from '../../lib/format';
import { MATERIAL_ACCEPT, uploadFindingAttachment } from '../../lib/upload';
import { useUploadState } from '../../lib/use-upload';
import { FindingFields, type IndicatorOption } from './finding-fields';
import { FIELDS, findingProblems, KIND_LABELS, type SessionOption } from './findings-format';
import { useFindingsOutbox } from './use-findings-outbox';

// Recording findings in the room. What is typed is kept on this device as
// it is typed (IndexedDB, with the draft's idempotency key), so a closed
// tab or a dropped connection loses nothing; "Record the finding" keeps it
// as queued before sending, and it leaves the device once the server has
// it. Ctrl+Enter records from anywhere in the form; focus goes back to the
// text for the next finding, and a live region says what happened.

const EMPTY: DraftInput = { kind: '', text: '', indicators: [], sessionId: null };
const SAVE_DELAY_MS = 300;

export const SAVED = 'Finding saved.';
export const QUEUED = 'Saved on this device, will be sent when you are back online.';

function focusText() {
  setTimeout(() => document.getElementById(FIELDS.text)?.focus(), 0);
}

export function CaptureForm({
  reviewId,
  userId,
  indicators,
  sessions,
  onRecorded,
  store,
}: {
  reviewId: string;
  userId: string;
  indicators: readonly IndicatorOption[];
  sessions: readonly SessionOption[];
  /** Findings reached the server: the list is asked for again. */
  onRecorded: () => void;
  store?: DraftStore;
}) {
  const { outbox, drafts, refresh, flush, sending } = useFindingsOutbox({
    reviewId,
    userId,
    store,
    onSent: onRecorded,
  });
  const [values, setValues] = useState<DraftInput>(EMPTY);
  const [key, setKey] = useState(() => outbox.key());
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [announcement, setAnnouncementNow] = useState('');
  // The live region is emptied first, so the same words said twice are announced twice.
  const setAnnouncement = (message: string) => {
    setAnnouncementNow('');
    window.setTimeout(() => setAnnouncementNow(message), 100);
  };
  const [restored, setRestored] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const timer = useRef<number | undefined>(undefined);
  const file = useRef<HTMLInputElement>(null);
  const upload = useUploadState();

  // A draft left typed on this device is offered again, in the form.
  useEffect(() => {
    let live = true;
    void outbox.typing().then((draft) => {
      if (!live || !draft) return;
      setKey(draft.key);
      setValues(draft.input);
      setRestored(draft.savedAt);
    });
    return () => {
      live = false;
    };
  }, [outbox]);

  const change = (next: DraftInput) => {
    setValues(next);
    window.clearTimeout(timer.current);
    timer.current = window.setTimeout(() => void outbox.saveTyping(key, next).catch(() => undefined), SAVE_DELAY_MS);
  };
  useEffect(() => () => window.clearTimeout(timer.current), []);

  const known = indicators.map((i) => i.number);
  const formErrors = toFormErrors(errors, FIELDS);

  const startNext = (kept: DraftInput) => {
    // The kind and the session usually stay the same for the next finding.
    setValues({ ...EMPTY, kind: kept.kind, sessionId: kept.sessionId });
    setKey(outbox.key());
    setRestored(null);
    if (file.current) file.current.value = '';
  };

  const record = async () => {
    if (pending) return;
    const problems = findingProblems(values, known);
    if (problems.length > 0) {
      setErrors(problems);
      return;
    }
    setPending(true);
    setErrors([]);
    upload.setErrors([]);
    window.clearTimeout(timer.current);
    const input = { ...values, text: values.text.trim() };
    const chosen = file.current?.files?.[0];
    try {
      await outbox.queue(key, input);
      const report = await flush();
      const result = report.get(key);
      if (result?.kind === 'refused') {
        // Nothing was recorded: the finding goes back into the form with the reasons.
        await outbox.discard(key);
        const next = outbox.key();
        await outbox.saveTyping(next, input);
        setKey(next);
        setErrors(result.errors);
        await refresh();
        return;
      }
      startNext(input);
      if (result?.kind === 'sent') {
        let message = SAVED;
        if (chosen && result.id) {
          const findingId = result.id;
          const attached = await upload.send(() => uploadFindingAttachment(findingId, chosen));
          // The list shows the document once it is asked for again.
          if (attached) onRecorded();
          message = attached
            ? `${SAVED} “${chosen.name}” is attached.`
            : `${SAVED} The document was not attached: attach it from the finding in the list.`;
        }
        setAnnouncement(message);
      } else {
        setAnnouncement(chosen ? `${QUEUED} Attach the document once it has been sent.` : QUEUED);
      }
      focusText();
    } finally {
      setPending(false);
    }
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void record();
  };
  const onKeyDown = (event: KeyboardEvent<HTMLFormElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      void record();
    }
  };
  const discardTyped = async () => {
    await outbox.discard(key);
    setValues(EMPTY);
    setKey(outbox.key());
    setRestored(null);
    setErrors([]);
    focusText();
  };
  const putBack = async (draft: OutboxDraft) => {
    await outbox.discard(draft.key);
    const next = outbox.key();
    await outbox.saveTyping(next, draft.input);
    setKey(next);
    setValues(draft.input);
    setErrors(draft.refusal ?? []);
    await refresh();
    focusText();
  };

  const queued = drafts.filter((d) => d.state === 'queued');
  const refused = drafts.filter((d) => d.state === 'refused');
  const fileError = toFormErrors(upload.errors, { file: 'finding-file' }).byField.file;

  return (
    <>
      <form onSubmit={onSubmit} onKeyDown={onKeyDown} noValidate aria-labelledby="capture-heading">
        <h3 id="capture-heading">Record a finding</h3>
        {restored && (
          <div className="ds_inset-text" role="region" aria-label="A finding not yet recorded">
            <div className="ds_inset-text__text">
              <p>
                A finding you typed on this device on {formatDateTime(restored)} was not recorded. It is back in the
                form: record it, or discard it.
              </p>
              <button
                type="button"
                className="ds_button ds_button--secondary ds_button--small"
                onClick={() => void discardTyped()}
              >
                Discard the typed finding
              </button>
            </div>
          </div>
        )}
        {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
        {upload.errors.length > 0 && <ErrorSummary title="The document was not attached" items={toFormErrors(upload.errors).items} />}
        <FindingFields
          values={values}
          onChange={change}
          errors={formErrors.byField}
          indicators={indicators}
          sessions={sessions}
          textHint="What the team saw or heard. Press Ctrl and Enter to record it from anywhere in the form."
        />
        <Question
          id="finding-file"
          label="Document (optional)"
          hint="Attached once the finding reaches the service: a PDF, Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text"
          error={fileError}
        >
          {(describedBy) => (
            <input
              id="finding-file"
              type="file"
              ref={file}
              accept={MATERIAL_ACCEPT}
              className={`ds_file-upload__input${fileError ? ' ds_file-upload__input--error' : ''}`}
              aria-describedby={describedBy}
            />
          )}
        </Question>
        <button type="submit" className="ds_button" disabled={pending}>
          Record the finding
        </button>
        <p role="status" className="quads-finding-status">
          {announcement}
        </p>
        {!outbox.persistent && (
          <p className="ds_hint-text">
            This browser cannot keep findings on the device: if the connection drops, keep this page open until they are
            sent.
          </p>
        )}
      </form>

      {(queued.length > 0 || refused.length > 0) && (
        <section aria-labelledby="outbox-heading" className="quads-outbox">
          <h3 id="outbox-heading">On this device, not yet sent</h3>
          {queued.length > 0 && (
            <>
              <p>
                {queued.length === 1 ? 'This finding is' : `These ${queued.length} findings are`} saved on this device and
                will be sent when you are back online.
              </p>
              <ul className="ds_no-bullets">
                {queued.map((d) => (
                  <li key={d.key} className="quads-finding quads-finding--queued">
                    <strong className="ds_tag ds_tag--grey">Not sent yet</strong> {KIND_LABELS[d.input.kind as keyof typeof KIND_LABELS] ?? ''}
                    <p className="quads-pre-line">{d.input.text}</p>
                    <p className="ds_hint-text">Saved on this device on {formatDateTime(d.savedAt)}</p>
                  </li>
                ))}
              </ul>
              <button
                type="button"
                className="ds_button ds_button--secondary ds_button--small"
                disabled={sending}
                onClick={() => void flush()}
              >
                Try sending now
              </button>
            </>
          )}
          {refused.length > 0 && (
            <>
              <p>The service did not accept {refused.length === 1 ? 'this finding' : 'these findings'}. Nothing was recorded:</p>
              <ul className="ds_no-bullets">
                {refused.map((d, i) => (
                  <li key={d.key} className="quads-finding">
                    <strong className="ds_tag ds_tag--red">Not recorded</strong>{' '}
                    {KIND_LABELS[d.input.kind as keyof typeof KIND_LABELS] ?? ''}
                    <p className="quads-pre-line">{d.input.text}</p>
                    <ul>
                      {(d.refusal ?? []).map((e) => (
                        <li key={e.message}>{e.message}</li>
                      ))}
                    </ul>
                    <div className="ds_button-group">
                      <button
                        type="button"
                        className="ds_button ds_button--secondary ds_button--small"
                        onClick={() => void putBack(d)}
                      >
                        Put back in the form <span className="visually-hidden">(finding {i + 1} not recorded)</span>
                      </button>
                      <button
                        type="button"
                        className="ds_button ds_button--secondary ds_button--small"
                        onClick={() => void outbox.discard(d.key).then(refresh)}
                      >
                        Discard <span className="visually-hidden">finding {i + 1} not recorded</span>
                      </button>
                    </div>
                  </li>
                ))}
              </ul>
            </>
          )}
        </section>
      )}
    </>
  );
}
