// Programmes: the public timetable, scheduling reviews, quads, programme
// settings and materials, and the home page's tasks.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, heading, setCheckbox, signIn, startStack, waitForHeading } from '../harness.mjs';

const CI = 'Collaborative Improvement 2021-2024';
const ISLANDS = 'Orkney Islands, Shetland Islands and Na h-Eileanan Siar';

/** A small real PDF: one blank A4 page. */
const PDF = [
  '%PDF-1.4',
  '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj',
  '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj',
  '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >> endobj',
  'trailer << /Root 1 0 R >>',
  '%%EOF',
  '',
].join('\n');

/** Selects the option whose text is `text` in the select labelled `label`. */
async function choose(page, label, text) {
  const select = page.getByLabel(label, { exact: true });
  await select.locator('option').nth(1).waitFor({ state: 'attached' });
  const value = await select.locator('option', { hasText: text }).first().getAttribute('value');
  assert.ok(value !== null, `${label} offers ${text}`);
  await select.selectOption(value);
}

/** Sends a GraphQL request with the page's session cookie. */
async function api(page, query, variables = {}) {
  return page.evaluate(
    async ({ query, variables }) => {
      const response = await fetch('/graphql', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      return response.json();
    },
    { query, variables },
  );
}

async function openProgramme(page, name) {
  await page.goto('/programmes');
  await page.getByRole('link', { name }).click();
  await waitForHeading(page, name);
  await page.locator('table.quads-timeline').first().waitFor();
}

describe('programmes', () => {
  let stack;
  before(async () => {
    stack = await startStack('programmes');
  });
  after(async () => {
    await stack?.stop();
  });

  test('an anonymous visitor reads the published 2021-24 timetable, with public fields only', async () => {
    const page = await stack.newPage();
    const requests = [];
    page.on('request', (r) => {
      if (r.url().endsWith('/graphql')) requests.push(r.postData() ?? '');
    });
    await page.goto('/');
    await page.getByRole('navigation', { name: 'Main' }).last().getByRole('link', { name: 'Programmes' }).click();
    await waitForHeading(page, 'Programmes');
    await page.getByRole('link', { name: CI }).waitFor();
    await checkPage(page, 'programmes-anonymous');

    await page.getByRole('link', { name: CI }).click();
    await waitForHeading(page, CI);
    await page.locator('table.quads-timeline').first().waitFor();
    const captions = (await page.locator('table.quads-timeline caption').allTextContents()).map((t) => t.trim());
    assert.deepEqual(captions, [
      'Phase 1: September 2021 to June 2022 (9 reviews)',
      'Phase 2: August 2022 to November 2023 (14 reviews)',
      'Phase 3: January 2024 to November 2024 (9 reviews)',
    ]);
    await page.getByText('32 reviews').waitFor();
    // The joint island reviews, once in each phase, linking to the review.
    const joint = page.getByRole('link', { name: ISLANDS });
    assert.equal(await joint.count(), 3);
    assert.match((await joint.first().getAttribute('href')) ?? '', /^\/reviews\/[0-9a-f-]{36}$/);
    const first = page.locator('table.quads-timeline').first().locator('tbody tr').first();
    assert.deepEqual(
      (await first.locator('th, td').allTextContents()).map((t) => t.trim()),
      ['September 2021', 'South Ayrshire', 'Primary Attainment Gap', 'Closed'],
    );
    const may2022 = page.locator('table.quads-timeline tbody', { hasText: 'May 2022' });
    assert.match((await may2022.textContent()) ?? '', /Senior Phase/);
    // Nothing private, and nothing for officers.
    assert.equal(await page.getByRole('heading', { name: 'Pre-reading and guidance' }).count(), 0);
    assert.equal(await page.getByRole('link', { name: 'Schedule a review' }).count(), 0);
    for (const body of requests) assert.doesNotMatch(body, /materials|focus|team|history|conflicts/);
    await checkPage(page, 'programme-ci-anonymous');

    // Filters: phase 2, then a theme.
    await page.getByLabel('Phase', { exact: true }).selectOption('2');
    await page.getByLabel('Theme contains').fill('inclusion');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/phase=2&theme=inclusion/);
    await page.getByText('5 reviews match the filters').waitFor();
    assert.equal(await page.locator('table.quads-timeline').count(), 1);
    await checkPage(page, 'programme-ci-filtered');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await page.getByText('32 reviews', { exact: true }).waitFor();
  });

  test('a programme officer schedules a single, a joint and a quad review, with errors in the summary', async () => {
    const page = await stack.newPage();
    await signIn(page, 'officer@demo.quads.scot');
    await openProgramme(page, CI);
    await page.getByRole('heading', { name: 'Pre-reading and guidance' }).waitFor();
    await page.getByRole('link', { name: 'Schedule a review' }).click();
    await waitForHeading(page, 'Schedule a review');

    // Nothing chosen, then a month outside every phase.
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    const summary = page.locator('.ds_error-summary');
    await summary.waitFor();
    assert.deepEqual(await summary.locator('li').allTextContents(), [
      'Select the host',
      'Enter the month as a number from 1 to 12 and a four-digit year',
    ]);
    await choose(page, 'Host authority', 'Fife');
    await page.getByLabel('Month', { exact: true }).fill('7');
    await page.getByLabel('Year', { exact: true }).fill('2022');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await summary.getByText(/July 2022 is outside the programme’s phases/).waitFor();
    await checkPage(page, 'schedule-review-errors');
    await summary.getByRole('link', { name: /July 2022/ }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'month-month');

    await page.getByLabel('Month', { exact: true }).fill('10');
    await page.getByLabel('Year', { exact: true }).fill('2024');
    await page.getByLabel('Theme (optional)').fill('Writing across the curriculum');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    // Ambiguous: a month in the past, and Fife already has a review in this
    // programme. Scheduling it needs a confirmation.
    const warning = page.locator('#schedule-warning');
    await warning.getByText('October 2024 is in the past.').waitFor();
    await warning.getByText(/^Fife already has a review in this programme: /).first().waitFor();
    await checkPage(page, 'schedule-review-warning');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await summary.getByRole('link', { name: 'Tick “Schedule it anyway”, or change the host or the month' }).waitFor();
    await setCheckbox(page, 'Schedule it anyway');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await page.getByText('The review of Fife is on the timetable.').waitFor();
    const october = page.locator('table.quads-timeline tbody', { hasText: 'October 2024' });
    await october.getByRole('link', { name: 'Fife' }).waitFor();
    assert.match((await october.textContent()) ?? '', /Writing across the curriculum\s*Scheduled/);
    await checkPage(page, 'programme-ci-scheduled');

    // A joint review.
    await page.getByRole('link', { name: 'Schedule a review' }).click();
    await waitForHeading(page, 'Schedule a review');
    await page.locator('label[for="kind-joint"]').click();
    await page.getByRole('group', { name: 'Host authorities' }).waitFor();
    await setCheckbox(page, 'Orkney Islands');
    await page.getByLabel('Month', { exact: true }).fill('10');
    await page.getByLabel('Year', { exact: true }).fill('2024');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await summary.getByText('Select at least two hosts for a joint review').waitFor();
    await setCheckbox(page, 'Shetland Islands');
    await checkPage(page, 'schedule-review-joint');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await page.locator('#schedule-warning').getByText('October 2024 is in the past.').waitFor();
    await setCheckbox(page, 'Schedule it anyway');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await page.getByText('The review of Orkney Islands and Shetland Islands is on the timetable.').waitFor();
    await october.getByRole('link', { name: 'Orkney Islands and Shetland Islands' }).waitFor();

    // Quads: the quad, then its hosting member.
    await openProgramme(page, 'Quads 2024-25');
    await page.getByRole('link', { name: 'Schedule a review' }).click();
    await waitForHeading(page, 'Schedule a review');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    assert.deepEqual((await summary.locator('li').allTextContents()).slice(0, 2), [
      'Select the quad',
      'Select the hosting member of the quad',
    ]);
    await choose(page, 'Quad', 'Family group 1, quad 1 (2024-25)');
    await choose(page, 'Hosting member', 'Aberdeenshire');
    await page.getByLabel('Month', { exact: true }).fill('4');
    await page.getByLabel('Year', { exact: true }).fill('2025');
    await checkPage(page, 'schedule-review-quads');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    // The demo already has a review of Aberdeenshire in this programme.
    await page.locator('#schedule-warning').getByText(/^Aberdeenshire already has a review in this programme: /).waitFor();
    await setCheckbox(page, 'Schedule it anyway');
    await page.getByRole('button', { name: 'Schedule the review' }).click();
    await page.getByText('The review of Aberdeenshire is on the timetable.').waitFor();
    const april = page.locator('table.quads-timeline tbody', { hasText: 'April 2025' });
    assert.match((await april.textContent()) ?? '', /Aberdeenshire\s*Family group 1, quad 1/);
  });

  test('a programme officer creates, changes and dissolves a quad; an authority already in a quad, or a quad with reviews under way, is refused', async () => {
    const page = await stack.newPage();
    await signIn(page, 'officer@demo.quads.scot');
    await page.goto('/quads');
    await waitForHeading(page, 'Quads');
    await page.getByRole('rowheader', { name: 'Family group 1, quad 1' }).waitFor();
    await checkPage(page, 'quads-officer');

    const fill = async (session, name, members) => {
      await page.getByLabel('School session').fill(session);
      await page.getByLabel('Name', { exact: true }).fill(name);
      for (const [i, m] of members.entries()) await choose(page, `Authority ${i + 1}`, m);
      await page.getByRole('button', { name: 'Create the quad' }).click();
    };
    const members = ['Fife', 'Falkirk', 'Clackmannanshire', 'Stirling'];
    // Every authority is in a 2024-25 quad in the demo.
    await fill('2024-25', 'Forth valley', members);
    const summary = page.locator('.ds_error-summary');
    await summary.waitFor();
    const refusal = await summary.locator('li').allTextContents();
    assert.ok(refusal.includes('Fife is already in Family group 3, quad 1 in 2024-25'), refusal.join('; '));
    assert.equal(refusal.length, 4);
    await checkPage(page, 'quads-refused');

    await page.getByLabel('School session').fill('2025-26');
    await page.getByRole('button', { name: 'Create the quad' }).click();
    await page.getByText('Forth valley (2025-26) is created.').waitFor();
    const table = page.locator('table', { hasText: 'Session 2025-26' });
    await table.getByRole('rowheader', { name: 'Forth valley' }).waitFor();
    assert.match((await table.locator('tr', { hasText: 'Forth valley' }).textContent()) ?? '', /Clackmannanshire.*Falkirk.*Fife.*Stirling/);
    await checkPage(page, 'quads-created');

    // Changed: renamed, Stirling swapped for West Lothian.
    await page.getByRole('button', { name: 'Change Forth valley' }).click();
    const editing = page.getByRole('heading', { name: 'Change Forth valley (2025-26)' });
    await editing.waitFor();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'edit-heading');
    await page.locator('#edit-quad-name').fill('Forth and Lothian');
    // The form starts with the quad's four authorities, by name.
    const stirling = await page.locator('#edit-member-4 option', { hasText: 'Stirling' }).getAttribute('value');
    assert.equal(await page.locator('#edit-member-4').inputValue(), stirling);
    await page.locator('#edit-member-4').selectOption({ label: 'West Lothian' });
    await checkPage(page, 'quads-change');
    await page.getByRole('button', { name: 'Save the quad' }).click();
    await page.getByText('Forth and Lothian (2025-26) is saved.').waitFor();
    assert.match(
      (await table.locator('tr', { hasText: 'Forth and Lothian' }).textContent()) ?? '',
      /Clackmannanshire.*Falkirk.*Fife.*West Lothian/,
    );

    // A demo quad with reviews under way cannot be dissolved: each review is named.
    await page.getByRole('button', { name: 'Change Family group 1, quad 1' }).click();
    await page.getByRole('button', { name: 'Dissolve Family group 1, quad 1' }).click();
    await summary.getByText(/^The review of .+, \w+ \d{4} is past Scheduled \(it is /).first().waitFor();
    await checkPage(page, 'quads-dissolve-refused');
    await page.getByRole('button', { name: 'Cancel' }).click();

    // One no review names is dissolved.
    await page.getByRole('button', { name: 'Change Forth and Lothian' }).click();
    await page.getByRole('button', { name: 'Dissolve Forth and Lothian' }).click();
    await page.getByText('Forth and Lothian (2025-26) is dissolved.').waitFor();
    await page.getByRole('rowheader', { name: 'Forth and Lothian' }).waitFor({ state: 'detached' });
  });

  test('a programme officer edits the settings, adds a link material and uploads a document', async () => {
    const page = await stack.newPage();
    await signIn(page, 'officer@demo.quads.scot');
    await openProgramme(page, 'Quads 2024-25');
    await page.getByRole('link', { name: 'Programme settings and materials' }).click();
    await waitForHeading(page, 'Programme settings');
    assert.equal(await page.getByLabel('Name', { exact: true }).inputValue(), 'Quads 2024-25');

    await page.getByLabel('Largest team').fill('many');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    const summary = page.locator('.ds_error-summary');
    await summary.getByText('Enter the largest team size as a whole number').waitFor();
    await page.getByLabel('Largest team').fill('10');
    await page.getByLabel('Visit length (working days)').fill('4');
    await page.getByRole('button', { name: 'Save the settings' }).click();
    await page.getByText('The settings are saved.').waitFor();
    // The form shows the saved programme once it has been read again.
    await page.waitForFunction(() => document.querySelector('#visit-length')?.value === '4');
    await checkPage(page, 'programme-settings-saved');

    await page.getByRole('button', { name: 'Add the link' }).click();
    await summary.getByText('Enter the material’s title').waitFor();
    await page.getByLabel('Title', { exact: true }).fill('Quads handbook');
    await page.getByLabel('Link', { exact: true }).fill('https://example.org/quads-handbook.pdf');
    await page.getByRole('button', { name: 'Add the link' }).click();
    await page.getByText('“Quads handbook” is added to the materials.').waitFor();
    await page.getByRole('link', { name: 'Quads handbook' }).waitFor();
    await checkPage(page, 'programme-settings-material');

    // A document: a refused type is shown as an error and what was typed
    // stays; a small real PDF is uploaded, listed and downloadable.
    await page.getByLabel('Document title').fill('Visit timetable');
    await page.getByLabel('Document', { exact: true }).setInputFiles({
      name: 'timetable.html',
      mimeType: 'text/html',
      buffer: Buffer.from('<html><body>Not a document</body></html>'),
    });
    await page.getByRole('button', { name: 'Upload the document' }).click();
    const refused = 'The file must be a PDF, a Word, PowerPoint, Excel or OpenDocument text document, a PNG or JPEG image, or plain text';
    await summary.getByRole('link', { name: refused }).waitFor();
    await page.locator('#upload-file-error', { hasText: refused }).waitFor();
    assert.equal(await page.getByLabel('Document title').inputValue(), 'Visit timetable');
    // Chromium logs the refusal's 422 as a console error: expected here, once.
    const logged = page.problems.filter((p) => /status of 422/.test(p));
    assert.equal(logged.length, 1, page.problems.join('\n'));
    page.problems = page.problems.filter((p) => !/status of 422/.test(p));
    await checkPage(page, 'programme-settings-upload-refused');
    await page.getByLabel('Document', { exact: true }).setInputFiles({
      name: 'timetable.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from(PDF),
    });
    await page.getByRole('button', { name: 'Upload the document' }).click();
    await page.getByText('“Visit timetable” is uploaded and added to the materials.').waitFor();
    const uploaded = page.getByRole('link', { name: 'Visit timetable' });
    const href = (await uploaded.getAttribute('href')) ?? '';
    assert.match(href, /^\/materials\/[0-9a-f-]{36}\/file$/);
    const download = await page.evaluate(async (url) => {
      const r = await fetch(url);
      return { status: r.status, type: r.headers.get('content-type'), start: (await r.text()).slice(0, 5) };
    }, href);
    assert.deepEqual(download, { status: 200, type: 'application/pdf', start: '%PDF-' });
    assert.equal(await page.locator('.ds_error-summary').count(), 0);
    assert.equal(await page.getByLabel('Document title').inputValue(), '');

    await page.getByRole('link', { name: 'Back to the programme’s timetable' }).click();
    await waitForHeading(page, 'Quads 2024-25');
    await page.getByRole('link', { name: 'Quads handbook' }).waitFor();

    // A new programme, from the programmes list.
    await page.goto('/programmes');
    await page.getByRole('link', { name: 'Create a programme' }).click();
    await waitForHeading(page, 'Create a programme');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    assert.deepEqual(await summary.locator('li').allTextContents(), [
      'Enter the programme’s name',
      'Enter phase 1’s first and last months as YYYY-MM',
    ]);
    await checkPage(page, 'programme-new-errors');
    await page.getByLabel('Name', { exact: true }).fill('Quads 2025-26');
    await page.getByLabel('First month').fill('2025-09');
    await page.getByLabel('Last month').fill('2026-06');
    await page.getByRole('button', { name: 'Create the programme' }).click();
    await page.getByText('The programme is created. Add its materials below.').waitFor();
    await waitForHeading(page, 'Programme settings');
    assert.equal(await page.getByLabel('Visit length (working days)').inputValue(), '3');
  });

  test('a reciprocal review in a CI phase raises a conflict of interest, which an officer dismisses with a reason', async () => {
    const page = await stack.newPage();
    await signIn(page, 'officer@demo.quads.scot');
    const { data } = await api(page, '{ programmes { id name } authorities { id name } }');
    const programmeId = data.programmes.find((p) => p.name === CI).id;
    const authority = (name) => data.authorities.find((a) => a.name === name).id;
    const scheduleIn = async (host) => {
      const r = await api(
        page,
        `mutation ($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id } }`,
        { input: { programmeId, hostIds: [authority(host)], phase: 3, targetMonth: '2024-06' } },
      );
      assert.equal(r.errors, undefined, JSON.stringify(r.errors));
      return r.data.scheduleReview.id;
    };
    // Phase 3: Edinburgh and Aberdeen City are each reviewed.
    const edinburghReview = await scheduleIn('City of Edinburgh');
    const aberdeenReview = await scheduleIn('Aberdeen City');
    const addFromSearch = async (review, text) => {
      await page.goto(`/reviews/${review}/team`);
      await page.getByRole('heading', { name: 'Add someone who has an account' }).waitFor();
      await page.getByLabel('Name or email address').fill(text);
      await page.getByRole('button', { name: 'Search', exact: true }).click();
      const add = page.getByRole('button', { name: /^Add .+ as a member$/ });
      await add.first().waitFor();
      await add.first().click();
      await page.getByText(/^We have added .+ to the team as a member\.$/).waitFor();
    };
    // An Edinburgh officer joins Aberdeen City's team: no conflict yet.
    await addFromSearch(aberdeenReview, 'qio@demo.quads.scot');
    await page.getByText('No conflicts of interest have been found.').waitFor();
    // A peer from Aberdeen City joins Edinburgh's team: the two authorities
    // would review each other in the same phase.
    await addFromSearch(edinburghReview, 'Peer reviewer from Aberdeen City');
    const conflicts = page.getByRole('list', { name: 'Conflicts of interest' });
    const conflict = conflicts.getByRole('listitem').filter({ hasText: 'Aberdeen City is reviewed in phase 3' });
    await conflict.waitFor();
    assert.match(
      (await conflict.textContent()) ?? '',
      /Open\s*Aberdeen City is reviewed in phase 3 by a team with a member from City of Edinburgh: .+ joining this team would make the two authorities review each other in the same phase\./,
    );
    await checkPage(page, 'review-conflict-raised');

    // Dismissed with a reason, which is shown.
    await conflict.getByRole('button', { name: 'Dismiss the conflict' }).click();
    await conflict.getByText('Enter why the conflict can be dismissed').first().waitFor();
    const reason = 'The peer reviewer has never worked in Edinburgh and the visits are months apart';
    await conflict.getByLabel('Why can this conflict be dismissed?').fill(reason);
    await conflict.getByRole('button', { name: 'Dismiss the conflict' }).click();
    await page.getByText('The conflict of interest has been dismissed.').waitFor();
    await conflict.getByText('Dismissed', { exact: true }).waitFor();
    await conflict.getByText(new RegExp(`^Dismissed by Morag Officer on .+: ${reason}$`)).waitFor();
    await checkPage(page, 'review-conflict-dismissed');
    // Seen again after a reload: the dismissal and its reason are stored.
    await page.reload();
    await page
      .getByRole('list', { name: 'Conflicts of interest' })
      .getByText(new RegExp(`: ${reason}$`))
      .waitFor();
  });

  test('home shows a host lead the focus waiting on their sign-off, linking to the review', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { data } = await api(officer, '{ programmes { id name } authorities { id name } }');
    const programmeId = data.programmes.find((p) => p.name === CI).id;
    const edinburgh = data.authorities.find((a) => a.name === 'City of Edinburgh').id;
    const scheduled = await api(
      officer,
      `mutation ($input: ScheduleReviewInput!) { scheduleReview(input: $input) { id version } }`,
      { input: { programmeId, hostIds: [edinburgh], phase: 3, targetMonth: '2024-11' } },
    );
    const review = scheduled.data.scheduleReview;
    const focus = await api(
      officer,
      `mutation ($id: UUID!, $v: Int!, $input: FocusInput!) { updateFocus(reviewId: $id, version: $v, input: $input) { id } }`,
      { id: review.id, v: review.version, input: { theme: 'Writing', keyQuestions: ['How well do learners write?'] } },
    );
    assert.equal(focus.errors, undefined, JSON.stringify(focus.errors));

    const page = await stack.newPage();
    await signIn(page, 'lead@demo.quads.scot');
    await heading(page);
    const task = page.getByRole('link', { name: 'Sign off the focus: review of City of Edinburgh, November 2024' });
    await task.waitFor();
    assert.equal(await task.getAttribute('href'), `/reviews/${review.id}/focus`);
    assert.equal(await page.locator('#actions-heading').textContent(), 'What needs your action');
    await checkPage(page, 'home-lead-tasks');
    await task.click();
    await page.waitForURL(`**/reviews/${review.id}/focus`);
  });
});
