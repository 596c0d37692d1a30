import { safeNextPath } from './safe-next';

const KEY = 'quads.return-to';

/**
 * Remembers the page a signed-out person was sent from (a review they were
 * invited to), so that setting a password from the account invitation,
 * which links elsewhere, brings them back to it.
 */
export function rememberReturnTo(path: string): void {
  try {
    window.sessionStorage.setItem(KEY, path);
  } catch {
    // Storage may be unavailable; they can follow the link again.
  }
}

/** The remembered page, once (it is forgotten as it is read), or null. */
export function takeReturnTo(): string | null {
  try {
    const path = window.sessionStorage.getItem(KEY);
    window.sessionStorage.removeItem(KEY);
    if (!path) return null;
    const safe = safeNextPath(path);
    return safe === '/' ? null : safe;
  } catch {
    return null;
  }
}
