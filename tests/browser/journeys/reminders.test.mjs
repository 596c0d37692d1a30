// Reminders: a programme officer changes the Quads 2024-25 programme's
// reminder policy (a repeated offset is refused naming the field, then a
// valid one is saved and the programme's reminders are rescheduled); a
// host lead (lead4@, whose review's visit is planned) sees the rescheduled
// reminders, turns a kind off on "My reminders and settings" and finds it
// off after reloading. On a test clock standing at Monday 7
// October 2024, 9 am in London. Every page is checked with axe, by
// keyboard and at 320 px.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, gql, setCheckbox, signIn, startStack, waitForHeading } from '../harness.mjs';

const NOW = '2024-10-07T08:00:00Z';

describe('reminders', () => {
  let stack;
  before(async () => {
    stack = await startStack('reminders', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('an officer sets the policy, a host lead turns a reminder off', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { programmes } = await gql(officer, '{ programmes { id name } }');
    const quads = programmes.find((p) => p.name === 'Quads 2024-25');
    assert.ok(quads, 'the demo has the Quads 2024-25 programme');
    await officer.goto(`/programmes/${quads.id}`);
    await officer.getByRole('link', { name: 'Reminder policy' }).click();
    await waitForHeading(officer, 'Reminder policy');
    const visit = officer.getByLabel('Working days before (up to 5, separated by commas)').nth(1);
    assert.equal(await visit.inputValue(), '5');
    await visit.fill('3, 3');
    await officer.getByRole('button', { name: 'Save visit starting soon' }).click();
    await officer.getByRole('link', { name: /more than once a day/ }).waitFor();
    await checkPage(officer, 'reminders-policy-refused');
    await visit.fill('10, 2');
    await officer.getByRole('button', { name: 'Save visit starting soon' }).click();
    await officer.getByText('Visit starting soon: saved.').waitFor();
    assert.equal(await visit.inputValue(), '10, 2');
    await checkPage(officer, 'reminders-policy');

    // A host lead's reminders and settings.
    const host = await stack.newPage();
    await signIn(host, 'lead4@demo.quads.scot');
    await host.getByRole('link', { name: 'Reminders' }).first().click();
    await waitForHeading(host, 'My reminders and settings');
    await host.getByText('Invitation and escalation reminders cannot be turned off.').waitFor();
    assert.equal(await host.getByLabel('Visit starting soon', { exact: true }).isChecked(), true);
    await setCheckbox(host, 'Visit starting soon', false);
    await host.getByRole('button', { name: 'Save reminder settings' }).click();
    await host.getByText('Your reminder settings are saved.').waitFor();
    // The officer's policy rescheduled this host's visit reminders: ten
    // and two working days before, both now marked as not to be sent.
    await host.getByText('Turned off: not sent').first().waitFor();
    assert.equal(await host.getByText('Turned off: not sent').count(), 2);
    await checkPage(host, 'reminders-mine');
    await host.reload();
    await waitForHeading(host, 'My reminders and settings');
    await host.getByRole('button', { name: 'Save reminder settings' }).waitFor();
    assert.equal(await host.getByLabel('Visit starting soon', { exact: true }).isChecked(), false);
    const { myReminderSettings } = await gql(host, '{ myReminderSettings { kind wanted } }');
    assert.deepEqual(
      myReminderSettings.find((s) => s.kind === 'VISIT_STARTING'),
      { kind: 'VISIT_STARTING', wanted: false },
    );
  });
});
