import { TableRegion } from '../../components/table-region';

export interface ScaleLevel {
  level: number;
  label: string;
}

export interface ComparedAuthority {
  authorityId: string;
  name: string;
}

export interface ComparedIndicator {
  number: string;
  title: string;
  /** In the authorities' order; null where there is no grade to compare. */
  grades: readonly { authorityId: string; grade?: number | null }[];
}

interface Props {
  caption: string;
  authorities: readonly ComparedAuthority[];
  indicators: readonly ComparedIndicator[];
  scale: readonly ScaleLevel[];
}

/** "4 (good)", or a dash with words for a screen reader when there is none. */
export function gradeText(grade: number | null | undefined, scale: readonly ScaleLevel[]): string {
  if (grade == null) return 'No grade';
  const label = scale.find((l) => l.level === grade)?.label;
  return label ? `${grade} (${label})` : String(grade);
}

const BAR_HEIGHT = 14;
const BAR_GAP = 4;
const GROUP_GAP = 18;
const LABEL_WIDTH = 48;
const CHART_WIDTH = 320;
// Told apart by pattern as well as colour (WCAG 1.4.1): each authority's
// bars have their own colour and their own dash on the outline.
const COLOURS = ['#0065bd', '#5e2b7e', '#b55b00', '#2a6f3e'];
const DASHES = ['', '4 2', '1 2', '6 2 1 2'];

/**
 * The quad's grades per indicator, as a table (the accessible source) and,
 * beside it, a bar chart drawn from the same data. The chart is decorative
 * for assistive technology (`aria-hidden`): everything it shows is in the
 * table, which the note beside it says.
 */
export function GradeComparison({ caption, authorities, indicators, scale }: Props) {
  const top = Math.max(6, ...scale.map((l) => l.level));
  const groupHeight = authorities.length * (BAR_HEIGHT + BAR_GAP) + GROUP_GAP;
  const height = indicators.length * groupHeight + 24;
  const barLength = (grade: number) => ((CHART_WIDTH - LABEL_WIDTH - 8) * grade) / top;
  return (
    <div className="quads-comparison">
      <TableRegion label={caption}>
        <table className="ds_table quads-comparison__table">
          <caption className="ds_table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Quality indicator</th>
              {authorities.map((a) => (
                <th scope="col" key={a.authorityId}>
                  {a.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {indicators.map((i) => (
              <tr key={i.number}>
                <th scope="row">
                  {i.number} {i.title}
                </th>
                {authorities.map((a) => {
                  const grade = i.grades.find((g) => g.authorityId === a.authorityId)?.grade;
                  return <td key={a.authorityId}>{grade == null ? <span aria-label="No grade">–</span> : gradeText(grade, scale)}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <figure className="quads-comparison__chart">
        <svg
          aria-hidden="true"
          focusable="false"
          width={CHART_WIDTH}
          height={height}
          viewBox={`0 0 ${CHART_WIDTH} ${height}`}
          data-testid="grade-chart"
        >
          {indicators.map((i, n) => {
            const y0 = n * groupHeight;
            return (
              <g key={i.number} transform={`translate(0 ${y0})`}>
                <text x={0} y={BAR_HEIGHT} fontSize="13" fill="#1a1a1a">
                  {i.number}
                </text>
                {authorities.map((a, k) => {
                  const grade = i.grades.find((g) => g.authorityId === a.authorityId)?.grade;
                  const y = k * (BAR_HEIGHT + BAR_GAP);
                  if (grade == null) {
                    return (
                      <text key={a.authorityId} x={LABEL_WIDTH} y={y + BAR_HEIGHT - 2} fontSize="11" fill="#5e5e5e">
                        –
                      </text>
                    );
                  }
                  return (
                    <rect
                      key={a.authorityId}
                      data-grade={grade}
                      x={LABEL_WIDTH}
                      y={y}
                      width={barLength(grade)}
                      height={BAR_HEIGHT}
                      fill={COLOURS[k % COLOURS.length]}
                      stroke="#1a1a1a"
                      strokeDasharray={DASHES[k % DASHES.length] || undefined}
                    />
                  );
                })}
              </g>
            );
          })}
        </svg>
        <figcaption>
          <p className="ds_hint-text">The chart shows the grades in the table: one bar per authority, longer for a higher grade.</p>
          <ul className="quads-comparison__key">
            {authorities.map((a, k) => (
              <li key={a.authorityId}>
                <span className={`quads-comparison__swatch quads-comparison__swatch--${k % COLOURS.length}`} aria-hidden="true" />
                {a.name}
              </li>
            ))}
          </ul>
        </figcaption>
      </figure>
    </div>
  );
}
