import { useRef, useState, type FormEvent } from 'react';
import { Question } from '../../components/question';
import { TextInput } from '../../components/text-input';
import { toFormErrors, validationError } from '../../lib/form-errors';
import { GraphQLRequestError, type ApiError } from '../../lib/graphql-client';
import { MATERIAL_ACCEPT, uploadMaterial } from '../../lib/upload';
import { useSessionExpiry } from '../../lib/use-session-expiry';

// Uploading a document as a programme's material (a multipart POST, not
// GraphQL): its state lives in the section, so that its errors join the
// section's error summary.

export /** The upload form's state: what was typed stays after a refusal. */
function useUpload(programmeId: string, onUploaded: (message: string) => void) {
  const [title, setTitle] = useState('');
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);
  const onExpiry = useSessionExpiry();
  const formErrors = toFormErrors(errors, { title: 'upload-title', file: 'upload-file' });

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (pending) return;
    const file = fileInput.current?.files?.[0];
    const problems: ApiError[] = [];
    if (!title.trim()) problems.push(validationError('title', 'Enter the document’s title'));
    if (!file) problems.push(validationError('file', 'Choose a file'));
    if (problems.length > 0 || !file) {
      setErrors(problems);
      return;
    }
    setPending(true);
    try {
      await uploadMaterial(programmeId, title.trim(), file);
      setErrors([]);
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(`“${title.trim()}” is uploaded and added to the materials.`);
    } catch (e) {
      const list =
        e instanceof GraphQLRequestError ? e.errors : [{ code: 'INTERNAL' as const, message: 'Something went wrong' }];
      if (!onExpiry(list)) setErrors(list);
    } finally {
      setPending(false);
    }
  };
  return { title, setTitle, fileInput, pending, formErrors, onSubmit };
}

export function UploadForm({ upload }: { upload: ReturnType<typeof useUpload> }) {
  const fileError = upload.formErrors.byField.file;
  return (
    <form onSubmit={(e) => void upload.onSubmit(e)} noValidate>
      <h3>Upload a document</h3>
      <TextInput
        id="upload-title"
        label="Document title"
        value={upload.title}
        onChange={(e) => upload.setTitle(e.target.value)}
        error={upload.formErrors.byField.title}
        width="fluid-two-thirds"
      />
      <Question
        id="upload-file"
        label="Document"
        hint="A PDF, Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text"
        error={fileError}
      >
        {(describedBy) => (
          <input
            id="upload-file"
            type="file"
            ref={upload.fileInput}
            accept={MATERIAL_ACCEPT}
            className={`ds_file-upload__input${fileError ? ' ds_file-upload__input--error' : ''}`}
            aria-describedby={describedBy}
            aria-invalid={fileError ? true : undefined}
          />
        )}
      </Question>
      <button type="submit" className="ds_button ds_button--secondary" disabled={upload.pending}>
        Upload the document
      </button>
    </form>
  );
}
