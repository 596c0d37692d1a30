import { useEffect, useRef, type ReactNode } from 'react';

let firstPageShown = false;

interface Props {
  title: string;
  /** A short line above the title, such as the section name. */
  label?: string;
  /** Text for the browser tab when it differs from the heading. */
  documentTitle?: string;
  children: ReactNode;
  /** Before the heading: error summaries and notification banners. */
  banner?: ReactNode;
  wide?: boolean;
}

/**
 * One page's main area. It sets the document title and, after a client-side
 * navigation, moves focus to the heading so the change is announced.
 */
export function Page({ title, label, documentTitle, children, banner, wide = false }: Props) {
  const heading = useRef<HTMLHeadingElement>(null);
  const fullTitle = `${documentTitle ?? title} - Quads`;

  useEffect(() => {
    document.title = fullTitle;
  }, [fullTitle]);

  useEffect(() => {
    if (firstPageShown) heading.current?.focus({ preventScroll: false });
    firstPageShown = true;
  }, []);

  return (
    <main
      className={`ds_layout ${wide ? 'quads-layout--wide' : 'ds_layout--article'}`}
      id="main-content"
      tabIndex={-1}
    >
      <div className="ds_layout__header">
        {banner}
        <header className="ds_page-header">
          {label && <span className="ds_page-header__label ds_content-label">{label}</span>}
          <h1 className="ds_page-header__title" tabIndex={-1} ref={heading}>
            {title}
          </h1>
        </header>
      </div>
      <div className="ds_layout__content">{children}</div>
    </main>
  );
}

/** For tests: behave as if no page had been shown yet. */
export function resetPageFocusForTests() {
  firstPageShown = false;
}
