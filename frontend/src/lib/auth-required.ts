import { createContext, useContext } from 'react';

/** True inside pages that need a signed-in user: an UNAUTHENTICATED answer there means the session ended. */
export const AuthRequiredContext = createContext(false);

export function useAuthRequired(): boolean {
  return useContext(AuthRequiredContext);
}
