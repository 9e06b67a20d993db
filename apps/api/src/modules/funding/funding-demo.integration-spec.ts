import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/** The illustrative money of the demo: several currencies; activities fully, partly and not funded. */
describe('the demo funding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  it('has contributions in USD, EUR, NOK, JPY and GBP at every stage, all marked illustrative', async () => {
    const res = await t.gql(`{ contributions(first: 200) { nodes { currency stage illustrative rateDate date } } }`);
    const nodes = res.data!.contributions.nodes;
    expect(new Set(nodes.map((c: { currency: string }) => c.currency))).toEqual(
      new Set(['USD', 'EUR', 'NOK', 'JPY', 'GBP']),
    );
    expect(new Set(nodes.map((c: { stage: string }) => c.stage))).toEqual(new Set(['PLEDGED', 'COMMITTED', 'PAID']));
    expect(
      nodes.every(
        (c: { illustrative: boolean; rateDate: string; date: string }) => c.illustrative && c.rateDate === c.date,
      ),
    ).toBe(true);
  });

  it('funds some activities fully, some in part and most not at all', async () => {
    const rows = (await t.gql(`{ fundingGaps(groupBy: [ACTIVITY]) { activity { code } cost committed paid gap } }`))
      .data!.fundingGaps as Array<{
      cost: string;
      gap: string;
    }>;
    const full = rows.filter((r) => r.gap === '0.00');
    const partly = rows.filter((r) => r.gap !== '0.00' && r.gap !== r.cost);
    const none = rows.filter((r) => r.gap === r.cost);
    expect(full.length).toBeGreaterThanOrEqual(2);
    expect(partly.length).toBeGreaterThanOrEqual(2);
    expect(none.length).toBeGreaterThan(full.length + partly.length);
  });

  it('gives the donor account its own view: Norway’s contribution, others by name only if they agreed', async () => {
    const mine = await t.as('donor')(`{ contributions { nodes { donor { name } currency amount } } }`);
    expect(mine.data!.contributions.nodes).toEqual([
      { donor: { name: 'Norway (illustrative)' }, currency: 'NOK', amount: '3000000.00' },
    ]);
    const byDonor = (
      await t.as('donor')(`{ fundingGaps(groupBy: [DONOR]) { donor { name } otherDonors pledged committed paid } }`)
    ).data!.fundingGaps;
    const names = byDonor.map((r: { donor: { name: string } | null }) => r.donor?.name).filter(Boolean);
    expect(names).not.toContain('United Kingdom (illustrative)');
    expect(names).toEqual(expect.arrayContaining(['Norway (illustrative)', 'United States (illustrative)']));
    expect(byDonor.some((r: { otherDonors: boolean }) => r.otherDonors)).toBe(true);
  });
});
