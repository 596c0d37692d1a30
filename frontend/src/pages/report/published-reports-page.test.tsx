import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  PublishedReportsPage_IndexDocument as IndexQuery,
  type PublishedReportsPage_IndexQuery,
  type PublishedReportsPage_IndexQueryVariables,
} from '../../gql/graphql';
import { answer, mockOperations, refusal, renderAt } from '../../test/render';
import { PublishedReportsPage, resultCount, variablesOf } from './published-reports-page';

// The public index of reports, for an anonymous visitor: reports published
// here beside imported reviews, the search and filters kept in the address,
// the count announced, and clear messages for searches that find nothing or
// cannot search.

type Index = PublishedReportsPage_IndexQuery;
type Row = Index['publishedReports']['items'][number];

const EDINBURGH = '0190a000-0000-7000-8000-000000000001';
const FIFE = '0190a000-0000-7000-8000-000000000002';

const published: Row = {
  reviewId: 'r1',
  slug: 'city-of-edinburgh-2025-03',
  version: 2,
  hostNames: ['City of Edinburgh'],
  programmeName: 'Quads 2024-25',
  targetMonth: '2025-03',
  focusTheme: 'Improving attendance',
  publishedAt: '2025-06-02T09:00:00Z',
  snippet: null,
  externalUrl: null,
  imported: false,
  pdfUrl: '/reports/city-of-edinburgh-2025-03/versions/2/report.pdf',
};
const importedWithLink: Row = {
  reviewId: 'r2',
  slug: null,
  version: null,
  hostNames: ['Fife'],
  programmeName: 'Collaborative Improvement 2021-2024',
  targetMonth: '2021-10',
  focusTheme: 'Support for school improvement',
  publishedAt: null,
  snippet: null,
  externalUrl: 'https://example.org/ci/fife-2021.pdf',
  imported: true,
  pdfUrl: null,
};
const importedWithout: Row = {
  ...importedWithLink,
  reviewId: 'r3',
  hostNames: ['Orkney Islands', 'Shetland Islands'],
  targetMonth: '2022-03',
  focusTheme: null,
  externalUrl: null,
};

const filters: Index['publishedReportFilters'] = {
  themes: ['Improving attendance', 'Inclusion', 'Support for school improvement'],
  authorities: [
    { id: EDINBURGH, name: 'City of Edinburgh' },
    { id: FIFE, name: 'Fife' },
  ],
  years: [2025, 2022, 2021],
};

function index(items: Row[], change: Partial<Index['publishedReports']> = {}): Index {
  return { publishedReports: { total: items.length, notice: null, items, ...change }, publishedReportFilters: filters };
}

afterEach(() => vi.unstubAllGlobals());

const status = () => screen.getAllByRole('status').find((s) => s.textContent !== 'Loading…' && s.textContent !== '');

describe('PublishedReportsPage', () => {
  it('lists reports published here beside imported reviews, linking out where the report is elsewhere', async () => {
    const calls = mockOperations(answer(IndexQuery, index([published, importedWithLink, importedWithout])));
    renderAt(<PublishedReportsPage />, { url: '/reports', path: '/reports' });
    expect(await screen.findByRole('heading', { level: 2, name: '3 reports' })).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({ text: null, theme: null, authority: null, year: null, offset: 0, limit: 20 });

    const items = screen.getAllByRole('listitem');
    const [here, elsewhere, nowhere] = items as [HTMLElement, HTMLElement, HTMLElement];
    expect(within(here).getByRole('link', { name: 'City of Edinburgh, March 2025' })).toHaveAttribute(
      'href',
      '/reports/city-of-edinburgh-2025-03',
    );
    expect(here).toHaveTextContent('Improving attendance');
    expect(here).toHaveTextContent('Published2 June 2025 (version 2)');
    expect(within(here).getByRole('link', { name: 'PDF of the report on City of Edinburgh, March 2025' })).toHaveAttribute(
      'href',
      '/reports/city-of-edinburgh-2025-03/versions/2/report.pdf',
    );

    const out = within(elsewhere).getByRole('link', { name: /Fife, October 2021/ });
    expect(out).toHaveAttribute('href', 'https://example.org/ci/fife-2021.pdf');
    expect(out).toHaveTextContent('(on another website)');
    expect(elsewhere).toHaveTextContent('Collaborative Improvement 2021-2024');
    expect(within(elsewhere).queryByRole('link', { name: /PDF/ })).not.toBeInTheDocument();

    expect(within(nowhere).queryByRole('link')).not.toBeInTheDocument();
    expect(nowhere).toHaveTextContent('Orkney Islands and Shetland Islands, March 2022');
    expect(nowhere).toHaveTextContent('No theme recorded');
    expect(nowhere).toHaveTextContent('Reportnot available online');
  });

  it('searches what the address holds, shows it in the form, and announces how many match', async () => {
    const calls = mockOperations(
      answer(IndexQuery, index([{ ...published, snippet: '… the authority is improving attendance in …' }], { total: 21 })),
    );
    renderAt(<PublishedReportsPage />, {
      url: `/reports?q=improving&theme=Improving+attendance&authority=${EDINBURGH}&year=2025&page=2`,
      path: '/reports',
    });
    expect(await screen.findByRole('heading', { level: 2, name: '21 reports match your search' })).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({
      text: 'improving',
      theme: 'Improving attendance',
      authority: EDINBURGH,
      year: 2025,
      offset: 20,
      limit: 20,
    });
    expect(screen.getByRole('searchbox', { name: 'Search the reports' })).toHaveValue('improving');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('Improving attendance');
    expect(screen.getByRole('combobox', { name: 'Host authority' })).toHaveValue(EDINBURGH);
    expect(screen.getByRole('combobox', { name: 'Year of the review' })).toHaveValue('2025');
    expect(screen.getByText('… the authority is improving attendance in …')).toBeInTheDocument();
    const pages = screen.getByRole('navigation', { name: 'Pages of reports' });
    expect(pages).toHaveTextContent('Page 2 of 2');
    expect(within(pages).getByRole('link', { name: 'Previous page' }).getAttribute('href')).toContain('page=1');
  });

  it('puts a search made by keyboard in the address, as a GET form does, and clears it again', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(IndexQuery, (v: PublishedReportsPage_IndexQueryVariables) =>
        index(v.theme === 'Inclusion' ? [] : [published, importedWithLink]),
      ),
    );
    renderAt(<PublishedReportsPage />, { url: '/reports', path: '/reports' });
    await screen.findByRole('heading', { level: 2, name: '2 reports' });
    const form = screen.getByRole('search', { name: 'Published reports' });
    expect(form).toHaveAttribute('method', 'get');
    expect(form).toHaveAttribute('action', '/reports');

    await user.click(screen.getByRole('searchbox', { name: 'Search the reports' }));
    await user.keyboard('  positive destinations ');
    await user.tab();
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveFocus();
    await user.selectOptions(screen.getByRole('combobox', { name: 'Theme' }), 'Inclusion');
    await user.click(screen.getByRole('searchbox', { name: 'Search the reports' }));
    await user.keyboard('{Enter}');
    await waitFor(() =>
      expect(screen.getByTestId('location')).toHaveTextContent('/reports?q=positive+destinations&theme=Inclusion'),
    );
    expect(await screen.findByRole('heading', { level: 2, name: 'No reports match your search' })).toBeInTheDocument();
    expect(calls.at(-1)?.variables).toMatchObject({ text: 'positive destinations', theme: 'Inclusion', offset: 0 });
    expect(screen.getByText('checking the spelling of the words you searched for')).toBeInTheDocument();

    await user.click(screen.getByRole('link', { name: 'Clear search and filters' }));
    await screen.findByRole('heading', { level: 2, name: '2 reports' });
    expect(screen.getByTestId('location')).toHaveTextContent(/^\/reports$/);
    expect(screen.getByRole('searchbox', { name: 'Search the reports' })).toHaveValue('');
    expect(screen.getByRole('combobox', { name: 'Theme' })).toHaveValue('');
  });

  it('says why a search of punctuation alone finds nothing, without an error', async () => {
    const notice = 'Type a word to search for: punctuation alone finds nothing.';
    const calls = mockOperations(answer(IndexQuery, index([], { notice })));
    renderAt(<PublishedReportsPage />, { url: '/reports?q=%3F%21%3F', path: '/reports' });
    expect(await screen.findByRole('heading', { level: 2, name: 'No reports match your search' })).toBeInTheDocument();
    expect(calls[0]?.variables).toMatchObject({ text: '?!?' });
    expect(status()).toHaveTextContent(notice);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });

  it('sends a very long search only just past the limit, and shows the server’s notice', async () => {
    const notice = 'Search for at most 200 characters.';
    const calls = mockOperations(answer(IndexQuery, index([], { notice })));
    renderAt(<PublishedReportsPage />, { url: `/reports?q=${'a'.repeat(5000)}`, path: '/reports' });
    expect(await screen.findByText(notice)).toBeInTheDocument();
    expect(calls[0]?.variables.text).toHaveLength(201);
  });

  it('shows the server’s refusal of a filter in the error summary, linked to the filter', async () => {
    mockOperations(answer(IndexQuery, refusal('VALIDATION', 'Choose a year from 2000 to 2100', { field: 'year' })));
    renderAt(<PublishedReportsPage />, { url: '/reports?year=1999', path: '/reports' });
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose a year from 2000 to 2100' })).toHaveAttribute('href', '#year');
    expect(screen.getByRole('heading', { level: 2, name: 'The search failed' })).toBeInTheDocument();
    expect(screen.getByRole('combobox', { name: 'Year of the review' })).toHaveAccessibleDescription(
      /Choose a year from 2000 to 2100/,
    );
  });

  it('says the service failed, in words, when it answers with an internal error', async () => {
    mockOperations(answer(IndexQuery, refusal('INTERNAL', 'database is locked')));
    renderAt(<PublishedReportsPage />, { url: '/reports', path: '/reports' });
    expect(await screen.findByRole('alert')).toHaveTextContent('Sorry, there is a problem with the service. Try again later.');
    expect(screen.queryByText('database is locked')).not.toBeInTheDocument();
  });
});

describe('variablesOf', () => {
  const none = { q: '', theme: '', authority: '', year: '' };

  it('leaves out an authority that is not an id and a year that is not a number, and trims the text', () => {
    expect(variablesOf({ q: '  inclusion ', theme: ' ', authority: 'fife', year: '20x5' }, 1)).toEqual({
      text: 'inclusion',
      theme: null,
      authority: null,
      year: null,
      offset: 0,
      limit: 20,
    });
  });

  it('keeps the offset a 32-bit number however far the page in the address', () => {
    expect(variablesOf(none, 3).offset).toBe(40);
    expect(variablesOf(none, 1e12).offset).toBeLessThan(2 ** 31);
  });
});

describe('resultCount', () => {
  it('counts reports, and says whether they match a search', () => {
    expect(resultCount(0, false)).toBe('No reports yet');
    expect(resultCount(1, false)).toBe('1 report');
    expect(resultCount(1, true)).toBe('1 report matches your search');
    expect(resultCount(7, true)).toBe('7 reports match your search');
  });
});
