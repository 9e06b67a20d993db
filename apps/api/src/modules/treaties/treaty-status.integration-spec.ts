import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { DemoLoaderService } from '../demo/demo-loader.service.js';

const STATUS = `stateIso3 instrumentCode instrument { code shortTitle } status signedOn consentOn consentKind reservations source illustrative version`;

/** Treaty status: footnote 10's counts, the `partyTo` filter, and the secretariat's edits (issue 15). */
describe('treaty status', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  const statusOf = async (iso3: string) => {
    const res = await t.gql(
      `query($s: String) { states(filter: { search: $s }) { iso3 treatyStatus { ${STATUS} } } }`,
      {
        s: iso3,
      },
    );
    expect(res.errors).toBeUndefined();
    return (res.data!.states as Array<{ iso3: string; treatyStatus: Array<Record<string, unknown>> }>).find(
      (s) => s.iso3 === iso3,
    )!.treatyStatus;
  };

  it('reproduces footnote 10: 146, 122, 114 and 75 parties, by the counts and by the partyTo filter', async () => {
    const counts = await t.gql(`{ treatyCounts { instrumentCode parties signatories } }`);
    expect(counts.errors).toBeUndefined();
    const parties = Object.fromEntries(
      (counts.data!.treatyCounts as Array<{ instrumentCode: string; parties: number }>).map((c) => [
        c.instrumentCode,
        c.parties,
      ]),
    );
    expect(parties).toMatchObject({ UNTOC: 146, TIP: 122, SOM: 114, FIREARMS: 75 });
    for (const [code, n] of Object.entries({ UNTOC: 146, TIP: 122, SOM: 114, FIREARMS: 75 })) {
      const res = await t.as('viewer')(`query($c: String) { states(filter: { partyTo: $c }) { iso3 } }`, { c: code });
      expect(res.errors).toBeUndefined();
      expect(res.data!.states).toHaveLength(n);
    }
    // A Protocol's parties are parties to the Convention (a Protocol is open only to them).
    const untoc = await t.gql(`{ states(filter: { partyTo: "UNTOC" }) { iso3 } }`);
    const firearms = await t.gql(`{ states(filter: { partyTo: "FIREARMS", region: "Africa" }) { iso3 region } }`);
    const convention = new Set((untoc.data!.states as Array<{ iso3: string }>).map((s) => s.iso3));
    expect(firearms.data!.states.length).toBeGreaterThan(0);
    for (const s of firearms.data!.states as Array<{ iso3: string; region: string }>) {
      expect(convention.has(s.iso3)).toBe(true);
      expect(s.region).toBe('Africa');
    }
  });

  it('marks the demo’s choice of States as illustrative, citing footnote 10', async () => {
    const senegal = await statusOf('SEN');
    expect(senegal.length).toBeGreaterThan(0);
    expect(senegal[0]).toMatchObject({ instrumentCode: 'UNTOC', status: 'PARTY', illustrative: true });
    expect(String(senegal[0].source)).toMatch(/footnote 10/i);
    const japan = await statusOf('JPN');
    expect(japan).toEqual([expect.objectContaining({ instrumentCode: 'UNTOC', status: 'SIGNATORY' })]);
  });

  it('lets the secretariat record a status, with a version check and an audit entry; the rules refuse nonsense', async () => {
    const set = (v: number | null, input: Record<string, unknown>, who: 'secretariat' | 'dakar' = 'secretariat') =>
      t.as(who)(
        `mutation($v: Int, $input: TreatyStatusInput!) {
           setTreatyStatus(stateIso3: "JPN", instrumentCode: "UNTOC", expectedVersion: $v, input: $input) { ${STATUS} }
         }`,
        { v, input },
      );
    const [before] = await statusOf('JPN');
    // A second record when one exists (expectedVersion null): a conflict, nothing changed.
    const clash = await set(null, { status: 'PARTY' });
    expect(clash.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    // The rules of the kernel, each on its field.
    const early = await set(before.version as number, {
      status: 'PARTY',
      signedOn: '2002-12-09',
      consentOn: '2001-07-11',
      consentKind: 'ACCEPTANCE',
    });
    expect(early.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CONSENT_BEFORE_SIGNATURE',
      field: 'input.consentOn',
    });
    const signatoryBound = await set(before.version as number, {
      status: 'SIGNATORY',
      signedOn: '2000-12-12',
      consentKind: 'RATIFICATION',
    });
    expect(signatoryBound.errors![0].extensions).toMatchObject({ reason: 'CONSENT_WITHOUT_PARTY' });
    const future = await set(before.version as number, { status: 'SIGNATORY', signedOn: '2999-01-01' });
    expect(future.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await statusOf('JPN')).toEqual([before]);
    // A field office may not; the secretariat may.
    const refused = await set(before.version as number, { status: 'SIGNATORY', signedOn: '2000-12-12' }, 'dakar');
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const done = await set(before.version as number, {
      status: 'PARTY',
      signedOn: '2000-12-12',
      consentOn: '2008-07-01',
      consentKind: 'ACCEPTANCE',
      reservations: '  Illustrative: a declaration under article 35, paragraph 3.  ',
    });
    expect(done.errors).toBeUndefined();
    expect(done.data!.setTreatyStatus).toMatchObject({
      status: 'PARTY',
      consentKind: 'ACCEPTANCE',
      consentOn: '2008-07-01',
      reservations: 'Illustrative: a declaration under article 35, paragraph 3.',
      illustrative: false,
      version: (before.version as number) + 1,
      instrument: { code: 'UNTOC' },
    });
    // The same version again: someone else's change is not overwritten.
    const stale = await set(before.version as number, { status: 'SIGNATORY', signedOn: '2000-12-12' });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const counts = await t.gql(`{ treatyCounts { instrumentCode parties } }`);
    expect(
      counts.data!.treatyCounts.find((c: { instrumentCode: string }) => c.instrumentCode === 'UNTOC').parties,
    ).toBe(147);
    const audit = await t.gql(
      `{ auditLog(filter: { entityType: "treaty_status" }, first: 5) { nodes { action entityId before after } } }`,
    );
    expect(audit.errors).toBeUndefined();
    expect(audit.data!.auditLog.nodes[0]).toMatchObject({
      action: 'UPDATED',
      entityId: 'JPN:UNTOC',
      after: expect.objectContaining({ status: 'PARTY' }),
    });
    // Recorded in error: removed at its version, audited.
    const cleared = await t.gql(
      `mutation($v: Int!) { clearTreatyStatus(stateIso3: "JPN", instrumentCode: "UNTOC", expectedVersion: $v) }`,
      { v: (before.version as number) + 1 },
    );
    expect(cleared.errors).toBeUndefined();
    expect(await statusOf('JPN')).toEqual([]);
    // The next start's demo load (SEED_DEMO) does not bring it back, and puts nothing else twice.
    const before2 = (await t.dataSource.query(`SELECT count(*)::int AS n FROM state_party`))[0].n;
    await t.app.get(DemoLoaderService).load();
    expect(await statusOf('JPN')).toEqual([]);
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM state_party`))[0].n).toBe(before2);
  });

  it('refuses unknown States and instruments by name, and loads a page of States’ statuses in one statement', async () => {
    const unknown = await t.gql(
      `mutation { setTreatyStatus(stateIso3: "XXX", instrumentCode: "UNTOC", input: { status: PARTY }) { version } }`,
    );
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'stateIso3',
    });
    const instrument = await t.gql(
      `mutation { setTreatyStatus(stateIso3: "SEN", instrumentCode: "NOPE", input: { status: PARTY }) { version } }`,
    );
    expect(instrument.errors![0].extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'instrumentCode' });
    const all = await t.countQueries(() => t.gql(`{ states { iso3 treatyStatus { instrumentCode status } } }`));
    expect(all.result.errors).toBeUndefined();
    expect(all.result.data!.states.length).toBe(195);
    // The session check, the States, their statuses: not one statement per State.
    expect(all.queries).toBeLessThanOrEqual(3);
  });
});
