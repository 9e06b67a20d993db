import { splitCentsEvenly } from '@ta/domain';
import fc from 'fast-check';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const RECORD = `mutation($input: RecordContributionInput!) { recordContribution(input: $input) {
  id amount currency rateToUsd rateDate amountUsd stage earmarking earmarkingCategory version } }`;
const ALLOCATE = `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id amountUsd year } }`;
const cents = (v: string) => BigInt(v.replace('.', '').replace(/^(-?)0+(?=\d)/, '$1'));

describe('contributions, allocations and the funding gap', () => {
  let t: TestApp;
  let donor: string;
  let otherDonor: string;
  let activity: { id: string; version: number };
  let n = 0;

  async function newActivity(
    lines: Array<{ year: number; category: string; amount: string }>,
    area = 'C',
    geography: { states?: readonly string[]; areas?: readonly string[] } = { states: ['KEN'] },
  ) {
    n += 1;
    const a = (
      await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`, {
        input: {
          code: `F-${n}`,
          title: `Funded activity ${n}`,
          priorityAreaCode: area,
          activityType: 'WORKSHOP',
          beneficiaryStates: geography.states ?? [],
          ...(geography.areas ? { beneficiaryAreas: geography.areas } : {}),
        },
      })
    ).data!.createActivity;
    const res = await t.gql(`mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version } }`, {
      input: { activityId: a.id, expectedVersion: a.version, basis: 'ORIGINAL', rateDate: '2008-08-22', lines },
    });
    return res.data!.setCostLines as { id: string; version: number };
  }
  const record = (input: Record<string, unknown>) =>
    t.gql(RECORD, { input: { donorId: donor, currency: 'USD', date: '2009-01-10', stage: 'PLEDGED', ...input } });
  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  beforeAll(async () => {
    t = await bootApp();
    donor = (await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`))[0].id;
    otherDonor = (
      await t.gql(`mutation { createDonor(input: { name: "Hidden Foundation", donorType: "FOUNDATION" }) { id } }`)
    ).data!.createDonor.id;
    activity = await newActivity([
      { year: 2009, category: 'MEETINGS', amount: '60000.00' },
      { year: 2010, category: 'TRAVEL', amount: '40000.00' },
    ]);
    await t.gql(
      `mutation { setExchangeRate(currency: "EUR", date: "2009-01-10", rateToUsd: "1.50000000") { rateToUsd } }`,
    );
  });
  afterAll(() => t.close());

  it('converts at the rate of the day, rounding half away from zero to the cent', async () => {
    const res = await record({ amount: '0.01', currency: 'EUR' });
    expect(res.data!.recordContribution).toMatchObject({
      amount: '0.01',
      rateToUsd: '1.50000000',
      rateDate: '2009-01-10',
      amountUsd: '0.02',
      earmarking: 'UNEARMARKED',
      earmarkingCategory: 1,
    });
    const usd = await record({ amount: '1234.56' });
    expect(usd.data!.recordContribution).toMatchObject({ rateToUsd: '1.00000000', amountUsd: '1234.56' });
  });

  it('refuses a currency with no rate for the date, with a message that says what to do, and changes nothing', async () => {
    const before = await count('contribution');
    const res = await record({ amount: '100.00', currency: 'NOK' });
    expect(res.errors![0]).toMatchObject({
      extensions: {
        code: 'BAD_USER_INPUT',
        field: 'currency',
        reason: 'RATE_MISSING',
        currency: 'NOK',
        date: '2009-01-10',
      },
    });
    expect(res.errors![0].message).toBe(
      'There is no NOK rate for 2009-01-10. Set it first (setExchangeRate), then record the contribution.',
    );
    expect((await record({ amount: '100.00', stage: 'COMMITTED' })).errors![0].extensions).toMatchObject({
      field: 'agreementRef',
    });
    expect((await record({ amount: '12.345' })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'amount',
    });
    expect((await record({ amount: 12.5 })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await count('contribution')).toBe(before);
  });

  it('records once for one idempotency key, retried or double-clicked, and refuses the key for other content', async () => {
    const key = `key-${Date.now()}`;
    const first = await record({ amount: '5000.00', idempotencyKey: key });
    const again = await record({ amount: '5000', idempotencyKey: key });
    expect(again.data!.recordContribution.id).toBe(first.data!.recordContribution.id);
    const before = await count('contribution');
    const racing = await Promise.all(
      Array.from({ length: 5 }, () => record({ amount: '777.00', idempotencyKey: `${key}-race` })),
    );
    expect(new Set(racing.map((r) => r.data!.recordContribution.id)).size).toBe(1);
    expect(await count('contribution')).toBe(before + 1);
    const other = await record({ amount: '9999.00', idempotencyKey: key });
    expect(other.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', field: 'idempotencyKey' } });
  });

  it('refuses a contribution dated in the future and a payment dated in the future, changing nothing', async () => {
    const future = new Date(Date.now() + 5 * 86_400_000).toISOString().slice(0, 10);
    await t.gql(`mutation($d: Date!) { setExchangeRate(currency: "USD", date: $d, rateToUsd: "1") { rateToUsd } }`, {
      d: future,
    });
    const before = await count('contribution');
    const dated = await record({ amount: '100.00', date: '2031-01-01' });
    expect(dated.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    expect(dated.errors![0].extensions!.problems).toEqual([expect.objectContaining({ constraint: 'notInFuture' })]);
    expect((await record({ amount: '100.00', date: future })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect(await count('contribution')).toBe(before);

    const c = (await record({ amount: '100.00', stage: 'COMMITTED', agreementRef: 'AGR-F' })).data!.recordContribution;
    const payments = await count('contribution_payment');
    const pay = (paidOn: string) =>
      t.gql(
        `mutation($id: ID!, $d: Date!) { recordContributionPayment(id: $id, amount: "10.00", paidOn: $d, expectedVersion: 1) { version } }`,
        { id: c.id, d: paidOn },
      );
    for (const paidOn of ['2032-01-01', future]) {
      const res = await pay(paidOn);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'INVALID_INPUT',
        field: 'paidOn',
        problems: [expect.objectContaining({ field: 'paidOn', constraint: 'notInFuture' })],
      });
    }
    expect(await count('contribution_payment')).toBe(payments);
    expect((await pay('2009-06-01')).errors).toBeUndefined();
  });

  it('moves pledged → committed → paid in instalments that add up exactly, each kept in history', async () => {
    const c = (await record({ amount: '100.00', currency: 'EUR' })).data!.recordContribution;
    expect(c.amountUsd).toBe('150.00');
    const commit = await t.gql(
      `mutation($id: ID!) { commitContribution(id: $id, agreementRef: "AGR-1", expectedVersion: 1) { stage version } }`,
      { id: c.id },
    );
    expect(commit.data!.commitContribution).toEqual({ stage: 'COMMITTED', version: 2 });
    const pay = (amount: string, v: number) =>
      t.gql(
        `mutation($id: ID!, $a: Decimal!, $v: Int!) { recordContributionPayment(id: $id, amount: $a, paidOn: "2009-06-01", expectedVersion: $v) { stage version payments { amount amountUsd } paidUsd history { from to } } }`,
        { id: c.id, a: amount, v },
      );
    expect((await pay('33.33', 2)).data!.recordContributionPayment.stage).toBe('COMMITTED');
    expect((await pay('70.00', 3)).errors![0].message).toMatch(/more than the contribution: 33.33 of 100.00 EUR/);
    const done = (await pay('66.67', 3)).data!.recordContributionPayment;
    expect(done.stage).toBe('PAID');
    // 33.33 × 1.5 = 49.995 → 50.00; the last instalment takes what is left: 100.00 USD, not 100.01.
    expect(done.payments).toEqual([
      { amount: '33.33', amountUsd: '50.00' },
      { amount: '66.67', amountUsd: '100.00' },
    ]);
    expect(done.paidUsd).toBe('150.00');
    expect(done.history.map((h: { to: string }) => h.to)).toEqual(['PLEDGED', 'COMMITTED', 'PAID']);
  });

  it('never lets instalments add up to more than the contribution, however they round', async () => {
    await t.gql(
      `mutation { setExchangeRate(currency: "EUR", date: "2009-01-11", rateToUsd: "1.50500000") { rateToUsd } }`,
    );
    let c = (
      await record({ amount: '1.00', currency: 'EUR', date: '2009-01-11', stage: 'COMMITTED', agreementRef: 'AGR-R' })
    ).data!.recordContribution;
    expect(c.amountUsd).toBe('1.51');
    const pay = (amount: string) =>
      t.gql(
        `mutation($id: ID!, $a: Decimal!, $v: Int!) { recordContributionPayment(id: $id, amount: $a, paidOn: "2009-07-01", expectedVersion: $v) { version stage paidUsd } }`,
        {
          id: c.id,
          a: amount,
          v: c.version,
        },
      );
    for (let i = 0; i < 11; i++) {
      const res = await pay('0.09');
      expect(res.errors).toBeUndefined();
      c = { ...c, ...res.data!.recordContributionPayment };
      expect(cents(res.data!.recordContributionPayment.paidUsd)).toBeLessThanOrEqual(151n);
    }
    const last = (await pay('0.01')).data!.recordContributionPayment;
    expect(last).toMatchObject({ stage: 'PAID', paidUsd: '1.51' });
  });

  it('never allocates more than a contribution has, even when allocations race', async () => {
    const c = (await record({ amount: '10000.00' })).data!.recordContribution;
    const too = await t.gql(ALLOCATE, {
      input: { contributionId: c.id, activityId: activity.id, year: 2009, amountUsd: '10000.01' },
    });
    expect(too.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'amountUsd' } });
    expect(too.errors![0].message).toMatch(/Only 10000.00 USD of this contribution is unallocated/);
    const results = await Promise.all(
      Array.from({ length: 5 }, () =>
        t.gql(ALLOCATE, { input: { contributionId: c.id, activityId: activity.id, year: 2009, amountUsd: '3000.00' } }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(3);
    const [{ total }] = await t.dataSource.query(
      `SELECT sum(amount_usd)::text AS total FROM allocation WHERE contribution_id = $1`,
      [c.id],
    );
    expect(total).toBe('9000.00');
  });

  it('never allocates more than an activity still needs that year, says how much it needs, and changes nothing', async () => {
    const costed = await newActivity([{ year: 2009, category: 'MEETINGS', amount: '5000.00' }]);
    const first = (await record({ amount: '4000.00' })).data!.recordContribution;
    const second = (await record({ amount: '4000.00' })).data!.recordContribution;
    const ok = await t.gql(ALLOCATE, {
      input: { contributionId: first.id, activityId: costed.id, year: 2009, amountUsd: '3000.00' },
    });
    expect(ok.errors).toBeUndefined();
    const before = await count('allocation');
    const over = await t.gql(ALLOCATE, {
      input: { contributionId: second.id, activityId: costed.id, year: 2009, amountUsd: '2000.01' },
    });
    expect(over.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'amountUsd', reason: 'OVER_ALLOCATED', room: '2000.00', year: 2009 },
    });
    // A year without cost takes nothing: its gap can never go below zero.
    const none = await t.gql(ALLOCATE, {
      input: { contributionId: second.id, activityId: costed.id, year: 2010, amountUsd: '1.00' },
    });
    expect(none.errors![0].extensions).toMatchObject({ reason: 'OVER_ALLOCATED', room: '0.00' });
    expect(await count('allocation')).toBe(before);
    const gap = await t.gql(
      `query($id: ID!) { fundingGaps(groupBy: [ACTIVITY, YEAR], filter: { activityId: $id }) { year cost gap pledged } }`,
      { id: costed.id },
    );
    expect(gap.data!.fundingGaps).toEqual([{ year: 2009, cost: '5000.00', pledged: '3000.00', gap: '5000.00' }]);
  });

  it('keeps allocations from different contributions within the need when they race', async () => {
    const costed = await newActivity([{ year: 2009, category: 'MEETINGS', amount: '1000.00' }]);
    const contributions = await Promise.all(
      Array.from({ length: 6 }, async () => (await record({ amount: '400.00' })).data!.recordContribution.id as string),
    );
    const results = await Promise.all(
      contributions.map((contributionId) =>
        t.gql(ALLOCATE, { input: { contributionId, activityId: costed.id, year: 2009, amountUsd: '300.00' } }),
      ),
    );
    expect(results.filter((r) => !r.errors).length).toBe(3);
    expect(results.filter((r) => r.errors?.[0]?.extensions?.reason === 'OVER_ALLOCATED').length).toBe(3);
    const [{ total }] = await t.dataSource.query(
      `SELECT sum(amount_usd)::text AS total FROM allocation WHERE activity_id = $1 AND year = 2009`,
      [costed.id],
    );
    expect(total).toBe('900.00');
  });

  it('keeps earmarked money to its activity and softly earmarked money to its area', async () => {
    const elsewhere = await newActivity([{ year: 2009, category: 'STAFF', amount: '1000.00' }], 'B');
    const earmarked = (await record({ amount: '500.00', activityId: activity.id })).data!.recordContribution;
    expect(earmarked.earmarking).toBe('EARMARKED');
    expect(
      (
        await t.gql(ALLOCATE, {
          input: { contributionId: earmarked.id, activityId: elsewhere.id, year: 2009, amountUsd: '10.00' },
        })
      ).errors![0].message,
    ).toMatch(/earmarked to another activity/);
    const soft = (await record({ amount: '500.00', priorityAreaCode: 'C' })).data!.recordContribution;
    expect(
      (
        await t.gql(ALLOCATE, {
          input: { contributionId: soft.id, activityId: elsewhere.id, year: 2009, amountUsd: '10.00' },
        })
      ).errors![0].message,
    ).toMatch(/earmarked to priority area C/);
    expect(
      (
        await t.gql(ALLOCATE, {
          input: { contributionId: soft.id, activityId: activity.id, year: 2012, amountUsd: '10.00' },
        })
      ).errors![0].extensions!.field,
    ).toBe('year');
  });

  it('shows a donor its own contributions, and other donors only as a total unless they agreed to be named', async () => {
    const theirs = (
      await t.gql(RECORD, {
        input: {
          donorId: otherDonor,
          amount: '2000.00',
          currency: 'USD',
          date: '2009-01-10',
          stage: 'COMMITTED',
          agreementRef: 'SECRET-TERMS',
        },
      })
    ).data!.recordContribution;
    await t.gql(ALLOCATE, {
      input: { contributionId: theirs.id, activityId: activity.id, year: 2010, amountUsd: '2000.00' },
    });
    const mine = await t.as('donor')(
      `{ contributions(first: 200) { totalCount nodes { donor { id } agreementRef } } }`,
    );
    expect(mine.data!.contributions.nodes.every((c: { donor: { id: string } }) => c.donor.id === donor)).toBe(true);
    const gaps = await t.as('donor')(
      `query($a: ID) { fundingGaps(groupBy: [DONOR], filter: { activityId: $a }) { donor { id name } otherDonors committed cost } }`,
      { a: activity.id },
    );
    const rows = gaps.data!.fundingGaps;
    expect(rows.some((r: { donor: { id: string } | null }) => r.donor?.id === otherDonor)).toBe(false);
    expect(rows.find((r: { otherDonors: boolean }) => r.otherDonors)).toMatchObject({
      donor: null,
      committed: '2000.00',
      cost: '0.00',
    });
    // Other donors' allocations to an activity are listed (the gap counts them) without their contribution;
    // who in the secretariat did what is not shown to a donor.
    const activityAsDonor = await t.as('donor')(
      `query($a: ID!) { activity(id: $a) { allocations { amountUsd createdBy contribution { id } } history { by } } exchangeRates { setBy } }`,
      { a: activity.id },
    );
    expect(
      activityAsDonor.data!.activity.allocations.find((al: { amountUsd: string }) => al.amountUsd === '2000.00'),
    ).toMatchObject({ contribution: null });
    expect(JSON.stringify(activityAsDonor.data)).not.toMatch(/@demo\.local/);
    const asViewer = await t.as('viewer')(
      `query($f: ContributionFilter) { contributions(filter: $f) { nodes { agreementRef } } }`,
      { f: { donorId: otherDonor } },
    );
    expect(asViewer.data!.contributions.nodes[0].agreementRef).toBeNull();
    const asSecretariat = await t.gql(
      `query($f: ContributionFilter) { contributions(filter: $f) { nodes { agreementRef } } }`,
      { f: { donorId: otherDonor } },
    );
    expect(asSecretariat.data!.contributions.nodes[0].agreementRef).toBe('SECRET-TERMS');
  });

  it('traces every number down: an activity’s gap to its allocations, contributions and the requests it answers', async () => {
    const res = await t.gql(
      `query($a: ID!) { activity(id: $a) { totalCost costsByYear { year amount }
      allocations { year amountUsd contribution { donor { name } stage currency } }
      requests { id } } fundingGaps(groupBy: [YEAR], filter: { activityId: $a }) { year cost pledged committed paid gap } }`,
      { a: activity.id },
    );
    const a = res.data!.activity;
    const rows = res.data!.fundingGaps;
    expect(rows.map((r: { year: number }) => r.year)).toEqual([2009, 2010]);
    for (const row of rows) {
      const allocated = a.allocations.filter((al: { year: number }) => al.year === row.year);
      const sum = (stage: string) =>
        allocated
          .filter((al: any) => al.contribution.stage === stage)
          .reduce((s: bigint, al: { amountUsd: string }) => s + cents(al.amountUsd), 0n);
      expect(cents(row.pledged)).toBe(sum('PLEDGED'));
      expect(cents(row.committed)).toBe(sum('COMMITTED'));
      expect(cents(row.paid)).toBe(sum('PAID'));
      expect(cents(row.gap)).toBe(cents(row.cost) - cents(row.committed) - cents(row.paid));
    }
  });

  it('lists in an activity’s money every allocation its gap row counts, to a donor too (others’ without name or note)', async () => {
    // Issue 9 "Reading": a donor's activity showed a paid contribution in its gap row but not in its money list.
    const a = await newActivity([{ year: 2010, category: 'MEETINGS', amount: '50000.00' }]);
    const hidden = (
      await t.gql(RECORD, {
        input: {
          donorId: otherDonor,
          amount: '7000.00',
          currency: 'USD',
          date: '2009-02-01',
          stage: 'PAID',
          agreementRef: 'HF-1',
        },
      })
    ).data!.recordContribution;
    expect(hidden?.stage).toBe('PAID');
    const own = (await record({ amount: '3000.00', stage: 'COMMITTED', agreementRef: 'NOR-1' })).data!
      .recordContribution;
    for (const [c, amountUsd] of [
      [hidden.id, '7000.00'],
      [own.id, '3000.00'],
    ]) {
      const res = await t.gql(ALLOCATE, {
        input: { contributionId: c, activityId: a.id, year: 2010, amountUsd, note: 'internal: board minute 12' },
      });
      expect(res.errors).toBeUndefined();
    }
    const res = await t.as('donor')(
      `query($a: ID!) { activity(id: $a) { allocations { year amountUsd stage note contribution { id } } }
        fundingGaps(groupBy: [ACTIVITY], filter: { activityId: $a }) { pledged committed paid } }`,
      { a: a.id },
    );
    expect(res.errors).toBeUndefined();
    const [row] = res.data!.fundingGaps;
    expect(row).toMatchObject({ pledged: '0.00', committed: '3000.00', paid: '7000.00' });
    const listed = res.data!.activity.allocations as Array<{
      amountUsd: string;
      stage: string;
      note: string | null;
      contribution: { id: string } | null;
    }>;
    const sum = (stage: string) =>
      listed.filter((al) => al.stage === stage).reduce((s, al) => s + cents(al.amountUsd), 0n);
    expect(sum('PAID')).toBe(cents(row.paid));
    expect(sum('COMMITTED')).toBe(cents(row.committed));
    expect(sum('PLEDGED')).toBe(cents(row.pledged));
    // The other donor's money is there, but neither its contribution nor the secretariat's note is.
    expect(listed.find((al) => al.stage === 'PAID')).toMatchObject({
      amountUsd: '7000.00',
      note: null,
      contribution: null,
    });
    expect(listed.find((al) => al.stage === 'COMMITTED')).toMatchObject({
      amountUsd: '3000.00',
      note: 'internal: board minute 12',
      contribution: { id: own.id },
    });
  });

  it('(property) sums to the same grand total to the cent under every grouping and pair, with geography, intentions and over-funding', async () => {
    const currencies = ['EUR', 'NOK', 'JPY', 'GBP', 'CHF'];
    let run = 0;
    await fc.assert(
      fc.asyncProperty(
        fc.array(
          fc.array(
            fc.record({
              year: fc.constantFrom(2009, 2010, 2011),
              category: fc.constantFrom('STAFF', 'TRAVEL', 'MEETINGS'),
              cents: fc.integer({ min: 1, max: 50_000_000 }),
            }),
            { minLength: 1, maxLength: 4 },
          ),
          { minLength: 1, maxLength: 4 },
        ),
        // Each activity's geography: States, M49 areas (nested, several, the World), both, or none.
        fc.array(
          fc.constantFrom(
            { states: ['KEN'] },
            { states: ['KEN', 'PER', 'THA'] },
            { states: [] },
            { areas: ['002'] },
            { areas: ['018', '419', '034'] },
            { areas: ['001'] },
            { areas: ['142', '034'], states: ['FRA', 'IND'] },
          ),
          { minLength: 4, maxLength: 4 },
        ),
        fc.array(
          fc.record({
            currency: fc.constantFrom('USD', ...currencies),
            cents: fc.integer({ min: 1, max: 9_000_000_000 }),
            rate: fc.integer({ min: 1, max: 500_000_000 }),
            stage: fc.constantFrom('INTENDED', 'PLEDGED', 'COMMITTED', 'PAID'),
            named: fc.boolean(),
            overFund: fc.boolean(),
            shares: fc.array(fc.integer({ min: 1, max: 70 }), { maxLength: 3 }),
          }),
          { minLength: 1, maxLength: 5 },
        ),
        async (programme, geographies, contributions) => {
          run += 1;
          const activities: string[] = [];
          for (const lines of programme) {
            const merged = new Map<string, number>();
            for (const l of lines)
              merged.set(`${l.year}/${l.category}`, (merged.get(`${l.year}/${l.category}`) ?? 0) + l.cents);
            const a = await newActivity(
              [...merged].map(([k, c]) => ({
                year: Number(k.split('/')[0]),
                category: k.split('/')[1],
                amount: (c / 100).toFixed(2),
              })),
              ['A', 'B', 'C', 'D', 'E'][run % 5],
              geographies[activities.length],
            );
            activities.push(a.id);
          }
          for (const [i, c] of contributions.entries()) {
            const date = `2009-0${1 + (run % 9)}-1${i}`;
            const donorId = (
              await t.gql(`mutation($i: CreateDonorInput!) { createDonor(input: $i) { id } }`, {
                i: { name: `Donor ${run}-${i}`, donorType: 'MEMBER_STATE' },
              })
            ).data!.createDonor.id;
            if (c.named) await t.dataSource.query(`UPDATE donor SET named_publicly = true WHERE id = $1`, [donorId]);
            if (c.currency !== 'USD') {
              const rate = `${Math.floor(c.rate / 1e8)}.${String(c.rate % 1e8).padStart(8, '0')}`;
              await t.gql(
                `mutation($c: String!, $d: Date!, $r: Decimal!) { setExchangeRate(currency: $c, date: $d, rateToUsd: $r) { currency } }`,
                { c: c.currency, d: date, r: rate },
              );
            }
            const amount = `${Math.floor(c.cents / 100)}.${String(c.cents % 100).padStart(2, '0')}`;
            const rec = await t.gql(RECORD, {
              input: {
                donorId,
                amount,
                currency: c.currency,
                date,
                stage: c.stage,
                agreementRef: c.stage === 'PLEDGED' || c.stage === 'INTENDED' ? null : 'AGR',
              },
            });
            if (rec.errors) {
              // Less than a cent in dollars is refused with a clear message; nothing to allocate then.
              expect(rec.errors[0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'amount' });
              continue;
            }
            const contribution = rec.data!.recordContribution;
            if (c.stage === 'INTENDED') continue; // an intention is no money: nothing to allocate
            for (const [j, share] of c.shares.entries()) {
              const want = (cents(contribution.amountUsd) * BigInt(share)) / 100n;
              if (want === 0n) continue;
              await t.gql(ALLOCATE, {
                input: {
                  contributionId: contribution.id,
                  activityId: activities[j % activities.length],
                  year: 2009 + (j % 3),
                  amountUsd: `${want / 100n}.${String(want % 100n).padStart(2, '0')}`,
                  // Deliberate over-funding goes beyond the activity's need; without it, at most the room left.
                  ...(c.overFund ? { overFundingReason: 'Test: beyond need on purpose' } : {}),
                },
              });
            }
          }
          // Allocations never exceed what a contribution has.
          const [over] = await t.dataSource.query(
            `SELECT count(*)::int AS n FROM contribution c WHERE (SELECT COALESCE(sum(amount_usd), 0) FROM allocation a WHERE a.contribution_id = c.id) > c.amount_usd`,
          );
          expect(over.n).toBe(0);
          // Every grouping sums to the grand total, to the cent.
          const columns = ['cost', 'pledged', 'committed', 'paid', 'gap', 'overFunded', 'toReallocate'] as const;
          const total = (await t.gql(`{ fundingGaps(groupBy: []) { ${columns.join(' ')} } }`)).data!.fundingGaps[0];
          // The gap floors at 0 per activity and year: the total is the sum of those, never lowered by excess.
          const perActivityYear = (
            await t.gql(`{ fundingGaps(groupBy: [ACTIVITY, YEAR]) { cost committed paid gap overFunded } }`)
          ).data!.fundingGaps as Array<Record<string, string>>;
          for (const r of perActivityYear) {
            const net = cents(r.cost!) - cents(r.committed!) - cents(r.paid!);
            expect([cents(r.gap!), cents(r.overFunded!)]).toEqual([net > 0n ? net : 0n, net < 0n ? -net : 0n]);
          }
          const dims = ['PRIORITY_AREA', 'YEAR', 'ACTIVITY', 'REGION', 'SUBREGION', 'DONOR'];
          const groupings = [
            [],
            ...dims.map((d) => [d]),
            ...dims.flatMap((d, i) => dims.slice(i + 1).map((e) => [d, e])),
            ['ACTIVITY', 'YEAR', 'DONOR'],
            dims,
          ];
          for (const groupBy of groupings) {
            // Every pair as the secretariat sees it; the donor's view (others summed) for the rest.
            for (const who of groupBy.length === 2 ? (['secretariat'] as const) : (['secretariat', 'donor'] as const)) {
              const rows = (
                await t.as(who)(
                  `query($g: [FundingDimension!]!) { fundingGaps(groupBy: $g) { ${columns.join(' ')} } }`,
                  { g: groupBy },
                )
              ).data!.fundingGaps;
              for (const r of rows) expect(cents(r.gap)).toBeGreaterThanOrEqual(0n);
              for (const column of columns) {
                const sum = rows.reduce((s: bigint, r: Record<string, string>) => s + cents(r[column]), 0n);
                expect({ groupBy, who, column, sum }).toEqual({ groupBy, who, column, sum: cents(total[column]) });
              }
            }
          }
          // Intentions are never money: the funds shown are the allocations of pledged, committed and paid
          // contributions, and the money available is the unallocated part of committed and paid ones only.
          const [money] = await t.dataSource.query(
            `SELECT COALESCE(sum(a.amount_usd) FILTER (WHERE c.stage = 'PLEDGED'), 0)::numeric(16,2)::text AS pledged,
                    COALESCE(sum(a.amount_usd) FILTER (WHERE c.stage = 'COMMITTED'), 0)::numeric(16,2)::text AS committed,
                    COALESCE(sum(a.amount_usd) FILTER (WHERE c.stage = 'PAID'), 0)::numeric(16,2)::text AS paid
               FROM allocation a JOIN contribution c ON c.id = a.contribution_id`,
          );
          expect([total.pledged, total.committed, total.paid]).toEqual([money.pledged, money.committed, money.paid]);
          const [firm] = await t.dataSource.query(
            `SELECT COALESCE(sum(left_usd) FILTER (WHERE left_usd > 0), 0)::numeric(16,2)::text AS available
               FROM (SELECT c.amount_usd - COALESCE((SELECT sum(a.amount_usd) FROM allocation a WHERE a.contribution_id = c.id), 0) AS left_usd
                       FROM contribution c WHERE c.stage IN ('COMMITTED', 'PAID')) x`,
          );
          const available = (await t.gql(`{ fundingGaps(groupBy: []) { available } }`)).data!.fundingGaps[0].available;
          expect(available).toBe(firm.available);
          // Geography splits an activity-year's cost between its beneficiary shares by the kernel's rule
          // (splitCentsEvenly): here each share lies in a region of its own, so the region rows are the split.
          const byRegion = (
            await t.gql(`{ fundingGaps(groupBy: [ACTIVITY, YEAR, REGION]) { activity { id } year region cost } }`)
          ).data!.fundingGaps as Array<{ activity: { id: string }; year: number; cost: string }>;
          const parts = new Map<string, bigint[]>();
          for (const r of byRegion) {
            const key = `${r.activity.id}:${r.year}`;
            parts.set(key, [...(parts.get(key) ?? []), cents(r.cost)]);
          }
          for (const [key, split] of parts) {
            const whole = split.reduce((a, b) => a + b, 0n);
            const sorted = [...split].sort((a, b) => (a < b ? 1 : a > b ? -1 : 0));
            expect({ key, split: sorted }).toEqual({ key, split: splitCentsEvenly(whole, split.length) });
          }
        },
      ),
      { numRuns: 12, seed: 20081008 },
    );
    // Each run asks 30 groupings (every pair among six dimensions): more work than one test's default budget.
  }, 300_000);
});
