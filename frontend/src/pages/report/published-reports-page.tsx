import { useRef, useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { Page } from '../../components/page';
import { Pagination, pageParam } from '../../components/pagination';
import { ErrorSummary } from '../../components/error-summary';
import { Select } from '../../components/select';
import { TextInput } from '../../components/text-input';
import { graphql } from '../../gql';
import type { PublishedReportsPage_IndexQuery } from '../../gql/graphql';
import { formatDate } from '../../lib/format';
import { toFormErrors } from '../../lib/form-errors';
import { formatMonth, joinNames } from '../../lib/programme';
import { useQuery, type QueryState } from '../../lib/use-query';
import './report.css';

// The public index of reports (/reports): every report published here (its
// latest version) and the earlier programme's reviews, imported, beside
// them, with full-text search and filters by theme, host authority and
// year. The search is a GET form: the address holds the search, so results
// can be shared and the browser's back and forward buttons step through
// searches.

export const IndexQuery = graphql(`
  query PublishedReportsPage_Index(
    $theme: String
    $authority: UUID
    $year: Int
    $text: String
    $offset: Int!
    $limit: Int!
  ) {
    publishedReports(theme: $theme, authority: $authority, year: $year, text: $text, offset: $offset, limit: $limit) {
      total
      notice
      items {
        reviewId
        slug
        version
        hostNames
        programmeName
        targetMonth
        focusTheme
        publishedAt
        snippet
        externalUrl
        imported
        pdfUrl
      }
    }
    publishedReportFilters {
      themes
      authorities {
        id
        name
      }
      years
    }
  }
`);

type Index = PublishedReportsPage_IndexQuery;
type Row = Index['publishedReports']['items'][number];
type Filters = Index['publishedReportFilters'];

export const PAGE_SIZE = 20;
/** The server searches at most this many characters; longer text is answered with its notice. */
const TEXT_MAX = 200;
/** The last page anyone can ask for (keeps the offset a 32-bit number). */
const PAGE_MAX = 100_000;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Search {
  q: string;
  theme: string;
  authority: string;
  year: string;
}

/** The search in the address: what the form shows. */
function searchOf(params: URLSearchParams): Search {
  return {
    q: params.get('q') ?? '',
    theme: params.get('theme') ?? '',
    authority: params.get('authority') ?? '',
    year: params.get('year') ?? '',
  };
}

/**
 * The query's variables for a search in the address. An authority that is
 * not an id, or a year that is not a number, cannot match anything typed
 * by a person and is left out; a search text far over the limit is cut
 * just past it, so the request stays small and the server's notice still
 * says it is too long.
 */
export function variablesOf(search: Search, page: number) {
  const text = search.q.trim();
  const theme = search.theme.trim();
  return {
    text: text === '' ? null : text.slice(0, TEXT_MAX + 1),
    theme: theme === '' ? null : theme,
    authority: UUID.test(search.authority) ? search.authority : null,
    year: /^\d{1,4}$/.test(search.year) ? Number(search.year) : null,
    offset: (Math.min(page, PAGE_MAX) - 1) * PAGE_SIZE,
    limit: PAGE_SIZE,
  };
}

/** "Fife and Perth and Kinross, March 2026": a review by its hosts and month. */
function rowTitle(row: Row): string {
  return `${joinNames(row.hostNames)}, ${formatMonth(row.targetMonth)}`;
}

/** The sentence announced after each search: how many reports match. */
export function resultCount(total: number, searching: boolean): string {
  if (total === 0) return searching ? 'No reports match your search' : 'No reports yet';
  const reports = total === 1 ? '1 report' : `${total} reports`;
  if (!searching) return reports;
  return `${reports} ${total === 1 ? 'matches' : 'match'} your search`;
}

export function PublishedReportsPage() {
  const [params, setParams] = useSearchParams();
  const search = searchOf(params);
  const page = pageParam(params);
  const variables = variablesOf(search, page);
  const query = useQuery(IndexQuery, variables);

  // The form shows the search in the address, again after back or forward.
  const key = params.toString();
  const [form, setForm] = useState(search);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setForm(search);
  }

  // The filters' options stay while the next page of results loads.
  const lastFilters = useRef<Filters | undefined>(undefined);
  if (query.data) lastFilters.current = query.data.publishedReportFilters;
  const filters = lastFilters.current;

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.q.trim()) next.set('q', form.q.trim());
    if (form.theme) next.set('theme', form.theme);
    if (form.authority) next.set('authority', form.authority);
    if (form.year) next.set('year', form.year);
    setParams(next);
  };

  const searching = [variables.text, variables.theme, variables.authority, variables.year].some((v) => v !== null);
  const pageLink = (n: number) => {
    const next = new URLSearchParams(params);
    next.set('page', String(n));
    return `/reports?${next.toString()}`;
  };
  const themes = filters?.themes ?? [];
  const authorities = filters?.authorities ?? [];
  const years = filters?.years ?? [];
  // A theme or year in the address that the options no longer hold is still shown as chosen.
  const themeOptions = search.theme && !themes.includes(search.theme) ? [search.theme, ...themes] : themes;
  const yearOptions = variables.year !== null && !years.includes(variables.year) ? [variables.year, ...years] : years;
  const errors = toFormErrors(query.errors, { theme: 'theme', year: 'year', authority: 'authority', text: 'q' });

  return (
    <Page title="Published reports" label="Reports">
      <p className="ds_leader">
        The reports of peer reviews of Scotland's education authorities: those published here, and the reviews of
        the Collaborative Improvement programme 2021 to 2024.
      </p>
      <p>
        See the <Link to="/reports/themes">strengths and areas for improvement across reports</Link>, or{' '}
        <Link to="/open-data">download the reports as open data</Link>.
      </p>
      <form
        method="get"
        action="/reports"
        role="search"
        aria-label="Published reports"
        className="quads-report-search"
        onSubmit={onSubmit}
      >
        <TextInput
          id="q"
          error={errors.byField.text}
          name="q"
          type="search"
          label="Search the reports"
          hint="Words in a report, its hosts or theme. Put a phrase in double quotes: “positive destinations”."
          value={form.q}
          onChange={(e) => setForm({ ...form, q: e.target.value })}
          width="fluid-two-thirds"
        />
        <div className="quads-filters">
          <Select
            id="theme"
            error={errors.byField.theme}
            name="theme"
            label="Theme"
            value={form.theme}
            onChange={(e) => setForm({ ...form, theme: e.target.value })}
            options={[{ value: '', label: 'All themes' }, ...themeOptions.map((t) => ({ value: t, label: t }))]}
          />
          <Select
            id="authority"
            error={errors.byField.authority}
            name="authority"
            label="Host authority"
            value={form.authority}
            onChange={(e) => setForm({ ...form, authority: e.target.value })}
            options={[
              { value: '', label: 'All authorities' },
              ...authorities.map((a) => ({ value: a.id, label: a.name })),
            ]}
          />
          <Select
            id="year"
            error={errors.byField.year}
            name="year"
            label="Year of the review"
            value={form.year}
            onChange={(e) => setForm({ ...form, year: e.target.value })}
            options={[{ value: '', label: 'All years' }, ...yearOptions.map((y) => ({ value: String(y), label: String(y) }))]}
          />
        </div>
        <div className="ds_button-group">
          <button type="submit" className="ds_button">
            Search
          </button>
          {key !== '' && (
            <Link to="/reports" className="ds_button ds_button--cancel">
              Clear search and filters
            </Link>
          )}
        </div>
      </form>

      <ErrorSummary items={errors.items} />
      <Results query={query} searching={searching} page={page} pageLink={pageLink} />
    </Page>
  );
}

function Results({
  query,
  searching,
  page,
  pageLink,
}: {
  query: QueryState<Index>;
  searching: boolean;
  page: number;
  pageLink: (n: number) => string;
}) {
  const result = query.data?.publishedReports;
  const failed = query.errors.length > 0;
  let status = '';
  if (result) status = resultCount(result.total, searching);
  else if (failed) status = 'The search failed';
  else if (query.loading) status = 'Loading…';
  return (
    <div className="ds_search-results">
      {/* One live region, there before the answer comes, so each new count is announced. */}
      <div role="status" aria-live="polite" aria-atomic="true">
        {status && <h2 className="ds_search-results__title">{status}</h2>}
        {result?.notice && <p className="quads-report-search__notice">{result.notice}</p>}
      </div>
      {result && result.total === 0 && !result.notice && searching && (
        <>
          <p>Improve your results by:</p>
          <ul>
            <li>checking the spelling of the words you searched for</li>
            <li>searching for fewer or more general words</li>
            <li>
              choosing fewer filters, or <Link to="/reports">seeing every report</Link>
            </li>
          </ul>
        </>
      )}
      {result && result.total > 0 && result.items.length === 0 && (
        <p>
          There are no reports on page {page}. <Link to={pageLink(1)}>Go to the first page</Link>.
        </p>
      )}
      {result && result.items.length > 0 && (
        <ol className="ds_search-results__list" start={(page - 1) * PAGE_SIZE + 1}>
          {result.items.map((row) => (
            <ResultItem key={row.reviewId} row={row} />
          ))}
        </ol>
      )}
      {result && (
        <Pagination label="Pages of reports" page={page} total={result.total} pageSize={PAGE_SIZE} href={pageLink} />
      )}
    </div>
  );
}

/** One review in the index: its report here, or (for an imported review) a link out to it. */
function ResultItem({ row }: { row: Row }) {
  const title = rowTitle(row);
  return (
    <li className="ds_search-result">
      <h3 className="ds_search-result__title">
        {row.slug ? (
          <Link className="ds_search-result__link" to={`/reports/${row.slug}`}>
            {title}
          </Link>
        ) : row.externalUrl ? (
          <a className="ds_search-result__link" href={row.externalUrl} rel="external noopener noreferrer">
            {title}
            <span className="quads-report-search__external"> (on another website)</span>
          </a>
        ) : (
          title
        )}
      </h3>
      <p className="ds_search-result__summary">{row.focusTheme ?? 'No theme recorded'}</p>
      {row.snippet && <p className="ds_search-result__summary quads-report-search__snippet">{row.snippet}</p>}
      <dl className="ds_search-result__metadata ds_metadata ds_metadata--inline">
        <div className="ds_metadata__item">
          <dt className="ds_metadata__key">Programme</dt>
          <dd className="ds_metadata__value">{row.programmeName}</dd>
        </div>
        <div className="ds_metadata__item">
          <dt className="ds_metadata__key">{row.imported ? 'Report' : 'Published'}</dt>
          <dd className="ds_metadata__value">
            {row.imported
              ? row.externalUrl
                ? 'on another website'
                : 'not available online'
              : `${row.publishedAt ? formatDate(row.publishedAt.slice(0, 10)) : ''}${row.version && row.version > 1 ? ` (version ${row.version})` : ''}`}
          </dd>
        </div>
        {row.pdfUrl && (
          <div className="ds_metadata__item">
            <dt className="ds_metadata__key">Download</dt>
            <dd className="ds_metadata__value">
              <a href={row.pdfUrl} aria-label={`PDF of the report on ${title}`} download>
                PDF
              </a>
            </dd>
          </div>
        )}
      </dl>
    </li>
  );
}
