/**
 * A new version of a reporting cycle's questionnaire (issue 16), in a real browser on the demo data: the
 * secretariat saves Ghana's checklist as a draft, publishes version 2 of the 2008 questionnaire (one question
 * removed, one added, the form checking codes as typed), and the draft then answers version 2 with the answer it
 * kept; Senegal's submitted checklist stays on version 1 and says so. A field office is offered no such form.
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

async function expectAccessible(session: BrowserSession, what: string): Promise<void> {
  const result = await new AxeBuilder({ page: session.page }).analyze();
  const blocking = result.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? ''));
  if (blocking.length) {
    throw new Error(
      `axe found violations on ${what}: ${blocking.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ')}\n${await describePage(session)}`,
    );
  }
}

describe('publishing a new version of the questionnaire', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'lets the secretariat publish version 2, and a draft keeps its carried answer',
    async () => {
      session = await openSession(browser);
      const s = session;
      const { page } = s;
      await signInAs(s, server.url, 'secretariat@demo.local');

      // A draft under version 1: an answer to a question version 2 keeps, and one to a question it removes.
      await page.getByTestId('nav-cycles').click();
      await page.getByTestId('reported-GHA').getByRole('link').click();
      await page.getByTestId('checklist-form').waitFor();
      await page.getByTestId('answer-UNTOC-5').selectOption('PARTLY');
      await page.getByTestId('comment-UNTOC-5').fill('Bill before Parliament');
      await page.getByTestId('answer-TIP-5').selectOption('NO');
      await page.getByTestId('checklist-save-draft').click();
      await waitUntil(
        s,
        'the draft status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'In progress (draft)',
      );

      await page.getByTestId('nav-cycles').click();
      const version = page.getByTestId('questionnaire-version');
      await version.waitFor();
      await expect(version.innerText()).resolves.toMatch(/^Version 1 of the questionnaire, 10 questions/);
      await page.getByTestId('questionnaire-new').click();
      const form = page.getByTestId('questionnaire-form');
      await form.waitFor();
      await expect(page.getByTestId('q-5-code').inputValue()).resolves.toBe('TIP-5');
      await page.getByTestId('q-5-remove').click();
      await expect(form.locator('fieldset').count()).resolves.toBe(9);

      // A new question, checked as typed: a code already used is refused on the spot, in words.
      await page.getByTestId('questionnaire-add').click();
      await page.getByTestId('q-9-code').fill('UNTOC-5');
      await waitUntil(
        s,
        'the duplicate code refused',
        () => page.getByTestId('error-questions.9.code').innerText(),
        (v) => /Question 1 already has the code UNTOC-5/.test(v),
      );
      await page.getByTestId('q-9-code').fill('SOM-9');
      await expect(page.getByTestId('error-questions.9.code').count()).resolves.toBe(0);
      await page.getByTestId('q-9-instrumentCode').selectOption('SOM');
      await page.getByTestId('q-9-article').fill('art. 9');
      await page.getByTestId('q-9-textEn').fill('Are measures taken to protect smuggled migrants?');
      await page.getByTestId('q-9-textFr').fill('Des mesures protègent-elles les migrants objet d’un trafic ?');
      // Spanish left blank: publishing is refused before anything is sent, naming the field.
      await page.getByTestId('questionnaire-publish').click();
      await expect(page.getByTestId('error-questions.9.textEs').innerText()).resolves.toMatch(
        /English, French and Spanish/,
      );
      await expectAccessible(s, 'the new questionnaire version form');
      await page.getByTestId('q-9-textEs').fill('¿Se adoptan medidas para proteger a los migrantes objeto de tráfico?');
      await page.getByTestId('questionnaire-publish').click();
      await page.getByTestId('questionnaire-published').waitFor();
      await waitUntil(
        s,
        'the new version number',
        () => version.innerText(),
        (v) => /^Version 2 of the questionnaire, 10 questions/.test(v),
      );

      // The draft moved to version 2, carrying its UNTOC-5 answer; TIP-5 is no longer asked, SOM-9 is.
      await page.getByTestId('reported-GHA').getByRole('link').click();
      await page.getByTestId('checklist-form').waitFor();
      await expect(page.getByTestId('checklist-status').innerText()).resolves.toBe('In progress (draft)');
      await expect(page.getByTestId('checklist-questionnaire-version').innerText()).resolves.toBe(
        'questionnaire version 2',
      );
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('PARTLY');
      await expect(page.getByTestId('comment-UNTOC-5').inputValue()).resolves.toBe('Bill before Parliament');
      await expect(page.getByTestId('answer-TIP-5').count()).resolves.toBe(0);
      await expect(page.getByTestId('answer-SOM-9').inputValue()).resolves.toBe('');

      // Senegal's checklist, submitted under version 1, stays there; an update would answer version 2.
      await page.getByTestId('nav-cycles').click();
      await page.getByTestId('reported-SEN').getByRole('link').click();
      await page.getByTestId('checklist-older-version').waitFor();
      await expect(page.getByTestId('checklist-questionnaire-version').innerText()).resolves.toBe(
        'questionnaire version 1',
      );
      await expect(page.getByTestId('checklist-older-version').innerText()).resolves.toMatch(
        /submitted under version 1 .* current version is 2/,
      );
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'offers a field office no new-version form',
    async () => {
      session = await openSession(browser);
      const { page } = session;
      await signInAs(session, server.url, 'dakar@demo.local');
      await page.getByTestId('nav-cycles').click();
      await page.getByTestId('questionnaire-version').waitFor();
      await expect(page.getByTestId('questionnaire-new').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});
