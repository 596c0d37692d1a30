// Comparing self-evaluations: the City of Edinburgh's host users fill in
// and submit a rubric through the API (the rubric editor has its own
// journey); the host lead opens the quad's comparison from the review page
// (a table and a chart of the same grades, the national picture hidden
// with its reason), then the print-friendly self-evaluation and its CSV.
// Every page is checked with axe and by keyboard.
import assert from 'node:assert/strict';
import { after, before, describe, test } from 'node:test';
import { checkPage, gql, signIn, startStack, waitForHeading } from '../harness.mjs';

const QUADS_DEMO = 'Quads 2024-25';
const NUMBERS = ['1.1', '1.2', '2.1', '2.2', '2.3', '2.4', '3.1', '3.2', '3.3', '4.1', '4.2', '4.3', '4.4', '5.1', '5.2', '5.3', '6.1'];

describe('comparing self-evaluations in a quad', () => {
  let stack;
  before(async () => {
    stack = await startStack('self-evaluation-compare');
  });
  after(async () => {
    await stack?.stop();
  });

  test('the host lead compares the quad, reads why the national picture is hidden, prints and downloads', async () => {
    // The demo programme graded on the illustrative authority framework.
    const officer = await stack.newPage();
    await signIn(officer, 'officer@demo.quads.scot');
    const { programmes } = await gql(officer, '{ programmes { id name version } }');
    const programme = programmes.find((p) => p.name === QUADS_DEMO);
    await gql(
      officer,
      'mutation($id: UUID!, $v: Int!, $i: ProgrammeInput!) { updateProgramme(id: $id, version: $v, input: $i) { id } }',
      {
        id: programme.id,
        v: programme.version,
        i: {
          name: QUADS_DEMO,
          kind: 'QUADS',
          phases: [{ number: 1, from: '2024-09', to: '2025-06' }],
          rules: { teamSizeMin: 6, frameworkId: 'authority-illustrative', frameworkVersion: 1, selfEvaluationMode: 'RUBRIC' },
        },
      },
    );
    const { reviews } = await gql(
      officer,
      'query($p: UUID!) { reviews(filter: { programmeId: $p }) { items { id state hosts { id name } } } }',
      { p: programme.id },
    );
    const review = reviews.items.find((r) => r.state === 'TEAM_FORMED' && r.hosts[0].name === 'City of Edinburgh');
    const host = review.hosts[0].id;

    // The host lead grades every indicator and submits.
    const lead = await stack.newPage();
    await signIn(lead, 'lead@demo.quads.scot');
    for (const [n, number] of NUMBERS.entries()) {
      await gql(
        lead,
        'mutation($i: SaveSelfEvaluationIndicatorInput!) { saveSelfEvaluationIndicator(input: $i) { version } }',
        {
          i: {
            reviewId: review.id,
            authorityId: host,
            indicator: number,
            version: 0,
            grade: 3 + (n % 4),
            evidence: n === 0 ? '=SUM(A1:A9) attainment over five years' : `Evidence for ${number}`,
          },
        },
      );
    }
    const { review: current } = await gql(lead, 'query($r: UUID!) { review(id: $r) { version quad { id name } } }', {
      r: review.id,
    });
    await gql(lead, 'mutation($r: UUID!, $v: Int!) { submitSelfEvaluation(reviewId: $r, version: $v) { state } }', {
      r: review.id,
      v: current.version,
    });

    // From the review page to the quad's comparison.
    await lead.goto(`/reviews/${review.id}`);
    await lead.getByRole('link', { name: `Compare the self-evaluations of ${current.quad.name}` }).click();
    await waitForHeading(lead, `${current.quad.name}: self-evaluations compared`);
    const table = lead.getByRole('table', { name: `Grades by quality indicator, ${current.quad.name}` });
    const row = table.getByRole('row', { name: /1\.1 Improvements in performance/ });
    await assert.doesNotReject(row.getByRole('cell', { name: '3 (satisfactory)' }).waitFor());
    assert.equal(await table.getByRole('row').count(), 18, 'a header row and 17 indicators');
    assert.equal(await lead.locator('[data-testid="grade-chart"] rect').count(), 17, 'a bar per grade given');
    await lead.getByText('Aberdeen City has not submitted a self-evaluation yet.').waitFor();
    // One authority has submitted: the national picture says why it is hidden.
    await lead.getByText(/shown once at least 5 authorities outside your quad have submitted/).waitFor();
    await checkPage(lead, 'quad-comparison');

    // The national picture on its own page says the same.
    await lead.goto('/frameworks/authority-illustrative/1/national');
    await waitForHeading(lead, 'Self-evaluation grades across Scotland');
    await lead.getByText(/shown once at least 5 authorities outside your quad/).waitFor();
    await checkPage(lead, 'national-distribution-hidden');

    // The print-friendly page, from the review page.
    await lead.goto(`/reviews/${review.id}`);
    await lead.getByRole('link', { name: 'Print-friendly self-evaluation of City of Edinburgh' }).click();
    await waitForHeading(lead, 'Self-evaluation of City of Edinburgh');
    await lead.getByRole('heading', { name: '6.1 Capacity for improvement' }).waitFor();
    await checkPage(lead, 'self-evaluation-print');
    await lead.emulateMedia({ media: 'print' });
    assert.equal(await lead.locator('.ds_page__top').isVisible(), false, 'no site header on paper');
    assert.equal(await lead.getByRole('button', { name: 'Print this page' }).isVisible(), false);
    assert.ok(await lead.getByRole('heading', { name: '1.1 Improvements in performance' }).isVisible());
    await lead.emulateMedia({ media: 'screen' });

    // Its CSV download, defused against spreadsheet formulas.
    const href = await lead.getByRole('link', { name: 'Download as a spreadsheet (CSV)' }).getAttribute('href');
    const csv = await lead.request.get(href);
    assert.equal(csv.status(), 200);
    assert.match(csv.headers()['content-disposition'], /^attachment; filename="self-evaluation-/);
    const text = await csv.text();
    assert.match(text, /^number,title,grade,grade_label,/);
    assert.ok(text.includes('"\'=SUM(A1:A9) attainment over five years"'), text.slice(0, 400));
  });
});
