/**
 * The main paths on a 390 × 844 phone, in a real browser against the real built system on the demo data,
 * signed in as the Dakar field office: the requests list as cards (State, status and the details button inside
 * the screen), the filters folded behind a "Filters" button that counts them, a filter applied from the panel,
 * a request's drawer, a request logged, and the funding page. At every step the page does not scroll sideways
 * (`scrollWidth <= innerWidth`); the header's language buttons are all on screen.
 */
import type { Locator, Page } from 'playwright-core';
import { countOf, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const WIDTH = 390;
const HEIGHT = 844;

const web = useServerAndBrowser({ session: { viewport: { width: WIDTH, height: HEIGHT } } });
const session = web.session;
let page: Page;
const description = `E2E phone: Mali asks for training on firearms (${Date.now()})`;

beforeAll(() => {
  page = session.page;
});

/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(what: string): Promise<void> {
  const [scrollWidth, innerWidth] = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    window.innerWidth,
  ]);
  if (scrollWidth > innerWidth) {
    const wide = await page.evaluate((limit) => {
      const out: string[] = [];
      for (const el of document.querySelectorAll<HTMLElement>('body *')) {
        const box = el.getBoundingClientRect();
        if (box.right > limit + 1 && box.width > 0)
          out.push(`${el.tagName}.${el.className} → ${Math.round(box.right)}`);
      }
      return out.slice(0, 10);
    }, innerWidth);
    throw new Error(`${what}: the page scrolls sideways (${scrollWidth} > ${innerWidth}):\n${wide.join('\n')}`);
  }
  expect(innerWidth).toBe(WIDTH);
}

/** The element is on the screen's width (not cut off at the right or left). */
async function expectWithinWidth(locator: Locator, what: string): Promise<void> {
  const box = await locator.boundingBox();
  if (!box) throw new Error(`${what} is not shown`);
  expect({ what, left: box.x >= 0, right: box.x + box.width <= WIDTH }).toEqual({ what, left: true, right: true });
}

async function settledTable(): Promise<void> {
  await page.locator('[data-testid="requests-table"][aria-busy="false"]').waitFor();
}

describe('the main paths on a 390 px phone (Dakar field office)', () => {
  it(
    'signs in with every language button on screen',
    async () => {
      await signInAs(session, web.url, 'dakar@demo.local');
      for (const lang of ['en', 'fr', 'es']) await expectWithinWidth(page.getByTestId(`language-${lang}`), lang);
      await expectNoSidewaysScroll('after signing in');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "keeps the brand clear of the notifications in French and Spanish (the header's longest words)",
    async () => {
      for (const lang of ['fr', 'es'] as const) {
        await page.getByTestId(`language-${lang}`).click();
        await waitUntil(
          session,
          `the header in ${lang}`,
          () => page.locator('html').getAttribute('lang'),
          (shown) => shown === lang,
        );
        // The brand's text as drawn (a word wider than its box spills out of it), and the notifications link.
        const boxes = await page.evaluate(() => {
          const name = document.querySelector('[data-testid="app-name"]');
          const link = document.querySelector('[data-testid="notifications-link"]');
          if (!name || !link) return null;
          const range = document.createRange();
          range.selectNodeContents(name);
          const rect = (r: DOMRect) => ({ left: r.left, right: r.right, top: r.top, bottom: r.bottom });
          return { brand: rect(range.getBoundingClientRect()), link: rect(link.getBoundingClientRect()) };
        });
        if (!boxes) throw new Error('the brand or the notifications link is not shown');
        const { brand, link } = boxes;
        const overlap =
          brand.left < link.right && link.left < brand.right && brand.top < link.bottom && link.top < brand.bottom;
        expect({ lang, overlap, brand, link }).toEqual({ lang, overlap: false, brand, link });
        // The link still says what it is (its word may give way to an icon on a phone).
        const name = lang === 'fr' ? 'Notifications' : 'Notificaciones';
        await expect(page.getByTestId('app-header').getByRole('link', { name }).count()).resolves.toBe(1);
        await expectWithinWidth(page.getByTestId('notifications-link'), `notifications (${lang})`);
        await expectNoSidewaysScroll(`header in ${lang}`);
      }
      await page.getByTestId('language-en').click();
      await waitUntil(
        session,
        'the header in English again',
        () => page.locator('html').getAttribute('lang'),
        (shown) => shown === 'en',
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows the requests as cards, status and details inside the screen, the filters folded',
    async () => {
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('request-row').first().waitFor();
      await settledTable();
      // The filters wait behind their button: the first request is on the first screen.
      await expect(page.getByTestId('filter-state').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('filters-toggle').innerText()).resolves.toBe('Filters');
      const first = page.getByTestId('request-row').first();
      const firstBox = await first.boundingBox();
      expect(firstBox && firstBox.y < HEIGHT).toBe(true);
      for (const cell of ['cell-state', 'cell-status', 'request-details'])
        await expectWithinWidth(first.getByTestId(cell), cell);
      // A card names each value: the status cell carries its column's heading.
      await expect(first.getByTestId('cell-status').getAttribute('data-label')).resolves.toBe('Status');
      await expectNoSidewaysScroll('requests list');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'filters from the panel, which then counts the filter set',
    async () => {
      const before = await countOf(page, 'requests-total');
      await page.getByTestId('filters-toggle').click();
      await expect(page.getByTestId('filters-toggle').getAttribute('aria-expanded')).resolves.toBe('true');
      await page.getByTestId('filter-status').selectOption('RECEIVED');
      await expectWithinWidth(page.getByTestId('filter-status'), 'status filter');
      await expectNoSidewaysScroll('filter panel open');
      await waitUntil(
        session,
        'the list filtered to RECEIVED',
        async () => {
          await settledTable();
          const statuses = await page
            .getByTestId('request-row')
            .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-status')));
          return { total: await countOf(page, 'requests-total'), statuses };
        },
        ({ total, statuses }) => total < before && statuses.length > 0 && statuses.every((s) => s === 'RECEIVED'),
      );
      await page.getByTestId('filters-toggle').click();
      await expect(page.getByTestId('filter-status').isVisible()).resolves.toBe(false);
      await expect(page.getByTestId('filters-toggle').innerText()).resolves.toBe('Filters (1)');
      await expect(page.getByTestId('filters-toggle').getAttribute('data-count')).resolves.toBe('1');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "opens a request's drawer inside the screen",
    async () => {
      await page.getByTestId('request-details').first().click();
      const drawer = page.getByTestId('request-drawer');
      await page.getByTestId('request-description').waitFor();
      await expectWithinWidth(page.getByTestId('request-description'), 'the description');
      await expectNoSidewaysScroll('request drawer');
      await page.keyboard.press('Escape');
      await drawer.waitFor({ state: 'hidden' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'logs a request from the phone',
    async () => {
      await page.getByTestId('log-request-open').click();
      const dialog = page.getByTestId('log-request-dialog');
      await dialog.waitFor({ state: 'visible' });
      await expectWithinWidth(page.getByTestId('form-submit'), 'the submit button');
      await expectNoSidewaysScroll('log-request form');
      await page.getByTestId('form-state').selectOption('MLI');
      await page.getByTestId('form-priority-area').selectOption({ index: 1 });
      await page.getByTestId('form-kind').selectOption('TRAINING');
      await page.getByTestId('form-channel').selectOption('field-office');
      await page.getByTestId('form-topic-firearms').check();
      await page.getByTestId('form-description').fill(description);
      await page.getByTestId('form-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('notice-logged').waitFor();
      await expectWithinWidth(page.getByTestId('notice-logged'), 'the confirmation');
      await expectNoSidewaysScroll('after logging');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'opens the funding page: gaps and contributions as cards, inside the screen',
    async () => {
      await page.getByTestId('nav-funding').scrollIntoViewIfNeeded();
      await page.getByTestId('nav-funding').click();
      await page.getByTestId('gap-area-row').first().waitFor();
      await page.locator('[data-testid="chart-by-area"] canvas').waitFor();
      const area = page.getByTestId('gap-area-row').first();
      await expectWithinWidth(area.getByTestId('cell-gap'), 'the gap');
      await expectWithinWidth(page.locator('[data-testid="chart-by-area"] canvas'), 'the chart');
      await expectNoSidewaysScroll('funding page');
    },
    STEP_TIMEOUT_MS,
  );
});
