import type { ReactNode } from 'react';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The page frame: skip link, site header with phase banner, main content, site footer. */
export function PageLayout({ children }: { children: ReactNode }) {
  return (
    <div className="ds_page">
      <div className="ds_page__top">
        <div className="ds_skip-links">
          <ul className="ds_skip-links__list">
            <li className="ds_skip-links__item">
              <a className="ds_skip-links__link" href="#main-content">
                Skip to main content
              </a>
            </li>
          </ul>
        </div>
        <SiteHeader />
      </div>
      <div className="ds_page__middle">
        <div className="ds_wrapper">{children}</div>
      </div>
      <div className="ds_page__bottom">
        <SiteFooter />
      </div>
    </div>
  );
}
