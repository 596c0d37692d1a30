// Findings, from the visit in progress to the visit completed, on a test
// clock standing at Monday 7 October 2024, 9 am in London (the first day
// of the East Renfrewshire visit, which the API sets up and starts: the
// visit journey does it through the browser).
//
// First the room without a connection: a team member records two findings
// offline, is told they are kept on the device, comes back online and
// reloads, and the server has each once; another time the page is closed
// while offline with one finding recorded and one half typed, and when it
// is reopened online the recorded one is sent and the typed one offered
// back in the form, then recorded, each once.
//
// Then the visit: members record findings (one by keyboard only, at tablet
// width), the team lead merges two duplicate strengths with new wording,
// rewords an area for improvement, agrees both and completes the visit
// (refused with its checklist until one of each is agreed); the host lead
// reads the agreed findings, and none of the drafts. axe, keyboard and
// 320 px on every page.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkAxe, checkPage, checkReflow, chooseRadio, gql, signIn, startStack } from '../harness.mjs';

const HOST = 'East Renfrewshire';
const NOW = '2024-10-07T08:00:00Z';
const DAYS = ['2024-10-07', '2024-10-08', '2024-10-09'];

const FINDINGS = `query($r: UUID!) { reviewFindings(reviewId: $r) { state findings { id text status kind author { name } } } }`;

/** How many findings on the server have exactly this text. */
async function countOnServer(page, reviewId, text) {
  const { reviewFindings } = await gql(page, FINDINGS, { r: reviewId });
  return reviewFindings.findings.filter((f) => f.text === text).length;
}

/** A finding's text in the page's list (not in its history). */
function listed(page, text) {
  return page.locator('.quads-findings .quads-finding__text').filter({ hasText: text });
}

/** Failed requests while the page is offline are expected console errors; nothing else is. */
function dropOfflineNoise(page) {
  page.problems = page.problems.filter((p) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|Failed to load resource/.test(p));
}

describe('findings', () => {
  let stack;
  let review;
  let tab;
  before(async () => {
    stack = await startStack('findings', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
    // The team lead sets the days and a session and starts the visit, through the API.
    const lead = await stack.newPage();
    await signIn(lead, 'peer4@demo.quads.scot');
    const { reviews } = await gql(
      lead,
      `query { reviews(filter: { states: [SELF_EVALUATION_SUBMITTED] }, limit: 100) { items { id version programme { name } hosts { name } } } }`,
    );
    review = reviews.items.find((r) => r.programme.name === 'Quads 2024-25' && r.hosts[0]?.name === HOST);
    assert.ok(review, `the demo has ${HOST}'s review at Self-evaluation submitted`);
    tab = `/reviews/${review.id}/findings`;
    const { setVisitDates } = await gql(
      lead,
      `mutation($r: UUID!, $v: Int!, $d: [NaiveDate!]!) { setVisitDates(reviewId: $r, version: $v, days: $d) { reviewVersion } }`,
      { r: review.id, v: review.version, d: DAYS },
    );
    const { addVisitSession } = await gql(
      lead,
      `mutation($r: UUID!, $v: Int!) { addVisitSession(reviewId: $r, version: $v, input: { day: "2024-10-07", startsAt: "09:30", endsAt: "11:00", kind: FOCUS_GROUP, audiences: [], memberIds: [] }) { reviewVersion } }`,
      { r: review.id, v: setVisitDates.reviewVersion },
    );
    const { startVisit } = await gql(lead, `mutation($r: UUID!, $v: Int!) { startVisit(reviewId: $r, version: $v) { state } }`, {
      r: review.id,
      v: addVisitSession.reviewVersion,
    });
    assert.equal(startVisit.state, 'VISIT_IN_PROGRESS');
    await lead.context().close();
  });
  after(async () => {
    await stack?.stop();
  });

  test('two findings recorded offline are kept on the device, sent when back online, and on the server once each after a reload', async () => {
    const member = await stack.newPage();
    await signIn(member, 'peer6@demo.quads.scot');
    await member.goto(tab);
    await member.getByRole('heading', { name: 'Record a finding' }).waitFor();

    await member.context().setOffline(true);
    const texts = ['Offline one: pupils’ voice shapes the improvement plan', 'Offline two: moderation across schools is regular'];
    const outbox = member.getByRole('region', { name: 'On this device, not yet sent' });
    for (const text of texts) {
      await chooseRadio(member, 'Strength');
      await member.getByLabel('Finding', { exact: true }).fill(text);
      await member.getByRole('button', { name: 'Record the finding' }).click();
      await outbox.getByText(text).waitFor();
      await member.getByText('Saved on this device, will be sent when you are back online.').waitFor();
      await member.getByLabel('Finding', { exact: true }).and(member.locator(':focus')).waitFor();
    }
    await outbox.getByText('These 2 findings are saved on this device and will be sent when you are back online.').waitFor();
    for (const text of texts) await outbox.getByText(text).waitFor();
    await checkAxe(member, 'findings-offline');
    await checkReflow(member, 'findings-offline');

    await member.context().setOffline(false);
    // The online event sends them: the list on the device empties.
    await outbox.waitFor({ state: 'detached', timeout: 20_000 });
    await member.reload();
    await member.getByRole('heading', { name: 'Record a finding' }).waitFor();
    for (const text of texts) {
      assert.equal(await countOnServer(member, review.id, text), 1, `“${text}” is on the server once`);
      await listed(member, text).waitFor();
    }
    assert.equal(await member.getByRole('region', { name: 'On this device, not yet sent' }).count(), 0);
    dropOfflineNoise(member);
    await member.context().close();
  });

  test('a page closed offline with findings typed offers them again when reopened online, and each is sent once', async () => {
    const first = await stack.newPage();
    const context = first.context();
    await signIn(first, 'peer6@demo.quads.scot');
    await first.goto(tab);
    await first.getByRole('heading', { name: 'Record a finding' }).waitFor();
    await context.setOffline(true);
    const recorded = 'Closed offline: attendance is tracked weekly';
    const typed = 'Closed offline: half typed about transitions';
    await chooseRadio(first, 'Area for improvement');
    await first.getByLabel('Finding', { exact: true }).fill(recorded);
    await first.getByRole('button', { name: 'Record the finding' }).click();
    await first.getByText('Saved on this device, will be sent when you are back online.').waitFor();
    await chooseRadio(first, 'Evidence');
    await first.getByLabel('Finding', { exact: true }).fill(typed);
    // Kept as it is typed (a short pause lets the last keystrokes be saved).
    await first.waitForTimeout(1_000);
    await first.close();

    // Reopened, online, in the same browser.
    await context.setOffline(false);
    const page = await context.newPage();
    page.problems = [];
    page.on('console', (msg) => {
      if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
    });
    page.setDefaultTimeout(10_000);
    await page.goto(tab);
    await page.getByText(/A finding you typed on this device on .* was not recorded/).waitFor();
    assert.equal(await page.getByLabel('Finding', { exact: true }).inputValue(), typed);
    assert.ok(await page.getByLabel('Evidence', { exact: true }).isChecked());
    // The one recorded offline was sent as the page opened.
    await listed(page, recorded).waitFor({ timeout: 20_000 });
    await checkPage(page, 'findings-offered-again');
    await page.getByLabel('Finding', { exact: true }).focus();
    await page.keyboard.press('Control+Enter');
    await page.getByText('Finding saved.').waitFor();
    await listed(page, typed).waitFor();
    await page.reload();
    await page.getByRole('heading', { name: 'Record a finding' }).waitFor();
    assert.equal(await countOnServer(page, review.id, recorded), 1, 'the finding recorded offline is on the server once');
    assert.equal(await countOnServer(page, review.id, typed), 1, 'the finding typed offline is on the server once');
    assert.equal(await page.getByLabel('Finding', { exact: true }).inputValue(), '');
    await context.close();
  });

  test('members record findings, the lead merges, rewords, agrees and completes the visit, and the host lead reads only the agreed ones', async () => {
    // A member at tablet width, by keyboard only.
    const member = await stack.newPage({ viewport: { width: 768, height: 1024 } });
    await signIn(member, 'peer5@demo.quads.scot');
    await member.goto(`/reviews/${review.id}`);
    await member.getByRole('link', { name: 'Findings', exact: true }).click();
    await member.getByRole('heading', { name: 'Record a finding' }).waitFor();
    await checkPage(member, 'findings-capture');
    const wide = await member.evaluate(() => document.documentElement.scrollWidth);
    assert.ok(wide <= 768, `at 768 px the page is ${wide} px wide`);

    const strength = 'Leaders know their schools well and act on what they find';
    const area = 'Tracking of progress in the broad general education is patchy';
    await member.getByLabel('Strength', { exact: true }).focus();
    await member.keyboard.press('Space');
    await member.keyboard.press('Tab');
    await member.keyboard.type(strength);
    await member.keyboard.press('Control+Enter');
    await member.getByText('Finding saved.').waitFor();
    // Focus is back in the text for the next one; the kind stays.
    await member.getByLabel('Finding', { exact: true }).and(member.locator(':focus')).waitFor();
    await member.keyboard.press('Shift+Tab');
    await member.keyboard.press('ArrowRight');
    assert.ok(await member.getByLabel('Area for improvement', { exact: true }).isChecked());
    await member.keyboard.press('Tab');
    await member.keyboard.type(area);
    // The session, by keyboard: Tab to the select and choose the first session.
    await member.keyboard.press('Tab');
    await member.keyboard.press('ArrowDown');
    await member.keyboard.press('Control+Enter');
    await member.getByText('Finding saved.').waitFor();
    await listed(member, strength).waitFor();
    await listed(member, area).waitFor();
    await checkPage(member, 'findings-recorded');

    // Another member: the same strength in other words, and evidence left as a draft.
    const other = await stack.newPage();
    await signIn(other, 'peer6@demo.quads.scot');
    await other.goto(tab);
    const duplicate = 'Senior leaders have an accurate picture of their schools';
    const evidence = 'Draft evidence: the host must never read this';
    for (const [kind, text] of [
      ['Strength', duplicate],
      ['Evidence', evidence],
    ]) {
      await chooseRadio(other, kind);
      await other.getByLabel('Finding', { exact: true }).fill(text);
      if (kind === 'Evidence') {
        // A document with it, attached once the finding is recorded.
        await other.getByLabel('Document (optional)').setInputFiles({
          name: 'focus-group-notes.txt',
          mimeType: 'text/plain',
          buffer: Buffer.from('Notes from the focus group with headteachers.\n'),
        });
      }
      await other.getByRole('button', { name: 'Record the finding' }).click();
      await listed(other, text).waitFor();
    }
    await other.getByText('Finding saved. “focus-group-notes.txt” is attached.').waitFor();
    const download = other.locator('.quads-findings > li').filter({ hasText: evidence }).getByRole('link', { name: 'focus-group-notes.txt' });
    const file = await other.request.get(await download.getAttribute('href'));
    assert.equal(file.status(), 200);
    assert.match(await file.text(), /^Notes from the focus group/);

    // The team lead: nothing agreed yet, so the visit cannot be completed.
    const lead = await stack.newPage();
    await signIn(lead, 'peer4@demo.quads.scot');
    await lead.goto(tab);
    await lead.getByText('Agreed so far: 0 strengths and 0 areas for improvement.').waitFor();
    await lead.getByRole('heading', { name: 'Complete the visit' }).waitFor();
    // What is missing is listed, and there is no button yet.
    await lead.locator('#complete-checklist').getByText('The team has not agreed any strength.').waitFor();
    await lead.locator('#complete-checklist').getByText('The team has not agreed any area for improvement.').waitFor();
    assert.equal(await lead.getByRole('button', { name: 'Complete the visit' }).count(), 0);
    await checkPage(lead, 'findings-lead');

    // Each finding's card by its id, which stays when its text changes.
    const cardOf = async (text) =>
      lead.locator(`[id="${await lead.locator('.quads-findings > li').filter({ hasText: text }).first().getAttribute('id')}"]`);
    const strengthCard = await cardOf(strength);
    const duplicateCard = await cardOf(duplicate);
    const areaCard = await cardOf(area);

    // Merge the two strengths, keeping the first, in the lead's words.
    const merged = 'Leaders at every level know their schools well and act on what they find';
    await lead.getByRole('button', { name: 'Merge duplicate findings' }).click();
    const form = lead.getByRole('form', { name: 'Merge duplicate findings' });
    await form.locator('label', { hasText: strength.slice(0, 40) }).first().click();
    await form.locator('label', { hasText: duplicate.slice(0, 40) }).first().click();
    const kept = form.getByRole('group', { name: 'Which finding is kept?' });
    await kept.locator('label', { hasText: strength.slice(0, 40) }).click();
    await form.getByLabel('Wording of the merged finding').fill(merged);
    await checkPage(lead, 'findings-merge');
    await form.getByRole('button', { name: 'Merge the findings' }).click();
    await lead.getByText(/One finding is merged into/).waitFor();
    await strengthCard.locator('.quads-finding__text', { hasText: merged }).waitFor();
    await strengthCard.locator('.ds_tag', { hasText: 'Draft' }).waitFor();
    await duplicateCard.locator('.ds_tag', { hasText: 'Merged' }).waitFor();

    // Reword the area for improvement.
    const reworded = 'Tracking of progress in the broad general education is not yet consistent across schools';
    await areaCard.getByRole('button', { name: /^Reword/ }).click();
    await areaCard.getByLabel('Finding', { exact: true }).fill(reworded);
    await areaCard.getByRole('button', { name: /^Save/ }).click();
    await lead.getByText(/is reworded\.$/).waitFor();
    // Its history keeps both wordings.
    await areaCard.locator('summary', { hasText: 'History' }).click();
    await areaCard.getByText('Reworded by the team lead', { exact: false }).waitFor();
    await areaCard.locator('.quads-finding__history').getByText(area).waitFor();

    // Agree both; then the visit can be completed.
    await strengthCard.getByRole('button', { name: /^Agree/ }).click();
    await lead.getByText(/is agreed\.$/).waitFor();
    await areaCard.getByRole('button', { name: /^Agree/ }).click();
    await lead.getByText('Agreed so far: 1 strength and 1 area for improvement.').waitFor();
    await checkPage(lead, 'findings-agreed');
    await lead.getByRole('button', { name: 'Complete the visit' }).click();
    await lead.getByText('The visit is completed. The host lead is told that the agreed findings can now be read.').waitFor();
    await lead.locator('[aria-current="step"]', { hasText: 'Visit completed' }).waitFor();
    await lead.getByRole('heading', { name: 'Agreed findings' }).waitFor();

    // The host lead reads the agreed findings, and no draft.
    const host = await stack.newPage();
    await signIn(host, 'lead2@demo.quads.scot');
    await host.goto(tab);
    await host.getByRole('heading', { name: 'Agreed findings' }).waitFor();
    await host.getByText('The team agreed 1 strength and 1 area for improvement.').waitFor();
    await host.getByRole('heading', { name: 'Strengths' }).waitFor();
    await host.locator('.quads-finding__text', { hasText: merged }).waitFor();
    await host.locator('.quads-finding__text', { hasText: reworded }).waitFor();
    // Nor how the team got there: no history of drafts.
    assert.equal(await host.getByText(strength).count(), 0, 'the merged-away wording never reaches the host');
    assert.equal(await host.getByText(evidence).count(), 0, 'a draft never reaches the host');
    assert.equal(await host.getByRole('button', { name: /Agree|Reword|Remove|Record/ }).count(), 0);
    const { reviewFindings } = await gql(host, FINDINGS, { r: review.id });
    assert.equal(reviewFindings.state, 'VISIT_COMPLETED');
    assert.deepEqual(
      [...new Set(reviewFindings.findings.map((f) => f.status))],
      ['AGREED'],
      'the API gives the host the agreed findings only',
    );
    await checkPage(host, 'findings-host');
  });
});
