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

/** Sends the document; resolves to the material, or throws a GraphQLRequestError with the refusal. */
export async function uploadMaterial(programmeId: string, title: string, file: File): Promise<UploadedMaterial> {
  const form = new FormData();
  form.append('title', title);
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/programmes/${encodeURIComponent(programmeId)}/materials`, {
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
  if (response.ok && isRecord(body) && typeof body.id === 'string') {
    return { id: body.id, title: String(body.title ?? title), url: String(body.url ?? '') };
  }
  throw new GraphQLRequestError(uploadErrors(response.status, body));
}
