import { useCallback, useRef, useState } from 'react';
import { execute, GraphQLRequestError, type ApiError, type TypedDocument } from './graphql-client';
import { useSessionExpiry } from './use-session-expiry';

export interface MutationState {
  pending: boolean;
  errors: ApiError[];
  /** Show errors found before sending (for example an empty required field). */
  setErrors: (errors: ApiError[]) => void;
}

/**
 * Returns a function that sends the mutation and resolves to its data, or to
 * undefined when the server refused it (the refusal is then in `errors`).
 */
export function useMutation<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult | undefined>, MutationState] {
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const inFlight = useRef(false);
  const onExpiry = useSessionExpiry();

  const run = useCallback(
    async (variables: TVariables): Promise<TResult | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setPending(true);
      try {
        const data = await (execute as (d: typeof document, v: TVariables) => Promise<TResult>)(document, variables);
        setErrors([]);
        return data;
      } catch (e) {
        const list =
          e instanceof GraphQLRequestError ? e.errors : [{ code: 'INTERNAL' as const, message: 'Something went wrong' }];
        if (!onExpiry(list)) setErrors(list);
        return undefined;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [document, onExpiry],
  );

  return [run, { pending, errors, setErrors }];
}
