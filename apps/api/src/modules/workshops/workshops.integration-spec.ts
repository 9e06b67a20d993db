import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const WORKSHOP = `query($id: ID!) { workshop(id: $id) { id viewerMayRecordOutcome mayRecordOutcome } }`;

/** Workshop.viewerMayRecordOutcome answers the access policy's mayRecordOutcome for the signed-in user. */
describe('whether the viewer may record a workshop’s outcome', () => {
  let t: TestApp;
  let inMali: string;
  let noCountry: string;
  beforeAll(async () => {
    t = await bootApp();
    const create = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
    const mali = await t.gql(create, {
      input: {
        title: 'National training in Bamako',
        kind: 'NATIONAL_TRAINING',
        startsOn: '2008-10-06',
        endsOn: '2008-10-08',
        city: 'Bamako',
        countryIso3: 'MLI',
      },
    });
    expect(mali.errors).toBeUndefined();
    inMali = mali.data!.createWorkshop.id;
    const regional = await t.gql(create, {
      input: {
        title: 'Regional meeting, place to be set',
        kind: 'REGIONAL_WORKSHOP',
        startsOn: '2008-11-06',
        endsOn: '2008-11-07',
        city: 'To be set',
      },
    });
    expect(regional.errors).toBeUndefined();
    noCountry = regional.data!.createWorkshop.id;
  });
  afterAll(() => t.close());

  async function answer(who: Parameters<TestApp['as']>[0], id: string): Promise<boolean> {
    const res = await t.as(who)(WORKSHOP, { id });
    expect(res.errors).toBeUndefined();
    return res.data!.workshop.viewerMayRecordOutcome;
  }

  it('is true for the office covering the State, false for a field office of another region', async () => {
    expect(await answer('dakar', inMali)).toBe(true);
    expect(await answer('bangkok', inMali)).toBe(false);
  });

  it('is true for the secretariat, false for a viewer and a donor', async () => {
    expect(await answer('secretariat', inMali)).toBe(true);
    expect(await answer('viewer', inMali)).toBe(false);
    expect(await answer('donor', inMali)).toBe(false);
  });

  it('is false for a field office when the workshop is neither its own nor held in a State it covers', async () => {
    expect(await answer('dakar', noCountry)).toBe(false);
    expect(await answer('secretariat', noCountry)).toBe(true);
  });

  it('agrees with what recording the outcome does', async () => {
    const RECORD = `mutation($id: ID!) { recordWorkshopOutcome(workshopId: $id, input: { conclusions: "x", followUps: [] }) { id } }`;
    const refused = await t.as('bangkok')(RECORD, { id: inMali });
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const done = await t.as('dakar')(RECORD, { id: inMali });
    expect(done.errors).toBeUndefined();
  });

  it('records an outcome without participants (an empty list clears them), as the form sends it', async () => {
    const RECORD = `mutation($id: ID!, $participants: [ParticipantInput!]) {
      recordWorkshopOutcome(workshopId: $id, input: { conclusions: "y", checklistsCompleted: 4, followUps: [], participants: $participants }) {
        id participants { state { iso3 } participants }
      }
    }`;
    const one = await t.as('dakar')(RECORD, { id: inMali, participants: [{ stateIso3: 'MLI', participants: 12 }] });
    expect(one.errors).toBeUndefined();
    expect(one.data!.recordWorkshopOutcome.participants).toEqual([{ state: { iso3: 'MLI' }, participants: 12 }]);
    // Was a server error: the participants' States were looked up with an empty list (`IN ()`).
    const none = await t.as('dakar')(RECORD, { id: inMali, participants: [] });
    expect(none.errors).toBeUndefined();
    expect(none.data!.recordWorkshopOutcome.participants).toEqual([]);
  });
});

/** The lists of these modules page with the shared keyset pager: every row once, in order, whatever the page size. */
describe('keyset paging of workshops, experts and users', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  async function walk(
    as: 'secretariat' | 'admin',
    query: string,
    field: string,
    first: number,
  ): Promise<{ total: number; keys: string[] }> {
    const keys: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const res: any = await t.as(as)(query, { first, after });
      expect(res.errors).toBeUndefined();
      const page = res.data[field];
      total = page.totalCount;
      keys.push(...page.nodes.map((n: { key: string }) => n.key));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    return { total, keys };
  }

  it.each([
    [
      'workshops',
      'secretariat',
      `query($first: Int, $after: String) { workshops(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { key: id startsOn } } }`,
    ],
    [
      'experts',
      'secretariat',
      `query($first: Int, $after: String) { experts(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { key: id name } } }`,
    ],
    [
      'users',
      'admin',
      `query($first: Int, $after: String) { users(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { key: id email } } }`,
    ],
  ] as const)('%s: small pages give what one big page gives', async (field, as, query) => {
    const whole = await walk(as, query, field, 200);
    expect(whole.keys.length).toBe(whole.total);
    expect(whole.total).toBeGreaterThan(2);
    const paged = await walk(as, query, field, 2);
    expect(paged.total).toBe(whole.total);
    expect(paged.keys).toEqual(whole.keys);
  });

  it('refuses a cursor from another list', async () => {
    const res = await t.as('admin')(`{ auditLog(first: 1) { pageInfo { endCursor } } }`);
    const cursor = res.data!.auditLog.pageInfo.endCursor;
    const wrong = await t.as('secretariat')(`query($after: String) { workshops(after: $after) { totalCount } }`, {
      after: cursor,
    });
    expect(wrong.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});
