import { NotificationBanner } from '../../components/notification-banner';
import type { ApiError } from '../../lib/graphql-client';

export function isConflict(errors: readonly ApiError[]): boolean {
  return errors.some((e) => e.code === 'CONFLICT');
}

/**
 * Someone else changed the review first: what the user typed stays in the
 * form, and reloading brings the latest version to send it against.
 */
export function ConflictBanner({ onReload }: { onReload: () => void }) {
  return (
    <NotificationBanner focusOnMount>
      <p>
        Someone else changed this review while you were working on it. What you typed has been kept. Reload the review
        to see their changes, then check your answers and try again.
      </p>
      <button type="button" className="ds_button ds_button--secondary ds_button--small" onClick={onReload}>
        Reload the review
      </button>
    </NotificationBanner>
  );
}
