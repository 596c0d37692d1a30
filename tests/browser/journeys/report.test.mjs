// The report, from a completed visit to a published report and one
// correction, on a test clock standing at Monday 7 October 2024, 9 am in
// London (inside the visit of the demo's Quads review with a submitted
// rubric, East Renfrewshire's, as in the visit journey). The stages before
// VISIT_COMPLETED are made through the API (the visit days, the start, two
// agreed findings, completion; a host user invited by the programme
// officer); then in the browser: the team lead drafts the report, edits a
// section and the items, and shares it with the host; a host user comments
// on a section; the lead makes the change and accepts the comment; the
// host lead and a programme officer approve; the report is published and an
// anonymous visitor reads it. A correction (opened by the officer with a
// note, edited by the lead, approved, published) gives version 2, and the
// visitor reads both versions at their addresses, version 1 saying it is
// superseded. Every page is checked with axe, by keyboard and at 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, gql, signIn, startStack, waitForHeading } from '../harness.mjs';
import { findLink, listMessages, waitForMail } from '../mail.mjs';
import { completeVisitThroughApi, submittedQuadsReview } from '../through-api.mjs';

const HOST = 'East Renfrewshire';
const NOW = '2024-10-07T08:00:00Z';
const HOST_USER_PASSWORD = 'a-long-host-password-2026';

describe('the report', () => {
  let stack;
  before(async () => {
    stack = await startStack('report', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('drafted, commented on, accepted, approved, published, read anonymously, corrected as version 2', async () => {
    // --- Through the API: the review up to VISIT_COMPLETED, and a host user.
    const hostLead = await stack.newPage();
    await signIn(hostLead, 'lead2@demo.quads.scot');
    const review = await submittedQuadsReview(hostLead, HOST);
    const reportTab = `/reviews/${review.id}/report`;

    const lead = await stack.newPage();
    await signIn(lead, 'peer4@demo.quads.scot');
    const findings = [
      { kind: 'STRENGTH', text: 'Headteachers describe a shared vision for the senior phase.' },
      { kind: 'AREA_FOR_IMPROVEMENT', text: 'Tracking of learners’ progress is not used consistently.' },
    ];
    const indicator = await completeVisitThroughApi(lead, review.id, ['2024-10-07', '2024-10-08', '2024-10-09'], findings);

    // A host user of the authority, invited by the programme officer; the password set from the email's link.
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { organisations } = await gql(officer, `query { organisations { id name } }`);
    const hostOrg = organisations.find((o) => o.name.startsWith(HOST));
    assert.ok(hostOrg, `${HOST} is an organisation`);
    const email = `host.user.${Date.now()}@example.org`;
    const seen = new Set(listMessages(stack.maildir).map((m) => m.file));
    await gql(officer, `mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }`, {
      i: { email, name: 'Hamish Host', organisationId: hostOrg.id, roles: ['AUTHORITY_USER'], lead: false },
    });
    const invitation = await waitForMail(stack.maildir, { to: email, ignore: seen });
    const hostUser = await stack.newPage();
    await hostUser.goto(findLink(invitation, /^\/invitation\/.+/));
    await waitForHeading(hostUser, 'Accept your invitation');
    await hostUser.getByLabel('Password', { exact: true }).fill(HOST_USER_PASSWORD);
    await hostUser.getByLabel('Confirm new password').fill(HOST_USER_PASSWORD);
    await hostUser.getByRole('button', { name: 'Set password and sign in' }).click();
    await waitForHeading(hostUser, 'Hello, Hamish Host');

    // --- The team lead drafts the report.
    await lead.goto(reportTab);
    await lead.getByRole('heading', { name: 'Report', exact: true }).waitFor();
    await checkPage(lead, 'report-before-draft');
    await lead.getByRole('button', { name: 'Draft the report' }).click();
    await lead.getByRole('heading', { name: 'Draft report', exact: true }).waitFor();
    // Built from the agreed findings: one item each, with its indicator.
    const strengths = lead.getByRole('region', { name: 'Strengths' });
    // (The item's text, and its finding's under "From 1 agreed finding".)
    await strengths.getByText(findings[0].text).first().waitFor();
    await strengths.getByText(`Quality indicator ${indicator}`).first().waitFor();
    await strengths.getByText('From 1 agreed finding').waitFor();
    await lead.getByRole('region', { name: 'Areas for improvement' }).getByText(findings[1].text).first().waitFor();
    await checkPage(lead, 'report-draft');

    const titles = async (page) => {
      const { reportDraft } = await gql(page, `query($r: UUID!) { reportDraft(reviewId: $r) { sections { key title } } }`, {
        r: review.id,
      });
      return Object.fromEntries(reportDraft.sections.map((s) => [s.key, s.title]));
    };
    const title = await titles(lead);

    // A prose section edited as text.
    await lead.getByRole('button', { name: `Edit ${title.NEXT_STEPS}` }).click();
    await lead.getByLabel(`Text of ${title.NEXT_STEPS}`).fill('The authority builds its improvement plan on this report.');
    await checkPage(lead, 'report-section-form');
    await lead.getByRole('button', { name: `Save ${title.NEXT_STEPS}` }).click();
    await lead.getByText(`${title.NEXT_STEPS} is saved.`).waitFor();
    await lead.getByText('The authority builds its improvement plan on this report.').waitFor();

    // A second strength, added, then moved to the top by keyboard.
    await lead.getByRole('button', { name: 'Add a strength' }).click();
    await lead.getByLabel('The strength').fill('Young people’s views shape the authority’s plans.');
    await lead.getByLabel('Quality indicators').fill(indicator);
    await checkPage(lead, 'report-item-form');
    await lead.getByRole('button', { name: 'Add the strength' }).click();
    await lead.getByText('The strength is added.').waitFor();
    await lead.getByRole('button', { name: 'Move strength 2 up' }).focus();
    await lead.keyboard.press('Enter');
    await lead.getByText('Strength 2 is moved up.').waitFor();
    await strengths.getByRole('listitem').first().getByText('Young people’s views shape the authority’s plans.').waitFor();

    // Shared with the host, by keyboard.
    await lead.getByRole('button', { name: 'Share the draft with the host' }).focus();
    await lead.keyboard.press('Enter');
    await lead.getByText('The draft is shared with the host', { exact: false }).first().waitFor();
    await checkPage(lead, 'report-shared');

    // --- A host user comments on the context.
    await hostUser.goto(reportTab);
    await hostUser.getByRole('heading', { name: 'Draft report', exact: true }).waitFor();
    assert.equal(await hostUser.getByRole('button', { name: `Edit ${title.CONTEXT}` }).count(), 0, 'the host edits nothing');
    await hostUser.getByText(`Comment on ${title.CONTEXT}`, { exact: true }).click();
    await hostUser
      .getByLabel(`Your factual-accuracy comment on ${title.CONTEXT}`)
      .fill('East Renfrewshire has seven secondary schools, not six.');
    await checkPage(hostUser, 'report-host-comment-form');
    await hostUser.getByRole('button', { name: 'Send the comment' }).first().click();
    await hostUser.getByText(`Your comment on ${title.CONTEXT} is sent to the team lead.`).waitFor();
    await checkPage(hostUser, 'report-host-commented');

    // --- The lead makes the change and accepts the comment; open comments blocked approval until then.
    await lead.reload();
    await lead.getByRole('heading', { name: 'Open factual-accuracy comments' }).waitFor();
    await lead.getByRole('link', { name: `Hamish Host on ${title.CONTEXT}` }).waitFor();
    await checkPage(lead, 'report-open-comment');
    await lead.getByRole('button', { name: `Edit ${title.CONTEXT}` }).click();
    await lead.getByLabel(`Text of ${title.CONTEXT}`).fill('East Renfrewshire has seven secondary schools.');
    await lead.getByRole('button', { name: `Save ${title.CONTEXT}` }).click();
    await lead.getByText(`${title.CONTEXT} is saved.`).waitFor();
    await lead.getByLabel('Your reply to Hamish Host').fill('Changed to seven; thank you.');
    await lead.getByRole('button', { name: 'Accept the comment' }).click();
    await lead.getByText('The comment from Hamish Host is accepted; they are told by email.').waitFor();
    await lead.getByRole('heading', { name: 'Open factual-accuracy comments' }).waitFor({ state: 'detached' });
    await checkPage(lead, 'report-comment-accepted');

    // --- Approvals: the host lead and a programme officer approve this draft version.
    const draftVersion = async () =>
      (await gql(lead, `query($r: UUID!) { reportDraft(reviewId: $r) { draftVersion } }`, { r: review.id })).reportDraft
        .draftVersion;
    const approve = async (page, name) => {
      const v = await draftVersion();
      await page.goto(reportTab);
      const approvals = page.getByRole('region', { name: 'Approvals' });
      await approvals.waitFor();
      await checkPage(page, `report-approve-${name}`);
      await approvals.getByRole('button', { name: `Approve version ${v} of the draft` }).click();
      await page.getByText(`You approved version ${v} of the draft.`).waitFor();
    };
    await approve(hostLead, 'host-lead');
    await approve(officer, 'officer');
    await officer.getByRole('region', { name: 'Approvals' }).getByText('No one has approved', { exact: false }).waitFor({ state: 'detached' });

    // --- Published, by whoever may publish (the lead or the officer).
    const publisher = async () => {
      for (const page of [lead, officer]) {
        const { reportDraft } = await gql(page, `query($r: UUID!) { reportDraft(reviewId: $r) { canPublish } }`, { r: review.id });
        if (reportDraft.canPublish) return page;
      }
      throw new Error('neither the team lead nor the programme officer may publish');
    };
    const publishing = await publisher();
    await publishing.goto(reportTab);
    await publishing.getByRole('region', { name: 'Publish the report' }).waitFor();
    await checkPage(publishing, 'report-ready-to-publish');
    await publishing.getByRole('button', { name: 'Publish the report' }).click();
    await publishing.getByText('The report is published', { exact: false }).first().waitFor();
    await publishing.getByRole('heading', { name: 'Published report', exact: true }).waitFor();
    await checkPage(publishing, 'report-published');
    const latestLink = publishing.getByRole('link', { name: 'the report (latest version)' });
    const publicPath = await latestLink.getAttribute('href');
    assert.match(publicPath, /^\/reports\/[a-z0-9-]+$/, 'a readable slug');
    assert.match(publicPath, /east-renfrewshire/, 'the slug names the authority');

    // --- An anonymous visitor reads it.
    const visitor = await stack.newPage();
    await visitor.goto(publicPath);
    await visitor.locator('main h1', { hasText: `Review report: ${HOST}` }).waitFor();
    await visitor.getByRole('heading', { name: 'The review’s focus' }).waitFor();
    for (const t of Object.values(title)) await visitor.getByRole('heading', { level: 2, name: t, exact: true }).waitFor();
    await visitor.getByText('East Renfrewshire has seven secondary schools.').waitFor();
    await visitor.getByRole('listitem', { name: 'Strength 1' }).getByText('Young people’s views shape the authority’s plans.').waitFor();
    await visitor.getByText(findings[1].text).waitFor();
    assert.equal(await visitor.getByText('This version is superseded').count(), 0);
    await checkPage(visitor, 'report-public-v1');
    // On paper: the report only, without the site's header and footer.
    await visitor.emulateMedia({ media: 'print' });
    assert.equal(await visitor.locator('.ds_page__top').isVisible(), false, 'the header is not printed');
    assert.equal(await visitor.getByRole('button', { name: 'Print this report' }).isVisible(), false);
    await visitor.emulateMedia({ media: 'screen' });

    // --- A correction: the officer opens it with a note, the lead edits, approvals, published as version 2.
    await officer.goto(reportTab);
    await officer.getByRole('heading', { name: 'Published report', exact: true }).waitFor();
    await officer.getByRole('button', { name: 'Open a correction' }).click();
    await officer.locator('.ds_error-summary').getByText('Enter what the correction changes and why').waitFor();
    await officer
      .getByLabel('What does the correction change, and why?')
      .fill('The number of primary schools in the context was wrong.');
    await officer.getByRole('button', { name: 'Open a correction' }).click();
    await officer.getByText('The correction is open', { exact: false }).first().waitFor();
    await officer.getByRole('heading', { name: 'Correction of the report', exact: true }).waitFor();
    await checkPage(officer, 'report-correction-open');

    await lead.goto(reportTab);
    await lead.getByRole('heading', { name: 'Correction of the report', exact: true }).waitFor();
    await lead.getByText('The number of primary schools in the context was wrong.').first().waitFor();
    await lead.getByRole('button', { name: `Edit ${title.CONTEXT}` }).click();
    await lead
      .getByLabel(`Text of ${title.CONTEXT}`)
      .fill('East Renfrewshire has seven secondary schools and twenty-four primary schools.');
    await lead.getByRole('button', { name: `Save ${title.CONTEXT}` }).click();
    await lead.getByText(`${title.CONTEXT} is saved.`).waitFor();
    // Shared with the host again: the correction is checked for accuracy like the first draft.
    await lead.getByRole('button', { name: 'Share the draft with the host' }).click();
    await lead.getByText('The draft is shared with the host', { exact: false }).first().waitFor();
    await checkPage(lead, 'report-correction-edited');

    await approve(hostLead, 'correction-host-lead');
    await approve(officer, 'correction-officer');
    const correcting = await publisher();
    await correcting.goto(reportTab);
    await correcting.getByRole('button', { name: 'Publish the correction' }).click();
    await correcting.getByText('The correction is published as a new version', { exact: false }).first().waitFor();
    await correcting.getByRole('link', { name: 'Version 2' }).waitFor();

    // --- The visitor reads both versions at their addresses; version 1 says it is superseded.
    await visitor.goto(`${publicPath}/versions/2`);
    await visitor.getByText('East Renfrewshire has seven secondary schools and twenty-four primary schools.').waitFor();
    await visitor.getByText('The number of primary schools in the context was wrong.').first().waitFor();
    assert.equal(await visitor.getByText('This version is superseded').count(), 0);
    await checkPage(visitor, 'report-public-v2');
    await visitor.goto(`${publicPath}/versions/1`);
    await visitor.getByRole('heading', { name: 'This version is superseded' }).waitFor();
    await visitor.getByText('East Renfrewshire has seven secondary schools.', { exact: true }).waitFor();
    await checkPage(visitor, 'report-public-v1-superseded');
    await visitor.getByRole('link', { name: 'read the latest version (version 2)' }).click();
    await visitor.waitForURL((url) => url.pathname === publicPath);
    await visitor.getByText('East Renfrewshire has seven secondary schools and twenty-four primary schools.').waitFor();
    await visitor.getByRole('heading', { name: 'Versions of this report' }).waitFor();
    await checkPage(visitor, 'report-public-latest');
  });
});
