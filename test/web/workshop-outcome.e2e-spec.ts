/**
 * The workshop outcome form in a real browser, against the real built system on the demo data: the Dakar
 * office records a follow-up need for Mali at the Dakar workshop, is told first that it needs a topic, saves,
 * sees the follow-up request and finds it on the requests page; the Bangkok office is not offered the form.
 */
import { countOf, openSession, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

let workshopUrl = '';
let followUpId = '';

const web = useServerAndBrowser({ session: {} });
const dakar = web.session;

describe('workshop outcome', () => {
  it(
    'the Dakar office opens the Dakar workshop: 20 participating States, and the outcome form',
    async () => {
      const { page } = dakar;
      await signInAs(dakar, web.url, 'dakar@demo.local');
      await page.getByTestId('nav-workshops').click();
      const row = page.locator('[data-testid="workshop-row"][data-city="Dakar"]');
      await row.waitFor();
      await row.getByTestId('workshop-link').click();
      await page.getByTestId('workshop-page').waitFor();
      workshopUrl = page.url();
      await expect(page.locator('#workshop-title').innerText()).resolves.toContain(
        'francophone and Portuguese-speaking African',
      );
      await expect(page.getByTestId('workshop-participants').locator('tbody tr').count()).resolves.toBe(20);
      await page.getByTestId('outcome-form').waitFor();
      await expect(page.getByTestId('participant-row').count()).resolves.toBe(20);
      await expect(page.getByTestId('outcome-checklistsCompleted').inputValue()).resolves.toBe('20');
      await expect(page.getByTestId('followup-requests').getAttribute('data-count')).resolves.toBe('0');
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'checks as you type: women above participants, a follow-up need without a topic',
    async () => {
      const { page } = dakar;
      const submit = page.getByTestId('outcome-submit');
      // A participant row that says more women than participants is refused next to the field.
      const mali = page.locator('[data-testid="participant-row"][data-state="MLI"]');
      const index = Number((await mali.getByRole('textbox').first().getAttribute('data-testid'))?.split('-').pop());
      await page.getByTestId(`participant-count-${index}`).fill('4');
      await page.getByTestId(`participant-women-${index}`).fill('5');
      await expect(page.getByTestId(`error-participants.${index}.women`).innerText()).resolves.toContain(
        'more than the participants (4)',
      );
      await expect(submit.isDisabled()).resolves.toBe(true);
      await page.getByTestId(`participant-women-${index}`).fill('2');
      await expect(page.getByTestId(`error-participants.${index}.women`).count()).resolves.toBe(0);

      await page.getByTestId('followup-add').click();
      await page.getByTestId('followup-state-0').selectOption('MLI');
      await page.getByTestId('followup-kind-0').selectOption('FOLLOW_UP_TRAINING');
      await expect(page.getByTestId('error-followUps.0.topics').innerText()).resolves.toBe('Tick at least one topic.');
      await expect(submit.isDisabled()).resolves.toBe(true);
      await page.getByTestId('followup-topic-0-mutual-legal-assistance').check();
      await expect(page.getByTestId('error-followUps.0.topics').count()).resolves.toBe(0);
      await expect(submit.isEnabled()).resolves.toBe(true);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'saves the outcome and lists the follow-up request raised for Mali',
    async () => {
      const { page } = dakar;
      await page.getByTestId('outcome-submit').click();
      await page.getByTestId('outcome-saved').waitFor();
      await expect(page.getByTestId('outcome-saved').innerText()).resolves.toContain('1 follow-up request');
      const request = await waitUntil(
        dakar,
        'the follow-up request',
        async () => {
          const items = await page.getByTestId('followup-request').all();
          return Promise.all(
            items.map(async (item) => ({
              id: (await item.getAttribute('data-id')) ?? '',
              state: await item.getAttribute('data-state'),
              kind: await item.getAttribute('data-kind'),
              text: (await item.innerText()).replace(/\s+/g, ' '),
            })),
          );
        },
        (items) => items.length === 1,
      );
      expect(request[0]).toMatchObject({ state: 'MLI', kind: 'FOLLOW_UP_TRAINING' });
      expect(request[0]?.text).toContain('Mali');
      expect(request[0]?.text).toContain('Mutual legal assistance');
      followUpId = request[0]?.id ?? '';
      // The form starts again from what is now recorded, with no follow-up pending.
      await expect(page.getByTestId('followup-row').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'finds the follow-up request on the requests page, filtered by the workshop, then by the State',
    async () => {
      const { page } = dakar;
      await page.getByTestId('followups-requests-link').click();
      // The chip names the workshop once its title has come (a round trip: "…" until then).
      await waitUntil(
        dakar,
        "the workshop's title in the filter",
        () => page.getByTestId('filter-workshop').innerText(),
        (text) => text.includes('francophone'),
      );
      expect(new URL(page.url()).searchParams.get('workshop')).toBe(new URL(workshopUrl).pathname.split('/').pop());
      await waitUntil(
        dakar,
        'one follow-up request',
        () => countOf(page, 'requests-total'),
        (n) => n === 1,
      );
      const row = page.locator(`[data-testid="request-row"][data-id="${followUpId}"]`);
      await expect(row.getAttribute('data-state')).resolves.toBe('MLI');
      await expect(row.getAttribute('data-kind')).resolves.toBe('FOLLOW_UP_TRAINING');
      await expect(row.innerText()).resolves.toContain('Workshop');

      // Without the workshop filter, the State filter finds it among Mali's requests.
      await page.getByTestId('filter-workshop-clear').click();
      await page.getByTestId('filter-state').selectOption('MLI');
      await waitUntil(
        dakar,
        "Mali's requests, the follow-up among them",
        async () => page.locator(`[data-testid="request-row"][data-id="${followUpId}"]`).count(),
        (n) => n === 1,
      );
      const states = await page
        .getByTestId('request-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
      expect(states.every((s) => s === 'MLI')).toBe(true);
      expect(dakar.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'does not offer the Bangkok office the outcome form of the Dakar workshop',
    async () => {
      const bangkok = await openSession(web.browser);
      try {
        await signInAs(bangkok, web.url, 'bangkok@demo.local');
        await bangkok.page.goto(workshopUrl);
        await bangkok.page.getByTestId('workshop-page').waitFor();
        await bangkok.page.getByTestId('outcome-not-offered').waitFor();
        await expect(bangkok.page.getByTestId('outcome-form').count()).resolves.toBe(0);
        // It still reads the workshop and its follow-ups.
        await expect(bangkok.page.getByTestId('followup-requests').getAttribute('data-count')).resolves.toBe('1');
      } finally {
        await bangkok.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
