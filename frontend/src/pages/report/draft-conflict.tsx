import type { ReactNode } from 'react';
import { isConflict } from '../review/conflict-banner';
import type { ApiError } from '../../lib/graphql-client';

export { isConflict };

/**
 * An edit raced another one (CONFLICT on a stale draftVersion): what was
 * typed stays in the form; reloading brings the draft as it is now, shown
 * beside the form, and saving again reapplies the typed text to it.
 */
export function DraftConflict({
  errors,
  reloaded,
  current,
  onReload,
}: {
  errors: readonly ApiError[];
  /** The draft was reloaded after the conflict: offer to reapply. */
  reloaded: boolean;
  /** What the draft says now, once reloaded. */
  current?: ReactNode;
  onReload: () => void;
}) {
  if (reloaded) {
    return (
      <div className="ds_inset-text" role="status">
        <div className="ds_inset-text__text">
          <p>
            <strong>The draft has been reloaded with the other changes.</strong> What you typed is still in the form:
            check it against the draft as it is now, then save to apply it again.
          </p>
          {current}
        </div>
      </div>
    );
  }
  if (!isConflict(errors)) return null;
  return (
    <div className="ds_notification quads-notification" role="alert">
      <div className="ds_notification__content">
        <div className="ds_notification__text">
          <p>
            Someone else changed the report while you were editing it, so your change was not saved. What you typed
            has been kept in the form.
          </p>
          <button type="button" className="ds_button ds_button--secondary ds_button--small" onClick={onReload}>
            Reload the draft
          </button>
        </div>
      </div>
    </div>
  );
}
