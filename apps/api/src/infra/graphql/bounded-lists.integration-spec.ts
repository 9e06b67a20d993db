import { LIST_LIMITS } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const many = (n: number, item: (i: number) => string) => Array.from({ length: n }, (_, i) => item(i));

describe('a list of hundreds or thousands of items', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  it('in a new workshop is refused naming the field and its limit, creating nothing', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM workshop`);
    const create = (extra: Record<string, unknown>) =>
      t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
        input: {
          title: 'Witness protection training',
          kind: 'NATIONAL_TRAINING',
          startsOn: '2008-09-01',
          endsOn: '2008-09-02',
          city: 'Bangkok',
          countryIso3: 'THA',
          ...extra,
        },
      });
    for (const field of ['languages', 'organisers']) {
      const res = await create({ [field]: many(500, (i) => `item ${i}`) });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
      expect(res.errors![0].extensions!.problems).toEqual(
        expect.arrayContaining([
          expect.objectContaining({ field, constraint: 'arrayMaxSize', values: { max: LIST_LIMITS.texts } }),
        ]),
      );
    }
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM workshop`);
    expect(after).toBe(before);
  });

  it('in a filter or a list of ids is refused', async () => {
    const filter = await t.gql(`query($s: [ActivityStatus!]) { activities(filter: { status: $s }) { totalCount } }`, {
      s: many(500, () => 'PROPOSED'),
    });
    expect(filter.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'status' });
    const link = await t.gql(
      `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`,
      { a: '00000000-0000-4000-8000-000000000001', r: many(500, () => '00000000-0000-4000-8000-000000000000') },
    );
    expect(link.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'requestIds',
      max: LIST_LIMITS.linkedRequests,
    });
  });

  it('of more than the edge limit is refused before its values are read, naming the path', async () => {
    const res = await t.gql(`query($f: WorkshopFilter) { workshops(filter: $f) { totalCount } }`, {
      f: { kind: many(5000, () => '0') },
    });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'f.kind',
      problems: [expect.objectContaining({ constraint: 'arrayMaxSize', values: { max: LIST_LIMITS.anyList } })],
    });
  });

  it('of hundreds of values of the wrong type is the caller’s mistake, not an internal error', async () => {
    // graphql-js gives up after 50 wrong values with an error of no code: it answered INTERNAL_SERVER_ERROR.
    const res = await t.gql(`query($f: UserFilter) { users(filter: $f) { totalCount } }`, {
      f: { role: Array.from({ length: 900 }, () => -1) },
    });
    expect(res.errors!.length).toBeGreaterThan(0);
    for (const e of res.errors!) expect(e.extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });
});
