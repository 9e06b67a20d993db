/**
 * Works on a poor line, in a real browser against the real built system:
 * - the built client is served compressed (br), hashed assets immutable, the shell and service worker no-cache,
 *   with a web app manifest and a service worker at the site root;
 * - a page whose code cannot be fetched shows a retry (never a blank app) and opens once the line returns;
 * - the Dakar office's half-typed request survives Cancel and a reload; submitted offline it is "saved on this
 *   device", the page reloads offline from the service worker, and once online the request is logged exactly once.
 */
import { gqlAt, signIn } from '../support/server.js';
import { signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil, type BrowserSession } from './browser.js';

// The sessions a test opens (`web.open`) are closed at the end of the file.
const web = useServerAndBrowser();

describe('serving the web client', () => {
  it('JavaScript and CSS compressed, hashed assets immutable, the shell and the service worker revalidated', async () => {
    const index = await fetch(`${web.url}/`, { headers: { accept: 'text/html' } });
    expect(index.headers.get('cache-control')).toBe('no-cache');
    const html = await index.text();
    expect(html).toContain('rel="manifest"');
    const assets = [...html.matchAll(/(?:src|href)="(\/assets\/[^"]+\.(?:js|css))"/g)].map((m) => m[1]!);
    expect(assets.some((a) => a.endsWith('.js'))).toBe(true);
    expect(assets.some((a) => a.endsWith('.css'))).toBe(true);
    let checked = 0;
    for (const asset of assets) {
      const plain = await fetch(`${web.url}${asset}`, { headers: { 'accept-encoding': 'identity' } });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(plain.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      // A file of a few hundred bytes gains nothing from compression: the build leaves it as it is.
      if ((await plain.text()).length < 1024) continue;
      checked++;
      const br = await fetch(`${web.url}${asset}`, { headers: { 'accept-encoding': 'br' } });
      expect([asset, br.status, br.headers.get('content-encoding')]).toEqual([asset, 200, 'br']);
      expect(br.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
      expect(br.headers.get('content-type')).toMatch(asset.endsWith('.js') ? /javascript/ : /text\/css/);
      expect(br.headers.get('vary')).toMatch(/accept-encoding/i);
      expect((await br.text()).length).toBeGreaterThan(0);
      const gzip = await fetch(`${web.url}${asset}`, { headers: { 'accept-encoding': 'gzip' } });
      expect(gzip.headers.get('content-encoding')).toBe('gzip');
    }
    expect(checked).toBeGreaterThan(1);
    const sw = await fetch(`${web.url}/sw.js`, { headers: { 'accept-encoding': 'br' } });
    expect(sw.status).toBe(200);
    expect(sw.headers.get('cache-control')).toBe('no-cache');
    expect(sw.headers.get('content-type')).toMatch(/javascript/);
    expect(await sw.text()).toContain("addEventListener('fetch'");
    const manifest = await fetch(`${web.url}/manifest.webmanifest`);
    expect(manifest.status).toBe(200);
    const body = (await manifest.json()) as { start_url: string; display: string; icons: { sizes: string }[] };
    expect(body).toMatchObject({ start_url: '/', display: 'standalone' });
    expect(body.icons.map((i) => i.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    const icon = await fetch(`${web.url}/icon-192.png`);
    expect(icon.headers.get('content-type')).toBe('image/png');

    // GraphQL answers of more than a kilobyte are compressed too (a page of requests).
    const token = await signIn(web.url, 'dakar@demo.local');
    const page = await fetch(`${web.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ assistanceRequests(first: 50) { totalCount nodes { id kind status } } }' }),
    });
    expect(page.headers.get('content-encoding')).toBe('br');
    const answer = (await page.json()) as { data: { assistanceRequests: { nodes: unknown[] } } };
    expect(answer.data.assistanceRequests.nodes.length).toBeGreaterThan(10);
  });
});

describe('a page whose code cannot be fetched', () => {
  it(
    'shows a retry instead of a blank page, and opens once the line returns',
    async () => {
      // Without the service worker, which would otherwise serve the chunk from its cache.
      const s = await web.open({ serviceWorkers: 'block' });
      const { page } = s;
      await signInAs(s, web.url, 'dakar@demo.local');
      const chunk = /\/assets\/WorkshopsPage-[^/]+\.js$/;
      let aborted = 0;
      await page.route(chunk, (route) => {
        aborted++;
        return route.abort('internetdisconnected');
      });
      await page.getByTestId('nav-workshops').click();
      const failed = page.getByTestId('page-failed');
      await failed.waitFor();
      expect(aborted).toBeGreaterThan(0);
      await expect(failed.innerText()).resolves.toContain('could not be loaded');
      // The shell stays: header and navigation are there.
      await page.getByTestId('user-menu').waitFor();
      // Still down: retrying says so again.
      await page.getByTestId('page-retry').click();
      await failed.waitFor();
      // The line returns: retry opens the page.
      await page.unroute(chunk);
      await page.getByTestId('page-retry').click();
      await page.locator('[data-testid="workshop-row"]').first().waitFor();
      await expect(failed.count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('logging a request on a poor line', () => {
  const description = `Offline test ${Date.now()}: mutual legal assistance training for central authority staff`;
  let s: BrowserSession;

  // Logged after the page was reloaded offline (its own words, so that neither search finds the other).
  const afterReload = `Reloaded offline ${Date.now()}: extradition casework mentoring for the prosecution service`;

  const countLogged = async (text = description): Promise<number> => {
    const token = await signIn(web.url, 'dakar@demo.local');
    const res = await gqlAt<{ assistanceRequests: { totalCount: number } }>(
      web.url,
      `query($s: String) { assistanceRequests(filter: { search: $s }) { totalCount } }`,
      { s: text },
      token,
    );
    if (!res.data) throw new Error(JSON.stringify(res.errors));
    return res.data.assistanceRequests.totalCount;
  };

  it(
    'the draft survives Cancel and a reload',
    async () => {
      s = await web.open();
      const { page } = s;
      await signInAs(s, web.url, 'dakar@demo.local');
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('log-request-open').click();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'visible' });
      await page.getByTestId('form-state').selectOption('MLI');
      await page.getByTestId('form-kind').selectOption('TRAINING');
      await page.getByTestId('form-description').fill(description);
      await page.getByTestId('form-cancel').click();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'hidden' });
      await page.getByTestId('log-request-open').click();
      await expect(page.getByTestId('form-description').inputValue()).resolves.toBe(description);
      await waitUntil(
        s,
        'the draft to be written',
        () => page.getByTestId('log-request-form').getAttribute('data-draft-saved'),
        (v) => Boolean(v),
      );
      await page.keyboard.press('Escape');
      await page.getByTestId('log-request-dialog').waitFor({ state: 'hidden' });

      await page.reload();
      await page.getByTestId('log-request-open').click();
      await page.getByTestId('form-draft-restored').waitFor();
      await expect(page.getByTestId('form-description').inputValue()).resolves.toBe(description);
      // The State list arrives with the reference data, after the draft: the restored choice shows once it has.
      await waitUntil(
        s,
        'the restored State',
        () => page.getByTestId('form-state').inputValue(),
        (v) => v === 'MLI',
      );
      await expect(page.getByTestId('form-kind').inputValue()).resolves.toBe('TRAINING');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'submitted offline: saved on this device; reloaded offline from the service worker; logged once when online',
    async () => {
      const { page, context } = s;
      // The service worker installed (it caches the shell and every page's code) and controls the page.
      await waitUntil(
        s,
        'the service worker to control the page',
        () =>
          // (as text: the tests are typed for Node, not the DOM)
          page.evaluate<boolean>(
            'navigator.serviceWorker.ready.then(() => Boolean(navigator.serviceWorker.controller))',
          ),
        (v) => v,
      );
      await page.getByTestId('form-channel').selectOption('field-office');
      await page.getByTestId('form-priority-area').selectOption({ index: 1 });
      await page.getByTestId('form-topic-cybercrime').check();
      await context.setOffline(true);
      await page.getByTestId('form-submit').click();
      const pending = page.getByTestId('outbox-pending');
      await pending.waitFor();
      await expect(pending.innerText()).resolves.toMatch(/saved on this device — will be sent/i);
      await page.getByTestId('log-request-dialog').waitFor({ state: 'hidden' });
      await expect(page.getByText('Failed to fetch').count()).resolves.toBe(0);
      // The answer never came: nothing was logged.
      expect(await countLogged()).toBe(0);

      // Reloaded while still offline: the service worker serves the shell and the code, and this device kept who
      // is signed in and the form's lists: the page says it works from what the device kept, shows the queued
      // request, and the form still logs (a second request, queued too).
      await page.reload();
      const kept = page.getByTestId('working-from-device');
      await kept.waitFor();
      await expect(kept.innerText()).resolves.toContain('working from what this device kept');
      await page.getByTestId('user-menu').waitFor();
      await page.getByTestId('outbox-pending').waitFor();
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('log-request-open').click();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'visible' });
      // The queued request's draft is still on the device until the server has it: shown, disabled, as waiting.
      await page.getByTestId('log-request-queued').waitFor();
      await expect(page.getByTestId('log-request-queued').innerText()).resolves.toMatch(/saved on this device/i);
      // The notice and the kept text come from two reads of the device's store: the text is waited for too.
      await waitUntil(
        s,
        'the queued request’s text',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === description,
      );
      await expect(page.getByTestId('form-description').isDisabled()).resolves.toBe(true);
      await expect(page.getByTestId('form-submit').isDisabled()).resolves.toBe(true);
      // Another request may be typed meanwhile: the queued one keeps its own copy.
      await page.getByTestId('log-request-start-another').click();
      await page.getByTestId('log-request-queued').waitFor({ state: 'hidden' });
      await waitUntil(
        s,
        'an empty form',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === '',
      );
      await page.getByTestId('form-state').selectOption('MLI');
      await page.getByTestId('form-kind').selectOption('TRAINING');
      await page.getByTestId('form-channel').selectOption('field-office');
      await page.getByTestId('form-priority-area').selectOption({ index: 1 });
      await page.getByTestId('form-topic-cybercrime').check();
      await page.getByTestId('form-description').fill(afterReload);
      await page.getByTestId('form-submit').click();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'hidden' });
      await waitUntil(
        s,
        'both requests queued on the device',
        () => page.getByTestId('outbox-pending').getAttribute('data-count'),
        (count) => count === '2',
      );
      expect(await countLogged(afterReload)).toBe(0);

      // The line returns: the session is asked again, the queued requests are sent once each, then the usual
      // notice; the page no longer says it works from the device.
      await context.setOffline(false);
      const sent = page.getByTestId('outbox-sent');
      await sent.first().waitFor({ timeout: 60_000 });
      await expect(sent.first().innerText()).resolves.toContain('Mali');
      await waitUntil(
        s,
        'the outbox to empty',
        () => page.getByTestId('outbox-pending').count(),
        (n) => n === 0,
      );
      await kept.waitFor({ state: 'hidden' });
      expect(await countLogged()).toBe(1);
      expect(await countLogged(afterReload)).toBe(1);

      // The form starts afresh (the draft went with the submission). It is shown afresh once it hears the request
      // left the outbox, which may be a moment after the outbox says it is empty.
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('log-request-open').click();
      await waitUntil(
        s,
        'the form shown afresh',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === '',
      );
      await expect(page.getByTestId('form-draft-restored').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'the answer lost mid-flight (the server logged it): kept on the device, sent again with the same key, logged once',
    async () => {
      const { page } = s;
      const lost = `${description} (answer lost)`;
      let cut = 0;
      await page.route('**/graphql', async (route) => {
        if (cut === 0 && (route.request().postData() ?? '').includes('LogAssistanceRequest')) {
          cut++;
          // The request reaches the server; its answer never reaches the browser.
          await route.fetch();
          return route.abort('connectionreset');
        }
        return route.continue();
      });
      await page.getByTestId('form-state').selectOption('MLI');
      await page.getByTestId('form-priority-area').selectOption({ index: 1 });
      await page.getByTestId('form-kind').selectOption('TRAINING');
      await page.getByTestId('form-channel').selectOption('field-office');
      await page.getByTestId('form-topic-cybercrime').check();
      await page.getByTestId('form-description').fill(lost);
      await page.getByTestId('form-submit').click();
      const pending = page.getByTestId('outbox-pending');
      await pending.waitFor();
      expect(cut).toBe(1);
      await expect(pending.innerText()).resolves.toMatch(/saved on this device/i);
      await expect(page.getByText('Failed to fetch').count()).resolves.toBe(0);
      const count = async (): Promise<number> => {
        const token = await signIn(web.url, 'dakar@demo.local');
        const res = await gqlAt<{ assistanceRequests: { totalCount: number } }>(
          web.url,
          `query($s: String) { assistanceRequests(filter: { search: $s }) { totalCount } }`,
          { s: lost },
          token,
        );
        return res.data?.assistanceRequests.totalCount ?? -1;
      };
      // The server did log it.
      expect(await count()).toBe(1);
      await page.getByTestId('outbox-send').click();
      await page.getByTestId('outbox-sent').last().waitFor();
      await waitUntil(
        s,
        'the outbox to empty',
        () => page.getByTestId('outbox-pending').count(),
        (n) => n === 0,
      );
      // Sent again with the draft's key: the server answered with the request it had logged, not a second one.
      expect(await count()).toBe(1);
      await page.unroute('**/graphql');
    },
    STEP_TIMEOUT_MS,
  );
});

describe('a queued request the server refuses after another was started', () => {
  it(
    'keeps what was typed since in the form, and the refused one beside it with its reason, to be opened',
    async () => {
      const s = await web.open();
      const { page, context } = s;
      await signInAs(s, web.url, 'dakar@demo.local');
      const refused = `Refused later ${Date.now()}: a seminar dated by a device clock running days ahead`;
      const typedSince = `Typed since ${Date.now()}: mentoring for the central authority`;
      // The device's clock runs three days ahead: the form takes its "today" as the date received, and the server
      // (on its own clock) refuses a request received in the future — a refusal, not a line problem.
      await page.clock.setFixedTime(new Date(Date.now() + 3 * 24 * 3600 * 1000));
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('log-request-open').click();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'visible' });
      const fill = async (description: string): Promise<void> => {
        await page.getByTestId('form-state').selectOption('MLI');
        await page.getByTestId('form-kind').selectOption('TRAINING');
        await page.getByTestId('form-channel').selectOption('field-office');
        await page.getByTestId('form-priority-area').selectOption({ index: 1 });
        await page.getByTestId('form-topic-cybercrime').check();
        await page.getByTestId('form-description').fill(description);
      };
      await fill(refused);
      await context.setOffline(true);
      await page.getByTestId('form-submit').click();
      await page.getByTestId('outbox-pending').waitFor();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'hidden' });

      // While it waits, another is started and typed (and kept on the device as it is typed).
      await page.getByTestId('log-request-open').click();
      await page.getByTestId('log-request-start-another').click();
      await waitUntil(
        s,
        'an empty form',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === '',
      );
      await page.getByTestId('form-description').fill(typedSince);
      await waitUntil(
        s,
        'the new draft to be written',
        () => page.getByTestId('log-request-form').getAttribute('data-draft-saved'),
        (v) => Boolean(v),
      );

      // The line returns; the queued one is sent and refused. What was typed since stays in the form.
      await context.setOffline(false);
      const notice = page.getByTestId('outbox-refused');
      await notice.waitFor({ timeout: 60_000 });
      await expect(notice.getAttribute('data-restored')).resolves.toBe('false');
      await expect(notice.innerText()).resolves.toMatch(/future/);
      const setAside = page.getByTestId('log-request-set-aside');
      await setAside.waitFor();
      await expect(setAside.getAttribute('data-refused')).resolves.toBe('true');
      await expect(setAside.innerText()).resolves.toMatch(/Your earlier submission was refused: .*future/);
      await expect(page.getByTestId('form-description').inputValue()).resolves.toBe(typedSince);

      // Opened: the refused one is in the form, and what was typed since is kept apart in its turn.
      await page.getByTestId('log-request-set-aside-open').click();
      await waitUntil(
        s,
        'the refused request in the form',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === refused,
      );
      await expect(page.getByTestId('log-request-set-aside').getAttribute('data-refused')).resolves.toBe('false');
      await page.getByTestId('log-request-set-aside-open').click();
      await waitUntil(
        s,
        'what was typed since back in the form',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === typedSince,
      );
      // Both stay on the device across a reload.
      await page.reload();
      await page.getByTestId('log-request-open').click();
      await waitUntil(
        s,
        'the draft restored',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === typedSince,
      );
      // The refused one, opened and set apart again untouched, still says why it was refused.
      const again = page.getByTestId('log-request-set-aside');
      await again.waitFor();
      await expect(again.count()).resolves.toBe(1);
      await expect(again.getAttribute('data-refused')).resolves.toBe('true');
      await expect(again.innerText()).resolves.toMatch(/Your earlier submission was refused: .*future/);
      await page.getByTestId('log-request-set-aside-open').click();
      await waitUntil(
        s,
        'the refused request in the form again',
        () => page.getByTestId('form-description').inputValue(),
        (v) => v === refused,
      );
      // Refused, never logged.
      const token = await signIn(web.url, 'dakar@demo.local');
      const logged = await gqlAt<{ assistanceRequests: { totalCount: number } }>(
        web.url,
        `query($s: String) { assistanceRequests(filter: { search: $s }) { totalCount } }`,
        { s: refused },
        token,
      );
      expect(logged.data?.assistanceRequests.totalCount).toBe(0);
      expect(s.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('two tabs open when the line returns', () => {
  it(
    'one tab sends the queued request, once; the other leaves it to that tab',
    async () => {
      const s = await web.open();
      const { page, context } = s;
      await signInAs(s, web.url, 'dakar@demo.local');
      const description = `Two tabs ${Date.now()}: witness protection training for the police academy`;
      // A second tab of the same browser (its storage, so its outbox), on the same page.
      const other = await context.newPage();
      await other.goto(page.url());
      await other.getByTestId('user-menu').waitFor();
      // Every submission of the request either tab sends.
      const sends: string[] = [];
      for (const [tab, p] of [
        ['first', page],
        ['second', other],
      ] as const) {
        p.on('request', (r) => {
          if (r.method() === 'POST' && (r.postData() ?? '').includes('logAssistanceRequest')) sends.push(tab);
        });
      }
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('log-request-open').click();
      await page.getByTestId('log-request-dialog').waitFor({ state: 'visible' });
      await page.getByTestId('form-state').selectOption('SEN');
      await page.getByTestId('form-kind').selectOption('TRAINING');
      await page.getByTestId('form-channel').selectOption('field-office');
      await page.getByTestId('form-priority-area').selectOption({ index: 1 });
      await page.getByTestId('form-topic-cybercrime').check();
      await page.getByTestId('form-description').fill(description);
      await context.setOffline(true);
      await page.getByTestId('form-submit').click();
      await page.getByTestId('outbox-pending').waitFor();
      // The other tab hears of it too, and will try it when the line returns.
      await other.getByTestId('outbox-pending').waitFor();
      // (Offline, the form queues it without trying: nothing was sent yet.)
      const sentOffline = sends.length;

      // The first send's answer is held back until "Send now" was pressed in both tabs, and two seconds at least:
      // long enough for the other tab, hearing the line return too, to send it again if nothing stopped it.
      let held = false;
      let release = (): void => undefined;
      const released = new Promise<void>((resolve) => (release = resolve));
      await context.route('**/graphql', async (route) => {
        if (!held && (route.request().postData() ?? '').includes('logAssistanceRequest')) {
          held = true;
          await Promise.all([released, new Promise((resolve) => setTimeout(resolve, 2000))]);
        }
        await route.continue();
      });

      // The line returns in both tabs at once: one sends it; the other, finding it being sent, leaves it to that tab.
      await context.setOffline(false);
      try {
        // While the answer is held, "Send now" in both tabs: the sending tab is asked again while it sends (as its
        // periodic retry may), and says it sent once; the other still leaves it to that tab.
        await waitUntil(
          s,
          'the send to be held',
          async () => held,
          (h) => h,
        );
        for (const p of [page, other]) await p.getByTestId('outbox-send').click();
      } finally {
        // Released whatever happened: the session serves the next tests.
        release();
      }
      await waitUntil(
        s,
        'the outbox to empty in both tabs',
        async () =>
          (await page.getByTestId('outbox-pending').count()) + (await other.getByTestId('outbox-pending').count()),
        (n) => n === 0,
      );
      // Neither tab sending any more (nor waiting to), then a moment for a late duplicate to show.
      const locksInUse = 'navigator.locks.query().then((q) => q.held.length + q.pending.length)';
      await waitUntil(
        s,
        'both tabs done with the outbox',
        async () => (await page.evaluate<number>(locksInUse)) + (await other.evaluate<number>(locksInUse)),
        (n) => n === 0,
      );
      await page.waitForTimeout(1000);
      expect(held).toBe(true);
      await context.unroute('**/graphql');
      const sentNotices = async (): Promise<number> =>
        (await page.getByTestId('outbox-sent').count()) + (await other.getByTestId('outbox-sent').count());
      await waitUntil(s, 'the sent notice', sentNotices, (n) => n > 0);
      expect(await sentNotices()).toBe(1);
      // Sent after the line returned, by one tab only.
      expect(sends.length - sentOffline).toBe(1);
      const token = await signIn(web.url, 'dakar@demo.local');
      const logged = await gqlAt<{ assistanceRequests: { totalCount: number } }>(
        web.url,
        `query($s: String) { assistanceRequests(filter: { search: $s }) { totalCount } }`,
        { s: description },
        token,
      );
      expect(logged.data?.assistanceRequests.totalCount).toBe(1);
      await other.close();
      expect(s.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('signed out, nothing of the user stays on the device', () => {
  it(
    'reloaded offline after signing out: no user, the page says the line is down',
    async () => {
      const s = await web.open();
      const { page, context } = s;
      await signInAs(s, web.url, 'bangkok@demo.local');
      await waitUntil(
        s,
        'the service worker to control the page',
        () =>
          page.evaluate<boolean>(
            'navigator.serviceWorker.ready.then(() => Boolean(navigator.serviceWorker.controller))',
          ),
        (v) => v,
      );
      await page.getByTestId('sign-out').click();
      await waitUntil(
        s,
        'the sign-in form',
        () => page.getByTestId('sign-in-form').count(),
        (n) => n === 1,
      );
      await context.setOffline(true);
      await page.reload();
      // The session cannot be asked and nothing was kept: no user, no pages; in words a person can act on.
      await page.getByTestId('session-error').waitFor();
      const said = await page.getByTestId('session-error').innerText();
      expect(said).toContain('What you typed and queued on this device is kept');
      expect(said).not.toContain('Failed to fetch');
      await expect(page.getByTestId('user-menu').count()).resolves.toBe(0);
      await expect(page.getByTestId('working-from-device').count()).resolves.toBe(0);
      await context.setOffline(false);
      await page.getByTestId('sign-in-form').waitFor({ timeout: 60_000 });
    },
    STEP_TIMEOUT_MS,
  );
});

describe('recording a workshop outcome on a poor line', () => {
  it(
    'the draft survives a reload; saved offline, it is recorded once when the line returns',
    async () => {
      const s = await web.open();
      const { page, context } = s;
      const conclusions = `Offline conclusions ${Date.now()}: central authorities agreed a common request template.`;
      await signInAs(s, web.url, 'dakar@demo.local');
      await page.getByTestId('nav-workshops').click();
      const row = page.locator('[data-testid="workshop-row"][data-city="Dakar"]');
      await row.getByTestId('workshop-link').click();
      await page.getByTestId('outcome-form').waitFor();
      const workshopId = page.url().split('/').pop()!;
      await page.getByTestId('outcome-conclusions').fill(conclusions);
      // Written to the device (IndexedDB) as typed: once it is, a reload keeps it.
      await waitUntil(
        s,
        'the draft to be written',
        () => page.getByTestId('outcome-form').getAttribute('data-draft-saved'),
        (v) => Boolean(v),
      );
      await page.reload();
      await page.getByTestId('outcome-draft-restored').waitFor();
      await expect(page.getByTestId('outcome-conclusions').inputValue()).resolves.toBe(conclusions);

      // The line drops and the page is reloaded: the service worker serves the app, and the workshop and its form
      // come from what this device kept.
      await waitUntil(
        s,
        'the service worker to control the page',
        () =>
          page.evaluate<boolean>(
            'navigator.serviceWorker.ready.then(() => Boolean(navigator.serviceWorker.controller))',
          ),
        (v) => v,
      );
      await context.setOffline(true);
      await page.reload();
      await page.getByTestId('working-from-device').waitFor();
      await page.getByTestId('outcome-draft-restored').waitFor();
      await expect(page.getByTestId('outcome-conclusions').inputValue()).resolves.toBe(conclusions);
      await page.getByTestId('outcome-submit').click();
      await page.getByTestId('outcome-queued').waitFor();
      await expect(page.getByTestId('outcome-queued').innerText()).resolves.toMatch(/saved on this device/i);
      await page.getByTestId('outbox-pending').waitFor();
      // Reloaded while it waits: the draft is still on the device, shown as waiting (not to be sent twice).
      await page.reload();
      await page.getByTestId('working-from-device').waitFor();
      await page.getByTestId('outcome-queued').waitFor();
      await waitUntil(
        s,
        'the queued outcome’s conclusions',
        () => page.getByTestId('outcome-conclusions').inputValue(),
        (v) => v === conclusions,
      );
      await expect(page.getByTestId('outcome-submit').isDisabled()).resolves.toBe(true);

      await context.setOffline(false);
      const sent = page.locator('[data-testid="outbox-sent"][data-kind="recordWorkshopOutcome"]');
      await sent.waitFor({ timeout: 60_000 });
      const token = await signIn(web.url, 'dakar@demo.local');
      const res = await gqlAt<{ workshop: { outcome: { conclusions: string } | null } }>(
        web.url,
        `query($id: ID!) { workshop(id: $id) { outcome { conclusions } } }`,
        { id: workshopId },
        token,
      );
      expect(res.data?.workshop.outcome?.conclusions).toBe(conclusions);
      // Sent once: one submission for the key, no longer waiting.
      await waitUntil(
        s,
        'the outbox to empty',
        () => page.getByTestId('outbox-pending').count(),
        (n) => n === 0,
      );
      await page.getByTestId('outcome-queued').waitFor({ state: 'hidden' });
      // The form now shows what is recorded, with no draft left.
      await waitUntil(
        s,
        'the recorded conclusions in the form',
        () => page.getByTestId('outcome-conclusions').inputValue(),
        (v) => v === conclusions,
      );
      await expect(page.getByTestId('outcome-discard-draft').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );
});
