/**
 * The funding page in a real browser, against the real built system on the demo data. A donor sees the gaps
 * as charts and a table it can drill into, its own contributions and no requests; the secretariat records a
 * contribution (a missing rate first, a double click recorded once), allocates part of it, and the activity's
 * gap decreases by exactly that amount.
 */
import { gqlAt, signIn } from '../support/server.js';
import {
  countOf,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  subtractDecimal,
  useServerAndBrowser,
  useSession,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

/** The gap of one activity in the drill-down of its priority area, as the API's decimal string. */
async function gapOf(session: BrowserSession, area: string, code: string): Promise<string> {
  const { page } = session;
  if ((await page.locator(`[data-testid="gaps-activities"][data-area="${area}"]`).count()) === 0) {
    if ((await page.getByTestId('gaps-back').count()) > 0) await page.getByTestId('gaps-back').click();
    await page.locator(`[data-testid="gap-area-row"][data-area="${area}"]`).getByTestId('gap-area-open').click();
  }
  const row = page.locator(`[data-testid="gap-activity-row"][data-code="${code}"]`);
  await row.waitFor();
  return (await row.getByTestId('cell-gap').getAttribute('data-gap')) ?? '';
}

describe('funding, as a donor', () => {
  const donor = useSession(web);

  it(
    'starts on the funding page, with both charts and the gaps table, and no requests in the navigation',
    async () => {
      const { page } = donor;
      await signInAs(donor, web.url, 'donor@demo.local');
      await page.getByTestId('gaps-table').waitFor();
      await expect(page.getByTestId('nav-funding').getAttribute('aria-current')).resolves.toBe('page');
      await expect(page.getByTestId('nav-requests').count()).resolves.toBe(0);
      await page.locator('[data-testid="chart-by-area"] canvas').waitFor();
      await page.locator('[data-testid="chart-by-year"] canvas').waitFor();
      const areas = await page
        .getByTestId('gap-area-row')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-area')));
      expect(areas).toEqual(['A', 'B', 'C', 'D', 'E']);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows the gap by region of the beneficiaries: the API’s regions, in its order, with each one’s gap',
    async () => {
      const { page } = donor;
      const chart = page.getByTestId('chart-by-region');
      await chart.locator('canvas').waitFor();
      await chart.getByTestId('chart-table-toggle').click();
      await chart.getByTestId('chart-table').waitFor();
      const shown = await chart
        .locator('[data-testid="chart-table"] tbody tr')
        .evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-key'), r.querySelector('th')?.textContent ?? '']));
      const token = await signIn(web.url, 'donor@demo.local');
      const res = await gqlAt<{ fundingGaps: { region: string | null; gap: string }[] }>(
        web.url,
        '{ fundingGaps(groupBy: [REGION]) { region gap } }',
        {},
        token,
      );
      const regions = res.data!.fundingGaps.map((r) => r.region ?? 'Global');
      // The demo programme's activities benefit States of four regions, and some the world as a whole.
      expect(regions).toEqual(expect.arrayContaining(['Africa', 'Americas', 'Asia', 'Europe']));
      expect(shown.map(([key]) => key)).toEqual(regions);
      expect(shown.find(([key]) => key === 'Africa')?.[1]).toBe('Africa');
      // Money is missing somewhere (the gap is a decimal string: no float).
      expect(res.data!.fundingGaps.some((r) => !/^-?0(\.0+)?$/.test(r.gap))).toBe(true);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'drills into priority area C: its activities, the funded Balkans workshop with a 0.00 gap',
    async () => {
      const { page } = donor;
      const gap = await gapOf(donor, 'C', 'IV.B.5-1');
      expect(gap).toBe('0.00');
      const balkans = page.locator('[data-testid="gap-activity-row"][data-code="IV.B.5-1"]');
      await expect(balkans.innerText()).resolves.toContain('Balkans');
      await expect(balkans.getByTestId('cell-gap').innerText()).resolves.toBe('0'); // a whole figure, no decimals
      expect(await page.getByTestId('gap-activity-row').count()).toBeGreaterThan(5);
      expect(new URL(page.url()).searchParams.get('area')).toBe('C');

      // An activity opens with its cost lines and allocations.
      await balkans.getByTestId('gap-activity-open').click();
      const detail = page.getByTestId('activity-detail');
      await detail.waitFor();
      await expect(detail.getAttribute('data-code')).resolves.toBe('IV.B.5-1');
      expect(await detail.getByTestId('cost-line').count()).toBeGreaterThan(0);
      await expect(detail.getByTestId('allocation-row').count()).resolves.toBeGreaterThan(0);
      // Donors never see the requests an activity answers.
      await expect(detail.getByTestId('activity-requests').count()).resolves.toBe(0);
      await page.getByTestId('activity-drawer').getByTestId('dialog-close').click();
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'lists exactly its own contributions: NOK 3,000,000.00 and its intention (never counted as money)',
    async () => {
      const { page } = donor;
      await expect(page.locator('#contributions-title').innerText()).resolves.toBe('My contributions');
      // The demo gives Norway one pledge and one intention (issue 10: an intention is shown, never money).
      await waitUntil(
        donor,
        'two contributions',
        () => countOf(page, 'contributions-total'),
        (n) => n === 2,
      );
      const rows = page.getByTestId('contribution-row');
      await expect(rows.count()).resolves.toBe(2);
      const firm = page.locator('[data-testid="contribution-row"]:not([data-stage="INTENDED"])');
      await expect(firm.count()).resolves.toBe(1);
      await expect(firm.first().getAttribute('data-currency')).resolves.toBe('NOK');
      await expect(firm.first().getByTestId('contribution-amount').innerText()).resolves.toMatch(/^NOK\s3,000,000\b/);
      await expect(page.locator('[data-testid="contribution-row"][data-stage="INTENDED"]').count()).resolves.toBe(1);
      // No secretariat forms for a donor, but its own profile.
      await expect(page.getByTestId('contribution-open').count()).resolves.toBe(0);
      await page.getByTestId('donor-profile').waitFor();
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});

describe('funding, as the secretariat', () => {
  let secretariat: BrowserSession;
  const agreementRef = `E2E-EU-${Date.now()}`;
  const date = '2009-04-01';
  let before = 0;
  let contributionId = '';
  let gapBefore = '';

  beforeAll(async () => {
    secretariat = await openSession(web.browser);
  });
  afterAll(async () => {
    await secretariat?.context.close();
  });

  it(
    'is told there is no EUR rate for the date, sets it, and records the contribution once despite a double click',
    async () => {
      const { page } = secretariat;
      await signInAs(secretariat, web.url, 'secretariat@demo.local');
      await page.getByTestId('nav-funding').click();
      before = await waitUntil(
        secretariat,
        'the contributions',
        () => countOf(page, 'contributions-total'),
        (n) => n > 0,
      );
      gapBefore = await gapOf(secretariat, 'C', 'IV.B.5-4');

      await page.getByTestId('contribution-open').click();
      const form = page.getByTestId('contribution-form');
      await form.waitFor();
      const key = await form.getAttribute('data-idempotency-key');
      expect(key).toMatch(/^[0-9a-f-]{32,36}$/);
      await page.getByTestId('contribution-donor').selectOption({ label: 'European Union (illustrative)' });
      await page.getByTestId('contribution-amount-input').fill('250000');
      await page.getByTestId('contribution-currency').selectOption('EUR');
      await page.getByTestId('contribution-date').fill(date);
      await page.getByTestId('contribution-stage').selectOption('COMMITTED');
      await page.getByTestId('contribution-agreement').fill(agreementRef);
      await page.getByTestId('contribution-submit').click();
      await expect(page.getByTestId('error-currency').innerText()).resolves.toContain(
        `There is no EUR rate for ${date}`,
      );

      await page.getByTestId('contribution-set-rate').click();
      await expect(page.getByTestId('rate-date').inputValue()).resolves.toBe(date);
      await page.getByTestId('rate-value').fill('1.32000000');
      await page.getByTestId('rate-submit').click();
      await page.getByTestId('rate-saved').waitFor();
      await expect(page.getByTestId('error-currency').count()).resolves.toBe(0);
      // The same form, the same key: a retry after the refusal.
      await expect(form.getAttribute('data-idempotency-key')).resolves.toBe(key);

      await page.getByTestId('contribution-submit').dblclick();
      const notice = page.getByTestId('funding-notice');
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toContain('€250,000');
      contributionId = (await notice.getAttribute('data-contribution-id')) ?? '';
      expect(contributionId).not.toBe('');
      await waitUntil(
        secretariat,
        'one more contribution',
        () => countOf(page, 'contributions-total'),
        (n) => n === before + 1,
      );

      // The API too holds exactly one contribution with this agreement.
      const token = await signIn(web.url, 'secretariat@demo.local');
      const answer = await gqlAt<{
        contributions: { nodes: Array<{ id: string; agreementRef: string | null; amountUsd: string }> };
      }>(web.url, '{ contributions(first: 100) { nodes { id agreementRef amountUsd } } }', {}, token);
      const mine = answer.data?.contributions.nodes.filter((c) => c.agreementRef === agreementRef) ?? [];
      expect(mine).toEqual([{ id: contributionId, agreementRef, amountUsd: '330000.00' }]);
      await expect(countOf(page, 'contributions-total')).resolves.toBe(before + 1);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'allocates part of it to an activity and year: the gap decreases by exactly that amount',
    async () => {
      const { page } = secretariat;
      const amount = '1234.56';
      const row = page.locator(`[data-testid="contribution-row"][data-id="${contributionId}"]`);
      await row.getByTestId('contribution-allocate').click();
      await page.getByTestId('allocation-form').waitFor();
      await expect(page.getByTestId('allocation-unallocated').getAttribute('data-value')).resolves.toBe('330000.00');
      const activity = page.getByTestId('allocation-activity');
      await waitUntil(
        secretariat,
        'the activities to choose from',
        () => activity.locator('option[data-code="IV.B.5-4"]').count(),
        (n) => n === 1,
      );
      const value = (await activity.locator('option[data-code="IV.B.5-4"]').getAttribute('value')) ?? '';
      await activity.selectOption(value);
      // 2010: the year the workshop is costed (an allocation beyond a year's need is refused, OVER_ALLOCATED).
      await page.getByTestId('allocation-year').selectOption('2010');
      // More than is unallocated is refused before it reaches the API.
      await page.getByTestId('allocation-amount').fill('330000.01');
      await expect(page.getByTestId('error-amountUsd').innerText()).resolves.toContain('330000.00');
      await expect(page.getByTestId('allocation-submit').isDisabled()).resolves.toBe(true);
      await page.getByTestId('allocation-amount').fill(amount);
      await page.getByTestId('allocation-submit').click();
      await waitUntil(
        secretariat,
        'the allocation notice',
        () => page.getByTestId('funding-notice').innerText(),
        (t) => t.includes('Allocated $1,234.56'),
      );

      const expected = subtractDecimal(gapBefore, amount);
      const gapAfter = await waitUntil(
        secretariat,
        `the gap of IV.B.5-4 to be ${expected}`,
        () => gapOf(secretariat, 'C', 'IV.B.5-4'),
        (gap) => gap !== gapBefore,
      );
      expect(gapAfter).toBe(expected);
      await waitUntil(
        secretariat,
        'the unallocated remainder',
        async () =>
          page
            .locator(`[data-testid="contribution-row"][data-id="${contributionId}"]`)
            .getAttribute('data-unallocated'),
        (v) => v === subtractDecimal('330000.00', amount),
      );
      expect(secretariat.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
