// Starts a real quads server on a fresh SQLite database with a test SMTP
// server, and a headless Chromium; helpers check every page with axe and by
// keyboard, and keep screenshots in tests/artifacts/.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium } from 'playwright-core';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = resolve(here, '..', '..');
export const artifactsDir = join(repoRoot, 'tests', 'artifacts');
// A run on PostgreSQL keeps its own screenshots and logs, so that it can run
// beside the SQLite run without the two writing the same files.
const onPostgres = process.env.QUADS_BROWSER_POSTGRES_URL ? '-postgres' : '';
const screenshotsDir = join(artifactsDir, `screenshots${onPostgres}`);
const logsDir = join(artifactsDir, `logs${onPostgres}`);

export const QUADS_BIN = process.env.QUADS_BIN ? resolve(process.env.QUADS_BIN) : join(repoRoot, 'target', 'debug', 'quads');
export const FRONTEND_DIR = resolve(process.env.QUADS_FRONTEND_DIR ?? join(repoRoot, 'frontend', 'dist'));
export const CHROMIUM = process.env.CHROMIUM_BIN ?? '/usr/bin/chromium';
const SMTP_SERVER_PY = join(repoRoot, 'tests', 'smtp', 'server.py');

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

export const DEMO_PASSWORD = 'demo-password-2026';
export const DEMO_USERS = [
  { email: 'admin@demo.quads.scot', role: 'ADMIN' },
  { email: 'officer@demo.quads.scot', role: 'PROGRAMME_OFFICER' },
  { email: 'lead@demo.quads.scot', role: 'AUTHORITY_USER (lead)' },
  { email: 'qio@demo.quads.scot', role: 'AUTHORITY_USER' },
  { email: 'reviewer@demo.quads.scot', role: 'REVIEWER' },
];

/** A free TCP port on the loopback interface. */
export function freePort() {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolvePort(port));
    });
  });
}

function run(cmd, args, env, log) {
  return new Promise((resolveRun, reject) => {
    const child = spawn(cmd, args, { env, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0 ? resolveRun() : reject(new Error(`${cmd} ${args.join(' ')} exited with ${code}; see ${log.path}`)),
    );
  });
}

/** Waits for `child` to print a line matching `pattern` (its output also goes to `log`). */
function waitForLine(child, pattern, timeoutMs, log) {
  return new Promise((resolveLine, reject) => {
    let seen = '';
    const timer = setTimeout(() => finish(new Error(`No line matching ${pattern} within ${timeoutMs} ms; see ${log.path}`)), timeoutMs);
    const onData = (chunk) => {
      seen += chunk.toString();
      if (pattern.test(seen)) finish();
    };
    const onExit = (code) => finish(new Error(`${child.spawnfile} exited with ${code} before it was ready; see ${log.path}`));
    function finish(error) {
      clearTimeout(timer);
      child.stdout.off('data', onData);
      child.off('exit', onExit);
      if (error) reject(error);
      else resolveLine();
    }
    child.stdout.pipe(log, { end: false });
    child.stderr.pipe(log, { end: false });
    child.stdout.on('data', onData);
    child.once('exit', onExit);
  });
}

async function waitForReady(baseUrl, server, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  while (Date.now() < deadline) {
    if (server.exitCode !== null) throw new Error(`quads serve exited with ${server.exitCode} before it was ready`);
    try {
      const res = await fetch(`${baseUrl}/readyz`);
      if (res.status === 200) return;
      last = `HTTP ${res.status}`;
    } catch (e) {
      last = String(e.cause?.code ?? e.message);
    }
    await sleep(200);
  }
  throw new Error(`${baseUrl}/readyz was not 200 within ${timeoutMs} ms (last: ${last})`);
}

/**
 * Starts the SMTP server (tests/smtp/server.py, with `smtpArgs` such as
 * ['--reject-pattern', '^bounce']), migrates and seeds a fresh SQLite database, serves
 * quads on a free port (with `env` added to its environment) and launches
 * Chromium. Call `stop()` when done.
 */
export async function startStack(name = 'stack', { smtpArgs = [], env: extraEnv = {} } = {}) {
  assert.ok(existsSync(QUADS_BIN), `No quads binary at ${QUADS_BIN}: build it (cargo build) or set QUADS_BIN`);
  assert.ok(
    existsSync(join(FRONTEND_DIR, 'index.html')),
    `No built frontend at ${FRONTEND_DIR}: run \`npm ci && npm run build\` in frontend/`,
  );
  assert.ok(existsSync(CHROMIUM), `No Chromium at ${CHROMIUM}: apt-get install -y chromium`);
  assert.ok(existsSync(SMTP_SERVER_PY), `No test SMTP server at ${SMTP_SERVER_PY}`);
  mkdirSync(logsDir, { recursive: true });
  mkdirSync(screenshotsDir, { recursive: true });

  const work = mkdtempSync(join(tmpdir(), `quads-browser-${name}-`));
  const maildir = join(work, 'mail');
  mkdirSync(maildir);
  const cleanups = [];
  const log = createWriteStream(join(logsDir, `${name}.log`));
  const stop = async () => {
    for (const fn of cleanups.reverse()) {
      try {
        await fn();
      } catch (e) {
        console.error(`cleanup: ${e.message}`);
      }
    }
    log.end();
  };

  try {
    // The project's test SMTP server (aiosmtpd): each message an .eml file in maildir.
    const smtpPort = await freePort();
    const smtp = spawn('python3', [SMTP_SERVER_PY, '--port', String(smtpPort), '--maildir', maildir, ...smtpArgs], {
      cwd: repoRoot,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    cleanups.push(() => stopProcess(smtp));
    await waitForLine(smtp, /^ready \d+/m, 15_000, log);

    const port = await freePort();
    const baseUrl = `http://127.0.0.1:${port}`;
    const env = {
      ...process.env,
      DATABASE_URL: await freshDatabase(name, work, cleanups, log),
      QUADS_BIND: `127.0.0.1:${port}`,
      QUADS_PUBLIC_URL: baseUrl,
      QUADS_MODE: 'production',
      // Plain SMTP: the test server is on loopback and offers no TLS.
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}?tls=none`,
      // Send queued mail promptly.
      QUADS_OUTBOX_POLL_MS: '200',
      QUADS_FRONTEND_DIR: FRONTEND_DIR,
      RUST_LOG: process.env.RUST_LOG ?? 'info',
      // A journey's own settings, e.g. a test clock (QUADS_TEST_NOW, which
      // needs QUADS_MODE=development).
      ...extraEnv,
    };
    await run(QUADS_BIN, ['migrate'], env, log);
    await run(QUADS_BIN, ['seed', '--demo'], env, log);
    const server = spawn(QUADS_BIN, ['serve'], { env, cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    server.stdout.pipe(log, { end: false });
    server.stderr.pipe(log, { end: false });
    cleanups.push(() => stopProcess(server));
    await waitForReady(baseUrl, server, 60_000);

    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-quic',
        '--no-first-run',
      ],
    });
    cleanups.push(() => browser.close());
    cleanups.push(() => rmSync(work, { recursive: true, force: true }));
    // (cleanups run in reverse: browser, server, SMTP, then the temp dir last.)
    cleanups.unshift(cleanups.pop());

    return {
      baseUrl,
      maildir,
      browser,
      stop,
      newPage: (options) => newPage(browser, baseUrl, options),
    };
  } catch (e) {
    await stop();
    throw e;
  }
}

/**
 * The stack's database: a fresh SQLite file in `work`, or, when
 * QUADS_BROWSER_POSTGRES_URL names a PostgreSQL server (e.g.
 * postgres://postgres@127.0.0.1:5432/test), a fresh database created on it
 * with psql and dropped when the stack stops.
 */
async function freshDatabase(name, work, cleanups, log) {
  const server = process.env.QUADS_BROWSER_POSTGRES_URL;
  if (!server) return `sqlite://${join(work, 'quads.db')}?mode=rwc`;
  const db = `quads_browser_${name.replace(/[^a-z0-9]+/gi, '_')}_${process.pid}_${Date.now()}`.toLowerCase();
  const psql = (sql) => run('psql', [server, '-v', 'ON_ERROR_STOP=1', '-qc', sql], process.env, log);
  await psql(`CREATE DATABASE ${db}`);
  cleanups.push(() => psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`));
  const url = new URL(server);
  url.pathname = `/${db}`;
  return url.toString();
}

async function stopProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
  await exited;
  clearTimeout(timer);
}

/**
 * A page in a fresh browser context (AxeBuilder needs one), with the
 * console errors and uncaught exceptions it sees in `page.problems`.
 */
export async function newPage(browser, baseUrl, { viewport = { width: 1280, height: 800 } } = {}) {
  const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB' });
  const page = await context.newPage();
  page.problems = [];
  page.on('console', (msg) => {
    if (msg.type() === 'error') page.problems.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => page.problems.push(`pageerror: ${err.message}`));
  page.setDefaultTimeout(10_000);
  return page;
}

/** Fails when the page logged errors (CSP violations show up here too). */
export function assertNoConsoleErrors(page, allow = []) {
  const problems = page.problems.filter((p) => !allow.some((re) => re.test(p)));
  assert.deepEqual(problems, [], `The page logged errors:\n${problems.join('\n')}`);
}

/** Runs axe with the WCAG 2.2 AA tags and fails on any violation, listing them. */
export async function checkAxe(page, label = page.url()) {
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  if (results.violations.length > 0) {
    const report = results.violations
      .map(
        (v) =>
          `- ${v.id} (${v.impact}): ${v.help}\n  ${v.helpUrl}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary?.split('\n').join(' ')}`).join('\n'),
      )
      .join('\n');
    console.error(`axe violations on ${label}:\n${report}`);
    assert.fail(`axe found ${results.violations.length} violation(s) on ${label}:\n${report}`);
  }
}

/**
 * Presses Tab from the top of the page and checks that every visible
 * interactive element gets focus, in document order (no positive tabindex,
 * nothing skipped, nothing out of order).
 */
export async function checkKeyboard(page, label = page.url()) {
  const expected = await page.evaluate(() => {
    const selector = [
      'a[href]',
      'button',
      'input:not([type="hidden"])',
      'select',
      'textarea',
      'summary',
      'iframe',
      '[contenteditable="true"]',
      '[tabindex]',
    ].join(',');
    const visible = (el) => {
      if (el.closest('[inert]')) return false;
      if (typeof el.checkVisibility === 'function' && !el.checkVisibility({ checkVisibilityCSS: true })) return false;
      const rect = el.getBoundingClientRect();
      return rect.width > 0 && rect.height > 0;
    };
    const all = [...document.querySelectorAll(selector)].filter(
      (el) => el.tabIndex >= 0 && !el.disabled && visible(el),
    );
    // Of a group of radios, only one takes a Tab stop: the checked one, or
    // the first when none is checked.
    const seenRadioGroups = new Set();
    const isRadio = (el) => el instanceof HTMLInputElement && el.type === 'radio' && el.name;
    const checkedRadio = (name) => all.find((el) => isRadio(el) && el.name === name && el.checked);
    const stops = all.filter((el) => {
      if (isRadio(el)) {
        if (seenRadioGroups.has(el.name)) return false;
        const checked = checkedRadio(el.name);
        if (checked && checked !== el) return false;
        seenRadioGroups.add(el.name);
      }
      return true;
    });
    document.querySelectorAll('[data-kb-index]').forEach((el) => el.removeAttribute('data-kb-index'));
    stops.forEach((el, i) => el.setAttribute('data-kb-index', String(i)));
    const positive = [...document.querySelectorAll('[tabindex]')].filter((el) => el.tabIndex > 0).length;
    // Start from the very top of the document.
    const start = document.createElement('span');
    start.tabIndex = -1;
    start.id = 'kb-start';
    document.body.prepend(start);
    start.focus();
    return {
      positive,
      stops: stops.map((el) => {
        const text = (el.getAttribute('aria-label') || el.textContent || el.getAttribute('name') || el.id || '')
          .trim()
          .replace(/\s+/g, ' ')
          .slice(0, 60);
        return `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''} "${text}"`;
      }),
    };
  });
  assert.equal(expected.positive, 0, `${label}: elements with a positive tabindex break the natural order`);

  const order = [];
  for (let i = 0; i < expected.stops.length + 3; i += 1) {
    await page.keyboard.press('Tab');
    const index = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body || el.id === 'kb-start') return null;
      const attr = el.getAttribute('data-kb-index');
      return attr === null ? `unexpected ${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}` : Number(attr);
    });
    if (index === null) break;
    if (typeof index === 'number' && order.includes(index)) break; // wrapped round
    order.push(index);
  }
  await page.evaluate(() => document.getElementById('kb-start')?.remove());

  const unexpected = order.filter((i) => typeof i !== 'number');
  assert.deepEqual(unexpected, [], `${label}: focus went to elements that are not visible interactive elements`);
  const missed = expected.stops.filter((_, i) => !order.includes(i));
  assert.deepEqual(missed, [], `${label}: Tab never reached these elements`);
  const outOfOrder = order.filter((v, i) => i > 0 && v < order[i - 1]);
  assert.deepEqual(
    outOfOrder.map((i) => expected.stops[i]),
    [],
    `${label}: focus order differs from the page order: ${order.map((i) => expected.stops[i]).join(' -> ')}`,
  );
  return expected.stops;
}

/** A full-page screenshot kept in tests/artifacts/screenshots/NAME.png. */
export async function screenshot(page, name) {
  const file = join(screenshotsDir, `${name.replace(/[^a-z0-9-]+/gi, '-')}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

export const REFLOW_WIDTH = 320;

/**
 * WCAG 2.2 1.4.10 Reflow: at 320 CSS pixels wide the page never scrolls
 * sideways (wide tables scroll inside their own region instead). Narrows the
 * viewport, fails if `document.documentElement.scrollWidth` exceeds it,
 * naming the widest elements that stick out, and restores the viewport.
 */
export async function checkReflow(page, label = page.url()) {
  const original = page.viewportSize();
  await page.setViewportSize({ width: REFLOW_WIDTH, height: original?.height ?? 800 });
  try {
    const result = await page.evaluate(
      () =>
        new Promise((done) => {
          // Two frames: the layout at the new width has settled.
          requestAnimationFrame(() =>
            requestAnimationFrame(() => {
              const viewport = document.documentElement.clientWidth;
              const scrollWidth = document.documentElement.scrollWidth;
              const culprits = [];
              if (scrollWidth > viewport) {
                for (const el of document.body.querySelectorAll('*')) {
                  const rect = el.getBoundingClientRect();
                  if (rect.right <= viewport + 0.5 || rect.width === 0) continue;
                  // Only the innermost elements that stick out: the content that is too wide.
                  if ([...el.children].some((c) => c.getBoundingClientRect().right > viewport + 0.5)) continue;
                  const name = `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
                    typeof el.className === 'string' && el.className ? `.${el.className.trim().split(/\s+/).join('.')}` : ''
                  }`;
                  culprits.push(`${name} (right edge ${Math.round(rect.right)} px)`);
                  if (culprits.length >= 5) break;
                }
              }
              // The header's Menu button, when the page has one, is on screen.
              const menu = document.querySelector('.ds_site-header__control');
              const menuRect = menu?.getBoundingClientRect();
              const menuOffScreen = !!menuRect && menuRect.width > 0 && (menuRect.right > viewport + 0.5 || menuRect.left < 0);
              done({ viewport, scrollWidth, culprits, menuOffScreen });
            }),
          );
        }),
    );
    assert.ok(
      result.scrollWidth <= result.viewport,
      `${label}: at ${REFLOW_WIDTH} px the page is ${result.scrollWidth} px wide and scrolls sideways; ` +
        `sticking out: ${result.culprits.join(', ')}`,
    );
    assert.ok(!result.menuOffScreen, `${label}: at ${REFLOW_WIDTH} px the Menu button is off the screen`);
  } finally {
    if (original) await page.setViewportSize(original);
  }
}

/** axe, keyboard, reflow at 320 px, screenshot and console check for the page as it is now. */
export async function checkPage(page, name) {
  await screenshot(page, name);
  await checkAxe(page, name);
  await checkKeyboard(page, name);
  await checkReflow(page, name);
  assertNoConsoleErrors(page);
}

/** Signs in through the form and waits for the home page (or `next`). */
export async function signIn(page, email, password = DEMO_PASSWORD) {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.waitForURL((url) => url.pathname !== '/sign-in');
  // The router changes the address before React draws the next page (the
  // navigation is a transition): wait until the sign-in form has gone, or a
  // slow machine reads the old page's heading under the new address.
  await page.locator('main h1').filter({ hasText: /^\s*Sign in\s*$/ }).waitFor({ state: 'detached' });
}

/** The page's h1 text, once the page has finished loading its data. */
export async function heading(page) {
  await page.locator('main h1').first().waitFor();
  await page.getByText('Loading…').first().waitFor({ state: 'detached' });
  return (await page.locator('main h1').first().textContent())?.trim();
}

/**
 * Ticks or clears the checkbox labelled `label` as a person does: by
 * clicking its label (the design system draws the box on the label, over
 * the real input).
 */
export async function setCheckbox(page, label, checked = true) {
  const input = page.getByLabel(label, { exact: true });
  if ((await input.isChecked()) === checked) return;
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  if ((await input.isChecked()) !== checked) throw new Error(`The checkbox “${label}” did not change`);
}

/**
 * A GraphQL request with the page's session cookie (data made through the API); fails on errors.
 * Each on a new connection: the server closes a kept-alive connection idle for its header-read
 * timeout (10 s), and a POST sent on one just as it closes is reset (ECONNRESET) and, unlike a
 * browser, Playwright's request context does not send it again. Journeys idle that long while
 * `checkPage` runs axe and the keyboard walk.
 */
export async function gql(page, query, variables = {}) {
  const response = await page.request.post('/graphql', {
    data: { query, variables },
    headers: { 'Content-Type': 'application/json', Connection: 'close' },
  });
  const body = await response.json();
  assert.equal(body.errors, undefined, `GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data;
}

/** The demo review of `programme` in `state` (the first found), with its hosts, through the API. */
export async function demoReview(page, programme, state) {
  const { reviews } = await gql(
    page,
    `query($s: [ReviewState!]) { reviews(filter: { states: $s }, limit: 100) { items { id version programme { name } hosts { id name } } } }`,
    { s: [state] },
  );
  const review = reviews.items.find((r) => r.programme.name === programme);
  assert.ok(review, `the demo has a ${state} review in ${programme}`);
  return review;
}

/** Chooses the radio labelled `label` as a person does: by clicking its label (the design system draws the radio on it). */
export async function chooseRadio(page, label) {
  const input = page.getByLabel(label, { exact: true });
  const id = await input.getAttribute('id');
  await page.locator(`label[for="${id}"]`).click();
  if (!(await input.isChecked())) throw new Error(`The radio “${label}” was not chosen`);
}

/** Waits until the page's h1 is `text` (after a navigation or an answer that changes the page). */
export async function waitForHeading(page, text) {
  const h1 = page.locator('main h1').filter({ hasText: new RegExp(`^\\s*${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\s*$`) });
  try {
    await h1.first().waitFor();
  } catch {
    assert.equal(await heading(page), text, 'the page heading');
  }
  await page.getByText('Loading…').first().waitFor({ state: 'detached' });
}
