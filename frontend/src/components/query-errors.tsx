import { toFormErrors } from '../lib/form-errors';
import type { ApiError } from '../lib/graphql-client';
import { ErrorSummary } from './error-summary';

/** Loading text, or the error summary when a page's query failed. */
export function QueryStatus({ loading, errors }: { loading: boolean; errors: ApiError[] }) {
  if (errors.length > 0) return <ErrorSummary items={toFormErrors(errors).items} />;
  if (loading)
    return (
      <p role="status" className="quads-loading">
        Loading…
      </p>
    );
  return null;
}
