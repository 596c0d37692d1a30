import type { ReactNode } from 'react';

/**
 * A table that scrolls sideways inside its own region on a narrow screen,
 * so the page itself never does (WCAG 2.2 1.4.10 Reflow). The region is
 * labelled and takes keyboard focus, so keyboard users can scroll it with
 * the arrow keys and screen readers announce what it holds.
 */
export function TableRegion({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="quads-table-region" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
