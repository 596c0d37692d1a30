import { Link } from 'react-router';

/** The page a list shows, from its address's `page` parameter (1 when absent or not a page number). */
export function pageParam(params: URLSearchParams): number {
  return Math.max(1, Math.floor(Number(params.get('page'))) || 1);
}

interface Props {
  /** What the pages are of, for assistive technology: "Pages of users". */
  label: string;
  page: number;
  total: number;
  pageSize: number;
  /** The address of page `n`. */
  href: (n: number) => string;
}

/**
 * The design system's pagination: previous and next links either side of
 * "Page 2 of 5". Nothing when everything fits on one page.
 */
export function Pagination({ label, page, total, pageSize, href }: Props) {
  const lastPage = Math.max(1, Math.ceil(total / pageSize));
  if (lastPage <= 1) return null;
  return (
    <nav className="ds_pagination" aria-label={label}>
      <ul className="ds_pagination__list">
        {page > 1 && (
          <li className="ds_pagination__item">
            <Link className="ds_pagination__link ds_pagination__link--text" to={href(Math.min(page - 1, lastPage))}>
              Previous page
            </Link>
          </li>
        )}
        <li className="ds_pagination__item">
          <span className="ds_pagination__link ds_current">
            Page {page} of {lastPage}
          </span>
        </li>
        {page < lastPage && (
          <li className="ds_pagination__item">
            <Link className="ds_pagination__link ds_pagination__link--text" to={href(page + 1)}>
              Next page
            </Link>
          </li>
        )}
      </ul>
    </nav>
  );
}
