import { useId } from 'react';
import { TableRegion } from '../../components/table-region';
import './insight.css';

// A count per category as a table and, beside it, a bar chart drawn from
// the same rows: an SVG image named by its title and described in words
// (every bar's value), whose caption points to the table. Each bar carries
// its number as text, so neither colour nor length alone holds a count.

export interface CountRow {
  key: string;
  label: string;
  count: number;
}

/** "City of Edinburgh: 3." sentences for the chart's description. */
export function countSentence(rows: readonly CountRow[], unit: [string, string]): string {
  if (rows.length === 0) return 'No rows.';
  return rows.map((r) => `${r.label}: ${r.count} ${r.count === 1 ? unit[0] : unit[1]}.`).join(' ');
}

export function CountFigure({
  caption,
  heading,
  rows,
  unit = ['review', 'reviews'],
}: {
  /** The table's caption, also the chart's title. */
  caption: string;
  /** The first column's heading, e.g. "State". */
  heading: string;
  rows: readonly CountRow[];
  unit?: [string, string];
}) {
  return (
    <div className="quads-insight-figure">
      <TableRegion label={caption}>
        <table className="ds_table quads-insight-figure__table">
          <caption className="ds_table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{heading}</th>
              <th scope="col" className="quads-numeric">
                Reviews
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={r.key}>
                <th scope="row">{r.label}</th>
                <td className="quads-numeric">{r.count}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <BarChart title={caption} rows={rows} unit={unit} />
    </div>
  );
}

const WIDTH = 320;
const ROW = 34;
const BAR = 12;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/** Horizontal bars, one per row, each labelled with its category and count. */
export function BarChart({ title, rows, unit }: { title: string; rows: readonly CountRow[]; unit: [string, string] }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const max = Math.max(1, ...rows.map((r) => r.count));
  const height = Math.max(rows.length * ROW, ROW);
  const usable = WIDTH - 48;
  return (
    <figure className="quads-insight-figure__chart">
      <svg
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        data-testid="bar-chart"
      >
        <title id={titleId}>{`${title} (chart)`}</title>
        <desc id={descId}>{`The same figures as the table “${title}”. ${countSentence(rows, unit)}`}</desc>
        {rows.map((r, i) => {
          const y = i * ROW;
          const length = r.count === 0 ? 0 : Math.max((usable * r.count) / max, 2);
          return (
            <g key={r.key} aria-hidden="true" data-label={r.label} data-count={r.count}>
              <text x={0} y={y + 12} fontSize="13" fill="#1a1a1a">
                {clip(r.label, 44)}
              </text>
              {length > 0 && (
                <rect className="quads-insight-bar" x={0} y={y + 16} width={length} height={BAR} />
              )}
              <text x={length + 6} y={y + 27} fontSize="13" fontWeight="700" fill="#1a1a1a">
                {r.count}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="ds_hint-text">Chart of the figures in the table “{title}”: one bar per row, its number at its end.</figcaption>
    </figure>
  );
}
