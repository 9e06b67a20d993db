/**
 * Keeping the money in the browser, on the real built system with the demo data: the secretariat adds a donor
 * where contributions are recorded and records one for it at once; undoes an allocation after a confirmation; a
 * donor withdraws its own intention. Each change is checked through the API; those the policy does not allow see
 * no controls.
 */
import { openSignedIn, STEP_TIMEOUT_MS, useServerAndBrowser, waitUntil } from './browser.js';
import { gqlAt, signIn } from '../support/server.js';

const web = useServerAndBrowser();

let secretariat = '';
beforeAll(async () => {
  secretariat = await signIn(web.url, 'secretariat@demo.local');
});

async function api<T = Record<string, any>>(
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
