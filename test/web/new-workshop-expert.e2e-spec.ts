/**
 * "New workshop" on the Workshops page, "New expert" and "Assign" on the Experts page, in a real browser against
 * the real built system on the demo data: the secretariat is told what is wrong as it types, finds its workshop
 * draft again after Cancel and a reload, creates a workshop for an activity it finds (it opens on its page) and an expert (its row shows),
 * assigns the expert to the workshop found by its title (the workshop lists them) and, trying again, is told of the clash — in
 * French for a French reader; a field office and a donor are offered none of the buttons.
 */
import { countOf, openSignedIn, signInAs, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;
const WORKSHOP = 'Subregional workshop on firearms marking for West Africa';
const EXPERT = 'Aminata Diallo-Sow';
let workshopId = '';

describe('new workshop, new expert, assignment', () => {
  it(
    'as the secretariat: a workshop checked as one types, its draft kept across Cancel and a reload, created and opened',
    async () => {
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-workshops').click();
      await waitUntil(
        session,
        'the workshops',
        () => countOf(page, 'workshops-total'),
        (n) => n > 0,
      );

      await page.getByTestId('new-workshop-open').click();
      const dialog = page.getByTestId('new-workshop-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('new-workshop-title').fill('ab');
      await expect(dialog.getByTestId('error-title').innerText()).resolves.toBe('At least 3 characters.');
      await dialog.getByTestId('new-workshop-title').fill('');
      await expect(dialog.getByTestId('error-title').innerText()).resolves.toBe('Give the workshop a title.');
      await dialog.getByTestId('new-workshop-title').fill(WORKSHOP);
      // Known to the month: a start that is not the 1st is refused; on the 1st, the month's last day is filled in.
      await dialog.getByTestId('new-workshop-datePrecision').selectOption('MONTH');
      await dialog.getByTestId('new-workshop-startsOn').fill('2027-04-02');
      await expect(dialog.getByTestId('error-startsOn').innerText()).resolves.toBe(
        'A month starts on its first day: choose the 1st.',
      );
      await dialog.getByTestId('new-workshop-startsOn').fill('2027-04-01');
      await dialog.getByTestId('new-workshop-datePrecision').selectOption('DAY');
      await dialog.getByTestId('new-workshop-datePrecision').selectOption('MONTH');
      await expect(dialog.getByTestId('new-workshop-endsOn').inputValue()).resolves.toBe('2027-04-30');
      await dialog.getByTestId('new-workshop-languages').fill('French');
      await dialog.getByTestId('new-workshop-languages').blur();
      await expect(dialog.getByTestId('error-languages').innerText()).resolves.toContain('two-letter language codes');
      await expect(dialog.getByTestId('new-workshop-submit').isDisabled()).resolves.toBe(true);

      // Cancel keeps what was typed; so does a reload.
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });
      await page.getByTestId('new-workshop-open').click();
      // The draft is read from the device when the dialog opens: waited for, not read at once.
      await waitUntil(
        session,
        'the draft back after Cancel',
        () => dialog.getByTestId('new-workshop-title').inputValue(),
        (value) => value === WORKSHOP,
      );
      await dialog.getByTestId('new-workshop-languages').fill('fr, en');
      await waitUntil(
        session,
        'the draft written',
        () => dialog.getByTestId('new-workshop-form').getAttribute('data-draft-saved'),
        (at) => Boolean(at),
      );
      await page.reload();
      await page.getByTestId('new-workshop-open').click();
      await waitUntil(
        session,
        'the draft restored',
        () => page.getByTestId('new-workshop-languages').inputValue(),
        (value) => value === 'fr, en',
      );
      await page.getByTestId('form-draft-restored').waitFor();
      await expect(dialog.getByTestId('new-workshop-endsOn').inputValue()).resolves.toBe('2027-04-30');

      await dialog.getByTestId('new-workshop-kind').selectOption('REGIONAL_WORKSHOP');
      await dialog.getByTestId('new-workshop-city').fill('Dakar');
      await dialog.getByTestId('new-workshop-countryIso3').selectOption('SEN');
      await dialog.getByTestId('new-workshop-region').selectOption('Africa');
      await dialog.getByTestId('new-workshop-organisers').fill('ECOWAS\nUNODC');
      // The activity it delivers, found by the words of its code.
      await dialog.getByTestId('new-workshop-activitySearch').fill('IV.B');
      // The list is asked again once the typing pauses: its first activity is then one of section IV.B.
      const activityLabel = await waitUntil(
        session,
        'the activities found',
        () => dialog.locator('[data-testid="new-workshop-activityId"] option:not([value=""])').first().innerText(),
        (label) => label.trim().startsWith('IV.B'),
      );
      await dialog.getByTestId('new-workshop-activityId').selectOption({ label: activityLabel });
      await expect(dialog.getByTestId('form-missing').count()).resolves.toBe(0);
      await dialog.getByTestId('new-workshop-submit').click();

      // It opens on its own page.
      const workshopPage = page.getByTestId('workshop-page');
      await workshopPage.waitFor();
      await expect(page.locator('#workshop-title').innerText()).resolves.toBe(WORKSHOP);
      await expect(page.getByTestId('workshop-venue').innerText()).resolves.toContain('Dakar');
      await expect(workshopPage.getByText(activityLabel).count()).resolves.toBe(1);
      workshopId = (await workshopPage.getAttribute('data-id')) ?? '';
      expect(workshopId).toMatch(/^[0-9a-f-]{36}$/);

      // Created, the draft is gone: the dialog opens empty.
      await page.getByTestId('nav-workshops').click();
      await page.getByTestId('new-workshop-open').click();
      await expect(dialog.getByTestId('new-workshop-title').inputValue()).resolves.toBe('');
      await dialog.getByTestId('form-cancel').click();
      await dialog.waitFor({ state: 'hidden' });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as the secretariat: an expert added to the roster, assigned to the workshop, and the clash of a second booking said',
    async () => {
      const { page } = session;
      await page.getByTestId('nav-experts').click();
      await waitUntil(
        session,
        'the roster',
        () => countOf(page, 'experts-total'),
        (n) => n > 0,
      );
      await page.getByTestId('new-expert-open').click();
      const dialog = page.getByTestId('new-expert-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('new-expert-name').fill('A');
      await expect(dialog.getByTestId('error-name').innerText()).resolves.toBe('At least 2 characters.');
      await dialog.getByTestId('new-expert-name').fill(EXPERT);
      await dialog.getByTestId('new-expert-nationalityIso3').selectOption('SEN');
      await dialog.getByTestId('new-expert-organisation').fill('Ministry of Justice, Senegal');
      await dialog.getByTestId('new-expert-expertise').selectOption(['firearms', 'international-cooperation']);
      await dialog.getByTestId('new-expert-languages').fill('fr, en');
      await dialog.getByTestId('new-expert-gender').selectOption('FEMALE');
      await dialog.getByTestId('new-expert-submit').click();

      const created = page.getByTestId('notice-expert-created');
      await created.waitFor();
      await expect(created.innerText()).resolves.toContain(`${EXPERT} was added to the roster.`);
      const expertId = (await created.getAttribute('data-expert-id')) ?? '';
      // The roster, searched for the new expert, shows its row.
      const row = page.locator(`[data-testid="expert-row"][data-id="${expertId}"]`);
      await row.waitFor();
      await expect(row.getAttribute('data-nationality')).resolves.toBe('SEN');

      await row.getByTestId('assign-expert-open').click();
      const assign = page.getByTestId('assign-expert-dialog');
      await assign.waitFor();
      await expect(assign.getByTestId('assign-expert-submit').isDisabled()).resolves.toBe(true);
      // Found by words of its title (the picker pages through the planned workshops, earliest first).
      await assign.getByTestId('assign-expert-workshopId-search').fill(WORKSHOP);
      await waitUntil(
        session,
        'the new workshop offered',
        () => assign.locator(`option[value="${workshopId}"]`).count(),
        (n) => n === 1,
      );
      await assign.getByTestId('assign-expert-workshopId').selectOption(workshopId);
      // A start after the workshop's end is refused as one types.
      await assign.getByTestId('assign-expert-startsOn').fill('2027-05-02');
      await expect(assign.getByTestId('error-startsOn').innerText()).resolves.toBe(
        'The end cannot be before the start.',
      );
      await assign.getByTestId('assign-expert-startsOn').fill('');
      await assign.getByTestId('assign-expert-submit').click();
      const assigned = page.getByTestId('notice-expert-assigned');
      await assigned.waitFor();
      await expect(assigned.innerText()).resolves.toContain(`${EXPERT} was assigned to “${WORKSHOP}”.`);
      await assign.waitFor({ state: 'hidden' });

      // Booked again on the same days: refused, with the dates it clashes with, and nothing changes.
      await row.getByTestId('assign-expert-open').click();
      await assign.waitFor();
      // Found by words of its title (the picker pages through the planned workshops, earliest first).
      await assign.getByTestId('assign-expert-workshopId-search').fill(WORKSHOP);
      await waitUntil(
        session,
        'the workshop offered',
        () => assign.locator(`option[value="${workshopId}"]`).count(),
        (n) => n === 1,
      );
      await assign.getByTestId('assign-expert-workshopId').selectOption(workshopId);
      await assign.getByTestId('assign-expert-submit').click();
      await expect(assign.getByTestId('form-error').innerText()).resolves.toBe(
        'The expert was not assigned: This expert is already booked from 2027-04-01 to 2027-04-30. Choose another expert or other dates.',
      );
      await assign.getByTestId('form-cancel').click();
      await assign.waitFor({ state: 'hidden' });

      // The workshop lists the expert once.
      await assigned.getByTestId('assigned-workshop-link').click();
      const experts = page.getByTestId('workshop-experts');
      await experts.waitFor();
      await expect(experts.locator('li').allInnerTexts()).resolves.toEqual([
        expect.stringContaining(EXPERT) as unknown as string,
      ]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as a French reader of the secretariat: the clash is said in French',
    async () => {
      const french = await openSignedIn(web, 'secretariat@demo.local', { locale: 'fr-FR' });
      const { page } = french;
      await page.getByTestId('nav-experts').click();
      await page.getByTestId('experts-filter-search').fill(EXPERT);
      await page.getByTestId('experts-filter-search').press('Enter');
      const row = page.getByTestId('expert-row').filter({ hasText: EXPERT });
      await row.waitFor();
      await row.getByTestId('assign-expert-open').click();
      const assign = page.getByTestId('assign-expert-dialog');
      await assign.waitFor();
      // Found by words of its title (the picker pages through the planned workshops, earliest first).
      await assign.getByTestId('assign-expert-workshopId-search').fill(WORKSHOP);
      await waitUntil(
        french,
        'the workshop offered',
        () => assign.locator(`option[value="${workshopId}"]`).count(),
        (n) => n === 1,
      );
      await assign.getByTestId('assign-expert-workshopId').selectOption(workshopId);
      await assign.getByTestId('assign-expert-submit').click();
      await expect(assign.getByTestId('form-error').innerText()).resolves.toBe(
        'L’expert n’a pas été affecté : Cet expert est déjà réservé du 2027-04-01 au 2027-04-30. Choisissez un autre expert ou d’autres dates.',
      );
      await french.context.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'as a field office or a donor: no "New workshop", "New expert" or "Assign" button',
    async () => {
      for (const email of ['dakar@demo.local', 'donor@demo.local']) {
        const other = await openSignedIn(web, email);
        await other.page.getByTestId('nav-workshops').click();
        await waitUntil(
          other,
          `the workshops (${email})`,
          () => countOf(other.page, 'workshops-total'),
          (n) => n > 0,
        );
        await expect(other.page.getByTestId('new-workshop-open').count()).resolves.toBe(0);
        await other.page.getByTestId('nav-experts').click();
        await other.page.getByTestId('expert-row').first().waitFor();
        await expect(other.page.getByTestId('new-expert-open').count()).resolves.toBe(0);
        await expect(other.page.getByTestId('assign-expert-open').count()).resolves.toBe(0);
        await other.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});
