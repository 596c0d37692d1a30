import { useId } from 'react';

// The collaboration network drawn from the matrix: the authorities on a
// circle, an arrow from the authority whose officers took part to the
// authority that hosted, as thick as its count and labelled with it. The
// picture is named and described in words (every arrow's count) and its
// description points to the table beside it, which holds the same data.

export interface NetworkNode {
  name: string;
  x: number;
  y: number;
  /** Where the label goes: to the right of a node on the right half, else to its left. */
  anchor: 'start' | 'end' | 'middle';
  labelX: number;
  labelY: number;
}

export interface NetworkArrow {
  from: number;
  to: number;
  count: number;
  path: string;
  labelX: number;
  labelY: number;
  width: number;
}

export const SIZE = 640;
const RADIUS = 200;
const NODE = 10;

/** Nodes on a circle and one arrow per non-zero cell of `matrix` (row = from, column = to). */
export function networkLayout(names: readonly string[], matrix: readonly (readonly number[])[]) {
  const n = names.length;
  const centre = SIZE / 2;
  const nodes: NetworkNode[] = names.map((name, i) => {
    const angle = n === 1 ? -Math.PI / 2 : -Math.PI / 2 + (2 * Math.PI * i) / n;
    const x = centre + RADIUS * Math.cos(angle);
    const y = centre + RADIUS * Math.sin(angle);
    const cos = Math.cos(angle);
    const anchor = Math.abs(cos) < 0.2 ? 'middle' : cos > 0 ? 'start' : 'end';
    const labelX = centre + (RADIUS + 18) * cos;
    const labelY = centre + (RADIUS + 18) * Math.sin(angle) + (Math.abs(cos) < 0.2 ? (Math.sin(angle) > 0 ? 12 : -4) : 4);
    return { name, x, y, anchor, labelX, labelY };
  });
  const max = Math.max(1, ...matrix.flat());
  const arrows: NetworkArrow[] = [];
  matrix.forEach((row, i) =>
    row.forEach((count, j) => {
      if (count <= 0 || i === j) return;
      const a = nodes[i];
      const b = nodes[j];
      if (!a || !b) return;
      // A gentle curve to the right of the direction of travel, so arrows
      // both ways between two authorities stay apart.
      const dx = b.x - a.x;
      const dy = b.y - a.y;
      const length = Math.hypot(dx, dy) || 1;
      const nx = -dy / length;
      const ny = dx / length;
      const bend = 0.15 * length;
      const cx = (a.x + b.x) / 2 + nx * bend;
      const cy = (a.y + b.y) / 2 + ny * bend;
      // Stop short of the nodes' circles.
      const shorten = (px: number, py: number, qx: number, qy: number, by: number) => {
        const d = Math.hypot(qx - px, qy - py) || 1;
        return [px + ((qx - px) * by) / d, py + ((qy - py) * by) / d] as const;
      };
      const [sx, sy] = shorten(a.x, a.y, cx, cy, NODE + 2);
      const [ex, ey] = shorten(b.x, b.y, cx, cy, NODE + 6);
      arrows.push({
        from: i,
        to: j,
        count,
        path: `M ${sx.toFixed(1)} ${sy.toFixed(1)} Q ${cx.toFixed(1)} ${cy.toFixed(1)} ${ex.toFixed(1)} ${ey.toFixed(1)}`,
        // The curve's middle: halfway between the chord's middle and the control point.
        labelX: (a.x + b.x) / 4 + cx / 2,
        labelY: (a.y + b.y) / 4 + cy / 2,
        width: 1.5 + (4.5 * count) / max,
      });
    }),
  );
  return { nodes, arrows };
}

/** "Fife’s officers in reviews hosted by City of Edinburgh: 2 team places." */
export function arrowSentence(from: string, to: string, count: number): string {
  return `${from}’s officers in reviews hosted by ${to}: ${count} team ${count === 1 ? 'place' : 'places'}.`;
}

export function NetworkPicture({
  names,
  matrix,
  tableCaption,
}: {
  names: readonly string[];
  matrix: readonly (readonly number[])[];
  tableCaption: string;
}) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const markerId = `${id}-arrow`;
  const { nodes, arrows } = networkLayout(names, matrix);
  const sentences = arrows.map((a) => arrowSentence(names[a.from] ?? '', names[a.to] ?? '', a.count)).join(' ');
  return (
    <figure className="quads-network__picture">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        viewBox={`-200 40 ${SIZE + 400} ${SIZE - 80}`}
        data-testid="network-picture"
      >
        <title id={titleId}>Picture of the collaboration network</title>
        <desc id={descId}>
          {`The data of the table “${tableCaption}” drawn as a network: ${names.length} authorities on a circle, ` +
            `an arrow from the authority whose officers took part to the authority that hosted the review, ` +
            `thicker for more team places and labelled with their number. ${sentences}`}
        </desc>
        <defs>
          <marker id={markerId} viewBox="0 0 10 10" refX="8" refY="5" markerWidth="4" markerHeight="4" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" fill="#0065bd" />
          </marker>
        </defs>
        <g aria-hidden="true">
          {arrows.map((a) => (
            <g key={`${a.from}-${a.to}`} data-from={names[a.from]} data-to={names[a.to]} data-count={a.count}>
              <path className="quads-network__edge" d={a.path} strokeWidth={a.width} markerEnd={`url(#${markerId})`} />
              <text
                x={a.labelX}
                y={a.labelY + 5}
                fontSize="24"
                fontWeight="700"
                textAnchor="middle"
                fill="#1a1a1a"
                stroke="#ffffff"
                strokeWidth="4"
                paintOrder="stroke"
              >
                {a.count}
              </text>
            </g>
          ))}
          {nodes.map((n) => (
            <g key={n.name} data-node={n.name}>
              <circle className="quads-network__node" cx={n.x} cy={n.y} r={NODE} />
              <text x={n.labelX} y={n.labelY} fontSize="24" textAnchor={n.anchor} fill="#1a1a1a">
                {n.name}
              </text>
            </g>
          ))}
        </g>
      </svg>
      <figcaption className="ds_hint-text">
        The picture draws the table “{tableCaption}”: each arrow goes from the authority whose officers took part to
        the authority that hosted, with the number of team places beside it.
      </figcaption>
    </figure>
  );
}
