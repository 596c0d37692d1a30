import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  IndicatorEditor_SaveDocument as SaveIndicator,
  ReviewActions_SubmitSelfEvaluationDocument as Submit,
  SelfEvaluationSection_SelfEvaluationsDocument as SelfEvaluations,
  TeamViewEditor_SaveDocument as SaveTeamView,
  TeamViewSection_ComparisonDocument as ComparisonQuery,
  type ReviewActions_ReviewFragment,
  type SelfEvaluationSection_SelfEvaluationsQuery,
  type TeamViewSection_ComparisonQuery,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { SelfEvaluationSection } from './self-evaluation-section';
import { TeamViewSection } from './team-view-section';

// The rubric editor, the submission, the evidence-only form and the two
// perspectives, against answers typed by the generated documents.

type Data = SelfEvaluationSection_SelfEvaluationsQuery;
type SelfEvaluation = Data['selfEvaluations'][number];
type Indicator = SelfEvaluation['indicators'][number];
type CommandCheck = NonNullable<ReviewActions_ReviewFragment['nextCommand']>;

const scale = [
  { level: 6, label: 'excellent', meaning: 'Outstanding or sector leading' },
  { level: 5, label: 'very good', meaning: 'Major strengths' },
  { level: 4, label: 'good', meaning: 'Important strengths with some areas for improvement' },
  { level: 3, label: 'satisfactory', meaning: 'Strengths just outweigh weaknesses' },
  { level: 2, label: 'weak', meaning: 'Important weaknesses' },
  { level: 1, label: 'unsatisfactory', meaning: 'Major weaknesses' },
];

function indicator(number: string, title: string, change: Partial<Indicator> = {}): Indicator {
  return {
    number,
    title,
    keyAreaNumber: '1',
    keyAreaTitle: 'Outcomes',
    grade: null,
    evidence: '',
    strengths: '',
    areasForImprovement: '',
    answers: [],
    version: 0,
    complete: false,
    lastEditedBy: null,
    lastEditedAt: null,
    documents: [],
    ...change,
  };
}

function selfEvaluation(change: Partial<SelfEvaluation> = {}): SelfEvaluation {
  return {
    id: 'r1:a1',
    authorityId: 'a1',
    authorityName: 'Fife',
    mode: 'RUBRIC',
    graded: true,
    submitted: false,
    submittedAt: null,
    submittedBy: null,
    canEdit: true,
    framework: {
      id: 'authority-illustrative',
      version: 2,
      name: 'Test framework',
      questions: ['How are we doing?', 'How do we know?'],
      scale,
    },
    progress: { complete: 1, total: 2 },
    indicators: [
      indicator('1.1', 'Improvements in performance', {
        grade: 5,
        evidence: 'Attainment data 2019-24',
        version: 3,
        complete: true,
        lastEditedBy: { id: 'u2', name: 'Quinn QIO' },
        lastEditedAt: '2026-03-03T14:05:00Z',
      }),
      indicator('1.2', 'Fulfilment of statutory duties'),
    ],
    documents: [],
    ...change,
  };
}

const submitCheck: CommandCheck = {
  command: 'SUBMIT_SELF_EVALUATION',
  label: 'Submit the self-evaluation',
  allowed: true,
  forbiddenReason: null,
  unmet: [],
};

function data(se: SelfEvaluation[], next: CommandCheck | null = submitCheck, available: CommandCheck[] = []): Data {
  const review = {
    id: 'r1',
    version: 7,
    nextCommand: next,
    availableCommands: available,
  };
  return { review: review as unknown as Data['review'], selfEvaluations: se };
}

afterEach(() => vi.unstubAllGlobals());

function renderSection(sub = '') {
  const onChanged = vi.fn();
  renderAt(<SelfEvaluationSection reviewId="r1" sub={sub} onChanged={onChanged} />, { user: ADMIN });
  return onChanged;
}

describe('SelfEvaluationSection', () => {
  it('names the framework version, the progress and each indicator’s status as a task list', async () => {
    mockOperations(answer(SelfEvaluations, data([selfEvaluation()])));
    renderSection();
    expect(await screen.findByText(/Made on Test framework, version 2\./)).toBeInTheDocument();
    expect(document.getElementById('se-a1-progress')).toHaveTextContent('1 of 2 indicators complete');
    const list = screen.getByRole('list', { name: 'Quality indicators' });
    const items = within(list).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('1.1 Improvements in performance');
    expect(items[0]).toHaveTextContent('Completed');
    expect(items[1]).toHaveTextContent('Not started');
    expect(within(list).getByRole('link', { name: '1.2 Fulfilment of statutory duties' })).toHaveAttribute(
      'href',
      '/reviews/r1/self-evaluation/a1/1.2',
    );
  });

  it('lists every missing indicator by number and title when the submission is refused', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(SelfEvaluations, data([selfEvaluation()])),
      answer(
        Submit,
        refusal('GUARD_FAILED', 'The self-evaluation cannot be submitted yet', {
          unmet: [
            {
              code: 'SELF_EVALUATION_INDICATOR_MISSING',
              message: 'Quality indicator 1.2 Fulfilment of statutory duties is not graded with evidence.',
            },
          ],
        }),
      ),
    );
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Submit the self-evaluation' }));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('You cannot submit the self-evaluation yet');
    expect(alert).toHaveTextContent('Quality indicator 1.2 Fulfilment of statutory duties is not graded with evidence.');
    expect(calls.find((c) => c.query.includes('submitSelfEvaluation'))?.variables).toEqual({ reviewId: 'r1', version: 7 });
  });

  it('offers submission only to whoever may submit, and not once submitted', async () => {
    mockOperations(
      answer(SelfEvaluations, data([selfEvaluation()], { ...submitCheck, allowed: false, forbiddenReason: 'Host leads' })),
    );
    renderSection();
    await screen.findByText(/Made on Test framework/);
    expect(screen.queryByRole('button', { name: 'Submit the self-evaluation' })).not.toBeInTheDocument();
  });

  it('offers a programme officer to reopen it with a reason', async () => {
    const reopen: CommandCheck = { ...submitCheck, command: 'REOPEN_SELF_EVALUATION', label: 'Reopen the self-evaluation' };
    mockOperations(
      answer(SelfEvaluations, data([selfEvaluation({ submitted: true, canEdit: false, submittedAt: '2026-03-04T10:00:00Z', submittedBy: { id: 'u1', name: 'Lindsay Lead' } })], null, [reopen])),
    );
    renderSection();
    expect(await screen.findByText(/Submitted by Lindsay Lead/)).toBeInTheDocument();
    expect(screen.getByLabelText('Why is the self-evaluation reopened?')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Reopen the self-evaluation' })).toBeInTheDocument();
  });

  it('shows an evidence-only self-evaluation’s documents with their summaries and a form to add one', async () => {
    mockOperations(
      answer(
        SelfEvaluations,
        data([
          selfEvaluation({
            mode: 'EVIDENCE_ONLY',
            graded: false,
            indicators: [],
            documents: [{ id: 'd1', fileName: 'sqr-2024.pdf', summary: 'Standards and Quality report 2024', url: '/attachments/d1' }],
          }),
        ]),
      ),
    );
    renderSection();
    expect(await screen.findByRole('link', { name: 'sqr-2024.pdf' })).toHaveAttribute('href', '/attachments/d1');
    expect(screen.getByText('Standards and Quality report 2024')).toBeInTheDocument();
    expect(screen.getByLabelText('Summary of the document')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add the document' })).toBeInTheDocument();
    expect(screen.queryByRole('list', { name: 'Quality indicators' })).not.toBeInTheDocument();
  });
});

describe('IndicatorEditor', () => {
  it('offers the grade as a radio group, each level with its meaning', async () => {
    mockOperations(answer(SelfEvaluations, data([selfEvaluation()])));
    renderSection('a1/1.1');
    const group = await screen.findByRole('group', { name: 'Grade' });
    const excellent = within(group).getByRole('radio', { name: '6 – Excellent' });
    expect(excellent).toHaveAccessibleDescription('Outstanding or sector leading');
    expect(within(group).getByRole('radio', { name: '5 – Very good' })).toBeChecked();
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    expect(screen.getByLabelText('How do we know?')).toBeInTheDocument();
    expect(document.getElementById('qi-save-status')).toHaveTextContent('Saved. Last edited by Quinn QIO');
  });

  it('keeps what was typed on a CONFLICT, shows both texts and saves against the stored version', async () => {
    const user = userEvent.setup();
    let saves = 0;
    const calls = mockOperations(
      answer(SelfEvaluations, data([selfEvaluation()])),
      answer(SaveIndicator, (v) => {
        saves += 1;
        if (saves === 1) {
          return refusal('CONFLICT', 'Someone saved this indicator since you loaded it', {
            current: {
              indicator: '1.2',
              version: 4,
              grade: 3,
              evidence: 'Their evidence from the audit',
              strengths: '',
              areasForImprovement: '',
              answers: [],
              lastEditedBy: { id: 'u2', name: 'Quinn QIO' },
              lastEditedAt: '2026-03-05T09:00:00Z',
            },
          });
        }
        return {
          saveSelfEvaluationIndicator: {
            number: '1.2',
            grade: v.input.grade ?? null,
            evidence: v.input.evidence ?? '',
            strengths: '',
            areasForImprovement: '',
            answers: [],
            version: 5,
            complete: true,
            lastEditedBy: { id: 'u1', name: 'Ada Admin' },
            lastEditedAt: '2026-03-05T09:10:00Z',
          },
        };
      }),
    );
    renderSection('a1/1.2');
    const evidence = await screen.findByLabelText('Evidence', { exact: true });
    await user.type(evidence, 'My evidence from the survey');
    await user.click(screen.getByRole('radio', { name: '4 – Good' }));
    expect(document.getElementById('qi-save-status')).toHaveTextContent('You have changes that are not saved yet.');
    await user.click(screen.getByRole('button', { name: 'Save indicator 1.2' }));

    const panel = await screen.findByRole('region', { name: 'Quinn QIO saved this indicator while you were editing it' });
    expect(panel).toHaveTextContent('My evidence from the survey');
    expect(panel).toHaveTextContent('Their evidence from the audit');
    expect(evidence).toHaveValue('My evidence from the survey');

    await user.click(within(panel).getByRole('button', { name: 'Use their version' }));
    expect(evidence).toHaveValue('Their evidence from the audit');
    expect(screen.getByRole('radio', { name: '3 – Satisfactory' })).toBeChecked();
    await user.type(evidence, ' and my survey');
    await user.click(screen.getByRole('button', { name: 'Save indicator 1.2' }));
    const sent = calls.filter((c) => c.query.includes('saveSelfEvaluationIndicator')).map((c) => c.variables.input);
    expect(sent[0]).toMatchObject({ version: 0, grade: 4, evidence: 'My evidence from the survey' });
    expect(sent[1]).toMatchObject({ version: 4, grade: 3, evidence: 'Their evidence from the audit and my survey' });
    expect(await screen.findByText(/Saved\. Last edited by Ada Admin/)).toBeInTheDocument();
  });

  it('shows a submitted indicator read-only', async () => {
    mockOperations(answer(SelfEvaluations, data([selfEvaluation({ canEdit: false, submitted: true })])));
    renderSection('a1/1.1');
    expect(await screen.findByText('Attainment data 2019-24')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /Save indicator/ })).not.toBeInTheDocument();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
  });
});

describe('TeamViewSection', () => {
  type Comparison = TeamViewSection_ComparisonQuery;
  const comparison: Comparison = {
    selfEvaluationComparison: [
      {
        authorityId: 'a1',
        authorityName: 'Fife',
        graded: true,
        canEditTeamView: true,
        indicators: [
          {
            number: '1.1',
            title: 'Improvements in performance',
            selfGrade: 5,
            selfEvidence: 'Attainment data',
            teamGrade: 4,
            teamEvidence: 'Data checked in the visit',
            teamVersion: 1,
            teamLastEditedBy: { id: 'u3', name: 'Pat Peer' },
            teamLastEditedAt: '2026-03-06T10:00:00Z',
            gradeDifference: -1,
          },
          {
            number: '1.2',
            title: 'Fulfilment of statutory duties',
            selfGrade: 4,
            selfEvidence: 'Audit',
            teamGrade: null,
            teamEvidence: '',
            teamVersion: 0,
            teamLastEditedBy: null,
            teamLastEditedAt: null,
            gradeDifference: null,
          },
        ],
      },
    ],
    selfEvaluations: [{ id: 'r1:a1', authorityId: 'a1', framework: { id: 'f', version: 2, name: 'Test framework', scale } }],
  };

  it('shows the self-evaluation and the team’s view side by side with the difference in grades', async () => {
    mockOperations(answer(ComparisonQuery, comparison));
    renderAt(<TeamViewSection reviewId="r1" sub="" />, { user: ADMIN });
    const table = await screen.findByRole('table');
    const rows = within(table).getAllByRole('row');
    expect(rows[1]).toHaveTextContent('1.1 Improvements in performance');
    expect(rows[1]).toHaveTextContent('Grade 5Attainment data');
    expect(rows[1]).toHaveTextContent('Grade 4Data checked in the visit');
    expect(rows[1]).toHaveTextContent('−1');
    expect(rows[1]).toHaveTextContent('the team 1 grade lower');
    expect(rows[2]).toHaveTextContent('Not recorded yet');
    expect(within(rows[2] as HTMLElement).getByRole('link', { name: 'Record the team’s view of 1.2' })).toHaveAttribute(
      'href',
      '/reviews/r1/team-view/a1/1.2',
    );
    expect(screen.getByText(/Made on Test framework, version 2/)).toBeInTheDocument();
  });

  it('lets a team member record the team’s view of one indicator beside the host’s', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(ComparisonQuery, comparison),
      answer(SaveTeamView, (v) => ({
        saveTeamViewIndicator: {
          number: '1.2',
          teamGrade: v.input.grade ?? null,
          teamEvidence: v.input.evidence ?? '',
          teamVersion: 1,
          teamLastEditedBy: { id: 'u1', name: 'Ada Admin' },
          teamLastEditedAt: '2026-03-06T11:00:00Z',
          gradeDifference: -1,
        },
      })),
    );
    renderAt(<TeamViewSection reviewId="r1" sub="a1/1.2" />, { user: ADMIN });
    expect(await screen.findByRole('heading', { name: 'The team’s view of 1.2 Fulfilment of statutory duties' })).toBeInTheDocument();
    expect(screen.getByText('Audit')).toBeInTheDocument();
    const group = screen.getByRole('group', { name: 'The team’s grade' });
    expect(within(group).getAllByRole('radio')).toHaveLength(6);
    await user.type(screen.getByLabelText('The team’s evidence'), 'Seen in the visit');
    await user.click(within(group).getByRole('radio', { name: '3 – Satisfactory' }));
    expect(document.getElementById('tv-save-status')).toHaveTextContent('You have changes that are not saved yet.');
    await user.click(screen.getByRole('button', { name: 'Save the team’s view of 1.2' }));
    expect(await screen.findByText(/Saved\. Last edited by Ada Admin/)).toBeInTheDocument();
    expect(calls.find((c) => c.query.includes('saveTeamViewIndicator'))?.variables.input).toEqual({
      reviewId: 'r1',
      authorityId: 'a1',
      indicator: '1.2',
      version: 0,
      grade: 3,
      evidence: 'Seen in the visit',
    });
  });

  it('says why the view is hidden from whoever may not see it', async () => {
    mockOperations(answer(ComparisonQuery, refusal('FORBIDDEN', 'The team’s view is for the team and programme officers until the report is published.')));
    renderAt(<TeamViewSection reviewId="r1" sub="" />, { user: ADMIN });
    expect(await screen.findByText(/until the report is published/)).toBeInTheDocument();
  });
});
