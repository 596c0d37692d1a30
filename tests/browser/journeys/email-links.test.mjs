// Accepting an invitation and resetting a password from the links in emails
// received by the test SMTP server.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, heading, setCheckbox, signIn, startStack, waitForHeading } from '../harness.mjs';
import { findLink, listMessages, waitForMail } from '../mail.mjs';

const NEW_PASSWORD = 'three unrelated words 2026';

describe('links in emails', () => {
  let stack;
  before(async () => {
    // The SMTP server refuses recipients starting "bounce" (550), so a
    // message fails for good and the outbox offers to retry it.
    stack = await startStack('email-links', { smtpArgs: ['--reject-pattern', '^bounce'] });
  });
  after(async () => {
    await stack?.stop();
  });

  test('an invited user opens the link in the email, sets a password and is signed in', async () => {
    const admin = await stack.newPage();
    await signIn(admin, 'admin@demo.quads.scot');
    await admin.goto('/admin/users/invite');
    await waitForHeading(admin, 'Invite a user');
    const email = `new.reviewer.${Date.now()}@example.org`;
    const seen = new Set(listMessages(stack.maildir).map((m) => m.file));
    await admin.getByLabel('Full name').fill('Morag Reviewer');
    await admin.getByLabel('Email address').fill(email);
    const orgs = admin.getByLabel('Organisation');
    await orgs.locator('option').nth(1).waitFor({ state: 'attached' });
    const education = await orgs.locator('option', { hasText: 'Education Scotland' }).first().getAttribute('value');
    await orgs.selectOption(education ?? { index: 1 });
    await setCheckbox(admin, 'Reviewer');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.waitForURL(/\/admin\/users\?invited=/);
    await admin.getByText(`We have sent an invitation to ${email}.`).waitFor();
    await checkPage(admin, 'admin-users-invited');

    const mail = await waitForMail(stack.maildir, { to: email, ignore: seen });
    const link = findLink(mail, /^\/invitation\/.+/);
    assert.ok(link.startsWith(stack.baseUrl), `the link ${link} points at this server`);

    const invitee = await stack.newPage();
    // Opening the link twice (as a mail scanner would) must not use the token up.
    await invitee.goto(link);
    await invitee.goto(link);
    await waitForHeading(invitee, 'Accept your invitation');
    await checkPage(invitee, 'invitation');
    await invitee.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await invitee.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
    await waitForHeading(invitee, 'Hello, Morag Reviewer');
    await invitee.getByText('Your password is set and you are signed in.').waitFor();
    // The welcome is for this sign-in only: out of the address, so a reload does not repeat it.
    await invitee.waitForURL((url) => url.pathname === '/' && url.search === '');
    await checkPage(invitee, 'home-after-invitation');
    await invitee.reload();
    await waitForHeading(invitee, 'Hello, Morag Reviewer');
    assert.equal(await invitee.getByText('Your password is set and you are signed in.').count(), 0);

    // The link works once.
    await invitee.goto(link);
    await invitee.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await invitee.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await invitee.getByRole('button', { name: 'Set password and sign in' }).click();
    await invitee.locator('.ds_error-summary').getByText('This invitation link has already been used.', { exact: false }).waitFor();
    await invitee.getByRole('link', { name: 'sign in' }).waitFor();
    await checkPage(invitee, 'invitation-used');
  });

  test('the outbox shows sent mail, and a message the mail server refused can be retried', async () => {
    const admin = await stack.newPage();
    await signIn(admin, 'admin@demo.quads.scot');
    await admin.goto('/admin/users/invite');
    const email = `bounce.${Date.now()}@example.org`;
    await admin.getByLabel('Full name').fill('Bounce Back');
    await admin.getByLabel('Email address').fill(email);
    const orgs = admin.getByLabel('Organisation');
    await orgs.locator('option').nth(1).waitFor({ state: 'attached' });
    await orgs.selectOption({ index: 1 });
    await setCheckbox(admin, 'Reviewer');
    await admin.getByRole('button', { name: 'Send invitation' }).click();
    await admin.waitForURL(/\/admin\/users\?invited=/);

    await admin.getByRole('link', { name: 'Outbox' }).first().click();
    await waitForHeading(admin, 'Outbox');
    await admin.locator('tbody tr', { hasText: 'Sent' }).first().waitFor();
    await checkPage(admin, 'admin-outbox');

    // The dispatcher settles the refused message as failed; reload until it has.
    const row = admin.locator('tbody tr', { hasText: email });
    for (let i = 0; i < 40; i += 1) {
      await admin.goto('/admin/outbox?status=failed');
      await admin.getByText(/\d+ messages?, failed/).waitFor();
      if ((await row.count()) > 0) break;
      await admin.waitForTimeout(250);
    }
    await row.getByText('Failed').waitFor();
    await checkPage(admin, 'admin-outbox-failed');
    await row.getByRole('button', { name: `Retry the message to ${email}` }).click();
    await admin.getByText(`The message to ${email} will be sent again.`).waitFor();
    await checkPage(admin, 'admin-outbox-retried');
  });

  test('a user who forgot their password resets it from the emailed link', async () => {
    const page = await stack.newPage();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'I have forgotten my password' }).click();
    await waitForHeading(page, 'Reset your password');
    await checkPage(page, 'forgot-password');
    const seen = new Set(listMessages(stack.maildir).map((m) => m.file));
    await page.getByLabel('Email address').fill('qio@demo.quads.scot');
    await page.getByRole('button', { name: 'Send reset link' }).click();
    await waitForHeading(page, 'Check your email');
    await checkPage(page, 'forgot-password-sent');

    const mail = await waitForMail(stack.maildir, { to: 'qio@demo.quads.scot', ignore: seen });
    const link = findLink(mail, /^\/reset-password\/.+/);
    await page.goto(link);
    await waitForHeading(page, 'Choose a new password');
    await checkPage(page, 'reset-password');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.waitForURL(/\/sign-in\?passwordReset=1/);
    await page.getByText('Your password has been changed.', { exact: false }).waitFor();

    await signIn(page, 'qio@demo.quads.scot', NEW_PASSWORD);
    assert.match(await heading(page), /^Hello, /);
  });
});
