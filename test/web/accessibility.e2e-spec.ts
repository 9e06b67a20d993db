/**
 * axe-core on every page of the web client, in a real browser against the real built system on the demo data,
 * for each role that sees the page: the secretariat everywhere (with the request drawer, the activity drawer,
 * a chart's figures, the history dialog and the log-request form open), the donor on its pages, the Dakar
 * field office on its own, and the sign-in page before anyone signs in; then the main pages on a 390 px phone.
 * Each scan must find no critical, serious or moderate violation; a failure prints them with their elements.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  describePage,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  useSession,
  WAIT_MS,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

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
  await page.locator(ready).first().waitFor({ state: 'attached' });
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
  /** What to open on the page before the scan (a drawer, a dialog, a chart's figures), or what to type. */
  open?: { click: string; ready: string; fill?: string };
}

async function visit(session: BrowserSession, { name, path, ready, open }: Visit): Promise<void> {
  const { page } = session;
  await page.goto(`${web.url}${path}`);
  await settled(page, ready);
  await expectClean(session, name);
  if (open) {
    if (open.fill !== undefined) await page.locator(open.click).first().fill(open.fill);
    else await page.locator(open.click).first().click();
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
  {
    name: 'workshops and a workshop',
    path: '/workshops',
    ready: '[data-testid="workshop-row"] a',
    open: { click: '[data-testid="workshop-row"] a', ready: '[data-testid="workshop-dates"]' },
  },
  { name: 'experts', path: '/experts', ready: '[data-testid="balance-table"]' },
  {
    name: 'workshops, the New workshop dialog open',
    path: '/workshops',
    ready: '[data-testid="workshop-row"]',
    open: { click: '[data-testid="new-workshop-open"]', ready: '[data-testid="new-workshop-title"]' },
  },
  {
    name: 'experts, the New expert dialog open',
    path: '/experts',
    ready: '[data-testid="expert-row"]',
    open: { click: '[data-testid="new-expert-open"]', ready: '[data-testid="new-expert-name"]' },
  },
  {
    name: 'experts, the Assign dialog open',
    path: '/experts',
    ready: '[data-testid="expert-row"]',
    open: { click: '[data-testid="assign-expert-open"]', ready: '[data-testid="assign-expert-workshopId"]' },
  },
  {
    name: 'funding and contributions',
    path: '/funding',
    ready: '[data-testid="contribution-row"]',
    open: { click: '[data-testid="history-open"]', ready: '[data-testid="history-count"]' },
  },
  {
    name: 'funding: intentions, and an over-funding flag in area C',
    path: '/funding',
    ready: '[data-testid="intention-row"]',
    open: {
      click: '[data-testid="gap-area-row"][data-area="C"] [data-testid="gap-area-open"]',
      ready: '[data-testid="over-funded-flag"]',
    },
  },
  { name: 'reports', path: '/reports', ready: '[data-testid="report-kinds"]' },
  { name: 'imports', path: '/requests/import', ready: '[data-testid="import-form"]' },
  { name: 'a State profile', path: '/states/NGA', ready: '[data-testid="state-names"]' },
  {
    name: 'the directory of competent authorities, an entry open for editing',
    path: '/authorities',
    ready: '[data-testid="authority-row"]',
    open: { click: '[data-testid="authority-change"]', ready: '[data-testid="authority-form"]' },
  },
  {
    name: 'the cooperation statistics, with the entry form and the import',
    path: '/cooperation',
    ready: '[data-testid="cooperation-row"]',
  },
  { name: 'the partner organisations', path: '/organisations', ready: '[data-testid="organisation-row"]' },
  {
    name: 'change password, a field at fault',
    path: '/account/password',
    ready: '[data-testid="password-form"]',
    open: { click: '[data-testid="password-newPassword"]', fill: 'short', ready: '[data-testid="error-newPassword"]' },
  },
];

/** One signed-in session per role, each page scanned in a test of its own (a scan takes seconds on a busy machine). */
function scansFor(email: string, visits: Visit[], viewport?: { width: number; height: number }): void {
  const session = useSession(web, { viewport });
  beforeAll(() => signInAs(session, web.url, email), STEP_TIMEOUT_MS);
  it.each(visits)('$name', (page) => visit(session, page), STEP_TIMEOUT_MS);
}

describe('accessibility (axe-core): no critical, serious or moderate violation', () => {
  it(
    'the sign-in page',
    async () => {
      const session = await openSession(web.browser);
      try {
        await session.page.goto(web.url);
        await session.page.getByTestId('sign-in-form').waitFor();
        await expectClean(session, 'sign-in');
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  describe('the secretariat, with drawers and dialogs open', () => {
    scansFor('secretariat@demo.local', SECRETARIAT);
  });

  describe("the donor's pages", () => {
    scansFor('donor@demo.local', [
      { name: 'donor dashboard', path: '/dashboard', ready: '[data-testid="chart-by-region"] canvas' },
      { name: 'donor funding', path: '/funding', ready: '[data-testid="contribution-row"]' },
      {
        name: 'donor funding: matches and a reconciliation',
        path: '/funding',
        ready: '[data-testid="match-row"]',
        open: { click: '[data-testid="reconciliation-open"]', ready: '[data-testid="reconciliation-amount"]' },
      },
      {
        name: 'donor funding: what a pledge would close, by area, year (chart) and region',
        path: '/funding',
        ready: '[data-testid="what-if-amount"]',
        open: {
          click: '[data-testid="what-if-amount"]',
          fill: '250000',
          ready: '[data-testid="what-if-chart"] canvas',
        },
      },
      { name: 'donor programme', path: '/programme', ready: '[data-testid="activity-row"]' },
      { name: 'donor reports', path: '/reports', ready: '[data-testid="report-kinds"]' },
    ]);
  });

  describe("the administrator's Users page, with New user, a role change and a password reset open", () => {
    scansFor('admin@demo.local', [
      {
        name: 'users, New user',
        path: '/users',
        ready: '[data-testid="user-row"]',
        open: { click: '[data-testid="new-user-open"]', ready: '[data-testid="new-user-email"]' },
      },
      {
        name: 'users, a role change',
        path: '/users',
        ready: '[data-testid="user-row"]',
        open: { click: '[data-testid="user-change"]', ready: '[data-testid="change-user-role"]' },
      },
      {
        name: 'users, a password reset',
        path: '/users',
        ready: '[data-testid="user-row"]',
        open: { click: '[data-testid="user-reset-password"]', ready: '[data-testid="reset-password-newPassword"]' },
      },
    ]);
  });

  describe("the Dakar field office's pages, with the log-request form open", () => {
    scansFor('dakar@demo.local', [
      { name: 'field office dashboard', path: '/dashboard', ready: '[data-testid="map-pick-state"]' },
      {
        name: 'field office requests',
        path: '/requests',
        ready: '[data-testid="request-row"]',
        open: { click: '[data-testid="log-request-open"]', ready: '[data-testid="form-state"]' },
      },
      { name: 'field office workshops', path: '/workshops', ready: '[data-testid="workshop-row"]' },
    ]);
  });

  describe('the main pages on a 390 px phone, with the filter panel open', () => {
    scansFor(
      'secretariat@demo.local',
      [
        {
          name: 'requests on a phone',
          path: '/requests',
          ready: '[data-testid="request-row"]',
          open: { click: '[data-testid="filters-toggle"]', ready: '[data-testid="filter-state"]' },
        },
        { name: 'dashboard on a phone', path: '/dashboard', ready: '[data-testid="map-pick-state"]' },
        { name: 'funding on a phone', path: '/funding', ready: '[data-testid="contribution-row"]' },
      ],
      { width: 390, height: 844 },
    );
  });
});

describe('keyboard and charts', () => {
  it(
    'the skip link is the first tab stop; the map is no tab stop of its own and its list of States opens one',
    async () => {
      const session = await openSession(web.browser);
      const { page } = session;
      try {
        await signInAs(session, web.url, 'secretariat@demo.local');
        await page.goto(`${web.url}/dashboard`);
        await settled(page, '[data-testid="map-pick-state"] option:nth-child(2)');
        await page.locator('body').focus();
        await page.keyboard.press('Tab');
        await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
          'skip-link',
        );
        await page.keyboard.press('Enter');
        await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
        // From the top of a fresh page, the requests are a few tabs away: skip link, header, then the navigation.
        // (Opened afresh, not reloaded: the skip link left `#main` in the address, where a reload starts the tabs.)
        await page.goto(`${web.url}/dashboard`);
        await settled(page, '[data-testid="map-pick-state"] option:nth-child(2)');
        let tabs = 0;
        while (tabs < 15) {
          await page.keyboard.press('Tab');
          tabs += 1;
          if ((await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))) === 'nav-requests')
            break;
        }
        expect(tabs).toBeLessThan(10);
        // No State shape is a tab stop: the keyboard uses the list beside the map.
        const mapStops = await page
          .getByTestId('needs-map-svg')
          .evaluate(
            (svg) => [...svg.querySelectorAll<SVGElement>('a, [tabindex]')].filter((e) => e.tabIndex >= 0).length,
          );
        expect(mapStops).toBe(0);
        const select = page.getByTestId('map-pick-state');
        const iso3 = await select.locator('option').nth(1).getAttribute('value');
        await select.focus();
        await select.selectOption(iso3!);
        await page.keyboard.press('Tab');
        await expect(page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).resolves.toBe(
          'map-pick-open',
        );
        await page.keyboard.press('Enter');
        await page.waitForURL(`**/states/${iso3}`);
        await page.getByTestId('state-names').waitFor();
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "a chart's figures are a table that describes it, and a bar or a row opens what it stands for",
    async () => {
      const session = await openSession(web.browser);
      const { page } = session;
      try {
        await signInAs(session, web.url, 'secretariat@demo.local');
        await page.goto(`${web.url}/dashboard`);
        const chart = page.getByTestId('chart-by-area-status');
        await chart.locator('canvas').waitFor();
        // The canvas is described by the table of its figures (visually hidden until asked for).
        const tableId = await chart.locator('canvas').getAttribute('aria-describedby');
        const table = chart.getByTestId('chart-table');
        await expect(table.getAttribute('id')).resolves.toBe(tableId);
        await expect(table.locator('tbody tr').count()).resolves.toBeGreaterThan(0);
        await chart.getByTestId('chart-table-toggle').click();
        const row = chart.getByTestId('chart-row-open').first();
        const area = await table.locator('tbody tr').first().getAttribute('data-key');
        await row.click();
        await page.waitForURL(`**/requests?area=${area}`);
        await page.getByTestId('request-row').first().waitFor();
        // The list may come before the reference data that fills the filter's choices; the filter shows the
        // area once its choices are there.
        await page.waitForFunction(
          (code) =>
            (document.querySelector('[data-testid="filter-priority-area"]') as HTMLSelectElement | null)?.value ===
            code,
          area,
          { timeout: WAIT_MS },
        );

        // The programme's cost by year leads to the funding gaps.
        await page.goto(`${web.url}/dashboard`);
        const cost = page.getByTestId('chart-cost-by-year');
        await cost.locator('canvas').waitFor();
        await cost.getByTestId('chart-table-toggle').click();
        await cost.getByTestId('chart-row-open').first().click();
        await page.waitForURL('**/funding');
        await page.getByTestId('gap-area-row').first().waitFor();

        // On the funding page a priority area's bar opens its activities.
        const byArea = page.getByTestId('chart-by-area');
        await byArea.getByTestId('chart-table-toggle').click();
        const code = await byArea.locator('[data-testid="chart-table"] tbody tr').first().getAttribute('data-key');
        await byArea.getByTestId('chart-row-open').first().click();
        await page.locator(`[data-testid="gaps-activities"][data-area="${code}"]`).waitFor();
      } finally {
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
