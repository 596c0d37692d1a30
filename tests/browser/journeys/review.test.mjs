// A review from scheduling to a formed team: a programme officer schedules
// it, the host lead and the officer sign off the focus and it is agreed, the
// officer invites a team, an invited member follows the emailed link, sets a
// password and accepts, and the team is formed. A refusal shows its
// checklist of unmet guards. Every page is checked with axe and by keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, chooseRadio, gql, setCheckbox, signIn, startStack, waitForHeading } from '../harness.mjs';
import { findLink, listMessages, waitForMail } from '../mail.mjs';

const NEW_PASSWORD = 'three unrelated words 2026';

/** The month `offset` months from now, as YYYY-MM. */
function ym(offset) {
  const d = new Date();
  d.setUTCDate(1);
  d.setUTCMonth(d.getUTCMonth() + offset);
  return `${d.getUTCFullYear()}-${String(d.getUTCMonth() + 1).padStart(2, '0')}`;
}

/** A month, YYYY-MM, as the pages write it: "June 2026". */
function monthLabel(month) {
  const [y, m] = month.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-GB', { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

describe('a review from scheduling to a formed team', () => {
  let stack;
  before(async () => {
    stack = await startStack('review');
  });
  after(async () => {
    await stack?.stop();
  });

  test('schedule, agree the focus, invite, accept from the email, form the team', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');

    // A programme with small team rules is set up through the API; the
    // officer schedules the review with the programme pages' form.
    const { createProgramme } = await gql(
      officer,
      `mutation($input: ProgrammeInput!) { createProgramme(input: $input) { id } }`,
      {
        input: {
          name: `Browser journey ${Date.now()}`,
          kind: 'CI',
          phases: [{ number: 1, from: ym(0), to: ym(12) }],
          rules: { teamSizeMin: 2, teamSizeMax: 8, hmiRequired: false },
        },
      },
    );
    await officer.goto(`/programmes/${createProgramme.id}/schedule`);
    await waitForHeading(officer, 'Schedule a review');
    const hostSelect = officer.getByLabel('Host authority', { exact: true });
    await hostSelect.locator('option').nth(1).waitFor({ state: 'attached' });
    await hostSelect.selectOption(await hostSelect.locator('option', { hasText: 'City of Edinburgh' }).first().getAttribute('value'));
    // Next month: not in the past, so no confirmation is needed.
    const [nextYear, nextMonth] = ym(1).split('-');
    await officer.getByLabel('Month', { exact: true }).fill(String(Number(nextMonth)));
    await officer.getByLabel('Year', { exact: true }).fill(nextYear);
    await officer.getByRole('button', { name: 'Schedule the review' }).click();
    await officer.waitForURL((url) => url.pathname === `/programmes/${createProgramme.id}`);
    const reviewLinkInTimeline = officer.getByRole('link', { name: 'City of Edinburgh', exact: true }).first();
    const reviewPath = await reviewLinkInTimeline.getAttribute('href');
    assert.match(reviewPath, /^\/reviews\/[0-9a-f-]+$/);
    const scheduleReview = { id: reviewPath.split('/').pop() };

    // The officer sees the lifecycle and the next step with what it still needs.
    await reviewLinkInTimeline.click();
    await officer.waitForURL((url) => url.pathname === reviewPath);
    await officer.getByRole('heading', { name: 'Next step' }).waitFor();
    await waitForHeading(officer, (await officer.locator('main h1').textContent()).trim());
    assert.equal(await officer.locator('[aria-current="step"]').textContent().then((t) => t.includes('Scheduled')), true);
    await officer.getByText('The focus has no theme yet.').first().waitFor();
    await checkPage(officer, 'review-scheduled');

    // No button that would fail: the checklist says what is still missing.
    const checklist = officer.locator('#next-checklist');
    await checklist.getByText('The focus has no theme yet.').waitFor();
    await checklist.getByText('No programme officer has signed off the focus.').waitFor();
    assert.equal(await officer.getByRole('button', { name: /agree the focus/i }).count(), 0);

    // The officer sets the focus and signs it off.
    await officer.getByRole('link', { name: 'Focus', exact: true }).click();
    await officer.getByRole('heading', { name: 'Edit the focus' }).waitFor();
    await officer.getByLabel('Theme').fill('Raising attainment in the senior phase');
    await officer.getByLabel('Key questions').fill('How well do pathways meet learners’ needs?\nHow is progress tracked?');
    await officer.getByRole('button', { name: 'Save the focus' }).click();
    await officer.getByText('The focus has been saved.', { exact: false }).waitFor();
    await officer.getByRole('button', { name: 'Sign off the focus' }).click();
    await officer.getByText('You have signed off the focus.').waitFor();
    await officer.locator('#sign-offs').getByText('Signed off').first().waitFor();
    // Once signed, “sign off” is no longer offered.
    await officer.getByRole('button', { name: 'Sign off the focus' }).waitFor({ state: 'detached' });
    await checkPage(officer, 'review-focus-officer');

    // The host lead signs off too.
    const lead = await stack.newPage();
    await signIn(lead, 'lead@demo.quads.scot');
    await lead.goto(`${reviewPath}/focus`);
    await lead.getByRole('button', { name: 'Sign off the focus' }).click();
    await lead.getByText('You have signed off the focus.').waitFor();
    assert.equal(await lead.locator('#sign-offs .ds_tag', { hasText: 'Signed off' }).count(), 2);
    await lead.getByRole('button', { name: 'Sign off the focus' }).waitFor({ state: 'detached' });
    await checkPage(lead, 'review-focus-lead');

    // Both sign-offs are in: the officer's home page asks them to agree
    // the focus, and the task leads to the review.
    const reviewName = `City of Edinburgh, ${monthLabel(ym(1))}`;
    await officer.goto('/');
    const agreeTask = officer.getByRole('link', { name: `Agree the focus: review of ${reviewName}` });
    await agreeTask.waitFor();
    await checkPage(officer, 'home-officer-agree-focus');
    await agreeTask.click();
    await officer.waitForURL((url) => url.pathname === reviewPath);

    // The officer agrees the focus.
    await officer.getByRole('button', { name: /agree the focus/i }).click();
    await officer.getByText(/^Done: /).waitFor();
    await officer.locator('[aria-current="step"]', { hasText: 'Focus agreed' }).waitFor();
    await officer.getByText('No one on the team is its lead.').first().waitFor();
    await checkPage(officer, 'review-focus-agreed');

    // The officer invites a lead with an account and a newcomer by email.
    await officer.getByRole('link', { name: 'Team', exact: true }).click();
    await officer.getByRole('heading', { name: 'Invite someone to the team' }).waitFor();
    const seen = new Set(listMessages(stack.maildir).map((m) => m.file));
    const invite = async ({ name, email, organisation, role }) => {
      await officer.getByLabel('Full name').fill(name);
      await officer.getByLabel('Email address', { exact: true }).fill(email);
      const orgs = officer.getByLabel('Organisation');
      await orgs.locator('option').nth(1).waitFor({ state: 'attached' });
      const value = await orgs.locator('option', { hasText: organisation }).first().getAttribute('value');
      await orgs.selectOption(value);
      await chooseRadio(officer, role);
      await officer.getByRole('button', { name: 'Invite to the team' }).click();
      await officer.getByText(`We have invited ${email} to the team.`).waitFor();
      await officer.locator('#team-table').getByText(email).waitFor();
    };
    await invite({ name: 'Rhona Reviewer', email: 'reviewer@demo.quads.scot', organisation: 'Education Scotland', role: 'Team lead' });
    const newcomer = `newcomer.${Date.now()}@example.org`;
    await invite({ name: 'Niamh Newcomer', email: newcomer, organisation: 'Association of Directors of Education', role: 'Member' });
    await officer.locator('#team-table').getByText('Invited').first().waitFor();
    await checkPage(officer, 'review-team-invited');

    // The team cannot be formed yet: invitations are unanswered, so the
    // checklist says so and there is no button to press.
    await officer.getByRole('link', { name: 'Overview', exact: true }).click();
    await officer.locator('#next-checklist').getByText(/invitations have not been answered yet/).waitFor();
    assert.equal(await officer.getByRole('button', { name: /form the team/i }).count(), 0);
    await checkPage(officer, 'review-form-team-not-yet');

    // The newcomer follows the review link in the email, signed out.
    const reviewMail = await waitForMail(stack.maildir, { to: newcomer, contains: new RegExp(`/reviews/${scheduleReview.id}`), ignore: seen });
    const reviewLink = findLink(reviewMail, /^\/reviews\/[^/]+$/);
    assert.ok(reviewLink.startsWith(stack.baseUrl), `the link ${reviewLink} points at this server`);
    const accountMail = await waitForMail(stack.maildir, { to: newcomer, contains: /\/invitation\//, ignore: seen });
    const accountLink = findLink(accountMail, /^\/invitation\/.+/);

    const member = await stack.newPage();
    await member.goto(reviewLink);
    await member.getByRole('link', { name: 'sign in to answer your invitation' }).waitFor();
    // Anonymous visitors see the public fields only.
    assert.equal(await member.getByText('How is progress tracked?').count(), 0);
    assert.equal(await member.getByRole('heading', { name: 'Next step' }).count(), 0);
    await checkPage(member, 'review-public');

    // They set a password from the account invitation and come back to the review.
    await member.goto(accountLink);
    await waitForHeading(member, 'Accept your invitation');
    await member.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await member.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await member.getByRole('button', { name: 'Set password and sign in' }).click();
    await member.waitForURL((url) => url.pathname === reviewPath);
    await member.getByRole('heading', { name: 'Your invitation' }).waitFor();
    await checkPage(member, 'review-invitation');
    await chooseRadio(member, 'Yes, I will join the team');
    await member.getByRole('button', { name: 'Send your answer' }).click();
    await member.getByText('You have joined the team.').waitFor();
    await checkPage(member, 'review-invitation-accepted');

    // The lead with an account signs in from the link and accepts.
    const reviewer = await stack.newPage();
    await reviewer.goto(reviewPath);
    await reviewer.getByRole('link', { name: 'sign in to answer your invitation' }).click();
    await reviewer.getByLabel('Email address').fill('reviewer@demo.quads.scot');
    await reviewer.getByLabel('Password', { exact: true }).fill('demo-password-2026');
    await reviewer.getByRole('button', { name: 'Sign in' }).click();
    await reviewer.waitForURL((url) => url.pathname === reviewPath);
    await reviewer.getByRole('heading', { name: 'Your invitation' }).waitFor();
    // Their home page asks them to answer, and leads back to the review.
    await reviewer.goto('/');
    const answerTask = reviewer.getByRole('link', { name: `Answer the invitation to join the team: review of ${reviewName}` });
    await answerTask.waitFor();
    await checkPage(reviewer, 'home-reviewer-invitation');
    await answerTask.click();
    await reviewer.waitForURL((url) => url.pathname === reviewPath);
    await reviewer.getByRole('heading', { name: 'Your invitation' }).waitFor();
    await chooseRadio(reviewer, 'Yes, I will join the team');
    await reviewer.getByRole('button', { name: 'Send your answer' }).click();
    await reviewer.getByText('You have joined the team.').waitFor();
    // Answered: the task has gone.
    await reviewer.goto('/');
    await reviewer.getByRole('table', { name: 'Your reviews' }).getByRole('link', { name: reviewName }).waitFor();
    assert.equal(await answerTask.count(), 0);

    // The team is formed.
    await officer.goto(reviewPath);
    await officer.getByRole('button', { name: /form the team/i }).click();
    await officer.getByText(/^Done: /).waitFor();
    await officer.locator('[aria-current="step"]', { hasText: 'Team formed' }).waitFor();
    await checkPage(officer, 'review-team-formed');

    // The host lead and the authority's other user find the review among
    // their own, formed.
    for (const [page, who] of [
      [lead, 'lead'],
      [await stack.newPage(), 'qio'],
    ]) {
      if (who === 'qio') await signIn(page, 'qio@demo.quads.scot');
      await page.goto('/');
      const row = page.getByRole('table', { name: 'Your reviews' }).getByRole('row', { name: new RegExp(reviewName) });
      await row.getByText('Team formed').waitFor();
      await checkPage(page, `home-${who}-your-reviews`);
    }

    // The history, with its downloads.
    await officer.getByRole('link', { name: 'History', exact: true }).click();
    await officer.getByRole('heading', { name: 'History' }).waitFor();
    await officer.getByRole('cell', { name: 'Focus agreed to Team formed' }).waitFor();
    await checkPage(officer, 'review-history');
    const csv = await officer.request.get(`${reviewPath}/history.csv`);
    assert.equal(csv.status(), 200);
    assert.match(await csv.text(), /TEAM_FORMED|Team formed/i);
    const json = await officer.request.get(`${reviewPath}/history.json`);
    assert.equal(json.status(), 200);
  });

  test('a programme officer postpones a review with a reason and resumes it; a reason is required', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { reviews } = await gql(officer, '{ reviews(filter: { states: [SCHEDULED] }, limit: 1) { items { id } } }');
    const reviewPath = `/reviews/${reviews.items[0].id}`;
    await officer.goto(reviewPath);
    await officer.getByRole('heading', { name: 'Other actions' }).waitFor();

    const postpone = officer.locator('form', { has: officer.getByRole('heading', { name: 'Postpone the review' }) });
    await postpone.getByRole('button', { name: 'Postpone the review' }).click();
    await postpone.locator('.ds_error-summary').getByRole('link', { name: 'Enter a reason' }).waitFor();
    await checkPage(officer, 'review-postpone-reason-missing');
    await postpone.getByLabel('Why is the review postponed?').fill('The host asked to move the visit after the local elections.');
    await postpone.getByRole('button', { name: 'Postpone the review' }).click();
    await officer.getByText(/^Done: /).waitFor();
    await officer.locator('.ds_tag', { hasText: 'Postponed' }).first().waitFor();
    await checkPage(officer, 'review-postponed');

    await officer.getByRole('link', { name: 'History', exact: true }).click();
    await officer.getByRole('cell', { name: 'The host asked to move the visit after the local elections.' }).waitFor();

    await officer.getByRole('link', { name: 'Overview', exact: true }).click();
    await officer.getByRole('button', { name: /resume/i }).first().click();
    await officer.getByText(/^Done: /).waitFor();
    await officer.locator('[aria-current="step"]', { hasText: 'Scheduled' }).waitFor();
    await checkPage(officer, 'review-resumed');
  });

  test('a programme officer reschedules a review with a reason, confirming a month in the past; the history shows both months', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { reviews } = await gql(
      officer,
      '{ reviews(filter: { states: [SCHEDULED] }, limit: 50) { items { id targetMonth programme { name } } } }',
    );
    const review = reviews.items.filter((r) => r.programme.name === 'Quads 2024-25').at(-1);
    assert.ok(review, 'the demo has a scheduled Quads review');
    const to = review.targetMonth === '2025-05' ? { month: '4', label: 'April 2025' } : { month: '5', label: 'May 2025' };
    const reviewPath = `/reviews/${review.id}`;
    await officer.goto(reviewPath);
    const form = officer.locator('section', { has: officer.getByRole('heading', { name: 'Reschedule', exact: true }) });
    await form.waitFor();

    // Nothing is sent without a month and a reason.
    await form.getByRole('button', { name: 'Reschedule the review' }).click();
    const summary = officer.locator('.ds_error-summary');
    await summary.getByRole('link', { name: 'Enter why the review is rescheduled' }).waitFor();
    await summary.getByRole('link', { name: /^Enter the month as a number/ }).waitFor();
    await checkPage(officer, 'review-reschedule-errors');

    // The demo programme's months are past: the officer confirms.
    await form.getByLabel('Month', { exact: true }).fill(to.month);
    await form.getByLabel('Year', { exact: true }).fill('2025');
    await form.getByLabel('Why is the review rescheduled?').fill('The host’s budget meeting moved into the planned month.');
    await form.getByRole('button', { name: 'Reschedule the review' }).click();
    await form.getByText(`${to.label} is in the past.`).waitFor();
    await checkPage(officer, 'review-reschedule-warning');
    await setCheckbox(officer, 'Reschedule it anyway');
    await form.getByRole('button', { name: 'Reschedule the review' }).click();
    await officer.getByText(`The review has moved to ${to.label}.`, { exact: false }).waitFor();
    await officer.locator('.ds_summary-list').getByText(to.label).waitFor();
    await checkPage(officer, 'review-rescheduled');

    await officer.getByRole('link', { name: 'History', exact: true }).click();
    await officer.getByRole('cell', { name: 'The host’s budget meeting moved into the planned month.' }).waitFor();
    await officer.getByRole('cell', { name: new RegExp(`^Rescheduled from .* to ${to.label} \\(phase 1\\)$`) }).waitFor();
    await checkPage(officer, 'review-history-rescheduled');
  });

  test('the host lead sees a formed demo team, what the next step still needs, and the history', async () => {
    const lead = await stack.newPage();
    await signIn(lead, 'lead@demo.quads.scot');
    const { reviews } = await gql(lead, '{ reviews(filter: { states: [TEAM_FORMED] }, limit: 5) { items { id hosts { name } } } }');
    const edinburgh = reviews.items.find((r) => r.hosts.some((h) => h.name === 'City of Edinburgh'));
    assert.ok(edinburgh, 'the demo has a formed team for the City of Edinburgh');
    await lead.goto(`/reviews/${edinburgh.id}`);
    await lead.locator('[aria-current="step"]', { hasText: 'Team formed' }).waitFor();
    await lead.getByRole('heading', { name: 'Next step' }).waitFor();
    await checkPage(lead, 'review-demo-overview');
    await lead.getByRole('link', { name: 'Team', exact: true }).click();
    await lead.locator('#team-table').waitFor();
    assert.ok((await lead.locator('#team-table tbody tr').count()) >= 6, 'the demo team is full');
    // Only programme officers build the team.
    assert.equal(await lead.getByRole('heading', { name: 'Invite someone to the team' }).count(), 0);
    await checkPage(lead, 'review-demo-team');
    await lead.getByRole('link', { name: 'History', exact: true }).click();
    await lead.getByRole('link', { name: 'CSV' }).waitFor();
    await checkPage(lead, 'review-demo-history');
  });

  test('each team action confirms itself, one at a time; search leaves out the team; a declined invitation is confirmed and the officer replaces that member; a person without a password is marked in search and sets one up from the review invitation', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { reviews } = await gql(officer, '{ reviews(filter: { states: [SCHEDULED] }, limit: 10) { items { id team { id } } } }');
    const review = reviews.items.find((r) => r.team.length === 0);
    assert.ok(review, 'the demo has a scheduled review with no team yet');
    const reviewPath = `/reviews/${review.id}`;
    await officer.goto(`${reviewPath}/team`);
    await officer.getByRole('heading', { name: 'Add someone who has an account' }).waitFor();

    // Added from search: its own confirmation, in the success banner's colours.
    const search = async (text) => {
      await officer.getByLabel('Name or email address').fill(text);
      await officer.getByRole('button', { name: 'Search', exact: true }).click();
    };
    await search('reviewer@demo.quads.scot');
    const add = officer.getByRole('button', { name: /^Add .+ as a member$/ });
    await add.first().waitFor();
    const name = (await add.first().textContent()).replace(/^Add (.+) as a member$/, '$1').trim();
    await add.first().click();
    const added = officer.getByText(`We have added ${name} to the team as a member.`);
    await added.waitFor();
    await officer.locator('#team-table').getByText('reviewer@demo.quads.scot').waitFor();
    const iconColour = await officer
      .locator('.ds_notification--success .ds_notification__icon')
      .evaluate((el) => getComputedStyle(el).color);
    assert.equal(iconColour, 'rgb(255, 255, 255)', 'the success banner’s icon is white on its green');
    await checkPage(officer, 'review-team-added-from-search');

    // The same search no longer offers someone already on the team.
    await search('reviewer@demo.quads.scot');
    await officer.getByText('Nobody who is not on the team yet matches “reviewer@demo.quads.scot”.').waitFor();
    assert.equal(await officer.getByRole('button', { name: /^Add .+ as a member$/ }).count(), 0);
    // A new search is a new action: the earlier confirmation has gone.
    assert.equal(await added.count(), 0);

    // Inviting by email replaces it with its own confirmation: one banner at a time.
    await officer.getByLabel('Full name').fill('Dana Decliner');
    const email = `decliner.${Date.now()}@example.org`;
    await officer.getByLabel('Email address', { exact: true }).fill(email);
    const orgs = officer.getByLabel('Organisation');
    await orgs.locator('option').nth(1).waitFor({ state: 'attached' });
    await orgs.selectOption({ index: 1 });
    await officer.getByRole('button', { name: 'Invite to the team' }).click();
    await officer.getByText(`We have invited ${email} to the team.`).waitFor();
    assert.equal(await officer.locator('.ds_notification--success').count(), 1);

    // The reviewer declines, and is told so.
    const reviewer = await stack.newPage();
    await signIn(reviewer, 'reviewer@demo.quads.scot');
    await reviewer.goto(reviewPath);
    await reviewer.getByRole('heading', { name: 'Your invitation' }).waitFor();
    await chooseRadio(reviewer, 'No, I cannot join');
    await reviewer.getByRole('button', { name: 'Send your answer' }).click();
    await reviewer.getByText('You have declined the invitation.').waitFor();
    await reviewer.getByRole('heading', { name: 'Your invitation' }).waitFor({ state: 'detached' });
    await checkPage(reviewer, 'review-invitation-declined');
    // The answer changed the review: the officer's open page is a version
    // behind (a team change on it would be a CONFLICT), so it is reloaded.
    await officer.reload();
    await officer.getByRole('heading', { name: 'Add someone who has an account' }).waitFor();

    // The officer replaces the member who declined, by keyboard, choosing
    // from the people search; the team list and the history show it.
    const replace = officer.getByRole('button', { name: `Replace ${name}`, exact: true });
    await replace.focus();
    await officer.keyboard.press('Enter');
    const replaceHeading = officer.getByRole('heading', { name: `Replace ${name}`, exact: true });
    await replaceHeading.waitFor();
    const focused = () => officer.evaluate(() => document.activeElement?.textContent?.trim() || document.activeElement?.id);
    assert.equal(await focused(), `Replace ${name}`, 'the replacement form takes focus at its heading');
    await officer.keyboard.press('Tab');
    assert.match(await focused(), /^replace-.+-search$/, 'Tab reaches the replacement’s search field');
    await officer.keyboard.type('team2@demo.quads.scot');
    await officer.keyboard.press('Enter');
    const choose = officer.getByRole('button', { name: new RegExp(`^Choose .+ to replace ${name}$`) });
    await choose.waitFor();
    const successor = (await choose.textContent()).replace(/^Choose (.+) to replace .+$/, '$1').trim();
    await checkPage(officer, 'review-team-replace-form');
    // The check tabbed through the whole page: back to the search field.
    await officer.getByLabel(`Search for someone to replace ${name}`, { exact: true }).focus();
    await officer.keyboard.press('Tab'); // the Search button
    await officer.keyboard.press('Tab');
    assert.equal(await focused(), `Choose ${successor} to replace ${name}`);
    await officer.keyboard.press('Enter');
    await officer.getByText(`${successor} replaces ${name} on the team, as a member.`).waitFor();
    await replaceHeading.waitFor({ state: 'detached' });
    const replacedRow = officer.locator('#team-table tbody tr').filter({ hasText: 'reviewer@demo.quads.scot' });
    await replacedRow.getByText('Replaced', { exact: true }).waitFor();
    await replacedRow.getByText(`by ${successor}`).waitFor();
    assert.equal(await replacedRow.getByRole('button').count(), 0, 'a replaced member cannot be replaced again');
    await officer.locator('#team-table tbody tr').filter({ hasText: 'team2@demo.quads.scot' }).getByText('Invited').waitFor();
    await checkPage(officer, 'review-team-member-replaced');
    await officer.getByRole('link', { name: 'History', exact: true }).click();
    await officer.getByText(`Replaced ${name} with ${successor} as a member`).waitFor();
    await officer.getByRole('link', { name: 'Team', exact: true }).click();
    await officer.getByRole('heading', { name: 'Add someone who has an account' }).waitFor();

    // Someone who has not set a password yet is marked in search, and their
    // review invitation carries a link that sets one up.
    const pending = `pat.pending.${Date.now()}@example.org`;
    const { organisations } = await gql(officer, '{ organisations { id shortName } }');
    await gql(officer, 'mutation($i: InviteUserInput!) { inviteUser(input: $i) { id } }', {
      i: { email: pending, name: 'Pat Pending', organisationId: organisations.find((o) => o.shortName === 'ES').id, roles: ['REVIEWER'] },
    });
    await search(pending);
    const found = officer.getByRole('listitem').filter({ hasText: pending });
    await found.getByText('Invitation not yet accepted').waitFor();
    await checkPage(officer, 'review-team-search-pending');
    await found.getByRole('button', { name: 'Add Pat Pending as a member' }).click();
    await officer.getByText('We have added Pat Pending to the team as a member.').waitFor();
    const invitation = await waitForMail(stack.maildir, { to: pending, contains: new RegExp(`/reviews/${review.id}`) });
    assert.match(invitation.text, /as a member\./);
    const setUp = findLink(invitation, /^\/invitation\/.+/);
    const pat = await stack.newPage();
    await pat.goto(setUp);
    await waitForHeading(pat, 'Accept your invitation');
    await pat.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await pat.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await pat.getByRole('button', { name: 'Set password and sign in' }).click();
    await pat.waitForURL((url) => !url.pathname.startsWith('/invitation/'));
    await pat.goto(reviewPath);
    await pat.getByRole('heading', { name: 'Your invitation' }).waitFor();
  });

  test('a programme officer reopens an agreed focus with a reason, and the sign-offs are asked for again', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { reviews } = await gql(officer, '{ reviews(filter: { states: [TEAM_FORMED] }, limit: 5) { items { id hosts { name } } } }');
    const edinburgh = reviews.items.find((r) => r.hosts.some((h) => h.name === 'City of Edinburgh'));
    const reviewPath = `/reviews/${edinburgh.id}`;
    await officer.goto(`${reviewPath}/focus`);
    const reopen = officer.locator('form', { has: officer.getByRole('heading', { name: 'Reopen the focus' }) });
    await reopen.waitFor();
    // The agreed focus is locked: no one is offered to edit it.
    assert.equal(await officer.getByRole('heading', { name: 'Edit the focus' }).count(), 0);
    await reopen.getByRole('button', { name: 'Reopen the focus' }).click();
    await officer.locator('.ds_error-summary').getByRole('link', { name: 'Enter why the focus is reopened' }).waitFor();
    await reopen.getByLabel('Why is the focus reopened?').fill('The council asked to add early years to the scope.');
    await reopen.getByRole('button', { name: 'Reopen the focus' }).click();
    await officer.getByText(/The focus is reopened/).waitFor();
    await officer.getByRole('heading', { name: 'Edit the focus' }).waitFor();
    await officer.locator('[aria-current="step"]', { hasText: 'Team formed' }).waitFor();
    await checkPage(officer, 'review-focus-reopened');

    // The host lead is offered the sign-off again, and the next step waits for it.
    const lead = await stack.newPage();
    await signIn(lead, 'lead@demo.quads.scot');
    await lead.goto(reviewPath);
    await lead.getByText("City of Edinburgh's host lead has not signed off the focus.").first().waitFor();
    await lead.getByRole('link', { name: 'Focus', exact: true }).click();
    await lead.getByRole('button', { name: 'Sign off the focus' }).click();
    await lead.getByText('You have signed off the focus.').waitFor();
    // Signed: once the review is reloaded, the button goes.
    await lead.getByRole('button', { name: 'Sign off the focus' }).waitFor({ state: 'detached' });

    // The reopening is in the history with its reason.
    await officer.getByRole('link', { name: 'History', exact: true }).click();
    await officer.getByRole('cell', { name: 'The council asked to add early years to the scope.' }).waitFor();
    await officer.getByRole('cell', { name: 'Reopened the focus; its sign-offs were cleared' }).waitFor();
    await checkPage(officer, 'review-history-reopened');
  });

  test('an invitee whose review was withdrawn is told their invitation no longer needs an answer, and is offered no form', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { createProgramme: programme } = await gql(
      officer,
      'mutation($i: ProgrammeInput!) { createProgramme(input: $i) { id } }',
      { i: { name: 'CI journey withdrawn', kind: 'CI', phases: [{ number: 1, from: ym(1), to: ym(6) }] } },
    );
    const { authorities, users } = await gql(officer, '{ authorities { id name } users(search: "reviewer@demo.quads.scot") { items { id } } }');
    const host = authorities.find((a) => a.name === 'Angus');
    const { scheduleReview: review } = await gql(
      officer,
      'mutation($i: ScheduleReviewInput!) { scheduleReview(input: $i) { id version } }',
      { i: { programmeId: programme.id, hostIds: [host.id], phase: 1, targetMonth: ym(2) } },
    );
    const { addTeamMember: added } = await gql(
      officer,
      'mutation($r: UUID!, $v: Int!, $u: UUID!) { addTeamMember(reviewId: $r, version: $v, input: { userId: $u, role: MEMBER }) { version } }',
      { r: review.id, v: review.version, u: users.items[0].id },
    );

    // While the review is open the invitee is asked for an answer.
    const invitee = await stack.newPage();
    await signIn(invitee, 'reviewer@demo.quads.scot');
    await invitee.goto(`/reviews/${review.id}`);
    await invitee.getByRole('button', { name: 'Send your answer' }).waitFor();

    await gql(
      officer,
      'mutation($r: UUID!, $v: Int!) { withdrawReview(reviewId: $r, version: $v, reason: "The authority asked to withdraw") { state } }',
      { r: review.id, v: added.version },
    );
    await invitee.reload();
    const invitation = invitee.locator('section', { has: invitee.getByRole('heading', { name: 'Your invitation' }) });
    await invitation.getByText('This review was withdrawn: your invitation no longer needs an answer.').waitFor();
    assert.equal(await invitee.getByRole('button', { name: 'Send your answer' }).count(), 0);
    assert.equal(await invitee.getByRole('radio').count(), 0);
    await checkPage(invitee, 'review-invitation-withdrawn');
  });
});
