import { bootApp, type GraphQLResponse, type TestApp } from '../../../../../test/support/app.js';

const LAW = `stateIso3 title language instruments articles topics illustrative sourceParagraph`;

/** The legal library (issue 16 part 2): full-text search in three languages, filters, paging, links. */
describe('legal library', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  const search = (filter: Record<string, unknown>, who: 'secretariat' | 'donor' = 'secretariat', first = 50) =>
    t.as(who)(
      `query($f: LegislationFilter, $first: Int) { legislation(filter: $f, first: $first) { totalCount nodes { ${LAW} } } }`,
      { f: filter, first },
    );
  const titles = (res: Awaited<ReturnType<typeof search>>) =>
    (res.data!.legislation.nodes as Array<{ title: string }>).map((l) => l.title);

  it('finds a law by a word of its title in Spanish or French, stemmed by its language’s dictionary', async () => {
    // "explosivo munición" (singular, accented) finds "municiones y explosivos": the Spanish dictionary stems both.
    expect(titles(await search({ search: 'explosivo munición' }))).toEqual([
      'Ley de control de armas de fuego, municiones y explosivos (proyecto en revisión)',
    ]);
    const spanish = await search({ search: 'armas de fuego' }, 'donor');
    expect(spanish.errors).toBeUndefined();
    expect(spanish.data!.legislation.nodes).toEqual([
      expect.objectContaining({
        stateIso3: 'BOL',
        language: 'es',
        instruments: ['FIREARMS'],
        illustrative: true,
        sourceParagraph: 'para. 67',
      }),
    ]);
    // "procédures" (plural, accented) finds the Code de procédure pénale through the French dictionary.
    expect(titles(await search({ search: 'procédures' }))).toEqual(['Code de procédure pénale du Mali']);
    // "traite" finds the French law; "trafficking" the English one; both with a State filter.
    expect(titles(await search({ search: 'traite', stateIso3: 'sen' }))).toEqual([
      'Loi relative à la lutte contre la traite des personnes et pratiques assimilées',
    ]);
    expect(titles(await search({ search: 'trafficked persons' }))).toEqual([
      'Trafficking in Persons (Prohibition) Law Enforcement and Administration Act',
    ]);
    expect((await search({ search: 'cybercriminalité' })).data!.legislation.totalCount).toBe(0);
  });

  it('filters by State, instrument and language, and pages in SQL by title', async () => {
    expect(titles(await search({ instrumentCode: 'TIP' }))).toHaveLength(2);
    expect(titles(await search({ language: 'fr' }))).toEqual([
      'Code de procédure pénale du Mali',
      'Code pénal de la République centrafricaine',
      'Loi relative à la lutte contre la traite des personnes et pratiques assimilées',
    ]);
    const all = titles(await search({}));
    expect(all).toHaveLength(5);
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const res: GraphQLResponse = await t.gql(
        `query($after: String) { legislation(first: 2, after: $after) { pageInfo { hasNextPage endCursor } nodes { title } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      pages.push(...res.data!.legislation.nodes.map((n: { title: string }) => n.title));
      after = res.data!.legislation.pageInfo.hasNextPage ? res.data!.legislation.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(all);
    expect((await search({ language: 'pt' })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lists a State’s laws on its profile and links a request to the law it concerns', async () => {
    const state = await t.gql(`{ states(filter: { search: "MLI" }) { iso3 legislation { title articles } } }`);
    expect(state.errors).toBeUndefined();
    expect(state.data!.states[0].legislation).toEqual([
      { title: 'Code de procédure pénale du Mali', articles: ['UNTOC art. 16', 'UNTOC art. 18'] },
    ]);
    const [bolivia] = await t.dataSource.query(`SELECT id FROM assistance_request WHERE external_ref = 'demo:p67:BOL'`);
    const request = await t.gql(`query($id: ID!) { assistanceRequest(id: $id) { legislation { title } } }`, {
      id: bolivia.id,
    });
    expect(request.errors).toBeUndefined();
    expect(request.data!.assistanceRequest.legislation).toEqual([
      { title: 'Ley de control de armas de fuego, municiones y explosivos (proyecto en revisión)' },
    ]);
  });

  it('links a law to a request or an activity once, for the programme’s planners only', async () => {
    const [law] = await t.dataSource.query(
      `SELECT id FROM legislation WHERE external_ref = 'demo:law:SEN-trafficking'`,
    );
    const [request] = await t.dataSource.query(`SELECT id FROM assistance_request WHERE external_ref = 'demo:p25:SEN'`);
    const [activity] = await t.dataSource.query(`SELECT id FROM activity ORDER BY code LIMIT 1`);
    const link = (vars: Record<string, unknown>, who: 'secretariat' | 'dakar' = 'secretariat') =>
      t.as(who)(
        `mutation($l: ID!, $r: ID, $a: ID) { linkLegislation(legislationId: $l, requestId: $r, activityId: $a) { id } }`,
        { l: law.id, ...vars },
      );
    expect((await link({ r: request.id }, 'dakar')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect((await link({})).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'requestId' });
    expect((await link({ r: request.id, a: activity.id })).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await link({ r: '00000000-0000-4000-8000-000000000000' })).errors![0].extensions).toMatchObject({
      code: 'NOT_FOUND',
      field: 'requestId',
    });
    expect((await link({ r: request.id })).errors).toBeUndefined();
    expect((await link({ r: request.id })).errors).toBeUndefined();
    expect((await link({ a: activity.id })).errors).toBeUndefined();
    const links = await t.dataSource.query(
      `SELECT request_id, activity_id FROM legislation_link WHERE legislation_id = $1`,
      [law.id],
    );
    expect(links).toHaveLength(2);
    const res = await t.gql(`query($id: ID!) { assistanceRequest(id: $id) { legislation { title } } }`, {
      id: request.id,
    });
    expect(res.data!.assistanceRequest.legislation).toEqual([
      { title: 'Loi relative à la lutte contre la traite des personnes et pratiques assimilées' },
    ]);
    // The activity lists the law it concerns, as the request does (Activity.legislation).
    const act = await t.as('donor')(`query($id: ID!) { activity(id: $id) { legislation { title } } }`, {
      id: activity.id,
    });
    expect(act.errors).toBeUndefined();
    expect(act.data!.activity.legislation).toEqual([
      { title: 'Loi relative à la lutte contre la traite des personnes et pratiques assimilées' },
    ]);
  });
});
