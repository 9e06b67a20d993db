/**
 * What the browser tests share: the built server and Chromium for a whole file (`useServerAndBrowser`), a session
 * for a `describe` (`useSession`), signing in with a demo account, and waits that fail with what the page showed.
 */
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { startServer } from '../support/server.js';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];
// Generous: CI machines are small and may be busy; the waits end as soon as the page is ready.
export const STEP_TIMEOUT_MS = 90_000;
export const WAIT_MS = 30_000;
export const DEMO_PASSWORD = process.env.DEMO_PASSWORD ?? 'demo';

export interface BrowserSession {
  context: BrowserContext;
  page: Page;
  /** Page errors, console errors and failed HTTP answers, quoted when a wait times out. */
  problems: string[];
  pageErrors: string[];
}

export interface SessionOptions {
  locale?: string;
  serviceWorkers?: 'allow' | 'block';
  /** The page's size, set once it is open (a phone, say); the context's own is 1400 × 1000. */
  viewport?: { width: number; height: number };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: '/usr/bin/chromium', args: CHROMIUM_ARGS });
}

export async function openSession(browser: Browser, options: SessionOptions = {}): Promise<BrowserSession> {
  // UTC, so "today" in the browser is the test's today. The locale is the browser's language (the web client's first).
  const context = await browser.newContext({
    locale: options.locale ?? 'en-GB',
    timezoneId: 'UTC',
    viewport: { width: 1400, height: 1000 },
    serviceWorkers: options.serviceWorkers ?? 'allow',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(WAIT_MS);
  const problems: string[] = [];
  const pageErrors: string[] = [];
  page.on('pageerror', (error) => pageErrors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()} ${response.url()}`);
  });
  if (options.viewport) await page.setViewportSize(options.viewport);
  return { context, page, problems, pageErrors };
}

/** What `useServerAndBrowser` answers; its fields are set in its `beforeAll`, so read them inside tests and hooks. */
export interface ServerAndBrowser {
  /** The built server's base URL. */
  url: string;
  /** Its database (a test may hold a lock there to hold the server's work at a known point). */
  databaseUrl: string;
  browser: Browser;
  /**
   * With the option `session`: one session for the whole file. The same object from the start (filled in
   * `beforeAll`), so a spec may keep it in a constant of its own.
   */
  session: BrowserSession;
  /** Opens a session that is closed at the end of the file, before the browser. */
  open(options?: SessionOptions): Promise<BrowserSession>;
}

/**
 * The built server on a database of its own, with the demo data, and Chromium, for the whole spec file: registers
 * the `beforeAll` that starts them (and opens `session` when asked) and the `afterAll` that closes the sessions
 * opened through the handle, the browser and the server.
 */
export function useServerAndBrowser(options: { session?: SessionOptions } = {}): ServerAndBrowser {
  let server: Awaited<ReturnType<typeof startServer>> | undefined;
  let browser: Browser | undefined;
  const opened: BrowserSession[] = [];
  const handle: ServerAndBrowser = {
    url: '',
    databaseUrl: '',
    browser: undefined as unknown as Browser,
    session: {} as BrowserSession,
    async open(sessionOptions) {
      const session = await openSession(handle.browser, sessionOptions);
      opened.push(session);
      return session;
    },
  };
  beforeAll(async () => {
    server = await startServer();
    handle.url = server.url;
    handle.databaseUrl = server.databaseUrl;
    handle.browser = browser = await launchBrowser();
    if (options.session) Object.assign(handle.session, await handle.open(options.session));
  }, 120_000);
  afterAll(async () => {
    for (const session of opened) await session.context.close();
    await browser?.close();
    await server?.stop();
  }, 60_000);
  return handle;
}

/**
 * A session for the `describe` it is called in: opened in its `beforeAll`, closed in its `afterAll`. The same
 * object from the start (filled in `beforeAll`), so the caller may keep it in a constant.
 */
export function useSession(web: ServerAndBrowser, options: SessionOptions = {}): BrowserSession {
  const session = {} as BrowserSession;
  let opened: BrowserSession | undefined;
  beforeAll(async () => {
    opened = await openSession(web.browser, options);
    Object.assign(session, opened);
  });
  afterAll(async () => {
    await opened?.context.close();
  });
  return session;
}

/** Signs in through the form and waits for the user menu. */
export async function signInAs(session: BrowserSession, url: string, email: string): Promise<void> {
  const { page } = session;
  await page.goto(url);
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(DEMO_PASSWORD);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/** Signs in through the form with a password of one's own; answers once the app or the refusal shows. */
export async function signInWith(
  session: BrowserSession,
  url: string,
  email: string,
  password: string,
): Promise<'in' | 'refused'> {
  const { page } = session;
  await page.goto(url);
  await page.getByTestId('sign-in-form').waitFor();
  await page.getByTestId('sign-in-email').fill(email);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.locator('[data-testid="user-menu"], [data-testid="sign-in-error"]').first().waitFor();
  return (await page.getByTestId('user-menu').count()) > 0 ? 'in' : 'refused';
}

/** Opens the Users page from the bar (administrators) and searches for one email; answers its row. */
export async function findUser(session: BrowserSession, email: string) {
  const { page } = session;
  await page.getByTestId('nav-users').click();
  await page.getByTestId('users-filter-search').fill(email);
  await page.getByTestId('users-filter-search').press('Enter');
  const row = page.locator(`[data-testid="user-row"][data-email="${email}"]`);
  await waitUntil(
    session,
    `the row of ${email}`,
    () => countOf(page, 'users-total'),
    (n) => n === 1,
  );
  await row.waitFor();
  return row;
}

/** Opens a session (closed at the end of the file) signed in as the demo account `email`. */
export async function openSignedIn(
  web: ServerAndBrowser,
  email: string,
  options?: SessionOptions,
): Promise<BrowserSession> {
  const session = await web.open(options);
  await signInAs(session, web.url, email);
  return session;
}

/** Polls `read` until `accept` holds; fails with the last value seen and what the page showed. */
export async function waitUntil<T>(
  session: BrowserSession,
  what: string,
  read: () => Promise<T>,
  accept: (value: T) => boolean,
): Promise<T> {
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
      throw new Error(
        `Timed out waiting for ${what}; last seen: ${JSON.stringify(last)}\n${await describePage(session)}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

export async function describePage({ page, problems, pageErrors }: BrowserSession): Promise<string> {
  const lines = [`url: ${page.url()}`];
  for (const testId of [
    'load-error',
    'form-error',
    'outcome-error',
    'contribution-error',
    'allocation-error',
    'funding-notice',
    'report-request-error',
    'import-failure',
  ]) {
    const element = page.getByTestId(testId);
    if ((await element.count()) > 0) lines.push(`${testId}: ${(await element.first().innerText()).trim()}`);
  }
  lines.push(...pageErrors.map((e) => `page error: ${e}`), ...problems.slice(-10));
  return lines.join('\n');
}

/** A `data-*` attribute as a number (e.g. a total), failing while it is empty. */
export async function countOf(page: Page, testId: string): Promise<number> {
  const value = await page.getByTestId(testId).getAttribute('data-count');
  if (value === null || value === '') throw new Error(`no count on ${testId}`);
  return Number(value);
}

/** A decimal string with at most two decimals, in cents (exact): the tests' own arithmetic. */
export function cents(v: string): bigint {
  const [whole = '0', fraction = ''] = v.replace('-', '').split('.');
  const c = BigInt(whole) * 100n + BigInt((fraction + '00').slice(0, 2));
  return v.startsWith('-') ? -c : c;
}

/** Exact decimal arithmetic for the tests' own expectations: a − b on strings with two decimals. */
export function subtractDecimal(a: string, b: string): string {
  const d = cents(a) - cents(b);
  const abs = d < 0n ? -d : d;
  return `${d < 0n ? '-' : ''}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
}
