/**
 * Live updates and notifications in a real browser (issue 14): the dashboard's open-requests figure changes
 * without a reload when a request is logged through the API, with a "new since you opened" marker; the requests
 * list and the funding page count what happened elsewhere without moving their rows until asked to show it, and
 * work as before without the socket; the reports page follows a report over the socket (reportProgress) and
 * polls only when the socket is refused; the field office sees the notification of its request accepted in the
 * header's count and its inbox, in French; a donor sets its preferences in Spanish; the notifications page passes
 * the accessibility scan.
 */
import { AxeBuilder } from '@axe-core/playwright';
import pg from 'pg';
import { untilHeard } from '../support/live.js';
import { gqlAt, signIn } from '../support/server.js';
import {
  describePage,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  WAIT_MS,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`;
const MOVE = `mutation($id: ID!, $to: RequestStatus!, $v: Int!) {
  transitionAssistanceRequest(id: $id, to: $to, expectedVersion: $v) { id version } }`;

async function logRequest(token: string, description: string) {
  const res = await gqlAt<{ logAssistanceRequest: { id: string; version: number } }>(
    web.url,
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

const RECORD = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`;

const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateAssistanceRequestInput!) {
  updateAssistanceRequest(id: $id, expectedVersion: $v, input: $input) { id version } }`;

/**
 * Until the page's request subscription is set up on the server. The browser's frames say only that it asked; the
 * server sets the subscription up after that, on a loaded machine possibly seconds later, and an event before then
 * is not the page's. So a request logged before the page opened is corrected (an UPDATED event: no new request, no
 * count changes) and corrected again every few seconds until one correction reaches the page over the socket; then
 * anything logged after it reaches the page too (one subscription, one order). Replaces "wait 1.5 s".
 */
async function untilRequestEventsReach(
  frames: { received: string[] },
  token: string,
  probe: { id: string; version: number },
): Promise<void> {
  const reached = () => frames.received.some((f) => f.includes(probe.id) && f.includes('"UPDATED"'));
  await untilHeard('The page’s request subscription set up', reached, async (n) => {
    const res = await gqlAt<{ updateAssistanceRequest: { version: number } }>(
      web.url,
      UPDATE,
      { id: probe.id, v: probe.version, input: { description: `Probe of the live updates, correction ${n}` } },
      token,
    );
    expect(res.errors).toBeUndefined();
    probe.version = res.data!.updateAssistanceRequest.version;
  });
}

const COMMIT = `mutation($id: ID!, $v: Int!) { commitContribution(id: $id, agreementRef: "E2E-LIVE-PROBE", expectedVersion: $v) {
  id version } }`;
const PAY = `mutation($id: ID!, $v: Int!) {
  recordContributionPayment(id: $id, amount: "1.00", paidOn: "2009-01-10", expectedVersion: $v) { id version } }`;

/**
 * As `untilRequestEventsReach`, for the funding page's subscription: a committed contribution recorded before the
 * page opened gets an instalment of 1.00 (a CONTRIBUTION_CHANGED event: no new contribution, no count changes),
 * again every few seconds, until one reaches the page over the socket.
 */
async function untilFundingEventsReach(
  frames: { received: string[] },
  token: string,
  probe: { id: string; version: number },
): Promise<void> {
  const reached = () => frames.received.some((f) => f.includes(probe.id) && f.includes('"CONTRIBUTION_CHANGED"'));
  await untilHeard('The funding page’s subscription set up', reached, async () => {
    const res = await gqlAt<{ recordContributionPayment: { version: number } }>(
      web.url,
      PAY,
      { id: probe.id, v: probe.version },
      token,
    );
    expect(res.errors).toBeUndefined();
    probe.version = res.data!.recordContributionPayment.version;
  });
}

/** Every WebSocket frame the page sends and receives, to show what went over the socket. */
function recordFrames(session: BrowserSession): { sent: string[]; received: string[] } {
  const frames = { sent: [] as string[], received: [] as string[] };
  session.page.on('websocket', (ws) => {
    ws.on('framesent', (f) => frames.sent.push(String(f.payload)));
    ws.on('framereceived', (f) => frames.received.push(String(f.payload)));
  });
  return frames;
}

/** The page's own asks for one query, by operation name (its polls among them). */
function countAsks(session: BrowserSession, operation: string): () => number {
  let n = 0;
  session.page.on('request', (request) => {
    if (request.method() === 'POST' && request.url().endsWith('/graphql') && request.postData()?.includes(operation))
      n += 1;
  });
  return () => n;
}

/** A page whose WebSocket is refused at once (a proxy that does not carry them). */
async function refuseSockets(session: BrowserSession): Promise<void> {
  await session.context.routeWebSocket(/\/graphql/, (ws) => ws.close({ code: 1011, reason: 'refused by the test' }));
}

async function failing(session: BrowserSession, error: unknown): Promise<never> {
  throw new Error(`${String(error)}\n${await describePage(session)}`);
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
      const dakar = await signIn(web.url, 'dakar@demo.local');
      const probe = await logRequest(dakar, 'Probe of the live updates (dashboard)');
      session = await openSession(web.browser);
      const frames = recordFrames(session);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/dashboard`);
      const figure = page.getByTestId('figure-open-requests');
      await figure.waitFor({ timeout: WAIT_MS });
      // Once the page hears of requests, log one as the Dakar office, through the API.
      await untilRequestEventsReach(frames, dakar, probe);
      const before = Number(await figure.getAttribute('data-value'));
      await logRequest(dakar, 'Logged while the dashboard is open');
      await page
        .locator(`[data-testid="figure-open-requests"][data-value="${before + 1}"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch(async (error: unknown) => {
          throw new Error(`${String(error)}\n${await describePage(session!)}`);
        });
      await page
        .getByTestId('live-new-requests')
        .filter({ hasText: /1 new request since you opened/ })
        .waitFor({ timeout: WAIT_MS });
      // No reload happened: the page kept its own state (the marker would be gone after one).
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the requests list counts a request logged elsewhere, keeps its rows until asked, then shows it',
    async () => {
      const dakar = await signIn(web.url, 'dakar@demo.local');
      const probe = await logRequest(dakar, 'Probe of the live updates (list)');
      session = await openSession(web.browser);
      const frames = recordFrames(session);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/requests`);
      const total = page.getByTestId('requests-total');
      await page
        .locator('[data-testid="requests-total"][data-count]:not([data-count=""])')
        .waitFor({ timeout: WAIT_MS });
      const before = Number(await total.getAttribute('data-count'));
      await untilRequestEventsReach(frames, dakar, probe);
      await logRequest(dakar, 'Logged while the list is open');
      const show = page.getByTestId('live-new-requests-show');
      // The probe's corrections already offer "show"; the new request is there once the marker counts it.
      await page
        .getByTestId('live-new-requests')
        .filter({ hasText: /1 new request since you opened this page/ })
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await expect(show.innerText()).resolves.toMatch(/not shown yet — show/);
      // The rows did not move by themselves.
      expect(Number(await total.getAttribute('data-count'))).toBe(before);
      await show.click();
      await page
        .locator(`[data-testid="requests-total"][data-count="${before + 1}"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await show.waitFor({ state: 'detached', timeout: WAIT_MS });
      // The marker keeps what came since the page opened; no reload happened.
      await expect(page.getByTestId('live-new-requests').innerText()).resolves.toMatch(/1 new request/);
      expect(await page.evaluate(() => performance.getEntriesByType('navigation').length)).toBe(1);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the funding page counts a contribution recorded elsewhere and shows it when asked',
    async () => {
      const secretariat = await signIn(web.url, 'secretariat@demo.local');
      const donors = await gqlAt<{ donors: Array<{ id: string }> }>(web.url, `{ donors { id } }`, {}, secretariat);
      const pledged = await gqlAt<{ recordContribution: { id: string } }>(
        web.url,
        `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id version } }`,
        {
          input: {
            donorId: donors.data!.donors[0]!.id,
            amount: '100000.00',
            currency: 'USD',
            date: '2009-01-10',
            stage: 'PLEDGED',
          },
        },
        secretariat,
      );
      expect(pledged.errors).toBeUndefined();
      const { id: probeId, version: pledgedVersion } = pledged.data!.recordContribution as {
        id: string;
        version: number;
      };
      const committed = await gqlAt<{ commitContribution: { version: number } }>(
        web.url,
        COMMIT,
        { id: probeId, v: pledgedVersion },
        secretariat,
      );
      expect(committed.errors).toBeUndefined();
      const probe = { id: probeId, version: committed.data!.commitContribution.version };
      session = await openSession(web.browser);
      const frames = recordFrames(session);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/funding`);
      const total = page.getByTestId('contributions-total');
      await page
        .locator('[data-testid="contributions-total"][data-count]:not([data-count=""])')
        .waitFor({ timeout: WAIT_MS });
      const before = Number(await total.getAttribute('data-count'));
      await untilFundingEventsReach(frames, secretariat, probe);
      const recorded = await gqlAt(
        web.url,
        RECORD,
        {
          input: {
            donorId: donors.data!.donors[0]!.id,
            amount: '12345.00',
            currency: 'USD',
            date: '2009-01-10',
            stage: 'PLEDGED',
          },
        },
        secretariat,
      );
      expect(recorded.errors).toBeUndefined();
      const show = page.getByTestId('live-funding-show');
      // The probe's instalments already offer "show"; the new contribution is there once the marker counts it.
      await page
        .getByTestId('live-funding')
        .filter({ hasText: /1 new contribution since you opened this page/ })
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      expect(Number(await total.getAttribute('data-count'))).toBe(before);
      await show.click();
      await page
        .locator(`[data-testid="contributions-total"][data-count="${before + 1}"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await show.waitFor({ state: 'detached', timeout: WAIT_MS });
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'without the socket the requests list and the funding page work as before, with no marker',
    async () => {
      session = await openSession(web.browser);
      await refuseSockets(session);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/requests`);
      await page.getByTestId('requests-table').waitFor({ timeout: WAIT_MS });
      await logRequest(await signIn(web.url, 'dakar@demo.local'), 'Logged while the socket is refused');
      await page.waitForTimeout(2000);
      expect(await page.getByTestId('live-new-requests').count()).toBe(0);
      // Reloading (the reader's own way without the socket) shows it.
      await page.reload();
      await page.getByTestId('requests-table').waitFor({ timeout: WAIT_MS });
      await page.goto(`${web.url}/funding`);
      await page.getByTestId('contributions-table').waitFor({ timeout: WAIT_MS });
      expect(await page.getByTestId('live-funding').count()).toBe(0);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the reports page follows a report over the socket, not by polling, to its download',
    async () => {
      session = await openSession(web.browser);
      const frames = recordFrames(session);
      const asks = countAsks(session, 'query MyReports');
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/reports`);
      await page.getByTestId('report-kinds').waitFor({ timeout: WAIT_MS });
      // The page's own first ask of the list is counted before the count starts (not "after 500 ms").
      await waitUntil(
        session,
        'the first ask of the list',
        async () => asks(),
        (n) => n >= 1,
      );
      const asked = asks();
      // The reports queue is paused until the page follows the report over the socket: a report made before the
      // page's list shows it under way has nothing left to follow (stop 33's CI). The server's queue is on its
      // database (BullMQ's PostgreSQL backend, schema "bullmq"): paused and resumed as BullMQ's own pause does.
      const holder = new pg.Client({ connectionString: web.databaseUrl });
      await holder.connect();
      let id: string | null;
      try {
        await holder.query(`SELECT bullmq.pause('reports', true)`);
        await page.getByTestId('report-request-FUNDING_GAPS').click();
        await page.getByTestId('report-requested').waitFor();
        id = await page.getByTestId('report-requested').getAttribute('data-report-id');
        // Followed over the socket: the subscription for this report is sent, and the page stops polling for it.
        await waitUntil(
          session,
          'the report followed over the socket',
          async () => frames.sent.some((f) => f.includes('reportProgress') && f.includes(id!)),
          (sent) => sent,
        );
        await page.locator('[data-testid="reports-polling"][data-mode="live"]').waitFor({ timeout: WAIT_MS });
        // Still held: what follows comes of the socket, not of a report made before the page looked.
        expect(await page.locator(`[data-testid="report-row"][data-id="${id}"][data-status="DONE"]`).count()).toBe(0);
      } finally {
        await holder.query(`SELECT bullmq.pause('reports', false)`);
        await holder.end();
      }
      const row = page.locator(`[data-testid="report-row"][data-id="${id}"]`);
      await page
        .locator(`[data-testid="report-row"][data-id="${id}"][data-status="DONE"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await expect(row.getByTestId('report-progress').getAttribute('data-value')).resolves.toBe('100');
      await row.getByTestId('report-download').waitFor();
      await page.getByTestId('reports-polling').waitFor({ state: 'detached', timeout: WAIT_MS });
      // Its end came on the socket.
      expect(frames.received.some((f) => f.includes(id!) && f.includes('"DONE"'))).toBe(true);
      // The list was asked when the report was requested and once when it ended (at most one poll before the
      // socket answered), not every second.
      expect(asks() - asked).toBeLessThanOrEqual(3);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the reports page polls instead when the socket is refused, and still sees the report finish',
    async () => {
      session = await openSession(web.browser);
      await refuseSockets(session);
      const asks = countAsks(session, 'query MyReports');
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/reports`);
      await page.getByTestId('report-kinds').waitFor({ timeout: WAIT_MS });
      await page.getByTestId('report-request-FUNDING_GAPS').click();
      await page.getByTestId('report-requested').waitFor();
      const id = await page.getByTestId('report-requested').getAttribute('data-report-id');
      const row = page.locator(`[data-testid="report-row"][data-id="${id}"]`);
      await row.waitFor();
      await page
        .locator(`[data-testid="report-row"][data-id="${id}"][data-status="DONE"]`)
        .waitFor({ timeout: WAIT_MS })
        .catch((e: unknown) => failing(session!, e));
      await expect(row.getByTestId('report-progress').getAttribute('data-value')).resolves.toBe('100');
      await page.getByTestId('reports-polling').waitFor({ state: 'detached', timeout: WAIT_MS });
      expect(asks()).toBeGreaterThanOrEqual(2);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a donor chooses its notifications in Spanish, its funded activities delivered among them, and the API keeps them',
    async () => {
      session = await openSession(web.browser, { locale: 'es-ES' });
      const { page } = session;
      await signInAs(session, web.url, 'donor@demo.local');
      await page.goto(`${web.url}/notifications`);
      const delivered = page.getByTestId('pref-FUNDED_ACTIVITY_DELIVERED');
      await delivered.waitFor({ timeout: WAIT_MS }).catch((e: unknown) => failing(session!, e));
      await expect(page.getByTestId('notification-preferences').innerText()).resolves.toContain(
        'se realiza una actividad que financian nuestros fondos',
      );
      expect(await page.getByTestId('pref-REQUEST_ACCEPTED').count()).toBe(0);
      await expect(delivered.isChecked()).resolves.toBe(true);
      await delivered.uncheck();
      await page.getByTestId('pref-delivery-DAILY_DIGEST').check();
      await page.getByTestId('pref-language').selectOption('FR');
      await page.getByTestId('save-preferences').click();
      await page.getByTestId('preferences-saved').waitFor({ timeout: WAIT_MS });
      const read = await gqlAt<{ notificationPreferences: Record<string, unknown> }>(
        web.url,
        `{ notificationPreferences { enabled delivery language } }`,
        {},
        await signIn(web.url, 'donor@demo.local'),
      );
      expect(read.data!.notificationPreferences).toEqual({
        enabled: ['MONEY_ALLOCATED'],
        delivery: 'DAILY_DIGEST',
        language: 'FR',
      });
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the field office sees its request accepted in the header and its inbox, in French, and can mark it read',
    async () => {
      const dakar = await signIn(web.url, 'dakar@demo.local');
      await gqlAt(
        web.url,
        `mutation { setNotificationPreferences(input: { enabled: [REQUEST_ACCEPTED], delivery: IMMEDIATE, language: FR, email: true }) { language } }`,
        {},
        dakar,
      );
      const secretariat = await signIn(web.url, 'secretariat@demo.local');
      const logged = await logRequest(dakar, 'Accepted while the office looks');
      const review = await gqlAt<any>(
        web.url,
        MOVE,
        { id: logged.id, to: 'UNDER_REVIEW', v: logged.version },
        secretariat,
      );
      await gqlAt(
        web.url,
        MOVE,
        { id: logged.id, to: 'ACCEPTED', v: review.data.transitionAssistanceRequest.version },
        secretariat,
      );

      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'dakar@demo.local');
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
