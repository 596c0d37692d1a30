import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  SurveyFormPage_AnswerDocument as AnswerMutation,
  SurveyFormPage_FormDocument as FormQuery,
  type SurveyFormPage_FormQuery,
} from '../../gql/graphql';
import { answer, mockOperations, refusal, renderAt } from '../../test/render';
import { SurveyFormPage } from './survey-form-page';

// The survey behind an emailed link, against answers typed by the generated
// documents: what it sends, what it keeps when sending fails, and what it
// says about a used, closed or unknown link.

type Form = SurveyFormPage_FormQuery['surveyForm'];

const S1 = '00000000-0000-0000-0000-000000000001';
const S2 = '00000000-0000-0000-0000-000000000002';
const TOKEN = '0123456789abcdef0123456789abcdef';

function form(change: Partial<Form> = {}): Form {
  return {
    reviewName: 'Fife',
    programmeName: 'Quads 2024-25',
    closesAt: '2024-11-04T08:00:00Z',
    closed: false,
    answered: false,
    suggestedOrganisationType: 'AUTHORITY',
    commentMaxChars: 2000,
    statements: [
      { id: S1, position: 1, text: 'The review was well organised.' },
      { id: S2, position: 2, text: 'The discussions were open and honest.' },
    ],
    ...change,
  };
}

function open() {
  renderAt(<SurveyFormPage />, { url: `/survey/${TOKEN}`, path: '/survey/:token' });
}

/** Chooses `label` in the fieldset whose legend is `legend`. */
async function choose(legend: string, label: string) {
  const group = await screen.findByRole('group', { name: new RegExp(legend.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')) });
  await userEvent.click(within(group).getByLabelText(label));
}

beforeEach(() => window.sessionStorage.clear());
afterEach(() => vi.unstubAllGlobals());

describe('SurveyFormPage', () => {
  it('asks each statement as a fieldset of five answers, with the suggested organisation type chosen', async () => {
    mockOperations(answer(FormQuery, { surveyForm: form() }));
    open();
    const first = await screen.findByRole('group', { name: /The review was well organised\./ });
    const options = within(first).getAllByRole('radio');
    expect(options.map((o) => o.closest('.ds_radio')?.textContent)).toEqual([
      'Strongly agree',
      'Agree',
      'Disagree',
      'Strongly disagree',
      'Don’t know',
    ]);
    expect(screen.getByLabelText('A local authority')).toBeChecked();
    expect(screen.getByText('You have 2,000 characters remaining')).toBeInTheDocument();
    expect(screen.getByText(/Your answers are anonymous/)).toBeInTheDocument();
  });

  it('sends every statement’s answer, the organisation type and the trimmed comment, then thanks', async () => {
    const calls = mockOperations(answer(FormQuery, { surveyForm: form() }), answer(AnswerMutation, { answerSurvey: true }));
    open();
    await choose('The review was well organised.', 'Strongly agree');
    await choose('The discussions were open and honest.', 'Don’t know');
    await userEvent.click(screen.getByLabelText('Education Scotland'));
    await userEvent.click(screen.getByLabelText('Comments (optional)'));
    await userEvent.paste('  Very useful.  ');
    expect(screen.getByText('You have 1,984 characters remaining')).toBeInTheDocument();
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    await waitFor(() => expect(screen.getByTestId('location')).toHaveTextContent('/survey/answered'));
    const sent = calls.find((c) => c.query.includes('mutation SurveyFormPage_Answer'));
    expect(sent?.variables).toEqual({
      token: TOKEN,
      response: {
        organisationType: 'EDUCATION_SCOTLAND',
        answers: [
          { statementId: S1, answer: 'STRONGLY_AGREE' },
          { statementId: S2, answer: 'DONT_KNOW' },
        ],
        comment: 'Very useful.',
      },
    });
    expect(window.sessionStorage.length).toBe(0);
  });

  it('names each unanswered statement before sending anything', async () => {
    const calls = mockOperations(answer(FormQuery, { surveyForm: form() }));
    open();
    await choose('The review was well organised.', 'Agree');
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Choose an answer to statement 2' })).toHaveAttribute(
      'href',
      '#statement-2',
    );
    expect(calls.filter((c) => c.query.includes('mutation'))).toHaveLength(0);
    expect(screen.getByLabelText('Agree', { selector: '#statement-1-agree' })).toBeChecked();
  });

  it('keeps what was typed when the survey closed before sending', async () => {
    mockOperations(
      answer(FormQuery, { surveyForm: form() }),
      answer(AnswerMutation, refusal('SURVEY_CLOSED', 'This survey closed on 4 November 2024 and no longer takes answers.')),
    );
    open();
    await choose('The review was well organised.', 'Disagree');
    await choose('The discussions were open and honest.', 'Agree');
    await userEvent.click(screen.getByLabelText('Comments (optional)'));
    await userEvent.paste('Half of what I meant to say');
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    const summary = await screen.findByRole('alert');
    expect(summary).toHaveTextContent('This survey closed on 4 November 2024 and no longer takes answers.');
    expect(summary).toHaveTextContent('Your answers are still on this page');
    expect(screen.getByLabelText('Comments (optional)')).toHaveValue('Half of what I meant to say');
    expect(screen.getByLabelText('Disagree', { selector: '#statement-1-disagree' })).toBeChecked();
    expect(screen.getByLabelText('Agree', { selector: '#statement-2-agree' })).toBeChecked();
  });

  it('keeps what was typed when the service cannot be reached, and on this device after a reload', async () => {
    // Sending fails as it does when the connection is lost.
    const failing = vi.fn(async (_url: string, init: RequestInit) => {
      const body = JSON.parse(String(init.body)) as { query: string };
      if (body.query.includes('mutation')) throw new TypeError('Failed to fetch');
      return new Response(JSON.stringify({ data: { surveyForm: form() } }), {
        status: 200,
        headers: { 'Content-Type': 'application/json' },
      });
    });
    vi.stubGlobal('fetch', failing);
    const { unmount } = renderAt(<SurveyFormPage />, { url: `/survey/${TOKEN}`, path: '/survey/:token' });
    await choose('The review was well organised.', 'Agree');
    await choose('The discussions were open and honest.', 'Strongly disagree');
    await userEvent.click(screen.getByLabelText('Comments (optional)'));
    await userEvent.paste('Not finished');
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The service could not be reached');
    expect(screen.getByLabelText('Comments (optional)')).toHaveValue('Not finished');
    unmount();
    renderAt(<SurveyFormPage />, { url: `/survey/${TOKEN}`, path: '/survey/:token' });
    expect(await screen.findByLabelText('Comments (optional)')).toHaveValue('Not finished');
    expect(screen.getByLabelText('Strongly disagree', { selector: '#statement-2-strongly_disagree' })).toBeChecked();
  });

  it('says "You have already answered" when the link was used, on opening and on sending', async () => {
    mockOperations(answer(FormQuery, { surveyForm: form({ answered: true }) }));
    const { unmount } = renderAt(<SurveyFormPage />, { url: `/survey/${TOKEN}`, path: '/survey/:token' });
    expect(await screen.findByRole('heading', { level: 1, name: 'You have already answered' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send your answers' })).not.toBeInTheDocument();
    unmount();

    mockOperations(
      answer(FormQuery, { surveyForm: form() }),
      answer(AnswerMutation, refusal('SURVEY_ALREADY_ANSWERED', 'This survey link has already been used.')),
    );
    open();
    await choose('The review was well organised.', 'Agree');
    await choose('The discussions were open and honest.', 'Agree');
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    expect(await screen.findByRole('heading', { level: 1, name: 'You have already answered' })).toBeInTheDocument();
  });

  it('says a closed survey has closed, and an unknown link is not valid', async () => {
    mockOperations(answer(FormQuery, { surveyForm: form({ closed: true }) }));
    const { unmount } = renderAt(<SurveyFormPage />, { url: `/survey/${TOKEN}`, path: '/survey/:token' });
    expect(await screen.findByRole('heading', { level: 1, name: 'This survey has closed' })).toBeInTheDocument();
    unmount();

    mockOperations(answer(FormQuery, refusal('SURVEY_LINK_UNKNOWN', 'This survey link is not valid.')));
    open();
    expect(await screen.findByRole('heading', { level: 1, name: 'This survey link is not valid' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Send your answers' })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal of a statement’s answer beside its fieldset', async () => {
    mockOperations(
      answer(FormQuery, { surveyForm: form() }),
      answer(AnswerMutation, refusal('VALIDATION', 'Answer statement 2 once', { field: `answers.${S2}` })),
    );
    open();
    await choose('The review was well organised.', 'Agree');
    await choose('The discussions were open and honest.', 'Agree');
    await userEvent.click(screen.getByRole('button', { name: 'Send your answers' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Answer statement 2 once' })).toHaveAttribute('href', '#statement-2');
    const group = screen.getByRole('group', { name: /The discussions were open and honest\./ });
    expect(within(group).getByText('Answer statement 2 once')).toBeInTheDocument();
  });
});
