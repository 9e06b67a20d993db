/**
 * "New activity" on the programme page, in a real browser against the real built system on the demo data: the
 * secretariat (who may edit the programme) opens the dialog, is told what is missing as it types, finds its draft
 * again after a reload, creates the activity and sees it in the grid and in the drawer; a field office and a
 * donor, who may not edit the programme, are not offered the button.
 */
import {
  countOf,
  DEMO_PASSWORD,
  openSignedIn,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
} from './browser.js';

const web = useServerAndBrowser({ session: {} });
const session = web.session;
const CODE = 'IV.B.99-1';
const TITLE = 'Regional workshop on electronic evidence for East Africa';
const PLACED_CODE = 'IV.B.99-2';
const OFFLINE_CODE = 'IV.B.99-3';
/** The M49 code of Sub-Saharan Africa, a sub-region of Africa ("002"). */
const SUB_SAHARAN_AFRICA = '202';

/** The API as the secretariat sees it (its own login), for what the browser cannot show at once. */
async function asSecretariat(url: string): Promise<<T>(query: string, variables?: object) => Promise<T>> {
  const post = async (
    query: string,
    variables: object = {},
    token?: string,
  ): Promise<{ data: unknown; errors?: unknown }> =>
    (await (
      await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      })
    ).json()) as { data: unknown; errors?: unknown };
  const login = (await post(
    `mutation { login(email: "secretariat@demo.local", password: "${DEMO_PASSWORD}") { token } }`,
  )) as { data: { login: { token: string } } };
  return async <T>(query: string, variables: object = {}): Promise<T> => {
    const answer = await post(query, variables, login.data.login.token);
    if (answer.errors) throw new Error(`The API refused: ${JSON.stringify(answer.errors)}`);
    return answer.data as T;
  };
}

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
      // The reopened form takes its draft from the device's store, a moment after it shows.
      await waitUntil(
        session,
        'the draft kept on cancel',
        () => dialog.getByTestId('new-activity-code').inputValue(),
        (value) => value === 'IV B 99',
      );
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
    'places it: sub-area, region, States found by search, lead office and what it builds on, kept across a reload, stored, and counted under its region in the funding gap',
    async () => {
      const api = await asSecretariat(web.url);
      const { activities, fieldOffices } = await api<{
        activities: { nodes: Array<{ id: string; code: string }> };
        fieldOffices: Array<{ code: string }>;
      }>('{ activities(filter: { phase: [CURRENT] }, first: 1) { nodes { id code } } fieldOffices { code } }');
      const builtOn = activities.nodes[0]!;
      const office = fieldOffices[0]!.code;

      const placer = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = placer;
      await page.getByTestId('nav-programme').click();
      await page.getByTestId('new-activity-open').click();
      const dialog = page.getByTestId('new-activity-dialog');
      await dialog.waitFor();
      await dialog.getByTestId('new-activity-code').fill(PLACED_CODE);
      await dialog.getByTestId('new-activity-title').fill('Training of central authorities in Sub-Saharan Africa');
      await dialog.getByTestId('new-activity-activityType').selectOption('WORKSHOP');
      // A sub-area is offered from the priority area chosen.
      await dialog.getByTestId('new-activity-priorityAreaCode').selectOption('C');
      await dialog.getByTestId('new-activity-subAreaCode').selectOption('C.b');
      await dialog.getByTestId('new-activity-beneficiaryAreas').selectOption(SUB_SAHARAN_AFRICA);
      // The States list narrows to what is typed; the State chosen stays when the search changes.
      await dialog.getByTestId('new-activity-beneficiaryStatesSearch').fill('KEN');
      await waitUntil(
        placer,
        'the States narrowed to Kenya',
        () => dialog.getByTestId('new-activity-beneficiaryStates').locator('option').count(),
        (n) => n === 1,
      );
      await dialog.getByTestId('new-activity-beneficiaryStates').selectOption('KEN');
      await dialog.getByTestId('new-activity-beneficiaryStatesSearch').fill('');
      await dialog.getByTestId('new-activity-leadOfficeCode').selectOption(office);
      // The current activities are searched through the API.
      await dialog.getByTestId('new-activity-buildsOnSearch').fill(builtOn.code);
      await dialog
        .locator(`[data-testid="new-activity-buildsOn"] option[value="${builtOn.id}"]`)
        .waitFor({ state: 'attached' });
      await dialog.getByTestId('new-activity-buildsOn').selectOption(builtOn.id);
      // Building on activities is for a proposal: a current activity is told so as one chooses it.
      await dialog.getByTestId('new-activity-phase').selectOption('CURRENT');
      await dialog.getByTestId('error-buildsOn').waitFor();
      await dialog.getByTestId('new-activity-phase').selectOption('PROPOSED');
      await expect(dialog.getByTestId('error-buildsOn').count()).resolves.toBe(0);

      // The draft keeps them across a reload.
      await waitUntil(
        placer,
        'the draft written',
        () => dialog.getByTestId('new-activity-form').getAttribute('data-draft-saved'),
        (at) => Boolean(at),
      );
      await page.reload();
      await page.getByTestId('new-activity-open').click();
      await page.getByTestId('form-draft-restored').waitFor();
      // (The choices come from the API: each field shows its value once they are there.)
      const chosen = (testId: string) =>
        dialog
          .getByTestId(testId)
          .evaluate((select: HTMLSelectElement) => Array.from(select.selectedOptions, (o) => o.value).join(' '));
      const restored = {
        'new-activity-subAreaCode': 'C.b',
        'new-activity-beneficiaryAreas': SUB_SAHARAN_AFRICA,
        'new-activity-beneficiaryStates': 'KEN',
        'new-activity-leadOfficeCode': office,
        'new-activity-buildsOn': builtOn.id,
      };
      for (const [testId, value] of Object.entries(restored)) {
        await waitUntil(
          placer,
          `${testId} restored`,
          () => chosen(testId),
          (v) => v === value,
        );
      }

      await dialog.getByTestId('new-activity-submit').click();
      await page.getByTestId('notice-activity-created').waitFor();

      // Stored as chosen.
      const stored = await api<{
        activities: {
          nodes: Array<{
            id: string;
            version: number;
            subArea: { code: string } | null;
            beneficiaryAreas: Array<{ code: string }>;
            beneficiaryStates: Array<{ iso3: string }>;
            leadOffice: { code: string } | null;
            buildsOn: Array<{ id: string }>;
          }>;
        };
      }>(
        `query ($search: String) { activities(filter: { search: $search }, first: 5) { nodes {
           id code version subArea { code } beneficiaryAreas { code } beneficiaryStates { iso3 } leadOffice { code } buildsOn { id } } } }`,
        { search: PLACED_CODE },
      );
      const created = stored.activities.nodes[0]!;
      expect(created).toMatchObject({
        subArea: { code: 'C.b' },
        beneficiaryAreas: [{ code: SUB_SAHARAN_AFRICA }],
        beneficiaryStates: [{ iso3: 'KEN' }],
        leadOffice: { code: office },
        buildsOn: [{ id: builtOn.id }],
      });

      // Costed, it is a gap of Africa (Sub-Saharan Africa), not of the World.
      await api(`mutation ($input: SetCostLinesInput!) { setCostLines(input: $input) { id } }`, {
        input: {
          activityId: created.id,
          expectedVersion: created.version,
          basis: 'ORIGINAL',
          rateDate: '2008-08-22',
          lines: [{ year: 2010, category: 'TRAVEL', amount: '25000.00' }],
        },
      });
      const gaps = await api<{ fundingGaps: Array<{ region: string | null; subregion: string | null; cost: string }> }>(
        `query ($id: ID) { fundingGaps(groupBy: [REGION, SUBREGION], filter: { activityId: $id }) { region subregion cost } }`,
        { id: created.id },
      );
      expect(gaps.fundingGaps.length).toBeGreaterThan(0);
      expect(gaps.fundingGaps.map((g) => g.region)).not.toContain('Global');
      expect(gaps.fundingGaps.every((g) => g.region === 'Africa' && g.subregion === 'Sub-Saharan Africa')).toBe(true);
      expect(gaps.fundingGaps.map((g) => Number(g.cost)).reduce((a, b) => a + b, 0)).toBe(25000);

      // In French, the new fields and the regions speak French.
      await page.getByTestId('activity-detail').waitFor();
      await page.keyboard.press('Escape');
      await page.getByTestId('activity-detail').waitFor({ state: 'hidden' });
      await page.getByTestId('language-fr').click();
      await page.getByTestId('new-activity-open').click();
      // (The French texts load when chosen: waited for.)
      await waitUntil(
        placer,
        'the region field in French',
        () => dialog.locator('label[for$="-regions"]').innerText(),
        (label) => label.includes('Régions bénéficiaires'),
      );
      await waitUntil(
        placer,
        'Africa in French among the regions',
        () => dialog.locator('[data-testid="new-activity-beneficiaryAreas"] option[value="002"]').innerText(),
        (label) => label === 'Afrique',
      );
      // So do the sub-areas of the priority area chosen.
      await dialog.getByTestId('new-activity-priorityAreaCode').selectOption('C');
      await waitUntil(
        placer,
        'the sub-area in French',
        () => dialog.locator('[data-testid="new-activity-subAreaCode"] option[value="C.b"]').innerText(),
        (label) =>
          label === 'C.b — Capacités des autorités centrales et compétentes ; ateliers régionaux et interrégionaux',
      );
      await placer.context.close();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'created with the line down: kept in the outbox, sent with its key when the line returns, created once',
    async () => {
      const api = await asSecretariat(web.url);
      const count = async (): Promise<number> =>
        (
          await api<{ activities: { nodes: Array<{ code: string }> } }>(
            'query ($search: String) { activities(filter: { search: $search }, first: 5) { nodes { code } } }',
            { search: OFFLINE_CODE },
          )
        ).activities.nodes.filter((a) => a.code === OFFLINE_CODE).length;
      const planner = await openSignedIn(web, 'secretariat@demo.local');
      const { page, context } = planner;
      await page.getByTestId('nav-programme').click();
      await page.getByTestId('new-activity-open').click();
      const dialog = page.getByTestId('new-activity-dialog');
      await dialog.getByTestId('new-activity-code').fill(OFFLINE_CODE);
      await dialog.getByTestId('new-activity-title').fill('Mentoring of prosecutors, planned in the field');
      await dialog.getByTestId('new-activity-priorityAreaCode').selectOption('B');
      await dialog.getByTestId('new-activity-activityType').selectOption('LEGAL_ADVISORY_SERVICE');
      await context.setOffline(true);
      await dialog.getByTestId('new-activity-submit').click();
      await page.getByTestId('outbox-pending').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await expect(page.getByText('Failed to fetch').count()).resolves.toBe(0);
      expect(await count()).toBe(0);

      await context.setOffline(false);
      const sent = page.getByTestId('outbox-sent');
      await sent.first().waitFor({ timeout: 60_000 });
      await expect(sent.first().getAttribute('data-kind')).resolves.toBe('createActivity');
      await expect(sent.first().innerText()).resolves.toContain(`Activity ${OFFLINE_CODE} was created.`);
      expect(await count()).toBe(1);
      await context.close();
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
