/**
 * Reference data kept in the browser, on the real built system with the demo data: a State's standing under each
 * instrument (recorded, corrected, cleared after a confirmation) and the partner organisations (added, changed).
 * Each change is checked through the API; a change made meanwhile by someone else is refused in the reader's
 * language and changes nothing; those the policy does not allow see no controls.
 */
import { openSignedIn, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil, type BrowserSession } from './browser.js';
import { gqlAt, signIn } from '../support/server.js';

const web = useServerAndBrowser();

interface Standing {
  instrumentCode: string;
  status: string;
  signedOn: string | null;
  consentOn: string | null;
  consentKind: string | null;
  reservations: string | null;
  source: string | null;
  version: number;
}

const STANDING = `query($iso3: String!) { state(iso3: $iso3) { treatyStatus {
  instrumentCode status signedOn consentOn consentKind reservations source version } } }`;
const SET_STANDING = `mutation($iso3: String!, $code: String!, $v: Int, $input: TreatyStatusInput!) {
  setTreatyStatus(stateIso3: $iso3, instrumentCode: $code, expectedVersion: $v, input: $input) { version } }`;

let secretariat = '';
beforeAll(async () => {
  secretariat = await signIn(web.url, 'secretariat@demo.local');
});

async function standing(iso3: string, code: string): Promise<Standing | undefined> {
  const res = await gqlAt<{ state: { treatyStatus: Standing[] } }>(web.url, STANDING, { iso3 }, secretariat);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.state.treatyStatus.find((s) => s.instrumentCode === code);
}

async function setStanding(iso3: string, code: string, v: number | null, input: Record<string, unknown>) {
  const res = await gqlAt<{ setTreatyStatus: { version: number } }>(
    web.url,
    SET_STANDING,
    { iso3, code, v, input },
    secretariat,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.setTreatyStatus.version;
}

const lineOf = (session: BrowserSession, code: string) =>
  session.page.locator(`[data-testid="treaty-line"][data-instrument="${code}"]`);

describe('treaty status on the State page', () => {
  it(
    'lets the secretariat record a standing, checked as it types, then clear it after a confirmation',
    async () => {
      expect(await standing('BTN', 'UNTOC')).toBeUndefined();
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = session;
      await page.goto(`${web.url}/states/BTN`);
      await expect(lineOf(session, 'UNTOC').innerText()).resolves.toMatch(/UNTOC: not recorded/);
      await page.getByTestId('treaty-edit-UNTOC').click();
      const dialog = page.getByTestId('treaty-status-dialog');
      await dialog.waitFor();
      await page.getByTestId('treaty-status').selectOption('SIGNATORY');
      // A signatory needs its signature date: said at once, and the form is not sent.
      await expect(page.getByTestId('error-signedOn').innerText()).resolves.toBe(
        'A signatory needs the date it signed.',
      );
      await expect(page.getByTestId('treaty-submit').isDisabled()).resolves.toBe(true);
      await page.getByTestId('treaty-status').selectOption('PARTY');
      await page.getByTestId('treaty-signedOn').fill('2001-01-05');
      await page.getByTestId('treaty-consentOn').fill('2000-12-20');
      await expect(page.getByTestId('error-consentOn').innerText()).resolves.toBe(
        'The State cannot have consented to be bound before it signed.',
      );
      await page.getByTestId('treaty-consentOn').fill('2099-01-01');
      await expect(page.getByTestId('error-consentOn').innerText()).resolves.toBe('The date cannot be in the future.');
      await page.getByTestId('treaty-consentOn').fill('2003-06-15');
      await expect(page.getByTestId('error-consentOn').count()).resolves.toBe(0);
      await page.getByTestId('treaty-consentKind').selectOption('RATIFICATION');
      await page.getByTestId('treaty-source').fill('C.N.1.2003.TREATIES (test)');
      await page.getByTestId('treaty-submit').click();
      await dialog.waitFor({ state: 'hidden' });
      await waitUntil(
        session,
        'the party shown',
        () => lineOf(session, 'UNTOC').innerText(),
        (text) => /UNTOC: party \(ratification\)/.test(text),
      );
      expect(await standing('BTN', 'UNTOC')).toEqual({
        instrumentCode: 'UNTOC',
        status: 'PARTY',
        signedOn: '2001-01-05',
        consentOn: '2003-06-15',
        consentKind: 'RATIFICATION',
        reservations: null,
        source: 'C.N.1.2003.TREATIES (test)',
        version: 1,
      });

      // Cancel leaves it; confirming clears it.
      await page.getByTestId('treaty-clear-UNTOC').click();
      const confirm = page.getByTestId('treaty-confirm-clear');
      await expect(confirm.innerText()).resolves.toMatch(/recorded in error/);
      await confirm.getByTestId('confirm-cancel').click();
      expect((await standing('BTN', 'UNTOC'))?.version).toBe(1);
      await page.getByTestId('treaty-clear-UNTOC').click();
      await confirm.getByTestId('confirm-submit').click();
      await waitUntil(
        session,
        'the status cleared',
        () => lineOf(session, 'UNTOC').innerText(),
        (text) => /UNTOC: not recorded/.test(text),
      );
      expect(await standing('BTN', 'UNTOC')).toBeUndefined();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'refuses in French a correction and a clearing of a status someone changed meanwhile, and changes nothing',
    async () => {
      const first = await setStanding('FJI', 'UNTOC', null, { status: 'SIGNATORY', signedOn: '2000-12-14' });
      const session = await openSignedIn(web, 'secretariat@demo.local', { locale: 'fr-FR' });
      const { page } = session;
      await page.goto(`${web.url}/states/FJI`);
      const edit = page.getByTestId('treaty-edit-UNTOC');
      await expect(edit.innerText()).resolves.toBe('Corriger');
      await edit.click();
      await page.getByTestId('treaty-status-dialog').waitFor();
      await page.getByTestId('treaty-reservations').fill('Déclaration (test)');
      // Someone else corrects it meanwhile.
      const second = await setStanding('FJI', 'UNTOC', first, { status: 'SIGNATORY', signedOn: '2000-12-13' });
      await page.getByTestId('treaty-submit').click();
      const error = page.getByTestId('form-error');
      await error.waitFor();
      const said = await error.innerText();
      expect(said).toContain('Le statut n’a pas été enregistré');
      expect(said).toContain('Quelqu’un d’autre l’a modifié entre-temps');
      expect(said).not.toMatch(/changed by someone else/);
      expect(await standing('FJI', 'UNTOC')).toMatchObject({
        signedOn: '2000-12-13',
        reservations: null,
        version: second,
      });

      // The page still holds the first version: clearing it is refused too, in French, in the confirmation.
      await page.getByTestId('form-cancel').click();
      await page.getByTestId('treaty-clear-UNTOC').click();
      const confirm = page.getByTestId('treaty-confirm-clear');
      await confirm.getByTestId('confirm-submit').click();
      await expect(confirm.getByTestId('confirm-error').innerText()).resolves.toContain(
        'Quelqu’un d’autre l’a modifié entre-temps',
      );
      expect((await standing('FJI', 'UNTOC'))?.version).toBe(second);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'offers no treaty controls to a field office or a donor',
    async () => {
      for (const email of ['bangkok@demo.local', 'donor@demo.local']) {
        const session = await openSignedIn(web, email);
        const { page } = session;
        await page.goto(`${web.url}/states/THA`);
        await expect(page.getByTestId('state-treaty-status').innerText()).resolves.toMatch(/UNTOC: signatory/);
        expect(await page.locator('[data-testid^="treaty-edit-"], [data-testid^="treaty-clear-"]').count()).toBe(0);
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});

interface Organisation {
  id: string;
  name: string;
  acronym: string | null;
  type: string;
  iatiRef: string | null;
  version: number;
}

async function organisationNamed(name: string): Promise<Organisation | undefined> {
  const res = await gqlAt<{ organisations: Organisation[] }>(
    web.url,
    `query($s: String) { organisations(filter: { search: $s }) { id name acronym type iatiRef version } }`,
    { s: name },
    secretariat,
  );
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data.organisations.find((o) => o.name === name);
}

async function searchOrganisations(session: BrowserSession, text: string): Promise<void> {
  const { page } = session;
  await page.getByTestId('organisations-filter-search').fill(text);
  await page.getByTestId('organisations-filter-search').press('Enter');
  await waitUntil(
    session,
    `${text} alone`,
    () => page.getByTestId('organisation-row').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-name'))),
    (names) => names.length === 1 && names[0] === text,
  );
}

describe('partner organisations', () => {
  it(
    'lets the secretariat add an organisation, checked as it types, and then change it',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = session;
      await page.goto(`${web.url}/organisations`);
      await page.getByTestId('organisation-new').click();
      await page.getByTestId('organisation-dialog').waitFor();
      await page.getByTestId('organisation-name').fill('Caribbean Community (test)');
      await page.getByTestId('organisation-acronym').fill('CARICOM');
      await page.getByTestId('organisation-iatiRef').fill('caricom');
      await expect(page.getByTestId('error-iatiRef').innerText()).resolves.toMatch(/IATI organisation identifier/);
      await expect(page.getByTestId('organisation-submit').isDisabled()).resolves.toBe(true);
      await page.getByTestId('organisation-iatiRef').fill('XM-TEST-CARICOM');
      await page.getByTestId('organisation-type').selectOption('MULTILATERAL');
      await page.getByTestId('organisation-submit').click();
      await page.getByTestId('organisation-saved').waitFor();
      expect(await organisationNamed('Caribbean Community (test)')).toMatchObject({
        acronym: 'CARICOM',
        type: 'MULTILATERAL',
        iatiRef: 'XM-TEST-CARICOM',
        version: 1,
      });

      await searchOrganisations(session, 'Caribbean Community (test)');
      await page.getByTestId('organisation-edit').click();
      await expect(page.getByTestId('organisation-name').inputValue()).resolves.toBe('Caribbean Community (test)');
      await page.getByTestId('organisation-acronym').fill('');
      await page.getByTestId('organisation-type').selectOption('REGIONAL_NGO');
      await page.getByTestId('organisation-submit').click();
      // The dialog goes once the API has answered (the first save's notice is still there).
      await page.getByTestId('organisation-dialog').waitFor({ state: 'detached' });
      expect(await organisationNamed('Caribbean Community (test)')).toMatchObject({
        acronym: null,
        type: 'REGIONAL_NGO',
        version: 2,
      });
      await waitUntil(
        session,
        'the new type in the list',
        () => page.getByTestId('organisation-row').locator('td').first().innerText(),
        (text) => text.startsWith('regional NGO (23)'),
      );
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'adds an organisation once when its answer was lost: sent again with the draft’s key, not refused as a taken name',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = session;
      const name = 'Pacific Community (answer lost)';
      let cut = 0;
      await page.route('**/graphql', async (route) => {
        if (cut === 0 && (route.request().postData() ?? '').includes('CreateOrganisation')) {
          cut++;
          // The request reaches the server, which adds the organisation; its answer never reaches the browser.
          await route.fetch();
          return route.abort('connectionreset');
        }
        return route.continue();
      });
      await page.goto(`${web.url}/organisations`);
      await page.getByTestId('organisation-new').click();
      await page.getByTestId('organisation-dialog').waitFor();
      await page.getByTestId('organisation-name').fill(name);
      await page.getByTestId('organisation-type').selectOption('MULTILATERAL');
      await page.getByTestId('organisation-submit').click();
      await page.getByTestId('form-error').waitFor();
      expect(cut).toBe(1);
      expect(await organisationNamed(name)).toMatchObject({ version: 1 });

      // Sent again: the server answers the organisation it added, and the dialog closes on it.
      await page.getByTestId('organisation-submit').click();
      await page.getByTestId('organisation-saved').waitFor();
      await page.getByTestId('organisation-dialog').waitFor({ state: 'detached' });
      const { data } = await gqlAt<{ organisations: Organisation[] }>(
        web.url,
        `query($s: String) { organisations(filter: { search: $s }) { id name } }`,
        { s: 'Pacific Community' },
        secretariat,
      );
      expect(data!.organisations.filter((o) => o.name === name)).toHaveLength(1);
      await page.unroute('**/graphql');
      expect(session.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'refuses in French a change to an organisation someone changed meanwhile, and changes nothing',
    async () => {
      const created = await gqlAt<{ createOrganisation: Organisation }>(
        web.url,
        `mutation { createOrganisation(input: { name: "Pacific Islands Forum (test)", type: MULTILATERAL }) { id version } }`,
        {},
        secretariat,
      );
      const id = created.data!.createOrganisation.id;
      const session = await openSignedIn(web, 'secretariat@demo.local', { locale: 'fr-FR' });
      const { page } = session;
      await page.goto(`${web.url}/organisations`);
      await expect(page.getByTestId('organisation-new').innerText()).resolves.toBe('Nouvelle organisation');
      await searchOrganisations(session, 'Pacific Islands Forum (test)');
      await page.getByTestId('organisation-edit').click();
      await page.getByTestId('organisation-acronym').fill('PIF');
      const changed = await gqlAt(
        web.url,
        `mutation($id: ID!) { updateOrganisation(id: $id, expectedVersion: 1,
          input: { name: "Pacific Islands Forum (test)", acronym: "FIP", type: MULTILATERAL }) { version } }`,
        { id },
        secretariat,
      );
      expect(changed.errors).toBeUndefined();
      await page.getByTestId('organisation-submit').click();
      const said = await page.getByTestId('form-error').innerText();
      expect(said).toContain('L’organisation n’a pas été enregistrée');
      expect(said).toContain('Quelqu’un d’autre l’a modifié entre-temps');
      expect(await organisationNamed('Pacific Islands Forum (test)')).toMatchObject({ acronym: 'FIP', version: 2 });
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'offers a field office and a donor no New or Edit',
    async () => {
      for (const email of ['dakar@demo.local', 'donor@demo.local']) {
        const session = await openSignedIn(web, email);
        const { page } = session;
        await page.goto(`${web.url}/organisations`);
        await page.getByTestId('organisation-row').first().waitFor();
        expect(await page.getByTestId('organisation-new').count()).toBe(0);
        expect(await page.getByTestId('organisation-edit').count()).toBe(0);
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});

describe('saved import mappings', () => {
  it(
    'lets a user delete its own mapping after a confirmation, in French, and never one shared by someone else',
    async () => {
      const bangkok = await signIn(web.url, 'bangkok@demo.local');
      const SAVE = `mutation($name: String!, $shared: Boolean) { saveImportMappingTemplate(input: { name: $name,
        shared: $shared, mapping: [{ column: "Pays", field: "state" }] }) { id } }`;
      const own = await gqlAt<{ saveImportMappingTemplate: { id: string } }>(
        web.url,
        SAVE,
        { name: 'Bangkok test mapping' },
        bangkok,
      );
      const shared = await gqlAt<{ saveImportMappingTemplate: { id: string } }>(
        web.url,
        SAVE,
        { name: 'Shared test mapping', shared: true },
        secretariat,
      );
      const ownId = own.data!.saveImportMappingTemplate.id;
      const sharedId = shared.data!.saveImportMappingTemplate.id;
      const templates = async (): Promise<string[]> =>
        (
          await gqlAt<{ importMappingTemplates: Array<{ id: string }> }>(
            web.url,
            '{ importMappingTemplates { id } }',
            {},
            bangkok,
          )
        ).data!.importMappingTemplates.map((m) => m.id);
      expect(await templates()).toEqual(expect.arrayContaining([ownId, sharedId]));

      const session = await openSignedIn(web, 'bangkok@demo.local', { locale: 'fr-FR' });
      const { page } = session;
      await page.goto(`${web.url}/requests/import`);
      const mapping = page.getByTestId('import-mapping');
      await mapping.locator(`option[value="${sharedId}"]`).waitFor({ state: 'attached' });
      await mapping.selectOption(sharedId);
      expect(await page.getByTestId('import-mapping-delete').count()).toBe(0);
      await mapping.selectOption(ownId);
      const remove = page.getByTestId('import-mapping-delete');
      await expect(remove.innerText()).resolves.toBe('Supprimer la correspondance « Bangkok test mapping »…');
      await remove.click();
      const confirm = page.getByTestId('import-mapping-delete-confirm');
      await confirm.getByTestId('confirm-cancel').click();
      expect(await templates()).toContain(ownId);
      await remove.click();
      await confirm.getByTestId('confirm-submit').click();
      await mapping.locator(`option[value="${ownId}"]`).waitFor({ state: 'detached' });
      expect(await mapping.inputValue()).toBe('');
      const left = await templates();
      expect(left).not.toContain(ownId);
      expect(left).toContain(sharedId);
    },
    STEP_TIMEOUT_MS,
  );
});
