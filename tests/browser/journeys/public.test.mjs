// Pages anyone can use without signing in.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, heading, startStack, waitForHeading } from '../harness.mjs';

describe('public pages', () => {
  let stack;
  let page;
  before(async () => {
    stack = await startStack('public');
  });
  after(async () => {
    await stack?.stop();
  });

  test('the home page introduces the service to a visitor who has not signed in', async () => {
    page = await stack.newPage();
    await page.goto('/');
    assert.match(await heading(page), /Quads/);
    await page.getByRole('link', { name: 'Sign in' }).first().waitFor();
    await checkPage(page, 'home-anonymous');
  });

  test('the authorities directory lists 32 authorities and filters by family group and collaborative', async () => {
    page = await stack.newPage();
    await page.goto('/authorities');
    await waitForHeading(page, 'Education authorities');
    await page.getByText('32 authorities').waitFor();
    await checkPage(page, 'authorities');

    await page.getByLabel('LGBF family group').selectOption('1');
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/familyGroup=1/);
    await page.getByText(/match your filters/).waitFor();
    const group1 = await page.locator('tbody tr').count();
    assert.ok(group1 > 0 && group1 < 32, `family group 1 has ${group1} authorities`);
    await checkPage(page, 'authorities-family-group-1');

    await page.getByRole('link', { name: 'Clear filters' }).click();
    await page.getByText('32 authorities').waitFor();
    const rics = await page.getByLabel('Regional Improvement Collaborative').locator('option').allTextContents();
    assert.ok(rics.length > 1, 'the collaboratives are listed');
    await page.getByLabel('Regional Improvement Collaborative').selectOption(rics[1]);
    await page.getByRole('button', { name: 'Apply filters' }).click();
    await page.waitForURL(/ric=/);
    await page.getByText(/match your filters/).waitFor();
    const inRic = await page.locator('tbody tr').count();
    assert.ok(inRic > 0 && inRic < 32, `${rics[1]} has ${inRic} authorities`);
  });

  test('each authority has its own page', async () => {
    page = await stack.newPage();
    await page.goto('/authorities');
    await page.getByText('32 authorities').waitFor();
    await page.getByRole('link', { name: 'City of Edinburgh' }).click();
    await page.waitForURL(/\/authorities\/S12/);
    await waitForHeading(page, 'City of Edinburgh');
    await page.getByText('GSS code').waitFor();
    await checkPage(page, 'authority');

    await page.goto('/authorities/S12999999');
    await waitForHeading(page, 'Page not found');
  });

  test('the frameworks browser shows key areas, indicators, themes and the six-point scale', async () => {
    page = await stack.newPage();
    await page.goto('/frameworks');
    await waitForHeading(page, 'Frameworks');
    await page.locator('tbody tr').first().waitFor();
    await checkPage(page, 'frameworks');

    await page.locator('tbody tr th a').first().click();
    await page.waitForURL(/\/frameworks\/[^/]+\/\d+$/);
    await heading(page);
    await page.getByRole('heading', { name: 'The six-point scale' }).waitFor();
    const scale = page.locator('table').first();
    for (const label of ['Excellent', 'Very good', 'Good', 'Satisfactory', 'Weak', 'Unsatisfactory']) {
      await scale.getByRole('rowheader', { name: label, exact: true }).waitFor();
    }
    await page.getByRole('heading', { name: 'Key areas and quality indicators' }).waitFor();
    assert.ok((await page.locator('section table tbody tr').count()) > 0, 'quality indicators are listed');
    await checkPage(page, 'framework');
  });

  test('the accessibility statement, privacy notice and not-found pages', async () => {
    page = await stack.newPage();
    await page.goto('/accessibility');
    await waitForHeading(page, 'Accessibility statement for Quads');
    await checkPage(page, 'accessibility');

    await page.getByRole('link', { name: 'Privacy' }).click();
    await waitForHeading(page, 'Privacy notice');
    await checkPage(page, 'privacy');

    await page.goto('/no/such/page');
    await waitForHeading(page, 'Page not found');
    await checkPage(page, 'not-found');

    // Addresses of a programme or a review that does not exist.
    await page.goto('/programmes/00000000-0000-7000-8000-000000000000');
    await waitForHeading(page, 'Page not found');
    await page.goto('/reviews/00000000-0000-7000-8000-000000000000');
    await waitForHeading(page, 'Page not found');
  });

  test('on a 320 px screen the Menu button opens the navigation, and nothing scrolls sideways', async () => {
    page = await stack.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto('/programmes');
    await waitForHeading(page, 'Programmes');
    const menu = page.getByRole('button', { name: 'Menu' });
    const box = await menu.boundingBox();
    assert.ok(box && box.x >= 0 && box.x + box.width <= 320, `the Menu button is on screen (${JSON.stringify(box)})`);
    assert.equal(await menu.getAttribute('aria-expanded'), 'false');
    await menu.click();
    assert.equal(await menu.getAttribute('aria-expanded'), 'true');
    await page.locator('#mobile-navigation').getByRole('link', { name: 'Authorities' }).click();
    await waitForHeading(page, 'Education authorities');
    await page.getByText('32 authorities').waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    await checkPage(page, 'authorities-phone');
  });
});
