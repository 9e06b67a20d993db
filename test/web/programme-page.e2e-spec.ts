/**
 * The programme page in a real browser, against the real built system on the demo data: the planner's grid
 * with the API's totals, a filter, Spanish labels, an activity's details and its history, and a request's
 * details drawer with its history; the phase filter (the proposals by default, the work under way in 2008, or
 * both) and a proposal's link to the current work it builds on.
 */
import { countOf, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;

describe('programme page', () => {
  it(
    'shows the activities × years grid with the programme totals, and filters by priority area',
    async () => {
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-programme').click();
      const all = await waitUntil(
        session,
        'the activities',
        () => countOf(page, 'activities-total'),
        (n) => n > 0,
      );
      await expect(page.getByTestId('activity-row').count()).resolves.toBe(Math.min(all, 25));
      for (const year of [2009, 2010, 2011]) await page.getByTestId(`year-header-${year}`).waitFor();
      const total2009 = await page.getByTestId('total-2009').locator('.money').getAttribute('data-value');
      expect(total2009).toMatch(/^\d+\.\d{2}$/);
      // Illustrative figures say so.
      expect(await page.getByTestId('activity-row').first().getByTestId('illustrative-marker').count()).toBe(1);

      await page.getByTestId('programme-filter-area').selectOption('C');
      const areaC = await waitUntil(
        session,
        'area C only',
        () => countOf(page, 'activities-total'),
        (n) => n > 0 && n < all,
      );
      await waitUntil(
        session,
        'rows of area C',
        () =>
          page.getByTestId('activity-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? '')),
        (codes) => codes.length === Math.min(areaC, 25) && codes.every((c) => c.startsWith('IV.')),
      );
      expect(new URL(page.url()).searchParams.get('area')).toBe('C');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'switches to Spanish: headings, columns, statuses and the navigation',
    async () => {
      const { page } = session;
      await page.getByTestId('language-es').click();
      await waitUntil(
        session,
        'Spanish title',
        () => page.locator('#programme-title').innerText(),
        (t) => t === 'Programa 2009-2011',
      );
      await expect(page.getByTestId('nav-programme').innerText()).resolves.toBe('Programa');
      await expect(page.getByTestId('nav-funding').innerText()).resolves.toBe('Financiación');
      const headers = await page.getByTestId('activities-grid').locator('thead th').allInnerTexts();
      expect(headers.map((h) => h.trim().toLowerCase())).toEqual(
        expect.arrayContaining(['código', 'actividad', 'esfera prioritaria', 'situación', 'tipo', 'total']),
      );
      await expect(page.getByTestId('programme-totals').innerText()).resolves.toContain('Total del programa');
      await expect(page.getByTestId('activity-row').first().innerText()).resolves.toMatch(
        /Propuesta|Financiada|Aprobada/,
      );
      // Amounts are written the Spanish way (point for thousands, comma for decimals).
      await expect(page.getByTestId('total-all').innerText()).resolves.toMatch(/^\d{1,3}(\.\d{3})+(,\d{2})?$/);

      await page.getByTestId('language-en').click();
      await waitUntil(
        session,
        'English title',
        () => page.locator('#programme-title').innerText(),
        (t) => t === 'Programme 2009–2011',
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "opens an activity's details, with its cost lines, allocations and history",
    async () => {
      const { page } = session;
      const row = page.locator('[data-testid="activity-row"][data-code="IV.B.5-1"]');
      await row.getByTestId('activity-open').click();
      const detail = page.getByTestId('activity-detail');
      await detail.waitFor();
      await expect(detail.getAttribute('data-code')).resolves.toBe('IV.B.5-1');
      expect(await detail.getByTestId('cost-line').count()).toBeGreaterThan(0);
      await expect(detail.getByTestId('allocation-row').count()).resolves.toBeGreaterThan(0);
      await page.getByTestId('activity-move-form').waitFor();
      expect(new URL(page.url()).searchParams.get('activity')).toBe(await detail.getAttribute('data-id'));

      await detail.getByTestId('history-open').click();
      const history = page.getByTestId('history-dialog');
      await waitUntil(
        session,
        'history entries',
        () => history.getByTestId('history-entry').count(),
        (n) => n > 0,
      );
      await history.getByTestId('dialog-close').click();
      await page.getByTestId('activity-drawer').getByTestId('dialog-close').click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "opens a request's details from the requests table, with its moves and history",
    async () => {
      const { page } = session;
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('request-row').first().waitFor();
      await page.getByTestId('request-row').first().getByTestId('request-details').click();
      const detail = page.getByTestId('request-detail');
      await detail.waitFor();
      expect(await detail.getByTestId('request-moves').locator('li').count()).toBeGreaterThan(0);
      await detail.getByTestId('history-open').click();
      await waitUntil(
        session,
        'history entries',
        () => page.getByTestId('history-dialog').getByTestId('history-entry').count(),
        (n) => n > 0,
      );
      // State names lead to the State's profile.
      await page.getByTestId('history-dialog').getByTestId('dialog-close').click();
      await page.getByTestId('request-drawer').getByTestId('dialog-close').click();
      const state = page.getByTestId('request-row').first().getByTestId('state-link');
      const iso3 = await state.getAttribute('data-iso3');
      await state.click();
      await page.locator(`[data-testid="state-page"][data-iso3="${iso3}"]`).waitFor();
      await page.getByTestId('state-requests-by-status').waitFor();
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'filters by phase: the proposals by default, the current work, or both; a proposal links to what it builds on',
    async () => {
      const { page } = session;
      await page.goto(`${web.url}/programme`);
      const phaseOf = () =>
        page.getByTestId('activity-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-phase') ?? ''));
      const proposed = await waitUntil(
        session,
        'the proposals',
        () => countOf(page, 'activities-total'),
        (n) => n > 0,
      );
      expect(new Set(await phaseOf())).toEqual(new Set(['PROPOSED']));
      await expect(page.getByTestId('programme-filter-phase').inputValue()).resolves.toBe('');

      await page.getByTestId('programme-filter-phase').selectOption('CURRENT');
      const current = await waitUntil(
        session,
        'the current activities',
        () => countOf(page, 'activities-total'),
        (n) => n > 0 && n !== proposed,
      );
      await waitUntil(
        session,
        'current rows only',
        phaseOf,
        (phases) => phases.length === Math.min(current, 25) && phases.every((p) => p === 'CURRENT'),
      );
      expect(await page.getByTestId('activity-row').first().getByTestId('activity-phase').count()).toBe(1);
      expect(new URL(page.url()).searchParams.get('phase')).toBe('current');

      await page.getByTestId('programme-filter-phase').selectOption('ALL');
      await waitUntil(
        session,
        'both phases',
        () => countOf(page, 'activities-total'),
        (n) => n === proposed + current,
      );
      expect(new URL(page.url()).searchParams.get('phase')).toBe('all');

      // The para. 25 proposal builds on the legal advice already given (para. 17): its link opens that activity.
      await page.getByTestId('programme-filters-clear').click();
      await waitUntil(
        session,
        'the proposals again',
        () => countOf(page, 'activities-total'),
        (n) => n === proposed,
      );
      await page.locator('[data-testid="activity-row"][data-code="III.B.2-1"]').getByTestId('activity-open').click();
      const link = page.getByTestId('activity-builds-on').getByTestId('activity-builds-on-link').first();
      await expect(link.innerText()).resolves.toMatch(/^III\.A\.2-1/);
      await link.click();
      await waitUntil(
        session,
        'the current activity',
        () => page.getByTestId('activity-detail').getAttribute('data-code'),
        (code) => code === 'III.A.2-1',
      );
      await expect(page.getByTestId('activity-detail').getByTestId('activity-phase').innerText()).resolves.toBe(
        'Current',
      );

      // Madagascar's profile shows that legal advice as current work, without a cost, and opens it on the grid.
      await page.goto(`${web.url}/states/MDG`);
      const advice = page.locator('[data-testid="state-activity"][data-code="III.A.2-1"]');
      await advice.waitFor();
      await expect(advice.getByTestId('activity-phase').innerText()).resolves.toBe('Current');
      await advice.getByRole('link').click();
      await waitUntil(
        session,
        'the current activity from the State profile',
        () => page.getByTestId('activity-detail').getAttribute('data-code'),
        (code) => code === 'III.A.2-1',
      );
      expect(new URL(page.url()).searchParams.get('phase')).toBe('all');
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
