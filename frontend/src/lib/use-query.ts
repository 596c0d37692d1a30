import { useCallback, useEffect, useMemo, useRef } from 'react';
import { createRequest, useQuery as useUrqlQuery, type AnyVariables } from 'urql';
import { useAuthRequired } from './auth-required';
import { documentText, resultErrors, type ApiError, type TypedDocument } from './graphql-client';
import { useSessionExpiry } from './use-session-expiry';

export interface QueryState<TResult> {
  data: TResult | undefined;
  errors: ApiError[];
  loading: boolean;
  /** Asks the server again; the data shown stays until the answer comes. */
  refetch: () => void;
}

/**
 * Runs a query (through urql and its document cache) when the component
 * mounts and whenever its variables change. Variables are compared by their
 * JSON form, so an inline object is fine. A cached answer is shown at once
 * and `loading` stays true until the server's answer replaces it.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const query = documentText(document);
  const key = JSON.stringify(variables ?? {});
  const request = useMemo(() => createRequest(query, JSON.parse(key) as AnyVariables), [query, key]);
  const [result, reexecute] = useUrqlQuery<TResult>({
    query: request.query,
    variables: request.variables,
    pause: options.skip === true,
  });

  // An answer is this query's only when it answers these variables: urql
  // hands out the previous answer until the new one arrives, and that must
  // never be shown as if it answered these.
  const current = result.operation?.key === request.key;
  const settled = current && !result.fetching;
  const errors = useMemo(() => (settled && result.error ? resultErrors(result) : []), [settled, result]);

  const authRequired = useAuthRequired();
  const expired = authRequired && errors.some((e) => e.code === 'UNAUTHENTICATED');
  const onExpiry = useSessionExpiry();
  const onExpiryRef = useRef(onExpiry);
  onExpiryRef.current = onExpiry;
  useEffect(() => {
    if (expired) onExpiryRef.current(errors);
  }, [expired, errors]);

  const refetch = useCallback(() => reexecute({ requestPolicy: 'network-only' }), [reexecute]);
  if (options.skip) return { data: undefined, errors: [], loading: false, refetch };
  return {
    data: current && !result.error ? (result.data ?? undefined) : undefined,
    // On a signed-in page the user is on the way to sign in: no error to show.
    errors: expired ? [] : errors,
    loading: !settled || result.stale || expired,
    refetch,
  };
}
