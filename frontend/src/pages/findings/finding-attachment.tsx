import { useRef, useState, type FormEvent } from 'react';
import { ErrorSummary } from '../../components/error-summary';
import { Question } from '../../components/question';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { MATERIAL_ACCEPT, uploadFindingAttachment } from '../../lib/upload';
import { useUploadState } from '../../lib/use-upload';

/** Attaches one document to a recorded finding (the shared attachment mechanism, owner kind FINDING). */
export function FindingAttachmentUpload({
  id,
  findingId,
  onUploaded,
}: {
  id: string;
  findingId: string;
  onUploaded: (fileName: string) => void;
}) {
  const { errors, setErrors, pending, send } = useUploadState();
  const [done, setDone] = useState<string | null>(null);
  const file = useRef<HTMLInputElement>(null);
  const formErrors = toFormErrors(errors, { file: `${id}-file` });
  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const chosen = file.current?.files?.[0];
    if (!chosen) {
      setErrors([validationError('file', 'Choose a file')]);
      return;
    }
    let name = chosen.name;
    const sent = await send(async () => {
      name = (await uploadFindingAttachment(findingId, chosen)).fileName;
    });
    if (sent) {
      if (file.current) file.current.value = '';
      setDone(`“${name}” is attached.`);
      onUploaded(name);
    }
  };
  const fileError = formErrors.byField.file;
  return (
    <form onSubmit={(e) => void onSubmit(e)} noValidate aria-label="Attach a document">
      {formErrors.items.length > 0 && <ErrorSummary items={formErrors.items} />}
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
      <button type="submit" className="ds_button ds_button--secondary ds_button--small" disabled={pending}>
        Attach the document
      </button>
    </form>
  );
}
