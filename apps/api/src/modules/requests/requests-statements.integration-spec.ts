import { ASSISTANCE_KINDS, TOPICS } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/**
 * A page of requests costs the same number of SQL statements whatever its length (issue 12): the page and its
 * to-one relations in one statement, each to-many relation in one DataLoader batch. Counted by the test app's
 * statement counter (every statement TypeORM sends, the session check included), on real PostgreSQL.
 */
const RELATIONS = `id description state { name } priorityArea { title } instruments { code } fieldOffice { code }
  history { to reason } duplicates { id state { iso3 } }`;

describe('SQL statements per page of requests (they do not grow with the rows)', () => {
  let t: TestApp;

  beforeAll(async () => {
    // Session checks reused for a minute here (the test apps check on every request otherwise).
    t = await bootApp({ env: { SESSION_CHECK_REUSE_MS: '60000' } });
    // 10 requests of one State, 500 of another, each with its history; a few open ones of one kind and topic
    // per State so that `duplicates` finds some; a field office and instruments on every one.
    const insert = (iso3: string, n: number) =>
      t.dataSource.query(
        `WITH made AS (
           INSERT INTO assistance_request
             (state_iso3, priority_area_code, kind, topics, instruments, channel, received_on, description, status,
              logged_by, field_office_code, confidential)
           SELECT $1, (ARRAY['A','B','C','D','E'])[1 + g % 5], ($3::text[])[1 + g % cardinality($3::text[])],
                  ARRAY[($4::text[])[1 + g % 3]],
                  ARRAY(SELECT code FROM instrument ORDER BY sort_order LIMIT 1 + g % 2), 'Letter',
                  DATE '2008-01-01' + g, 'Request ' || g, CASE WHEN g % 20 = 0 THEN 'RECEIVED' ELSE 'FULFILLED' END,
                  'statement count test', (SELECT min(code) FROM field_office), g % 7 = 0
             FROM generate_series(1, $2::int) AS g
           RETURNING id, status, created_at)
         INSERT INTO request_status_change (request_id, from_status, to_status, at, by, reason)
         SELECT id, NULL, status, created_at, 'statement count test', 'Logged' FROM made`,
        [iso3, n, [...ASSISTANCE_KINDS], TOPICS.slice(0, 3)],
      );
    await insert('SEN', 10);
    await insert('KEN', 500);
  });
  afterAll(() => t.close());

  async function statements(query: string, variables: Record<string, unknown>) {
    await t.gql('{ me { id } }'); // signed in before counting, so both counts start from the same state
    const { result, queries } = await t.countQueries(() => t.gql(query, variables));
    expect(result.errors).toBeUndefined();
    return { data: result.data!, queries };
  }

  it('a State profile of 10 requests and one of 500, with every relation, take as many statements', async () => {
    const query = `query($iso3: String!) { stateProfile(iso3: $iso3) { requests { ${RELATIONS} } } }`;
    const ten = await statements(query, { iso3: 'SEN' });
    const fiveHundred = await statements(query, { iso3: 'KEN' });
    expect(ten.data.stateProfile.requests).toHaveLength(10);
    expect(fiveHundred.data.stateProfile.requests).toHaveLength(500);
    const withDuplicates = (rows: Array<{ duplicates: unknown[] }>) => rows.filter((r) => r.duplicates.length).length;
    expect(withDuplicates(fiveHundred.data.stateProfile.requests)).toBeGreaterThan(0);
    expect(ten.queries).toBeGreaterThan(0);
    expect(fiveHundred.queries).toBe(ten.queries);
  });

  it('a list page of 10 requests and one of 200 (the largest page), with every relation and the total, take as many statements', async () => {
    const query = `query($first: Int) { assistanceRequests(first: $first) { totalCount nodes { ${RELATIONS} } } }`;
    const ten = await statements(query, { first: 10 });
    const large = await statements(query, { first: 200 });
    expect(ten.data.assistanceRequests.nodes).toHaveLength(10);
    expect(large.data.assistanceRequests.nodes).toHaveLength(200);
    expect(large.data.assistanceRequests.totalCount).toBe(510);
    expect(ten.queries).toBeGreaterThan(0);
    expect(large.queries).toBe(ten.queries);
  });

  it('the requests page as the web client asks for it (total, State and area names) is one statement', async () => {
    const query = `{ assistanceRequests(first: 50) { totalCount pageInfo { hasNextPage endCursor } nodes { id state { name } priorityArea { title } } } }`;
    const { data, queries } = await statements(query, {});
    expect(data.assistanceRequests.totalCount).toBe(510);
    expect(data.assistanceRequests.nodes[0].state.name).toEqual(expect.any(String));
    expect(data.assistanceRequests.nodes[0].priorityArea.title).toEqual(expect.any(String));
    // The page, its total and its names: one statement; the session check was reused from the request before.
    expect(queries).toBe(1);
  });

  it('a reused session check still ends with the session: signed out, the token is refused at once', async () => {
    const token = await t.login('viewer@demo.local');
    const as = t.withToken(token);
    expect((await as('{ me { id } }')).data!.me).not.toBeNull();
    expect((await as('mutation { logout }')).errors).toBeUndefined();
    const after = await as('{ assistanceRequests(first: 1) { totalCount } }');
    expect(after.errors?.[0]?.extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });
});
