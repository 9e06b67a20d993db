/**
 * Partner organisations (issue 15) in a real browser on the demo data: a viewer finds the document's partners with
 * their IATI type and identifier and the activities each takes part in, with roles; the secretariat opens one of
 * them from there and names UNDP as its funder, which the organisations page then shows.
 */
import type { Page } from 'playwright-core';
import {
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

async function search(session: BrowserSession, text: string, name: string): Promise<void> {
  const { page } = session;
  await page.getByTestId('organisations-filter-search').fill(text);
  await page.getByTestId('organisations-filter-search').press('Enter');
  await waitUntil(
    session,
    `${name} alone`,
    () => page.getByTestId('organisation-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name'))),
    (names) => names.length === 1 && names[0] === name,
  );
}

const rolesOf = (page: Page) =>
  page.getByTestId('organisation-row').getByTestId('organisation-activity').allInnerTexts();

describe('partner organisations', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'lists each organisation with its type, IATI identifier and the activities and workshops it takes part in',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'viewer@demo.local');
      await page.getByTestId('nav-organisations').click();
      await page.getByTestId('organisation-row').first().waitFor();
      await search(session, 'Partnership for Peace', 'Partnership for Peace');
      const roles = await rolesOf(page);
      expect(roles).toHaveLength(2);
      for (const r of roles) expect(r).toMatch(/\(implementing\)$/);
      expect(roles.some((r) => r.startsWith('VI.B.1-4'))).toBe(true);
      await search(session, 'Governance in the Arab Region', 'UNDP Programme on Governance in the Arab Region');
      await expect(page.getByTestId('organisation-workshop').allInnerTexts()).resolves.toContainEqual(
        expect.stringMatching(/Cairo \(implementing\)$/),
      );
      await page.getByTestId('organisations-filter-search').fill('');
      await page.getByTestId('organisations-filter-search').press('Enter');
      await page.getByTestId('organisations-filter-type').selectOption('GOVERNMENT');
      await waitUntil(
        session,
        'governments only',
        () => page.getByTestId('organisation-row').locator('td').first().innerText(),
        (text) => text.startsWith('government (10)'),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets the secretariat name an activity’s organisations with their roles',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/organisations`);
      await page.getByTestId('organisation-row').first().waitFor();
      await search(session, 'Partnership for Peace', 'Partnership for Peace');
      await page.getByTestId('organisation-activity-link').filter({ hasText: 'VI.B.1-4' }).click();
      const detail = page.getByTestId('activity-detail');
      await expect(detail.getAttribute('data-code')).resolves.toBe('VI.B.1-4');
      await expect(detail.getByTestId('activity-organisation').allInnerTexts()).resolves.toEqual([
        'NATO (implementing)',
        'Partnership for Peace (implementing)',
      ]);
      await detail.getByTestId('activity-organisations-edit').click();
      await detail.getByTestId('activity-organisation-add').click();
      const added = detail.getByTestId('activity-organisation-link').nth(2);
      await waitUntil(
        session,
        'the registry in the list',
        () => added.getByTestId('activity-organisation-choice').locator('option').allInnerTexts(),
        (options) => options.includes('UNDP'),
      );
      await added.getByTestId('activity-organisation-choice').selectOption({ label: 'UNDP' });
      await added.getByTestId('activity-organisation-role').selectOption('FUNDING');
      await detail.getByTestId('activity-organisations-save').click();
      await waitUntil(
        session,
        'the organisations saved',
        () => detail.getByTestId('activity-organisation').allInnerTexts(),
        (names) => names.includes('UNDP (funding)') && names.length === 3,
      );

      await page.goto(`${web.url}/organisations`);
      await page.getByTestId('organisation-row').first().waitFor();
      await page.getByTestId('organisations-filter-search').fill('UNDP');
      await page.getByTestId('organisations-filter-search').press('Enter');
      const undp = page.locator('[data-testid="organisation-row"][data-name="UNDP"]');
      await expect(undp.innerText()).resolves.toContain('XM-DAC-41114');
      await expect(undp.getByTestId('organisation-activity').allInnerTexts()).resolves.toContainEqual(
        expect.stringMatching(/^VI\.B\.1-4 .*\(funding\)$/),
      );
    },
    STEP_TIMEOUT_MS,
  );
});
