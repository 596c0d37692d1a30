import { screen, within } from '@testing-library/react';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { InsightOpenData_ProgrammesDocument as ProgrammesQuery } from '../../gql/graphql';
import { answer, mockOperations, renderAt } from '../../test/render';
import { OpenDataPage, REPORT_COLUMNS, TIMETABLE_COLUMNS } from './open-data-page';

// The open data page: links to the reports' and each programme's
// timetable CSV and JSON files and to the Atom feed, with each file's
// columns documented in the order the files hold them.

afterEach(() => vi.unstubAllGlobals());

describe('OpenDataPage', { timeout: 15_000 }, () => {
  it('links to every download and the feed, saying what each holds', async () => {
    mockOperations(
      answer(ProgrammesQuery, {
        programmes: [
          { id: 'p1', name: 'Quads 2024-25' },
          { id: 'p2', name: 'Collaborative Improvement 2021-2024' },
        ],
      }),
    );
    renderAt(<OpenDataPage />, { url: '/open-data', path: '/open-data' });
    const quads = await screen.findByRole('link', { name: 'timetable of Quads 2024-25 (CSV)' });
    expect(quads).toHaveAttribute('href', '/open-data/programmes/p1/timetable.csv');
    expect(screen.getByRole('link', { name: 'timetable of Collaborative Improvement 2021-2024 (JSON)' })).toHaveAttribute(
      'href',
      '/open-data/programmes/p2/timetable.json',
    );
    expect(screen.getByRole('link', { name: 'Published reports (CSV)' })).toHaveAttribute('href', '/open-data/reports.csv');
    expect(screen.getByRole('link', { name: 'Published reports (JSON)' })).toHaveAttribute('href', '/open-data/reports.json');
    const feed = screen.getByRole('link', { name: 'Published reports feed (Atom)' });
    expect(feed).toHaveAttribute('href', '/reports/feed.atom');
    expect(feed).toHaveAttribute('type', 'application/atom+xml');

    const reports = screen.getByRole('table', { name: 'Columns of the published reports file' });
    expect(within(reports).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(REPORT_COLUMNS.map(([c]) => c));
    const timetable = screen.getByRole('table', { name: 'Columns of a programme timetable file' });
    expect(within(timetable).getAllByRole('rowheader').map((c) => c.textContent)).toEqual(TIMETABLE_COLUMNS.map(([c]) => c));
  });

  it('documents the columns in the contract’s order', () => {
    expect(TIMETABLE_COLUMNS.map(([c]) => c).join(',')).toBe(
      'review_id,programme_id,programme_name,phase,target_month,state,state_label,theme,host_names,host_gss_codes,quad_name,imported,report_url',
    );
    expect(REPORT_COLUMNS.map(([c]) => c).join(',')).toBe(
      'review_id,slug,version,first_published_at,published_at,programme_id,programme_name,phase,target_month,theme,host_names,host_gss_codes,strengths,areas_for_improvement,report_url,pdf_url',
    );
  });

  it('names the feed in the page head, so browsers and feed readers find it', () => {
    const html = readFileSync(join(process.cwd(), 'index.html'), 'utf8');
    expect(html).toMatch(/<link rel="alternate" type="application\/atom\+xml" title="[^"]+" href="\/reports\/feed\.atom" \/>/);
  });
});
