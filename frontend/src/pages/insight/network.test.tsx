import { screen, within } from '@testing-library/react';
import {
  InsightNetwork_NetworkDocument as NetworkQuery,
  type InsightNetwork_NetworkQuery,
} from '../../gql/graphql';
import { answer, mockOperations, refusal, renderAt } from '../../test/render';
import { MATRIX_CAPTION, NetworkPage } from './network-page';
import { networkLayout } from './network-picture';

// The collaboration network: the matrix table (rows the officers'
// authority, columns the host) and the picture drawn from the same matrix
// beside it, which must agree arrow for cell.

const P = '0190a000-0000-7000-8000-000000000001';
const names = ['Angus', 'City of Edinburgh', 'Fife'];
const matrix = [
  [0, 2, 0],
  [1, 0, 3],
  [0, 1, 0],
];

function network(change: Partial<InsightNetwork_NetworkQuery['collaborationNetwork']> = {}): InsightNetwork_NetworkQuery {
  return {
    programme: { id: P, name: 'Quads 2024-25' },
    collaborationNetwork: {
      authorities: names.map((name, i) => ({ id: `a${i}`, name })),
      matrix,
      total: 7,
      ...change,
    },
  };
}

const at = { url: `/programmes/${P}/network`, path: '/programmes/:id/network' };

afterEach(() => vi.unstubAllGlobals());

describe('NetworkPage', { timeout: 15_000 }, () => {
  it('shows the matrix with row and column headers, and a picture whose arrows are the matrix’s cells', async () => {
    const calls = mockOperations(answer(NetworkQuery, network()));
    renderAt(<NetworkPage />, at);
    const table = await screen.findByRole('table', { name: MATRIX_CAPTION });
    expect(calls[0]?.variables).toEqual({ programmeId: P });
    expect(screen.getByText('7 team places between 3 authorities.')).toBeInTheDocument();
    expect(within(table).getAllByRole('columnheader').map((c) => c.textContent)).toEqual(names);
    for (const th of within(table).getAllByRole('columnheader')) expect(th).toHaveAttribute('scope', 'col');
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getByRole('rowheader').textContent)).toEqual(names);
    const edinburgh = rows[1] as HTMLElement;
    expect(within(edinburgh).getAllByRole('cell').map((c) => c.textContent)).toEqual([
      '1',
      '– (own reviews are not counted)',
      '3',
    ]);
    expect(screen.getByRole('region', { name: 'Collaboration matrix' })).toHaveAttribute('tabindex', '0');

    // The picture: named, described by the same data, pointing to the table.
    const picture = screen.getByRole('img', { name: 'Picture of the collaboration network' });
    expect(picture.querySelector('desc')?.textContent).toContain(`The data of the table “${MATRIX_CAPTION}” drawn as a network`);
    expect(picture).toHaveAccessibleDescription(/City of Edinburgh’s officers in reviews hosted by Fife: 3 team places\./);
    expect(picture).toHaveAccessibleDescription(/Angus’s officers in reviews hosted by City of Edinburgh: 2 team places\./);
    const arrows = [...picture.querySelectorAll('g[data-from]')].map((g) => [
      g.getAttribute('data-from'),
      g.getAttribute('data-to'),
      Number(g.getAttribute('data-count')),
      g.textContent,
    ]);
    // Exactly one arrow per non-zero cell of the table, with the cell's number on it.
    const cells = rows.flatMap((r, i) =>
      within(r)
        .getAllByRole('cell')
        .map((c, j) => [names[i], names[j], Number(c.textContent)] as const)
        .filter(([, , n]) => n > 0),
    );
    expect(arrows).toEqual(cells.map(([from, to, n]) => [from, to, n, String(n)]));
    expect([...picture.querySelectorAll('g[data-node]')].map((g) => g.textContent)).toEqual(names);
  });

  it('says so when no officer has taken part in another authority’s review', async () => {
    mockOperations(answer(NetworkQuery, network({ authorities: [], matrix: [], total: 0 })));
    renderAt(<NetworkPage />, at);
    expect(
      await screen.findByText('No officer has taken part in another authority’s review in this programme yet.'),
    ).toBeInTheDocument();
    expect(screen.queryByRole('img')).not.toBeInTheDocument();
  });

  it('says the page is not found for an unknown programme', async () => {
    mockOperations(answer(NetworkQuery, refusal('NOT_FOUND', 'No such programme')));
    renderAt(<NetworkPage />, at);
    expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
  });
});

describe('networkLayout', () => {
  it('puts the authorities on a circle and draws thicker arrows for larger counts, none on the diagonal', () => {
    const { nodes, arrows } = networkLayout(names, [
      [5, 2, 0],
      [1, 0, 4],
      [0, 0, 0],
    ]);
    const centre = nodes.map((n) => Math.hypot(n.x - 320, n.y - 320));
    for (const r of centre) expect(r).toBeCloseTo(200);
    expect(arrows.map((a) => [a.from, a.to, a.count])).toEqual([
      [0, 1, 2],
      [1, 0, 1],
      [1, 2, 4],
    ]);
    const width = (from: number, to: number) => arrows.find((a) => a.from === from && a.to === to)?.width ?? 0;
    expect(width(1, 2)).toBeGreaterThan(width(0, 1));
    expect(width(0, 1)).toBeGreaterThan(width(1, 0));
    // Arrows both ways between two authorities take different paths.
    expect(arrows[0]?.path).not.toEqual(arrows[1]?.path);
  });
});
