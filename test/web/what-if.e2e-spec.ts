/**
 * "What would a pledge close?" in a real browser, against the real built system on the demo data. The donor
 * types an amount and sees, by priority area, the gap before, what it covers and the gap after — and nothing is
 * recorded; then it saves the same figures as an intention, which is confirmed and listed among its contributions.
 */
import { gqlAt, signIn } from '../support/server.js';
import {
  cents,
  countOf,
  openSession,
  signInAs,
  STEP_TIMEOUT_MS,
  useServerAndBrowser,
  waitUntil,
  type BrowserSession,
} from './browser.js';

const web = useServerAndBrowser();

/** Every contribution recorded, intentions included, as the secretariat counts them through the API. */
async function contributionCount(): Promise<number> {
  const token = await signIn(web.url, 'secretariat@demo.local');
  const answer = await gqlAt<{ contributions: { totalCount: number } }>(
    web.url,
    `query { contributions(first: 1) { totalCount } }`,
    {},
    token,
  );
  if (!answer.data) throw new Error(JSON.stringify(answer.errors));
  return answer.data.contributions.totalCount;
}

describe('what a pledge would close, as a donor', () => {
  let donor: BrowserSession;
  let before: number;
  beforeAll(async () => {
    donor = await openSession(web.browser);
  });
  afterAll(async () => {
    await donor?.context.close();
  });

  it(
    'shows an Available column beside the gap',
    async () => {
      const { page } = donor;
      await signInAs(donor, web.url, 'donor@demo.local');
      await page.getByTestId('gaps-table').waitFor();
      const available = await page
        .getByTestId('cell-available')
        .evaluateAll((cells) => cells.map((c) => c.getAttribute('data-available')));
      expect(available.length).toBe(5);
      expect(available.every((v) => v !== null && /^-?\d+\.\d{2}$/.test(v))).toBe(true);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'shows, as the donor types, what the amount would cover by area — and records nothing',
    async () => {
      const { page } = donor;
      before = await contributionCount();
      await page.getByTestId('what-if').waitFor();
      await page.getByTestId('what-if-amount').fill('250000');
      const rows = page.getByTestId('what-if-row');
      const figures = await waitUntil(
        donor,
        'the what-if figures',
        () =>
          rows.evaluateAll((trs) =>
            trs.map((tr) => ({
              area: tr.getAttribute('data-area'),
              before: tr.querySelector('[data-testid="what-if-before"]')?.getAttribute('data-value') ?? '',
              covered: tr.querySelector('[data-testid="what-if-covered"]')?.getAttribute('data-value') ?? '',
              after: tr.querySelector('[data-testid="what-if-after"]')?.getAttribute('data-value') ?? '',
            })),
          ),
        (list) => list.some((r) => r.covered !== '' && cents(r.covered) > 0n),
      );
      const helped = figures.filter((r) => cents(r.covered) > 0n);
      expect(helped.length).toBeGreaterThan(0);
      for (const r of helped) {
        expect(cents(r.after)).toBeLessThan(cents(r.before));
        expect(cents(r.before) - cents(r.after)).toBe(cents(r.covered));
      }
      const total = figures.reduce((sum, r) => sum + cents(r.covered), 0n);
      expect(total).toBeLessThanOrEqual(25_000_000n);
      await expect(page.getByTestId('what-if-covered').first().innerText()).resolves.not.toBe('');
      expect(await contributionCount()).toBe(before);
    },
    STEP_TIMEOUT_MS,
  );

  it(
    'saves the same figures as an intention: confirmed, recorded once and listed as intended',
    async () => {
      const { page } = donor;
      const listed = await countOf(page, 'contributions-total');
      await page.getByTestId('what-if-save').click();
      const notice = page.getByTestId('what-if-saved');
      await notice.waitFor();
      await expect(notice.innerText()).resolves.toMatch(/250,000/);
      expect(await contributionCount()).toBe(before + 1);
      await waitUntil(
        donor,
        'the intention in the donor’s list',
        () => countOf(page, 'contributions-total'),
        (n) => n === listed + 1,
      );
      const id = await notice.getAttribute('data-contribution-id');
      const row = page.locator(`[data-testid="contribution-row"][data-id="${id}"]`);
      await row.waitFor();
      await expect(row.getAttribute('data-stage')).resolves.toBe('INTENDED');
      await expect(row.getAttribute('data-amount')).resolves.toBe('250000.00');
      await expect(row.innerText()).resolves.toContain('Intended');
      expect(donor.pageErrors).toEqual([]);
    },
    STEP_TIMEOUT_MS,
  );
});
