import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  SurveyStatementsPage_SetStatementsDocument as SetStatements,
  SurveyStatementsPage_SettingsDocument as SettingsQuery,
  type SurveyStatementsPage_SettingsQuery,
} from '../../gql/graphql';
import type { SessionUser } from '../../lib/session';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { LOCKED_REASON, SurveyStatementsPage } from './survey-statements-page';

// A programme's survey statements: edited before the first invitation,
// listed with the reason they are fixed after it.

type Settings = SurveyStatementsPage_SettingsQuery['surveySettings'];
const OFFICER: SessionUser = { ...ADMIN, roles: ['PROGRAMME_OFFICER'] };

function settings(change: Partial<Settings> = {}): Settings {
  return {
    programmeId: 'p1',
    editable: true,
    closeAfterWeeks: 4,
    maxStatements: 20,
    statementMaxChars: 300,
    statements: [
      { id: 's1', position: 1, text: 'The review was well organised.' },
      { id: 's2', position: 2, text: 'Taking part was enjoyable.' },
    ],
    ...change,
  };
}

function open(s: Settings, ...more: Parameters<typeof mockOperations>) {
  const calls = mockOperations(answer(SettingsQuery, { programme: { id: 'p1', name: 'Quads 2024-25' }, surveySettings: s }), ...more);
  renderAt(<SurveyStatementsPage />, { url: '/programmes/p1/survey/statements', path: '/programmes/:id/survey/statements', user: OFFICER });
  return calls;
}

afterEach(() => vi.unstubAllGlobals());

describe('SurveyStatementsPage', () => {
  it('saves the statements as edited, one added and one removed', async () => {
    const calls = open(
      settings(),
      answer(SetStatements, (v) => ({
        setSurveyStatements: {
          programmeId: 'p1',
          editable: true,
          statements: [v.statements].flat().map((text, i) => ({ id: `n${i}`, position: i + 1, text })),
        },
      })),
    );
    await screen.findByLabelText('Statement 1');
    await userEvent.click(screen.getByRole('button', { name: 'Remove statement 1' }));
    await userEvent.click(screen.getByRole('button', { name: 'Add a statement' }));
    await userEvent.click(screen.getByLabelText('Statement 2'));
    await userEvent.paste('  The external perspective was valuable.  ');
    await userEvent.click(screen.getByRole('button', { name: 'Save the statements' }));
    expect(await screen.findByText('The statements are saved.')).toBeInTheDocument();
    expect(calls.find((c) => c.query.includes('mutation SurveyStatementsPage_SetStatements'))?.variables).toEqual({
      id: 'p1',
      statements: ['Taking part was enjoyable.', 'The external perspective was valuable.'],
    });
  });

  it('names a blank statement before sending', async () => {
    const calls = open(settings());
    await screen.findByLabelText('Statement 1');
    await userEvent.click(screen.getByRole('button', { name: 'Add a statement' }));
    await userEvent.click(screen.getByRole('button', { name: 'Save the statements' }));
    const summary = await screen.findByRole('alert');
    expect(within(summary).getByRole('link', { name: 'Enter statement 3, or remove it' })).toHaveAttribute('href', '#statement-3');
    expect(calls.filter((c) => c.query.includes('mutation'))).toHaveLength(0);
  });

  it('after the first invitation lists the statements with the reason they are fixed', async () => {
    open(settings({ editable: false }));
    expect(await screen.findByText(LOCKED_REASON)).toBeInTheDocument();
    expect(screen.getByText('The review was well organised.')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the statements' })).not.toBeInTheDocument();
  });

  it('shows the server’s refusal when invitations went out meanwhile, and no form after', async () => {
    open(
      settings(),
      answer(
        SetStatements,
        refusal('SURVEY_STATEMENTS_LOCKED', 'The statements cannot change: this programme’s survey invitations have been sent.'),
      ),
    );
    await screen.findByLabelText('Statement 1');
    await userEvent.click(screen.getByRole('button', { name: 'Save the statements' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('The statements cannot change');
    expect(screen.getByText(LOCKED_REASON)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Save the statements' })).not.toBeInTheDocument();
  });
});
