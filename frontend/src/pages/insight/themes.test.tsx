import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  InsightThemes_ThemesDocument as ThemesQuery,
  type InsightThemes_ThemesQuery,
  type InsightThemes_ThemesQueryVariables,
} from '../../gql/graphql';
import { answer, mockOperations, refusal, renderAt } from '../../test/render';
import { groupCounts, ThemesPage, themesVariables } from './themes-page';

// Themes across reports, for an anonymous visitor: groups by quality
// indicator or focus theme with a heading each and the strengths and areas
// for improvement under their own headings, every item linking to its
// report; the filters kept in the address.

type Themes = InsightThemes_ThemesQuery['themesAcrossReports'];
type Item = Themes['groups'][number]['items'][number];

const FIFE = '0190a000-0000-7000-8000-000000000002';

function item(change: Partial<Item> = {}): Item {
  return {
    kind: 'STRENGTH',
    text: 'Headteachers describe a shared vision for the senior phase.',
    indicators: ['1.3'],
    theme: 'Raising attainment in the senior phase',
    hostNames: ['Fife'],
    year: 2024,
    targetMonth: '2024-10',
    programmeName: 'Quads 2024-25',
    slug: 'fife-2024-10',
    version: 2,
    ...change,
  };
}

function themes(groupBy: Themes['groupBy'] = 'QUALITY_INDICATOR'): InsightThemes_ThemesQuery {
  const area = item({
    kind: 'AREA_FOR_IMPROVEMENT',
    text: 'Tracking of learners’ progress is not used consistently.',
    hostNames: ['Angus', 'Dundee City'],
    targetMonth: '2025-03',
    year: 2025,
    slug: 'angus-and-dundee-city-2025-03',
    version: 1,
    theme: null,
  });
  return {
    themesAcrossReports: {
      groupBy,
      reports: 2,
      groups:
        groupBy === 'QUALITY_INDICATOR'
          ? [
              { key: '1.3', label: '1.3 Leadership of change', strengths: 1, areasForImprovement: 1, total: 2, items: [area, item()] },
              { key: '', label: 'No quality indicator', strengths: 0, areasForImprovement: 3, total: 3, items: [area] },
            ]
          : [
              { key: 'Raising attainment in the senior phase', label: 'Raising attainment in the senior phase', strengths: 1, areasForImprovement: 0, total: 1, items: [item()] },
            ],
    },
    publishedReportFilters: { authorities: [{ id: FIFE, name: 'Fife' }], years: [2025, 2024] },
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('ThemesPage', { timeout: 15_000 }, () => {
  it('groups the items by quality indicator under headings, each item linking to its report', async () => {
    const calls = mockOperations(answer(ThemesQuery, themes()));
    renderAt(<ThemesPage />, { url: '/reports/themes', path: '/reports/themes' });
    expect(await screen.findByText('2 groups from 2 published reports')).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({ groupBy: 'QUALITY_INDICATOR', kind: null, authority: null, year: null });
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual([
      '1.3 Leadership of change',
      'No quality indicator',
    ]);
    const group = screen.getByRole('region', { name: '1.3 Leadership of change' });
    expect(group).toHaveTextContent('1 strength and 1 area for improvement.');
    expect(within(group).getAllByRole('heading', { level: 3 }).map((h) => h.textContent)).toEqual([
      'Strengths (1)',
      'Areas for improvement (1)',
    ]);
    expect(within(group).getByRole('link', { name: 'Fife, October 2024' })).toHaveAttribute('href', '/reports/fife-2024-10/versions/2');
    const area = within(group).getByRole('link', { name: 'Angus and Dundee City, March 2025' });
    expect(area).toHaveAttribute('href', '/reports/angus-and-dundee-city-2025-03/versions/1');
    expect(area.closest('li')).toHaveTextContent('Tracking of learners’ progress is not used consistently.');
    // Grouped by indicator, an item says its theme.
    expect(within(group).getByText(/theme: Raising attainment in the senior phase/)).toBeInTheDocument();
    const none = screen.getByRole('region', { name: 'No quality indicator' });
    expect(none).toHaveTextContent('0 strengths and 3 areas for improvement (the newest 1 of 3 are listed).');
  });

  it('puts the chosen filters in the address and asks for them, and groups by focus theme', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(ThemesQuery, (v: InsightThemes_ThemesQueryVariables) => themes(v.groupBy)),
    );
    renderAt(<ThemesPage />, { url: '/reports/themes', path: '/reports/themes' });
    await screen.findByText('2 groups from 2 published reports');
    await user.click(screen.getByRole('radio', { name: 'Focus theme' }));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Show' }), 'Strengths');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Host authority' }), 'Fife');
    await user.selectOptions(screen.getByRole('combobox', { name: 'Year of the review' }), '2024');
    await user.click(screen.getByRole('button', { name: 'Show the themes' }));
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent(`/reports/themes?by=theme&kind=strengths&authority=${FIFE}&year=2024`),
    );
    expect(await screen.findByText('1 group from 2 published reports')).toBeInTheDocument();
    expect(calls.at(-1)?.variables).toEqual({ groupBy: 'FOCUS_THEME', kind: 'STRENGTH', authority: FIFE, year: 2024 });
    const group = screen.getByRole('region', { name: 'Raising attainment in the senior phase' });
    // Grouped by theme, an item says its quality indicators.
    expect(within(group).getByText(/quality indicators 1\.3/)).toBeInTheDocument();
    await user.click(screen.getByRole('link', { name: 'Clear the filters' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/reports\/themes$/));
  });

  it('shows the server’s refusal of a year beside the year filter', async () => {
    mockOperations(answer(ThemesQuery, refusal('VALIDATION', 'Choose a year from 2000 to 2100', { field: 'year' })));
    renderAt(<ThemesPage />, { url: '/reports/themes?year=1999', path: '/reports/themes' });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose a year from 2000 to 2100' })).toHaveAttribute('href', '#themes-year');
    expect(screen.getByText('The themes could not be shown')).toBeInTheDocument();
  });
});

describe('themesVariables', () => {
  it('leaves out what cannot match: an authority that is not an id, a year that is not a number, an unknown kind', () => {
    expect(themesVariables({ by: 'indicator', kind: 'x', authority: 'fife', year: '20x4' })).toEqual({
      groupBy: 'QUALITY_INDICATOR',
      kind: null,
      authority: null,
      year: null,
    });
    expect(groupCounts({ strengths: 2, areasForImprovement: 1 })).toBe('2 strengths and 1 area for improvement');
  });
});
