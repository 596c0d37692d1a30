// Programme insight and open data, on the demo data with a test clock at
// 20 September 2024, noon (the contract's clock for the demo's figures).
// A programme officer opens the Quads 2024-25 programme's dashboard from
// the programme page: the counts by state agree with the API's answer and
// add up to the total, the reviews at risk are listed with every reason
// and link to their reviews, the thresholds form refuses a bad value with
// a message at the field and saves a good one; then the collaboration
// network, whose matrix and picture hold the same counts. An anonymous
// visitor opens the themes across reports from the footer, follows an item
// to its report, and opens the open data page, whose links answer with the
// files and whose head names the Atom feed. Every page passes axe, the Tab
// walk and the 320 px reflow check.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, gql, signIn, startStack, waitForHeading } from '../harness.mjs';

const NOW = '2024-09-20T12:00:00Z';
const PROGRAMME = 'Quads 2024-25';

describe('programme insight and open data', () => {
  let stack;
  before(async () => {
    stack = await startStack('insight', { env: { QUADS_MODE: 'development', QUADS_TEST_NOW: NOW } });
  });
  after(async () => {
    await stack?.stop();
  });

  test('a programme officer reads the dashboard, the reviews at risk, changes a threshold and opens the network', async () => {
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    await officer.goto('/programmes');
    await officer.getByRole('link', { name: PROGRAMME, exact: true }).click();
    await waitForHeading(officer, PROGRAMME);
    await officer.getByRole('link', { name: 'Programme dashboard' }).click();
    await waitForHeading(officer, 'Programme dashboard');
    const programmeId = officer.url().match(/\/programmes\/([0-9a-f-]{36})\/dashboard$/)?.[1];
    assert.ok(programmeId, 'the dashboard’s address names the programme');

    // The counts by state: what the API answers, adding up to the total.
    const { programmeDashboard: api } = await gql(
      officer,
      `query($p: UUID!) { programmeDashboard(programmeId: $p) {
        total byState { state label count }
        atRisk { review { id hosts { name } } reasons { reason message } }
      } }`,
      { p: programmeId },
    );
    assert.ok(api.total > 0, 'the demo programme has reviews');
    assert.equal(
      api.byState.reduce((n, s) => n + s.count, 0),
      api.total,
      'the counts by state add up to the total',
    );
    await officer.getByText(`${api.total} reviews in the programme, as of 20 September 2024.`).waitFor();
    const byState = officer.getByRole('table', { name: 'Reviews by state' });
    for (const s of api.byState) {
      const row = byState.getByRole('row', { name: new RegExp(`^${s.label} ${s.count}$`) });
      assert.equal(await row.count(), 1, `the table shows ${s.label}: ${s.count}`);
    }
    await officer.getByRole('img', { name: 'Reviews by state (chart)' }).waitFor();
    await officer.getByRole('table', { name: 'Reviews by phase' }).waitFor();
    await officer.getByRole('table', { name: 'Reviews by target month' }).waitFor();

    // The reviews at risk: each with every reason the API gives, linking to the review.
    assert.ok(api.atRisk.length > 0, 'the demo has reviews at risk on 20 September 2024');
    const atRisk = officer.getByRole('table', { name: /^Reviews at risk \(\d+ reviews?\)$/ });
    assert.equal(await atRisk.locator('tbody tr').count(), api.atRisk.length);
    for (const r of api.atRisk) {
      const link = atRisk.locator(`a[href="/reviews/${r.review.id}"]`);
      assert.equal(await link.count(), 1, `${r.review.hosts[0].name}'s review is listed and linked`);
      const row = atRisk.locator('tbody tr').filter({ has: officer.locator(`a[href="/reviews/${r.review.id}"]`) });
      for (const reason of r.reasons) await row.getByText(reason.message, { exact: false }).waitFor();
      assert.equal(await row.locator('li').count(), r.reasons.length, 'every reason, and only those');
    }
    await checkPage(officer, 'insight-dashboard');

    // A review at risk opens from the list.
    const firstAtRisk = api.atRisk[0].review.id;
    await officer.locator(`table a[href="/reviews/${firstAtRisk}"]`).first().click();
    await officer.waitForURL((url) => url.pathname.startsWith(`/reviews/${firstAtRisk}`));
    await officer.goBack();
    await waitForHeading(officer, 'Programme dashboard');

    // The thresholds form: a bad value refused at its field, nothing sent.
    const focus = officer.getByLabel('No agreed focus: days before the target month');
    assert.equal(await focus.inputValue(), '60');
    await focus.fill('400');
    await officer.getByRole('button', { name: 'Save the thresholds' }).click();
    const summary = officer.locator('.ds_error-summary');
    await summary.getByRole('link', { name: 'Enter the days before the target month for an agreed focus from 1 to 365' }).waitFor();
    assert.equal(await focus.getAttribute('aria-invalid'), 'true');
    await checkPage(officer, 'insight-thresholds-error');
    // A good value is saved and the list is drawn again with it (1 day: no focus is late yet).
    await focus.fill('1');
    await officer.getByLabel('No formed team: days before the target month').fill('1');
    await officer.getByRole('button', { name: 'Save the thresholds' }).click();
    await officer.getByText('The thresholds are saved: the reviews at risk are listed again with them.').waitFor();
    await officer.getByText('The programme has its own thresholds.', { exact: false }).waitFor();
    await officer.getByText(/no agreed focus 1 days, or no formed team 1 days/).waitFor();
    const { riskThresholds } = await gql(officer, `query($p: UUID!) { riskThresholds(programmeId: $p) { focusDaysBefore teamDaysBefore isDefault } }`, {
      p: programmeId,
    });
    assert.deepEqual(riskThresholds, { focusDaysBefore: 1, teamDaysBefore: 1, isDefault: false });
    await checkPage(officer, 'insight-thresholds-saved');


    // --- The collaboration network: the matrix and the picture agree.
    await officer.locator('nav[aria-label="On this page"]').getByRole('link', { name: 'Collaboration network' }).click();
    await waitForHeading(officer, 'Collaboration network');
    const { collaborationNetwork: network } = await gql(
      officer,
      `query($p: UUID) { collaborationNetwork(programmeId: $p) { authorities { name } matrix total } }`,
      { p: programmeId },
    );
    if (network.total > 0) {
      const matrix = officer.getByRole('table', { name: /^Team places by the officers’ authority/ });
      const names = network.authorities.map((a) => a.name);
      assert.deepEqual(await matrix.locator('thead th[scope="col"]').allTextContents(), names);
      assert.deepEqual(await matrix.locator('tbody th[scope="row"]').allTextContents(), names);
      const picture = officer.getByRole('img', { name: 'Picture of the collaboration network' });
      const arrows = await picture.locator('g[data-from]').evaluateAll((gs) =>
        gs.map((g) => `${g.getAttribute('data-from')}>${g.getAttribute('data-to')}=${g.getAttribute('data-count')}`),
      );
      const cells = network.matrix.flatMap((row, i) =>
        row.flatMap((n, j) => (n > 0 && i !== j ? [`${names[i]}>${names[j]}=${n}`] : [])),
      );
      assert.deepEqual(arrows, cells, 'one arrow per non-zero cell, with its count');
      const description = await picture.evaluate((svg) => svg.querySelector('desc')?.textContent ?? '');
      assert.match(description, /The data of the table “Team places by the officers’ authority/);
    } else {
      await officer.getByText('No officer has taken part in another authority’s review in this programme yet.').waitFor();
    }
    await checkPage(officer, 'insight-network');
    // Across every programme too.
    const { collaborationNetwork: all } = await gql(officer, '{ collaborationNetwork { total } }');
    assert.ok(all.total >= network.total);
  });

  test('an anonymous visitor reads the themes across reports, follows one to its report, and finds the open data', async () => {
    const visitor = await stack.newPage();
    await visitor.goto('/');
    await visitor.locator('.ds_site-footer').getByRole('link', { name: 'Themes across reports' }).click();
    await waitForHeading(visitor, 'Themes across reports');
    await visitor.getByText(/^\d+ groups? from \d+ published reports?$/).waitFor();
    const { themesAcrossReports: themes } = await gql(
      visitor,
      `{ themesAcrossReports(groupBy: QUALITY_INDICATOR) { reports groups { label items { slug version } } } }`,
    );
    assert.ok(themes.reports > 0 && themes.groups.length > 0, 'the demo has a published report with items');
    assert.deepEqual(
      await visitor.locator('main h2').filter({ hasNotText: /^(Success|Important|There is a problem)$/ }).allTextContents(),
      themes.groups.map((g) => g.label),
      'a heading for each group',
    );
    await checkPage(visitor, 'insight-themes');

    // Grouped by focus theme, by keyboard.
    await visitor.getByLabel('Focus theme', { exact: true }).focus();
    await visitor.keyboard.press('Space');
    await visitor.getByRole('button', { name: 'Show the themes' }).focus();
    await visitor.keyboard.press('Enter');
    await visitor.waitForURL((url) => url.searchParams.get('by') === 'theme');
    await visitor.getByText(/^\d+ groups? from \d+ published reports?$/).waitFor();
    await checkPage(visitor, 'insight-themes-by-theme');

    // An item leads to its report.
    const first = themes.groups[0].items[0];
    const link = visitor.locator(`a[href="/reports/${first.slug}/versions/${first.version}"]`).first();
    const title = (await link.textContent()).trim();
    await link.click();
    await visitor.waitForURL((url) => url.pathname === `/reports/${first.slug}/versions/${first.version}`);
    await visitor.locator('main h1').filter({ hasText: title }).waitFor();

    // --- Open data, from the footer.
    await visitor.locator('.ds_site-footer').getByRole('link', { name: 'Open data' }).click();
    await waitForHeading(visitor, 'Open data');
    const feed = visitor.locator('head link[rel="alternate"][type="application/atom+xml"]');
    assert.equal(await feed.getAttribute('href'), '/reports/feed.atom');
    await visitor.getByRole('link', { name: `timetable of ${PROGRAMME} (CSV)` }).waitFor();
    await checkPage(visitor, 'insight-open-data');
    // Each link answers with its file.
    const links = await visitor.locator('main a[href^="/open-data/"], main a[href="/reports/feed.atom"]').evaluateAll((as) =>
      as.map((a) => a.getAttribute('href')),
    );
    assert.ok(links.length >= 5, 'reports CSV and JSON, a timetable each, and the feed');
    for (const href of links) {
      const response = await visitor.request.get(href);
      assert.equal(response.status(), 200, `${href} answers`);
      const type = response.headers()['content-type'] ?? '';
      const expected = href.endsWith('.csv') ? 'text/csv' : href.endsWith('.json') ? 'application/json' : 'application/atom+xml';
      assert.ok(type.startsWith(expected), `${href} is ${expected}, not ${type}`);
    }
  });
});
