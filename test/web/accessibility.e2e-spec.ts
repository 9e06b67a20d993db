/**
 * axe-core on every page of the web client, in a real browser against the real built system on the demo data,
 * for each role that sees the page: the secretariat everywhere (with the request drawer, the activity drawer,
 * a chart's figures, the history dialog and the log-request form open), the donor on its pages, the Dakar
 * field office on its own, and the sign-in page before anyone signs in; then the main pages on a 390 px phone.
 * Each scan must find no critical, serious or moderate violation; a failure prints them with their elements.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser, Page } from 'playwright-core';
import { startServer } from '../support/server.js';
import { describePage, launchBrowser, openSession, signInAs, STEP_TIMEOUT_MS, type BrowserSession } from './browser.js';

let server: { url: string; stop(): Promise<void> };
let browser: Browser;

beforeAll(async () => {
  server = await startServer();
  browser = await launchBrowser();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
}, 60_000);

const BLOCKING = new Set(['critical', 'serious', 'moderate']);

/** The scan's blocking violations, one line per element, for the failure message. */
async function violations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).analyze();
  return result.violations
    .filter((v) => BLOCKING.has(v.impact ?? ''))
    .flatMap((v) =>
      v.nodes.map(
        (node) =>
          `[${v.impact}] ${v.id} (${v.help}) at ${node.target.join(' ')}: ${(node.failureSummary ?? '').replace(/\s+/g, ' ')}`,
      ),
    );
}

/** Waits until the page has loaded what it shows (its key element, no loading indicator left). */
async function settled(page: Page, ready: string): Promise<void> {
  await page.locator(ready).first().waitFor();
  await page
    .locator('[data-testid$="loading"], [aria-busy="true"]')
    .first()
    .waitFor({ state: 'detached', timeout: 30_000 })
    .catch(() => undefined);
  // Charts draw on the next frame; the scan reads the canvases' attributes, not their pixels, but wait for them.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
}

async function expectClean(session: BrowserSession, what: string): Promise<void> {
  const found = await violations(session.page);
  if (found.length > 0) {
    throw new Error(
      `axe found ${found.length} violation(s) on ${what}:\n${found.join('\n')}\n${await describePage(session)}`,
    );
  }
}

interface Visit {
  name: string;
  path: string;
  ready: string;
  /** What to open on the page before the scan (a drawer, a dialog, a chart's figures). */
  open?: { click: string; ready: string };
}

async function visit(session: BrowserSession, { name, path, ready, open }: Visit): Promise<void> {
  const { page } = session;
  await page.goto(`${server.url}${path}`);
  await settled(page, ready);
  await expectClean(session, name);
  if (open) {
    await page.locator(open.click).first().click();
    await settled(page, open.ready);
    await expectClean(session, `${name} (${open.click} opened)`);
  }
}

const SECRETARIAT: Visit[] = [
  {
    name: 'dashboard',
    path: '/dashboard',
    ready: '[data-testid="map-pick-state"] option:nth-child(2)',
    open: {
      click: '[data-testid="chart-by-kind"] [data-testid="chart-table-toggle"]',
      ready: '[data-testid="chart-row-open"]',
    },
  },
  {
    name: 'requests',
    path: '/requests',
    ready: '[data-testid="request-row"]',
    open: { click: '[data-testid="request-details"]', ready: '[data-testid="request-description"]' },
  },
  {
    name: 'programme',
    path: '/programme',
    ready: '[data-testid="activity-row"]',
    open: { click: '[data-testid="activity-open"]', ready: '[data-testid="activity-detail"]' },
  },
  { name: 'workshops', path: '/workshops', ready: '[data-testid="workshop-row"]' },
  { name: 'experts', path: '/experts', ready: '[data-testid="balance-table"]' },
  {
    name: 'funding and contributions',
    path: '/funding',
    ready: '[data-testid="contribution-row"]',
    open: { click: '[data-testid="history-open"]', ready: '[data-testid="history-count"]' },
  },
  { name: 'reports', path: '/reports', ready: '[data-testid="report-kinds"]' },
  { name: 'imports', path: '/requests/import', ready: '[data-testid="import-form"]' },
  { name: 'a State profile', path: '/states/NGA', ready: '[data-testid="state-names"]' },
];

describe('accessibility (axe-core): no critical, serious or moderate violation', () => {
  it(
    'the sign-in page',
    async () => {
      const session = await openSession(browser);
      try {
        await session.page.goto(server.url);
        await session.page.getByTestId('sign-in-form').waitFor();
        await expectClean(session, 'sign-in');
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'every page of the secretariat, with its drawers and dialogs open',
    async () => {
      const session = await openSession(browser);
      try {
        await signInAs(session, server.url, 'secretariat@demo.local');
        for (const page of SECRETARIAT) await visit(session, page);
        // A workshop's page, reached from the list.
        await visit(session, { name: 'workshops', path: '/workshops', ready: '[data-testid="workshop-row"] a' });
        await session.page.locator('[data-testid="workshop-row"] a').first().click();
        await settled(session.page, '[data-testid="workshop-participants"]');
        await expectClean(session, 'a workshop');
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS * 4,
  );

  it(
    "the donor's pages",
    async () => {
      const session = await openSession(browser);
      try {
        await signInAs(session, server.url, 'donor@demo.local');
        for (const page of [
          { name: 'donor dashboard', path: '/dashboard', ready: '[data-testid="chart-by-region"] canvas' },
          { name: 'donor funding', path: '/funding', ready: '[data-testid="contribution-row"]' },
          { name: 'donor programme', path: '/programme', ready: '[data-testid="activity-row"]' },
          { name: 'donor reports', path: '/reports', ready: '[data-testid="report-kinds"]' },
        ])
          await visit(session, page);
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    "the Dakar field office's pages, with the log-request form open",
    async () => {
      const session = await openSession(browser);
      try {
        await signInAs(session, server.url, 'dakar@demo.local');
        for (const page of [
          { name: 'field office dashboard', path: '/dashboard', ready: '[data-testid="map-pick-state"]' },
          {
            name: 'field office requests',
            path: '/requests',
            ready: '[data-testid="request-row"]',
            open: { click: '[data-testid="log-request-open"]', ready: '[data-testid="form-state"]' },
          },
          { name: 'field office workshops', path: '/workshops', ready: '[data-testid="workshop-row"]' },
        ])
          await visit(session, page);
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'the main pages on a 390 px phone, with the filter panel open',
    async () => {
      const session = await openSession(browser);
      try {
        await session.page.setViewportSize({ width: 390, height: 844 });
        await signInAs(session, server.url, 'secretariat@demo.local');
        await visit(session, {
          name: 'requests on a phone',
          path: '/requests',
          ready: '[data-testid="request-row"]',
          open: { click: '[data-testid="filters-toggle"]', ready: '[data-testid="filter-state"]' },
        });
        await visit(session, {
          name: 'dashboard on a phone',
          path: '/dashboard',
          ready: '[data-testid="map-pick-state"]',
        });
        await visit(session, {
          name: 'funding on a phone',
          path: '/funding',
          ready: '[data-testid="contribution-row"]',
        });
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS * 2,
  );
});
