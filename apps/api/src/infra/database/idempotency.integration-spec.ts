import { randomUUID } from 'node:crypto';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/**
 * Every create without a key of its own goes through one mechanism (createOnce, table idempotency_key): twenty
 * copies of one submission sent at once, with one key, make one row and all answer it; the key reused for other
 * content is refused (CONFLICT, IDEMPOTENCY_KEY_REUSED) and changes nothing.
 */
describe('idempotency keys on every create', () => {
  let t: TestApp;
  let donorId: string;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
    donorId = (await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`))[0].id;
  });
  afterAll(() => t.close());

  const count = async (sql: string, params: unknown[] = []) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${sql}`, params))[0].n as number;

  /** An activity costed at 100 000 USD in 2010, and a 50 000 USD pledge to allocate from. */
  async function fundable() {
    const made = await t.gql(
      `mutation($code: String!) { createActivity(input: { code: $code, title: "Fundable", priorityAreaCode: "A", activityType: RESEARCH }) { id version } }`,
      { code: `IDEM-${randomUUID().slice(0, 8)}` },
    );
    const activity = made.data!.createActivity;
    const costed = await t.gql(`mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id } }`, {
      input: {
        activityId: activity.id,
        basis: 'ORIGINAL',
        expectedVersion: activity.version,
        rateDate: '2008-08-22',
        lines: [{ year: 2010, category: 'STAFF', amount: '100000.00' }],
      },
    });
    expect(costed.errors).toBeUndefined();
    const contribution = await t.gql(
      `mutation($d: ID!) { recordContribution(input: { donorId: $d, amount: "50000.00", currency: "USD", date: "2009-01-01", stage: PLEDGED }) { id } }`,
      { d: donorId },
    );
    expect(contribution.errors).toBeUndefined();
    return { activityId: activity.id as string, contributionId: contribution.data!.recordContribution.id as string };
  }

  interface Case {
    name: string;
    /** The mutation, taking `$input` (or its own variables) and `$key`. */
    mutation: string;
    variables: () => Promise<Record<string, unknown>> | Record<string, unknown>;
    /** The same variables changed, for the reuse of the key. */
    other: (variables: Record<string, unknown>) => Record<string, unknown>;
    /** How many rows it has made so far. */
    rows: () => Promise<number>;
    /** Who may create it (the secretariat unless said). */
    who?: 'admin';
  }

  const suffix = () => randomUUID().slice(0, 8);
  const cases: Case[] = [
    {
      name: 'createDonor',
      mutation: `mutation($input: CreateDonorInput!) { createDonor(input: $input) { id } }`,
      variables: () => ({ input: { name: `Donor ${suffix()}`, donorType: 'FOUNDATION' } }),
      other: (v) => ({ input: { ...(v.input as object), name: `Other ${suffix()}` } }),
      rows: () => count(`donor WHERE name LIKE 'Donor %' OR name LIKE 'Other %'`),
    },
    {
      name: 'createExpert',
      mutation: `mutation($input: CreateExpertInput!) { createExpert(input: $input) { id } }`,
      variables: () => ({ input: { name: `Expert ${suffix()}`, nationalityIso3: 'KEN' } }),
      other: (v) => ({ input: { ...(v.input as object), nationalityIso3: 'SEN' } }),
      rows: () => count(`expert WHERE name LIKE 'Expert %'`),
    },
    {
      name: 'createWorkshop',
      mutation: `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`,
      variables: () => ({
        input: {
          title: `Workshop ${suffix()}`,
          kind: 'NATIONAL_TRAINING',
          startsOn: '2010-03-01',
          endsOn: '2010-03-03',
          city: 'Nairobi',
          countryIso3: 'KEN',
        },
      }),
      other: (v) => ({ input: { ...(v.input as object), city: 'Mombasa' } }),
      rows: () => count(`workshop WHERE title LIKE 'Workshop %'`),
    },
    {
      name: 'createActivity',
      mutation: `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`,
      variables: () => ({
        input: { code: `DUP-${suffix()}`, title: 'Twice sent', priorityAreaCode: 'B', activityType: 'RESEARCH' },
      }),
      other: (v) => ({ input: { ...(v.input as object), title: 'Something else' } }),
      rows: () => count(`activity WHERE code LIKE 'DUP-%'`),
    },
    {
      name: 'createUser',
      mutation: `mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`,
      variables: () => ({
        input: {
          email: `user-${suffix()}@example.org`,
          displayName: 'Sent twenty times',
          role: 'VIEWER',
          password: 'a long enough passphrase 42',
        },
      }),
      other: (v) => ({ input: { ...(v.input as object), displayName: 'Someone else' } }),
      rows: () => count(`app_user WHERE email LIKE 'user-%@example.org'`),
      who: 'admin',
    },
    {
      name: 'allocateContribution',
      mutation: `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`,
      variables: async () => {
        const { activityId, contributionId } = await fundable();
        return { input: { contributionId, activityId, year: 2010, amountUsd: '1000.00' } };
      },
      other: (v) => ({ input: { ...(v.input as object), amountUsd: '2000.00' } }),
      rows: () => count(`allocation`),
    },
    {
      name: 'requestReport',
      mutation: `mutation($kind: ReportKind!, $options: ReportOptionsInput, $key: String) { requestReport(kind: $kind, options: $options, idempotencyKey: $key) { id } }`,
      variables: () => ({ kind: 'FUNDING_GAPS', options: { years: [2010] } }),
      other: (v) => ({ ...v, options: { years: [2011] } }),
      rows: () => count(`report`),
    },
    {
      name: 'importAssistanceRequests',
      mutation: `mutation($f: String!, $c: String!, $key: String) { importAssistanceRequests(fileName: $f, csv: $c, idempotencyKey: $key) { id } }`,
      variables: () => ({
        f: 'once.csv',
        c: `state,kind,topics,priority_area,received_on,channel,description\nKenya,training,cybercrime,B,2009-02-01,letter,Sent ${suffix()}\n`,
      }),
      other: (v) => ({ ...v, c: `${v.c as string}Kenya,training,cybercrime,B,2009-02-02,letter,Another\n` }),
      rows: () => count(`request_import`),
    },
  ];

  /** The key goes in `input` when the create takes one, else as its own argument. */
  const withKey = (variables: Record<string, unknown>, key: string) =>
    variables.input
      ? { ...variables, input: { ...(variables.input as object), idempotencyKey: key } }
      : { ...variables, key };

  it.each(cases.map((c) => [c.name, c] as const))(
    '%s: twenty concurrent copies with one key make one row, all answered with it',
    async (_name, c) => {
      const send = t.as(c.who ?? 'secretariat');
      const variables = await c.variables();
      const before = await c.rows();
      const key = randomUUID();
      const answers = await Promise.all(Array.from({ length: 20 }, () => send(c.mutation, withKey(variables, key))));
      for (const a of answers) expect(a.errors).toBeUndefined();
      const ids = new Set(answers.map((a) => (Object.values(a.data!)[0] as { id: string }).id));
      expect(ids.size).toBe(1);
      expect(await c.rows()).toBe(before + 1);
      expect(await count(`idempotency_key WHERE key = $1`, [key])).toBe(1);

      // A retry later answers the same; the key for other content is refused and changes nothing.
      const again = await send(c.mutation, withKey(variables, key));
      expect((Object.values(again.data!)[0] as { id: string }).id).toBe([...ids][0]);
      const reused = await send(c.mutation, withKey(c.other(variables), key));
      expect(reused.errors?.[0]?.extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
        field: 'idempotencyKey',
      });
      expect(await c.rows()).toBe(before + 1);
    },
  );

  it('keeps keys per user: the same key from another user is their own submission', async () => {
    const key = randomUUID();
    const mutation = `mutation($key: String) { requestReport(kind: FUNDING_GAPS, idempotencyKey: $key) { id } }`;
    const mine = await t.as('secretariat')(mutation, { key });
    const theirs = await t.as('donor')(mutation, { key });
    expect(mine.errors).toBeUndefined();
    expect(theirs.errors).toBeUndefined();
    expect(theirs.data!.requestReport.id).not.toBe(mine.data!.requestReport.id);
  });

  it('refuses a key that is not one, and creates as before without a key', async () => {
    const bad = await t.gql(
      `mutation { createDonor(input: { name: "Keyless A", donorType: "FOUNDATION", idempotencyKey: "short" }) { id } }`,
    );
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const before = await count(`report`);
    await t.gql(`mutation { requestReport(kind: FUNDING_GAPS) { id } }`);
    await t.gql(`mutation { requestReport(kind: FUNDING_GAPS) { id } }`);
    expect(await count(`report`)).toBe(before + 2);
  });
  it('answers a clear CONFLICT, not an internal error, when what a key created has since been removed', async () => {
    const { activityId, contributionId } = await fundable();
    const key = `gone-${randomUUID()}`;
    const allocate = `mutation($input: AllocateContributionInput!) { allocateContribution(input: $input) { id } }`;
    const input = { contributionId, activityId, year: 2010, amountUsd: '1000.00', idempotencyKey: key };
    const first = await t.gql(allocate, { input });
    expect(first.errors).toBeUndefined();
    const removed = await t.gql(`mutation($id: ID!) { deallocateContribution(allocationId: $id) }`, {
      id: first.data!.allocateContribution.id,
    });
    expect(removed.errors).toBeUndefined();
    const again = await t.gql(allocate, { input });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    expect(again.errors?.[0]?.message).toMatch(/removed/);
  });

  it('lets a released key create anew (a report the queue did not take can be asked for again with its key)', async () => {
    const { releaseIdempotencyKey } = await import('./idempotency.js');
    const key = `again-${randomUUID()}`;
    const ask = `mutation($key: String) { requestReport(kind: FUNDING_GAPS, idempotencyKey: $key) { id } }`;
    const first = (await t.gql(ask, { key })).data!.requestReport.id as string;
    expect((await t.gql(ask, { key })).data!.requestReport.id).toBe(first);
    const [{ id: userId }] = await t.dataSource.query(`SELECT actor_id AS id FROM idempotency_key WHERE key = $1`, [
      key,
    ]);
    await releaseIdempotencyKey(t.dataSource, { actorId: userId, operation: 'requestReport', key, input: null });
    const second = (await t.gql(ask, { key })).data!.requestReport.id as string;
    expect(second).not.toBe(first);
  });
});
