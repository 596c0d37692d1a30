import { useEffect, useId, useRef, type MouseEvent } from 'react';
import type { SummaryItem } from '../lib/form-errors';

interface Props {
  items: SummaryItem[];
  title?: string;
}

/**
 * The design system's error summary. It takes focus whenever a new set of
 * errors arrives, so a screen reader announces it, and each link moves focus
 * to the field at fault.
 */
export function ErrorSummary({ items, title = 'There is a problem' }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  // Several summaries may share a page (a form's and the header's), so each
  // names its own title.
  const titleId = useId();
  // The same errors rebuilt on every render (as forms derive them) are not
  // "new": taking focus then would pull it out of the field being typed in.
  const signature = items.map((i) => `${i.targetId ?? ''}:${i.text}`).join('\n');
  useEffect(() => {
    if (signature !== '') {
      ref.current?.focus();
      ref.current?.scrollIntoView?.({ block: 'start' });
    }
  }, [signature]);

  if (items.length === 0) return null;

  const onClick = (event: MouseEvent<HTMLAnchorElement>, targetId: string) => {
    const target = document.getElementById(targetId);
    if (!target) return;
    event.preventDefault();
    target.focus();
    const label = document.querySelector(`label[for="${CSS.escape(targetId)}"]`) ?? target;
    label.scrollIntoView?.({ block: 'start' });
  };

  return (
    <div
      className="ds_error-summary"
      aria-labelledby={titleId}
      role="alert"
      tabIndex={-1}
      ref={ref}
    >
      <h2 className="ds_error-summary__title" id={titleId}>
        {title}
      </h2>
      <ul className="ds_error-summary__list">
        {items.map((item, i) => (
          <li key={`${i}-${item.text}`}>
            {item.targetId ? (
              <a href={`#${item.targetId}`} onClick={(e) => onClick(e, item.targetId as string)}>
                {item.text}
              </a>
            ) : (
              item.text
            )}
          </li>
        ))}
      </ul>
    </div>
  );
}
