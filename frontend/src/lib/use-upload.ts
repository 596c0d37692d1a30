import { useState } from 'react';
import { GraphQLRequestError, type ApiError } from './graphql-client';
import { useSessionExpiry } from './use-session-expiry';

/**
 * The state of a form that sends a file (a multipart POST, not GraphQL):
 * `send` runs the upload once at a time and keeps its refusal in `errors`
 * (an expired session goes to sign-in instead); it resolves to whether it
 * was accepted.
 */
export function useUploadState() {
  const [errors, setErrors] = useState<ApiError[]>([]);
  const [pending, setPending] = useState(false);
  const onExpiry = useSessionExpiry();
  const send = async (upload: () => Promise<unknown>): Promise<boolean> => {
    if (pending) return false;
    setPending(true);
    try {
      await upload();
      setErrors([]);
      return true;
    } catch (e) {
      const list =
        e instanceof GraphQLRequestError ? e.errors : [{ code: 'INTERNAL' as const, message: 'Something went wrong' }];
      if (!onExpiry(list)) setErrors(list);
      return false;
    } finally {
      setPending(false);
    }
  };
  return { errors, setErrors, pending, send };
}
