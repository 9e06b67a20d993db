import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const SET_DELIVERY = `mutation($input: SetDeliveryStatusInput!) { setDeliveryStatus(input: $input) {
  id version deliveryStatus deliveryStartedOn deliveryCompletedOn } }`;
const SPEND = `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) {
  id amount currency rateToUsd rateDate amountUsd allocationId beyondAllocationReason paidToOrganisationId } }`;
const ACTIVITY = `query($id: ID!) { activity(id: $id) { id version deliveryStatus spent spentByYear { year amount } } }`;
const GAPS = `query($filter: FundingFilter) { fundingGaps(groupBy: [ACTIVITY, YEAR], filter: $filter) {
  activity { id } year cost committed paid spent balance gap } }`;

describe('delivery status and expenditure (issue 13, part 2)', () => {
  let t: TestApp;
  let donor: string;
  let n = 0;
  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  async function newActivity(lines = [{ year: 2009, category: 'MEETINGS', amount: '1000.00' }]) {
    n += 1;
    const a = (
      await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`, {
        input: { code: `D-${n}`, title: `Delivered activity ${n}`, priorityAreaCode: 'B', activityType: 'WORKSHOP' },
      })
    ).data!.createActivity;
    const res = await t.gql(`mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version } }`, {
      input: { activityId: a.id, expectedVersion: a.version, basis: 'ORIGINAL', rateDate: '2008-08-22', lines },
    });
    return res.data!.setCostLines as { id: string; version: number };
  }
  async function allocate(activityId: string, amountUsd: string, year = 2009, stage = 'COMMITTED'): Promise<string> {
    const c = await t.gql(`mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`, {
      input: {
        donorId: donor,
        amount: amountUsd,
        currency: 'USD',
        date: '2009-01-10',
        stage,
        ...(stage === 'PLEDGED' ? {} : { agreementRef: `AGR-${n}` }),
      },
    });
    expect(c.errors).toBeUndefined();
    const a = await t.gql(
      `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`,
      { input: { contributionId: c.data!.recordContribution.id, activityId, year, amountUsd } },
    );
    expect(a.errors).toBeUndefined();
    return a.data!.allocateContribution.id;
  }
  const spend = (input: Record<string, unknown>) =>
    t.gql(SPEND, { input: { year: 2009, category: 'TRAVEL', currency: 'USD', spentOn: '2009-03-01', ...input } });

  beforeAll(async () => {
    t = await bootApp();
    donor = (await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`))[0].id;
    await t.gql(
      `mutation { setExchangeRate(currency: "EUR", date: "2009-03-01", rateToUsd: "1.33333333") { rateToUsd } }`,
    );
  });
  afterAll(() => t.close());

  describe('delivery status', () => {
    it('moves planned → in delivery → completed with its dates, at the version read, audited', async () => {
      const a = await newActivity();
      const started = await t.gql(SET_DELIVERY, {
        input: { activityId: a.id, expectedVersion: a.version, to: 'IN_DELIVERY', startedOn: '2009-02-01' },
      });
      expect(started.errors).toBeUndefined();
      expect(started.data!.setDeliveryStatus).toMatchObject({
        deliveryStatus: 'IN_DELIVERY',
        deliveryStartedOn: '2009-02-01',
        deliveryCompletedOn: null,
        version: a.version + 1,
      });
      const stale = await t.gql(SET_DELIVERY, {
        input: { activityId: a.id, expectedVersion: a.version, to: 'COMPLETED', completedOn: '2009-06-30' },
      });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const done = await t.gql(SET_DELIVERY, {
        input: { activityId: a.id, expectedVersion: a.version + 1, to: 'COMPLETED', completedOn: '2009-06-30' },
      });
      expect(done.data!.setDeliveryStatus).toMatchObject({
        deliveryStatus: 'COMPLETED',
        deliveryStartedOn: '2009-02-01',
        deliveryCompletedOn: '2009-06-30',
      });
      const audit = await t.dataSource.query(
        `SELECT action, after->>'deliveryStatus' AS status FROM audit_entry
          WHERE entity_type = 'activity' AND entity_id = $1 AND action = 'STATUS_CHANGED' ORDER BY id`,
        [a.id],
      );
      expect(audit.map((r: { status: string }) => r.status)).toEqual(['IN_DELIVERY', 'COMPLETED']);
    });

    it('moves the version with every move: of two people moving at the same version, the second is CONFLICT and changes nothing', async () => {
      const a = await newActivity();
      const moveAt = (version: number, input: Record<string, unknown>) =>
        t.gql(SET_DELIVERY, { input: { activityId: a.id, expectedVersion: version, ...input } });
      const statusChanges = async () =>
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'activity' AND entity_id = $1 AND action = 'STATUS_CHANGED'`,
            [a.id],
          )
        )[0].n as number;
      // At once, from the same version read: one starts the delivery, the other cancels it.
      const [start, cancel] = await Promise.all([
        moveAt(a.version, { to: 'IN_DELIVERY', startedOn: '2009-02-01' }),
        moveAt(a.version, { to: 'CANCELLED', reason: 'No venue' }),
      ]);
      const results = [start, cancel];
      const won = results.filter((r) => !r.errors);
      const lost = results.filter((r) => r.errors);
      expect(won).toHaveLength(1);
      expect(lost).toHaveLength(1);
      expect(lost[0]!.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      const first = won[0]!.data!.setDeliveryStatus;
      expect(first.version).toBe(a.version + 1);
      let now = (await t.gql(ACTIVITY, { id: a.id })).data!.activity;
      expect(now).toMatchObject({ version: a.version + 1, deliveryStatus: first.deliveryStatus });
      expect(await statusChanges()).toBe(1);

      // Every later move moves it again, reinstating a cancellation too: each stale sender is refused.
      const path: Array<Record<string, unknown>> =
        first.deliveryStatus === 'CANCELLED'
          ? [
              { to: 'PLANNED' },
              { to: 'IN_DELIVERY', startedOn: '2009-02-01' },
              { to: 'COMPLETED', completedOn: '2009-06-30' },
            ]
          : [
              { to: 'CANCELLED', reason: 'No venue' },
              { to: 'PLANNED' },
              { to: 'IN_DELIVERY', startedOn: '2009-03-01' },
            ];
      let version = first.version as number;
      for (const step of path) {
        const moved = await moveAt(version, step);
        expect(moved.errors).toBeUndefined();
        expect(moved.data!.setDeliveryStatus.version).toBe(version + 1);
        const late = await moveAt(version, step);
        expect(late.errors![0]!.extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
        version += 1;
      }
      now = (await t.gql(ACTIVITY, { id: a.id })).data!.activity;
      expect(now.version).toBe(version);
      expect(await statusChanges()).toBe(1 + path.length);
    });

    it('moves once per idempotency key: a retry after a lost answer gets the first answer, not CONFLICT', async () => {
      const a = await newActivity();
      const statusChanges = async () =>
        (
          await t.dataSource.query(
            `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'activity' AND entity_id = $1 AND action = 'STATUS_CHANGED'`,
            [a.id],
          )
        )[0].n as number;
      const input = {
        activityId: a.id,
        expectedVersion: a.version,
        to: 'IN_DELIVERY',
        startedOn: '2009-02-01',
        idempotencyKey: `move-key-${a.id}`,
      };
      const first = await t.gql(SET_DELIVERY, { input });
      expect(first.errors).toBeUndefined();
      // The answer was lost: the same submission again, at the version read before the move.
      const again = await t.gql(SET_DELIVERY, { input });
      expect(again.errors).toBeUndefined();
      expect(again.data!.setDeliveryStatus).toEqual(first.data!.setDeliveryStatus);
      expect(again.data!.setDeliveryStatus).toMatchObject({ deliveryStatus: 'IN_DELIVERY', version: a.version + 1 });
      // Twice at once: still one move.
      const [x, y] = await Promise.all([t.gql(SET_DELIVERY, { input }), t.gql(SET_DELIVERY, { input })]);
      expect([x.errors, y.errors]).toEqual([undefined, undefined]);
      expect(await statusChanges()).toBe(1);
      expect((await t.gql(ACTIVITY, { id: a.id })).data!.activity.version).toBe(a.version + 1);

      // The key with other content is refused, moving nothing; without a key the stale version is CONFLICT as before.
      const other = await t.gql(SET_DELIVERY, { input: { ...input, to: 'CANCELLED', reason: 'No venue' } });
      expect(other.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      const { idempotencyKey: _key, ...keyless } = input;
      const stale = await t.gql(SET_DELIVERY, { input: keyless });
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
      expect(await statusChanges()).toBe(1);
    });

    it('refuses moves the kernel does not allow and missing or wrong dates, naming the field, changing nothing', async () => {
      const a = await newActivity();
      const cases: Array<[Record<string, unknown>, string]> = [
        [{ to: 'COMPLETED', startedOn: '2009-01-01', completedOn: '2009-02-01' }, 'to'],
        [{ to: 'IN_DELIVERY' }, 'startedOn'],
        [{ to: 'CANCELLED' }, 'reason'],
        [{ to: 'IN_DELIVERY', startedOn: '2009-01-01', completedOn: '2009-02-01' }, 'completedOn'],
        [{ to: 'IN_DELIVERY', startedOn: '2999-01-01' }, 'startedOn'],
      ];
      for (const [input, field] of cases) {
        const res = await t.gql(SET_DELIVERY, { input: { activityId: a.id, expectedVersion: a.version, ...input } });
        expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
        const got = res.errors![0]!.extensions as { field?: string; problems?: Array<{ field: string }> };
        expect(got.field ?? got.problems?.[0]?.field).toBe(field);
        // A cancellation without a reason says so by its reason, for the web client to put in the reader's words.
        if (input.to === 'CANCELLED') expect(res.errors![0]!.extensions).toMatchObject({ reason: 'REASON_REQUIRED' });
      }
      const now = (await t.gql(ACTIVITY, { id: a.id })).data!.activity;
      expect(now).toMatchObject({ version: a.version, deliveryStatus: 'PLANNED' });
    });
  });

  describe('expenditure', () => {
    it('keeps each line exact in its currency and in dollars at its date’s rate; Activity.spent sums them to the cent', async () => {
      const a = await newActivity();
      await allocate(a.id, '1000.00');
      const eur = await spend({ activityId: a.id, amount: '100.01', currency: 'EUR' });
      expect(eur.errors).toBeUndefined();
      expect(eur.data!.recordExpenditure).toMatchObject({
        amount: '100.01',
        currency: 'EUR',
        rateToUsd: '1.33333333',
        rateDate: '2009-03-01',
        amountUsd: '133.35', // 100.01 × 1.33333333 = 133.3466…, to the cent
      });
      for (const amount of ['0.10', '0.20', '333.33'])
        expect((await spend({ activityId: a.id, amount })).errors).toBeUndefined();
      const got = (await t.gql(ACTIVITY, { id: a.id })).data!.activity;
      expect(got.spent).toBe('466.98'); // 133.35 + 0.10 + 0.20 + 333.33
      expect(got.spentByYear).toEqual([{ year: 2009, amount: '466.98' }]);
    });

    it('refuses a spend beyond what was allocated to the activity-year, and it changes nothing', async () => {
      const a = await newActivity();
      await allocate(a.id, '500.00');
      expect((await spend({ activityId: a.id, amount: '400.00' })).errors).toBeUndefined();
      const lines = await count('expenditure');
      const audits = await count('audit_entry');
      const over = await spend({ activityId: a.id, amount: '100.01' });
      expect(over.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'OVERSPENT',
        field: 'amount',
        room: '100.00',
        year: 2009,
      });
      expect(await count('expenditure')).toBe(lines);
      expect(await count('audit_entry')).toBe(audits);
      expect((await t.gql(ACTIVITY, { id: a.id })).data!.activity.spent).toBe('400.00');
      // Nothing allocated in 2010: any spend then is beyond the allocation.
      const none = await spend({ activityId: a.id, amount: '1.00', year: 2010 });
      expect(none.errors![0].extensions).toMatchObject({ reason: 'OVERSPENT', room: '0.00', year: 2010 });
      // Exactly what is left is accepted.
      expect((await spend({ activityId: a.id, amount: '100.00' })).errors).toBeUndefined();
    });

    it('lets two lines racing for the last of the allocation take turns: one is recorded, the other refused', async () => {
      const a = await newActivity();
      await allocate(a.id, '100.00');
      const answers = await Promise.all([
        spend({ activityId: a.id, amount: '60.00' }),
        spend({ activityId: a.id, amount: '60.00' }),
      ]);
      expect(answers.filter((r) => !r.errors)).toHaveLength(1);
      expect(answers.find((r) => r.errors)!.errors![0].extensions).toMatchObject({
        reason: 'OVERSPENT',
        room: '40.00',
      });
      expect((await t.gql(ACTIVITY, { id: a.id })).data!.activity.spent).toBe('60.00');
    });

    it('counts only committed or paid allocations as money to spend: a pledge is none', async () => {
      const a = await newActivity();
      const pledged = await allocate(a.id, '500.00', 2009, 'PLEDGED');
      const res = await spend({ activityId: a.id, amount: '1.00' });
      expect(res.errors![0].extensions).toMatchObject({ reason: 'OVERSPENT', field: 'amount', room: '0.00' });
      const named = await spend({ activityId: a.id, amount: '1.00', allocationId: pledged });
      expect(named.errors![0].extensions).toMatchObject({ reason: 'OVERSPENT', field: 'allocationId', room: '0.00' });
      expect((await t.gql(ACTIVITY, { id: a.id })).data!.activity.spent).toBe('0.00');
    });

    it('accepts a spend beyond the allocation when flagged with a reason, and keeps the reason', async () => {
      const a = await newActivity();
      const noReason = await spend({ activityId: a.id, amount: '50.00', beyondAllocation: true });
      expect(noReason.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'beyondAllocationReason' });
      const ahead = await spend({
        activityId: a.id,
        amount: '50.00',
        beyondAllocation: true,
        beyondAllocationReason: 'Venue paid before the donor’s money arrived',
      });
      expect(ahead.errors).toBeUndefined();
      expect(ahead.data!.recordExpenditure.beyondAllocationReason).toBe('Venue paid before the donor’s money arrived');
    });

    it('records money transferred to an implementing partner of the activity only, and refuses another organisation', async () => {
      const a = await newActivity();
      const updated = await t.gql(
        `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, expectedVersion: $v, input: { partners: ["Regional Centre D"] }) { id } }`,
        { id: a.id, v: a.version },
      );
      expect(updated.errors).toBeUndefined();
      const [{ id: partner }] = await t.dataSource.query(
        `SELECT id FROM organisation WHERE name = 'Regional Centre D'`,
      );
      const outsider = (
        await t.gql(`mutation { createOrganisation(input: { name: "Not a partner of D", type: OTHER }) { id } }`)
      ).data?.createOrganisation?.id as string;
      const flagged = { activityId: a.id, amount: '75.00', beyondAllocation: true, beyondAllocationReason: 'Advance' };
      const lines = await count('expenditure');
      const refused = await spend({ ...flagged, paidToOrganisationId: outsider });
      expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidToOrganisationId' });
      expect(await count('expenditure')).toBe(lines);
      const paid = await spend({ ...flagged, paidToOrganisationId: partner });
      expect(paid.errors).toBeUndefined();
      expect(paid.data!.recordExpenditure).toMatchObject({ amountUsd: '75.00', paidToOrganisationId: partner });
    });

    it('spends against one allocation no more than is left of it, and only on its own activity and year', async () => {
      const a = await newActivity();
      const first = await allocate(a.id, '300.00');
      await allocate(a.id, '300.00');
      expect((await spend({ activityId: a.id, amount: '250.00', allocationId: first })).errors).toBeUndefined();
      const over = await spend({ activityId: a.id, amount: '60.00', allocationId: first });
      expect(over.errors![0].extensions).toMatchObject({ reason: 'OVERSPENT', field: 'allocationId', room: '50.00' });
      // Without naming it, the activity-year still has room.
      expect((await spend({ activityId: a.id, amount: '60.00' })).errors).toBeUndefined();
      const other = await newActivity();
      const wrong = await spend({ activityId: other.id, amount: '1.00', allocationId: first });
      expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'allocationId' });
    });

    it('keeps an allocation that money was spent against, and one whose removal would leave spending unfunded', async () => {
      const DEALLOCATE = `mutation($id: ID!) { deallocateContribution(allocationId: $id) }`;
      const a = await newActivity();
      const named = await allocate(a.id, '300.00');
      const other = await allocate(a.id, '300.00');
      const pledge = await allocate(a.id, '100.00', 2009, 'PLEDGED');
      expect((await spend({ activityId: a.id, amount: '100.00', allocationId: named })).errors).toBeUndefined();
      expect((await spend({ activityId: a.id, amount: '250.00' })).errors).toBeUndefined();
      const allocations = () => count('allocation');
      const before = await allocations();

      const against = await t.gql(DEALLOCATE, { id: named });
      expect(against.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALLOCATION_SPENT',
        field: 'allocationId',
        scope: 'ALLOCATION',
        spent: '100.00',
      });
      // 350.00 spent in 2009; without `other` only 300.00 firm money would stay allocated.
      const unfunded = await t.gql(DEALLOCATE, { id: other });
      expect(unfunded.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'ALLOCATION_SPENT',
        scope: 'ACTIVITY_YEAR',
        spent: '350.00',
        year: 2009,
      });
      expect(await allocations()).toBe(before);
      // A pledge was never money to spend: it may go.
      expect((await t.gql(DEALLOCATE, { id: pledge })).data!.deallocateContribution).toBe(true);
      expect(await allocations()).toBe(before - 1);
      // Spending flagged beyond the allocation does not hold money in place.
      const b = await newActivity();
      const lone = await allocate(b.id, '100.00');
      const flagged = { beyondAllocation: true, beyondAllocationReason: 'Paid ahead of the grant' };
      expect((await spend({ activityId: b.id, amount: '80.00', ...flagged })).errors).toBeUndefined();
      expect((await t.gql(DEALLOCATE, { id: lone })).data!.deallocateContribution).toBe(true);
    });

    it('refuses a currency without a rate for the day, naming it', async () => {
      const a = await newActivity();
      const res = await spend({
        activityId: a.id,
        amount: '10.00',
        currency: 'NOK',
        beyondAllocation: true,
        beyondAllocationReason: 'x',
      });
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'RATE_MISSING',
        field: 'currency',
      });
      expect(res.errors![0].message).toBe(
        'There is no NOK rate for 2009-03-01. Set it first (setExchangeRate), then record the expenditure.',
      );
    });

    it('records a line once per idempotency key', async () => {
      const a = await newActivity();
      await allocate(a.id, '100.00');
      const input = { activityId: a.id, amount: '10.00', idempotencyKey: `spend-key-${a.id}` };
      const [x, y] = await Promise.all([spend(input), spend(input)]);
      expect(x.data!.recordExpenditure.id).toBe(y.data!.recordExpenditure.id);
      expect((await t.gql(ACTIVITY, { id: a.id })).data!.activity.spent).toBe('10.00');
    });
  });

  describe('the funding gap shows planned cost, funded, spent and balance', () => {
    it('adds spent and balance (funded − spent) per activity and year, exact to the cent', async () => {
      const a = await newActivity([
        { year: 2009, category: 'MEETINGS', amount: '1000.00' },
        { year: 2010, category: 'TRAVEL', amount: '500.00' },
      ]);
      await allocate(a.id, '600.00');
      await spend({ activityId: a.id, amount: '100.01', currency: 'EUR' }); // 133.35 USD
      await spend({ activityId: a.id, amount: '0.33' });
      await spend({
        activityId: a.id,
        amount: '20.00',
        year: 2010,
        beyondAllocation: true,
        beyondAllocationReason: 'Ahead',
      });
      const res = { result: await t.gql(GAPS, { filter: { activityId: a.id } }) };
      expect(res.result.errors).toBeUndefined();
      expect(res.result.data!.fundingGaps).toEqual([
        {
          activity: { id: a.id },
          year: 2009,
          cost: '1000.00',
          committed: '600.00',
          paid: '0.00',
          spent: '133.68',
          balance: '466.32',
          gap: '400.00',
        },
        {
          activity: { id: a.id },
          year: 2010,
          cost: '500.00',
          committed: '0.00',
          paid: '0.00',
          spent: '20.00',
          balance: '-20.00',
          gap: '500.00',
        },
      ]);
      const totals = await t.gql(
        `query($filter: FundingFilter) { fundingGaps(groupBy: [], filter: $filter) { spent balance } }`,
        {
          filter: { activityId: a.id },
        },
      );
      expect(totals.data!.fundingGaps).toEqual([{ spent: '153.68', balance: '446.32' }]);
    });

    it('splits spent by region to the cent like every other amount', async () => {
      const rows = (await t.gql(`{ fundingGaps(groupBy: [REGION]) { spent } }`)).data!.fundingGaps as Array<{
        spent: string;
      }>;
      const all = (await t.gql(`{ fundingGaps(groupBy: []) { spent } }`)).data!.fundingGaps[0].spent as string;
      const cents = rows.reduce((s, r) => s + BigInt(r.spent.replace('.', '')), 0n);
      expect(cents).toBe(BigInt(all.replace('.', '')));
      expect(all).not.toBe('0.00');
    });
  });
});
