// The public index of reports, as an anonymous visitor: from the site's
// header to the index, the demo's published report (its theme "Raising
// attainment in literacy") found by its theme with the keyboard
// alone, the search kept in the address (back and forward step through
// searches), a full-text search, searches that cannot search answered with
// a message, the earlier programme's imported reviews beside it; then the
// report read and its PDF downloaded (a real PDF: its content type and
// first bytes). The index and the report pass axe, the Tab walk and the
// 320 px reflow check.
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { after, before, describe, test } from 'node:test';
import { checkPage, checkReflow, startStack, waitForHeading } from '../harness.mjs';

const THEME = 'Raising attainment in literacy';
/** A result published here: its title links to /reports/{slug}. */
const PUBLISHED_HERE = '.ds_search-result:has(a.ds_search-result__link[href^="/reports/"])';

/** Presses Tab until the element matching `selector` has focus (at most `limit` presses). */
async function tabTo(page, selector, limit = 60) {
  for (let i = 0; i < limit; i += 1) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) return;
  }
  assert.fail(`Tab never reached ${selector}`);
}

/** Chooses `label` in the focused select with the arrow keys, as a keyboard user does. */
async function arrowTo(page, select, label) {
  const labels = await select.locator('option').allTextContents();
  const target = labels.indexOf(label);
  assert.ok(target >= 0, `the options hold “${label}”: ${labels.join(', ')}`);
  const current = await select.evaluate((el) => el.selectedIndex);
  const key = target > current ? 'ArrowDown' : 'ArrowUp';
  for (let i = 0; i < Math.abs(target - current); i += 1) await page.keyboard.press(key);
  assert.equal(await select.evaluate((el) => el.options[el.selectedIndex]?.text), label);
}

describe('published reports, for anyone', () => {
  let stack;
  before(async () => {
    stack = await startStack('public-reports');
  });
  after(async () => {
    await stack?.stop();
  });

  test('a visitor finds the demo report by its theme with the keyboard, reads it and downloads its PDF', async () => {
    const page = await stack.newPage();
    await page.goto('/');
    await page.locator('.ds_site-header__navigation').getByRole('link', { name: 'Reports', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/reports');
    await waitForHeading(page, 'Published reports');
    const count = page.locator('.ds_search-results__title');
    await count.filter({ hasText: /^\d+ reports?$/ }).waitFor();
    // The earlier programme's reviews are listed beside the reports published here.
    await page.getByText('Collaborative Improvement 2021-2024').first().waitFor();
    await checkPage(page, 'reports-index');

    // --- The theme chosen and the search sent by keyboard alone.
    await page.locator('main h1').focus();
    await tabTo(page, '#theme');
    const theme = page.getByLabel('Theme', { exact: true });
    await arrowTo(page, theme, THEME);
    await tabTo(page, 'button[type="submit"]', 5);
    assert.equal(await page.evaluate(() => document.activeElement?.textContent?.trim()), 'Search');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('theme') === THEME);
    await count.filter({ hasText: /match(es)? your search$/ }).waitFor();
    const result = page.locator(PUBLISHED_HERE).first();
    await result.waitFor();
    // The demo's report, by its hosts and month ("Shetland Islands, May 2025").
    const title = (await result.locator('a.ds_search-result__link').textContent()).trim();
    assert.match(title, /^.+, [A-Z][a-z]+ \d{4}$/, 'a result is named by its hosts and month');
    assert.equal(await page.locator('.ds_search-result').filter({ hasNotText: THEME }).count(), 0, 'only the theme’s reviews');
    await checkPage(page, 'reports-by-theme');

    // The address holds the search: back and forward step through searches.
    const filtered = page.url();
    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/reports' && url.search === '');
    await count.filter({ hasText: /^\d+ reports?$/ }).waitFor();
    assert.equal(await theme.inputValue(), '', 'the form shows the unfiltered search again');
    await page.goForward();
    await page.waitForURL(filtered);
    await count.filter({ hasText: /match(es)? your search$/ }).waitFor();
    assert.equal(await theme.inputValue(), THEME);
    // …and can be shared: a fresh page at that address shows the same.
    const shared = await stack.newPage();
    await shared.goto(filtered);
    await shared.locator(PUBLISHED_HERE).filter({ hasText: title }).waitFor();
    assert.equal(await shared.getByLabel('Theme', { exact: true }).inputValue(), THEME);
    await shared.context().close();

    // --- Full-text search, typed and sent with Enter.
    await page.getByRole('link', { name: 'Clear search and filters' }).click();
    await page.waitForURL((url) => url.pathname === '/reports' && url.search === '');
    await page.getByRole('searchbox', { name: 'Search the reports' }).focus();
    await page.keyboard.type('phonics');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.searchParams.get('q') === 'phonics');
    await page.locator(PUBLISHED_HERE).filter({ hasText: title }).waitFor();
    assert.equal(await page.getByText('Collaborative Improvement 2021-2024').count(), 0, 'imported reviews have no text to search');

    // Searches that cannot search: a message, never a failure.
    for (const [name, text] of [
      ['punctuation', '?!?'],
      ['too-long', 'literacy '.repeat(40).trim()],
    ]) {
      await page.goto(`/reports?q=${encodeURIComponent(text)}`);
      await waitForHeading(page, 'Published reports');
      await count.filter({ hasText: 'No reports match your search' }).waitFor();
      const notice = page.locator('[role="status"] p');
      await notice.waitFor();
      assert.ok((await notice.textContent()).trim().length > 0, `a ${name} search says why it finds nothing`);
      assert.equal(await page.locator('.ds_error-summary').count(), 0, `a ${name} search is no error`);
      await checkReflow(page, `reports-search-${name}`);
    }

    // --- The report, read, and its PDF downloaded.
    await page.goto(filtered);
    await page.getByRole('link', { name: title, exact: true }).click();
    await page.waitForURL(/\/reports\/[a-z0-9-]+$/);
    await waitForHeading(page, `Review report: ${title}`);
    await page.getByRole('heading', { name: 'The review’s focus' }).waitFor();
    await page.getByText(THEME, { exact: true }).first().waitFor();
    await page.getByRole('heading', { name: 'Versions of this report' }).waitFor();
    await checkPage(page, 'reports-demo-report');

    const download = page.locator('.ds_file-download__title');
    assert.match(await download.textContent(), /^Review report: .+, [A-Z][a-z]+ \d{4} \(version \d+\)$/);
    const href = await download.getAttribute('href');
    assert.match(href, /^\/reports\/[a-z0-9-]+\/versions\/\d+\/report\.pdf$/);
    const response = await page.request.get(href);
    assert.equal(response.status(), 200);
    assert.equal(response.headers()['content-type'], 'application/pdf');
    assert.match(response.headers()['content-disposition'] ?? '', /attachment/);
    assert.equal((await response.body()).subarray(0, 5).toString('latin1'), '%PDF-');
    // As a person does: the link downloads the file.
    const [file] = await Promise.all([page.waitForEvent('download'), download.click()]);
    assert.match(file.suggestedFilename(), /\.pdf$/);
    const bytes = await readFile(await file.path());
    assert.equal(bytes.subarray(0, 5).toString('latin1'), '%PDF-');
    // Each version's PDF is listed with it.
    const versions = page.getByRole('region', { name: 'Versions of this report' });
    const pdfs = versions.getByRole('link', { name: /^PDF of version \d+$/ });
    assert.ok((await pdfs.count()) >= 1, 'each version has its PDF');
    for (const pdf of await pdfs.all()) {
      const answer = await page.request.get(await pdf.getAttribute('href'));
      assert.equal(answer.headers()['content-type'], 'application/pdf');
    }
  });

  test('on a 320 px phone the search and filters fit the screen and work', async () => {
    const page = await stack.newPage({ viewport: { width: 320, height: 640 } });
    await page.goto('/reports');
    await waitForHeading(page, 'Published reports');
    await page.locator('.ds_search-results__title').filter({ hasText: /^\d+ reports?$/ }).waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    await page.getByLabel('Theme', { exact: true }).selectOption(THEME);
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    await page.locator(PUBLISHED_HERE).first().waitFor();
    assert.equal(await page.evaluate(() => document.documentElement.scrollWidth), 320);
    await checkPage(page, 'reports-phone');
  });
});
