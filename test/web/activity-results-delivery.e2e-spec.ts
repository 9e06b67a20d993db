/**
 * Planners keep an activity's delivery and results from the drawer, in a real browser on the demo data: delivery
 * starts and completes on dates checked as they are typed, a cancellation needs a reason; an outcome, an indicator
 * and an actual are added and shown; a result changed by someone else meanwhile is refused in the reader's language;
 * field offices and donors see the same drawer without any control to change it. Each change is checked through the
 * API as well.
 */
import { gqlAt, signIn } from '../support/server.js';
import { openSignedIn, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil, type BrowserSession } from './browser.js';

const web = useServerAndBrowser();

interface ActivityRow {
  id: string;
  code: string;
  deliveryStatus: string;
  deliveryStartedOn: string | null;
  deliveryCompletedOn: string | null;
  results: Array<{ id: string; version: number; type: string; title: string }>;
}

let token: string | undefined;

/** Asks the API as the secretariat (signed in once). */
async function api<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
  token ??= await signIn(web.url, 'secretariat@demo.local');
  const answer = await gqlAt<T>(web.url, query, variables, token);
  if (answer.errors?.length || !answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data;
}

const ACTIVITY_FIELDS = `id code deliveryStatus deliveryStartedOn deliveryCompletedOn results { id version type title }`;

async function activities(): Promise<ActivityRow[]> {
  const data = await api<{ activities: { nodes: ActivityRow[] } }>(
    `{ activities(first: 200) { nodes { ${ACTIVITY_FIELDS} } } }`,
  );
  return data.activities.nodes;
}

async function activity(id: string): Promise<ActivityRow> {
  const data = await api<{ activity: ActivityRow }>(`query($id: ID!) { activity(id: $id) { ${ACTIVITY_FIELDS} } }`, {
    id,
  });
  return data.activity;
}

/** Opens the activity's drawer and waits until it shows that activity. */
async function openActivity(session: BrowserSession, id: string) {
  const { page } = session;
  await page.goto(`${web.url}/programme?phase=all&activity=${id}`);
  const detail = page.getByTestId('activity-detail');
  await waitUntil(
    session,
    'the activity in the drawer',
    () => detail.getAttribute('data-id'),
    (shown) => shown === id,
  );
  return detail;
}

let planned: ActivityRow[] = [];
let withoutResults: ActivityRow | undefined;

beforeAll(async () => {
  const all = await activities();
  planned = all.filter((a) => a.deliveryStatus === 'PLANNED' && a.results.length === 0);
  withoutResults = planned[2];
  expect(planned.length).toBeGreaterThanOrEqual(4);
}, 120_000);

describe('delivery and results in the activity drawer', () => {
  it(
    'lets the secretariat start then complete delivery, cancel only with a reason, and plan it again',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const [first, second] = planned;
      const detail = await openActivity(session, first!.id);
      const status = () => detail.getByTestId('delivery-status').getAttribute('data-status');
      await expect(status()).resolves.toBe('PLANNED');

      // Start: a date in the future is refused as it is typed; a past one starts delivery.
      await detail.getByTestId('delivery-move-IN_DELIVERY').click();
      await detail.getByTestId('delivery-started-on').fill('2099-01-01');
      await detail.getByTestId('error-startedOn').waitFor();
      await detail.getByTestId('delivery-started-on').fill('2009-03-02');
      await expect(detail.getByTestId('error-startedOn').count()).resolves.toBe(0);
      await detail.getByTestId('delivery-move-submit').click();
      await waitUntil(session, 'delivery to start', status, (s) => s === 'IN_DELIVERY');

      // Complete: not before it started (said as typed), then on a later date.
      await detail.getByTestId('delivery-move-COMPLETED').click();
      await detail.getByTestId('delivery-completed-on').fill('2009-03-01');
      await expect(detail.getByTestId('error-completedOn').innerText()).resolves.toMatch(/before it started/);
      await detail.getByTestId('delivery-completed-on').fill('2009-06-30');
      await detail.getByTestId('delivery-move-submit').click();
      await waitUntil(session, 'delivery to complete', status, (s) => s === 'COMPLETED');
      // Completed is final: no move is offered any more.
      await expect(detail.getByTestId('delivery-moves').count()).resolves.toBe(0);
      await expect(activity(first!.id)).resolves.toMatchObject({
        deliveryStatus: 'COMPLETED',
        deliveryStartedOn: '2009-03-02',
        deliveryCompletedOn: '2009-06-30',
      });

      // Cancel: refused without a reason as it is typed (and on sending), nothing changes; with one it is cancelled.
      await openActivity(session, second!.id);
      await detail.getByTestId('delivery-move-CANCELLED').click();
      await detail.getByTestId('delivery-reason').fill('x');
      await detail.getByTestId('delivery-reason').fill('');
      await expect(detail.getByTestId('error-reason').innerText()).resolves.toMatch(/Say why/);
      await detail.getByTestId('delivery-move-submit').click();
      await expect(detail.getByTestId('error-reason').count()).resolves.toBe(1);
      await expect(activity(second!.id)).resolves.toMatchObject({ deliveryStatus: 'PLANNED' });
      await detail.getByTestId('delivery-reason').fill('The host State asked to postpone it');
      // The reason typed is kept on the device: after a reload the cancel form is open again with it.
      await waitUntil(
        session,
        'the reason to be kept as a draft',
        () => detail.getByTestId('delivery-move-form').getAttribute('data-draft-saved'),
        (saved) => Boolean(saved),
      );
      await session.page.reload();
      await waitUntil(
        session,
        'the cancel form to come back after the reload',
        () => detail.getByTestId('delivery-reason').inputValue(),
        (reason) => reason === 'The host State asked to postpone it',
      );
      await expect(detail.getByTestId('delivery-move-form').getAttribute('data-to')).resolves.toBe('CANCELLED');
      await detail.getByTestId('form-draft-restored').waitFor();
      await detail.getByTestId('delivery-move-submit').click();
      await waitUntil(session, 'delivery to be cancelled', status, (s) => s === 'CANCELLED');
      await expect(activity(second!.id)).resolves.toMatchObject({ deliveryStatus: 'CANCELLED' });

      // Plan again: the cancellation is undone.
      await detail.getByTestId('delivery-move-PLANNED').click();
      await detail.getByTestId('delivery-move-submit').click();
      await waitUntil(session, 'delivery to be planned again', status, (s) => s === 'PLANNED');
      await expect(activity(second!.id)).resolves.toMatchObject({ deliveryStatus: 'PLANNED' });
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lets the secretariat add an outcome, an indicator and an actual; a stale edit is refused in French',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const target = withoutResults!;
      const detail = await openActivity(session, target.id);
      const results = detail.getByTestId('activity-results');

      // The outcome: its statement is needed (said as typed).
      await results.getByTestId('result-add-open').click();
      const add = results.getByTestId('result-add-form');
      await add.getByTestId('result-add-title').fill('x');
      await add.getByTestId('result-add-title').fill('');
      await add.getByTestId('error-title').waitFor();
      await add.getByTestId('result-add-type').selectOption('OUTCOME');
      await add.getByTestId('result-add-title').fill('States report on the Convention on time');
      // What is typed is kept on the device: after a reload the form is unfolded with it, until it is saved.
      await waitUntil(
        session,
        'the outcome to be kept as a draft',
        () => add.getAttribute('data-draft-saved'),
        (saved) => Boolean(saved),
      );
      await session.page.reload();
      await waitUntil(
        session,
        'the typed outcome to come back after the reload',
        () => add.getByTestId('result-add-title').inputValue(),
        (title) => title === 'States report on the Convention on time',
      );
      await expect(add.getByTestId('result-add-type').inputValue()).resolves.toBe('OUTCOME');
      await add.getByTestId('form-draft-restored').waitFor();
      await add.getByTestId('result-add-submit').click();
      const outcome = results.locator('[data-testid="activity-result"][data-type="OUTCOME"]');
      await outcome.waitFor();
      // Saved: the draft is gone, and a reload shows the form empty and folded. (The form empties once the device has
      // dropped the draft, which may be a moment after the drawer, asked again, shows the outcome.)
      await waitUntil(
        session,
        'the form emptied after the save',
        () => add.getByTestId('result-add-title').inputValue(),
        (title) => title === '',
      );
      await session.page.reload();
      await outcome.waitFor();
      await expect(results.getByTestId('result-add').getAttribute('open')).resolves.toBeNull();
      await expect(add.getByTestId('result-add-title').inputValue()).resolves.toBe('');
      await expect(outcome.getByTestId('result-title').innerText()).resolves.toBe(
        'States report on the Convention on time',
      );

      // Its indicator, kept by hand: a baseline with three decimals is refused as typed.
      await outcome.getByTestId('indicator-add-open').click();
      const indicator = outcome.getByTestId('indicator-form');
      await indicator.getByTestId('indicator-title').fill('States reporting on time');
      await indicator.getByTestId('indicator-unit').selectOption('NUMBER');
      await indicator.getByTestId('indicator-baseline').fill('12.345');
      await indicator.getByTestId('error-baseline').waitFor();
      await indicator.getByTestId('indicator-baseline').fill('3');
      await indicator.getByTestId('indicator-baseline-year').fill('2008');
      await indicator.getByTestId('indicator-target').fill('20');
      await indicator.getByTestId('indicator-target-year').fill('2011');
      await indicator.getByTestId('indicator-submit').click();
      const row = outcome.getByTestId('indicator-row');
      await row.waitFor();
      await expect(row.innerText()).resolves.toMatch(/States reporting on time/);

      // Its actual for 2010, from a report.
      await row.getByTestId('actual-add-open').click();
      const actual = row.getByTestId('actual-form');
      await actual.getByTestId('actual-year').fill('2010');
      await actual.getByTestId('actual-value').fill('9');
      await actual.getByTestId('actual-source').selectOption('REPORT');
      await actual.getByTestId('actual-source-ref').fill('CTOC/COP/2010/6');
      await actual.getByTestId('actual-submit').click();
      const shown = row.locator('[data-testid="indicator-actual"][data-year="2010"]');
      await shown.waitFor();
      await expect(shown.getAttribute('data-value')).resolves.toBe('9.00');
      await expect(shown.innerText()).resolves.toMatch(/report: CTOC\/COP\/2010\/6/);

      const saved = await api<{
        activity: {
          results: Array<{
            id: string;
            version: number;
            type: string;
            title: string;
            indicators: Array<{
              title: string;
              unit: string;
              baseline: string;
              baselineYear: number;
              target: string;
              targetYear: number;
              measure: string | null;
              actuals: Array<{ year: number; value: string; source: string; sourceRefs: string[] }>;
            }>;
          }>;
        };
      }>(
        `query($id: ID!) { activity(id: $id) { results { id version type title indicators {
          title unit baseline baselineYear target targetYear measure actuals { year value source sourceRefs } } } } }`,
        { id: target.id },
      );
      expect(saved.activity.results).toHaveLength(1);
      const [result] = saved.activity.results;
      expect(result).toMatchObject({ type: 'OUTCOME', title: 'States report on the Convention on time' });
      expect(result!.indicators).toEqual([
        {
          title: 'States reporting on time',
          unit: 'NUMBER',
          baseline: '3.00',
          baselineYear: 2008,
          target: '20.00',
          targetYear: 2011,
          measure: null,
          actuals: [{ year: 2010, value: '9.00', source: 'REPORT', sourceRefs: ['CTOC/COP/2010/6'] }],
        },
      ]);

      // In French (the switcher is behind the drawer: closed, then opened again): the labels follow.
      await session.page.getByTestId('activity-drawer').getByTestId('dialog-close').click();
      await session.page.getByTestId('language-fr').click();
      await openActivity(session, target.id);
      await waitUntil(
        session,
        'the French labels',
        () => results.getByTestId('result-add-open').innerText(),
        (text) => text === 'Ajouter un produit ou un effet',
      );
      await expect(outcome.getByTestId('result-edit-open').innerText()).resolves.toBe('Modifier');
      await expect(detail.getByTestId('delivery-move-IN_DELIVERY').innerText()).resolves.toBe('Commencer l’exécution');

      // A stale edit: the form opens on the version read; someone changes the result through the API meanwhile.
      await outcome.getByTestId('result-edit-open').click();
      const edit = outcome.getByTestId('result-edit-form');
      await edit.getByTestId('result-edit-title').fill('States report on the Convention and its Protocols');
      await api(`mutation($input: DefineResultInput!) { defineResult(input: $input) { id version } }`, {
        input: {
          id: result!.id,
          expectedVersion: result!.version,
          type: 'OUTCOME',
          title: 'Changed meanwhile by a colleague',
        },
      });
      await edit.getByTestId('result-edit-submit').click();
      await expect(edit.getByTestId('result-edit-error').innerText()).resolves.toMatch(
        /Quelqu’un d’autre l’a modifié entre-temps/,
      );
      const after = await activity(target.id);
      expect(after.results.map((r) => r.title)).toEqual(['Changed meanwhile by a colleague']);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'sends a delivery move on the version read when its form opened: a change made meanwhile is refused, not overwritten',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const target = planned[3]!;
      const detail = await openActivity(session, target.id);
      await detail.getByTestId('delivery-move-IN_DELIVERY').click();
      await detail.getByTestId('delivery-started-on').fill('2009-04-01');

      // A colleague changes the activity meanwhile; the drawer reads it again (after this planner adds an outcome).
      const { activity: read } = await api<{ activity: { version: number } }>(
        `query($id: ID!) { activity(id: $id) { version } }`,
        { id: target.id },
      );
      await api(
        `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, expectedVersion: $v, input: { description: "Changed meanwhile by a colleague" }) { id version } }`,
        { id: target.id, v: read.version },
      );
      const results = detail.getByTestId('activity-results');
      await results.getByTestId('result-add-open').click();
      const add = results.getByTestId('result-add-form');
      await add.getByTestId('result-add-type').selectOption('OUTPUT');
      await add.getByTestId('result-add-title').fill('Officials trained in extradition');
      await add.getByTestId('result-add-submit').click();
      await results.locator('[data-testid="activity-result"][data-type="OUTPUT"]').waitFor();

      // The move's form is still open on what the planner read: sending it is refused, and nothing moves.
      await expect(detail.getByTestId('delivery-started-on').inputValue()).resolves.toBe('2009-04-01');
      await detail.getByTestId('delivery-move-submit').click();
      await expect(detail.getByTestId('delivery-move-error').innerText()).resolves.toMatch(/changed by someone else/);
      await expect(activity(target.id)).resolves.toMatchObject({ deliveryStatus: 'PLANNED' });
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'on a poor line: a new result and indicator are queued and recorded once when the line returns, their drafts kept until then; a delivery move says it was not saved',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page, context } = session;
      const target = planned[1]!;
      const detail = await openActivity(session, target.id);
      const results = detail.getByTestId('activity-results');
      const title = `Queued offline ${Date.now()}: central authorities answer requests on time`;
      type Saved = { activity: { results: Array<{ title: string; indicators: Array<{ title: string }> }> } };
      const saved = () =>
        api<Saved>(`query($id: ID!) { activity(id: $id) { results { title indicators { title } } } }`, {
          id: target.id,
        });
      const countResults = async () => (await saved()).activity.results.filter((r) => r.title === title).length;

      await results.getByTestId('result-add-open').click();
      const add = results.getByTestId('result-add-form');
      await add.getByTestId('result-add-type').selectOption('OUTPUT');
      await add.getByTestId('result-add-title').fill(title);
      await waitUntil(session, 'the result to be kept as a draft', () => add.getAttribute('data-draft-saved'), Boolean);

      // The line drops: Save queues it with the draft's key; the form keeps what was typed, disabled, and says so.
      await context.setOffline(true);
      await add.getByTestId('result-add-submit').click();
      await add.getByTestId('result-add-queued').waitFor();
      await expect(add.getByTestId('result-add-queued').innerText()).resolves.toMatch(/will be sent/i);
      await expect(add.getByTestId('result-add-title').inputValue()).resolves.toBe(title);
      await expect(add.getByTestId('result-add-title').isDisabled()).resolves.toBe(true);
      await page.getByTestId('outbox-pending').waitFor();
      expect(await countResults()).toBe(0);

      // A delivery move is an edit at the version read: not queued, it says it was not saved and keeps the form.
      await detail.getByTestId('delivery-move-IN_DELIVERY').click();
      await detail.getByTestId('delivery-started-on').fill('2009-05-04');
      await detail.getByTestId('delivery-move-submit').click();
      await expect(detail.getByTestId('delivery-move-not-saved').innerText()).resolves.toMatch(/Not saved/);
      await expect(detail.getByTestId('delivery-started-on').inputValue()).resolves.toBe('2009-05-04');
      await expect(activity(target.id)).resolves.toMatchObject({ deliveryStatus: 'PLANNED' });

      // The line returns: the outbox sends it once; the result shows in the drawer and the draft is gone.
      await context.setOffline(false);
      await page.locator('[data-testid="outbox-sent"][data-kind="defineResult"]').waitFor({ timeout: 60_000 });
      const output = results.locator('[data-testid="activity-result"][data-type="OUTPUT"]');
      await output.waitFor();
      await waitUntil(
        session,
        'the form to start afresh',
        () => add.getByTestId('result-add-queued').count(),
        (n) => n === 0,
      );
      await expect(add.getByTestId('result-add-title').inputValue()).resolves.toBe('');
      expect(await countResults()).toBe(1);

      // Its indicator, saved offline too: recorded once when the line returns.
      await output.getByTestId('indicator-add-open').click();
      const indicator = output.getByTestId('indicator-form');
      await indicator.getByTestId('indicator-title').fill('Requests answered within 30 days');
      await indicator.getByTestId('indicator-unit').selectOption('NUMBER');
      await waitUntil(session, 'the indicator draft', () => indicator.getAttribute('data-draft-saved'), Boolean);
      await context.setOffline(true);
      await indicator.getByTestId('indicator-submit').click();
      await indicator.getByTestId('indicator-queued').waitFor();
      await context.setOffline(false);
      await output.getByTestId('indicator-row').waitFor({ timeout: 60_000 });
      await waitUntil(
        session,
        'the outbox to empty',
        () => page.getByTestId('outbox-pending').count(),
        (n) => n === 0,
      );
      const [result] = (await saved()).activity.results.filter((r) => r.title === title);
      expect(result!.indicators.map((i) => i.title)).toEqual(['Requests answered within 30 days']);

      // A reload: no draft comes back, the result and indicator shown once.
      await page.reload();
      await output.getByTestId('indicator-row').waitFor();
      await expect(results.getByTestId('result-add').getAttribute('open')).resolves.toBeNull();
      await expect(add.getByTestId('result-add-title').inputValue()).resolves.toBe('');
      await expect(output.getByTestId('indicator-form').getByTestId('indicator-title').inputValue()).resolves.toBe('');
      await expect(results.locator(`[data-testid="result-title"]:text-is("${title}")`).count()).resolves.toBe(1);
      expect(await countResults()).toBe(1);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    "brings back an edit form's draft the first time the form opens after a reload",
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const target = planned[3]!;
      const detail = await openActivity(session, target.id);
      const result = detail.locator('[data-testid="activity-result"][data-type="OUTPUT"]');
      await result.waitFor();
      await result.getByTestId('result-edit-open').click();
      const edit = result.getByTestId('result-edit-form');
      await edit.getByTestId('result-edit-title').fill('Officials trained in extradition and transfer of proceedings');
      await waitUntil(
        session,
        'the change to be kept as a draft',
        () => edit.getAttribute('data-draft-saved'),
        Boolean,
      );

      await session.page.reload();
      await result.getByTestId('result-edit-open').click();
      await edit.getByTestId('form-draft-restored').waitFor();
      await expect(edit.getByTestId('result-edit-title').inputValue()).resolves.toBe(
        'Officials trained in extradition and transfer of proceedings',
      );

      // An indicator's change likewise (the one added on a poor line above).
      const other = await openActivity(session, planned[1]!.id);
      const row = other.getByTestId('indicator-row');
      await row.getByTestId('indicator-edit-open').click();
      const indicator = other.getByTestId('indicator-edit-form');
      await indicator.getByTestId('indicator-edit-target').fill('40');
      await waitUntil(session, 'the indicator change kept', () => indicator.getAttribute('data-draft-saved'), Boolean);
      await session.page.reload();
      await row.getByTestId('indicator-edit-open').click();
      await indicator.getByTestId('form-draft-restored').waitFor();
      await expect(indicator.getByTestId('indicator-edit-target').inputValue()).resolves.toBe('40');
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a delivery move: an expired session says so and keeps the form; an answer lost after the server moved it, saved again, answers the move (its key), not CONFLICT',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = session;
      const target = planned[1]!;
      const version = async () =>
        (
          await api<{ activity: { version: number } }>(`query($id: ID!) { activity(id: $id) { version } }`, {
            id: target.id,
          })
        ).activity.version;
      const before = await version();
      const detail = await openActivity(session, target.id);
      await detail.getByTestId('delivery-move-IN_DELIVERY').click();
      await detail.getByTestId('delivery-started-on').fill('2009-05-04');

      // The session expired: the server answers UNAUTHENTICATED. Not a line problem: the form says to sign in again.
      await page.route('**/graphql', async (route) => {
        if (!(route.request().postData() ?? '').includes('SetDeliveryStatus')) return route.continue();
        return route.fulfill({
          status: 200,
          contentType: 'application/json',
          body: JSON.stringify({
            data: null,
            errors: [{ message: 'Sign in.', extensions: { code: 'UNAUTHENTICATED' } }],
          }),
        });
      });
      await detail.getByTestId('delivery-move-submit').click();
      const notSaved = detail.getByTestId('delivery-move-not-saved');
      await expect(notSaved.innerText()).resolves.toMatch(
        /session has expired — sign in again; what you typed is kept/i,
      );
      await expect(detail.getByTestId('delivery-started-on').inputValue()).resolves.toBe('2009-05-04');
      await expect(activity(target.id)).resolves.toMatchObject({ deliveryStatus: 'PLANNED' });
      await page.unroute('**/graphql');

      // The move reaches the server, its answer never reaches the browser: "not saved" (the line), the form stays.
      let cut = 0;
      await page.route('**/graphql', async (route) => {
        if (cut > 0 || !(route.request().postData() ?? '').includes('SetDeliveryStatus')) return route.continue();
        cut++;
        await route.fetch();
        return route.abort('connectionreset');
      });
      await detail.getByTestId('delivery-move-submit').click();
      await expect(notSaved.innerText()).resolves.toMatch(/Not saved/);
      expect(cut).toBe(1);
      await expect(activity(target.id)).resolves.toMatchObject({ deliveryStatus: 'IN_DELIVERY' });
      await page.unroute('**/graphql');

      // Saved again with the same key: the server answers the move it made, no CONFLICT, no second move.
      await detail.getByTestId('delivery-move-submit').click();
      await detail.getByTestId('delivery-moved').waitFor();
      await expect(detail.getByTestId('delivery-move-error').count()).resolves.toBe(0);
      expect(await version()).toBe(before + 1);
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it.each(['bangkok@demo.local', 'donor@demo.local'])(
    'shows %s the delivery and results without any control to change them',
    async (email) => {
      const session = await openSignedIn(web, email);
      // The activity the secretariat gave an outcome, a hand-kept indicator and an actual: each has its control there.
      const detail = await openActivity(session, withoutResults!.id);
      await detail.getByTestId('indicator-row').waitFor();
      await detail.getByTestId('activity-delivery').waitFor();
      await detail.getByTestId('activity-results').waitFor();
      for (const control of ['delivery-moves', 'result-add', 'result-edit-open', 'indicator-add', 'actual-add']) {
        await expect(detail.getByTestId(control).count()).resolves.toBe(0);
      }
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
