/**
 * The directory of competent authorities (issue 15) in a real browser on the demo data: found by name and language;
 * the Dakar field office proposes a change to Senegal's entry (its form checks as it types); the secretariat
 * refuses to reject without a reason, then confirms, and the entry shows the change; in French too.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { pdfText } from '../support/pdf-text.js';
import {
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  WAIT_MS,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

const SENEGAL = 'Direction des affaires pénales et des grâces';

async function search(page: Page, text: string): Promise<void> {
  await page.getByTestId('authorities-filter-search').fill(text);
  await page.getByTestId('authorities-filter-search').press('Enter');
}

async function onlySenegal(page: Page): Promise<void> {
  await page.waitForFunction(
    () => {
      const rows = document.querySelectorAll('[data-testid="authority-row"]');
      return rows.length === 1 && rows[0]!.getAttribute('data-iso3') === 'SEN';
    },
    null,
    { timeout: WAIT_MS },
  );
}

describe('the directory of competent authorities', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'finds an entry by a word of its name and by the language it accepts',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'viewer@demo.local');
      await page.getByTestId('nav-authorities').click();
      await page.getByTestId('authority-row').first().waitFor();
      const all = Number(await page.getByTestId('authorities-total').getAttribute('data-count'));
      expect(all).toBeGreaterThanOrEqual(24);
      // The demo names the central authority of the fifteen French-speaking States alike.
      await search(page, 'pénales');
      await page.waitForFunction(() => document.querySelectorAll('[data-testid="authority-row"]').length === 15, null, {
        timeout: WAIT_MS,
      });
      await page.getByTestId('authorities-filter-state').selectOption('SEN');
      await onlySenegal(page);
      await expect(page.getByTestId('authority-row').innerText()).resolves.toContain(SENEGAL);
      // A viewer reads the directory and changes nothing.
      await expect(page.getByTestId('authority-change').count()).resolves.toBe(0);
      await expect(page.getByTestId('authority-proposals').count()).resolves.toBe(0);
      await page.getByTestId('authorities-filters-clear').click();
      await page.getByTestId('authorities-filter-language').selectOption('pt');
      await page.waitForFunction(
        (all) => {
          const total = Number(document.querySelector('[data-testid="authorities-total"]')?.getAttribute('data-count'));
          return total > 0 && total < all;
        },
        all,
        { timeout: WAIT_MS },
      );
      for (const row of await page.getByTestId('authority-row').allInnerTexts()) expect(row).toMatch(/PT/);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'takes a field office’s proposal for its State to the secretariat, who confirms it only with its reasons heard',
    async () => {
      const phone = `+221 33 ${String(Date.now()).slice(-6)}`;
      session = await openSession(web.browser);
      let { page } = session;
      await signInAs(session, web.url, 'dakar@demo.local');
      await page.goto(`${web.url}/authorities`);
      await page.getByTestId('authority-row').first().waitFor();
      await page.getByTestId('authorities-filter-state').selectOption('SEN');
      await onlySenegal(page);
      await page.getByTestId('authority-change').click();
      const form = page.getByTestId('authority-form');
      await expect(form.getAttribute('data-mode')).resolves.toBe('propose');
      // Checked as typed, with the API's own rules.
      await page.getByTestId('authority-email').fill('not an address');
      await page.getByTestId('authority-email').blur();
      await expect(page.getByTestId('error-email').innerText()).resolves.toMatch(/e-mail address/);
      await page.getByTestId('authority-languages').fill('fr, english');
      await page.getByTestId('authority-languages').blur();
      await expect(page.getByTestId('error-languages').innerText()).resolves.toMatch(/two-letter/);
      await page.getByTestId('authority-submit').click();
      await expect(form.isVisible()).resolves.toBe(true);
      await page.getByTestId('authority-email').fill('central.authority@justice.sen.example');
      await page.getByTestId('authority-languages').fill('fr, en');
      await page.getByTestId('authority-phone').fill(phone);
      await page.getByTestId('authority-note').fill('New switchboard number, confirmed by the Ministry');
      await page.getByTestId('authority-submit').click();
      await page.getByTestId('authority-said').waitFor();
      // The office sees its proposal waiting, and cannot decide it.
      await page.getByTestId('authority-proposal').first().waitFor();
      await expect(page.getByTestId('authority-proposal-confirm').count()).resolves.toBe(0);
      await session.context.close();

      session = await openSession(web.browser);
      page = session.page;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/authorities`);
      const proposal = page.getByTestId('authority-proposal').filter({ hasText: 'New switchboard number' });
      await proposal.waitFor();
      await expect(proposal.innerText()).resolves.toContain(phone);
      await proposal.getByTestId('authority-proposal-reject').click();
      await expect(proposal.getByTestId('authority-proposal-problem').innerText()).resolves.toMatch(/Say why/);
      await proposal.getByTestId('authority-proposal-confirm').click();
      await proposal.waitFor({ state: 'detached', timeout: WAIT_MS });
      await page.getByTestId('authorities-filter-state').selectOption('SEN');
      await page.waitForFunction(
        (phone) => {
          const rows = document.querySelectorAll('[data-testid="authority-row"]');
          return rows.length === 1 && (rows[0] as HTMLElement).innerText.includes(phone);
        },
        phone,
        { timeout: WAIT_MS },
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'speaks French: Répertoire, entraide judiciaire',
    async () => {
      session = await openSession(web.browser, { locale: 'fr-FR' });
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await expect(page.getByTestId('nav-authorities').innerText()).resolves.toBe('Répertoire');
      await page.getByTestId('nav-authorities').click();
      await page.getByTestId('authority-row').first().waitFor();
      await expect(page.locator('h1').innerText()).resolves.toBe('Répertoire des autorités compétentes');
      await expect(page.getByTestId('authorities-table').innerText()).resolves.toMatch(/entraide judiciaire/);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'prints an authority’s “how to send us a request” sheet as a PDF in the language chosen',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'donor@demo.local');
      await page.goto(`${web.url}/authorities`);
      await page.getByTestId('authority-row').first().waitFor();
      await page.getByTestId('authorities-filter-state').selectOption('SEN');
      await onlySenegal(page);
      for (const [code, title] of [
        ['FR', 'Comment nous adresser une demande'],
        ['ES', 'Cómo enviarnos una solicitud'],
      ] as const) {
        const [download] = await Promise.all([
          page.waitForEvent('download'),
          page.getByTestId(`authority-request-sheet-${code}`).click(),
        ]);
        expect(download.suggestedFilename()).toBe(
          `request-sheet-sen-mutual-legal-assistance-${code.toLowerCase()}.pdf`,
        );
        const pdf = await readFile((await download.path())!);
        expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
        const text = pdfText(pdf);
        expect(text).toContain(title);
        expect(text).toContain('Direction des affaires pénales et des grâces');
      }
    },
    STEP_TIMEOUT_MS,
  );
});
