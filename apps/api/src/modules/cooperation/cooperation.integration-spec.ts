import fc from 'fast-check';
import { COOPERATION_OFFENCES, COOPERATION_OUTCOMES, LEGAL_BASES } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const RECORD = `mutation($i: CooperationCaseInput!) { recordCooperationCase(input: $i) { alreadyReported case { id reportedByBoth outcome executedOn reportedByStateIso3 version } } }`;
const STATS = `query($g: [CooperationDimension!]!, $f: CooperationFilter) {
  cooperationStatistics(groupBy: $g, filter: $f) { year region requestingStateIso3 requestedStateIso3 offence legalBasis outcome requests refusals medianDaysToExecute }
}`;

interface Row {
  year: number | null;
  region: string | null;
  requestingStateIso3: string | null;
  requestedStateIso3: string | null;
  offence: string | null;
  legalBasis: string | null;
  outcome: string | null;
  requests: number;
  refusals: number;
  medianDaysToExecute: number | null;
}

/** Statistics on international cooperation requests (issue 15, para. 41). */
describe('cooperation statistics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  const stats = async (
    g: string[],
    f: Record<string, unknown> = {},
    who: 'secretariat' | 'donor' | 'viewer' = 'secretariat',
  ) => {
    const res = await t.as(who)(STATS, { g, f });
    expect(res.errors).toBeUndefined();
    return res.data!.cooperationStatistics as Row[];
  };

  it('counts a request reported by both States once; the requested State’s outcome prevails', async () => {
    const base = {
      requestingStateIso3: 'SEN',
      requestedStateIso3: 'FRA',
      kind: 'MUTUAL_LEGAL_ASSISTANCE',
      offence: 'money-laundering',
      legalBasis: 'CONVENTION',
      sentOn: '2007-03-12',
      caseRef: 'SN/PR/2007-0042',
    };
    const first = await t.gql(RECORD, { i: { ...base, reportedByStateIso3: 'SEN', outcome: 'PENDING' } });
    expect(first.errors).toBeUndefined();
    expect(first.data!.recordCooperationCase).toMatchObject({
      alreadyReported: false,
      case: { reportedByBoth: false },
    });
    // France reports the same request, quoting Senegal's reference written differently, with its outcome.
    const second = await t.gql(RECORD, {
      i: {
        ...base,
        caseRef: 'sn pr 2007 0042',
        reportedByStateIso3: 'FRA',
        outcome: 'EXECUTED',
        executedOn: '2007-06-20',
      },
    });
    expect(second.errors).toBeUndefined();
    expect(second.data!.recordCooperationCase).toMatchObject({
      alreadyReported: true,
      case: {
        id: first.data!.recordCooperationCase.case.id,
        reportedByBoth: true,
        outcome: 'EXECUTED',
        executedOn: '2007-06-20',
      },
    });
    // Senegal again: nothing more.
    const again = await t.gql(RECORD, { i: { ...base, reportedByStateIso3: 'SEN', outcome: 'PENDING' } });
    expect(again.data!.recordCooperationCase).toMatchObject({ alreadyReported: true, case: { outcome: 'EXECUTED' } });
    const rows = await stats(['REQUESTING_STATE', 'REQUESTED_STATE'], { stateIso3: 'SEN' });
    expect(rows).toEqual([
      expect.objectContaining({
        requestingStateIso3: 'SEN',
        requestedStateIso3: 'FRA',
        requests: 1,
        medianDaysToExecute: 100,
      }),
    ]);
  });

  it('refuses incoherent cases on their field, and lets a field office report only for its States', async () => {
    const ok = {
      requestingStateIso3: 'MLI',
      requestedStateIso3: 'FRA',
      reportedByStateIso3: 'MLI',
      kind: 'EXTRADITION',
      offence: 'drug-trafficking',
      legalBasis: 'BILATERAL_TREATY',
      outcome: 'REFUSED',
      refusalGround: 'NATIONALITY',
      sentOn: '2008-02-01',
      caseRef: 'ML-EXT-2008-7',
    };
    const refused = async (i: Record<string, unknown>, who: 'secretariat' | 'dakar' | 'bangkok' = 'secretariat') =>
      (await t.as(who)(RECORD, { i })).errors![0].extensions;
    expect(await refused({ ...ok, requestedStateIso3: 'MLI' })).toMatchObject({
      reason: 'SAME_STATE',
      field: 'input.requestedStateIso3',
    });
    expect(await refused({ ...ok, outcome: 'EXECUTED', refusalGround: 'NATIONALITY' })).toMatchObject({
      reason: 'REFUSAL_GROUND_MISMATCH',
    });
    expect(await refused({ ...ok, outcome: 'EXECUTED', refusalGround: null, executedOn: '2008-01-01' })).toMatchObject({
      reason: 'EXECUTED_BEFORE_SENT',
      field: 'input.executedOn',
    });
    expect(await refused({ ...ok, reportedByStateIso3: 'USA' })).toMatchObject({ reason: 'REPORTER_NOT_PARTY' });
    expect(await refused({ ...ok, offence: 'jaywalking' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await refused({ ...ok, requestingStateIso3: 'XXX', reportedByStateIso3: 'FRA' })).toMatchObject({
      reason: 'UNKNOWN_REFERENCE',
      field: 'input.requestingStateIso3',
    });
    expect(await refused(ok, 'bangkok')).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
    const dakar = await t.as('dakar')(RECORD, { i: ok });
    expect(dakar.errors).toBeUndefined();
    // The field office reads its States' cases; Bangkok does not see them; a donor reads none one by one.
    const cases = (who: 'dakar' | 'bangkok') =>
      t.as(who)(`{ cooperationCases(filter: { stateIso3: "MLI" }) { totalCount nodes { caseRef } } }`);
    expect((await cases('dakar')).data!.cooperationCases.nodes).toEqual([{ caseRef: 'ML-EXT-2008-7' }]);
    expect((await cases('bangkok')).data!.cooperationCases.totalCount).toBe(0);
    expect((await t.as('donor')(`{ cooperationCases { totalCount } }`)).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
    });
  });

  it('never shows a group small enough to name a case to whoever may not read its cases', async () => {
    const secretariat = await stats(['REQUESTING_STATE', 'REQUESTED_STATE', 'YEAR']);
    expect(secretariat.some((r) => r.requests < 3)).toBe(true);
    for (const who of ['donor', 'viewer'] as const) {
      const rows = await stats(['REQUESTING_STATE', 'REQUESTED_STATE', 'YEAR'], {}, who);
      expect(rows.every((r) => r.requests >= 3)).toBe(true);
    }
    // A field office reads single cases of its own States only (Dakar covers Senegal and Mali, not France alone).
    const dakar = async (f: Record<string, unknown>) => {
      const res = await t.as('dakar')(STATS, { g: ['REQUESTING_STATE', 'REQUESTED_STATE', 'YEAR'], f });
      expect(res.errors).toBeUndefined();
      return res.data!.cooperationStatistics as Row[];
    };
    expect((await dakar({ stateIso3: 'SEN' })).some((r) => r.requests < 3)).toBe(true);
    expect((await dakar({})).every((r) => r.requests >= 3)).toBe(true);
    expect((await dakar({ stateIso3: 'FRA' })).every((r) => r.requests >= 3)).toBe(true);
  });

  it('lets the requested State bring its own outcome up to date; a median of one case is not shown to a donor', async () => {
    const input = {
      requestingStateIso3: 'USA',
      requestedStateIso3: 'MEX',
      reportedByStateIso3: 'MEX',
      kind: 'EXTRADITION',
      offence: 'drug-trafficking',
      legalBasis: 'BILATERAL_TREATY',
      sentOn: '2008-04-02',
      caseRef: 'US-EXT-2008-19',
    };
    const pending = await t.gql(RECORD, { i: { ...input, outcome: 'PENDING' } });
    expect(pending.data!.recordCooperationCase).toMatchObject({ alreadyReported: false, case: { outcome: 'PENDING' } });
    const executed = await t.gql(RECORD, { i: { ...input, outcome: 'EXECUTED', executedOn: '2008-09-30' } });
    expect(executed.data!.recordCooperationCase).toMatchObject({
      alreadyReported: true,
      case: { outcome: 'EXECUTED', executedOn: '2008-09-30', reportedByBoth: false },
    });
    // The requesting State reporting it again changes nothing of the outcome.
    const usa = await t.gql(RECORD, { i: { ...input, reportedByStateIso3: 'USA', outcome: 'PENDING' } });
    expect(usa.data!.recordCooperationCase).toMatchObject({ case: { outcome: 'EXECUTED', reportedByBoth: true } });
    const mine = await stats(['REQUESTED_STATE'], { stateIso3: 'MEX' });
    expect(mine[0]).toMatchObject({ requests: 1, medianDaysToExecute: 181 });
    await t.dataSource.query(
      `INSERT INTO cooperation_case (match_key, requesting_state_iso3, requested_state_iso3, reported_by_state_iso3, kind,
         offence, legal_basis, outcome, sent_on, case_ref)
       SELECT 'median-test-' || n, 'USA', 'MEX', 'MEX', 'EXTRADITION', 'drug-trafficking', 'BILATERAL_TREATY', 'PENDING',
              '2008-05-01', 'M-' || n FROM generate_series(1, 3) n`,
    );
    const donor = await stats(['REQUESTED_STATE'], { stateIso3: 'MEX' }, 'donor');
    expect(donor[0]).toMatchObject({ requests: 4, medianDaysToExecute: null });
  });

  it('aggregates equal the sum of their cases, for generated cases and every grouping (property)', async () => {
    await t.dataSource.query(`DELETE FROM cooperation_case`);
    const states = ['SEN', 'FRA', 'MLI', 'COL', 'ESP', 'USA', 'MEX', 'JPN'];
    const caseArb = fc
      .record({
        from: fc.constantFrom(...states),
        to: fc.constantFrom(...states),
        offence: fc.constantFrom(...COOPERATION_OFFENCES),
        legalBasis: fc.constantFrom(...LEGAL_BASES),
        outcome: fc.constantFrom(...COOPERATION_OUTCOMES),
        year: fc.integer({ min: 2005, max: 2008 }),
        day: fc.integer({ min: 0, max: 300 }),
        took: fc.integer({ min: 0, max: 400 }),
        ref: fc.integer({ min: 1, max: 40 }),
        twice: fc.boolean(),
      })
      .filter((c) => c.from !== c.to);
    const sample = fc.sample(caseArb, { seed: 41, numRuns: 120 });
    const expected = new Map<string, { c: (typeof sample)[number]; sentOn: string; days: number | null }>();
    for (const c of sample) {
      const sent = new Date(Date.UTC(c.year, 0, 1 + c.day));
      const sentOn = sent.toISOString().slice(0, 10);
      const executed = c.outcome === 'EXECUTED' || c.outcome === 'PARTLY_EXECUTED';
      const executedOn = executed ? new Date(sent.getTime() + c.took * 86_400_000).toISOString().slice(0, 10) : null;
      const input = {
        requestingStateIso3: c.from,
        requestedStateIso3: c.to,
        reportedByStateIso3: c.to,
        kind: 'MUTUAL_LEGAL_ASSISTANCE',
        offence: c.offence,
        legalBasis: c.legalBasis,
        outcome: c.outcome,
        executedOn,
        refusalGround: null,
        sentOn,
        caseRef: `P-${c.ref}`,
      };
      const res = await t.gql(RECORD, { i: input });
      expect(res.errors).toBeUndefined();
      if (c.twice) {
        // The requesting State reports it too: still one request.
        const other = await t.gql(RECORD, {
          i: { ...input, reportedByStateIso3: c.from, outcome: 'PENDING', executedOn: null },
        });
        expect(other.data!.recordCooperationCase.alreadyReported).toBe(true);
      }
      const key = [c.from, c.to, sentOn, c.ref].join('|');
      if (!expected.has(key)) expected.set(key, { c, sentOn, days: executed ? c.took : null });
    }
    const cases = [...expected.values()];
    const total = (await stats([]))[0];
    expect(total.requests).toBe(cases.length);
    expect(total.refusals).toBe(cases.filter((e) => e.c.outcome === 'REFUSED').length);
    const dims = ['YEAR', 'REQUESTING_STATE', 'REQUESTED_STATE', 'OFFENCE', 'LEGAL_BASIS', 'OUTCOME'] as const;
    const field = {
      YEAR: 'year',
      REQUESTING_STATE: 'requestingStateIso3',
      REQUESTED_STATE: 'requestedStateIso3',
      OFFENCE: 'offence',
      LEGAL_BASIS: 'legalBasis',
      OUTCOME: 'outcome',
    } as const;
    const valueOf = (e: (typeof cases)[number], d: (typeof dims)[number]) =>
      ({
        YEAR: Number(e.sentOn.slice(0, 4)),
        REQUESTING_STATE: e.c.from,
        REQUESTED_STATE: e.c.to,
        OFFENCE: e.c.offence,
        LEGAL_BASIS: e.c.legalBasis,
        OUTCOME: e.c.outcome,
      })[d];
    const median = (xs: number[]) => {
      if (!xs.length) return null;
      const s = [...xs].sort((a, b) => a - b);
      const m = Math.floor(s.length / 2);
      return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
    };
    for (const pair of fc.sample(fc.subarray([...dims], { minLength: 1, maxLength: 3 }), { seed: 7, numRuns: 12 })) {
      const rows = await stats([...pair]);
      expect(rows.reduce((n, r) => n + r.requests, 0)).toBe(cases.length);
      for (const r of rows) {
        const mine = cases.filter((e) => pair.every((d) => valueOf(e, d) === r[field[d]]));
        expect(r.requests).toBe(mine.length);
        expect(r.refusals).toBe(mine.filter((e) => e.c.outcome === 'REFUSED').length);
        expect(r.medianDaysToExecute).toBe(median(mine.flatMap((e) => (e.days === null ? [] : [e.days]))));
      }
    }
  });
});
