import { useRef, useState, type FormEvent } from 'react';
import { Question } from '../../components/question';
import { TextInput } from '../../components/text-input';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { MATERIAL_ACCEPT, uploadMaterial } from '../../lib/upload';
import { useUploadState } from '../../lib/use-upload';

// Uploading a document as a programme's material (a multipart POST, not
// GraphQL): its state lives in the section, so that its errors join the
// section's error summary.

export /** The upload form's state: what was typed stays after a refusal. */
function useUpload(programmeId: string, onUploaded: (message: string) => void) {
  const [title, setTitle] = useState('');
  const { errors, setErrors, pending, send } = useUploadState();
  const fileInput = useRef<HTMLInputElement>(null);
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
    if (await send(() => uploadMaterial(programmeId, title.trim(), file))) {
      setTitle('');
      if (fileInput.current) fileInput.current.value = '';
      onUploaded(`“${title.trim()}” is uploaded and added to the materials.`);
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
