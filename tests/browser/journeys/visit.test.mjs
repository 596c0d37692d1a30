// The visit plan, from a submitted self-evaluation to the visit in
// progress, on a test clock standing at Monday 7 October 2024, 9 am in
// London (inside the target month of the demo's Quads review with a
// submitted rubric, East Renfrewshire's). The host lead records an
// in-service day on the authority's blackout dates page and a contact on
// the visit tab; the team lead's first choice of days is refused naming
// the blackout date and why, the next is set, a session added; then the
// team lead opens the agenda for the host (printable), shares it with the
// host's contact, who receives it at the test SMTP server, and starts the
// visit on its first day. Every page is checked with
// axe, by keyboard and at 320 px. A place is added through the API (it is
// not the point here, and CI time counts).
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, gql, setCheckbox, signIn, startStack, waitForHeading } from '../harness.mjs';
import { listMessages, waitForMail } from '../mail.mjs';

const HOST = 'East Renfrewshire';
const CONTACT = 'morag.campbell@example.org';
const NOW = '2024-10-07T08:00:00Z';

describe('the visit plan', () => {
  let stack;
  before(async () => {
    stack = await startStack('visit', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('blackout date and contact by the host, days refused then set, a session, the visit started', async () => {
    // The host lead of the review with a submitted rubric.
    const host = await stack.newPage();
    await signIn(host, 'lead2@demo.quads.scot');
    const { reviews } = await gql(
      host,
      `query { reviews(filter: { states: [SELF_EVALUATION_SUBMITTED] }, limit: 100) { items { id targetMonth programme { name } hosts { id name gssCode } } } }`,
    );
    const review = reviews.items.find((r) => r.programme.name === 'Quads 2024-25' && r.hosts[0]?.name === HOST);
    assert.ok(review, `the demo has ${HOST}'s review at Self-evaluation submitted`);
    assert.equal(review.targetMonth, '2024-10');
    const visitTab = `/reviews/${review.id}/visit`;

    // The host is asked for its part until the dates are set.
    await host.goto('/');
    await host.getByRole('link', { name: /^Record blackout dates and contacts/ }).first().waitFor();

    // The blackout dates page, from the visit tab.
    await host.goto(visitTab);
    await host.getByRole('heading', { name: 'Visit plan' }).waitFor();
    await host.getByText('The visit days are not set yet.').waitFor();
    await host.getByRole('link', { name: `blackout dates of ${HOST}` }).click();
    await waitForHeading(host, `Blackout dates of ${HOST}`);
    await host.getByText('No blackout dates are recorded.').waitFor();
    await host.getByLabel('Date', { exact: true }).fill('4/10/2024');
    await host.getByLabel('Reason').fill('In-service day');
    await host.getByRole('button', { name: 'Add the blackout' }).click();
    await host.getByText('Friday 4 October 2024 is recorded as a blackout: In-service day.').waitFor();
    await host.getByRole('cell', { name: 'Friday 4 October 2024', exact: true }).waitFor();
    await checkPage(host, 'visit-blackout-dates');

    // A contact, on the visit tab; a place through the API.
    await host.goto(visitTab);
    await host.getByRole('heading', { name: 'Host contacts' }).waitFor();
    await host.getByLabel('Role').fill('Headteacher, Williamwood High School');
    await host.getByLabel('Name', { exact: true }).fill('Morag Campbell');
    await host.getByLabel('Email address').fill(CONTACT);
    await host.getByRole('button', { name: 'Add the contact' }).click();
    await host.getByText('Morag Campbell is recorded as a contact.').waitFor();
    await host.getByRole('cell', { name: CONTACT, exact: true }).waitFor();
    await gql(host, `mutation($r: UUID!) { addVisitPlace(reviewId: $r, input: { name: "Williamwood High School", address: "Seres Road, Clarkston" }) { sequence } }`, {
      r: review.id,
    });
    await host.reload();
    await host.getByRole('button', { name: 'Remove Williamwood High School' }).waitFor();
    await checkPage(host, 'visit-host');

    // The team lead: the blackout date is among the days the visit cannot be on.
    const lead = await stack.newPage();
    await signIn(lead, 'peer4@demo.quads.scot');
    await lead.goto(visitTab);
    const blackout = `Friday 4 October 2024 is a blackout date of ${HOST}: In-service day.`;
    await lead.getByText(blackout).waitFor();
    // Contacts are the host's: the team sees the places only.
    assert.equal(await lead.getByRole('heading', { name: 'Host contacts' }).count(), 0);
    await checkPage(lead, 'visit-unplanned');

    // Days over the in-service day are refused, naming it and why.
    const days = ['Day 1', 'Day 2', 'Day 3'];
    const fillDays = async (values) => {
      for (const [i, label] of days.entries()) await lead.getByLabel(label).fill(values[i]);
    };
    await fillDays(['3/10/2024', '4/10/2024', '7/10/2024']);
    await lead.getByRole('button', { name: 'Save the visit days' }).click();
    const refusal = lead.locator('.ds_error-summary');
    await refusal.getByText('These visit days cannot be used').waitFor();
    await refusal.getByText(blackout, { exact: false }).waitFor();
    await checkPage(lead, 'visit-days-refused');

    // Monday to Wednesday is set.
    await fillDays(['7/10/2024', '8/10/2024', '9/10/2024']);
    await lead.getByRole('button', { name: 'Save the visit days' }).click();
    await lead
      .getByText('The visit days are set: Monday 7 October 2024, Tuesday 8 October 2024, Wednesday 9 October 2024.')
      .waitFor();
    // The visit as a calendar file, from the server.
    const calendar = lead.getByRole('link', { name: 'Download the visit for your calendar' });
    const ics = await lead.request.get(await calendar.getAttribute('href'));
    assert.equal(ics.status(), 200);
    assert.match(ics.headers()['content-type'], /^text\/calendar/);
    assert.match(await ics.text(), /^BEGIN:VCALENDAR/);

    // A session on the first day, with the team lead in it.
    const { visitPlan } = await gql(lead, `query($r: UUID!) { visitPlan(reviewId: $r) { assignable { name } } }`, {
      r: review.id,
    });
    const member = visitPlan.assignable[0].name;
    await lead.getByRole('button', { name: 'Add a session' }).click();
    const form = lead.getByRole('form', { name: 'Add a session' });
    await form.getByLabel('Day', { exact: true }).selectOption('2024-10-07');
    await form.getByLabel('Starts at').fill('09:30');
    await form.getByLabel('Ends at').fill('11:00');
    await form.getByLabel('Kind of session').selectOption('FOCUS_GROUP');
    await setCheckbox(lead, 'Headteachers');
    await form.getByLabel('Place (optional)').fill('Williamwood High School');
    await setCheckbox(lead, member);
    await checkPage(lead, 'visit-session-form');
    await form.getByRole('button', { name: 'Add the session' }).click();
    await lead.getByText('The session is added: Monday 7 October 2024, 09:30 to 11:00.').waitFor();
    const sessions = lead.getByRole('region', { name: 'Sessions on Monday 7 October 2024' });
    await sessions.getByRole('cell', { name: 'Focus group', exact: true }).waitFor();
    await sessions.getByRole('cell', { name: member, exact: true }).waitFor();
    await checkPage(lead, 'visit-planned');

    // The agenda for the host, from the visit tab: each day's sessions, the
    // team by name and organisation only.
    await lead.getByRole('link', { name: 'The agenda for the host' }).click();
    await waitForHeading(lead, `Visit agenda: ${HOST}`);
    const agendaUrl = new URL(lead.url()).pathname;
    assert.equal(agendaUrl, `${visitTab}/agenda`);
    const monday = lead.getByRole('region', { name: 'Agenda for Monday 7 October 2024' });
    await monday.getByRole('cell', { name: '09:30 to 11:00', exact: true }).waitFor();
    await monday.getByRole('cell', { name: 'Headteachers', exact: true }).waitFor();
    await monday.getByRole('cell', { name: 'Williamwood High School', exact: true }).waitFor();
    await monday.getByRole('cell', { name: new RegExp(`^${member} \\(`) }).waitFor();
    await lead.getByRole('heading', { name: 'Wednesday 9 October 2024' }).waitFor();
    assert.doesNotMatch(await lead.locator('main').innerText(), /@/, 'no contact details on the agenda');
    await lead.getByText(/^Not shared yet\. Sharing mails it to the host’s contact recorded/).waitFor();
    await checkPage(lead, 'visit-agenda');

    // On paper: the agenda alone, without the site's header, footer or the page's buttons.
    await lead.emulateMedia({ media: 'print' });
    assert.equal(await lead.locator('.ds_page__top').isVisible(), false, 'no header on paper');
    assert.equal(await lead.locator('.ds_page__bottom').isVisible(), false, 'no footer on paper');
    assert.equal(await lead.getByRole('button', { name: 'Print this agenda' }).isVisible(), false);
    assert.equal(await lead.getByRole('button', { name: /^Share the agenda/ }).isVisible(), false);
    assert.ok(await monday.isVisible(), 'the sessions are on paper');
    await lead.emulateMedia({ media: 'screen' });

    // Shared by keyboard alone: Tab to the button from the top, Enter.
    const seen = new Set(listMessages(stack.maildir).map((m) => m.file));
    await lead.locator('body').evaluate((b) => {
      const top = document.createElement('span');
      top.tabIndex = -1;
      top.id = 'agenda-top';
      b.prepend(top);
      top.focus();
    });
    let reached = false;
    for (let i = 0; i < 30 && !reached; i += 1) {
      await lead.keyboard.press('Tab');
      reached = await lead.evaluate(() => document.activeElement?.textContent === 'Share the agenda with the host’s contacts');
    }
    assert.ok(reached, 'Tab reaches the share button');
    await lead.keyboard.press('Enter');
    await lead.getByText(/^The agenda is shared with the host’s contact: first shared on 7 October 2024 at 9:00am\./).waitFor();
    await lead.getByText(/^Shared with the host’s contacts on 7 October 2024 at 9:00am/).waitFor();
    await checkPage(lead, 'visit-agenda-shared');

    // The host's contact receives it at the SMTP server.
    const mail = await waitForMail(stack.maildir, { to: CONTACT, contains: /The agenda of the peer review visit/, ignore: seen });
    assert.match(mail.text, /Monday 7 October 2024/);
    assert.match(mail.text, /09:30–11:00 Focus group with headteachers, Williamwood High School/);
    assert.match(mail.text, new RegExp(`The team: .*${member} \\(`));
    assert.doesNotMatch(mail.text, /@demo\.quads\.scot/, 'no team contact details in the mail');

    // The host reads the agenda but does not share it.
    await host.goto(agendaUrl);
    await waitForHeading(host, `Visit agenda: ${HOST}`);
    await host.getByRole('region', { name: 'Agenda for Monday 7 October 2024' }).waitFor();
    assert.equal(await host.getByRole('button', { name: /^Share the agenda/ }).count(), 0);
    await checkPage(host, 'visit-agenda-host');

    await lead.getByRole('link', { name: 'Back to the visit plan' }).click();
    await lead.getByRole('heading', { name: 'Visit plan' }).waitFor();

    // The first visit day has come (the test clock): the team lead starts the visit.
    await lead.getByRole('button', { name: 'Start the visit' }).click();
    await lead.getByText('Done: Start the visit.').waitFor();
    await lead.locator('[aria-current="step"]', { hasText: 'Visit in progress' }).waitFor();
    // The plan is settled once the visit has started.
    await lead.getByRole('button', { name: 'Save the visit days' }).waitFor({ state: 'detached' });
    await checkPage(lead, 'visit-in-progress');
  });
});
