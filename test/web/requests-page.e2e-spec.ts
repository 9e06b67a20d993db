/**
 * The requests page in a real browser, against the real built system (API + dist/web) on the demo data:
 * sign-in, list, server-side filter, language switch, "Log a request" with validation, and the new request listed.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { STEP_TIMEOUT_MS, useServerAndBrowser, WAIT_MS } from './browser.js';

interface Row {
  id: string;
  state: string;
  kind: string;
  status: string;
  text: string;
}

const web = useServerAndBrowser();
let context: BrowserContext;
let page: Page;
let initialTotal = 0;
let reportingTotal = 0;
let loggedId = '';
const pageErrors: string[] = [];
/** Console errors and failed HTTP answers, quoted when a wait times out. */
const browserProblems: string[] = [];
// A demo account (README: "Signing in") that may log requests for any State.
const ACCOUNT = { email: 'secretariat@demo.local', password: process.env.DEMO_PASSWORD ?? 'demo' };
const description = `E2E: Kenya asks for training of investigators on cybercrime (${Date.now()})`;

/** Polls `read` until `accept` holds; fails with the last value seen, so a failure says what the page showed. */
async function waitUntil<T>(what: string, read: () => Promise<T>, accept: (value: T) => boolean): Promise<T> {
  const deadline = Date.now() + WAIT_MS;
  let last: T | undefined;
  for (;;) {
    try {
      last = await read();
      if (accept(last)) return last;
    } catch {
      // the element may be re-rendering; try again
    }
    if (Date.now() > deadline) {
      throw new Error(`Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}\n${await describePage()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** What the page shows of its state, for failure messages. */
async function describePage(): Promise<string> {
  const lines = [`url: ${page.url()}`];
  for (const testId of ['requests-total', 'requests-error', 'form-error', 'form-missing']) {
    const element = page.getByTestId(testId);
    if ((await element.count()) > 0) lines.push(`${testId}: ${(await element.first().innerText()).trim()}`);
  }
  lines.push(`rows: ${await page.getByTestId('request-row').count()}`);
  lines.push(...pageErrors.map((e) => `page error: ${e}`), ...browserProblems.slice(-10));
  return lines.join('\n');
}

/** The table once no query is in flight (within WAIT_MS: a query can take seconds on a loaded machine). */
async function settledTable(): Promise<void> {
  await page.locator('[data-testid="requests-table"][aria-busy="false"]').waitFor({ timeout: WAIT_MS });
}

async function total(): Promise<number> {
  await settledTable();
  const value = await page.getByTestId('requests-total').getAttribute('data-count');
  if (value === null || value === '') throw new Error('no total shown');
  return Number(value);
}

async function rows(): Promise<Row[]> {
  await settledTable();
  const locators = await page.getByTestId('request-row').all();
  return Promise.all(
    locators.map(async (row) => ({
      id: (await row.getAttribute('data-id')) ?? '',
      state: (await row.getAttribute('data-state')) ?? '',
      kind: (await row.getAttribute('data-kind')) ?? '',
      status: (await row.getAttribute('data-status')) ?? '',
      text: (await row.innerText()).replace(/\s+/g, ' '),
    })),
  );
}

/** The value of the option whose value or label starts with `code` (e.g. priority area "B"). */
async function optionValue(testId: string, code: string): Promise<string> {
  const options = page.getByTestId(testId).locator('option');
  const count = await options.count();
  for (let i = 0; i < count; i++) {
    const value = (await options.nth(i).getAttribute('value')) ?? '';
    const label = ((await options.nth(i).textContent()) ?? '').trim();
    if (value && (value.toUpperCase() === code.toUpperCase() || label.startsWith(`${code} `))) return value;
  }
  throw new Error(`No option "${code}" in ${testId}`);
}

function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

describe('requests page', () => {
  // A page of its own, not `openSession`'s: Playwright's default window size, and the problems this spec quotes.
  // Its hooks are in this block so that the context is closed before `useServerAndBrowser` closes the browser.
  beforeAll(async () => {
    // UTC, so "today" in the browser is the test's today.
    context = await web.browser.newContext({ locale: 'en-GB', timezoneId: 'UTC' });
    page = await context.newPage();
    page.setDefaultTimeout(WAIT_MS);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') browserProblems.push(`console: ${message.text()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) browserProblems.push(`HTTP ${response.status()} ${response.url()}`);
    });
  });

  afterAll(async () => {
    await context?.close();
  });

  it(
    'asks to sign in, checks the form as you type, then signs in',
    async () => {
      const response = await page.goto(web.url);
      expect(response?.ok()).toBe(true);
      await expect(page.getByTestId('app-name').innerText()).resolves.toBe('TA Programme — Needs tracker');
      await page.getByTestId('sign-in-form').waitFor();
      await expect(page.getByTestId('request-row').count()).resolves.toBe(0);

      await page.getByTestId('sign-in-email').fill('secretariat');
      await page.getByTestId('sign-in-password').focus();
      await expect(page.getByTestId('error-email').innerText()).resolves.toContain('valid email');
      await page.getByTestId('sign-in-email').fill(ACCOUNT.email);
      await page.getByTestId('sign-in-password').fill(ACCOUNT.password);
      await page.getByTestId('sign-in-submit').click();
      await waitUntil(
        'signed in',
        () => page.getByTestId('user-menu').innerText(),
        (text) => text.includes('Secretariat'),
      );
      // The secretariat starts on the dashboard; the requests are one click away.
      await page.getByTestId('dashboard-page').waitFor();
      await page.getByTestId('nav-requests').click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lists the demo requests with their total, source paragraph and paging',
    async () => {
      initialTotal = await waitUntil('demo requests', total, (n) => n > 0);
      const firstPage = await rows();
      expect(firstPage.length).toBe(Math.min(initialTotal, 25));
      await expect(page.getByTestId('requests-total').innerText()).resolves.toContain(String(initialTotal));
      // Every row names its State and shows a translated kind and a status badge.
      for (const row of firstPage) {
        expect(row.state).toMatch(/^[A-Z]{3}$/);
        expect(row.kind).not.toBe('');
      }
      await expect(page.getByTestId('page-previous').isDisabled()).resolves.toBe(true);

      if (initialTotal > 25) {
        await page.getByTestId('page-next').click();
        await waitUntil(
          'page 2',
          () => page.getByTestId('page-indicator').getAttribute('data-page'),
          (p) => p === '2',
        );
        const secondPage = await waitUntil('other rows', rows, (r) => r.length > 0 && r[0]?.id !== firstPage[0]?.id);
        const firstIds = new Set(firstPage.map((r) => r.id));
        expect(secondPage.some((r) => firstIds.has(r.id))).toBe(false);
        await page.getByTestId('page-previous').click();
        const back = await waitUntil('page 1 again', rows, (r) => r[0]?.id === firstPage[0]?.id);
        expect(back.map((r) => r.id)).toEqual(firstPage.map((r) => r.id));
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'filters by kind on the server: only reporting obligations, a smaller total, Albania from footnote 5',
    async () => {
      await page.getByTestId('filter-kind').selectOption('REPORTING_OBLIGATIONS');
      reportingTotal = await waitUntil('a smaller total', total, (n) => n > 0 && n < initialTotal);
      const filtered = await rows();
      expect(filtered.length).toBe(Math.min(reportingTotal, 25));
      expect(filtered.every((r) => r.kind === 'REPORTING_OBLIGATIONS')).toBe(true);
      expect(filtered.every((r) => r.text.includes('Reporting obligations'))).toBe(true);

      await page.getByTestId('filter-state').selectOption('ALB');
      const albania = await waitUntil('Albania only', rows, (r) => r.length > 0 && r.every((x) => x.state === 'ALB'));
      const fromFootnote = albania.find((r) => r.text.includes('footnote 5'));
      expect(fromFootnote).toBeDefined();
      expect(fromFootnote?.text).toContain('Albania');
      expect(fromFootnote?.kind).toBe('REPORTING_OBLIGATIONS');
      expect(new URL(page.url()).searchParams.get('kind')).toBe('REPORTING_OBLIGATIONS');

      await page.getByTestId('filter-state').selectOption('');
      await waitUntil('all reporting requests again', total, (n) => n === reportingTotal);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'switches the interface and the State names to French',
    async () => {
      await page.getByTestId('language-fr').click();
      await waitUntil(
        'French header',
        () => page.getByTestId('app-name').innerText(),
        (t) => t.includes('Suivi des besoins'),
      );
      await expect(page.locator('html').getAttribute('lang')).resolves.toBe('fr');
      await expect(page.getByTestId('language-fr').getAttribute('aria-pressed')).resolves.toBe('true');
      await expect(page.getByTestId('log-request-open').innerText()).resolves.toContain('Enregistrer une demande');
      // The filter is kept; kind labels are French, and State names come from the API in French.
      const french = await waitUntil(
        'French rows',
        rows,
        (r) => r.length > 0 && r[0]!.text.includes('Obligations en matière de rapports'),
      );
      expect(french.every((r) => r.kind === 'REPORTING_OBLIGATIONS')).toBe(true);
      await expect(total()).resolves.toBe(reportingTotal);
      const albania = await waitUntil('Albanie', rows, (r) =>
        r.some((x) => x.state === 'ALB' && x.text.includes('Albanie')),
      );
      expect(albania.length).toBeGreaterThan(0);

      await page.getByTestId('language-en').click();
      await waitUntil(
        'English header',
        () => page.getByTestId('app-name').innerText(),
        (t) => t === 'TA Programme — Needs tracker',
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'logs a request: validates as you type, then submits',
    async () => {
      await page.getByTestId('log-request-open').click();
      const dialog = page.getByTestId('log-request-dialog');
      await dialog.waitFor({ state: 'visible' });
      const submit = page.getByTestId('form-submit');
      await expect(submit.isDisabled()).resolves.toBe(true);
      await expect(page.getByTestId('form-received-on').inputValue()).resolves.toBe(todayUtc());

      // A required field left empty says so, next to the field.
      await page.getByTestId('form-description').fill('x');
      await page.getByTestId('form-description').fill('');
      await expect(page.getByTestId('error-description').innerText()).resolves.toBe(
        'Describe what the State asked for.',
      );
      await page.getByTestId('form-state').focus();
      await page.getByTestId('form-priority-area').focus();
      await expect(page.getByTestId('error-stateIso3').innerText()).resolves.toBe('Choose the State that asked.');
      // A date in the future is refused before it reaches the API.
      await page.getByTestId('form-received-on').fill('2999-01-01');
      await expect(page.getByTestId('error-receivedOn').innerText()).resolves.toContain('future');
      await page.getByTestId('form-received-on').fill(todayUtc());
      await expect(page.getByTestId('error-receivedOn').count()).resolves.toBe(0);

      await page.getByTestId('form-state').selectOption('KEN');
      await page.getByTestId('form-priority-area').selectOption(await optionValue('form-priority-area', 'B'));
      await page.getByTestId('form-kind').selectOption('TRAINING');
      await page.getByTestId('form-channel').selectOption('field-office');
      await page.getByTestId('form-description').fill(description);
      // Training needs a topic: still not valid without one.
      await expect(page.getByTestId('error-topics').innerText()).resolves.toBe('Tick at least one topic.');
      await expect(submit.isDisabled()).resolves.toBe(true);
      await page.getByTestId('form-topic-cybercrime').check();
      await expect(page.getByTestId('error-topics').count()).resolves.toBe(0);
      await expect(page.getByTestId('error-description').count()).resolves.toBe(0);
      await expect(submit.isEnabled()).resolves.toBe(true);

      await submit.click();
      const notice = page.getByTestId('notice-logged');
      await notice.waitFor({ state: 'visible' });
      await dialog.waitFor({ state: 'hidden' });
      const text = await notice.innerText();
      expect(text).toContain('Kenya');
      expect(text).toContain('Training');
      loggedId = (await notice.getAttribute('data-request-id')) ?? '';
      expect(loggedId).not.toBe('');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lists the new request (filter by State Kenya, and by its text)',
    async () => {
      await page.getByTestId('filters-clear').click();
      await waitUntil('all requests again', total, (n) => n === initialTotal + 1);
      await page.getByTestId('filter-state').selectOption('KEN');
      const kenya = await waitUntil('Kenya only', rows, (r) => r.length > 0 && r.every((x) => x.state === 'KEN'));
      const logged = kenya.find((r) => r.id === loggedId);
      expect(logged).toBeDefined();
      expect(logged?.kind).toBe('TRAINING');
      expect(logged?.status).toBe('RECEIVED');
      expect(logged?.text).toContain('Kenya');
      expect(logged?.text).toContain('Cybercrime');
      expect(logged?.text).toContain('Field office');
      const row = page.locator(`[data-testid="request-row"][data-id="${loggedId}"]`);
      await expect(row.getByTestId('cell-priority-area').innerText()).resolves.toMatch(/^B/);
      await expect(row.locator('time').getAttribute('datetime')).resolves.toBe(todayUtc());

      // Free text search is the API's too: the description finds exactly this request.
      await page.getByTestId('filter-search').fill(description);
      const found = await waitUntil('the one request', rows, (r) => r.length === 1);
      expect(found[0]?.id).toBe(loggedId);
      await expect(total()).resolves.toBe(1);
      expect(pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
