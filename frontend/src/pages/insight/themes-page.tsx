import { useState, type FormEvent } from 'react';
import { Link, useSearchParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Page } from '../../components/page';
import { Radios } from '../../components/radios';
import { Select } from '../../components/select';
import { graphql } from '../../gql';
import type { InsightThemes_ThemesQuery, ReportItemKind, ThemeGrouping } from '../../gql/graphql';
import { toFormErrors } from '../../lib/form-errors';
import { formatMonth, joinNames } from '../../lib/programme';
import { useQuery } from '../../lib/use-query';
import './insight.css';

// Themes across reports (/reports/themes, public): the strengths and areas
// for improvement of every report published here (the latest version of
// each), grouped by quality indicator or by the review's focus theme,
// filtered by kind, host authority and year; each item links to its
// report. The filters are a GET form: the address holds them.

export const ThemesQuery = graphql(`
  query InsightThemes_Themes($groupBy: ThemeGrouping!, $kind: ReportItemKind, $authority: UUID, $year: Int) {
    themesAcrossReports(groupBy: $groupBy, kind: $kind, authority: $authority, year: $year) {
      groupBy
      reports
      groups {
        key
        label
        strengths
        areasForImprovement
        total
        items {
          kind
          text
          indicators
          theme
          hostNames
          year
          targetMonth
          programmeName
          slug
          version
        }
      }
    }
    publishedReportFilters {
      authorities {
        id
        name
      }
      years
    }
  }
`);

type Themes = InsightThemes_ThemesQuery['themesAcrossReports'];
type Group = Themes['groups'][number];
type Item = Group['items'][number];

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

interface Filters {
  by: string;
  kind: string;
  authority: string;
  year: string;
}

const KINDS: Record<string, ReportItemKind> = { strengths: 'STRENGTH', areas: 'AREA_FOR_IMPROVEMENT' };

function filtersOf(params: URLSearchParams): Filters {
  return {
    by: params.get('by') === 'theme' ? 'theme' : 'indicator',
    kind: params.get('kind') ?? '',
    authority: params.get('authority') ?? '',
    year: params.get('year') ?? '',
  };
}

/** The query's variables for the filters in the address; what cannot match is left out. */
export function themesVariables(f: Filters) {
  return {
    groupBy: (f.by === 'theme' ? 'FOCUS_THEME' : 'QUALITY_INDICATOR') as ThemeGrouping,
    kind: KINDS[f.kind] ?? null,
    authority: UUID.test(f.authority) ? f.authority : null,
    year: /^\d{1,4}$/.test(f.year) ? Number(f.year) : null,
  };
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** "3 strengths and 1 area for improvement". */
export function groupCounts(g: Pick<Group, 'strengths' | 'areasForImprovement'>): string {
  return `${plural(g.strengths, 'strength', 'strengths')} and ${plural(g.areasForImprovement, 'area for improvement', 'areas for improvement')}`;
}

export function ThemesPage() {
  const [params, setParams] = useSearchParams();
  const filters = filtersOf(params);
  const variables = themesVariables(filters);
  const query = useQuery(ThemesQuery, variables);
  const key = params.toString();
  const [form, setForm] = useState(filters);
  const [shownKey, setShownKey] = useState(key);
  if (shownKey !== key) {
    setShownKey(key);
    setForm(filters);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (form.by === 'theme') next.set('by', 'theme');
    if (form.kind) next.set('kind', form.kind);
    if (form.authority) next.set('authority', form.authority);
    if (form.year) next.set('year', form.year);
    setParams(next);
  };
  const errors = toFormErrors(query.errors, { year: 'themes-year', authority: 'themes-authority', kind: 'themes-kind' });
  const authorities = query.data?.publishedReportFilters.authorities ?? [];
  const years = query.data?.publishedReportFilters.years ?? [];
  const result = query.data?.themesAcrossReports;
  let status = '';
  if (result) status = `${plural(result.groups.length, 'group', 'groups')} from ${plural(result.reports, 'published report', 'published reports')}`;
  else if (query.errors.length > 0) status = 'The themes could not be shown';
  else if (query.loading) status = 'Loading…';

  return (
    <Page title="Themes across reports" label="Reports">
      <p className="ds_leader">
        The strengths and areas for improvement that published reports found, grouped by quality indicator or by the
        review’s focus theme, across authorities and years. Each one links to its report.
      </p>
      <p>
        <Link to="/reports">Search the published reports</Link> or <Link to="/open-data">download the open data</Link>.
      </p>
      <form method="get" action="/reports/themes" role="search" aria-label="Filter the themes" onSubmit={onSubmit}>
        <Radios
          id="themes-by"
          name="by"
          legend="Group by"
          inline
          value={form.by}
          onChange={(by) => setForm({ ...form, by })}
          options={[
            { value: 'indicator', label: 'Quality indicator' },
            { value: 'theme', label: 'Focus theme' },
          ]}
        />
        <div className="quads-filters">
          <Select
            id="themes-kind"
            name="kind"
            label="Show"
            value={form.kind}
            error={errors.byField.kind}
            onChange={(e) => setForm({ ...form, kind: e.target.value })}
            options={[
              { value: '', label: 'Strengths and areas for improvement' },
              { value: 'strengths', label: 'Strengths' },
              { value: 'areas', label: 'Areas for improvement' },
            ]}
          />
          <Select
            id="themes-authority"
            name="authority"
            label="Host authority"
            value={form.authority}
            error={errors.byField.authority}
            onChange={(e) => setForm({ ...form, authority: e.target.value })}
            options={[{ value: '', label: 'All authorities' }, ...authorities.map((a) => ({ value: a.id, label: a.name }))]}
          />
          <Select
            id="themes-year"
            name="year"
            label="Year of the review"
            value={form.year}
            error={errors.byField.year}
            onChange={(e) => setForm({ ...form, year: e.target.value })}
            options={[
              { value: '', label: 'All years' },
              ...(variables.year !== null && !years.includes(variables.year) ? [variables.year, ...years] : years).map((y) => ({
                value: String(y),
                label: String(y),
              })),
            ]}
          />
        </div>
        <div className="ds_button-group">
          <button type="submit" className="ds_button">
            Show the themes
          </button>
          {key !== '' && (
            <Link to="/reports/themes" className="ds_button ds_button--cancel">
              Clear the filters
            </Link>
          )}
        </div>
      </form>
      <ErrorSummary items={errors.items} />
      <div role="status" aria-live="polite" aria-atomic="true">
        {status && <p className="ds_search-results__title">{status}</p>}
      </div>
      {result && result.groups.length === 0 && <p>No published report has a strength or area for improvement that matches.</p>}
      {result?.groups.map((g) => (
        <GroupSection key={g.key} group={g} byTheme={result.groupBy === 'FOCUS_THEME'} />
      ))}
    </Page>
  );
}

function GroupSection({ group, byTheme }: { group: Group; byTheme: boolean }) {
  const headingId = `group-${byTheme ? 'theme' : 'qi'}-${group.key === '' ? 'none' : group.key.replace(/[^A-Za-z0-9]+/g, '-')}`;
  const strengths = group.items.filter((i) => i.kind === 'STRENGTH');
  const areas = group.items.filter((i) => i.kind === 'AREA_FOR_IMPROVEMENT');
  return (
    <section aria-labelledby={headingId} className="quads-themes__group">
      <h2 id={headingId}>{group.label}</h2>
      <p>
        {groupCounts(group)}
        {group.total > group.items.length ? ` (the newest ${group.items.length} of ${group.total} are listed)` : ''}.
      </p>
      {strengths.length > 0 && <ItemList heading="Strengths" items={strengths} byTheme={byTheme} />}
      {areas.length > 0 && <ItemList heading="Areas for improvement" items={areas} byTheme={byTheme} />}
    </section>
  );
}

function ItemList({ heading, items, byTheme }: { heading: string; items: Item[]; byTheme: boolean }) {
  return (
    <>
      <h3>
        {heading} ({items.length})
      </h3>
      <ul className="ds_no-bullets">
        {items.map((item, i) => (
          <li key={`${item.slug}-${i}`} className="quads-themes__item">
            {item.text}
            <span className="quads-themes__source">
              <Link to={`/reports/${item.slug}/versions/${item.version}`}>
                {joinNames(item.hostNames)}, {formatMonth(item.targetMonth)}
              </Link>{' '}
              ({item.programmeName}
              {byTheme
                ? item.indicators.length > 0
                  ? `; quality indicators ${item.indicators.join(', ')}`
                  : ''
                : item.theme
                  ? `; theme: ${item.theme}`
                  : ''}
              )
            </span>
          </li>
        ))}
      </ul>
    </>
  );
}
