/**
 * A State's profile shows its treaty status, its competent authorities and its international cooperation
 * figures (issue 15), in a real browser on the demo data, in English and in French.
 */
import {
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  WAIT_MS,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

describe('the State profile’s registries', () => {
  let session: BrowserSession | undefined;
  afterEach(async () => {
    await session?.context.close();
    session = undefined;
  });

  it(
    'shows a donor Senegal’s treaty status, its central authority and its cooperation figures by year',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'donor@demo.local');
      await page.goto(`${web.url}/states/SEN`);
      const treaties = page.getByTestId('state-treaty-status');
      await treaties.waitFor();
      await expect(treaties.innerText()).resolves.toMatch(/UNTOC: party/);
      await expect(treaties.innerText()).resolves.toMatch(/illustrative/);
      const authorities = page.getByTestId('state-authorities');
      await expect(authorities.innerText()).resolves.toMatch(/Direction des affaires pénales et des grâces/);
      await expect(authorities.innerText()).resolves.toMatch(/mutual legal assistance \(UNTOC\)/);
      await expect(authorities.locator('a[href="mailto:central.authority@justice.sen.example"]').count()).resolves.toBe(
        1,
      );
      // The demo's cases between Senegal and France: grouped by year, each group of three or more (a donor).
      const rows = page.getByTestId('state-cooperation-table').locator('tbody tr');
      await rows.first().waitFor();
      const years = await rows.locator('th').allInnerTexts();
      expect(years.length).toBeGreaterThan(0);
      for (const y of years) expect(['2006', '2007', '2008']).toContain(y.trim());
      for (const n of await rows.locator('td:nth-child(2)').allInnerTexts()) {
        expect(Number(n)).toBeGreaterThanOrEqual(3);
      }
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'says it in French: partie, entraide judiciaire, demandes de coopération',
    async () => {
      session = await openSession(web.browser, { locale: 'fr-FR' });
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/states/MOZ`);
      const treaties = page.getByTestId('state-treaty-status');
      await treaties.waitFor();
      await expect(treaties.innerText()).resolves.toMatch(/UNTOC : partie|UNTOC: partie/);
      const authorities = page.getByTestId('state-authorities');
      await expect(authorities.innerText()).resolves.toMatch(/Procuradoria-Geral da República/);
      await expect(authorities.innerText()).resolves.toMatch(/entraide judiciaire/);
      await expect(page.getByTestId('state-cooperation').innerText()).resolves.toMatch(
        /Demandes de coopération internationale/,
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'colours the dashboard’s map by each instrument’s parties and signatories, footnote 10’s counts in its legend',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/dashboard`);
      await page.getByTestId('map-state').first().waitFor();
      await page.getByTestId('map-layer').selectOption('UNTOC');
      const legend = (standing: string) => page.locator(`[data-testid="legend-treaty"][data-standing="${standing}"]`);
      await legend('PARTY').waitFor();
      await expect(legend('PARTY').getAttribute('data-count')).resolves.toBe('146');
      await expect(legend('PARTY').innerText()).resolves.toMatch(/parties \(146 States\)/);
      await expect(
        page.locator('[data-testid="map-state"][data-iso3="SEN"]').getAttribute('data-treaty'),
      ).resolves.toBe('PARTY');
      await expect(
        page.locator('[data-testid="map-state"][data-iso3="JPN"]').getAttribute('data-treaty'),
      ).resolves.toBe('SIGNATORY');
      // Every State's shape takes the layer's colour, none keeps the count of its requests.
      const coloured = await page.locator('[data-testid="map-state"]:not([data-treaty])').count();
      expect(coloured).toBe(0);
      for (const [code, parties] of [
        ['TIP', '122'],
        ['SOM', '114'],
        ['FIREARMS', '75'],
      ]) {
        await page.getByTestId('map-layer').selectOption(code!);
        await page.waitForFunction(
          (n) =>
            document
              .querySelector('[data-testid="legend-treaty"][data-standing="PARTY"]')
              ?.getAttribute('data-count') === n,
          parties,
          { timeout: WAIT_MS },
        );
      }
      // Back to the needs: the steps of open requests return.
      await page.getByTestId('map-layer').selectOption('needs');
      await page.getByTestId('legend-step').first().waitFor();
      await expect(page.getByTestId('legend-treaty').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'colours the map by who has reported in the 2008 cycle (para. 5): Dakar’s 20 checklists, 6 of them updated',
    async () => {
      session = await openSession(web.browser);
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/dashboard`);
      await page.getByTestId('map-state').first().waitFor();
      await page.getByTestId('map-layer').selectOption({ label: 'who has reported in Interim checklist, 2008' });
      const legend = (status: string) => page.locator(`[data-testid="legend-reporting"][data-status="${status}"]`);
      await legend('UPDATED').waitFor();
      await expect(legend('UPDATED').getAttribute('data-count')).resolves.toBe('6');
      await expect(legend('SUBMITTED').getAttribute('data-count')).resolves.toBe('14');
      await expect(legend('SUBMITTED').innerText()).resolves.toMatch(/submitted \(14 States\)/);
      const state = (iso3: string) => page.locator(`[data-testid="map-state"][data-iso3="${iso3}"]`);
      await expect(state('SEN').getAttribute('data-reporting')).resolves.toBe('UPDATED');
      await expect(state('JPN').getAttribute('data-reporting')).resolves.toBe('NOT_STARTED');
      await expect(page.getByTestId('needs-map').locator('figcaption').innerText()).resolves.toBe(
        'Who has reported in Interim checklist, 2008',
      );
      await expect(page.locator('[data-testid="map-state"]:not([data-reporting])').count()).resolves.toBe(0);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lists the needs of States not yet party to the Convention, the filter kept in the address',
    async () => {
      session = await openSession(web.browser, { locale: 'es-ES' });
      const { page } = session;
      await signInAs(session, web.url, 'secretariat@demo.local');
      await page.goto(`${web.url}/requests`);
      await page.getByTestId('request-row').first().waitFor();
      const all = Number(await page.getByTestId('requests-total').getAttribute('data-count'));
      const options = await page.getByTestId('filter-treaty').locator('option').allInnerTexts();
      expect(options).toContain('no parte — Convención');
      await page.getByTestId('filter-treaty').selectOption('notParty:UNTOC');
      await page.waitForFunction(
        (all) => {
          const n = Number(document.querySelector('[data-testid="requests-total"]')?.getAttribute('data-count'));
          return n > 0 && n < all;
        },
        all,
        { timeout: WAIT_MS },
      );
      expect(new URL(page.url()).searchParams.get('treaty')).toBe('notParty:UNTOC');
      const states = await page
        .getByTestId('request-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-state')));
      // None of them is among the Convention's parties of the demo (Senegal, Mali and Nigeria are).
      for (const party of ['SEN', 'MLI', 'NGA']) expect(states).not.toContain(party);
      expect(states.length).toBeGreaterThan(0);
    },
    STEP_TIMEOUT_MS,
  );
});
