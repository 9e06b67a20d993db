/**
 * An activity's results, delivery and money in the drawer, in a real browser on the demo data (issue 13): the Dakar
 * indicators come from the workshop's recorded outcome (para. 9: 20 checklists, 6 States updated) and are not
 * illustrative; the reporting proposal's indicators are marked illustrative; planned cost, funded, spent and
 * balance per year are the API's figures; the labels follow the language.
 */
import { openSession, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;

describe('results, delivery and money in the activity drawer', () => {
  it(
    'shows a donor the Dakar indicators from the recorded outcome, the illustrative ones marked, and spent against funded',
    async () => {
      const { page } = session;
      await signInAs(session, web.url, 'donor@demo.local');

      // The regional workshops under way in 2008 (IV.A-1), which the Dakar workshop delivered.
      await page.goto(`${web.url}/programme?phase=all&section=IV.A`);
      await page.locator('[data-testid="activity-row"][data-code="IV.A-1"]').getByTestId('activity-open').click();
      const detail = page.getByTestId('activity-detail');
      await waitUntil(
        session,
        'the regional workshops',
        () => detail.getAttribute('data-code'),
        (code) => code === 'IV.A-1',
      );
      await expect(detail.getByTestId('delivery-status').getAttribute('data-status')).resolves.toBe('IN_DELIVERY');
      const checklists = detail.locator('[data-testid="indicator-row"][data-measure="CHECKLISTS_COMPLETED"]');
      const updated = detail.locator('[data-testid="indicator-row"][data-measure="STATES_UPDATED"]');
      await checklists.waitFor();
      await expect(checklists.getAttribute('data-illustrative')).resolves.toBe('false');
      await expect(checklists.getByTestId('indicator-illustrative').count()).resolves.toBe(0);
      const actual = checklists.getByTestId('indicator-actual');
      await expect(actual.getAttribute('data-year')).resolves.toBe('2008');
      await expect(actual.getAttribute('data-value')).resolves.toBe('20.00');
      await expect(actual.getAttribute('data-source')).resolves.toBe('WORKSHOP_OUTCOME');
      await expect(actual.innerText()).resolves.toMatch(/2008: 20 — from 1 recorded workshop outcome/);
      await expect(updated.getByTestId('indicator-actual').getAttribute('data-value')).resolves.toBe('6.00');
      await page.getByTestId('activity-drawer').getByTestId('dialog-close').click();

      // The proposal for reporting sessions (para. 9): illustrative indicators.
      await page.goto(`${web.url}/programme?section=II.B.1`);
      await page.locator('[data-testid="activity-row"][data-code="II.B.1-1"]').getByTestId('activity-open').click();
      await waitUntil(
        session,
        'the reporting proposal',
        () => detail.getAttribute('data-code'),
        (code) => code === 'II.B.1-1',
      );
      await detail.getByTestId('indicator-row').first().waitFor();
      const rows = await detail.getByTestId('indicator-row').count();
      expect(rows).toBe(3);
      await expect(detail.getByTestId('indicator-illustrative').count()).resolves.toBe(rows);
      await expect(
        detail.locator('[data-testid="indicator-actual"][data-source="REPORT"]').first().innerText(),
      ).resolves.toMatch(/report/);
      await page.getByTestId('activity-drawer').getByTestId('dialog-close').click();

      // The Balkans workshop, paid for in full: planned cost, funded, spent and balance are the API's figures.
      await page.goto(`${web.url}/programme?section=IV.B.5`);
      await page.locator('[data-testid="activity-row"][data-code="IV.B.5-1"]').getByTestId('activity-open').click();
      await waitUntil(
        session,
        'the Balkans workshop',
        () => detail.getAttribute('data-code'),
        (code) => code === 'IV.B.5-1',
      );
      await detail.getByTestId('activity-money-row').first().waitFor();
      const y2009 = detail.locator('[data-testid="activity-money-row"][data-year="2009"]');
      const money = await y2009
        .locator('.money')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-value')));
      const [cost, funded, spent, balance] = money.map((v) => BigInt((v ?? '').replace('.', '')));
      expect(spent).toBeGreaterThan(0n);
      expect(funded).toBeGreaterThan(0n);
      expect(cost).toBeGreaterThanOrEqual(funded!);
      expect(balance).toBe(funded! - spent!);
      await expect(detail.getByTestId('activity-spent').locator('.money').getAttribute('data-value')).resolves.toBe(
        money[2],
      );

      // In French: the headings, the delivery status and the marker's wording.
      await page.getByTestId('activity-drawer').getByTestId('dialog-close').click();
      await page.getByTestId('language-fr').click();
      await page.locator('[data-testid="activity-row"][data-code="IV.B.5-1"]').getByTestId('activity-open').click();
      await waitUntil(
        session,
        'the French labels',
        () => detail.getByTestId('activity-results').locator('h3').innerText(),
        (text) => text === 'Résultats',
      );
      await expect(detail.getByTestId('delivery-status').innerText()).resolves.toBe('En cours d’exécution');
      await expect(detail.getByTestId('activity-results').innerText()).resolves.toMatch(/Aucun résultat défini/);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets the secretariat record money spent: refused beyond the allocation, recorded once flagged with a reason',
    async () => {
      const secretariat = await openSession(web.browser);
      try {
        const { page } = secretariat;
        await signInAs(secretariat, web.url, 'secretariat@demo.local');
        await page.goto(`${web.url}/programme?section=IV.B.5`);
        await page.locator('[data-testid="activity-row"][data-code="IV.B.5-1"]').getByTestId('activity-open').click();
        const detail = page.getByTestId('activity-detail');
        await waitUntil(
          secretariat,
          'the Balkans workshop',
          () => detail.getAttribute('data-code'),
          (code) => code === 'IV.B.5-1',
        );
        const spent = async () =>
          BigInt(
            ((await detail.getByTestId('activity-spent').locator('.money').getAttribute('data-value')) ?? '').replace(
              '.',
              '',
            ),
          );
        const before = await spent();
        await detail.getByTestId('expenditure-open').click();
        await detail.getByTestId('expenditure-year').selectOption('2009');
        await detail.getByTestId('expenditure-category').selectOption('TRAVEL');
        await detail.getByTestId('expenditure-amount').fill('9999999.00');
        await detail.getByTestId('expenditure-spent-on').fill('2009-09-01');
        await detail.getByTestId('expenditure-submit').click();
        // The API's refusal (OVERSPENT) is said on the amount, in the reader's words; nothing is recorded.
        await detail.getByTestId('error-amount').waitFor();
        await expect(detail.getByTestId('error-amount').innerText()).resolves.toMatch(/allocat/i);
        await expect(detail.getByTestId('expenditure-recorded').count()).resolves.toBe(0);

        await detail.getByTestId('expenditure-amount').fill('123.45');
        await detail.getByTestId('expenditure-beyond').check();
        await detail.getByTestId('expenditure-submit').click();
        await detail.getByTestId('error-beyondAllocationReason').waitFor();
        await detail.getByTestId('expenditure-reason').fill('Interpreters booked before the pledge was paid');
        await detail.getByTestId('expenditure-submit').click();
        await detail.getByTestId('expenditure-recorded').waitFor();
        await waitUntil(secretariat, 'the spending to show', spent, (now) => now === before + 12345n);
        expect(secretariat.pageErrors).toEqual([]);
      } finally {
        await secretariat.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
