import { useCallback, useRef, useState } from 'react';
import { useClient, type AnyVariables } from 'urql';
import { documentText, resultErrors, type ApiError, type TypedDocument } from './graphql-client';
import { useSessionExpiry } from './use-session-expiry';

export interface MutationState {
  pending: boolean;
  errors: ApiError[];
  /** Show errors found before sending (for example an empty required field). */
  setErrors: (errors: ApiError[]) => void;
}

/**
 * Returns a function that sends the mutation (through urql, whose document
 * cache then refreshes the queries that hold any type in the answer) and
 * resolves to its data, or to undefined when the server refused it (the
 * refusal is then in `errors`). A second call while one is in flight is
 * ignored, so a double click sends once.
 */
export function useMutation<TResult, TVariables>(
  document: TypedDocument<TResult, TVariables>,
): [(variables: TVariables) => Promise<TResult | undefined>, MutationState] {
  const client = useClient();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<ApiError[]>([]);
  const inFlight = useRef(false);
  const onExpiry = useSessionExpiry();
  const query = documentText(document);

  const run = useCallback(
    async (variables: TVariables): Promise<TResult | undefined> => {
      if (inFlight.current) return undefined;
      inFlight.current = true;
      setPending(true);
      try {
        const result = await client.mutation<TResult>(query, (variables ?? {}) as AnyVariables).toPromise();
        const list = resultErrors(result);
        if (list.length > 0) {
          if (!onExpiry(list)) setErrors(list);
          return undefined;
        }
        setErrors([]);
        return result.data as TResult;
      } finally {
        inFlight.current = false;
        setPending(false);
      }
    },
    [client, query, onExpiry],
  );

  return [run, { pending, errors, setErrors }];
}
