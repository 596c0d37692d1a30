// Managing accounts: an administrator searches, invites, changes roles,
// deactivates and reactivates; a programme officer invites people joining a
// review; a user changes their password; links that cannot be used.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, DEMO_PASSWORD, heading, setCheckbox, signIn, startStack, waitForHeading } from '../harness.mjs';

const NEW_PASSWORD = 'three unrelated words 2026';

describe('managing accounts', () => {
  let stack;
  before(async () => {
    stack = await startStack('accounts');
  });
  after(async () => {
    await stack?.stop();
  });

  /** Fills the invite form and sends it. */
  async function invite(page, { name, email, organisation, roles }) {
    await page.getByLabel('Full name').fill(name);
    await page.getByLabel('Email address').fill(email);
    const orgs = page.getByLabel('Organisation');
    await orgs.locator('option').nth(1).waitFor({ state: 'attached' });
    const value = await orgs.locator('option', { hasText: organisation }).first().getAttribute('value');
    assert.ok(value, `the organisation list has ${organisation}`);
    await orgs.selectOption(value);
    for (const role of roles) await setCheckbox(page, role);
    await page.getByRole('button', { name: 'Send invitation' }).click();
  }

  test('an administrator searches users, invites one and sees the invitation pending', async () => {
    const page = await stack.newPage();
    await signIn(page, 'admin@demo.quads.scot');
    await page.goto('/admin/users');
    await page.locator('tbody tr').first().waitFor();

    await page.getByLabel('Search users').fill('reviewer@demo');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/search=reviewer%40demo/);
    await page.getByText('1 user matches “reviewer@demo”').waitFor();
    assert.equal(await page.locator('tbody tr').count(), 1);
    await checkPage(page, 'admin-users-search');

    // The form's own checks, then the API's.
    await page.getByRole('link', { name: 'Invite a user' }).click();
    await waitForHeading(page, 'Invite a user');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    const summary = page.locator('.ds_error-summary');
    await summary.waitFor();
    assert.deepEqual(await summary.locator('li').allTextContents(), [
      'Enter the person’s full name',
      'Enter their email address',
      'Select their organisation',
      'Choose at least one role',
    ]);
    await checkPage(page, 'admin-invite-user-errors');

    // An authority user must belong to a local authority: the API's answer
    // on `organisationId` links to the organisation list.
    await invite(page, {
      name: 'Wrong Place',
      email: `wrong.place.${Date.now()}@example.org`,
      organisation: 'Education Scotland',
      roles: ['Authority user'],
    });
    await summary.getByText('An authority user must belong to a local authority').waitFor();
    await summary.getByRole('link', { name: 'An authority user must belong to a local authority' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'organisation');
    await setCheckbox(page, 'Authority user', false);

    const email = `morag.reviewer.${Date.now()}@example.org`;
    await page.getByLabel('Full name').fill('Morag Reviewer');
    await page.getByLabel('Email address').fill(email);
    await setCheckbox(page, 'Reviewer');
    await page.getByRole('button', { name: 'Send invitation' }).click();
    await page.waitForURL(/\/admin\/users\?invited=/);
    await page.getByText(`We have sent an invitation to ${email}.`).waitFor();
    await checkPage(page, 'admin-users-invited');

    await page.getByLabel('Search users').fill('Morag');
    await page.getByRole('button', { name: 'Search' }).click();
    const row = page.locator('tbody tr', { hasText: email });
    await row.getByText('Invited').waitFor();
    await row.getByRole('link', { name: 'Morag Reviewer' }).click();
    await waitForHeading(page, 'Morag Reviewer');
    await page.getByRole('button', { name: 'Resend invitation' }).click();
    await page.getByText(`We have sent a new invitation to ${email}.`, { exact: false }).waitFor();
    await checkPage(page, 'admin-user-invitation-resent');
  });

  test('an administrator changes roles and deactivates and reactivates an account', async () => {
    const admin = await stack.newPage();
    await signIn(admin, 'admin@demo.quads.scot');
    await admin.goto('/admin/users?search=reviewer%40demo');
    await admin.locator('tbody tr th a').first().click();
    await admin.getByRole('heading', { name: 'Roles' }).waitFor();
    const name = await heading(admin);

    // A lead must be an authority user: the API answers on `lead`.
    await setCheckbox(admin, 'Lead of their authority');
    await admin.getByRole('button', { name: 'Save roles' }).click();
    const summary = admin.locator('.ds_error-summary');
    await summary.getByRole('link', { name: 'Only an authority user can be their authority\'s lead' }).waitFor();
    await checkPage(admin, 'admin-user-roles-error');
    await setCheckbox(admin, 'Lead of their authority', false);

    await setCheckbox(admin, 'Programme officer');
    await admin.getByRole('button', { name: 'Save roles' }).click();
    await admin.getByText(`${name}’s roles have been saved.`).waitFor();
    await admin.goto('/admin/users?search=reviewer%40demo');
    await admin.locator('tbody tr', { hasText: 'Programme officer, Reviewer' }).waitFor();

    // Deactivating ends the person's session at once: their next request
    // finds it gone and they are asked to sign in again.
    const reviewer = await stack.newPage();
    await signIn(reviewer, 'reviewer@demo.quads.scot');
    await reviewer.goto('/account/password');
    await waitForHeading(reviewer, 'Change your password');
    await admin.locator('tbody tr th a').first().click();
    await admin.getByRole('button', { name: `Deactivate ${name}` }).click();
    await admin.getByText(`${name} has been deactivated and can no longer sign in.`).waitFor();
    await checkPage(admin, 'admin-user-deactivated');

    await reviewer.getByLabel('Current password').fill(DEMO_PASSWORD);
    await reviewer.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await reviewer.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await reviewer.getByRole('button', { name: 'Change password' }).click();
    await reviewer.waitForURL(/\/sign-in\?next=%2Faccount%2Fpassword&expired=1/);
    await reviewer.getByLabel('Email address').fill('reviewer@demo.quads.scot');
    await reviewer.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await reviewer.getByRole('button', { name: 'Sign in' }).click();
    await reviewer.locator('.ds_error-summary').getByText('Enter a correct email address and password').waitFor();

    await admin.getByRole('button', { name: `Reactivate ${name}` }).click();
    await admin.getByText(`${name} has been reactivated.`).waitFor();
    await signIn(reviewer, 'reviewer@demo.quads.scot');
    assert.match(await heading(reviewer), /^Hello, /);
  });

  test('an administrator cannot deactivate their own account', async () => {
    const page = await stack.newPage();
    await signIn(page, 'admin@demo.quads.scot');
    await page.goto('/admin/users?search=admin%40demo');
    await page.locator('tbody tr th a').first().click();
    const name = await heading(page);
    await page.getByRole('button', { name: `Deactivate ${name}` }).click();
    const link = page.locator('.ds_error-summary').getByRole('link', { name: 'You cannot deactivate your own account' });
    await link.waitFor();
    await checkPage(page, 'admin-user-deactivate-self');
    await link.click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'toggle-active');
  });

  test('a programme officer invites a reviewer and an authority user, never other roles', async () => {
    const page = await stack.newPage();
    await signIn(page, 'officer@demo.quads.scot');
    await page.getByRole('link', { name: 'Invite a reviewer or authority user' }).click();
    await waitForHeading(page, 'Invite a user');
    const roles = await page.locator('fieldset .ds_checkbox__label').allTextContents();
    assert.deepEqual(roles, ['Reviewer', 'Authority user']);
    assert.equal(await page.getByLabel('Lead of their authority').count(), 0);

    const reviewer = `iain.reviewer.${Date.now()}@example.org`;
    await invite(page, { name: 'Iain Reviewer', email: reviewer, organisation: 'HM Inspectors', roles: ['Reviewer'] });
    await page.getByText(`We have sent an invitation to ${reviewer}.`).waitFor();
    await checkPage(page, 'officer-invited');

    const qio = `fiona.qio.${Date.now()}@example.org`;
    await invite(page, { name: 'Fiona QIO', email: qio, organisation: 'Fife', roles: ['Authority user'] });
    await page.getByText(`We have sent an invitation to ${qio}.`).waitFor();

    // The administration pages stay closed to them.
    await page.goto('/admin/users');
    await waitForHeading(page, 'You do not have permission to see this page');
  });

  test('a user changes their password, after the checks the server also makes', async () => {
    const page = await stack.newPage();
    await signIn(page, 'lead@demo.quads.scot');
    await page.getByRole('link', { name: 'Change password' }).first().click();
    await waitForHeading(page, 'Change your password');
    const summary = page.locator('.ds_error-summary');

    await page.getByLabel('Current password').fill('not my password');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await summary.getByRole('link', { name: 'Your current password is not right' }).click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'current-password');
    await checkPage(page, 'change-password-wrong-current');

    await page.getByLabel('Current password').fill(DEMO_PASSWORD);
    await page.getByLabel('New password', { exact: true }).fill('lead@demo.quads.scot');
    await page.getByLabel('Confirm new password').fill('lead@demo.quads.scot');
    await page.getByRole('button', { name: 'Change password' }).click();
    await summary.getByRole('link', { name: 'Password must not be your email address' }).waitFor();

    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page.getByText('Your password has been changed.').waitFor();
    await checkPage(page, 'change-password-done');

    await page.getByRole('button', { name: 'Sign out' }).first().click();
    await page.waitForURL(/\/sign-in\?signedOut=1/);
    await signIn(page, 'lead@demo.quads.scot', NEW_PASSWORD);
    assert.match(await heading(page), /^Hello, /);
  });

  test('a forged invitation or reset link says so and what to do', async () => {
    const page = await stack.newPage();
    await page.goto('/invitation/not-a-real-token');
    await waitForHeading(page, 'Accept your invitation');
    await checkPage(page, 'invitation');
    await page.getByLabel('Password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set password and sign in' }).click();
    await page.locator('.ds_error-summary').getByText('This invitation link is not valid.', { exact: false }).waitFor();
    await page.getByRole('link', { name: 'Forgot your password?' }).waitFor();
    await checkPage(page, 'invitation-bad-link');

    await page.goto('/reset-password/not-a-real-token');
    await waitForHeading(page, 'Choose a new password');
    await checkPage(page, 'reset-password');
    await page.getByLabel('New password', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Confirm new password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Change password' }).click();
    await page
      .locator('.ds_error-summary')
      .getByText('This password reset link is not valid.', { exact: false })
      .waitFor();
    await checkPage(page, 'reset-password-bad-link');
  });
});
