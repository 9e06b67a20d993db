/**
 * The legal library (issue 16 part 2) in a real browser on the demo data: a search in Spanish and in French finds
 * the law by a word of its title, a language filter narrows it, and Mali's profile lists its law.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { startServer } from '../support/server.js';
import {
  describePage,
  launchBrowser,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  waitUntil,
  type BrowserSession,
} from './browser.js';

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

describe('the legal library', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'finds a law by a word of its title in Spanish or French, and lists a State’s laws on its profile',
    async () => {
      session = await openSession(browser, { locale: 'es-ES' });
      const s = session;
      const { page } = s;
      await signInAs(s, server.url, 'donor@demo.local');
      await page.getByTestId('nav-legislation').click();
      await page.getByTestId('legislation-row').first().waitFor();
      await expect(page.getByTestId('legislation-row').count()).resolves.toBe(5);
      const titles = () => page.getByTestId('legislation-row-title').allInnerTexts();
      await page.getByTestId('legislation-search').fill('municiones');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(s, 'the Spanish search', titles, (v) => v.length === 1);
      await expect(titles()).resolves.toEqual([
        'Ley de control de armas de fuego, municiones y explosivos (proyecto en revisión)',
      ]);
      await expect(page.getByTestId('legislation-count').innerText()).resolves.toBe('1 ley encontrada');
      const result = await new AxeBuilder({ page }).analyze();
      const blocking = result.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? ''));
      if (blocking.length) throw new Error(`axe: ${blocking.map((v) => v.id).join(', ')}\n${await describePage(s)}`);

      await page.getByTestId('legislation-search').fill('traite');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(s, 'the French search', titles, (v) =>
        v.includes('Loi relative à la lutte contre la traite des personnes et pratiques assimilées'),
      );
      await page.getByTestId('legislation-search').fill('code');
      await page.getByTestId('legislation-search').press('Enter');
      await waitUntil(s, 'both codes', titles, (v) => v.length === 2);
      await page.getByTestId('legislation-state').selectOption('MLI');
      await waitUntil(s, 'Mali’s code', titles, (v) => v.length === 1 && v[0] === 'Code de procédure pénale du Mali');

      await page.goto(`${server.url}/states/MLI`);
      const laws = page.getByTestId('state-legislation');
      await laws.waitFor();
      await expect(laws.innerText()).resolves.toMatch(/Code de procédure pénale du Mali/);
    },
    STEP_TIMEOUT_MS,
  );
});
