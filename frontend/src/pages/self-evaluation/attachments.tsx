import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Question } from '../../components/question';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { MATERIAL_ACCEPT, uploadSelfEvaluationDocument } from '../../lib/upload';
import { useMutation } from '../../lib/use-mutation';
import { useUploadState } from '../../lib/use-upload';

// A self-evaluation's documents, through the one attachment mechanism: a
// multipart upload to the host's self-evaluation (to one indicator, or to
// the self-evaluation itself with a summary), downloads from each
// document's url, and removeAttachment.

const RemoveAttachment = graphql(`
  mutation SelfEvaluationAttachments_Remove($id: UUID!) {
    removeAttachment(id: $id)
  }
`);

export interface DocumentItem {
  id: string;
  fileName: string;
  url: string;
  summary?: string | null;
}

/** The documents, each a download link (with its summary, if any) and, for editors, a remove button. */
export function AttachmentList({
  documents,
  canRemove,
  onRemoved,
}: {
  documents: readonly DocumentItem[];
  canRemove: boolean;
  onRemoved: () => void;
}) {
  const [remove, state] = useMutation(RemoveAttachment);
  if (documents.length === 0) return <p>No documents attached.</p>;
  return (
    <>
      {state.errors.length > 0 && <ErrorSummary items={toFormErrors(state.errors).items} />}
      <ul className="ds_no-bullets">
        {documents.map((d) => (
          <li key={d.id}>
            <a href={d.url} download>
              {d.fileName}
            </a>
            {d.summary && <p className="quads-pre-line">{d.summary}</p>}
            {canRemove && (
              <button
                type="button"
                className="ds_button ds_button--secondary ds_button--small"
                disabled={state.pending}
                onClick={() => void remove({ id: d.id }).then((done) => done && onRemoved())}
              >
                Remove <span className="visually-hidden">{d.fileName}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

/**
 * Attaches one document: to `indicator`'s evidence, or with a `summary`
 * (required) to the self-evaluation itself when no indicator is given.
 */
export function AttachmentUpload({
  id,
  reviewId,
  authorityId,
  indicator,
  onUploaded,
}: {
  id: string;
  reviewId: string;
  authorityId: string;
  indicator?: string;
  onUploaded: (fileName: string) => void;
}) {
  const [summary, setSummary] = useState('');
  const { errors, setErrors, pending, send } = useUploadState();
  const [done, setDone] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const withSummary = indicator === undefined;
  const formErrors = toFormErrors(errors, { summary: `${id}-summary`, file: `${id}-file` });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const chosen = file.current?.files?.[0];
    const problems: ApiError[] = [];
    if (withSummary && !summary.trim()) problems.push(validationError('summary', 'Enter a summary of the document'));
    if (!chosen) problems.push(validationError('file', 'Choose a file'));
    if (problems.length > 0 || !chosen) {
      setErrors(problems);
      return;
    }
    let name = chosen.name;
    const sent = await send(async () => {
      const uploaded = await uploadSelfEvaluationDocument(reviewId, authorityId, chosen, {
        indicator,
        summary: withSummary ? summary.trim() : undefined,
      });
      name = uploaded.fileName;
    });
    if (sent) {
      setSummary('');
      if (file.current) file.current.value = '';
      setDone(`“${name}” is attached.`);
      onUploaded(name);
    }
  };
  const fileError = formErrors.byField.file;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-labelledby={`${id}-heading`}>
      <h4 id={`${id}-heading`}>{withSummary ? 'Add a self-evaluation document' : 'Attach a document'}</h4>
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
      {withSummary && (
        <Textarea
          id={`${id}-summary`}
          label="Summary of the document"
          hint="What it is and what it shows, e.g. “Standards and Quality report 2024: attainment and inclusion”."
          value={summary}
          onChange={(e) => setSummary(e.target.value)}
          error={formErrors.byField.summary}
          rows={3}
        />
      )}
      <Question
        id={`${id}-file`}
        label="Document"
        hint="A PDF, Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text"
        error={fileError}
      >
        {(describedBy) => (
          <input
            id={`${id}-file`}
            type="file"
            ref={file}
            accept={MATERIAL_ACCEPT}
            className={`ds_file-upload__input${fileError ? ' ds_file-upload__input--error' : ''}`}
            aria-describedby={describedBy}
            aria-invalid={fileError ? true : undefined}
          />
        )}
      </Question>
      <p role="status">{done}</p>
      <button type="submit" className="ds_button ds_button--secondary" disabled={pending}>
        {withSummary ? 'Add the document' : 'Attach the document'}
      </button>
    </form>
  );
}
