import { useCallback, useEffect, useRef, useState } from 'react';
import { execute, GraphQLRequestError, type ApiError, type TypedDocument } from './graphql-client';
import { useSessionExpiry } from './use-session-expiry';

export interface QueryState<TResult> {
  data: TResult | undefined;
  errors: ApiError[];
  loading: boolean;
  refetch: () => void;
}

/**
 * Runs a query when the component mounts and whenever its variables change.
 * Variables are compared by their JSON form, so an inline object is fine.
 */
export function useQuery<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
  variables: TVariables,
  options: { skip?: boolean } = {},
): QueryState<TResult> {
  const key = JSON.stringify(variables ?? {});
  const [state, setState] = useState<{ data: TResult | undefined; errors: ApiError[]; loading: boolean; key: string }>({
    data: undefined,
    errors: [],
    loading: !options.skip,
    key,
  });
  const [tick, setTick] = useState(0);
  const onExpiry = useSessionExpiry();
  const onExpiryRef = useRef(onExpiry);
  onExpiryRef.current = onExpiry;

  useEffect(() => {
    if (options.skip) return;
    const controller = new AbortController();
    // Data for other variables is not shown as if it answered these.
    setState((s) => ({ data: s.key === key ? s.data : undefined, errors: [], loading: true, key }));
    const vars = JSON.parse(key) as TVariables;
    (execute as (d: typeof document, v: TVariables, o: { signal: AbortSignal }) => Promise<TResult>)(document, vars, {
      signal: controller.signal,
    }).then(
      (data) => {
        if (!controller.signal.aborted) setState({ data, errors: [], loading: false, key });
      },
      (e: unknown) => {
        if (controller.signal.aborted) return;
        const errors =
          e instanceof GraphQLRequestError ? e.errors : [{ code: 'INTERNAL' as const, message: 'Something went wrong' }];
        if (onExpiryRef.current(errors)) return;
        setState({ data: undefined, errors, loading: false, key });
      },
    );
    return () => controller.abort();
  }, [document, key, tick, options.skip]);

  const refetch = useCallback(() => setTick((t) => t + 1), []);
  // Until the effect has run for new variables, the state still holds the
  // answer to the old ones: never hand that out as this answer.
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    errors: current ? state.errors : [],
    loading: options.skip ? false : !current || state.loading,
    refetch,
  };
}
