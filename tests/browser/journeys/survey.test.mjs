// The participant survey, on a test clock standing at Monday 7 October 2024,
// 9 am in London (inside the visit of the demo's Quads review of East
// Renfrewshire, as in the report and follow-up journeys). The host lead
// records one more visit contact and the team lead completes the visit
// through the API; that sends a survey invitation with its own link to every
// accepted team member and every host contact, read here from the test SMTP
// server. Three invitees answer in the browser (one by keyboard alone, one
// after being told what a half-filled form still needs, which keeps what was
// typed); a fourth link is used, and refused when used again ("You have
// already answered"); an unknown link is refused in words. A programme
// officer goes from the review page to its results: the bars and the table
// agree on the counts, the respondents by organisation type, the comments
// without names, and the CSV of the same counts. A signed-in host user reads
// the programme's results; the officer finds the statements fixed, with the
// reason. Every page is checked with axe, by keyboard and at 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { chooseRadio, checkPage, gql, signIn, startStack, waitForHeading } from '../harness.mjs';
import { findLink, waitForMail } from '../mail.mjs';
import { completeVisitThroughApi, submittedQuadsReview } from '../through-api.mjs';

const HOST = 'East Renfrewshire';
const NOW = '2024-10-07T08:00:00Z';
const CONTACT = { role: 'Headteacher, Eastwood High School', name: 'Hana Head', email: 'hana.head@survey-journey.example' };
const SURVEY_LINK = /^\/survey\/[0-9a-f]{32}$/;
const COMMENT = 'The external perspective helped us see our tracking afresh.';

/** Presses Tab until the focused element matches `selector` (at most `limit` presses). */
async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${selector}`);
}

/** The statements of the form on `page`, in order: their legends. */
async function statementLegends(page) {
  return page.locator('fieldset:has(input[name^="statement-"]) legend').allTextContents();
}

/** Answers every statement with `answerFor(index)` by clicking labels, and the organisation type. */
async function answerAll(page, answerFor, organisation) {
  const groups = page.locator('fieldset:has(input[name^="statement-"])');
  const n = await groups.count();
  for (let i = 0; i < n; i += 1) {
    const label = answerFor(i);
    if (label === null) continue;
    const group = groups.nth(i);
    const id = await group.getByLabel(label, { exact: true }).getAttribute('id');
    await page.locator(`label[for="${id}"]`).click();
  }
  if (organisation) await chooseRadio(page, organisation);
}

describe('the participant survey', () => {
  let stack;
  before(async () => {
    stack = await startStack('survey', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('invitees answer from their emailed links once each, and officers read bars and table that agree', async () => {
    // --- Through the API: a visit contact, and the visit completed.
    const hostLead = await stack.newPage();
    await signIn(hostLead, 'lead2@demo.quads.scot');
    const review = await submittedQuadsReview(hostLead, HOST);
    await gql(hostLead, `mutation($r: UUID!, $i: HostContactInput!) { addHostContact(reviewId: $r, input: $i) { sequence } }`, {
      r: review.id,
      i: CONTACT,
    });
    const lead = await stack.newPage();
    await signIn(lead, 'peer4@demo.quads.scot');
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    await completeVisitThroughApi(lead, review.id, ['2024-10-07', '2024-10-08', '2024-10-09'], [
      { kind: 'STRENGTH', text: 'Headteachers describe a shared vision for the senior phase.' },
      { kind: 'AREA_FOR_IMPROVEMENT', text: 'Tracking of learners’ progress is not used consistently.' },
    ]);

    // --- Who is invited: the accepted team and the host's contacts, one mail and link each.
    const { review: full, visitPlan } = await gql(
      officer,
      `query($r: UUID!) { review(id: $r) { programme { id } team { invitation replaced user { email } } } visitPlan(reviewId: $r) { contacts { email } } }`,
      { r: review.id },
    );
    const invitees = [
      ...new Set([
        ...full.team.filter((m) => m.invitation === 'ACCEPTED' && !m.replaced).map((m) => m.user.email),
        ...(visitPlan.contacts ?? []).map((c) => c.email),
      ]),
    ];
    assert.ok(invitees.includes(CONTACT.email), 'the host contact is invited');
    assert.ok(invitees.length >= 4, `at least four invitees (${invitees.join(', ')})`);
    const links = [];
    for (const to of invitees) {
      const mail = await waitForMail(stack.maildir, { to, contains: /\/survey\/[0-9a-f]{32}/ });
      links.push(new URL(findLink(mail, SURVEY_LINK)).pathname);
    }
    assert.equal(new Set(links).size, invitees.length, 'every invitee has a link of their own');
    const programmeId = full.programme.id;

    // --- Invitee 1, by keyboard alone: strongly agrees with everything and comments.
    const one = await stack.newPage();
    await one.goto(links[0]);
    await waitForHeading(one, 'Participant survey');
    const legends = await statementLegends(one);
    assert.ok(legends.length >= 2, 'the survey has statements');
    await checkPage(one, 'survey-form');
    await one.locator('main h1').focus();
    const orgChecked = await one.locator('input[name="organisation-type"]:checked').count();
    await tabTo(one, 'input[name="organisation-type"]');
    if (orgChecked === 0) await one.keyboard.press('Space');
    for (let i = 1; i <= legends.length; i += 1) {
      await one.keyboard.press('Tab');
      assert.equal(await one.evaluate(() => document.activeElement?.getAttribute('name')), `statement-${i}`);
      await one.keyboard.press('Space'); // the first option: Strongly agree
    }
    await one.keyboard.press('Tab');
    assert.equal(await one.evaluate(() => document.activeElement?.id), 'comment');
    await one.keyboard.type(COMMENT);
    await one.getByText(`You have ${(2000 - COMMENT.length).toLocaleString('en-GB')} characters remaining`).waitFor();
    const orgOne = await one.locator('input[name="organisation-type"]:checked').getAttribute('value');
    await one.keyboard.press('Tab');
    await one.keyboard.press('Enter');
    await waitForHeading(one, 'Thank you for your answers');
    await one.getByText('They are anonymous').waitFor();
    await checkPage(one, 'survey-answered');

    // --- Invitee 2: half the form first, told what is missing, nothing typed lost; then agrees.
    const two = await stack.newPage();
    await two.goto(links[1]);
    await waitForHeading(two, 'Participant survey');
    await answerAll(two, (i) => (i === 0 ? 'Agree' : null), 'Education Scotland');
    await two.getByLabel('Comments (optional)').fill('Half a thought');
    await two.getByRole('button', { name: 'Send your answers' }).click();
    const summary = two.locator('.ds_error-summary');
    await summary.getByRole('link', { name: 'Choose an answer to statement 2' }).waitFor();
    assert.equal(await summary.getByRole('link', { name: 'Choose an answer to statement 1' }).count(), 0);
    assert.equal(await two.getByLabel('Comments (optional)').inputValue(), 'Half a thought');
    assert.ok(await two.locator('#statement-1-agree').isChecked(), 'the first answer is kept');
    await checkPage(two, 'survey-form-half-filled');
    await answerAll(two, () => 'Agree');
    await two.getByLabel('Comments (optional)').fill('');
    await two.getByRole('button', { name: 'Send your answers' }).click();
    await waitForHeading(two, 'Thank you for your answers');

    // --- Invitee 3: disagrees, and does not know about the last statement.
    const three = await stack.newPage();
    await three.goto(links[2]);
    await waitForHeading(three, 'Participant survey');
    await answerAll(three, (i) => (i === legends.length - 1 ? 'Don’t know' : 'Disagree'), 'HM Inspectors');
    await three.getByRole('button', { name: 'Send your answers' }).click();
    await waitForHeading(three, 'Thank you for your answers');

    // --- Invitee 4: answers, then opens the same link again and is refused.
    const four = await stack.newPage();
    await four.goto(links[3]);
    await waitForHeading(four, 'Participant survey');
    await answerAll(four, () => 'Agree', 'A local authority');
    await four.getByRole('button', { name: 'Send your answers' }).click();
    await waitForHeading(four, 'Thank you for your answers');
    await four.goto(links[3]);
    await waitForHeading(four, 'You have already answered');
    assert.equal(await four.getByRole('button', { name: 'Send your answers' }).count(), 0);
    await checkPage(four, 'survey-already-answered');
    // Sent again through the API all the same: refused, and nothing counted twice.
    const again = await four.request.post('/graphql', {
      data: {
        query: `mutation($t: String!, $r: SurveyResponseInput!) { answerSurvey(token: $t, response: $r) }`,
        variables: { t: links[3].split('/').pop(), r: { organisationType: 'AUTHORITY', answers: [], comment: null } },
      },
    });
    assert.equal((await again.json()).errors?.[0]?.extensions?.code, 'SURVEY_ALREADY_ANSWERED');

    // --- An unknown link.
    const stranger = await stack.newPage();
    await stranger.goto('/survey/0123456789abcdef0123456789abcdef');
    await waitForHeading(stranger, 'This survey link is not valid');
    await checkPage(stranger, 'survey-unknown-link');

    // --- The programme officer: from the review page to its results.
    await officer.goto(`/reviews/${review.id}`);
    await officer.getByRole('link', { name: 'Participant survey results for this review' }).click();
    await waitForHeading(officer, `Survey results: ${HOST}`);
    await officer.getByText(`4 of ${invitees.length} invited people answered.`).waitFor();
    const table = officer.getByRole('table', { name: /Answers to each statement/ });
    const expected = (i) =>
      i === legends.length - 1
        ? { STRONGLY_AGREE: 1, AGREE: 2, DISAGREE: 0, STRONGLY_DISAGREE: 0, DONT_KNOW: 1 }
        : { STRONGLY_AGREE: 1, AGREE: 2, DISAGREE: 1, STRONGLY_DISAGREE: 0, DONT_KNOW: 0 };
    for (let i = 0; i < legends.length; i += 1) {
      const row = table.locator(`tr[data-testid="row-${i + 1}"]`);
      const bar = officer.getByTestId(`bar-${i + 1}`);
      for (const [answer, count] of Object.entries(expected(i))) {
        const text = (await row.locator(`td[data-answer="${answer}"]`).textContent()).trim();
        const pct = count === 0 ? '0%' : `${(count * 25).toString()}%`;
        assert.equal(text, `${count} (${pct})`, `statement ${i + 1}, ${answer} in the table`);
        const rect = bar.locator(`rect[data-answer="${answer}"]`);
        if (count === 0) assert.equal(await rect.count(), 0, `statement ${i + 1}: no ${answer} bar`);
        else assert.equal(await rect.getAttribute('data-count'), String(count), `statement ${i + 1}, ${answer} in the bar`);
      }
    }
    await officer
      .getByRole('img', { name: `Statement 1, ${legends[0]}: Of 4 answers: 3 agree or strongly agree, 1 disagree or strongly disagree, 0 don’t know.` })
      .waitFor();
    const orgs = officer.getByRole('table', { name: 'Respondents by organisation type' });
    const byType = { AUTHORITY: 1, EDUCATION_SCOTLAND: 1, HM_INSPECTORS: 1, ADES: 0, OTHER: 0 };
    byType[orgOne] += 1;
    const typeLabels = {
      AUTHORITY: 'A local authority',
      EDUCATION_SCOTLAND: 'Education Scotland',
      HM_INSPECTORS: 'HM Inspectors',
      ADES: 'ADES',
      OTHER: 'Another organisation',
    };
    for (const [type, count] of Object.entries(byType)) {
      await orgs.getByRole('row', { name: `${typeLabels[type]} ${count}`, exact: true }).waitFor();
    }
    await officer.getByRole('list', { name: 'Comments, without names' }).getByText(COMMENT).waitFor();
    await checkPage(officer, 'survey-results-review');

    // The CSV of the same cut.
    const csvLink = officer.getByRole('link', { name: /as a spreadsheet \(CSV\)/ });
    const csv = await officer.request.get(await csvLink.getAttribute('href'));
    assert.equal(csv.status(), 200);
    const lines = (await csv.text()).trim().split(/\r?\n/);
    assert.equal(lines[0], 'position,statement,strongly_agree,agree,disagree,strongly_disagree,dont_know,answers');
    assert.match(lines[1], /^1,.*,1,2,1,0,0,4$/);

    // The officer's statements page: fixed now that invitations have gone, with the reason.
    await officer.goto(`/programmes/${programmeId}`);
    await officer.getByRole('link', { name: 'Survey statements' }).click();
    await waitForHeading(officer, 'Survey statements');
    await officer.getByText('The statements can no longer be changed', { exact: false }).waitFor();
    assert.equal(await officer.getByRole('button', { name: 'Save the statements' }).count(), 0);
    await checkPage(officer, 'survey-statements-locked');

    // --- A signed-in host user: the programme's results, from the programme page.
    await hostLead.goto(`/programmes/${programmeId}`);
    await hostLead.getByRole('link', { name: 'What participants said about the reviews' }).click();
    await waitForHeading(hostLead, 'Participant survey results');
    await hostLead.getByRole('table', { name: /Answers to each statement/ }).waitFor();
    assert.equal(await hostLead.getByRole('heading', { name: 'Results by phase and by review' }).count(), 0);
    await checkPage(hostLead, 'survey-results-programme');
  });
});
