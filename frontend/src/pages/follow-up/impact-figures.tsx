import { useId, type ReactNode } from 'react';
import { TableRegion } from '../../components/table-region';
import type { ImpactUnit } from '../../gql/graphql';
import { valueText } from './follow-up-format';
import './impact.css';

// Impact measures as a table (the figures as reports state them, with the
// change the server computed) and, beside it, a chart drawn from the same
// figures: an SVG image whose text alternative says every bar's value.
// Used on the follow-up tab and on the public report.

export interface ImpactFigure {
  name: string;
  learnerGroup: string;
  unit: ImpactUnit;
  baselineValue: string;
  baselinePeriod: string;
  laterValue?: string | null;
  laterPeriod?: string | null;
  noLaterValueReason?: string | null;
  changeText?: string | null;
}

/** "Positive destinations, All pupils: 93.2% in 2022-23, then 95.7% in 2024-25 (+2.5 percentage points)." */
export function figureSentence(m: ImpactFigure): string {
  const baseline = `${valueText(m.baselineValue, m.unit)} in ${m.baselinePeriod}`;
  const later =
    m.laterValue != null
      ? `, then ${valueText(m.laterValue, m.unit)} in ${m.laterPeriod ?? ''}${m.changeText ? ` (${m.changeText})` : ''}`
      : ', no later value yet';
  return `${m.name}, ${m.learnerGroup}: ${baseline}${later}.`;
}

export function ImpactFigures({
  caption,
  measures,
  extraColumns,
}: {
  caption: string;
  measures: readonly ImpactFigure[];
  /** More columns (heading and a cell per measure), e.g. publication and buttons on the tab. */
  extraColumns?: { heading: ReactNode; cell: (index: number) => ReactNode }[];
}) {
  return (
    <div className="quads-impact">
      <TableRegion label={caption}>
        <table className="ds_table quads-impact__table">
          <caption className="ds_table__caption">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">Measure</th>
              <th scope="col">Learner group</th>
              <th scope="col">Baseline</th>
              <th scope="col">Later</th>
              <th scope="col">Change</th>
              {extraColumns?.map((c, i) => (
                <th scope="col" key={i}>
                  {c.heading}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {measures.map((m, i) => (
              <tr key={i}>
                <th scope="row">{m.name}</th>
                <td>{m.learnerGroup}</td>
                <td>
                  {valueText(m.baselineValue, m.unit)} ({m.baselinePeriod})
                </td>
                <td>
                  {m.laterValue != null ? (
                    `${valueText(m.laterValue, m.unit)} (${m.laterPeriod ?? ''})`
                  ) : (
                    <>
                      Not yet
                      {m.noLaterValueReason ? `: ${m.noLaterValueReason}` : ''}
                    </>
                  )}
                </td>
                <td>{m.changeText ?? '–'}</td>
                {extraColumns?.map((c, k) => <td key={k}>{c.cell(i)}</td>)}
              </tr>
            ))}
          </tbody>
        </table>
      </TableRegion>
      <ImpactChart measures={measures} />
    </div>
  );
}

const WIDTH = 320;
const BAR = 14;
const LINE = 16;
const ROW = LINE + BAR + 6;
const TITLE = 20;
const GAP = 14;

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

/**
 * Each measure's baseline and later value as two bars on the measure's own
 * scale (0–100 for a percentage, up to the larger value for a count), each
 * labelled with its period and value in words, so neither colour nor
 * length alone carries the figure.
 */
export function ImpactChart({ measures }: { measures: readonly ImpactFigure[] }) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  const groupHeight = TITLE + 2 * ROW + GAP;
  const height = Math.max(measures.length * groupHeight, 1);
  const usable = WIDTH - 8;
  return (
    <figure className="quads-impact__chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        width={WIDTH}
        height={height}
        viewBox={`0 0 ${WIDTH} ${height}`}
        data-testid="impact-chart"
      >
        <title id={titleId}>Impact measures: baseline and later values</title>
        <desc id={descId}>{measures.map(figureSentence).join(' ')}</desc>
        {measures.map((m, i) => {
          const baseline = Number(m.baselineValue);
          const later = m.laterValue != null ? Number(m.laterValue) : null;
          const top = m.unit === 'PERCENT' ? 100 : Math.max(baseline, later ?? 0, 1);
          const length = (v: number) => Math.max((usable * v) / top, 1);
          const rows: { label: string; value: number | null; kind: 'baseline' | 'later' }[] = [
            { label: `Baseline, ${m.baselinePeriod}: ${valueText(m.baselineValue, m.unit)}`, value: baseline, kind: 'baseline' },
            {
              label:
                later !== null
                  ? `Later, ${m.laterPeriod ?? ''}: ${valueText(m.laterValue ?? '', m.unit)}${m.changeText ? ` (${m.changeText})` : ''}`
                  : 'Later: no value yet',
              value: later,
              kind: 'later',
            },
          ];
          return (
            <g key={i} transform={`translate(0 ${i * groupHeight})`} aria-hidden="true">
              <text x={0} y={14} fontSize="14" fontWeight="700" fill="#1a1a1a">
                {clip(`${m.name} (${m.learnerGroup})`, 40)}
              </text>
              {rows.map((r, k) => {
                const y = TITLE + k * ROW;
                return (
                  <g key={r.kind}>
                    <text x={0} y={y + 12} fontSize="13" fill="#1a1a1a">
                      {clip(r.label, 46)}
                    </text>
                    {r.value !== null && (
                      <rect
                        className={`quads-impact__bar quads-impact__bar--${r.kind}`}
                        data-value={r.value}
                        x={0}
                        y={y + LINE}
                        width={length(r.value)}
                        height={BAR}
                      />
                    )}
                  </g>
                );
              })}
            </g>
          );
        })}
      </svg>
      <figcaption className="ds_hint-text">
        The chart shows the figures in the table: for each measure, a bar for the baseline (solid, grey) and one for the
        later value (blue, with a dashed outline), on a scale of 0 to 100 for percentages.
      </figcaption>
    </figure>
  );
}
