import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
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

  it('reports a review just scheduled once: not again after a reload, nor after the filters change', async () => {
    const user = userEvent.setup();
    mockGraphQL(({ query }) =>
      query.includes('ProgrammePage_Reviews')
        ? { data: { reviews: { total: 1, items: [review('b', 2, '2023-03', ['Fife'], null)] } } }
        : { data: { programme: PROGRAMME, authorities: [], materials: [] } },
    );
    renderAt(<ProgrammePage />, { url: '/programmes/p1?scheduled=Fife', path: '/programmes/:id', user: null });
    expect(await screen.findByText('The review of Fife is on the timetable.')).toBeInTheDocument();
    // Out of the address, so a reload does not repeat it.
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent(/^\/programmes\/p1$/));
    expect(screen.getByText('The review of Fife is on the timetable.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Phase'), '2');
    await user.click(screen.getByRole('button', { name: 'Apply filters' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('phase=2'));
    expect(screen.queryByText('The review of Fife is on the timetable.')).not.toBeInTheDocument();
  });

  it('is “Page not found” for a programme that does not exist', async () => {
    mockGraphQL(() => ({ data: null, errors: [{ message: 'No such programme', extensions: { code: 'NOT_FOUND' } }] }));
    renderAt(<ProgrammePage />, { url: '/programmes/p404', path: '/programmes/:id', user: null });
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
