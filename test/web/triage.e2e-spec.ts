/**
 * Triage where the request is, in a real browser against the real built system on the demo data, signed in as
 * the secretariat: a new request is moved RECEIVED → UNDER_REVIEW → ACCEPTED in its drawer (a decline asks for
 * a reason first), a duplicate logged after it is merged from the notice, the request is linked to an activity
 * (it becomes PLANNED), unlinked and re-linked with Undo, its description corrected, a stale
 * version said and reloaded, and two requests are moved together from the list.
 */
import type { Page } from 'playwright-core';
import { openSession, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;
let page: Page;
const tag = `E2E triage ${Date.now()}`;
let firstId = '';
let duplicateId = '';
let otherId = '';

beforeAll(() => {
  page = session.page;
});

/** The value of the option whose label starts with `code` (a priority area "B — …"). */
async function optionValue(testId: string, code: string): Promise<string> {
  const options = page.getByTestId(testId).locator('option');
  for (let i = 0; i < (await options.count()); i++) {
    const value = (await options.nth(i).getAttribute('value')) ?? '';
    const label = ((await options.nth(i).textContent()) ?? '').trim();
    if (value && (value === code || label.startsWith(`${code} `))) return value;
  }
  throw new Error(`No option "${code}" in ${testId}`);
}

/** Logs a Kenyan request through the form and returns its id. */
async function logRequest(kind: string, topic: string, description: string): Promise<string> {
  await page.getByTestId('log-request-open').click();
  const dialog = page.getByTestId('log-request-dialog');
  await dialog.waitFor({ state: 'visible' });
  await page.getByTestId('form-state').selectOption('KEN');
  await page.getByTestId('form-priority-area').selectOption(await optionValue('form-priority-area', 'B'));
  await page.getByTestId('form-kind').selectOption(kind);
  await page.getByTestId('form-channel').selectOption('field-office');
  await page.getByTestId('form-description').fill(description);
  await page.getByTestId(`form-topic-${topic}`).check();
  await page.getByTestId('form-submit').click();
  await dialog.waitFor({ state: 'hidden' });
  const notice = page.getByTestId('notice-logged');
  return waitUntil(
    session,
    'the logged notice',
    async () => (await notice.getAttribute('data-request-id')) ?? '',
    (id) => id !== '' && !(id === firstId || id === duplicateId),
  );
}

const detail = () => page.getByTestId('request-detail');
const detailStatus = () => detail().getAttribute('data-status');

async function waitForStatus(status: string): Promise<void> {
  await waitUntil(session, `the request ${status}`, detailStatus, (s) => s === status);
}

async function move(to: string): Promise<void> {
  // The drawer refetches the request after each change; a choice made while that answer is in flight is reset
  // with the fresh request, so choose until the form holds it.
  await waitUntil(
    session,
    `the move to ${to} chosen`,
    async () => {
      await page.getByTestId('triage-move-to').selectOption(to, { timeout: 2_000 });
      return page.getByTestId('triage-move-submit').isEnabled();
    },
    (enabled) => enabled,
  );
  await page.getByTestId('triage-move-submit').click();
  await waitForStatus(to);
}

describe('triage', () => {
  it(
    'logs a request, then a duplicate of it: the notice lists the first, which opens in the drawer',
    async () => {
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-requests').click();
      await page.getByTestId('requests-table').waitFor();
      firstId = await logRequest('TRAINING', 'cybercrime', `${tag}: training of investigators on cybercrime`);
      duplicateId = await logRequest('TRAINING', 'cybercrime', `${tag}: the same training, asked again by letter`);
      expect(duplicateId).not.toBe(firstId);
      const item = page.locator(
        `[data-testid="notice-duplicates"] [data-testid="duplicate-item"][data-id="${firstId}"]`,
      );
      await item.waitFor();
      await item.getByTestId('duplicate-open').click();
      await waitUntil(
        session,
        'the first request in the drawer',
        () => detail().getAttribute('data-id'),
        (id) => id === firstId,
      );
      await expect(detailStatus()).resolves.toBe('RECEIVED');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'moves it RECEIVED → UNDER_REVIEW → ACCEPTED; declining asks for a reason as you type',
    async () => {
      await page.getByTestId('triage-move-to').selectOption('DECLINED');
      await expect(page.getByTestId('error-reason').innerText()).resolves.toContain('reason');
      await expect(page.getByTestId('triage-move-submit').isDisabled()).resolves.toBe(true);
      await page.getByTestId('triage-move-reason').fill('Out of scope');
      await waitUntil(
        session,
        'no reason error',
        () => page.getByTestId('error-reason').count(),
        (n) => n === 0,
      );

      await page.getByTestId('triage-move-reason').fill('');
      await move('UNDER_REVIEW');
      await move('ACCEPTED');
      await expect(page.getByTestId('request-moves').innerText()).resolves.toContain('Accepted');
      // The list shows the new status too.
      await page.getByTestId('dialog-close').first().click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'merges the duplicate from the notice: both side by side, the first kept, a reason given',
    async () => {
      const item = page.locator(
        `[data-testid="notice-duplicates"] [data-testid="duplicate-item"][data-id="${firstId}"]`,
      );
      await item.getByTestId('duplicate-merge').click();
      const dialog = page.getByTestId('merge-dialog');
      await dialog.waitFor({ state: 'visible' });
      const compare = page.getByTestId('merge-compare');
      await compare.waitFor();
      const text = await compare.innerText();
      expect(text).toContain('Kenya');
      expect(text).toContain('Accepted');
      expect(text).toContain('Received');
      await expect(page.locator(`[data-testid="merge-keep"][data-id="${firstId}"]`).isChecked()).resolves.toBe(true);
      await page.getByTestId('merge-submit').click();
      await expect(page.getByTestId('error-reason').innerText()).resolves.not.toBe('');
      await page.getByTestId('merge-reason').fill('The same need, logged twice');
      await page.getByTestId('merge-submit').click();
      await page.getByTestId('notice-merged').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await waitUntil(
        session,
        'the kept request in the drawer',
        () => detail().getAttribute('data-id'),
        (id) => id === firstId,
      );
      await waitUntil(
        session,
        'the merge in its moves',
        () => page.getByTestId('request-moves').innerText(),
        (t) => t.includes('The same need, logged twice'),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'links the accepted request to an activity of its area: told first, it becomes PLANNED; unlink, then Undo',
    async () => {
      await page.getByTestId('link-activity-open').click();
      await expect(page.getByTestId('link-effect').getAttribute('data-effect')).resolves.toBe('toPlanned');
      await expect(page.getByTestId('link-effect').innerText()).resolves.toContain('Planned');
      const candidate = page.getByTestId('link-candidate').first();
      await candidate.waitFor();
      // The API's suggestions come first, each with its code, title and a short description.
      await expect(candidate.getAttribute('data-suggested')).resolves.toBe('true');
      await expect(candidate.innerText()).resolves.toMatch(/ — /);
      const activityId = (await candidate.getAttribute('data-activity-id')) ?? '';
      await candidate.getByTestId('link-candidate-submit').click();
      await waitForStatus('PLANNED');
      await page.locator(`[data-testid="request-activity"][data-activity-id="${activityId}"]`).waitFor();

      await page.locator(`[data-testid="unlink-activity"][data-activity-id="${activityId}"]`).click();
      await page.getByTestId('unlink-confirm').waitFor({ state: 'visible' });
      await page.getByTestId('unlink-confirm-submit').click();
      await page.getByTestId('unlink-undo').waitFor();
      await waitUntil(
        session,
        'the activity unlinked',
        () => page.locator(`[data-testid="request-activity"][data-activity-id="${activityId}"]`).count(),
        (n) => n === 0,
      );
      await page.getByTestId('unlink-undo-button').click();
      await page.locator(`[data-testid="request-activity"][data-activity-id="${activityId}"]`).waitFor();
      await expect(detailStatus()).resolves.toBe('PLANNED');
      await page.getByTestId('dialog-close').first().click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'edits the request’s description with the log form’s rules: too short is said beside the field, then saved',
    async () => {
      await page.getByTestId('filter-search').fill(tag);
      const row = page.locator(`[data-testid="request-row"][data-id="${firstId}"]`);
      await row.waitFor();
      await row.getByTestId('request-details').click();
      await waitUntil(
        session,
        'the request in the drawer',
        () => detail().getAttribute('data-id'),
        (id) => id === firstId,
      );
      await page.getByTestId('edit-request-open').click();
      const field = page.getByTestId('edit-description');
      await field.fill('ab');
      await expect(page.getByTestId('error-description').innerText()).resolves.toContain('3');
      await expect(page.getByTestId('edit-submit').isDisabled()).resolves.toBe(true);
      const corrected = `${tag}: training of investigators and prosecutors on cybercrime`;
      await field.fill(corrected);
      await page.getByTestId('edit-submit').click();
      await page.getByTestId('edit-request-form').waitFor({ state: 'detached' });
      await page.getByTestId('request-saved').waitFor();
      await waitUntil(
        session,
        'the new description',
        () => page.getByTestId('request-description').innerText(),
        (text) => text === corrected,
      );
      await expect(detailStatus()).resolves.toBe('PLANNED');
      await page.getByTestId('dialog-close').first().click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'a request changed behind the drawer’s back: the move is refused as stale, said so, and the request reloaded',
    async () => {
      const row = page.locator(`[data-testid="request-row"][data-id="${firstId}"]`);
      await row.getByTestId('request-details').click();
      await waitUntil(
        session,
        'the request in the drawer',
        () => detail().getAttribute('data-id'),
        (id) => id === firstId,
      );
      await expect(page.getByTestId('triage-confidential').isChecked()).resolves.toBe(false);
      // Someone else marks it confidential meanwhile (the same API, the same session cookie).
      const changed = await page.evaluate(async (id) => {
        const call = async (query: string, variables: Record<string, unknown>) => {
          const response = await fetch('/graphql', {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            credentials: 'same-origin',
            body: JSON.stringify({ query, variables }),
          });
          return (await response.json()) as { data?: Record<string, { version: number; confidential?: boolean }> };
        };
        const read = await call('query($id: ID!) { assistanceRequest(id: $id) { version } }', { id });
        const version = read.data?.assistanceRequest?.version;
        const write = await call(
          'mutation($id: ID!, $v: Int!) { setAssistanceRequestConfidential(id: $id, confidential: true, expectedVersion: $v) { version confidential } }',
          { id, v: version },
        );
        return write.data?.setAssistanceRequestConfidential?.confidential ?? null;
      }, firstId);
      expect(changed).toBe(true);
      await page.getByTestId('triage-move-to').selectOption('IN_DELIVERY');
      await page.getByTestId('triage-move-submit').click();
      await expect(page.getByTestId('triage-conflict').innerText()).resolves.toContain('changed');
      await waitUntil(
        session,
        'the request reloaded',
        () => page.getByTestId('triage-confidential').isChecked(),
        (c) => c,
      );
      await expect(detailStatus()).resolves.toBe('PLANNED');
      // With the version reloaded, the next change goes through.
      await page.getByTestId('triage-confidential').click();
      await waitUntil(
        session,
        'no longer confidential',
        () => page.getByTestId('triage-confidential').isChecked(),
        (c) => !c,
      );
      await page.getByTestId('dialog-close').first().click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'says it all in French: the triage panel, the reason rule, what a link will do',
    async () => {
      const french = await openSession(web.browser, { locale: 'fr-FR' });
      try {
        const fr = french.page;
        await signInAs(french, `${web.url}/requests`, 'secretariat@demo.local');
        await fr.getByTestId('filter-search').fill(tag);
        const row = fr.locator(`[data-testid="request-row"][data-id="${firstId}"]`);
        await row.waitFor();
        await row.getByTestId('request-details').click();
        const panel = fr.getByTestId('triage-panel');
        await panel.waitFor();
        await expect(panel.locator('h3').innerText()).resolves.toBe('Tri');
        await fr.getByTestId('triage-move-to').selectOption('DECLINED');
        await expect(fr.getByTestId('error-reason').innerText()).resolves.toContain('motif');
        await fr.getByTestId('link-activity-open').click();
        await expect(fr.getByTestId('link-effect').innerText()).resolves.toContain('reste « Planifiée »');
      } finally {
        await french.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'moves two requests together from the list, with a reason, and says what happened to each',
    async () => {
      otherId = await logRequest('EQUIPMENT', 'cybercrime', `${tag}: forensic equipment for the cybercrime unit`);
      await page.getByTestId('filter-search').fill(tag);
      await page.getByTestId('filter-status').selectOption('PLANNED');
      const planned = page.locator(`[data-testid="request-row"][data-id="${firstId}"]`);
      await planned.waitFor();
      await planned.getByTestId('select-row').check();
      await page.getByTestId('filter-status').selectOption('RECEIVED');
      const received = page.locator(`[data-testid="request-row"][data-id="${otherId}"]`);
      await received.waitFor();
      await received.getByTestId('select-row').check();
      await page.getByTestId('filter-status').selectOption('');
      await waitUntil(
        session,
        'both selected rows shown',
        () => page.getByTestId('bulk-count').innerText(),
        (t) => t.startsWith('2 '),
      );
      // PLANNED and RECEIVED share only the closing moves.
      const options = await page.getByTestId('bulk-move-to').locator('option').allTextContents();
      expect(options.slice(1)).toEqual(['Declined', 'Withdrawn']);
      await page.getByTestId('bulk-move-to').selectOption('WITHDRAWN');
      await expect(page.getByTestId('error-reason').innerText()).resolves.toContain('reason');
      await page.getByTestId('bulk-move-reason').fill('The State withdrew both in its letter');
      await page.getByTestId('bulk-move-submit').click();
      const outcomes = page.getByTestId('bulk-outcome');
      await waitUntil(
        session,
        'two outcomes',
        () => outcomes.count(),
        (n) => n === 2,
      );
      await expect(page.locator(`[data-testid="bulk-outcome"][data-moved="true"]`).count()).resolves.toBe(2);
      await waitUntil(
        session,
        'the rows withdrawn',
        () => page.locator(`[data-testid="request-row"][data-id="${otherId}"]`).getAttribute('data-status'),
        (s) => s === 'WITHDRAWN',
      );
    },
    STEP_TIMEOUT_MS,
  );
});
