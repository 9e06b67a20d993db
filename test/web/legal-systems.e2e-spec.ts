/**
 * Legal systems set where people look for them (issue 14): the secretariat classifies an expert in the roster and
 * a State on its profile, in the page's language, and the API keeps it; a reader whose session may not edit the
 * programme sees the classification and no control.
 */
import type { Browser } from 'playwright-core';
import { gqlAt, signIn, startServer } from '../support/server.js';
import {
  describePage,
  launchBrowser,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  WAIT_MS,
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

/** An expert's legal system as the API answers it (the roster, walked page by page). */
async function expertLegalSystem(token: string, id: string): Promise<string | null | undefined> {
  let after: string | null = null;
  for (;;) {
    const res: any = await gqlAt(
      server.url,
      `query($after: String) { experts(first: 100, after: $after) {
        pageInfo { hasNextPage endCursor } nodes { id legalSystem } } }`,
      { after },
      token,
    );
    expect(res.errors).toBeUndefined();
    const found = res.data.experts.nodes.find((e: { id: string }) => e.id === id);
    if (found) return found.legalSystem;
    if (!res.data.experts.pageInfo.hasNextPage) return undefined;
    after = res.data.experts.pageInfo.endCursor;
  }
}

async function failing(session: BrowserSession, error: unknown): Promise<never> {
  throw new Error(`${String(error)}\n${await describePage(session)}`);
}

describe('setting legal systems in the browser', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'the secretariat sets an expert’s legal system in the roster, in French, and the API keeps it',
    async () => {
      session = await openSession(browser, { locale: 'fr-FR' });
      const { page } = session;
      await signInAs(session, server.url, 'secretariat@demo.local');
      await page.goto(`${server.url}/experts`);
      const row = page.getByTestId('expert-row').first();
      await row.waitFor({ timeout: WAIT_MS });
      const id = await row.getAttribute('data-id');
      const field = row.getByTestId('expert-legal-system');
      const before = await field.getAttribute('data-value');
      const next = before === 'ISLAMIC_LAW' ? 'MIXED' : 'ISLAMIC_LAW';
      // Offered in the page's language, with "not classified" first.
      await expect(field.locator('option').first().innerText()).resolves.toBe('Non classé');
      await expect(field.locator(`option[value="${next}"]`).innerText()).resolves.toBe(
        next === 'MIXED' ? 'Mixte' : 'Droit islamique',
      );
      await field.selectOption(next);
      await page
        .locator(`[data-testid="expert-row"][data-id="${id}"] [data-testid="expert-legal-system"][data-value="${next}"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await expect(row.getByTestId('expert-legal-system-status').innerText()).resolves.toBe('Enregistré.');

      const token = await signIn(server.url, 'secretariat@demo.local');
      expect(await expertLegalSystem(token, id!)).toBe(next);
      // Cleared again: "not classified" is a choice too.
      await field.selectOption('');
      await page
        .locator(`[data-testid="expert-row"][data-id="${id}"] [data-testid="expert-legal-system"][data-value=""]`)
        .waitFor({ timeout: WAIT_MS });
      expect(await expertLegalSystem(token, id!)).toBeNull();
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the secretariat sets a State’s legal system on its profile, in Spanish, and the API keeps it',
    async () => {
      session = await openSession(browser, { locale: 'es-ES' });
      const { page } = session;
      await signInAs(session, server.url, 'secretariat@demo.local');
      await page.goto(`${server.url}/states/SEN`);
      const field = page.getByTestId('state-legal-system-field');
      await field.waitFor({ timeout: WAIT_MS });
      await expect(field.getAttribute('aria-label')).resolves.toMatch(/^Sistema jurídico de /);
      const next = (await field.getAttribute('data-value')) === 'COMMON_LAW' ? 'MIXED' : 'COMMON_LAW';
      await field.selectOption(next);
      await page
        .locator(`[data-testid="state-legal-system"][data-legal-system="${next}"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await expect(page.getByTestId('state-legal-system-field-status').innerText()).resolves.toBe('Guardado.');
      const token = await signIn(server.url, 'viewer@demo.local');
      const read = await gqlAt<{ state: { legalSystem: string } }>(
        server.url,
        `{ state(iso3: "SEN") { legalSystem } }`,
        {},
        token,
      );
      expect(read.data!.state.legalSystem).toBe(next);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a reader who may not edit the programme sees the legal systems and no control to change them',
    async () => {
      session = await openSession(browser);
      const { page } = session;
      await signInAs(session, server.url, 'viewer@demo.local');
      await page.goto(`${server.url}/states/SEN`);
      await page.getByTestId('state-legal-system').waitFor({ timeout: WAIT_MS });
      expect(await page.getByTestId('state-legal-system-field').count()).toBe(0);
      await page.goto(`${server.url}/experts`);
      await page.getByTestId('expert-row').first().waitFor({ timeout: WAIT_MS });
      expect(await page.getByTestId('expert-legal-system').count()).toBe(0);
      await expect(page.getByTestId('experts-table').innerText()).resolves.toMatch(
        /Common law|Civil law|Islamic law|Mixed/,
      );
    },
    STEP_TIMEOUT_MS,
  );
});
