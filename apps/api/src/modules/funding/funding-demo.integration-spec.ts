import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/** The illustrative money of the demo: several currencies; activities fully, partly and not funded. */
describe('the demo funding', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  it('has contributions in USD, EUR, NOK, JPY and GBP at every stage (an intention too), all marked illustrative', async () => {
    const res = await t.gql(`{ contributions(first: 200) { nodes { currency stage illustrative rateDate date } } }`);
    const nodes = res.data!.contributions.nodes;
    expect(new Set(nodes.map((c: { currency: string }) => c.currency))).toEqual(
      new Set(['USD', 'EUR', 'NOK', 'JPY', 'GBP']),
    );
    expect(new Set(nodes.map((c: { stage: string }) => c.stage))).toEqual(
      new Set(['INTENDED', 'PLEDGED', 'COMMITTED', 'PAID']),
    );
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
      { donor: { name: 'Norway (illustrative)' }, currency: 'USD', amount: '80000.00' },
    ]);
    const byDonor = (
      await t.as('donor')(`{ fundingGaps(groupBy: [DONOR]) { donor { name } otherDonors pledged committed paid } }`)
    ).data!.fundingGaps;
    const names = byDonor.map((r: { donor: { name: string } | null }) => r.donor?.name).filter(Boolean);
    expect(names).not.toContain('United Kingdom (illustrative)');
    expect(names).toEqual(expect.arrayContaining(['Norway (illustrative)', 'United States (illustrative)']));
    expect(byDonor.some((r: { otherDonors: boolean }) => r.otherDonors)).toBe(true);
  });

  it('puts each regional workshop in its region: Africa holds the Southern and the Central and Eastern Africa workshops', async () => {
    const rows = (
      await t.gql(`{ fundingGaps(groupBy: [ACTIVITY, REGION]) { activity { title beneficiaryRegions } region cost } }`)
    ).data!.fundingGaps as Array<{
      activity: { title: string; beneficiaryRegions: string[] };
      region: string;
      cost: string;
    }>;
    const regionsOf = (wording: string) =>
      rows.filter((r) => r.activity.beneficiaryRegions.join() === wording).map((r) => r.region);
    expect(new Set(regionsOf('Southern Africa'))).toEqual(new Set(['Africa']));
    expect(new Set(regionsOf('Central and Eastern Africa'))).toEqual(new Set(['Africa']));
    expect(new Set(regionsOf('South Asia'))).toEqual(new Set(['Asia']));
    expect(new Set(regionsOf('Caribbean'))).toEqual(new Set(['Americas']));
    expect(rows.every((r) => ['Africa', 'Americas', 'Asia', 'Europe', 'Oceania', 'Global'].includes(r.region))).toBe(
      true,
    );
  });

  it('shows money in hand (the EU’s unallocated money for area C), an intention and a deliberate over-funding', async () => {
    const [c] = (
      await t.gql(`{ fundingGaps(groupBy: [PRIORITY_AREA], filter: { priorityAreaCode: ["C"] }) { available } }`)
    ).data!.fundingGaps;
    expect(Number(c.available)).toBeGreaterThan(0);
    const intentions = (
      await t.gql(`{ contributions(filter: { stage: [INTENDED] }) { nodes { donor { name } amountUsd } } }`)
    ).data!.contributions.nodes;
    expect(intentions).toEqual([{ donor: { name: 'Norway (illustrative)' }, amountUsd: '80000.00' }]);
    const flagged = (
      await t.gql(`{ fundingGaps(groupBy: [ACTIVITY]) { activity { title } overFunded overFundedDeliberately gap } }`)
    ).data!.fundingGaps.filter((r: { overFundedDeliberately: boolean }) => r.overFundedDeliberately);
    expect(flagged).toEqual([
      expect.objectContaining({
        overFunded: '5000.00',
        gap: '0.00',
        activity: expect.objectContaining({ title: expect.stringMatching(/Caribbean/) }),
      }),
    ]);
  });
});
