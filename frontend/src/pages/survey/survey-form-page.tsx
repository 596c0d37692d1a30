import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { ErrorSummary } from '../../components/error-summary';
import { Page } from '../../components/page';
import { Question } from '../../components/question';
import { QueryStatus } from '../../components/query-errors';
import { Radios } from '../../components/radios';
import { graphql } from '../../gql';
import type { SurveyAnswer, SurveyOrganisationType } from '../../gql/graphql';
import { formatDateTime } from '../../lib/format';
import { toFormErrors, validationError } from '../../lib/form-errors';
import type { ApiError } from '../../lib/graphql-client';
import { useMutation } from '../../lib/use-mutation';
import { useQuery } from '../../lib/use-query';
import { ANSWERS, ANSWER_LABELS, ORGANISATION_TYPES, ORGANISATION_TYPE_LABELS } from './survey-format';
import './survey.css';

// The participant survey behind the link in the invitation mail
// (/survey/:token): anyone with the link, no sign-in. Plain radios and a
// textarea: it works by keyboard, at 320 px and with a screen reader. What
// was typed stays on the page (and on this device until it is sent) when
// sending fails, so nothing is lost to a closed survey or a lost connection.

const FormQuery = graphql(`
  query SurveyFormPage_Form($token: String!) {
    surveyForm(token: $token) {
      reviewName
      programmeName
      closesAt
      closed
      answered
      suggestedOrganisationType
      commentMaxChars
      statements {
        id
        position
        text
      }
    }
  }
`);

const AnswerMutation = graphql(`
  mutation SurveyFormPage_Answer($token: String!, $response: SurveyResponseInput!) {
    answerSurvey(token: $token, response: $response)
  }
`);

export interface SurveyDraft {
  organisationType: string;
  answers: Record<string, string>;
  comment: string;
}

const EMPTY: SurveyDraft = { organisationType: '', answers: {}, comment: '' };

function draftKey(token: string) {
  return `quads-survey-draft:${token}`;
}

/** The answers typed so far on this device for this link, if any. */
export function loadDraft(token: string): SurveyDraft | null {
  try {
    const raw = window.sessionStorage.getItem(draftKey(token));
    if (!raw) return null;
    const value = JSON.parse(raw) as Partial<SurveyDraft>;
    return {
      organisationType: typeof value.organisationType === 'string' ? value.organisationType : '',
      answers: typeof value.answers === 'object' && value.answers !== null ? value.answers : {},
      comment: typeof value.comment === 'string' ? value.comment : '',
    };
  } catch {
    return null;
  }
}

function saveDraft(token: string, draft: SurveyDraft) {
  try {
    window.sessionStorage.setItem(draftKey(token), JSON.stringify(draft));
  } catch {
    // Storage full or refused: the answers stay on the page all the same.
  }
}

function clearDraft(token: string) {
  try {
    window.sessionStorage.removeItem(draftKey(token));
  } catch {
    // Nothing to clear.
  }
}

function statementId(position: number) {
  return `statement-${position}`;
}

const LINK_PROBLEMS = new Set(['SURVEY_LINK_UNKNOWN', 'SURVEY_ALREADY_ANSWERED']);

/** The page for a link that cannot take answers: unknown, already used, or closed. */
function LinkProblem({ kind, closesAt }: { kind: 'unknown' | 'answered' | 'closed'; closesAt?: string }) {
  if (kind === 'answered')
    return (
      <Page title="You have already answered">
        <p>This survey link has been used: the answers sent with it are stored, and it cannot be used again.</p>
        <p>Each link in the invitation email is for one person and one set of answers.</p>
        <p>Thank you for taking part.</p>
      </Page>
    );
  if (kind === 'closed')
    return (
      <Page title="This survey has closed">
        <p>
          The survey closed{closesAt ? ` on ${formatDateTime(closesAt)}` : ''} and no longer takes answers. Thank you for
          your interest.
        </p>
      </Page>
    );
  return (
    <Page title="This survey link is not valid">
      <p>Check that you copied the entire web address from the invitation email.</p>
      <p>
        If it still does not work, reply to the invitation email to ask for help. You can also{' '}
        <Link to="/">go to the home page</Link>.
      </p>
    </Page>
  );
}

export function SurveyFormPage() {
  const { token = '' } = useParams();
  const navigate = useNavigate();
  const { data, loading, errors } = useQuery(FormQuery, { token });
  const [send, state] = useMutation(AnswerMutation);
  const [draft, setDraft] = useState<SurveyDraft>(() => loadDraft(token) ?? EMPTY);

  const form = data?.surveyForm;
  // The invitee's organisation type, when the server knows it, is offered
  // ticked until they choose.
  const organisationType = draft.organisationType || (form?.suggestedOrganisationType ?? '');

  const update = (change: Partial<SurveyDraft>) => {
    setDraft((d) => {
      const next = { ...d, ...change };
      saveDraft(token, next);
      return next;
    });
  };

  // A used or unknown link, found on sending: the answers cannot go anywhere.
  const linkError = state.errors.find((e) => LINK_PROBLEMS.has(e.code));
  if (linkError) return <LinkProblem kind={linkError.code === 'SURVEY_ALREADY_ANSWERED' ? 'answered' : 'unknown'} />;
  if (errors.some((e) => e.code === 'SURVEY_LINK_UNKNOWN')) return <LinkProblem kind="unknown" />;
  if (!form) {
    return (
      <Page title="Participant survey">
        <QueryStatus loading={loading} errors={errors} />
      </Page>
    );
  }
  if (form.answered) return <LinkProblem kind="answered" />;
  if (form.closed) return <LinkProblem kind="closed" closesAt={form.closesAt} />;

  const fields: Record<string, string> = { organisationType: 'organisation-type', comment: 'comment' };
  for (const s of form.statements) fields[`answers.${s.id}`] = statementId(s.position);
  const formErrors = toFormErrors(state.errors, fields);
  const max = form.commentMaxChars;
  const left = max - draft.comment.length;

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const problems: ApiError[] = [];
    if (!organisationType) problems.push(validationError('organisationType', 'Choose the kind of organisation you work for'));
    for (const s of form.statements) {
      if (!draft.answers[s.id]) problems.push(validationError(`answers.${s.id}`, `Choose an answer to statement ${s.position}`));
    }
    if (draft.comment.length > max) {
      problems.push(validationError('comment', `Comments must be ${max.toLocaleString('en-GB')} characters or fewer`));
    }
    if (problems.length > 0) {
      state.setErrors(problems);
      return;
    }
    const comment = draft.comment.trim();
    const result = await send({
      token,
      response: {
        organisationType: organisationType as SurveyOrganisationType,
        answers: form.statements.map((s) => ({ statementId: s.id, answer: draft.answers[s.id] as SurveyAnswer })),
        comment: comment === '' ? null : comment,
      },
    });
    if (result?.answerSurvey) {
      clearDraft(token);
      void navigate('/survey/answered', { replace: true });
    }
  };

  const closedOnSend = state.errors.some((e) => e.code === 'SURVEY_CLOSED');

  return (
    <Page
      title="Participant survey"
      label={form.programmeName}
      banner={
        formErrors.items.length > 0 ? (
          <ErrorSummary
            items={
              closedOnSend
                ? [...formErrors.items, { text: 'Your answers are still on this page, but they can no longer be sent.' }]
                : formErrors.items
            }
          />
        ) : null
      }
    >
      <p className="ds_leader">The review of {form.reviewName}: how was it for you?</p>
      <p>
        Your answers are anonymous. They are stored without your name or email address, and only counts of all the
        answers are shown, with comments listed without names. The survey closes on {formatDateTime(form.closesAt)}.
      </p>
      <form onSubmit={(e) => void onSubmit(e)} noValidate className="quads-survey-form">
        <Radios
          id="organisation-type"
          name="organisation-type"
          legend="Which kind of organisation do you work for?"
          hint="This is kept with your answers so that results can be counted by organisation type."
          value={organisationType}
          onChange={(v) => update({ organisationType: v })}
          error={formErrors.byField.organisationType}
          options={ORGANISATION_TYPES.map((t) => ({ value: t, label: ORGANISATION_TYPE_LABELS[t] }))}
        />
        <h2>How far do you agree?</h2>
        {form.statements.map((s) => (
          <Radios
            key={s.id}
            id={statementId(s.position)}
            name={statementId(s.position)}
            legend={s.text}
            hint={`Statement ${s.position} of ${form.statements.length}`}
            value={draft.answers[s.id] ?? ''}
            onChange={(v) => update({ answers: { ...draft.answers, [s.id]: v } })}
            error={formErrors.byField[`answers.${s.id}`]}
            options={ANSWERS.map((a) => ({ value: a, label: ANSWER_LABELS[a] }))}
          />
        ))}
        <Question
          id="comment"
          label="Comments (optional)"
          hint="Anything else about the review you would like to say. Please leave out names, yours and other people’s."
          error={formErrors.byField.comment}
        >
          {(describedBy) => (
            <>
              <textarea
                id="comment"
                name="comment"
                rows={6}
                className={`ds_input${formErrors.byField.comment || left < 0 ? ' ds_input--error' : ''}`}
                aria-describedby={[describedBy, 'comment-count'].filter(Boolean).join(' ')}
                aria-invalid={formErrors.byField.comment ? true : undefined}
                value={draft.comment}
                onChange={(e) => update({ comment: e.target.value })}
              />
              <p id="comment-count" className="ds_hint-text quads-survey-count" aria-live="polite">
                {left >= 0
                  ? `You have ${left.toLocaleString('en-GB')} ${left === 1 ? 'character' : 'characters'} remaining`
                  : `You have ${(-left).toLocaleString('en-GB')} ${left === -1 ? 'character' : 'characters'} too many`}
              </p>
            </>
          )}
        </Question>
        <button type="submit" className="ds_button" disabled={state.pending}>
          Send your answers
        </button>
      </form>
    </Page>
  );
}

/** After answering: what happens to the answers. */
export function SurveyAnsweredPage() {
  return (
    <Page title="Thank you for your answers">
      <p className="ds_leader">Your answers are stored.</p>
      <p>
        They are anonymous: they are kept apart from the record of who was invited and who has answered, so they cannot
        be linked to you. Results are shown as counts of everyone’s answers, and comments are listed without names.
      </p>
      <p>Your survey link has now been used and cannot be used again. You can close this page.</p>
    </Page>
  );
}
