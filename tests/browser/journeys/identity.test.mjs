// Signing in and out as each demo role, a failed sign-in, and session expiry.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import {
  checkAxe,
  checkPage,
  checkReflow,
  DEMO_PASSWORD,
  DEMO_USERS,
  heading,
  signIn,
  startStack,
  waitForHeading,
} from '../harness.mjs';

describe('signing in and out', () => {
  let stack;
  before(async () => {
    stack = await startStack('identity');
  });
  after(async () => {
    await stack?.stop();
  });

  test('the sign-in page passes axe and keyboard checks', async () => {
    const page = await stack.newPage();
    await page.goto('/sign-in');
    await waitForHeading(page, 'Sign in');
    await checkPage(page, 'sign-in');
  });

  test('a failed sign-in shows the error summary, focused, linking to the field', async () => {
    const page = await stack.newPage();
    await page.goto('/sign-in');
    await page.getByLabel('Email address').fill('admin@demo.quads.scot');
    await page.getByLabel('Password', { exact: true }).fill('not-the-password');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const summary = page.locator('.ds_error-summary');
    await summary.waitFor();
    assert.match(await summary.textContent(), /There is a problem/);
    assert.ok(
      await page.evaluate(() => document.activeElement?.classList.contains('ds_error-summary')),
      'the error summary has focus',
    );
    assert.equal(new URL(page.url()).pathname, '/sign-in');
    await checkPage(page, 'sign-in-failed');
    await summary.getByRole('link').first().click();
    assert.equal(await page.evaluate(() => document.activeElement?.id), 'email');
  });

  test('submitting an empty form lists both missing fields', async () => {
    const page = await stack.newPage();
    await page.goto('/sign-in');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const items = page.locator('.ds_error-summary__list li');
    await items.first().waitFor();
    assert.deepEqual(await items.allTextContents(), ['Enter your email address', 'Enter your password']);
    await checkAxe(page, 'sign-in-empty');
    await checkReflow(page, 'sign-in-empty');
  });

  for (const user of DEMO_USERS) {
    test(`${user.role} (${user.email}) signs in, sees the home page and signs out`, async () => {
      const page = await stack.newPage();
      await signIn(page, user.email);
      assert.equal(new URL(page.url()).pathname, '/');
      assert.match(await heading(page), /^Hello, /);
      await page.getByRole('heading', { name: 'What needs your action' }).waitFor();
      await page.getByRole('heading', { name: 'Your reviews' }).waitFor();
      await page.getByText('Loading…').first().waitFor({ state: 'detached' });
      await checkPage(page, `home-${user.email.split('@')[0]}`);

      await page.goto('/account/password');
      await waitForHeading(page, 'Change your password');
      await checkPage(page, `change-password-${user.email.split('@')[0]}`);

      if (user.role === 'ADMIN') {
        await page.getByRole('link', { name: 'Users' }).first().click();
        await waitForHeading(page, 'Users');
        await page.locator('tbody tr').first().waitFor();
        await checkPage(page, 'admin-users');

        await page.getByRole('link', { name: 'Invite a user' }).click();
        await waitForHeading(page, 'Invite a user');
        await page.getByLabel('Organisation').locator('option').nth(1).waitFor({ state: 'attached' });
        await checkPage(page, 'admin-invite-user');

        await page.goto('/admin/users');
        await page.locator('tbody tr th a').first().click();
        await page.getByRole('heading', { name: 'Roles' }).waitFor();
        await checkPage(page, 'admin-user');
      }

      if (user.role === 'PROGRAMME_OFFICER') {
        await page.goto('/');
        await page.getByRole('link', { name: 'Invite a reviewer or authority user' }).click();
        await waitForHeading(page, 'Invite a user');
        await page.getByLabel('Organisation').locator('option').nth(1).waitFor({ state: 'attached' });
        await checkPage(page, 'officer-invite-user');
      }

      await page.getByRole('button', { name: 'Sign out' }).first().click();
      await page.waitForURL(/\/sign-in\?signedOut=1/);
      await page.getByText('You have signed out.').waitFor();
      await checkAxe(page, 'signed-out');
      await checkReflow(page, 'signed-out');
      await page.goto('/account/password');
      await page.waitForURL(/\/sign-in\?next=%2Faccount%2Fpassword/);
    });
  }

  test('when the session ends, the user signs in again and returns where they were', async () => {
    const page = await stack.newPage();
    await signIn(page, 'admin@demo.quads.scot');
    await page.goto('/admin/users');
    await page.locator('tbody tr').first().waitFor();
    // The server ends the session (as an administrator deactivating, a
    // password change elsewhere, or the idle timeout would); the next query
    // answers UNAUTHENTICATED and the page sends the user to sign in.
    await page.context().clearCookies();
    await page.getByLabel('Search users').fill('demo');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.waitForURL(/\/sign-in\?next=%2Fadmin%2Fusers%3Fsearch%3Ddemo&expired=1/);
    await page.getByText('Your session has ended.', { exact: false }).waitFor();
    await checkPage(page, 'sign-in-expired');
    await page.getByLabel('Email address').fill('admin@demo.quads.scot');
    await page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.waitForURL(/\/admin\/users\?search=demo$/);
    await waitForHeading(page, 'Users');
    await page.getByText(/\d+ users? match(es)? “demo”/).waitFor();
  });

  test('repeated failed sign-ins are slowed down, saying how long to wait', async () => {
    const page = await stack.newPage();
    await page.goto('/sign-in');
    const summary = page.locator('.ds_error-summary');
    let text = '';
    for (let attempt = 1; attempt <= 8 && !/Too many attempts/.test(text); attempt += 1) {
      await page.getByLabel('Email address').fill('nobody@example.org');
      await page.getByLabel('Password', { exact: true }).fill(`wrong password ${attempt}`);
      await Promise.all([
        page.waitForResponse((r) => new URL(r.url()).pathname === '/graphql'),
        page.getByRole('button', { name: 'Sign in' }).click(),
      ]);
      await summary.waitFor();
      // Let the answer render before reading it.
      await page.getByRole('button', { name: 'Sign in' }).and(page.locator(':enabled')).waitFor();
      text = (await summary.textContent()) ?? '';
    }
    assert.match(text, /Too many attempts\. Try again in \d+ (seconds?|minutes?)\./);
    await checkPage(page, 'sign-in-rate-limited');
  });
});
