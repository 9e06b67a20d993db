import { bootApp, type GraphQLResponse, type TestApp } from '../../../../../test/support/app.js';

const ENTRY = `id stateIso3 instrumentCode kind name email languages channels legalRequirements lastConfirmedOn illustrative version`;
const PROPOSAL = `id authorityId stateIso3 status note decisionReason version proposed { name languages channels }`;

/** The directory of competent authorities: search, the secretariat's edits, field offices' proposals (issue 15). */
describe('directory of competent authorities', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  const search = (filter: Record<string, unknown>, who: 'secretariat' | 'donor' | 'viewer' = 'secretariat') =>
    t.as(who)(
      `query($f: AuthorityFilter, $first: Int, $after: String) {
         authorities(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { ${ENTRY} } }
       }`,
      { f: filter, first: 50 },
    );

  it('answers by State, instrument, kind and language, paged in SQL, to every signed-in user', async () => {
    const all = await search({}, 'donor');
    expect(all.errors).toBeUndefined();
    // The Dakar workshop's 20 States and the four other hosts of footnote 17's workshops.
    expect(all.data!.authorities.totalCount).toBe(24);
    expect(all.data!.authorities.nodes.every((a: { illustrative: boolean }) => a.illustrative)).toBe(true);
    const portuguese = await search({ language: 'pt' }, 'viewer');
    expect(portuguese.data!.authorities.nodes.map((a: { stateIso3: string }) => a.stateIso3).sort()).toEqual([
      'AGO',
      'CPV',
      'GNB',
      'MOZ',
      'STP',
    ]);
    const senegal = await search({ stateIso3: 'sen', instrumentCode: 'UNTOC', kind: 'MUTUAL_LEGAL_ASSISTANCE' });
    expect(senegal.data!.authorities.nodes).toEqual([
      expect.objectContaining({ stateIso3: 'SEN', languages: ['fr'], email: 'central.authority@justice.sen.example' }),
    ]);
    expect((await search({ kind: 'FIREARMS_COOPERATION' })).data!.authorities.totalCount).toBe(0);
    expect((await search({ search: 'procuradoria' })).data!.authorities.totalCount).toBe(5);
    // Pages put together are the whole list, in order.
    const pages: string[] = [];
    let after: string | null = null;
    do {
      const res: GraphQLResponse = await t.gql(
        `query($after: String) { authorities(first: 7, after: $after) { pageInfo { hasNextPage endCursor } nodes { id } } }`,
        { after },
      );
      expect(res.errors).toBeUndefined();
      pages.push(...res.data!.authorities.nodes.map((n: { id: string }) => n.id));
      after = res.data!.authorities.pageInfo.hasNextPage ? res.data!.authorities.pageInfo.endCursor : null;
    } while (after);
    expect(pages).toEqual(all.data!.authorities.nodes.map((n: { id: string }) => n.id));
    // A State's own entries, for its profile.
    const state = await t.gql(`{ states(filter: { search: "MOZ" }) { iso3 authorities { name languages } } }`);
    expect(state.data!.states[0].authorities).toEqual([
      { name: 'Procuradoria-Geral da República — Autoridade Central', languages: ['pt', 'fr'] },
    ]);
    const bad = await search({ language: 'fra' });
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
  });

  it('lets the secretariat add and edit entries, with the kind’s instruments from the kernel and a version check', async () => {
    const input = {
      stateIso3: 'NER',
      instrumentCode: 'UNTOC',
      kind: 'FIREARMS_COOPERATION',
      name: 'Commission nationale pour la collecte et le contrôle des armes illicites',
      languages: ['fr'],
      channels: ['DIRECT'],
    };
    const create = (i: Record<string, unknown>, who: 'secretariat' | 'dakar' = 'secretariat') =>
      t.as(who)(`mutation($i: AuthorityInput!) { createAuthority(input: $i) { ${ENTRY} } }`, { i });
    const wrong = await create(input);
    expect(wrong.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'KIND_NOT_UNDER_INSTRUMENT',
      field: 'input.instrumentCode',
    });
    const unknown = await create({ ...input, stateIso3: 'XXX', instrumentCode: 'FIREARMS' });
    expect(unknown.errors![0].extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'input.stateIso3' });
    expect((await create({ ...input, instrumentCode: 'FIREARMS' }, 'dakar')).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    const made = await create({ ...input, instrumentCode: 'FIREARMS', email: 'armes@niger.example' });
    expect(made.errors).toBeUndefined();
    const entry = made.data!.createAuthority;
    expect(entry).toMatchObject({ kind: 'FIREARMS_COOPERATION', illustrative: false, version: 1 });
    const edit = (v: number) =>
      t.gql(
        `mutation($id: ID!, $v: Int!, $i: AuthorityInput!) { updateAuthority(id: $id, expectedVersion: $v, input: $i) { ${ENTRY} } }`,
        {
          id: entry.id,
          v,
          i: { ...input, instrumentCode: 'FIREARMS', languages: ['fr', 'en'], channels: ['DIRECT', 'INTERPOL'] },
        },
      );
    expect((await edit(1)).data!.updateAuthority).toMatchObject({ languages: ['fr', 'en'], version: 2 });
    expect((await edit(1)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('takes a field office’s proposal for its States only, applies it when the secretariat confirms, audits both steps', async () => {
    const senegal = (await search({ stateIso3: 'SEN' })).data!.authorities.nodes[0];
    const propose = (authorityId: string | null, stateIso3: string, who: 'dakar' | 'bangkok' = 'dakar') =>
      t.as(who)(
        `mutation($id: ID, $i: AuthorityInput!) { proposeAuthorityChange(authorityId: $id, input: $i, note: "Confirmed by phone") { ${PROPOSAL} } }`,
        {
          id: authorityId,
          i: {
            stateIso3,
            instrumentCode: 'UNTOC',
            kind: 'MUTUAL_LEGAL_ASSISTANCE',
            name: 'Ministère de la Justice — Direction des affaires criminelles et des grâces',
            languages: ['fr', 'en'],
            channels: ['CENTRAL_AUTHORITY', 'DIPLOMATIC'],
            lastConfirmedOn: '2008-11-20',
          },
        },
      );
    const outside = await propose(null, 'THA');
    expect(outside.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    expect((await propose(senegal.id, 'SEN', 'bangkok')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const proposed = await propose(senegal.id, 'SEN');
    expect(proposed.errors).toBeUndefined();
    const proposal = proposed.data!.proposeAuthorityChange;
    expect(proposal).toMatchObject({ status: 'PENDING', authorityId: senegal.id, note: 'Confirmed by phone' });
    // Waiting: the directory has not changed.
    expect((await search({ stateIso3: 'SEN' })).data!.authorities.nodes[0]).toEqual(senegal);
    // Each office sees its own States' proposals.
    const list = (who: 'dakar' | 'bangkok' | 'secretariat') =>
      t.as(who)(`{ authorityProposals(filter: { status: PENDING }) { totalCount nodes { id stateIso3 } } }`);
    expect((await list('dakar')).data!.authorityProposals.nodes.map((p: { id: string }) => p.id)).toContain(
      proposal.id,
    );
    expect((await list('bangkok')).data!.authorityProposals.totalCount).toBe(0);
    expect((await t.as('donor')(`{ authorityProposals { totalCount } }`)).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
    // The field office cannot decide its own proposal; the secretariat confirms it and it applies.
    const decide = (v: number, confirm: boolean, reason: string | null, who: 'secretariat' | 'dakar' = 'secretariat') =>
      t.as(who)(
        `mutation($id: ID!, $v: Int!, $c: Boolean!, $r: String) { decideAuthorityProposal(id: $id, expectedVersion: $v, confirm: $c, reason: $r) { ${PROPOSAL} } }`,
        { id: proposal.id, v, c: confirm, r: reason },
      );
    expect((await decide(1, true, null, 'dakar')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const confirmed = await decide(1, true, null);
    expect(confirmed.errors).toBeUndefined();
    expect(confirmed.data!.decideAuthorityProposal).toMatchObject({ status: 'CONFIRMED', version: 2 });
    const after = (await search({ stateIso3: 'SEN' })).data!.authorities.nodes[0];
    expect(after).toMatchObject({
      id: senegal.id,
      name: 'Ministère de la Justice — Direction des affaires criminelles et des grâces',
      languages: ['fr', 'en'],
      lastConfirmedOn: '2008-11-20',
      illustrative: false,
      version: senegal.version + 1,
    });
    expect((await decide(2, false, 'again')).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'PROPOSAL_DECIDED',
    });
    const audit = await t.gql(
      `{ auditLog(filter: { entityType: "authority_proposal" }, first: 10) { nodes { action entityId actor { email } } } }`,
    );
    expect(audit.errors).toBeUndefined();
    const steps = (audit.data!.auditLog.nodes as Array<{ action: string; entityId: string; actor: { email: string } }>)
      .filter((e) => e.entityId === proposal.id)
      .map((e) => `${e.action} by ${e.actor.email}`)
      .sort();
    expect(steps).toEqual(['CREATED by dakar@demo.local', 'UPDATED by secretariat@demo.local']);
  });

  it('refuses to confirm a proposal over an edit made after it, so the edit is not lost', async () => {
    const cameroon = (await search({ stateIso3: 'CMR' })).data!.authorities.nodes[0];
    const input = {
      stateIso3: 'CMR',
      instrumentCode: 'UNTOC',
      kind: 'MUTUAL_LEGAL_ASSISTANCE',
      languages: ['fr', 'en'],
      channels: ['CENTRAL_AUTHORITY'],
    };
    const proposed = await t.as('dakar')(
      `mutation($id: ID, $i: AuthorityInput!) { proposeAuthorityChange(authorityId: $id, input: $i) { id version } }`,
      { id: cameroon.id, i: { ...input, name: 'Ministère de la Justice (proposé)' } },
    );
    expect(proposed.errors).toBeUndefined();
    const edited = await t.gql(
      `mutation($id: ID!, $v: Int!, $i: AuthorityInput!) { updateAuthority(id: $id, expectedVersion: $v, input: $i) { version } }`,
      { id: cameroon.id, v: cameroon.version, i: { ...input, name: 'Ministère de la Justice (modifié)' } },
    );
    expect(edited.errors).toBeUndefined();
    const confirm = await t.gql(
      `mutation($id: ID!) { decideAuthorityProposal(id: $id, expectedVersion: 1, confirm: true) { status } }`,
      { id: proposed.data!.proposeAuthorityChange.id },
    );
    expect(confirm.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect((await search({ stateIso3: 'CMR' })).data!.authorities.nodes[0].name).toBe(
      'Ministère de la Justice (modifié)',
    );
  });

  it('rejects a proposal only with a reason, and then changes nothing in the directory', async () => {
    const mali = (await search({ stateIso3: 'MLI' })).data!.authorities.nodes[0];
    const proposed = await t.as('dakar')(
      `mutation($i: AuthorityInput!) { proposeAuthorityChange(input: $i) { ${PROPOSAL} } }`,
      {
        i: {
          stateIso3: 'MLI',
          instrumentCode: 'TIP',
          kind: 'TRAFFICKING_IN_PERSONS',
          name: 'Comité national de lutte contre la traite',
          languages: ['fr'],
          channels: ['DIRECT'],
        },
      },
    );
    expect(proposed.errors).toBeUndefined();
    const id = proposed.data!.proposeAuthorityChange.id;
    const decide = (r: string | null) =>
      t.gql(
        `mutation($id: ID!, $r: String) { decideAuthorityProposal(id: $id, expectedVersion: 1, confirm: false, reason: $r) { status decisionReason authorityId } }`,
        { id, r },
      );
    expect((await decide('  ')).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'REASON_REQUIRED',
    });
    expect((await decide('The Ministry already designated another committee.')).data!.decideAuthorityProposal).toEqual({
      status: 'REJECTED',
      decisionReason: 'The Ministry already designated another committee.',
      authorityId: null,
    });
    expect((await search({ stateIso3: 'MLI' })).data!.authorities.nodes).toEqual([mali]);
  });
});
