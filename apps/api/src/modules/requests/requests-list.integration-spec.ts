import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const LIST = `query List($filter: AssistanceRequestFilter, $orderBy: AssistanceRequestOrder, $first: Int, $after: String) {
  assistanceRequests(filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor }
    nodes { id kind status receivedOn updatedAt topics sourceParagraph state { iso3 name region } priorityArea { code } }
  }
}`;

interface Node {
  id: string;
  kind: string;
  status: string;
  receivedOn: string;
  updatedAt: string;
  topics: string[];
  sourceParagraph: string | null;
  state: { iso3: string; name: string; region: string };
  priorityArea: { code: string };
}

describe('the assistanceRequests list (on the demo data)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  async function list(variables: Record<string, unknown>) {
    const res = await t.gql(LIST, variables);
    expect(res.errors).toBeUndefined();
    return res.data!.assistanceRequests as {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      nodes: Node[];
    };
  }

  async function walk(
    variables: Record<string, unknown>,
    first: number,
  ): Promise<{ nodes: Node[]; pages: number; total: number }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    let pages = 0;
    let total = 0;
    do {
      const page = await list({ ...variables, first, after });
      total = page.totalCount;
      nodes.push(...page.nodes);
      pages += 1;
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      expect(pages).toBeLessThan(100);
    } while (after);
    return { nodes, pages, total };
  }

  const compare = {
    RECEIVED_ON: (n: Node) => n.receivedOn,
    STATE: (n: Node) => n.state.name,
    KIND: (n: Node) => n.kind,
  } as const;

  it.each([
    ['RECEIVED_ON', 'ASC'],
    ['RECEIVED_ON', 'DESC'],
    ['STATE', 'ASC'],
    ['STATE', 'DESC'],
    ['KIND', 'ASC'],
    ['STATUS', 'DESC'],
    ['UPDATED_AT', 'ASC'],
  ])('pages through every request by %s %s: no gap, no repeat, in order', async (field, direction) => {
    const all = await walk({ orderBy: { field, direction } }, 7);
    expect(all.total).toBe(87);
    expect(all.nodes).toHaveLength(87);
    expect(new Set(all.nodes.map((n) => n.id)).size).toBe(87);
    expect(all.pages).toBe(13);
    const key = compare[field as keyof typeof compare];
    if (key) {
      const keys = all.nodes.map(key);
      const sorted = [...keys].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
      expect(keys).toEqual(direction === 'ASC' ? sorted : sorted.reverse());
    }
  });

  it('defaults to 50 a page, newest first, and says when there is more', async () => {
    const page = await list({});
    expect(page.nodes).toHaveLength(50);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(page.nodes[0].receivedOn >= page.nodes[49].receivedOn).toBe(true);
    const empty = await list({ first: 0 });
    expect(empty).toMatchObject({ totalCount: 87, nodes: [], pageInfo: { hasNextPage: true, endCursor: null } });
  });

  it.each([
    [{ stateIso3: ['TCD'] }, 4, (n: Node) => n.state.iso3 === 'TCD'],
    [{ region: ['Americas'] }, 20, (n: Node) => n.state.region === 'Americas'],
    [{ region: ['Western Africa'] }, 17, (n: Node) => n.state.region === 'Africa'],
    [
      { kind: ['EQUIPMENT', 'PRINTING_LEGISLATION'] },
      7,
      (n: Node) => ['EQUIPMENT', 'PRINTING_LEGISLATION'].includes(n.kind),
    ],
    [{ status: ['FULFILLED'] }, 17, (n: Node) => n.status === 'FULFILLED'],
    [{ open: true }, 70, (n: Node) => n.status !== 'FULFILLED'],
    [{ priorityAreaCode: ['A'] }, 16, (n: Node) => n.priorityArea.code === 'A'],
    // Para. 25's topics belong to its list, not to each of its 23 requests (issue 17): one request names firearms.
    [{ topic: ['firearms'] }, 1, (n: Node) => n.topics.includes('firearms')],
    [{ receivedFrom: '2007-01-01', receivedTo: '2007-12-31' }, 3, (n: Node) => n.receivedOn.startsWith('2007')],
    [{ search: 'printing' }, 2, (n: Node) => n.kind === 'PRINTING_LEGISLATION'],
    [{ search: 'Tchad' }, 4, (n: Node) => n.state.iso3 === 'TCD'],
    [{ sourceParagraph: 'para. 44' }, 3, (n: Node) => n.sourceParagraph === 'para. 44'],
    [{ stateIso3: ['MLI'], kind: ['EQUIPMENT'] }, 1, (n: Node) => n.state.iso3 === 'MLI' && n.kind === 'EQUIPMENT'],
  ])('filters by %j in SQL (%i requests)', async (filter, expected, holds) => {
    const page = await list({ filter, first: 200 });
    expect(page.totalCount).toBe(expected);
    expect(page.nodes).toHaveLength(expected);
    expect(page.nodes.every(holds)).toBe(true);
  });

  it('counts requests by any grouping, each adding up to the whole and matching the list', async () => {
    const counts = async (groupBy: string[], filter?: Record<string, unknown>) =>
      (
        await t.gql(
          `query($g: [RequestCountDimension!]!, $f: RequestCountFilter) { requestCounts(groupBy: $g, filter: $f) { region year status kind count priorityArea { code } state { iso3 } } }`,
          { g: groupBy, f: filter },
        )
      ).data!.requestCounts as Array<{ region: string; year: number; count: number; state: { iso3: string } | null }>;
    for (const groupBy of [
      [],
      ['REGION'],
      ['REGION', 'YEAR'],
      ['STATE', 'REGION'],
      ['PRIORITY_AREA', 'STATUS', 'KIND'],
    ]) {
      expect((await counts(groupBy)).reduce((sum, r) => sum + r.count, 0)).toBe(87);
    }
    const africa = (await counts(['REGION'])).find((r) => r.region === 'Africa')!.count;
    expect(africa).toBe((await list({ filter: { region: ['Africa'] }, first: 0 })).totalCount);
    const open2008 = (await counts(['YEAR'], { open: true })).find((r) => r.year === 2008)!.count;
    expect(open2008).toBe(
      (await list({ filter: { open: true, receivedFrom: '2008-01-01', receivedTo: '2008-12-31' }, first: 0 }))
        .totalCount,
    );
    expect((await counts(['STATE', 'REGION'])).find((r) => r.state?.iso3 === 'TCD')).toMatchObject({
      region: 'Africa',
      count: 4,
    });
  });

  it('filters by the requesting State’s treaty status: parties and non-parties of an instrument add up to all', async () => {
    const all = (await list({ first: 1 })).totalCount;
    for (const code of ['UNTOC', 'TIP', 'FIREARMS']) {
      const parties = (await walk({ filter: { partyTo: code } }, 100)).nodes;
      const others = (await list({ filter: { notPartyTo: code }, first: 1 })).totalCount;
      expect(parties.length + others).toBe(all);
      expect(parties.length).toBeGreaterThan(0);
      const states = [...new Set(parties.map((r) => r.state.iso3))];
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM state_party WHERE instrument_code = $1 AND status = 'PARTY' AND state_iso3 = ANY ($2)`,
        [code, states],
      );
      expect(n).toBe(states.length);
    }
    // Combined with other filters.
    const open = await walk({ filter: { notPartyTo: 'UNTOC', open: true } }, 100);
    expect(open.nodes.every((r) => !['FULFILLED', 'DECLINED', 'WITHDRAWN'].includes(r.status))).toBe(true);
    const bad = await t.gql(LIST, { filter: { partyTo: "UNTOC'; --" } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'partyTo' });
  });

  it('counts by treaty status with the same filter as the list: requestCounts(partyTo / notPartyTo)', async () => {
    const COUNTS = `query($g: [RequestCountDimension!]!, $f: RequestCountFilter) { requestCounts(groupBy: $g, filter: $f) { status count } }`;
    const total = async (f: Record<string, unknown>) => {
      const res = await t.gql(COUNTS, { g: ['STATUS'], f });
      expect(res.errors).toBeUndefined();
      return (res.data!.requestCounts as Array<{ count: number }>).reduce((n, r) => n + r.count, 0);
    };
    for (const code of ['UNTOC', 'SOM']) {
      const parties = await total({ partyTo: code });
      expect(parties).toBe((await list({ filter: { partyTo: code }, first: 0 })).totalCount);
      expect(parties).toBeGreaterThan(0);
      const others = await total({ notPartyTo: code, open: true });
      expect(others).toBe((await list({ filter: { notPartyTo: code, open: true }, first: 0 })).totalCount);
    }
    expect(await total({ partyTo: 'UNTOC', notPartyTo: 'UNTOC' })).toBe(0);
    const bad = await t.gql(COUNTS, { g: ['STATUS'], f: { notPartyTo: 'TIP;' } });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'notPartyTo' });
  });

  it('refuses a cursor it did not give out and a page size out of range', async () => {
    const forged = (values: unknown[]) => Buffer.from(JSON.stringify(values)).toString('base64url');
    for (const after of [
      'bm90IGEgY3Vyc29y',
      forged(['not a date', '1c1ddf4e-82b5-477e-9447-2955c4ec8ea9']),
      forged(['2008-07-15', "x'; DROP TABLE state; --"]),
      forged([1, 2]),
    ]) {
      const bad = await t.gql(LIST, { after });
      expect(bad.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'after' } });
    }
    const big = await t.gql(LIST, { first: 5000 });
    expect(big.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'first' } });
  });

  it('resolves a page of related data in a fixed number of queries, whatever the page size (DataLoader)', async () => {
    const deep = `query($first: Int) { assistanceRequests(first: $first) { nodes {
      id state { iso3 name } priorityArea { code title subAreas { code } } instruments { code } fieldOffice { code country { iso3 } }
      history { to } duplicates { id state { iso3 } } } } }`;
    const small = await t.countQueries(() => t.gql(deep, { first: 5 }));
    const large = await t.countQueries(() => t.gql(deep, { first: 80 }));
    expect(small.result.errors).toBeUndefined();
    expect(large.result.data!.assistanceRequests.nodes).toHaveLength(80);
    expect(large.queries).toBe(small.queries);
    expect(large.queries).toBeLessThanOrEqual(12);
  });

  it('refuses queries nested deeper than the limit before running them', async () => {
    const nested = `{ assistanceRequests { nodes { duplicates { duplicates { duplicates { duplicates { duplicates { duplicates {
      duplicates { duplicates { id } } } } } } } } } } }`;
    const res = await t.gql(nested);
    expect(res.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
    expect(res.errors![0].message).toMatch(/nested \d+ levels deep; the limit is 10/);
  });
});
