import { screen, within } from '@testing-library/react';
import { mockGraphQL, renderAt } from '../test/render';
import { ProgrammePage } from './programme-page';

const PROGRAMME = {
  id: 'p1',
  name: 'Collaborative Improvement 2021-2024',
  kind: 'CI',
  phases: [
    { number: 1, from: '2021-09', to: '2022-06' },
    { number: 2, from: '2022-08', to: '2023-11' },
  ],
};

const review = (id: string, phase: number, targetMonth: string, hosts: string[], theme: string | null) => ({
  id,
  phase,
  targetMonth,
  theme,
  state: 'CLOSED',
  publishedReportUrl: null,
  hosts: hosts.map((name) => ({ id: name, name })),
  quad: null,
});

describe('ProgrammePage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the timetable by phase and month, a joint review under its hosts, with nothing for officers', async () => {
    const calls = mockGraphQL(({ query }) =>
      query.includes('ProgrammePage_Reviews')
        ? {
            data: {
              reviews: {
                total: 3,
                items: [
                  review('a', 1, '2022-05', ['Orkney Islands', 'Shetland Islands', 'Na h-Eileanan Siar'], 'Senior Phase'),
                  review('b', 2, '2023-03', ['Highland'], 'Quality Assurance'),
                  review('c', 2, '2023-03', ['East Ayrshire'], null),
                ],
              },
            },
          }
        : { data: { programme: PROGRAMME, authorities: [] } },
    );
    renderAt(<ProgrammePage />, { url: '/programmes/p1', path: '/programmes/:id', user: null });
    const tables = await screen.findAllByRole('table');
    expect(tables).toHaveLength(2);
    expect(within(tables[0] as HTMLElement).getByText('Phase 1: September 2021 to June 2022 (1 review)')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Orkney Islands, Shetland Islands and Na h-Eileanan Siar' })).toHaveAttribute(
      'href',
      '/reviews/a',
    );
    const march = within(tables[1] as HTMLElement).getByRole('rowheader', { name: 'March 2023' });
    expect(march).toHaveAttribute('rowspan', '2');
    expect(screen.getByText('Not agreed yet')).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Schedule a review' })).not.toBeInTheDocument();
    expect(calls.some((c) => c.query.includes('materials'))).toBe(false);
  });
});
