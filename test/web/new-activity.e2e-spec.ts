/**
 * "New activity" on the programme page, in a real browser against the real built system on the demo data: the
 * secretariat (who may edit the programme) opens the dialog, is told what is missing as it types, finds its draft
 * again after a reload, creates the activity and sees it in the grid and in the drawer; a field office and a
 * donor, who may not edit the programme, are not offered the button.
 */
import { countOf, openSignedIn, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;
const CODE = 'IV.B.99-1';
const TITLE = 'Regional workshop on electronic evidence for East Africa';

describe('new activity', () => {
  it(
    'as the secretariat: checks as one types, keeps the draft across a reload, creates it and shows it',
    async () => {
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-programme').click();
      const before = await waitUntil(
        session,
        'the activities',
        () => countOf(page, 'activities-total'),
        (n) => n > 0,
      );

      await page.getByTestId('new-activity-open').click();
      const dialog = page.getByTestId('new-activity-dialog');
      await dialog.waitFor();
      // Typed, then emptied: the required field says so at once, and the form cannot be sent.
      await dialog.getByTestId('new-activity-title').fill('ab');
      await expect(dialog.getByTestId('error-title').innerText()).resolves.toBe(
        'At least 3 characters: say what the activity is.',
      );
      await dialog.getByTestId('new-activity-title').fill('');
      await expect(dialog.getByTestId('error-title').innerText()).resolves.toBe('Give the activity a title.');
      await dialog.getByTestId('new-activity-code').fill('IV B 99');
      await expect(dialog.getByTestId('error-code').innerText()).resolves.toContain('2 to 30 letters');
      await expect(dialog.getByTestId('new-activity-submit').isDisabled()).resolves.toBe(true);

      // Cancel keeps what was typed; so does a reload.
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('new-activity-open').click();
      await expect(dialog.getByTestId('new-activity-code').inputValue()).resolves.toBe('IV B 99');
      await dialog.getByTestId('new-activity-code').fill(CODE);
      await waitUntil(
        session,
        'the draft written',
        () => dialog.getByTestId('new-activity-form').getAttribute('data-draft-saved'),
        (at) => Boolean(at),
      );
      await page.reload();
      await page.getByTestId('new-activity-open').click();
      await waitUntil(
        session,
        'the draft restored',
        () => page.getByTestId('new-activity-code').inputValue(),
        (value) => value === CODE,
      );
      await page.getByTestId('form-draft-restored').waitFor();

      await dialog.getByTestId('new-activity-title').fill(TITLE);
      await dialog.getByTestId('new-activity-priorityAreaCode').selectOption('C');
      await dialog.getByTestId('new-activity-activityType').selectOption('WORKSHOP');
      await expect(dialog.getByTestId('new-activity-phase').inputValue()).resolves.toBe('PROPOSED');
      await dialog.getByTestId('new-activity-description').fill('Three days for prosecutors and investigators.');
      await dialog.getByTestId('new-activity-beneficiaryStates').selectOption(['KEN', 'UGA']);
      await dialog.getByTestId('new-activity-partners').fill('UNDP\nINTERPOL');
      // The end before the start is refused as one types; the dates set right are accepted.
      await dialog.getByTestId('new-activity-endsOn').fill('2010-03-01');
      await dialog.getByTestId('new-activity-startsOn').fill('2010-03-05');
      await expect(dialog.getByTestId('error-endsOn').innerText()).resolves.toBe('The end cannot be before the start.');
      await dialog.getByTestId('new-activity-endsOn').fill('2010-03-07');
      await expect(dialog.getByTestId('error-endsOn').count()).resolves.toBe(0);

      await dialog.getByTestId('new-activity-submit').click();
      const notice = page.getByTestId('notice-activity-created');
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain(`Activity ${CODE} was created.`);
      await dialog.waitFor({ state: 'hidden' });
      // It opens in the drawer, and the grid (asked again) counts it.
      const detail = page.getByTestId('activity-detail');
      await detail.waitFor();
      await expect(detail.getAttribute('data-code')).resolves.toBe(CODE);
      await expect(detail.getByTestId('activity-detail-title').innerText()).resolves.toBe(TITLE);
      await waitUntil(
        session,
        'the grid counting the new activity',
        () => countOf(page, 'activities-total'),
        (n) => n === before + 1,
      );
      await page.keyboard.press('Escape');
      await detail.waitFor({ state: 'hidden' });
      await page.getByTestId('programme-filter-search').fill(CODE);
      await page.getByTestId('programme-filter-search').press('Enter');
      await waitUntil(
        session,
        'the new activity in the grid',
        () =>
          page.getByTestId('activity-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code') ?? '')),
        (codes) => codes.includes(CODE),
      );

      // Created, the draft is gone: the dialog opens empty.
      await page.getByTestId('new-activity-open').click();
      await expect(dialog.getByTestId('new-activity-code').inputValue()).resolves.toBe('');
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as a field office or a donor: no "New activity" button',
    async () => {
      for (const email of ['dakar@demo.local', 'donor@demo.local']) {
        const other = await openSignedIn(web, email);
        await other.page.getByTestId('nav-programme').click();
        await waitUntil(
          other,
          `the activities (${email})`,
          () => countOf(other.page, 'activities-total'),
          (n) => n > 0,
        );
        await expect(other.page.getByTestId('new-activity-open').count()).resolves.toBe(0);
        await other.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
