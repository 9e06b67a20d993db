/**
 * The self-assessment checklist and who has reported (issue 16), in a real browser on the demo data: the Dakar
 * field office sees who has reported in the 2008 cycle, fills in Ghana's checklist, keeps it through a reload,
 * saves it as a draft and submits it; the secretariat accepts its need for training; the cycle page in French.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import {
  describePage,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

async function expectAccessible(session: BrowserSession, what: string): Promise<void> {
  const result = await new AxeBuilder({ page: session.page }).analyze();
  const blocking = result.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? ''));
  if (blocking.length) {
    throw new Error(
      `axe found violations on ${what}: ${blocking.map((v) => `${v.id} at ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`).join('; ')}\n${await describePage(session)}`,
    );
  }
}

const cell = (page: Page, iso3: string) => page.getByTestId(`reported-${iso3}`).getByTestId('reported-status');

describe('the checklist and who has reported', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'lets the Dakar office fill in a checklist, keep it through a reload, save a draft and submit it',
    async () => {
      session = await openSession(web.browser);
      const s = session;
      const { page } = s;
      await signInAs(s, web.url, 'dakar@demo.local');
      await page.getByTestId('nav-cycles').click();
      const africa = page.getByTestId('region-Africa');
      await africa.waitFor();
      await expect(africa.getByTestId('region-submitted').innerText()).resolves.toBe('20');
      await expect(cell(page, 'SEN').innerText()).resolves.toBe('Updated');
      await expect(cell(page, 'TGO').innerText()).resolves.toBe('Submitted');
      await page.getByTestId('reported-show').selectOption('notReported');
      await expect(page.getByTestId('reported-SEN').count()).resolves.toBe(0);
      await expect(cell(page, 'GHA').innerText()).resolves.toBe('Not started');
      await expectAccessible(s, 'the cycle page');

      await page.getByTestId('reported-GHA').getByRole('link').click();
      const form = page.getByTestId('checklist-form');
      await form.waitFor();
      await expect(page.getByTestId('checklist-status').innerText()).resolves.toBe('Not started');
      await page.getByTestId('checklist-focal-point').fill('Ministry of Justice, Accra');
      await page.getByTestId('answer-UNTOC-5').selectOption('PARTLY');
      await page.getByTestId('answer-UNTOC-29').selectOption('NO');
      await page.getByTestId('needs-UNTOC-29').check();
      await page.getByTestId('kind-UNTOC-29').selectOption('TRAINING');
      await page.getByTestId('topics-UNTOC-29').selectOption(['cybercrime']);
      await page.getByTestId('comment-UNTOC-29').fill('Prosecutors ask for training on electronic evidence');
      await expectAccessible(s, 'the checklist form');
      // Kept on the device as typed: a reload loses nothing.
      await waitUntil(
        s,
        'the draft to be written',
        () => form.getAttribute('data-draft-saved'),
        (v) => Boolean(v),
      );
      await page.reload();
      await page.getByTestId('checklist-draft-restored').waitFor();
      await expect(page.getByTestId('checklist-focal-point').inputValue()).resolves.toBe('Ministry of Justice, Accra');
      await expect(page.getByTestId('kind-UNTOC-29').inputValue()).resolves.toBe('TRAINING');

      // Saved as a draft on the server: IN_PROGRESS, and the cycle page counts it as a draft, not a report.
      await page.getByTestId('checklist-save-draft').click();
      await waitUntil(
        s,
        'the draft saved',
        () => page.getByTestId('checklist-saved').count(),
        (n) => n === 1,
      );
      await waitUntil(
        s,
        'the draft status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'In progress (draft)',
      );
      await page.reload();
      await waitUntil(
        s,
        'the saved answers after a reload',
        () => page.getByTestId('comment-UNTOC-29').inputValue(),
        (v) => v === 'Prosecutors ask for training on electronic evidence',
      );
      await expect(page.getByTestId('answer-UNTOC-5').inputValue()).resolves.toBe('PARTLY');

      // Submitting with questions unanswered is refused, in words; answered, it is submitted.
      await page.getByTestId('checklist-submit').click();
      await expect(page.getByTestId('checklist-error').innerText()).resolves.toMatch(/Answer every question/);
      for (const code of ['UNTOC-6', 'UNTOC-18', 'UNTOC-32', 'TIP-5', 'TIP-6', 'SOM-6', 'FIREARMS-5', 'FIREARMS-7']) {
        await page.getByTestId(`answer-${code}`).selectOption('YES');
      }
      await page.getByTestId('checklist-submit').click();
      await waitUntil(
        s,
        'the submitted status',
        () => page.getByTestId('checklist-status').innerText(),
        (v) => v === 'Submitted',
      );
      await expect(page.getByTestId('checklist-save-draft').count()).resolves.toBe(0);
      await expect(page.getByTestId('need-UNTOC-29').innerText()).resolves.toMatch(/waiting for the secretariat/);
    },
    STEP_TIMEOUT_MS * 2,
  );

  it(
    'lets the secretariat accept the submitted need, which becomes a request',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-cycles').click();
      await page.getByTestId('reported-GHA').getByRole('link').click();
      await page.getByTestId('accept-UNTOC-29').click();
      await waitUntil(
        session,
        'the accepted need',
        () => page.getByTestId('need-UNTOC-29').innerText(),
        (v) => /Need accepted/.test(v),
      );
      await expect(page.getByTestId('need-UNTOC-29').getByRole('link').getAttribute('href')).resolves.toMatch(
        /^\/requests\?id=/,
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'says who has not yet reported in French',
    async () => {
      session = await openSession(web.browser, { locale: 'fr-FR' });
      const { page } = session;
      await signInAs(session, web.url, 'donor@demo.local');
      await page.goto(`${web.url}/cycles`);
      const counts = page.getByTestId('reported-counts');
      await counts.waitFor();
      await expect(counts.innerText()).resolves.toMatch(/N’ont pas encore fait rapport/);
      await expect(cell(page, 'SEN').innerText()).resolves.toBe('Mise à jour');
      // A donor sees who has reported, not the States' answers: no link to the checklists.
      await expect(page.getByTestId('reported-SEN').getByRole('link').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});
