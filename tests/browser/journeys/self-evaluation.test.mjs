// The self-evaluation stage: a host user completes the rubric of the demo's
// City of Edinburgh review indicator by indicator; the host lead's
// submission is refused while one indicator is missing, naming it; once
// complete the lead submits, a programme officer reopens it with a reason
// and the lead resubmits; a team member records the team's view by keyboard
// and sees both perspectives side by side. Then the evidence-only path on
// the demo's Collaborative Improvement review: reopened, a document added
// with its summary, submitted. Every page is checked with axe and by
// keyboard. Most indicators are filled through the API (the journey clicks
// through the steps that matter, and CI time counts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, chooseRadio, demoReview, gql, signIn, startStack, waitForHeading } from '../harness.mjs';

const INDICATORS = [
  ['1.1', 'Improvements in performance'],
  ['1.2', 'Fulfilment of statutory duties'],
  ['2.1', 'Impact on learners'],
  ['2.2', 'Impact on parents, carers and families'],
  ['2.3', 'Impact on staff'],
  ['2.4', 'Impact on the community'],
  ['3.1', 'Universal and targeted support for school improvement'],
  ['3.2', 'Inclusion, equality and fairness'],
  ['3.3', 'Self-evaluation and quality assurance'],
  ['4.1', 'Improvement planning and standards and quality reporting'],
  ['4.2', 'Professional learning and leadership development'],
  ['4.3', 'Partnership working'],
  ['4.4', 'Management of resources to promote equity'],
  ['5.1', 'Vision, values and aims'],
  ['5.2', 'Leadership and direction'],
  ['5.3', 'Leadership of change and collaboration'],
  ['6.1', 'Capacity for improvement'],
];

const SAVE = `mutation($i: SaveSelfEvaluationIndicatorInput!) { saveSelfEvaluationIndicator(input: $i) { version complete } }`;

describe('the self-evaluation', () => {
  let stack;
  before(async () => {
    stack = await startStack('self-evaluation');
  });
  after(async () => {
    await stack?.stop();
  });

  test('complete, refused while one indicator is missing, submit, reopen, resubmit, the team’s view side by side', async () => {
    const qio = await stack.newPage();
    await signIn(qio, 'qio@demo.quads.scot');
    const review = await demoReview(qio, 'Quads 2024-25', 'TEAM_FORMED');
    const host = review.hosts[0];
    assert.equal(host.name, 'City of Edinburgh');
    const base = `/reviews/${review.id}/self-evaluation`;

    // The host user sees the rubric as a task list, on the pinned framework.
    await qio.goto(base);
    await qio.getByRole('heading', { name: 'Self-evaluation', exact: true }).waitFor();
    await qio.getByText(/Made on .*, version 1\./).waitFor();
    await qio.getByText('0 of 17').waitFor();
    await checkPage(qio, 'self-evaluation-start');

    // The first indicator, in its editor: a grade with each level's meaning,
    // evidence, strengths; saved with its status shown.
    await qio.getByRole('link', { name: '1.1 Improvements in performance' }).click();
    await qio.getByRole('heading', { name: '1.1 Improvements in performance' }).waitFor();
    await qio.locator('#qi-save-status', { hasText: 'Not saved yet.' }).waitFor();
    await chooseRadio(qio, '5 – Very good');
    await qio.getByLabel('Evidence', { exact: true }).fill('Attainment in the senior phase rose for three years running.');
    await qio.getByLabel('Strengths', { exact: true }).fill('Tracking and monitoring across all secondaries.');
    await qio.locator('#qi-save-status', { hasText: 'You have changes that are not saved yet.' }).waitFor();
    await qio.getByRole('button', { name: 'Save indicator 1.1' }).click();
    await qio.locator('#qi-save-status', { hasText: /^Saved\. Last edited by / }).waitFor();
    await checkPage(qio, 'self-evaluation-indicator');

    // Fifteen more through the API; 6.1 stays missing.
    for (const [number] of INDICATORS.slice(1, 16)) {
      await gql(qio, SAVE, {
        i: { reviewId: review.id, authorityId: host.id, indicator: number, version: 0, grade: 4, evidence: `Evidence for ${number}` },
      });
    }

    // The host lead's submission is refused, naming the missing indicator.
    const lead = await stack.newPage();
    await signIn(lead, 'lead@demo.quads.scot');
    await lead.goto(base);
    await lead.getByText('16 of 17').waitFor();
    await lead.getByRole('button', { name: 'Submit the self-evaluation' }).click();
    const refusal = lead.locator('.ds_error-summary');
    await refusal.getByText('You cannot submit the self-evaluation yet').waitFor();
    await refusal.getByText('Quality indicator 6.1 Capacity for improvement is not graded with evidence.').waitFor();
    assert.equal(await refusal.locator('li').count(), 1, 'only the missing indicator is listed');
    await checkPage(lead, 'self-evaluation-refused');

    // The host user completes it.
    await qio.getByRole('link', { name: 'Back to the self-evaluation' }).click();
    await qio.getByRole('link', { name: '6.1 Capacity for improvement' }).click();
    await qio.getByRole('heading', { name: '6.1 Capacity for improvement' }).waitFor();
    await chooseRadio(qio, '4 – Good');
    await qio.getByLabel('Evidence', { exact: true }).fill('Leaders at every level lead change together.');
    await qio.getByRole('button', { name: 'Save indicator 6.1' }).click();
    await qio.locator('#qi-save-status', { hasText: /^Saved\./ }).waitFor();
    await qio.getByRole('link', { name: 'Back to the self-evaluation' }).click();
    await qio.getByText('17 of 17').waitFor();

    // The host lead submits.
    await lead.reload();
    await lead.getByText('17 of 17').waitFor();
    await lead.getByRole('button', { name: 'Submit the self-evaluation' }).click();
    await lead.getByText('The self-evaluation is submitted.', { exact: false }).waitFor();
    await lead.getByText(/^Submitted by /).waitFor();
    await lead.locator('[aria-current="step"]', { hasText: 'Self-evaluation submitted' }).waitFor();
    await checkPage(lead, 'self-evaluation-submitted');

    // A programme officer reopens it with a reason.
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    await officer.goto(base);
    const reopen = officer.getByRole('form', { name: 'Reopen the self-evaluation' });
    await reopen.getByLabel('Why is the self-evaluation reopened?').fill('The host asked to add this year’s attendance data.');
    await checkPage(officer, 'self-evaluation-reopen');
    await reopen.getByRole('button', { name: 'Reopen the self-evaluation' }).click();
    await officer.getByText(/^Done: /).waitFor();
    await officer.getByText('Not submitted').waitFor();

    // The lead resubmits.
    await lead.reload();
    await lead.getByRole('button', { name: 'Submit the self-evaluation' }).click();
    await lead.getByText('The self-evaluation is submitted.', { exact: false }).waitFor();

    // A team member records the team's view of 1.1 by keyboard, then sees
    // both perspectives side by side with the difference in grades.
    const member = await stack.newPage();
    await signIn(member, 'peer2@demo.quads.scot');
    await member.goto(`/reviews/${review.id}/team-view`);
    // The heading is read once the page has its table: while loading it is
    // a placeholder.
    const table = member.getByRole('table');
    await table.waitFor();
    await waitForHeading(member, (await member.locator('main h1').textContent()).trim());
    await checkPage(member, 'team-view-before');
    await member.getByRole('link', { name: 'Record the team’s view of 1.1' }).click();
    await member.getByRole('heading', { name: 'The team’s view of 1.1 Improvements in performance' }).waitFor();
    await checkPage(member, 'team-view-editor');
    await member.getByLabel('4 – Good', { exact: true }).focus();
    await member.keyboard.press('Space');
    assert.ok(await member.getByLabel('4 – Good', { exact: true }).isChecked());
    await member.keyboard.press('Tab');
    await member.keyboard.type('Attainment rose, but less in the most deprived areas.');
    await member.keyboard.press('Tab');
    await member.keyboard.press('Enter');
    await member.locator('#tv-save-status', { hasText: /^Saved\./ }).waitFor();
    await member.getByRole('link', { name: 'Back to the side-by-side view' }).click();
    const row = member.getByRole('row', { name: /^1\.1 Improvements in performance/ });
    await row.getByText('Grade 5').waitFor();
    await row.getByText('Grade 4').waitFor();
    await row.getByText('Attainment rose, but less in the most deprived areas.').waitFor();
    await row.getByText('the team 1 grade lower').waitFor();
    await checkPage(member, 'team-view-side-by-side');
  });

  test('an evidence-only self-evaluation: a document with its summary, then submitted', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const review = await demoReview(officer, 'Collaborative Improvement 2025-26', 'SELF_EVALUATION_SUBMITTED');
    // The demo's CI review was submitted; reopened to add a document.
    await gql(
      officer,
      'mutation($r: UUID!, $v: Int!) { reopenSelfEvaluation(reviewId: $r, version: $v, reason: "A second document is coming") { state } }',
      { r: review.id, v: review.version },
    );

    const lead = await stack.newPage();
    await signIn(lead, 'lead3@demo.quads.scot');
    await lead.goto(`/reviews/${review.id}/self-evaluation`);
    await lead.getByRole('heading', { name: 'Self-evaluation documents' }).waitFor();
    await lead.getByText('Standards and Quality report 2024-25', { exact: false }).waitFor();
    assert.equal(await lead.getByRole('list', { name: 'Quality indicators' }).count(), 0, 'no rubric');
    await lead.getByLabel('Summary of the document').fill('Attendance and exclusions, 2024-25.');
    await lead.getByLabel('Document', { exact: true }).setInputFiles({
      name: 'attendance-2025.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('Attendance 2024-25\nPrimary 94.1%\nSecondary 89.7%\n'),
    });
    await lead.getByRole('button', { name: 'Add the document' }).click();
    await lead.getByRole('link', { name: 'attendance-2025.txt' }).waitFor();
    await lead.getByText('Attendance and exclusions, 2024-25.').waitFor();
    await checkPage(lead, 'self-evaluation-evidence');
    await lead.getByRole('button', { name: 'Submit the self-evaluation' }).click();
    await lead.getByText('The self-evaluation is submitted.', { exact: false }).waitFor();
    await lead.locator('[aria-current="step"]', { hasText: 'Self-evaluation submitted' }).waitFor();
    await checkPage(lead, 'self-evaluation-evidence-submitted');
  });
});
