/**
 * Keeping the money in the browser, on the real built system with the demo data: the secretariat adds a donor
 * where contributions are recorded and records one for it at once; undoes an allocation after a confirmation; a
 * donor withdraws its own intention. Each change is checked through the API; those the policy does not allow see
 * no controls.
 */
import { openSignedIn, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';
import { gqlAt, signIn, signInChoosingOwn } from '../support/server.js';

const web = useServerAndBrowser();

let secretariat = '';
beforeAll(async () => {
  secretariat = await signIn(web.url, 'secretariat@demo.local');
});

async function api<T = Record<string, unknown>>(
  query: string,
  variables: Record<string, unknown> = {},
  token = secretariat,
) {
  const res = await gqlAt<T>(web.url, query, variables, token);
  if (!res.data) throw new Error(JSON.stringify(res.errors));
  return res.data;
}

describe('a new donor', () => {
  it(
    'is added by the secretariat from the contribution form, checked as it types, and chosen for a contribution at once',
    async () => {
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = session;
      await page.goto(`${web.url}/funding`);
      await page.getByTestId('contribution-open').click();
      await page.getByTestId('contribution-form').waitFor();
      await page.getByTestId('contribution-new-donor').click();
      await page.getByTestId('new-donor-dialog').waitFor();
      await page.getByTestId('new-donor-name').fill('K');
      await page.getByTestId('new-donor-name').blur();
      await expect(page.getByTestId('error-name').innerText()).resolves.toBe('At least 2 characters.');
      await expect(page.getByTestId('new-donor-submit').isDisabled()).resolves.toBe(true);
      await page.getByTestId('new-donor-name').fill('Republic of Korea (test)');
      await page.getByTestId('new-donor-donorType').selectOption('MEMBER_STATE');
      await page.getByTestId('new-donor-countryIso3').selectOption('KOR');
      await page.getByTestId('new-donor-submit').click();
      await page.getByTestId('new-donor-dialog').waitFor({ state: 'detached' });

      const { donors } = await api<{
        donors: Array<{ id: string; name: string; donorType: string; country: { iso3: string } | null }>;
      }>('{ donors { id name donorType country { iso3 } } }');
      const donor = donors.find((d) => d.name === 'Republic of Korea (test)');
      expect(donor).toMatchObject({ donorType: 'MEMBER_STATE', country: { iso3: 'KOR' } });
      // Chosen in the form at once.
      await waitUntil(
        session,
        'the new donor chosen',
        () => page.getByTestId('contribution-donor').inputValue(),
        (v) => v === donor!.id,
      );
      await page.getByTestId('contribution-amount-input').fill('5000');
      await page.getByTestId('contribution-currency').selectOption('USD');
      await page.getByTestId('contribution-stage').selectOption('PLEDGED');
      await page.getByTestId('contribution-submit').click();
      await page.getByTestId('funding-notice').waitFor();
      const { contributions } = await api<{ contributions: { nodes: Array<{ amount: string; stage: string }> } }>(
        'query($d: ID) { contributions(filter: { donorId: $d }) { nodes { amount stage } } }',
        { d: donor!.id },
      );
      expect(contributions.nodes).toEqual([{ amount: '5000.00', stage: 'PLEDGED' }]);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'is offered in French to the secretariat, and to nobody else',
    async () => {
      const french = await openSignedIn(web, 'secretariat@demo.local', { locale: 'fr-FR' });
      await french.page.goto(`${web.url}/funding`);
      await french.page.getByTestId('contribution-open').click();
      await expect(french.page.getByTestId('contribution-new-donor').innerText()).resolves.toBe('Nouveau donateur…');
      for (const email of ['bangkok@demo.local', 'donor@demo.local']) {
        const session = await openSignedIn(web, email);
        await session.page.goto(`${web.url}/funding`);
        await session.page.getByTestId('contributions').waitFor();
        expect(await session.page.getByTestId('contribution-open').count()).toBe(0);
        expect(await session.page.getByTestId('contribution-new-donor').count()).toBe(0);
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});

/** A committed USD contribution of the demo's European Union, with `amount` allocated to IV.B.5-4 in 2010. */
async function allocated(
  amount: string,
): Promise<{ contributionId: string; allocationId: string; activityId: string }> {
  const { donors } = await api<{ donors: Array<{ id: string; name: string }> }>('{ donors { id name } }');
  const donorId = donors.find((d) => d.name.startsWith('European Union'))!.id;
  const { activities } = await api<{ activities: { nodes: Array<{ id: string; code: string }> } }>(
    '{ activities(first: 200) { nodes { id code } } }',
  );
  const activityId = activities.nodes.find((a) => a.code === 'IV.B.5-4')!.id;
  const { recordContribution } = await api<{ recordContribution: { id: string } }>(
    `mutation($d: ID!) { recordContribution(input: { donorId: $d, amount: "20000.00", currency: "USD",
      date: "2009-03-02", stage: COMMITTED, agreementRef: "TEST-UNDO-1" }) { id } }`,
    { d: donorId },
  );
  const { allocateContribution } = await api<{ allocateContribution: { id: string } }>(
    `mutation($c: ID!, $a: ID!, $amount: Decimal!) { allocateContribution(input: { contributionId: $c, activityId: $a,
      year: 2010, amountUsd: $amount }) { id } }`,
    { c: recordContribution.id, a: activityId, amount },
  );
  return { contributionId: recordContribution.id, allocationId: allocateContribution.id, activityId };
}

async function gapOf(activityId: string): Promise<string> {
  const { fundingGaps } = await api<{ fundingGaps: Array<{ gap: string }> }>(
    'query($a: ID) { fundingGaps(groupBy: [ACTIVITY], filter: { activityId: $a }) { gap } }',
    { a: activityId },
  );
  return fundingGaps[0]!.gap;
}

describe('undoing an allocation', () => {
  it(
    'is done by the secretariat after a confirmation: the money is unallocated again and the gap grows back',
    async () => {
      const { contributionId, allocationId, activityId } = await allocated('1500.00');
      const gapBefore = await gapOf(activityId);
      const session = await openSignedIn(web, 'secretariat@demo.local');
      const { page } = session;
      await page.goto(`${web.url}/funding`);
      const row = page.locator(`[data-testid="contribution-row"][data-id="${contributionId}"]`);
      const allocation = row.locator(`[data-testid="contribution-allocation"][data-id="${allocationId}"]`);
      await allocation.getByTestId('allocation-undo').click();
      const confirm = page.getByTestId('allocation-undo-confirm');
      await expect(confirm.innerText()).resolves.toMatch(
        /\$1,500 of European Union .* will no longer fund IV\.B\.5-4 in 2010/,
      );
      await confirm.getByTestId('confirm-cancel').click();
      expect(await gapOf(activityId)).toBe(gapBefore);
      await allocation.getByTestId('allocation-undo').click();
      await confirm.getByTestId('confirm-submit').click();
      await waitUntil(
        session,
        'the allocation gone and the money unallocated',
        async () => [
          await row.getByTestId('contribution-allocation').count(),
          await row.getAttribute('data-unallocated'),
        ],
        ([n, unallocated]) => n === 0 && unallocated === '20000.00',
      );
      await expect(page.getByTestId('funding-notice').innerText()).resolves.toMatch(/Allocation undone/);
      const { contributions } = await api<{ contributions: { nodes: Array<{ id: string; allocations: unknown[] }> } }>(
        '{ contributions(first: 200) { nodes { id allocations { id } } } }',
      );
      expect(contributions.nodes.find((c) => c.id === contributionId)!.allocations).toEqual([]);
      expect(Number(await gapOf(activityId))).toBeCloseTo(Number(gapBefore) + 1500, 2);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'is offered in French to the secretariat, and to no field office or donor',
    async () => {
      await allocated('100.00');
      const french = await openSignedIn(web, 'secretariat@demo.local', { locale: 'fr-FR' });
      await french.page.goto(`${web.url}/funding`);
      await expect(french.page.getByTestId('allocation-undo').first().innerText()).resolves.toBe('Annuler');
      for (const email of ['dakar@demo.local', 'donor@demo.local']) {
        const session = await openSignedIn(web, email);
        await session.page.goto(`${web.url}/funding`);
        await session.page.getByTestId('contribution-allocation').first().waitFor();
        expect(await session.page.getByTestId('allocation-undo').count()).toBe(0);
        await session.context.close();
      }
    },
    STEP_TIMEOUT_MS,
  );
});

describe('withdrawing an intention', () => {
  it(
    'is done by the donor for its own intention after a confirmation; another donor sees no control',
    async () => {
      const donorToken = await signIn(web.url, 'donor@demo.local');
      const { me } = await api<{ me: { donor: { id: string } } }>('{ me { donor { id } } }', {}, donorToken);
      const { recordContribution } = await api<{ recordContribution: { id: string } }>(
        `mutation($d: ID!) { recordContribution(input: { donorId: $d, amount: "77000.00", currency: "USD",
          date: "2009-05-04", stage: INTENDED }) { id } }`,
        { d: me.donor.id },
        donorToken,
      );
      const id = recordContribution.id;

      // Another donor, with an account of its own: it does not see Norway's intention, let alone withdraw it.
      const { createDonor } = await api<{ createDonor: { id: string } }>(
        'mutation { createDonor(input: { name: "Other donor (test)", donorType: "FOUNDATION" }) { id } }',
      );
      const admin = await signIn(web.url, 'admin@demo.local');
      await api(
        `mutation($d: ID!) { createUser(input: { email: "other.donor@test.local", displayName: "Other donor",
          role: DONOR, donorId: $d, password: "a-long-test-password-1" }) { id } }`,
        { d: createDonor.id },
        admin,
      );
      // An administrator chose that first password, so the newcomer must choose its own before anything else
      // (mustChangePassword): done here through the API, as the person would on the Change password page.
      await signInChoosingOwn(web.url, 'other.donor@test.local', 'a-long-test-password-1', 'its-own-long-password-2');
      const other = await web.open();
      await other.page.goto(web.url);
      await other.page.getByTestId('sign-in-email').fill('other.donor@test.local');
      await other.page.getByTestId('sign-in-password').fill('its-own-long-password-2');
      await other.page.getByTestId('sign-in-submit').click();
      await other.page.getByTestId('user-menu').waitFor();
      await other.page.goto(`${web.url}/funding`);
      await other.page.getByTestId('intentions').waitFor();
      expect(await other.page.locator(`[data-testid="intention-row"][data-id="${id}"]`).count()).toBe(0);
      expect(await other.page.getByTestId('intention-withdraw').count()).toBe(0);

      const session = await openSignedIn(web, 'donor@demo.local', { locale: 'fr-FR' });
      const { page } = session;
      await page.goto(`${web.url}/funding`);
      const row = page.locator(`[data-testid="intention-row"][data-id="${id}"]`);
      await expect(row.getByTestId('intention-withdraw').innerText()).resolves.toBe('Retirer');
      expect(await row.getByTestId('intention-pledge').count()).toBe(0);
      await row.getByTestId('intention-withdraw').click();
      const confirm = page.getByTestId('intention-withdraw-confirm');
      await confirm.getByTestId('confirm-cancel').click();
      await row.getByTestId('intention-withdraw').click();
      await confirm.getByTestId('confirm-submit').click();
      await row.waitFor({ state: 'detached' });
      // Said as a withdrawal (its own notice), not as a pledge.
      await expect(page.getByTestId('intention-withdrawn').innerText()).resolves.toMatch(
        /l’intention de .*77[\s\u202f\u00a0]?000.* est retirée/,
      );
      expect(await page.getByTestId('intention-pledged').count()).toBe(0);
      const { contributions } = await api<{ contributions: { nodes: Array<{ id: string }> } }>(
        '{ contributions(filter: { stage: [INTENDED] }, first: 200) { nodes { id } } }',
      );
      expect(contributions.nodes.map((c) => c.id)).not.toContain(id);
    },
    STEP_TIMEOUT_MS,
  );
});
