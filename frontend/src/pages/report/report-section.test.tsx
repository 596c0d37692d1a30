import { cleanup, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import {
  ReportSection_AnswerCommentDocument as AnswerComment,
  ReportSection_ApproveDocument as Approve,
  ReportSection_DraftDocument as DraftQuery,
  ReportSection_FindingsDocument as FindingsQuery,
  ReportSection_MoveItemDocument as MoveItem,
  ReportSection_OpenCorrectionDocument as OpenCorrection,
  ReportSection_PublishCorrectionDocument as PublishCorrection,
  ReportSection_PublishDocument as Publish,
  ReportSection_ShareDocument as Share,
  ReportSection_UpdateItemDocument as UpdateItem,
  ReportSection_UpdateSectionDocument as UpdateSection,
  ReviewActions_DraftReportDocument as DraftReport,
  type ReportSection_DraftQuery,
  type ReviewActions_ReviewFragment,
} from '../../gql/graphql';
import { ADMIN, answer, mockOperations, refusal, renderAt } from '../../test/render';
import { ReportSection } from './report-section';

// The report tab's states — before drafting, the lead's editor, the host's
// comments, approvals, publication and the correction — against answers
// typed by the generated documents.

type Data = ReportSection_DraftQuery;
type Draft = NonNullable<Data['reportDraft']>;
type CommandCheck = NonNullable<ReviewActions_ReviewFragment['nextCommand']>;

const S1 = '00000000-0000-0000-0000-0000000000s1';
const S2 = '00000000-0000-0000-0000-0000000000s2';
const A1 = '00000000-0000-0000-0000-0000000000a1';
const F1 = '00000000-0000-0000-0000-0000000000f1';

function draft(change: Partial<Draft> = {}): Draft {
  return {
    reviewId: 'r1',
    reviewVersion: 12,
    state: 'REPORT_DRAFTED',
    draftVersion: 3,
    isCorrection: false,
    changeNote: null,
    sharedWithHostAt: null,
    sections: [
      { key: 'CONTEXT', title: 'Context', text: 'Fife hosts the review.' },
      { key: 'FOCUS', title: 'Focus and key questions', text: 'Attainment in the senior phase.' },
      { key: 'WHAT_THE_TEAM_DID', title: 'What the team did', text: '3 focus groups with headteachers.' },
      { key: 'STRENGTHS', title: 'Strengths', text: '' },
      { key: 'AREAS_FOR_IMPROVEMENT', title: 'Areas for improvement', text: '' },
      { key: 'NEXT_STEPS', title: 'Next steps', text: '' },
    ],
    strengths: [
      { id: S1, kind: 'STRENGTH', text: 'Strong leadership of learning.', indicators: ['1.1'], findingIds: [F1], position: 0 },
      { id: S2, kind: 'STRENGTH', text: 'Pupils’ voice shapes plans.', indicators: ['2.3', '3.1'], findingIds: [], position: 1 },
    ],
    areasForImprovement: [
      { id: A1, kind: 'AREA_FOR_IMPROVEMENT', text: 'Tracking of progress.', indicators: [], findingIds: [], position: 0 },
    ],
    comments: [],
    openComments: 0,
    approvals: [],
    awaitingApprovalFrom: ['Fife Council’s host lead', 'A programme officer'],
    canEdit: true,
    canShare: false,
    canComment: false,
    canAnswerComments: true,
    canApprove: false,
    canPublish: false,
    canOpenCorrection: false,
    draftPdfUrl: '/reviews/r1/report/draft.pdf',
    published: [],
    ...change,
  };
}

function data(reportDraft: Draft | null, next: CommandCheck | null = null): Data {
  const review = { id: 'r1', version: 12, state: 'VISIT_COMPLETED', nextCommand: next, availableCommands: [] };
  return { review: review as unknown as Data['review'], reportDraft };
}

const findings = answer(FindingsQuery, {
  reviewFindings: {
    reviewId: 'r1',
    findings: [
      { id: F1, kind: 'STRENGTH', text: 'Heads describe a clear vision.', indicators: ['1.1'], status: 'AGREED' },
      { id: 'f2', kind: 'STRENGTH', text: 'A draft, not agreed.', indicators: [], status: 'DRAFT' },
    ],
  },
});

afterEach(() => vi.unstubAllGlobals());

function renderSection() {
  renderAt(<ReportSection reviewId="r1" onChanged={vi.fn()} />, { user: ADMIN });
}

describe('ReportSection', () => {
  it('offers the team lead to draft the report before there is one, in the tab’s own words', async () => {
    const user = userEvent.setup();
    const next: CommandCheck = { command: 'DRAFT_REPORT', label: 'Draft the report', allowed: true, forbiddenReason: null, unmet: [] };
    const calls = mockOperations(
      answer(DraftQuery, data(null, next)),
      answer(DraftReport, { draftReport: { id: 'r1', version: 13 } }),
    );
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Draft the report' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('draftReport'))?.variables).toEqual({ reviewId: 'r1', version: 12 }),
    );
  });

  it('shows the sections under headings and the items with their indicators and findings', async () => {
    mockOperations(answer(DraftQuery, data(draft())), findings);
    renderSection();
    expect(await screen.findByRole('heading', { name: 'Draft report' })).toBeInTheDocument();
    for (const title of ['Context', 'Focus and key questions', 'What the team did', 'Strengths', 'Areas for improvement', 'Next steps']) {
      expect(screen.getByRole('heading', { name: title })).toBeInTheDocument();
    }
    const strengths = screen.getByRole('region', { name: 'Strengths' });
    // Until the findings arrive an item counts its findings; then it lists their text.
    await waitFor(() => expect(strengths).toHaveTextContent('Heads describe a clear vision.'));
    // The items themselves, not the findings listed inside them.
    const items = within(strengths)
      .getAllByRole('listitem')
      .filter((li) => li.parentElement?.closest('li') === null);
    expect(items).toHaveLength(2);
    expect(items[0]).toHaveTextContent('Strong leadership of learning.');
    expect(items[0]).toHaveTextContent('Quality indicator 1.1');
    expect(items[0]).toHaveTextContent('From 1 agreed finding');
    expect(items[0]).toHaveTextContent('Heads describe a clear vision.');
    expect(items[1]).toHaveTextContent('Quality indicators 2.3 and 3.1');
    // The first item cannot move up, the last cannot move down.
    expect(screen.queryByRole('button', { name: 'Move strength 1 up' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Move strength 1 down' })).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Move strength 2 down' })).not.toBeInTheDocument();
  });

  it('offers the draft as a PDF for committee papers while it is drafted or corrected, and not once published', async () => {
    mockOperations(answer(DraftQuery, data(draft())), findings);
    renderSection();
    const link = await screen.findByRole('link', { name: 'The draft report (draft version 3)' });
    expect(link).toHaveAttribute('href', '/reviews/r1/report/draft.pdf');
    expect(link).toHaveAccessibleDescription(/File type\s*PDF/);
    expect(screen.getByText(/marked DRAFT on every page/)).toBeInTheDocument();
    cleanup();
    vi.unstubAllGlobals();

    const published = [{ slug: 'fife-2026-03', version: 1, publishedAt: '2026-05-10T09:00:00Z', changeNote: null }];
    mockOperations(answer(DraftQuery, data(draft({ state: 'REPORT_PUBLISHED', canEdit: false, published }))));
    renderSection();
    expect(await screen.findByRole('heading', { name: 'Published report' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /draft version/ })).not.toBeInTheDocument();
    cleanup();
    vi.unstubAllGlobals();

    mockOperations(answer(DraftQuery, data(draft({ isCorrection: true, changeNote: 'Schools.', draftVersion: 6, published }))), findings);
    renderSection();
    expect(await screen.findByRole('link', { name: 'The correction (draft version 6)' })).toHaveAttribute(
      'href',
      '/reviews/r1/report/draft.pdf',
    );
  });

  it('offers sharing the draft with the host only when the server says the viewer may share it', async () => {
    const user = userEvent.setup();
    mockOperations(answer(DraftQuery, data(draft())), findings);
    renderSection();
    await screen.findByRole('heading', { name: 'Draft report' });
    expect(screen.queryByRole('button', { name: 'Share the draft with the host' })).not.toBeInTheDocument();
    vi.unstubAllGlobals();

    const calls = mockOperations(
      answer(DraftQuery, data(draft({ canShare: true }))),
      findings,
      answer(Share, { shareReportDraft: { reviewId: 'r1', draftVersion: 3, sharedWithHostAt: '2026-05-01T09:00:00Z' } }),
    );
    renderSection();
    const [share] = await screen.findAllByRole('button', { name: 'Share the draft with the host' });
    await user.click(share!);
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('shareReportDraft'))?.variables).toEqual({ reviewId: 'r1', draftVersion: 3 }),
    );
  });

  it('moves an item to its neighbour’s position against the draft version read', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(DraftQuery, data(draft())),
      findings,
      answer(MoveItem, { moveReportItem: { reviewId: 'r1', draftVersion: 4 } }),
    );
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Move strength 2 up' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('moveReportItem'))?.variables).toEqual({
        itemId: S2,
        draftVersion: 3,
        position: 0,
      }),
    );
  });

  it('keeps the typed text on a conflict and offers to save it again after reloading', async () => {
    const user = userEvent.setup();
    let conflicted = false;
    const calls = mockOperations(
      answer(DraftQuery, () => data(draft(conflicted ? { draftVersion: 4, sections: draft().sections.map((s) => (s.key === 'CONTEXT' ? { ...s, text: 'Their context.' } : s)) } : {}))),
      findings,
      answer(UpdateSection, () => {
        if (!conflicted) {
          conflicted = true;
          return refusal('CONFLICT', 'The draft has changed');
        }
        return { updateReportSection: { reviewId: 'r1', draftVersion: 5 } };
      }),
    );
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Edit Context' }));
    const box = screen.getByLabelText('Text of Context');
    await user.clear(box);
    await user.type(box, 'My context.');
    await user.click(screen.getByRole('button', { name: 'Save Context' }));
    expect(await screen.findByText(/Someone else changed the report while you were editing it/)).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Reload the draft' }));
    expect(await screen.findByText('Their context.', { selector: '.ds_inset-text p' })).toBeInTheDocument();
    expect(screen.getByLabelText('Text of Context')).toHaveValue('My context.');
    await user.click(screen.getByRole('button', { name: 'Save my text of Context again' }));
    await waitFor(() => {
      const saves = calls.filter((c) => c.query.includes('updateReportSection'));
      expect(saves).toHaveLength(2);
      expect(saves[0]?.variables).toEqual({ reviewId: 'r1', draftVersion: 3, key: 'CONTEXT', text: 'My context.' });
      expect(saves[1]?.variables).toEqual({ reviewId: 'r1', draftVersion: 4, key: 'CONTEXT', text: 'My context.' });
    });
    expect(await screen.findByText('Context is saved.')).toBeInTheDocument();
  });

  it('checks an item before sending it and sends its indicators and agreed findings', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(DraftQuery, data(draft())),
      findings,
      answer(UpdateItem, { updateReportItem: { reviewId: 'r1', draftVersion: 4 } }),
    );
    renderSection();
    await user.click(await screen.findByRole('button', { name: 'Edit strength 2' }));
    const indicators = screen.getByLabelText('Quality indicators');
    await user.clear(indicators);
    await user.type(indicators, '2.3, two');
    await user.click(screen.getByRole('button', { name: 'Save strength 2' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter quality indicators as numbers such as 1.1 (not two)');
    expect(calls.filter((c) => c.query.includes('updateReportItem'))).toHaveLength(0);
    await user.clear(indicators);
    await user.type(indicators, '2.3, 1.1');
    // Only agreed findings are offered.
    expect(screen.queryByLabelText('A draft, not agreed.')).not.toBeInTheDocument();
    await user.click(screen.getByLabelText('Heads describe a clear vision.'));
    await user.click(screen.getByRole('button', { name: 'Save strength 2' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('updateReportItem'))?.variables).toEqual({
        itemId: S2,
        draftVersion: 3,
        input: { kind: 'STRENGTH', text: 'Pupils’ voice shapes plans.', indicators: ['2.3', '1.1'], findingIds: [F1] },
      }),
    );
  });

  it('lists open comments, and lets the lead accept one with a reply', async () => {
    const user = userEvent.setup();
    const comment = {
      id: 'c1',
      sectionKey: 'CONTEXT' as const,
      itemId: null,
      author: { id: 'h1', name: 'Harper Host' },
      text: 'We have 18 secondary schools, not 17.',
      createdAt: '2026-05-04T10:00:00Z',
      status: 'OPEN' as const,
      reply: null,
      answeredBy: null,
      answeredAt: null,
    };
    const calls = mockOperations(
      answer(DraftQuery, data(draft({ sharedWithHostAt: '2026-05-01T09:00:00Z', comments: [comment], openComments: 1 }))),
      findings,
      answer(AnswerComment, { answerReportComment: { reviewId: 'r1', draftVersion: 4 } }),
    );
    renderSection();
    expect(await screen.findByRole('link', { name: 'Harper Host on Context' })).toHaveAttribute('href', '#comment-c1');
    await user.click(screen.getByRole('button', { name: 'Accept the comment' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter a reply saying what you changed');
    await user.type(screen.getByLabelText('Your reply to Harper Host'), 'Changed to 18.');
    await user.click(screen.getByRole('button', { name: 'Accept the comment' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('answerReportComment'))?.variables).toEqual({
        commentId: 'c1',
        accept: true,
        reply: 'Changed to 18.',
      }),
    );
  });

  it('shows who approved and who is awaited, and lets a host lead approve this version', async () => {
    const user = userEvent.setup();
    const calls = mockOperations(
      answer(
        DraftQuery,
        data(
          draft({
            canEdit: false,
            canAnswerComments: false,
            canComment: true,
            canApprove: true,
            sharedWithHostAt: '2026-05-01T09:00:00Z',
            approvals: [
              { by: { id: 'p1', name: 'Pat Officer' }, role: 'PROGRAMME_OFFICER', authorityName: null, draftVersion: 3, at: '2026-05-05T09:00:00Z' },
            ],
            awaitingApprovalFrom: ['Fife Council’s host lead'],
          }),
        ),
      ),
      answer(Approve, { approveReport: { reviewId: 'r1', draftVersion: 3 } }),
    );
    renderSection();
    const approvals = await screen.findByRole('region', { name: 'Approvals' });
    expect(within(approvals).getByRole('list', { name: 'Approved by' })).toHaveTextContent(
      'Pat Officer (Programme officer) approved version 3',
    );
    expect(approvals).toHaveTextContent('Fife Council’s host lead');
    // A host user may comment on each section and item, and edits nothing.
    expect(screen.getByText('Comment on Context')).toBeInTheDocument();
    expect(screen.getByText('Comment on strength 1')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Edit Context' })).not.toBeInTheDocument();
    await user.click(within(approvals).getByRole('button', { name: 'Approve version 3 of the draft' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('approveReport'))?.variables).toEqual({ reviewId: 'r1', draftVersion: 3 }),
    );
  });

  it('lists what publication still needs, and publishes the first version with the review’s version', async () => {
    const user = userEvent.setup();
    mockOperations(answer(DraftQuery, data(draft({ canPublish: true, openComments: 1, sharedWithHostAt: '2026-05-01T09:00:00Z' }))), findings);
    renderSection();
    const panel = await screen.findByRole('region', { name: 'Publish the report' });
    expect(panel).toHaveTextContent('Approval from Fife Council’s host lead');
    expect(panel).toHaveTextContent('Answer the 1 open factual-accuracy comment');
    expect(panel).not.toHaveTextContent('Share the draft with the host');
    expect(within(panel).queryByRole('button')).not.toBeInTheDocument();
    vi.unstubAllGlobals();

    const calls = mockOperations(
      answer(DraftQuery, data(draft({ canPublish: true, awaitingApprovalFrom: [], sharedWithHostAt: '2026-05-01T09:00:00Z' }))),
      findings,
      answer(Publish, refusal('GUARD_FAILED', 'Not yet', { unmet: [{ code: 'REPORT_APPROVAL_MISSING', message: 'Fife Council’s host lead has not approved draft version 3.' }] })),
    );
    renderSection();
    const [again] = await screen.findAllByRole('button', { name: 'Publish the report' });
    await user.click(again!);
    expect(await screen.findByRole('alert')).toHaveTextContent('Fife Council’s host lead has not approved draft version 3.');
    expect(calls.find((c) => c.query.includes('publishReport'))?.variables).toEqual({ reviewId: 'r1', version: 12 });
  });

  it('lets a programme officer open a correction with a note, and publishes it by draft version', async () => {
    const user = userEvent.setup();
    const published = [{ slug: 'fife-2026-03', version: 1, publishedAt: '2026-05-10T09:00:00Z', changeNote: null }];
    const calls = mockOperations(
      answer(DraftQuery, data(draft({ state: 'REPORT_PUBLISHED', canEdit: false, canAnswerComments: false, canOpenCorrection: true, published }))),
      answer(OpenCorrection, { openReportCorrection: { reviewId: 'r1', draftVersion: 4 } }),
    );
    renderSection();
    expect(await screen.findByRole('heading', { name: 'Published report' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Version 1' })).toHaveAttribute('href', '/reports/fife-2026-03/versions/1');
    await user.click(screen.getByRole('button', { name: 'Open a correction' }));
    expect(await screen.findByRole('alert')).toHaveTextContent('Enter what the correction changes and why');
    await user.type(screen.getByLabelText('What does the correction change, and why?'), 'The number of schools.');
    await user.click(screen.getByRole('button', { name: 'Open a correction' }));
    await waitFor(() =>
      expect(calls.find((c) => c.query.includes('openReportCorrection'))?.variables).toEqual({
        reviewId: 'r1',
        changeNote: 'The number of schools.',
      }),
    );
    vi.unstubAllGlobals();

    const calls2 = mockOperations(
      answer(
        DraftQuery,
        data(draft({ isCorrection: true, changeNote: 'The number of schools.', draftVersion: 6, canPublish: true, awaitingApprovalFrom: [], sharedWithHostAt: '2026-05-12T09:00:00Z', published })),
      ),
      findings,
      answer(PublishCorrection, { publishReportCorrection: { reviewId: 'r1', draftVersion: 6 } }),
    );
    renderSection();
    const [publish] = await screen.findAllByRole('button', { name: 'Publish the correction' });
    await user.click(publish!);
    await waitFor(() =>
      expect(calls2.find((c) => c.query.includes('publishReportCorrection'))?.variables).toEqual({
        reviewId: 'r1',
        draftVersion: 6,
      }),
    );
  });
});
