import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { NotificationBanner } from '../../components/notification-banner';
import { Page } from '../../components/page';
import { QueryStatus } from '../../components/query-errors';
import { TextInput } from '../../components/text-input';
import { Textarea } from '../../components/textarea';
import { graphql } from '../../gql';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';

// A programme's survey statements and how long its surveys stay open
// (/programmes/:id/survey/statements, programme officers). The statements
// can be changed until the programme's first survey invitation is sent;
// after that the page lists them and says why they are fixed.

const SettingsQuery = graphql(`
  query SurveyStatementsPage_Settings($id: UUID!) {
    programme(id: $id) {
      id
      name
    }
    surveySettings(programmeId: $id) {
      programmeId
      editable
      closeAfterWeeks
      maxStatements
      statementMaxChars
      statements {
        id
        position
        text
      }
    }
  }
`);

const SetStatementsMutation = graphql(`
  mutation SurveyStatementsPage_SetStatements($id: UUID!, $statements: [String!]!) {
    setSurveyStatements(programmeId: $id, statements: $statements) {
      programmeId
      editable
      statements {
        id
        position
        text
      }
    }
  }
`);

const SetWeeksMutation = graphql(`
  mutation SurveyStatementsPage_SetWeeks($id: UUID!, $weeks: Int!) {
    setSurveyCloseAfterWeeks(programmeId: $id, weeks: $weeks) {
      programmeId
      closeAfterWeeks
    }
  }
`);

export const LOCKED_REASON =
  'The statements can no longer be changed: this programme’s first survey invitations have been sent, and answers to different statements could not be counted together.';

function statementInputId(index: number) {
  return `statement-${index + 1}`;
}

/** The statements being edited, checked as the server checks them. */
export function statementProblems(texts: readonly string[], max: number, maxChars: number): ApiError[] {
  const problems: ApiError[] = [];
  if (texts.length === 0) problems.push(validationError('statements', 'Add at least one statement'));
  if (texts.length > max) problems.push(validationError('statements', `A survey can have up to ${max} statements`));
  const seen = new Set<string>();
  texts.forEach((t, i) => {
    const text = t.trim();
    if (text === '') problems.push(validationError(`statements.${i}`, `Enter statement ${i + 1}, or remove it`));
    else if (text.length > maxChars)
      problems.push(validationError(`statements.${i}`, `Statement ${i + 1} must be ${maxChars} characters or fewer`));
    else if (seen.has(text.toLowerCase()))
      problems.push(validationError(`statements.${i}`, `Statement ${i + 1} repeats an earlier statement`));
    seen.add(text.toLowerCase());
  });
  return problems;
}

export function SurveyStatementsPage() {
  const { id = '' } = useParams();
  const { data, loading, errors, refetch } = useQuery(SettingsQuery, { id });
  const [saveStatements, statementsState] = useMutation(SetStatementsMutation);
  const [saveWeeks, weeksState] = useMutation(SetWeeksMutation);
  const [texts, setTexts] = useState<string[] | null>(null);
  const [weeks, setWeeks] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const settings = data?.surveySettings;
  const programme = data?.programme;
  if (!settings || !programme) {
    return (
      <Page title="Survey statements">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  const current = texts ?? settings.statements.map((s) => s.text);
  const weeksText = weeks ?? String(settings.closeAfterWeeks);
  const locked = !settings.editable || statementsState.errors.some((e) => e.code === 'SURVEY_STATEMENTS_LOCKED');

  const fields: Record<string, string> = { statements: 'statement-1', weeks: 'close-after-weeks' };
  current.forEach((_, i) => (fields[`statements.${i}`] = statementInputId(i)));
  const allErrors = [...statementsState.errors, ...weeksState.errors];
  const formErrors = toFormErrors(allErrors, fields);

  const onSaveStatements = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const problems = statementProblems(current, settings.maxStatements, settings.statementMaxChars);
    if (problems.length > 0) {
      statementsState.setErrors(problems);
      return;
    }
    weeksState.setErrors([]);
    const result = await saveStatements({ id, statements: current.map((t) => t.trim()) });
    if (result) {
      setTexts(null);
      setSaved('The statements are saved.');
      refetch();
    } else {
      refetch();
    }
  };

  const onSaveWeeks = async (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    statementsState.setErrors([]);
    const n = /^\d{1,2}$/.test(weeksText.trim()) ? Number(weeksText.trim()) : NaN;
    if (!(n >= 1 && n <= 12)) {
      weeksState.setErrors([validationError('weeks', 'Enter a whole number of weeks from 1 to 12')]);
      return;
    }
    const result = await saveWeeks({ id, weeks: n });
    if (result) {
      setWeeks(null);
      setSaved(`Surveys opened from now on close ${n === 1 ? '1 week' : `${n} weeks`} after their invitations.`);
      refetch();
    }
  };

  let banner = null;
  if (formErrors.items.length > 0) banner = <ErrorSummary items={formErrors.items} />;
  else if (saved)
    banner = (
      <NotificationBanner variant="success" focusOnMount key={saved}>
        <p>{saved}</p>
      </NotificationBanner>
    );

  return (
    <Page title="Survey statements" label={programme.name} banner={banner}>
      <p>
        When a review’s visit is complete, its team members and the host authority’s contacts are invited to answer
        the participant survey: how far they agree with each statement (strongly agree, agree, disagree, strongly
        disagree or don’t know), and any comments.
      </p>
      <h2>Statements</h2>
      {locked ? (
        <>
          <div className="ds_inset-text">
            <div className="ds_inset-text__text">{LOCKED_REASON}</div>
          </div>
          <ol>
            {settings.statements.map((s) => (
              <li key={s.id}>{s.text}</li>
            ))}
          </ol>
        </>
      ) : (
        <form onSubmit={(e) => void onSaveStatements(e)} noValidate>
          <p className="ds_hint-text">
            Up to {settings.maxStatements} statements of up to {settings.statementMaxChars} characters each. They can be
            changed until the programme’s first survey invitations are sent.
          </p>
          {current.map((text, i) => (
            <div key={i} className="quads-survey-statement">
              <Textarea
                id={statementInputId(i)}
                name={statementInputId(i)}
                label={`Statement ${i + 1}`}
                rows={2}
                value={text}
                error={formErrors.byField[`statements.${i}`]}
                onChange={(e) => setTexts(current.map((t, k) => (k === i ? e.target.value : t)))}
              />
              {current.length > 1 && (
                <button
                  type="button"
                  className="ds_button ds_button--secondary ds_button--small"
                  onClick={() => setTexts(current.filter((_, k) => k !== i))}
                >
                  Remove statement {i + 1}
                </button>
              )}
            </div>
          ))}
          <div className="ds_button-group">
            {current.length < settings.maxStatements && (
              <button
                type="button"
                className="ds_button ds_button--secondary"
                onClick={() => setTexts([...current, ''])}
              >
                Add a statement
              </button>
            )}
            <button type="submit" className="ds_button" disabled={statementsState.pending}>
              Save the statements
            </button>
          </div>
        </form>
      )}
      <h2>How long surveys stay open</h2>
      <form onSubmit={(e) => void onSaveWeeks(e)} noValidate>
        <TextInput
          id="close-after-weeks"
          name="close-after-weeks"
          label="Weeks from the invitations to closing"
          hint="From 1 to 12. One reminder goes a week before closing. Surveys already open keep their date."
          inputMode="numeric"
          width="fixed-10"
          value={weeksText}
          error={formErrors.byField.weeks}
          onChange={(e) => setWeeks(e.target.value)}
        />
        <button type="submit" className="ds_button ds_button--secondary" disabled={weeksState.pending}>
          Save the weeks
        </button>
      </form>
      <ul className="quads-inline-list">
        <li>
          <Link to={`/programmes/${programme.id}/survey`}>Survey results</Link>
        </li>
        <li>
          <Link to={`/programmes/${programme.id}`}>Back to the programme</Link>
        </li>
      </ul>
    </Page>
  );
}
