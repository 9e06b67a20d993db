/**
 * The dashboard in a real browser, against the real built system on the demo data. The secretariat starts on
 * it: key figures that agree with the API, the world map of needs (Chad with its 4 open requests, France with
 * none), a State's name in the reader's language, a click to its profile. A donor, whom the API does not tell
 * requests by State, sees the dashboard without the map and without any refusal.
 */
import { gqlAt, signIn } from '../support/server.js';
import {
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  useSession,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

/** The colour of the legend's first step: States without open requests. */
async function legendColor(session: BrowserSession, step: number): Promise<string> {
  return (
    (await session.page.locator(`[data-testid="legend-step"][data-step="${step}"]`).getAttribute('data-color')) ?? ''
  );
}

describe('dashboard, as the secretariat', () => {
  const secretariat = useSession(web);

  it(
    'is the home page, with key figures that agree with the API',
    async () => {
      const { page } = secretariat;
      await signInAs(secretariat, web.url, 'secretariat@demo.local');
      await page.getByTestId('dashboard-page').waitFor();
      expect(new URL(page.url()).pathname).toBe('/');
      await expect(page.getByTestId('nav-dashboard').getAttribute('aria-current')).resolves.toBe('page');
      const firstNav = await page.getByTestId('app-nav').locator('a').first().getAttribute('data-testid');
      expect(firstNav).toBe('nav-dashboard');

      const token = await signIn(web.url, 'secretariat@demo.local');
      const answer = await gqlAt<{ assistanceRequests: { totalCount: number } }>(
        web.url,
        '{ assistanceRequests(filter: { open: true }) { totalCount } }',
        {},
        token,
      );
      const open = answer.data?.assistanceRequests.totalCount ?? -1;
      expect(open).toBeGreaterThan(0);
      await page.getByTestId('key-figures').waitFor();
      await expect(page.getByTestId('figure-open-requests').getAttribute('data-value')).resolves.toBe(String(open));
      await expect(page.getByTestId('figure-open-requests').locator('dd').innerText()).resolves.toBe(String(open));
      expect(Number(await page.getByTestId('figure-states').getAttribute('data-value'))).toBeGreaterThan(1);
      // Money is the API's exact decimal string, written out in full.
      await expect(page.getByTestId('figure-programme-cost').getAttribute('data-value')).resolves.toMatch(
        /^\d+\.\d{2}$/,
      );
      await expect(page.getByTestId('figure-funding-gap').locator('dd').innerText()).resolves.toMatch(
        /^\$[\d,]+(\.\d{2})?$/, // money as English writes it; no ".00" on a whole figure
      );

      await page.locator('[data-testid="chart-by-area-status"] canvas').waitFor();
      await page.locator('[data-testid="chart-by-kind"] canvas').waitFor();
      await page.locator('[data-testid="chart-cost-by-year"] canvas').waitFor();
      await page.locator('[data-testid="chart-gap-by-year"] canvas').waitFor();
      // Donors' region chart is not shown where the map is.
      await expect(page.getByTestId('chart-by-region').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'draws the world map of needs: Chad with open requests, France in the "0" colour',
    async () => {
      const { page } = secretariat;
      await page.getByTestId('needs-map-svg').waitFor();
      const shapes = await page.locator('[data-testid="needs-map-svg"] path').count();
      expect(shapes).toBeGreaterThan(150);

      const chad = page.locator('[data-testid="map-state"][data-iso3="TCD"]');
      await expect(chad.getAttribute('data-count')).resolves.toBe('4');
      await expect(chad.getAttribute('data-m49')).resolves.toBe('148');
      const none = await legendColor(secretariat, 0);
      expect(await chad.getAttribute('fill')).not.toBe(none);
      expect(Number(await chad.getAttribute('data-step'))).toBeGreaterThan(0);

      const france = page.locator('[data-testid="map-state"][data-iso3="FRA"]');
      await expect(france.getAttribute('data-count')).resolves.toBe('0');
      await expect(france.getAttribute('fill')).resolves.toBe(none);
      await expect(france.getAttribute('data-step')).resolves.toBe('0');

      // Pointing at Chad names it with its open requests.
      await chad.hover();
      const tooltip = page.getByTestId('map-tooltip');
      await waitUntil(
        secretariat,
        "Chad's tooltip",
        () => tooltip.getAttribute('data-iso3'),
        (iso3) => iso3 === 'TCD',
      );
      await expect(tooltip.getByTestId('map-tooltip-name').innerText()).resolves.toBe('Chad');
      await expect(tooltip.getByTestId('map-tooltip-count').innerText()).resolves.toBe('4 open requests');
      await expect(chad.locator('title').textContent()).resolves.toBe('Chad: 4 open requests');
      expect(secretariat.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "opens Chad's profile when Chad is clicked",
    async () => {
      const { page } = secretariat;
      await page.locator('[data-testid="map-state"][data-iso3="TCD"]').click();
      await page.locator('[data-testid="state-page"][data-iso3="TCD"]').waitFor();
      expect(new URL(page.url()).pathname).toBe('/states/TCD');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'names Chad in French once the reader switches to French',
    async () => {
      const { page } = secretariat;
      await page.getByTestId('nav-dashboard').click();
      await page.getByTestId('needs-map-svg').waitFor();
      await page.getByTestId('language-fr').click();
      const chad = page.locator('[data-testid="map-state"][data-iso3="TCD"]');
      await waitUntil(
        secretariat,
        'the French name of Chad',
        () => chad.locator('title').textContent(),
        (text) => text === 'Tchad : 4 demandes en cours',
      );
      await chad.hover();
      await waitUntil(
        secretariat,
        "Chad's French tooltip",
        () => page.getByTestId('map-tooltip-name').innerText(),
        (name) => name === 'Tchad',
      );
      await expect(page.locator('#dashboard-title').innerText()).resolves.toBe('Tableau de bord');
      expect(secretariat.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('dashboard, as a donor', () => {
  const donor = useSession(web);

  it(
    'starts on funding, opens the dashboard from the bar, and shows it without a refusal: needs by region, no map',
    async () => {
      const { page } = donor;
      // Every GraphQL answer the donor's pages receive, searched for refusals.
      const refusals: string[] = [];
      page.on('response', (response) => {
        if (!response.url().endsWith('/graphql')) return;
        void response
          .text()
          .then((body) => {
            if (body.includes('FORBIDDEN')) refusals.push(body.slice(0, 300));
          })
          .catch(() => undefined);
      });
      await signInAs(donor, web.url, 'donor@demo.local');
      await page.getByTestId('gaps-table').waitFor();
      await expect(page.getByTestId('nav-funding').getAttribute('aria-current')).resolves.toBe('page');
      await page.getByTestId('nav-dashboard').click();
      await page.getByTestId('key-figures').waitFor();
      await page.locator('[data-testid="chart-by-region"] canvas').waitFor();
      await page.locator('[data-testid="chart-by-area-status"] canvas').waitFor();
      expect(Number(await page.getByTestId('figure-open-requests').getAttribute('data-value'))).toBeGreaterThan(0);
      await expect(page.getByTestId('needs-map').count()).resolves.toBe(0);
      await expect(page.getByTestId('figure-states').count()).resolves.toBe(0);
      await expect(page.getByTestId('load-error').count()).resolves.toBe(0);
      const text = await page.getByTestId('dashboard-page').innerText();
      expect(text).not.toMatch(/forbidden|FORBIDDEN|not by State/i);
      expect(refusals).toEqual([]);
      expect(donor.pageErrors).toEqual([]);
      expect(donor.problems).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
