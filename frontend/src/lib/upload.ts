// Uploads a document as a programme's material: the one request of the app
// that is not GraphQL (a multipart POST to /programmes/{id}/materials).
import { GraphQLRequestError, toApiError, type ApiError } from './graphql-client';

export interface UploadedMaterial {
  id: string;
  title: string;
  url: string;
}

/**
 * The types the server accepts (domain::attachment's allow-list), for the
 * file picker. The size limit is the server's setting
 * (QUADS_ATTACHMENT_MAX_BYTES): its refusal names it.
 */
export const MATERIAL_ACCEPT = '.pdf,.docx,.pptx,.xlsx,.odt,.png,.jpg,.jpeg,.txt';

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * The refusal in an upload's answer: `{error: {code, message, field}}` from
 * the route, or `{errors: [...]}` (GraphQL-shaped) from the layers before it.
 */
export function uploadErrors(status: number, body: unknown): ApiError[] {
  if (isRecord(body) && isRecord(body.error)) {
    const { code, message, field } = body.error;
    return [toApiError({ message, extensions: { code, field: field ?? undefined } })];
  }
  if (isRecord(body) && Array.isArray(body.errors) && body.errors.length > 0) {
    return body.errors
      .filter(isRecord)
      .map((e) => toApiError(e as { message?: unknown; extensions?: Record<string, unknown> }));
  }
  if (status === 413) {
    return [{ code: 'VALIDATION', field: 'file', message: 'The file is larger than the service accepts' }];
  }
  return [{ code: 'INTERNAL', message: `The service sent an unexpected response (HTTP ${status}).` }];
}

/** Posts a multipart form to an upload route; resolves to its JSON answer, or throws a GraphQLRequestError with the refusal. */
async function postForm(url: string, form: FormData): Promise<Record<string, unknown>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'X-Requested-With': 'quads', Accept: 'application/json' },
      body: form,
    });
  } catch {
    throw new GraphQLRequestError([
      { code: 'NETWORK', message: 'The service could not be reached. Check your connection and try again.' },
    ]);
  }
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Answered below by its status.
  }
  if (response.ok && isRecord(body) && typeof body.id === 'string') return body;
  throw new GraphQLRequestError(uploadErrors(response.status, body));
}

/** Sends the document; resolves to the material, or throws a GraphQLRequestError with the refusal. */
export async function uploadMaterial(programmeId: string, title: string, file: File): Promise<UploadedMaterial> {
  const form = new FormData();
  form.append('title', title);
  form.append('file', file, file.name);
  const body = await postForm(`/programmes/${encodeURIComponent(programmeId)}/materials`, form);
  return { id: String(body.id), title: String(body.title ?? title), url: String(body.url ?? '') };
}

export interface UploadedAttachment {
  id: string;
  fileName: string;
  url: string;
}

/**
 * Attaches a document to a host's self-evaluation: to one indicator's
 * evidence when `indicator` is given, else to the self-evaluation itself
 * (evidence only) with its `summary`.
 */
export async function uploadSelfEvaluationDocument(
  reviewId: string,
  authorityId: string,
  file: File,
  { indicator, summary }: { indicator?: string; summary?: string },
): Promise<UploadedAttachment> {
  const form = new FormData();
  if (indicator) form.append('indicator', indicator);
  if (summary) form.append('summary', summary);
  form.append('file', file, file.name);
  const body = await postForm(
    `/reviews/${encodeURIComponent(reviewId)}/self-evaluations/${encodeURIComponent(authorityId)}/attachments`,
    form,
  );
  return { id: String(body.id), fileName: String(body.fileName ?? file.name), url: String(body.url ?? '') };
}

/**
 * Attaches a document to a finding (the shared attachment mechanism, owner
 * kind FINDING): its author while it is a draft, or the team lead.
 */
export async function uploadFindingAttachment(findingId: string, file: File): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  const body = await postForm(`/findings/${encodeURIComponent(findingId)}/attachments`, form);
  return { id: String(body.id), fileName: String(body.fileName ?? file.name), url: String(body.url ?? '') };
}

/**
 * Attaches a document to a follow-up action's progress note, with an
 * optional summary: host leads, host users and the action's owner.
 */
export async function uploadFollowUpNoteAttachment(noteId: string, file: File, summary?: string): Promise<UploadedAttachment> {
  const form = new FormData();
  form.append('file', file, file.name);
  if (summary) form.append('summary', summary);
  const body = await postForm(`/follow-up-notes/${encodeURIComponent(noteId)}/attachments`, form);
  return { id: String(body.id), fileName: String(body.fileName ?? file.name), url: String(body.url ?? '') };
}
