import { useId } from 'react';
import { TableRegion } from '../../components/table-region';
import type { SurveyAnswer, SurveyOrganisationType } from '../../gql/graphql';
import {
  ANSWERS,
  ANSWER_LABELS,
  ORGANISATION_TYPE_LABELS,
  barSegments,
  barSentence,
  countOf,
  percentText,
  type AnswerCount,
} from './survey-format';
import './survey.css';

// One cut of the survey's results: a table of counts and percentages per
// statement and, beside it, the same counts as diverging stacked bars; the
// respondents by organisation type; the open comments without names. With
// fewer than three respondents the server sends counts only (no
// percentages, breakdown or comments) and this says why.

export interface ResultsData {
  invited: number;
  respondents: number;
  breakdownShown: boolean;
  byOrganisationType: readonly { organisationType: SurveyOrganisationType; count: number }[];
  statements: readonly {
    statement: { id: string; position: number; text: string };
    counts: readonly AnswerCount[];
  }[];
  comments: readonly string[];
}

function cell(counts: readonly AnswerCount[], answer: SurveyAnswer, withPercent: boolean): string {
  const count = countOf(counts, answer);
  const p = counts.find((c) => c.answer === answer)?.percentage;
  return withPercent && p != null ? `${count} (${percentText(p)})` : String(count);
}

// Drawn left to right: the legend follows the bars' order.
const DRAWN: readonly SurveyAnswer[] = ['STRONGLY_DISAGREE', 'DISAGREE', 'AGREE', 'STRONGLY_AGREE', 'DONT_KNOW'];

function Swatch({ answer }: { answer: SurveyAnswer }) {
  return (
    <svg viewBox="0 0 10 10" aria-hidden="true" focusable="false">
      <rect className={`quads-survey-bar quads-survey-bar--${answer.toLowerCase()}`} x="0.5" y="0.5" width="9" height="9" />
    </svg>
  );
}

/** The diverging bars: one per statement, each an image named by its counts. */
export function SurveyChart({ statements }: { statements: ResultsData['statements'] }) {
  const captionId = useId();
  return (
    <figure className="quads-survey-chart" aria-labelledby={captionId}>
      <ol className="quads-survey-chart__list">
        {statements.map((s) => (
          <li key={s.statement.id} className="quads-survey-chart__item">
            <p className="quads-survey-chart__statement" aria-hidden="true">
              {s.statement.position}. {s.statement.text}
            </p>
            <svg
              role="img"
              aria-label={`Statement ${s.statement.position}, ${s.statement.text}: ${barSentence(s.counts)}`}
              viewBox="0 0 100 10"
              preserveAspectRatio="none"
              data-testid={`bar-${s.statement.position}`}
            >
              {barSegments(s.counts).map((seg) => (
                <rect
                  key={seg.answer}
                  className={`quads-survey-bar quads-survey-bar--${seg.answer.toLowerCase()}`}
                  data-answer={seg.answer}
                  data-count={seg.count}
                  x={seg.x}
                  y={1}
                  width={seg.width}
                  height={8}
                />
              ))}
              <line className="quads-survey-axis" x1={38} x2={38} y1={0} y2={10} />
            </svg>
          </li>
        ))}
      </ol>
      <ul className="quads-survey-legend" aria-label="Key">
        {DRAWN.map((a) => (
          <li key={a}>
            <Swatch answer={a} />
            {ANSWER_LABELS[a]}
          </li>
        ))}
      </ul>
      <figcaption className="ds_hint-text" id={captionId}>
        Answers to each statement as bars: disagreement to the left of the centre line, agreement to the right, and
        “don’t know” apart on the far right. The table holds the same counts.
      </figcaption>
    </figure>
  );
}

export function SurveyResults({ results, cut }: { results: ResultsData; cut: string }) {
  const shown = results.breakdownShown;
  return (
    <>
      <p>
        {results.respondents} of {results.invited} invited {results.invited === 1 ? 'person' : 'people'} answered.
      </p>
      {!shown && (
        <div className="ds_inset-text" data-testid="few-respondents">
          <div className="ds_inset-text__text">
            Fewer than three people have answered, so only the counts are shown: no percentages, bars, breakdown by
            organisation type or comments, which could tell who answered.
          </div>
        </div>
      )}
      <h2>Answers to each statement</h2>
      <div className="quads-survey-results">
        <TableRegion label={`Answers to each statement, ${cut}`}>
          <table className="ds_table">
            <caption className="ds_table__caption visually-hidden">
              Answers to each statement, {cut}
              {shown ? ': counts and percentages of each statement’s answers' : ': counts'}
            </caption>
            <thead>
              <tr>
                <th scope="col">Statement</th>
                {ANSWERS.map((a) => (
                  <th scope="col" key={a}>
                    {ANSWER_LABELS[a]}
                  </th>
                ))}
                <th scope="col">Answers</th>
              </tr>
            </thead>
            <tbody>
              {results.statements.map((s) => (
                <tr key={s.statement.id} data-testid={`row-${s.statement.position}`}>
                  <th scope="row">
                    {s.statement.position}. {s.statement.text}
                  </th>
                  {ANSWERS.map((a) => (
                    <td key={a} data-answer={a}>
                      {cell(s.counts, a, shown)}
                    </td>
                  ))}
                  <td>{s.counts.reduce((n, c) => n + c.count, 0)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableRegion>
        {shown && <SurveyChart statements={results.statements} />}
      </div>
      {shown && (
        <>
          <h2>Who answered</h2>
          <TableRegion label="Respondents by organisation type">
            <table className="ds_table">
              <caption className="ds_table__caption visually-hidden">Respondents by organisation type</caption>
              <thead>
                <tr>
                  <th scope="col">Organisation type</th>
                  <th scope="col">Respondents</th>
                </tr>
              </thead>
              <tbody>
                {results.byOrganisationType.map((o) => (
                  <tr key={o.organisationType}>
                    <th scope="row">{ORGANISATION_TYPE_LABELS[o.organisationType]}</th>
                    <td>{o.count}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </TableRegion>
          <h2>Comments</h2>
          {results.comments.length === 0 ? (
            <p>No one left a comment.</p>
          ) : (
            <ul className="ds_no-bullets quads-survey-comments" aria-label="Comments, without names">
              {results.comments.map((c, i) => (
                <li key={i}>
                  <blockquote className="ds_inset-text">
                    <p className="ds_inset-text__text">{c}</p>
                  </blockquote>
                </li>
              ))}
            </ul>
          )}
        </>
      )}
    </>
  );
}
