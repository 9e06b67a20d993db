/**
 * Live updates and notifications in a real browser (issue 14): the dashboard's open-requests figure changes
 * without a reload when a request is logged through the API, with a "new since you opened" marker; the field
 * office sees the notification of its request accepted in the header's count and its inbox, in French; the
 * notifications page passes the accessibility scan.
 */
import { AxeBuilder } from '@axe-core/playwright';
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

const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`;
const MOVE = `mutation($id: ID!, $to: RequestStatus!, $v: Int!) {
  transitionAssistanceRequest(id: $id, to: $to, expectedVersion: $v) { id version } }`;

async function logRequest(token: string, description: string) {
  const res = await gqlAt<{ logAssistanceRequest: { id: string; version: number } }>(
    server.url,
    LOG,
    {
      input: {
        stateIso3: 'SEN',
        kind: 'TRAINING',
        topics: ['extradition'],
        priorityAreaCode: 'B',
        receivedOn: '2008-10-01',
        channel: 'field-office',
        description,
      },
    },
    token,
  );
  expect(res.errors).toBeUndefined();
  return res.data!.logAssistanceRequest;
}

describe('live updates in the browser', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'the dashboard’s open requests change without a reload when a request is logged through the API',
    async () => {
      session = await openSession(browser);
      const { page } = session;
      await signInAs(session, server.url, 'secretariat@demo.local');
      await page.goto(`${server.url}/dashboard`);
      const figure = page.getByTestId('figure-open-requests');
      await figure.waitFor({ timeout: WAIT_MS });
      const before = Number(await figure.getAttribute('data-value'));
      // Give the socket a moment to subscribe, then log a request as the Dakar office, through the API.
      await page.waitForTimeout(1500);
      await logRequest(await signIn(server.url, 'dakar@demo.local'), 'Logged while the dashboard is open');
      await page
        .locator(`[data-testid="figure-open-requests"][data-value="${before + 1}"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch(async (error: unknown) => {
          throw new Error(`${String(error)}\n${await describePage(session!)}`);
        });
      await expect(page.getByTestId('live-new-requests').innerText()).resolves.toMatch(
        /1 new request since you opened/,
      );
      // No reload happened: the page kept its own state (the marker would be gone after one).
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the field office sees its request accepted in the header and its inbox, in French, and can mark it read',
    async () => {
      const dakar = await signIn(server.url, 'dakar@demo.local');
      await gqlAt(
        server.url,
        `mutation { setNotificationPreferences(input: { enabled: [REQUEST_ACCEPTED], delivery: IMMEDIATE, language: FR, email: true }) { language } }`,
        {},
        dakar,
      );
      const secretariat = await signIn(server.url, 'secretariat@demo.local');
      const logged = await logRequest(dakar, 'Accepted while the office looks');
      const review = await gqlAt<any>(
        server.url,
        MOVE,
        { id: logged.id, to: 'UNDER_REVIEW', v: logged.version },
        secretariat,
      );
      await gqlAt(
        server.url,
        MOVE,
        { id: logged.id, to: 'ACCEPTED', v: review.data.transitionAssistanceRequest.version },
        secretariat,
      );

      session = await openSession(browser);
      const { page } = session;
      await signInAs(session, server.url, 'dakar@demo.local');
      await page.getByTestId('unread-count').waitFor({ timeout: WAIT_MS });
      await page.getByTestId('notifications-link').click();
      const item = page.locator('[data-testid="notification"][data-event="REQUEST_ACCEPTED"]').first();
      await item.waitFor({ timeout: WAIT_MS });
      await expect(item.innerText()).resolves.toMatch(
        /La demande de SEN \(TRAINING, reçue le 2008-10-01\) a été acceptée/,
      );
      const scan = await new AxeBuilder({ page }).analyze();
      expect(
        scan.violations.filter((v) => ['critical', 'serious', 'moderate'].includes(v.impact ?? '')).map((v) => v.id),
      ).toEqual([]);
      await page.getByTestId('mark-all-read').click();
      await page.getByTestId('mark-all-read').waitFor({ state: 'detached', timeout: WAIT_MS });
      await page.getByTestId('unread-count').waitFor({ state: 'detached', timeout: WAIT_MS });
    },
    STEP_TIMEOUT_MS,
  );
});
