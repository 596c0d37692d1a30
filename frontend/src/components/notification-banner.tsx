import { useEffect, useId, useRef, type ReactNode } from 'react';
import { Icon } from './icon';

interface Props {
  children: ReactNode;
  variant?: 'information' | 'success';
  /** Move focus to the banner when it appears (after an action succeeded). */
  focusOnMount?: boolean;
}

/** The design system's notification banner, for messages about the whole page. */
export function NotificationBanner({ children, variant = 'information', focusOnMount = false }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const titleId = useId();
  useEffect(() => {
    if (focusOnMount) ref.current?.focus();
  }, [focusOnMount]);
  const success = variant === 'success';
  return (
    <div
      className={`ds_notification${success ? ' ds_notification--success' : ''} quads-notification`}
      role={success ? 'alert' : 'region'}
      aria-labelledby={titleId}
      tabIndex={focusOnMount ? -1 : undefined}
      ref={ref}
    >
      <div className="ds_notification__content">
        <h2 className="visually-hidden" id={titleId}>
          {success ? 'Success' : 'Important'}
        </h2>
        <span className="ds_notification__icon" aria-hidden="true">
          <Icon name={success ? 'check_circle' : 'priority_high'} className="ds_icon--fill" />
        </span>
        <div className="ds_notification__text">{children}</div>
      </div>
    </div>
  );
}
