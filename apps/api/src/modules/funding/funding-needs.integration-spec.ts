import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const RECORD = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) {
  id amountUsd stage version } }`;
const ALLOCATE = `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) {
  id amountUsd overFunding overFundingReason } }`;
const GAPS = `query($g: [FundingDimension!]!, $f: FundingFilter) { fundingGaps(groupBy: $g, filter: $f) {
  priorityArea { code } year activity { code } region subregion cost committed paid gap available overFunded
  overFundedDeliberately toReallocate } }`;
const cents = (v: string) => BigInt(v.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));

/** Geography as data, money in hand, allocations that respect need, intentions and what-if pledges. */
describe('a funding picture a donor can decide on', () => {
  let t: TestApp;
  let norway: string;
  let other: string;
  let n = 0;

  async function newActivity(
    lines: Array<{ year: number; category?: string; amount: string }>,
    geography: { states?: string[]; areas?: string[]; regions?: string[] },
    area = 'D',
  ): Promise<{ id: string; version: number; code: string }> {
    n += 1;
    const res = await t.gql(
      `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version code } }`,
      {
        input: {
          code: `N-${n}`,
          title: `Needs ${n}`,
          priorityAreaCode: area,
          activityType: 'WORKSHOP',
          beneficiaryStates: geography.states ?? [],
          beneficiaryRegions: geography.regions ?? [],
          ...(geography.areas ? { beneficiaryAreas: geography.areas } : {}),
        },
      },
    );
    if (res.errors) throw new Error(JSON.stringify(res.errors));
    const a = res.data!.createActivity;
    const set = await t.gql(
      `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version code } }`,
      {
        input: {
          activityId: a.id,
          expectedVersion: a.version,
          basis: 'ORIGINAL',
          rateDate: '2008-08-22',
          lines: lines.map((l) => ({ category: 'MEETINGS', ...l })),
        },
      },
    );
    return set.data!.setCostLines;
  }
  const record = async (input: Record<string, unknown>, who: 'secretariat' | 'donor' = 'secretariat') =>
    t.as(who)(RECORD, {
      input: {
        donorId: norway,
        currency: 'USD',
        date: '2009-01-10',
        stage: 'COMMITTED',
        agreementRef: 'AGR',
        ...input,
      },
    });
  const gaps = async (g: string[], f: Record<string, unknown> = {}) =>
    (await t.gql(GAPS, { g, f })).data!.fundingGaps as Array<Record<string, any>>;

  beforeAll(async () => {
    t = await bootApp();
    norway = (await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`))[0].id;
    other = (await t.gql(`mutation { createDonor(input: { name: "Other", donorType: "FOUNDATION" }) { id } }`)).data!
      .createDonor.id;
  });
  afterAll(() => t.close());

  it('keeps the wording and makes it data: "Central and Eastern Africa" is two M49 intermediate regions of Africa', async () => {
    const a = await newActivity([{ year: 2009, amount: '100.00' }], { regions: ['Central and Eastern Africa'] });
    const res = await t.gql(
      `query($id: ID!) { activity(id: $id) { beneficiaryRegions beneficiaryAreas { code name region subregion } } }`,
      {
        id: a.id,
      },
    );
    expect(res.data!.activity).toEqual({
      beneficiaryRegions: ['Central and Eastern Africa'],
      beneficiaryAreas: [
        { code: '017', name: 'Middle Africa', region: 'Africa', subregion: 'Sub-Saharan Africa' },
        { code: '014', name: 'Eastern Africa', region: 'Africa', subregion: 'Sub-Saharan Africa' },
      ],
    });
    const bad = await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
      input: {
        code: 'N-BAD',
        title: 'Nowhere in particular',
        priorityAreaCode: 'D',
        activityType: 'WORKSHOP',
        beneficiaryRegions: ['Narnia'],
      },
    });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beneficiaryRegions' });
  });

  it('splits cost by the stated rule, to the cent: a region to its region, several evenly, States by count, none to Global', async () => {
    const regional = await newActivity([{ year: 2011, amount: '1000.00' }], { areas: ['018'] }); // Southern Africa
    const multi = await newActivity([{ year: 2011, amount: '100.00' }], { areas: ['002', '419', '142'] });
    const states = await newActivity([{ year: 2011, amount: '0.05' }], { states: ['KEN', 'SEN', 'PER', 'THA'] });
    const global = await newActivity([{ year: 2011, amount: '7.00' }], {});
    const byRegion = async (id: string) =>
      Object.fromEntries((await gaps(['REGION'], { activityId: id })).map((r) => [r.region, r.cost]));
    expect(await byRegion(regional.id)).toEqual({ Africa: '1000.00' });
    // 100.00 in three: 33.34 to the first share by M49 code (002 Africa), 33.33 to the others.
    expect(await byRegion(multi.id)).toEqual({ Africa: '33.34', Americas: '33.33', Asia: '33.33' });
    // Five cents over four States: KEN 2 (first by code), PER 1, SEN 1, THA 1 → Africa 3, Americas 1, Asia 1.
    expect(await byRegion(states.id)).toEqual({ Africa: '0.03', Americas: '0.01', Asia: '0.01' });
    expect(await byRegion(global.id)).toEqual({ Global: '7.00' });
    const sub = await gaps(['SUBREGION'], { activityId: regional.id });
    expect(sub).toEqual([
      expect.objectContaining({ region: 'Africa', subregion: 'Sub-Saharan Africa', cost: '1000.00' }),
    ]);
  });

  it('makes a linked request’s State a beneficiary, unless the secretariat says otherwise', async () => {
    const a = await newActivity([{ year: 2010, amount: '10.00' }], { states: [] });
    const log = async (state: string) =>
      (
        await t.gql(`mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`, {
          input: {
            stateIso3: state,
            kind: 'TRAINING',
            topics: ['cybercrime'],
            priorityAreaCode: 'D',
            receivedOn: '2008-09-01',
            channel: 'field-office',
            description: 'Training for judges',
          },
        })
      ).data!.logAssistanceRequest.id as string;
    const r1 = await log('PER');
    const r2 = await log('THA');
    await t.gql(`mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`, {
      a: a.id,
      r: [r1],
    });
    await t.gql(
      `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r, addBeneficiaryStates: false) { id } }`,
      { a: a.id, r: [r2] },
    );
    const res = await t.gql(`query($id: ID!) { activity(id: $id) { beneficiaryStates { iso3 } } }`, { id: a.id });
    expect(res.data!.activity.beneficiaryStates).toEqual([{ iso3: 'PER' }]);
    expect((await gaps(['REGION'], { activityId: a.id })).map((r) => r.region)).toEqual(['Americas']);
  });

  it('shows firm money not yet allocated beside the gap, where its earmarking allows it', async () => {
    const a = await newActivity([{ year: 2010, amount: '5000.00' }], { areas: ['034'] }, 'E');
    const before = (await gaps(['PRIORITY_AREA'], { priorityAreaCode: ['E'] }))[0]!.available;
    // Committed money softly earmarked to area E for 2010; a pledge (not firm) and an intention count for nothing.
    await record({ amount: '1200.00', priorityAreaCode: 'E', yearsCovered: [2010] });
    await record({ amount: '999.00', priorityAreaCode: 'E', stage: 'PLEDGED', agreementRef: null });
    await record({ amount: '888.00', priorityAreaCode: 'E', stage: 'INTENDED', agreementRef: null });
    const [e] = await gaps(['PRIORITY_AREA'], { priorityAreaCode: ['E'] });
    expect(cents(e!.available) - cents(before)).toBe(120000n);
    const byYear = await gaps(['YEAR'], { activityId: a.id });
    const y2010 = byYear.find((r) => r.year === 2010)!;
    expect(cents(y2010.available)).toBeGreaterThanOrEqual(120000n);
    // Earmarked to this activity: available to its region (Asia) and not to Africa.
    await record({ amount: '300.00', activityId: a.id });
    const regions = await gaps(['PRIORITY_AREA', 'REGION'], { priorityAreaCode: ['E'] });
    const asia = regions.find((r) => r.region === 'Asia')!;
    const withoutIt = regions.filter((r) => r.region !== 'Asia');
    for (const r of withoutIt) expect(cents(asia.available) - cents(r.available)).toBe(30000n);
  });

  it('refuses an allocation beyond need with the room left, unless marked as deliberate over-funding, which lowers no other gap', async () => {
    const a = await newActivity([{ year: 2009, amount: '1000.00' }], { states: ['KEN'] }, 'B');
    const b = await newActivity([{ year: 2009, amount: '500.00' }], { states: ['KEN'] }, 'B');
    const c = (await record({ amount: '5000.00' })).data!.recordContribution;
    const over = await t.gql(ALLOCATE, {
      input: { contributionId: c.id, activityId: a.id, year: 2009, amountUsd: '1500.00' },
    });
    expect(over.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'OVER_ALLOCATED',
      room: '1000.00',
    });
    const areaBefore = (await gaps(['PRIORITY_AREA'], { priorityAreaCode: ['B'] }))[0]!;
    const deliberate = await t.gql(ALLOCATE, {
      input: {
        contributionId: c.id,
        activityId: a.id,
        year: 2009,
        amountUsd: '1500.00',
        overFundingReason: 'A second session the donor asked for',
      },
    });
    expect(deliberate.data!.allocateContribution).toMatchObject({
      overFunding: true,
      overFundingReason: 'A second session the donor asked for',
    });
    const rows = await gaps(['ACTIVITY'], { priorityAreaCode: ['B'] });
    expect(rows.find((r) => r.activity.code === a.code)).toMatchObject({
      gap: '0.00',
      overFunded: '500.00',
      overFundedDeliberately: true,
      toReallocate: '0.00',
    });
    expect(rows.find((r) => r.activity.code === b.code)).toMatchObject({ gap: '500.00', overFunded: '0.00' });
    const areaAfter = (await gaps(['PRIORITY_AREA'], { priorityAreaCode: ['B'] }))[0]!;
    // The area's gap falls by activity a's 1000.00 only: the 500.00 beyond need lowers no other gap.
    expect(cents(areaBefore.gap) - cents(areaAfter.gap)).toBe(100000n);
    expect(areaAfter.overFundedDeliberately).toBe(true);
  });

  it('flags the excess for re-allocation when a revised cost falls below what is allocated', async () => {
    const a = await newActivity([{ year: 2010, amount: '800.00' }], { states: ['SEN'] }, 'B');
    const c = (await record({ amount: '800.00' })).data!.recordContribution;
    await t.gql(ALLOCATE, { input: { contributionId: c.id, activityId: a.id, year: 2010, amountUsd: '800.00' } });
    const revised = await t.gql(`mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id } }`, {
      input: {
        activityId: a.id,
        expectedVersion: a.version,
        basis: 'REVISED',
        rateDate: '2009-06-01',
        lines: [{ year: 2010, category: 'MEETINGS', amount: '650.00' }],
      },
    });
    expect(revised.errors).toBeUndefined();
    const [row] = await gaps(['ACTIVITY'], { activityId: a.id });
    expect(row).toMatchObject({
      cost: '650.00',
      gap: '0.00',
      overFunded: '150.00',
      toReallocate: '150.00',
      overFundedDeliberately: false,
    });
  });

  it('(race) never allocates beyond need when allocations and a cost revision race', async () => {
    const a = await newActivity([{ year: 2011, amount: '1000.00' }], { states: ['THA'] }, 'B');
    const contributions = await Promise.all(
      [1, 2, 3, 4].map(async () => (await record({ amount: '400.00' })).data!.recordContribution.id as string),
    );
    const results = await Promise.all([
      ...contributions.map((id) =>
        t.gql(ALLOCATE, { input: { contributionId: id, activityId: a.id, year: 2011, amountUsd: '300.00' } }),
      ),
      t.gql(`mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id } }`, {
        input: {
          activityId: a.id,
          expectedVersion: a.version,
          basis: 'REVISED',
          rateDate: '2009-06-01',
          lines: [{ year: 2011, category: 'MEETINGS', amount: '700.00' }],
        },
      }),
    ]);
    const allocated = results.slice(0, 4).filter((r) => !r.errors).length;
    for (const r of results.slice(0, 4).filter((x) => x.errors)) {
      expect(r.errors![0].extensions).toMatchObject({ reason: 'OVER_ALLOCATED' });
    }
    const [row] = await gaps(['ACTIVITY'], { activityId: a.id });
    // Either the revision came first (at most 2 × 300 ≤ 700) or allocations first (3 × 300 ≤ 1000, then 900 > 700
    // is flagged for re-allocation). Never hidden: gap + allocated − excess = cost.
    expect(allocated).toBeGreaterThanOrEqual(2);
    expect(allocated).toBeLessThanOrEqual(3);
    expect(row!.cost).toBe('700.00');
    expect(cents(row!.gap) + BigInt(allocated) * 30000n - cents(row!.toReallocate)).toBe(70000n);
  });

  it('lets a donor record and withdraw its own intentions only; the secretariat sees them and pledges one; never firm money', async () => {
    const totalBefore = (await gaps([]))[0]!;
    const mine = await record(
      { amount: '2500.00', stage: 'INTENDED', agreementRef: null, priorityAreaCode: 'A' },
      'donor',
    );
    expect(mine.errors).toBeUndefined();
    expect(mine.data!.recordContribution.stage).toBe('INTENDED');
    const pledge = await record({ amount: '10.00', stage: 'PLEDGED', agreementRef: null }, 'donor');
    expect(pledge.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const theirs = await record({ amount: '10.00', stage: 'INTENDED', agreementRef: null, donorId: other }, 'donor');
    expect(theirs.errors![0]!.extensions!.code).toBe('FORBIDDEN');
    const seen = await t.gql(
      `{ contributions(filter: { stage: [INTENDED] }, first: 50) { nodes { id donor { id } } } }`,
    );
    expect(seen.data!.contributions.nodes).toContainEqual({
      id: mine.data!.recordContribution.id,
      donor: { id: norway },
    });
    const totalAfter = (await gaps([]))[0]!;
    expect([totalAfter.committed, totalAfter.paid, totalAfter.gap, totalAfter.available]).toEqual([
      totalBefore.committed,
      totalBefore.paid,
      totalBefore.gap,
      totalBefore.available,
    ]);
    const allocate = await t.gql(ALLOCATE, {
      input: {
        contributionId: mine.data!.recordContribution.id,
        activityId: (await newActivity([{ year: 2009, amount: '1.00' }], {}, 'A')).id,
        year: 2009,
        amountUsd: '1.00',
      },
    });
    expect(allocate.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
    const withdrawn = await t.as('donor')(`mutation($id: ID!) { withdrawIntention(id: $id, expectedVersion: 1) }`, {
      id: mine.data!.recordContribution.id,
    });
    expect(withdrawn.data!.withdrawIntention).toBe(true);
    const again = (await record({ amount: '700.00', stage: 'INTENDED', agreementRef: null }, 'donor')).data!
      .recordContribution;
    const pledged = await t.gql(`mutation($id: ID!) { pledgeIntention(id: $id, expectedVersion: 1) { stage } }`, {
      id: again.id,
    });
    expect(pledged.data!.pledgeIntention.stage).toBe('PLEDGED');
    const notMine = await t.as('donor')(`mutation($id: ID!) { withdrawIntention(id: $id, expectedVersion: 2) }`, {
      id: again.id,
    });
    expect(notMine.errors![0]!.extensions!.code).toBe('BAD_USER_INPUT');
  });

  it('answers what a pledge would close, from the gap query itself, writing nothing', async () => {
    const a = await newActivity(
      [
        { year: 2009, amount: '300.00' },
        { year: 2010, amount: '500.00' },
      ],
      { areas: ['029'] },
      'C',
    );
    await t.gql(
      `mutation { setExchangeRate(currency: "EUR", date: "2009-02-02", rateToUsd: "1.25000000") { rateToUsd } }`,
    );
    const snapshot = async () =>
      JSON.stringify(
        await Promise.all(
          ['contribution', 'contribution_stage_change', 'contribution_payment', 'allocation', 'audit_entry'].map(
            (table) => t.dataSource.query(`SELECT * FROM ${table} ORDER BY 1`),
          ),
        ),
      );
    const before = await snapshot();
    const res = await t.as('donor')(
      `query($i: WhatIfPledgeInput!, $g: [FundingDimension!]!) { whatIfPledge(input: $i, groupBy: $g) {
        year activity { code } region gapBefore gapAfter covered } }`,
      {
        i: { donorId: norway, amount: '400.00', currency: 'EUR', date: '2009-02-02', activityId: a.id },
        g: ['ACTIVITY', 'YEAR', 'REGION'],
      },
    );
    expect(res.errors).toBeUndefined();
    const rows = res.data!.whatIfPledge.filter((r: { activity: { code: string } }) => r.activity.code === a.code);
    // 400 EUR = 500.00 USD: the earliest year first (300.00), the rest (200.00) to 2010.
    expect(rows).toEqual([
      {
        year: 2009,
        activity: { code: a.code },
        region: 'Americas',
        gapBefore: '300.00',
        gapAfter: '0.00',
        covered: '300.00',
      },
      {
        year: 2010,
        activity: { code: a.code },
        region: 'Americas',
        gapBefore: '500.00',
        gapAfter: '300.00',
        covered: '200.00',
      },
    ]);
    expect(await snapshot()).toBe(before);
    const forOther = await t.as('donor')(
      `query($i: WhatIfPledgeInput!) { whatIfPledge(input: $i, groupBy: []) { covered } }`,
      { i: { donorId: other, amount: '1.00', currency: 'USD', date: '2009-02-02' } },
    );
    expect(forOther.errors![0]!.extensions!.code).toBe('FORBIDDEN');
  });

  it('reconciles a contribution: amount, paid, allocated by activity and year, unallocated, in its currency and dollars', async () => {
    const a = await newActivity([{ year: 2009, amount: '5000.00' }], { states: ['KEN'] }, 'A');
    await t.gql(
      `mutation { setExchangeRate(currency: "EUR", date: "2009-03-03", rateToUsd: "1.50000000") { rateToUsd } }`,
    );
    const c = (await record({ amount: '2000.00', currency: 'EUR', date: '2009-03-03' })).data!.recordContribution;
    await t.gql(ALLOCATE, { input: { contributionId: c.id, activityId: a.id, year: 2009, amountUsd: '1200.00' } });
    const res = await t.gql(
      `query($f: ContributionFilter) { contributions(filter: $f, first: 50) { nodes { id reconciliation {
      currency amount amountUsd paid paidUsd allocated allocatedUsd unallocated unallocatedUsd
      allocations { year amountUsd amount activity { code } } } } } }`,
      { f: { currency: 'EUR' } },
    );
    const node = res.data!.contributions.nodes.find((x: { id: string }) => x.id === c.id);
    expect(node.reconciliation).toEqual({
      currency: 'EUR',
      amount: '2000.00',
      amountUsd: '3000.00',
      paid: '0.00',
      paidUsd: '0.00',
      allocated: '800.00',
      allocatedUsd: '1200.00',
      unallocated: '1200.00',
      unallocatedUsd: '1800.00',
      allocations: [{ year: 2009, amountUsd: '1200.00', amount: '800.00', activity: { code: a.code } }],
    });
  });

  it('values each instalment at its own date’s rate (or the one given), exact to the cent, with the gains and losses', async () => {
    const rate = (d: string, r: string) =>
      t.gql(
        `mutation($d: Date!, $r: Decimal!) { setExchangeRate(currency: "GBP", date: $d, rateToUsd: $r) { rateToUsd } }`,
        {
          d,
          r,
        },
      );
    await rate('2009-04-01', '1.50000000');
    await rate('2009-05-01', '1.60000000');
    const c = (await record({ amount: '100.00', currency: 'GBP', date: '2009-04-01' })).data!.recordContribution;
    expect(c.amountUsd).toBe('150.00');
    const pay = async (amount: string, paidOn: string, version: number, rateToUsd?: string) => {
      const res = await t.gql(
        `mutation($id: ID!, $a: Decimal!, $d: Date!, $v: Int!, $r: Decimal) {
          recordContributionPayment(id: $id, amount: $a, paidOn: $d, expectedVersion: $v, rateToUsd: $r) {
            version stage valueUsd exchangeGainUsd amountUsd
            payments { amount amountUsd rateToUsd rateDate valueUsd gainUsd } } }`,
        { id: c.id, a: amount, d: paidOn, v: version, r: rateToUsd ?? null },
      );
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return res.data!.recordContributionPayment;
    };
    await pay('33.33', '2009-05-01', 1); // its date's rate
    await pay('33.33', '2009-05-15', 2, '1.40000000'); // the rate given with it
    const done = await pay('33.34', '2009-05-20', 3); // no rate that day: the latest before it (1 May)
    expect(done.payments).toEqual([
      {
        amount: '33.33',
        amountUsd: '50.00',
        rateToUsd: '1.60000000',
        rateDate: '2009-05-01',
        valueUsd: '53.33',
        gainUsd: '3.33',
      },
      {
        amount: '33.33',
        amountUsd: '49.99',
        rateToUsd: '1.40000000',
        rateDate: '2009-05-15',
        valueUsd: '46.66',
        gainUsd: '-3.33',
      },
      {
        amount: '33.34',
        amountUsd: '50.01',
        rateToUsd: '1.60000000',
        rateDate: '2009-05-01',
        valueUsd: '53.34',
        gainUsd: '3.33',
      },
    ]);
    // The contribution keeps its dollars (what allocations count against); its worth and the gain are shown.
    expect(done).toMatchObject({ stage: 'PAID', amountUsd: '150.00', valueUsd: '153.33', exchangeGainUsd: '3.33' });
  });
});
