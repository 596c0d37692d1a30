import { screen, within } from '@testing-library/react';
import { PublicReportPage_ReportDocument as ReportQuery, type PublicReportPage_ReportQuery } from '../../gql/graphql';
import { answer, mockOperations, renderAt } from '../../test/render';
import { PublicReportPage } from './public-report-page';

// The public report page: its sections, items, focus and versions, and the
// superseded notice, for an anonymous visitor.

type Report = NonNullable<PublicReportPage_ReportQuery['publishedReport']>;

const versions = [
  { slug: 'fife-2026-03', version: 1, publishedAt: '2026-05-10T09:00:00Z', changeNote: null },
  { slug: 'fife-2026-03', version: 2, publishedAt: '2026-06-01T09:00:00Z', changeNote: 'The number of schools.' },
];

function report(change: Partial<Report> = {}): Report {
  return {
    slug: 'fife-2026-03',
    version: 2,
    publishedAt: '2026-06-01T09:00:00Z',
    changeNote: 'The number of schools.',
    latestVersion: 2,
    superseded: false,
    hostNames: ['Fife Council'],
    programmeName: 'Collaborative Improvement 2025-26',
    targetMonth: '2026-03',
    focusTheme: 'Attainment in the senior phase',
    keyQuestions: ['How well do pathways meet needs?'],
    pdfUrl: '/reports/fife-2026-03/versions/2/report.pdf',
    sections: [
      { key: 'CONTEXT', title: 'Context', text: 'Fife has 18 secondary schools.' },
      { key: 'STRENGTHS', title: 'Strengths', text: '' },
      { key: 'AREAS_FOR_IMPROVEMENT', title: 'Areas for improvement', text: 'In summary:' },
      { key: 'NEXT_STEPS', title: 'Next steps', text: '' },
    ],
    strengths: [{ id: 's1', kind: 'STRENGTH', text: 'Strong leadership.', indicators: ['1.1', '2.3'], position: 0 }],
    areasForImprovement: [{ id: 'a1', kind: 'AREA_FOR_IMPROVEMENT', text: 'Tracking.', indicators: ['1.2'], position: 0 }],
    impactMeasures: [],
    versions,
    ...change,
  };
}

afterEach(() => vi.unstubAllGlobals());

describe('PublicReportPage', () => {
  it('shows the latest version: focus, a heading per section, items with their indicators, the versions', async () => {
    const calls = mockOperations(answer(ReportQuery, { publishedReport: report() }));
    renderAt(<PublicReportPage />, { url: '/reports/fife-2026-03', path: '/reports/:slug' });
    expect(await screen.findByRole('heading', { level: 1, name: 'Review report: Fife Council, March 2026' })).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({ slug: 'fife-2026-03', version: null });
    expect(screen.getByRole('heading', { name: 'The review’s focus' })).toBeInTheDocument();
    expect(screen.getByText('How well do pathways meet needs?')).toBeInTheDocument();
    for (const title of ['Context', 'Strengths', 'Areas for improvement', 'Next steps']) {
      expect(screen.getByRole('heading', { level: 2, name: title })).toBeInTheDocument();
    }
    const strength = screen.getByRole('listitem', { name: 'Strength 1' });
    expect(strength).toHaveTextContent('Strong leadership.');
    expect(strength).toHaveTextContent('Quality indicators 1.1 and 2.3');
    expect(screen.queryByText('This version is superseded')).not.toBeInTheDocument();
    const list = screen.getByRole('region', { name: 'Versions of this report' });
    expect(within(list).getByRole('link', { name: 'Version 1' })).toHaveAttribute('href', '/reports/fife-2026-03/versions/1');
    expect(list).toHaveTextContent('Version 2 (this version), published 1 June 2026 (latest): The number of schools.');
  });

  it('shows the impact measures a host lead published, in a table with the change and a chart of the same figures', async () => {
    const impactMeasures = [
      {
        name: 'Positive destinations',
        learnerGroup: 'SIMD Q1',
        unit: 'PERCENT' as const,
        baselineValue: '93.2',
        baselinePeriod: '2022-23',
        laterValue: '95.7',
        laterPeriod: '2024-25',
        change: '+2.5',
        changeText: '+2.5 percentage points',
      },
    ];
    mockOperations(answer(ReportQuery, { publishedReport: report({ impactMeasures }) }));
    renderAt(<PublicReportPage />, { url: '/reports/fife-2026-03', path: '/reports/:slug' });
    const impact = await screen.findByRole('region', { name: 'Impact since the review' });
    const row = within(impact).getByRole('row', { name: /Positive destinations/ });
    expect(row).toHaveTextContent('93.2% (2022-23)');
    expect(row).toHaveTextContent('+2.5 percentage points');
    expect(within(impact).getByRole('img', { name: /95.7% in 2024-25 \(\+2.5 percentage points\)/ })).toBeInTheDocument();
  });

  it('has no impact section while no measure is published', async () => {
    mockOperations(answer(ReportQuery, { publishedReport: report() }));
    renderAt(<PublicReportPage />, { url: '/reports/fife-2026-03', path: '/reports/:slug' });
    await screen.findByRole('heading', { level: 1, name: 'Review report: Fife Council, March 2026' });
    expect(screen.queryByRole('region', { name: 'Impact since the review' })).not.toBeInTheDocument();
  });

  it('offers this version as a PDF to download, with its file type, and each version’s PDF in the list', async () => {
    mockOperations(answer(ReportQuery, { publishedReport: report() }));
    renderAt(<PublicReportPage />, { url: '/reports/fife-2026-03', path: '/reports/:slug' });
    const download = await screen.findByRole('link', { name: 'Review report: Fife Council, March 2026 (version 2)' });
    expect(download).toHaveAttribute('href', '/reports/fife-2026-03/versions/2/report.pdf');
    expect(download).toHaveAccessibleDescription(/File type\s*PDF/);
    const list = screen.getByRole('region', { name: 'Versions of this report' });
    expect(within(list).getByRole('link', { name: 'PDF of version 1' })).toHaveAttribute(
      'href',
      '/reports/fife-2026-03/versions/1/report.pdf',
    );
    expect(within(list).getByRole('link', { name: 'PDF of version 2' })).toHaveAttribute(
      'href',
      '/reports/fife-2026-03/versions/2/report.pdf',
    );
  });

  it('says an earlier version is superseded and links to the latest', async () => {
    const calls = mockOperations(
      answer(ReportQuery, { publishedReport: report({ version: 1, superseded: true, changeNote: null }) }),
    );
    renderAt(<PublicReportPage />, { url: '/reports/fife-2026-03/versions/1', path: '/reports/:slug/versions/:version' });
    expect(await screen.findByRole('heading', { name: 'This version is superseded' })).toBeInTheDocument();
    expect(calls[0]?.variables).toEqual({ slug: 'fife-2026-03', version: 1 });
    expect(screen.getByRole('link', { name: 'read the latest version (version 2)' })).toHaveAttribute(
      'href',
      '/reports/fife-2026-03',
    );
  });

  it('is not found for an unknown report or a version that is not a number', async () => {
    mockOperations(answer(ReportQuery, { publishedReport: null }));
    renderAt(<PublicReportPage />, { url: '/reports/nowhere', path: '/reports/:slug' });
    expect(await screen.findByRole('heading', { name: /not found/i })).toBeInTheDocument();
    vi.unstubAllGlobals();
    const calls = mockOperations();
    renderAt(<PublicReportPage />, { url: '/reports/fife-2026-03/versions/two', path: '/reports/:slug/versions/:version' });
    expect(screen.getAllByRole('heading', { name: /not found/i }).length).toBeGreaterThan(0);
    expect(calls).toHaveLength(0);
  });
});
