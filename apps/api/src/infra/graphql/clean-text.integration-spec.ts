import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { LOG_REQUEST as LOG, validRequestInput as request } from '../../../../../test/support/request-input.js';

describe('text with a NUL character or half a character', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  const expectRefused = (
    res: { data?: unknown; errors?: Array<{ extensions?: Record<string, unknown> }> },
    field: string,
  ) => {
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_TEXT', field });
  };

  it('is refused at sign-in, signed out, in a variable or written in the query', async () => {
    const anon = t.as('anonymous');
    expectRefused(
      await anon(`mutation($e: String!) { login(email: $e, password: "x") { token } }`, { e: 'a\u0000b' }),
      'e',
    );
    expectRefused(await anon(`mutation { login(email: "a\\u0000b", password: "x") { token } }`), 'email');
  });

  it('is refused each time the same document is sent, in a fragment too (a document is checked once, then remembered)', async () => {
    const anon = t.as('anonymous');
    const unclean = `mutation { login(email: "b\\u0000c", password: "x") { token } }`;
    for (let i = 0; i < 3; i++) expectRefused(await anon(unclean), 'email');
    // Written in a fragment the operation spreads: refused all the same.
    const inFragment = `mutation { ...SignIn } fragment SignIn on Mutation { login(email: "d\\u0000e", password: "x") { token } }`;
    for (let i = 0; i < 2; i++) expectRefused(await anon(inFragment), 'email');
    const clean = `{ topics }`;
    for (let i = 0; i < 3; i++) expect((await t.gql(clean)).data!.topics.length).toBeGreaterThan(0);
  });

  it('is refused in a new request, changing nothing', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    expectRefused(
      await t.gql(LOG, { input: request({ description: 'Witness \u0000 protection' }) }),
      'input.description',
    );
    expectRefused(
      await t.gql(LOG, { input: request({ description: 'Witness \ud800 protection' }) }),
      'input.description',
    );
    expectRefused(await t.gql(LOG, { input: request({ topics: ['witness-protection', '\udc00'] }) }), 'input.topics.1');
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    expect(after).toBe(before);
    // A whole character made of two surrogates (an emoji) is welcome.
    const ok = await t.gql(LOG, { input: request({ description: 'Witness protection 🛡️ in Bangkok' }) });
    expect(ok.errors).toBeUndefined();
  });

  it('is refused in a filter search', async () => {
    expectRefused(
      await t.gql(`query($s: String) { assistanceRequests(filter: { search: $s }) { totalCount } }`, { s: 'x\u0000' }),
      's',
    );
    expectRefused(await t.gql(`{ activities(filter: { search: "x\\u0000" }) { totalCount } }`), 'filter.search');
  });

  it('is refused in a donor profile, changing nothing', async () => {
    const [donor] = await t.dataSource.query(`SELECT id, version, contact FROM donor LIMIT 1`);
    const res = await t.as('admin')(
      `mutation($id: ID!, $v: Int!, $input: UpdateDonorProfileInput!) { updateDonorProfile(id: $id, expectedVersion: $v, input: $input) { version } }`,
      { id: donor.id, v: donor.version, input: { contact: 'desk\u0000@mission.example' } },
    );
    expectRefused(res, 'input.contact');
    const [again] = await t.dataSource.query(`SELECT version, contact FROM donor WHERE id = $1`, [donor.id]);
    expect(again).toEqual({ version: donor.version, contact: donor.contact });
  });
});
