import { bootApp, type TestApp } from '../../../../../test/support/app.js';

interface Match {
  activity: { id: string; code: string; title: string; priorityArea: { code: string } };
  year: number;
  gap: string;
  cost: string;
}
const MATCH_FIELDS = `activity { id code title priorityArea { code } } year gap cost`;

/** A donor's stated priorities, who may set them, and the unfunded activity-years that match them. */
describe('donor priorities and matches', () => {
  let t: TestApp;
  let norway: { id: string; version: number };
  let japan: { id: string; version: number };

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    const donors = (await t.gql(`{ donors { id name version } }`)).data!.donors as Array<{
      id: string;
      name: string;
      version: number;
    }>;
    norway = donors.find((d) => d.name.startsWith('Norway'))!;
    japan = donors.find((d) => d.name.startsWith('Japan'))!;
  });
  afterAll(() => t.close());

  const matches = async (
    donorId: string,
    first = 200,
    after: string | null = null,
    who: 'donor' | 'secretariat' = 'donor',
  ) =>
    t.as(who)(
      `query($d: ID!, $first: Int, $after: String) {
         fundingMatches(donorId: $d, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${MATCH_FIELDS} } }
       }`,
      { d: donorId, first, after },
    );

  it('gives the demo donors priorities from the document: Norway funds area C in Africa and South Asia', async () => {
    const res = await t.as('donor')(`{ donors { name priorities { priorityAreaCodes m49Areas instrumentCodes } } }`);
    const mine = res.data!.donors.find((d: { name: string }) => d.name.startsWith('Norway'));
    expect(mine.priorities).toEqual({ priorityAreaCodes: ['C'], m49Areas: ['002', '034'], instrumentCodes: [] });
    // Another donor's priorities are not the donor account's business.
    const others = res.data!.donors.filter((d: { name: string }) => !d.name.startsWith('Norway'));
    expect(others.every((d: { priorities: unknown }) => d.priorities === null)).toBe(true);
  });

  it('ranks the matching unfunded activity-years by gap, each the fundingGaps row of that activity and year', async () => {
    const res = await matches(norway.id);
    expect(res.errors).toBeUndefined();
    const rows = res.data!.fundingMatches.nodes as Match[];
    expect(rows.length).toBeGreaterThanOrEqual(2);
    expect(res.data!.fundingMatches.totalCount).toBe(rows.length);
    const gaps = rows.map((r) => Number(r.gap));
    expect(gaps.every((g) => g > 0)).toBe(true);
    expect([...gaps].sort((a, b) => b - a)).toEqual(gaps);
    expect(rows.every((r) => r.activity.priorityArea.code === 'C')).toBe(true);
    const byKey = new Map(
      (
        (await t.gql(`{ fundingGaps(groupBy: [ACTIVITY, YEAR]) { activity { id } year gap cost } }`)).data!
          .fundingGaps as Array<{ activity: { id: string }; year: number; gap: string; cost: string }>
      ).map((r) => [`${r.activity.id}:${r.year}`, r]),
    );
    for (const r of rows) {
      expect(byKey.get(`${r.activity.id}:${r.year}`)).toMatchObject({ gap: r.gap, cost: r.cost });
    }
    // The regional workshops of Africa and South Asia are there; the Caribbean's (also area C) is not.
    expect(rows.some((r) => /Africa|South Asia/.test(r.activity.title))).toBe(true);
    expect(rows.some((r) => /Caribbean|Balkans/.test(r.activity.title))).toBe(false);
  });

  it('pages the matches in SQL: the pages put together are the whole list, in order', async () => {
    const whole = ((await matches(norway.id)).data!.fundingMatches.nodes as Match[]).map(
      (r) => `${r.activity.code}:${r.year}`,
    );
    const seen: string[] = [];
    let after: string | null = null;
    for (let page = 0; page < 50; page += 1) {
      const res = await matches(norway.id, 1, after);
      const conn = res.data!.fundingMatches;
      expect(conn.totalCount).toBe(whole.length);
      seen.push(...(conn.nodes as Match[]).map((r) => `${r.activity.code}:${r.year}`));
      if (!conn.pageInfo.hasNextPage) break;
      after = conn.pageInfo.endCursor;
    }
    expect(seen).toEqual(whole);
    const bad = await matches(norway.id, 1, 'not-a-cursor');
    expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
  });

  it('lets the donor set its own priorities (audited) and refuses unknown codes, a stale version and another donor', async () => {
    const set = (id: string, v: number, input: object, who: 'donor' | 'secretariat' | 'viewer' = 'donor') =>
      t.as(who)(
        `mutation($id: ID!, $v: Int!, $input: DonorPrioritiesInput!) { setDonorPriorities(id: $id, expectedVersion: $v, input: $input) { version priorities { priorityAreaCodes m49Areas instrumentCodes } } }`,
        { id, v, input },
      );
    const unknown = await set(norway.id, norway.version, {
      priorityAreaCodes: ['C'],
      m49Areas: ['999'],
      instrumentCodes: [],
    });
    expect(unknown.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'm49Areas' },
    });
    const malformed = await set(norway.id, norway.version, {
      priorityAreaCodes: ['Z'],
      m49Areas: [],
      instrumentCodes: [],
    });
    expect(malformed.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    const ok = await set(norway.id, norway.version, {
      priorityAreaCodes: ['E', 'C', 'C'],
      m49Areas: ['034'],
      instrumentCodes: ['TIP'],
    });
    expect(ok.errors).toBeUndefined();
    expect(ok.data!.setDonorPriorities.priorities).toEqual({
      priorityAreaCodes: ['E', 'C'],
      m49Areas: ['034'],
      instrumentCodes: ['TIP'],
    });
    const stale = await set(norway.id, norway.version, { priorityAreaCodes: [], m49Areas: [], instrumentCodes: [] });
    expect(stale.errors![0]).toMatchObject({ extensions: { code: 'CONFLICT', reason: 'STALE_VERSION' } });
    norway = { ...norway, version: ok.data!.setDonorPriorities.version };
    const theirs = await set(japan.id, japan.version, { priorityAreaCodes: ['A'], m49Areas: [], instrumentCodes: [] });
    expect(theirs.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const viewer = await set(
      norway.id,
      norway.version,
      { priorityAreaCodes: [], m49Areas: [], instrumentCodes: [] },
      'viewer',
    );
    expect(viewer.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const audit = await t.gql(
      `query($id: String!) { auditLog(filter: { entityType: "donor", entityId: $id }) { nodes { action before after } } }`,
      { id: norway.id },
    );
    const entries = audit.data?.auditLog?.nodes as Array<{ after: { instrumentCodes?: string[] } }> | undefined;
    expect(audit.errors).toBeUndefined();
    expect(entries!.some((e) => e.after?.instrumentCodes?.includes('TIP'))).toBe(true);
  });

  it('lets the secretariat set and read any donor’s priorities and matches; the donor account only its own', async () => {
    const res = await t.gql(
      `mutation($id: ID!, $v: Int!) { setDonorPriorities(id: $id, expectedVersion: $v, input: { priorityAreaCodes: ["B"], m49Areas: [], instrumentCodes: [] }) { priorities { priorityAreaCodes } } }`,
      { id: japan.id, v: japan.version },
    );
    expect(res.errors).toBeUndefined();
    const theirs = await matches(japan.id, 200, null, 'secretariat');
    expect(theirs.errors).toBeUndefined();
    expect((theirs.data!.fundingMatches.nodes as Match[]).every((r) => r.activity.priorityArea.code === 'B')).toBe(
      true,
    );
    // An instrument matches through the requests linked to an activity: each match has one naming it.
    const v = (await t.gql(`{ donors { id version } }`)).data!.donors.find(
      (d: { id: string }) => d.id === japan.id,
    ).version;
    const byInstrument = await t.gql(
      `mutation($id: ID!, $v: Int!) { setDonorPriorities(id: $id, expectedVersion: $v, input: { priorityAreaCodes: [], m49Areas: [], instrumentCodes: ["UNTOC"] }) { version } }`,
      { id: japan.id, v },
    );
    expect(byInstrument.errors).toBeUndefined();
    const linked = await t.gql(
      `query($d: ID!) { fundingMatches(donorId: $d, first: 200) { nodes { activity { requests { instruments { code } } } } } }`,
      { d: japan.id },
    );
    expect(linked.errors).toBeUndefined();
    expect(linked.data!.fundingMatches.nodes.length).toBeGreaterThan(0);
    for (const r of linked.data!.fundingMatches.nodes as Array<{
      activity: { requests: Array<{ instruments: Array<{ code: string }> }> };
    }>) {
      expect(r.activity.requests.some((q) => q.instruments.some((i) => i.code === 'UNTOC'))).toBe(true);
    }
    const refused = await matches(japan.id);
    expect(refused.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
    const viewer = await t.as('viewer')(`query($d: ID!) { fundingMatches(donorId: $d) { totalCount } }`, {
      d: norway.id,
    });
    expect(viewer.errors![0]).toMatchObject({ extensions: { code: 'FORBIDDEN' } });
  });

  it('answers NOT_FOUND, not an internal error, for a donor id that is malformed or unknown', async () => {
    for (const id of ['a'.repeat(300), '00000000-0000-4000-8000-000000000000']) {
      const res = await matches(id, 20, null, 'secretariat');
      expect(res.data?.fundingMatches ?? null).toBeNull();
      expect(res.errors![0]).toMatchObject({ extensions: { code: 'NOT_FOUND', field: 'donorId' } });
    }
  });
});
