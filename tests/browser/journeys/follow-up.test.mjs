// The follow-up, from a published report to a closed review, on a test
// clock standing at Monday 7 October 2024, 9 am in London (inside the visit
// of the demo's Quads review with a submitted rubric, East Renfrewshire's,
// as in the report journey). The stages up to REPORT_PUBLISHED are made
// through the API (visit days, start, an agreed strength and area for
// improvement, completion, the draft shared, approved and published); then
// in the browser: the host lead sees what beginning the follow-up still
// needs, creates an action from the area for improvement by keyboard with
// themself as owner, adds a progress note with a document, saves the first
// follow-up session (proposed six months on) and its notes, and begins the
// follow-up; a programme officer sees that closing needs the action done
// and an impact measure; the host lead records a measure (93.2% to 95.7%:
// "+2.5 percentage points") and marks it for publication, and an anonymous
// visitor reads it with the public report; the action is marked done and
// the officer closes the review. Every page is checked with axe, by
// keyboard and at 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chooseRadio, checkPage, gql, signIn, startStack } from '../harness.mjs';
import { completeVisitThroughApi, submittedQuadsReview } from '../through-api.mjs';

const HOST = 'East Renfrewshire';
const NOW = '2024-10-07T08:00:00Z';
const AREA = 'Tracking of learners’ progress is not used consistently.';
const ACTION = 'Introduce one tracking tool in every secondary school.';

describe('the follow-up', () => {
  let stack;
  before(async () => {
    stack = await startStack('follow-up', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('actions, a progress note, a session, an impact measure published, the follow-up begun and the review closed', async () => {
    // --- Through the API: the review up to REPORT_PUBLISHED.
    const hostLead = await stack.newPage();
    await signIn(hostLead, 'lead2@demo.quads.scot');
    const review = await submittedQuadsReview(hostLead, HOST);
    const tab = `/reviews/${review.id}/follow-up`;
    const { me } = await gql(hostLead, `query { me { id name } }`);

    const lead = await stack.newPage();
    await signIn(lead, 'peer4@demo.quads.scot');
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    await completeVisitThroughApi(lead, review.id, ['2024-10-07', '2024-10-08', '2024-10-09'], [
      { kind: 'STRENGTH', text: 'Headteachers describe a shared vision for the senior phase.' },
      { kind: 'AREA_FOR_IMPROVEMENT', text: AREA },
    ]);
    const version = async () =>
      (await gql(lead, `query($r: UUID!) { review(id: $r) { version } }`, { r: review.id })).review.version;
    await gql(lead, `mutation($r: UUID!, $v: Int!) { draftReport(reviewId: $r, version: $v) { state } }`, { r: review.id, v: await version() });
    const draft = async (page) =>
      (await gql(page, `query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion canPublish published { slug } } }`, { r: review.id }))
        .reportDraft;
    await gql(lead, `mutation($r: UUID!, $d: Int!) { shareReportDraft(reviewId: $r, draftVersion: $d) { draftVersion } }`, {
      r: review.id,
      d: (await draft(lead)).draftVersion,
    });
    for (const page of [hostLead, officer]) {
      await gql(page, `mutation($r: UUID!, $d: Int!) { approveReport(reviewId: $r, draftVersion: $d) { draftVersion } }`, {
        r: review.id,
        d: (await draft(lead)).draftVersion,
      });
    }
    const publisher = (await draft(lead)).canPublish ? lead : officer;
    await gql(publisher, `mutation($r: UUID!, $v: Int!) { publishReport(reviewId: $r, version: $v) { state } }`, {
      r: review.id,
      v: await version(),
    });
    const publicPath = `/reports/${(await draft(lead)).published[0].slug}`;

    // --- The host lead: what beginning the follow-up needs, and no button yet.
    await hostLead.goto(tab);
    await hostLead.getByRole('heading', { name: 'Follow-up', exact: true }).waitFor();
    const next = hostLead.getByRole('region', { name: 'Next step' });
    await next.getByText('1 published area for improvement has no action and no reason why none.').waitFor();
    await next.getByText('No follow-up session is scheduled.').waitFor();
    assert.equal(await hostLead.getByRole('button', { name: 'Begin the follow-up' }).count(), 0);
    await hostLead.getByRole('region', { name: 'Follow-up session 1 (six months)' }).getByText('Not scheduled', { exact: true }).waitFor();
    await checkPage(hostLead, 'follow-up-published');

    // An action from the area for improvement, by keyboard: the host lead owns it.
    await hostLead.getByRole('button', { name: 'Add an action for area for improvement 1' }).focus();
    await hostLead.keyboard.press('Enter');
    const description = hostLead.getByLabel('What will be done');
    await description.waitFor();
    await description.focus();
    await hostLead.keyboard.type(ACTION);
    await hostLead.getByLabel('Owner').selectOption({ label: me.name });
    await hostLead.getByLabel('Due date').focus();
    await hostLead.keyboard.type('31/3/2025');
    await checkPage(hostLead, 'follow-up-action-form');
    await hostLead.getByLabel('Due date').focus();
    await hostLead.keyboard.press('Enter');
    await hostLead.getByText('The action is added, due 31 March 2025.').waitFor();
    const open = hostLead.getByRole('region', { name: 'Open (1)' });
    const card = open.getByRole('article', { name: ACTION });
    await card.getByText(me.name, { exact: true }).waitFor();
    await card.getByText('31 March 2025').waitFor();

    // A progress note with a document.
    await card.getByRole('button', { name: `Add a progress note to ${ACTION}` }).click();
    await hostLead.getByLabel('Progress', { exact: true }).fill('Piloted in two schools; the others start in January.');
    await hostLead.getByLabel('Document (optional)').setInputFiles({
      name: 'pilot-plan.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('The pilot plan for the tracking tool.\n'),
    });
    await hostLead.getByLabel('What the document is (optional)').fill('The pilot plan');
    await checkPage(hostLead, 'follow-up-note-form');
    await hostLead.getByRole('button', { name: 'Save the progress note' }).click();
    await hostLead.getByText('The progress note is saved with “pilot-plan.txt”.').waitFor();
    await card.getByText('Piloted in two schools; the others start in January.').waitFor();
    await card.getByRole('link', { name: 'pilot-plan.txt' }).waitFor();

    // The first follow-up session, saved on its proposed date (six months on, a working day), with notes.
    const session = hostLead.getByRole('region', { name: 'Follow-up session 1 (six months)' });
    const proposed = await session.getByLabel('Date of session 1').inputValue();
    assert.match(proposed, /^\d{1,2}\/4\/2025$/, 'proposed six months after publication');
    await session.getByRole('button', { name: 'Save session 1' }).click();
    await hostLead.getByText('Follow-up session 1 is scheduled for', { exact: false }).waitFor();
    await session.getByText('Scheduled', { exact: true }).waitFor();
    await session.getByLabel('Notes of session 1').fill('Review the tracking tool’s use with headteachers.');
    await session.getByRole('button', { name: 'Save the notes of session 1' }).click();
    await hostLead.getByText('The notes of follow-up session 1 are saved.').waitFor();
    await checkPage(hostLead, 'follow-up-planned');

    // Nothing is missing now: the host lead begins the follow-up.
    await next.getByRole('button', { name: 'Begin the follow-up' }).click();
    await hostLead.getByText('Done: Begin the follow-up.').waitFor();
    assert.equal(
      (await gql(hostLead, `query($r: UUID!) { review(id: $r) { state } }`, { r: review.id })).review.state,
      'FOLLOW_UP',
    );

    // --- The programme officer: closing needs the action done and an impact measure.
    await officer.goto(tab);
    const closing = officer.getByRole('region', { name: 'Next step' });
    await closing.getByText('is neither done nor carried into the authority', { exact: false }).waitFor();
    await closing.getByText('No impact measure has a later value or a recorded reason why none.').waitFor();
    assert.equal(await officer.getByRole('button', { name: 'Close the review' }).count(), 0);
    await checkPage(officer, 'follow-up-officer-before-close');

    // --- The host lead records an impact measure and marks it for publication.
    await hostLead.reload();
    await hostLead.getByRole('button', { name: 'Record an impact measure' }).click();
    await hostLead.getByLabel('Measure', { exact: true }).fill('Positive destinations');
    await hostLead.getByLabel('Learner group').fill('All pupils');
    await chooseRadio(hostLead, 'Percentage');
    await hostLead.getByLabel('Baseline value (%)').fill('93.2');
    await hostLead.getByLabel('Baseline period').fill('2022-23');
    await hostLead.getByLabel('Later value (%) (optional)').fill('95.7');
    await hostLead.getByRole('button', { name: 'Record the measure' }).click();
    // A later value needs its period: said before anything is sent.
    await hostLead.locator('.ds_error-summary').getByText('Enter the period of the later value, for example 2024-25').waitFor();
    await checkPage(hostLead, 'follow-up-measure-form');
    await hostLead.getByLabel('Later period (optional)').fill('2024-25');
    await hostLead.getByRole('button', { name: 'Record the measure' }).click();
    await hostLead.getByText('Positive destinations (All pupils) is recorded.').waitFor();
    const table = hostLead.getByRole('table', { name: 'Impact measures' });
    const row = table.getByRole('row', { name: /Positive destinations/ });
    await row.getByText('+2.5 percentage points').waitFor();
    await row.getByText('Not published').waitFor();
    await hostLead.getByRole('img', { name: /93\.2% in 2022-23, then 95\.7% in 2024-25 \(\+2\.5 percentage points\)/ }).waitFor();
    await row.getByRole('button', { name: 'Publish Positive destinations (All pupils)' }).click();
    await hostLead.getByText('Positive destinations (All pupils) is shown with the public report.').waitFor();
    await row.getByText('Published', { exact: true }).waitFor();
    await checkPage(hostLead, 'follow-up-measure-published');

    // --- An anonymous visitor reads the measure with the public report.
    const visitor = await stack.newPage();
    await visitor.goto(publicPath);
    const impact = visitor.getByRole('region', { name: 'Impact since the review' });
    await impact.getByRole('row', { name: /Positive destinations/ }).getByText('+2.5 percentage points').waitFor();
    await checkPage(visitor, 'follow-up-public-report');

    // --- The action is done.
    await hostLead.getByRole('button', { name: `Change the action “${ACTION}”` }).click();
    await chooseRadio(hostLead, 'Done');
    await checkPage(hostLead, 'follow-up-action-done-form');
    await hostLead.getByRole('button', { name: 'Save the action' }).click();
    await hostLead.getByText('The action is saved: done, due 31 March 2025.').waitFor();
    await hostLead.getByRole('region', { name: 'Done (1)' }).getByRole('article', { name: ACTION }).waitFor();

    // --- The programme officer closes the review.
    await officer.reload();
    await officer.getByRole('region', { name: 'Next step' }).getByText('Everything needed is in place.').waitFor();
    await checkPage(officer, 'follow-up-ready-to-close');
    await officer.getByRole('button', { name: 'Close the review' }).click();
    await officer.getByText('Done: Close the review.').waitFor();
    await officer.getByText('The review is closed: its follow-up can be read but no longer changed.').waitFor();
    assert.equal((await gql(officer, `query($r: UUID!) { review(id: $r) { state } }`, { r: review.id })).review.state, 'CLOSED');
    await checkPage(officer, 'follow-up-closed');

    // Closed: the host lead reads the follow-up and changes nothing.
    await hostLead.reload();
    await hostLead.getByText('The review is closed: its follow-up can be read but no longer changed.').waitFor();
    assert.equal(await hostLead.getByRole('button', { name: /^Change the action/ }).count(), 0);
    assert.equal(await hostLead.getByRole('button', { name: 'Record an impact measure' }).count(), 0);
  });
});
