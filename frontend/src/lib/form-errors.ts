import { describeError, type ApiError } from './graphql-client';

export interface SummaryItem {
  text: string;
  /** The id of the field the message is about: the summary links to it. */
  targetId?: string;
}

export interface FormErrors {
  items: SummaryItem[];
  /** Messages by field name, to show beside the field. */
  byField: Record<string, string>;
}

/**
 * Turns API errors into the error summary's items and field-level messages.
 * `fields` maps the API's field names (extensions.field: the plain argument
 * or input-field name, such as `email` or `organisationId`) to the id of the
 * control on this page. A VALIDATION error about a field not on the page is
 * listed without a link.
 */
export function toFormErrors(errors: ApiError[], fields: Record<string, string> = {}): FormErrors {
  const items: SummaryItem[] = [];
  const byField: Record<string, string> = {};
  for (const error of errors) {
    const text = describeError(error);
    const name = error.field;
    if (error.code === 'VALIDATION' && name !== undefined) {
      if (byField[name] === undefined) byField[name] = text;
      const targetId = fields[name];
      items.push(targetId === undefined ? { text } : { text, targetId });
    } else if (error.code === 'GUARD_FAILED' && error.guards && error.guards.length > 0) {
      for (const guard of error.guards) items.push({ text: guard.message });
    } else {
      items.push({ text });
    }
  }
  // The same sentence twice helps nobody.
  const unique = items.filter((item, i) => items.findIndex((o) => o.text === item.text) === i);
  return { items: unique, byField };
}

/** A client-side check's message, shaped like the server's. */
export function validationError(field: string, message: string): ApiError {
  return { code: 'VALIDATION', field, message };
}
