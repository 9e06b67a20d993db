import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const ACTIVITY_RESULTS = `query($id: ID!) { activity(id: $id) { id code results { id type title version indicators {
  id title unit baseline target measure illustrative version actuals { year value source sourceRefs computed } } } } }`;
const DEFINE_RESULT = `mutation($input: DefineResultInput!) { defineResult(input: $input) { id type title version } }`;
const DEFINE_INDICATOR = `mutation($input: DefineIndicatorInput!) { defineIndicator(input: $input) {
  id title unit baseline target measure illustrative version actuals { year value source sourceRefs computed } } }`;
const RECORD_ACTUAL = `mutation($input: RecordIndicatorActualInput!) { recordIndicatorActual(input: $input) {
  id version actuals { year value source sourceRefs computed } } }`;
const RECORD_OUTCOME = `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`;

interface Indicator {
  id: string;
  title: string;
  measure: string | null;
  illustrative: boolean;
  version: number;
  actuals: Array<{ year: number; value: string; source: string; sourceRefs: string[]; computed: boolean }>;
}

describe('the results framework (issue 13, part 1)', () => {
  let t: TestApp;
  let workshopsActivity: string;
  let dakar: string;
  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  async function indicatorsOf(activityId: string, who: Parameters<TestApp['as']>[0] = 'secretariat') {
    const res = await t.as(who)(ACTIVITY_RESULTS, { id: activityId });
    expect(res.errors).toBeUndefined();
    return res.data!.activity.results as Array<{ type: string; title: string; indicators: Indicator[] }>;
  }

  beforeAll(async () => {
    t = await bootApp({ demo: true });
    dakar = (
      await t.dataSource.query(`SELECT id, activity_id FROM workshop WHERE external_ref = 'demo:workshop:fn17-dakar'`)
    )[0].id;
    workshopsActivity = (await t.dataSource.query(`SELECT activity_id FROM workshop WHERE id = $1`, [dakar]))[0]
      .activity_id;
  });
  afterAll(() => t.close());

  it('gives the Dakar indicators from the workshop’s recorded outcome (para. 9: 20 checklists, 6 States updated), not illustrative', async () => {
    const [result] = await indicatorsOf(workshopsActivity);
    expect(result).toMatchObject({ type: 'OUTPUT' });
    const [checklists, updated] = result!.indicators;
    expect(checklists).toMatchObject({ measure: 'CHECKLISTS_COMPLETED', illustrative: false });
    expect(checklists!.actuals).toEqual([
      { year: 2008, value: '20.00', source: 'WORKSHOP_OUTCOME', sourceRefs: [dakar], computed: true },
    ]);
    expect(updated).toMatchObject({ measure: 'STATES_UPDATED', illustrative: false });
    expect(updated!.actuals).toEqual([
      { year: 2008, value: '6.00', source: 'WORKSHOP_OUTCOME', sourceRefs: [dakar], computed: true },
    ]);
    // Computed, not copied: no actual of them is stored.
    const stored = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM indicator_actual WHERE indicator_id = ANY ($1)`,
      [[checklists!.id, updated!.id]],
    );
    expect(stored[0].n).toBe(0);
  });

  it('marks the other demo indicators illustrative, with their recorded actuals and sources', async () => {
    const id = (
      await t.dataSource.query(
        `SELECT id FROM activity WHERE section = 'II.B.1' AND title ILIKE '%reporting%' ORDER BY code LIMIT 1`,
      )
    )[0].id;
    const results = await indicatorsOf(id, 'donor');
    expect(results.map((r) => r.type)).toEqual(['OUTPUT', 'OUTCOME']);
    const all = results.flatMap((r) => r.indicators);
    expect(all.every((i) => i.illustrative)).toBe(true);
    const rate = all.find((i) => i.title.includes('answered'))!;
    expect(rate.actuals).toEqual([
      {
        year: 2009,
        value: '52.50',
        source: 'REPORT',
        sourceRefs: ['Illustrative: report to the Conference, 2010'],
        computed: false,
      },
    ]);
  });

  it('updates the indicators an outcome feeds when an outcome is recorded (again, or for another workshop)', async () => {
    // The Dakar outcome recorded again, with other figures.
    const again = await t.as('dakar')(RECORD_OUTCOME, {
      id: dakar,
      input: { checklistsCompleted: 21, statesUpdated: 7, conclusions: 'Recounted.', followUps: [] },
    });
    expect(again.errors).toBeUndefined();
    let [checklists, updated] = (await indicatorsOf(workshopsActivity))[0]!.indicators;
    expect(checklists!.actuals[0]).toMatchObject({ year: 2008, value: '21.00' });
    expect(updated!.actuals[0]).toMatchObject({ year: 2008, value: '7.00' });

    // Another workshop of the same activity in 2008 with an outcome: its count adds to the year's actual.
    const other = (
      await t.dataSource.query(
        `SELECT w.id FROM workshop w WHERE w.activity_id = $1 AND w.id <> $2 AND extract(year FROM w.ends_on) = 2008
          ORDER BY w.starts_on LIMIT 1`,
        [workshopsActivity, dakar],
      )
    )[0].id;
    const recorded = await t.as('secretariat')(RECORD_OUTCOME, {
      id: other,
      input: { checklistsCompleted: 5, conclusions: 'Five checklists.', followUps: [] },
    });
    expect(recorded.errors).toBeUndefined();
    [checklists, updated] = (await indicatorsOf(workshopsActivity))[0]!.indicators;
    expect(checklists!.actuals[0]).toMatchObject({ year: 2008, value: '26.00', computed: true });
    expect(checklists!.actuals[0]!.sourceRefs).toEqual(expect.arrayContaining([dakar, other]));
    // That outcome counted no States updated: the indicator is still Dakar's alone.
    expect(updated!.actuals[0]).toMatchObject({ value: '7.00', sourceRefs: [dakar] });
  });

  it('lets the secretariat define a result and indicators, record an actual, and change them at the version read', async () => {
    const result = await t.gql(DEFINE_RESULT, {
      input: { activityId: workshopsActivity, type: 'OUTCOME', title: 'Central authorities cooperate faster' },
    });
    expect(result.errors).toBeUndefined();
    const r = result.data!.defineResult;
    const ind = await t.gql(DEFINE_INDICATOR, {
      input: {
        resultId: r.id,
        title: 'Requests answered within 3 months',
        unit: 'PERCENTAGE',
        baseline: '20',
        target: '60',
      },
    });
    expect(ind.errors).toBeUndefined();
    const i = ind.data!.defineIndicator;
    expect(i).toMatchObject({
      unit: 'PERCENTAGE',
      baseline: '20.00',
      target: '60.00',
      illustrative: false,
      version: 1,
    });

    const actual = await t.gql(RECORD_ACTUAL, {
      input: {
        indicatorId: i.id,
        expectedVersion: 1,
        year: 2009,
        value: '35',
        source: 'STATE_UPDATE',
        sourceRef: 'Note verbale of Senegal',
      },
    });
    expect(actual.errors).toBeUndefined();
    expect(actual.data!.recordIndicatorActual).toMatchObject({
      version: 2,
      actuals: [
        {
          year: 2009,
          value: '35.00',
          source: 'STATE_UPDATE',
          sourceRefs: ['Note verbale of Senegal'],
          computed: false,
        },
      ],
    });

    // A stale version is refused and changes nothing.
    const before = await count('indicator_actual');
    const late = await t.gql(RECORD_ACTUAL, {
      input: { indicatorId: i.id, expectedVersion: 1, year: 2010, value: '40', source: 'REPORT', sourceRef: 'x' },
    });
    expect(late.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await count('indicator_actual')).toBe(before);

    const renamed = await t.gql(DEFINE_RESULT, {
      input: { id: r.id, expectedVersion: 1, type: 'OUTCOME', title: 'Central authorities answer faster' },
    });
    expect(renamed.data!.defineResult).toMatchObject({ title: 'Central authorities answer faster', version: 2 });
    const stale = await t.gql(DEFINE_RESULT, { input: { id: r.id, expectedVersion: 1, type: 'OUTPUT', title: 'x' } });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });

    const audit = await t.dataSource.query(
      `SELECT entity_type, action FROM audit_entry WHERE entity_id = ANY ($1::text[]) ORDER BY id`,
      [[r.id, i.id]],
    );
    expect(audit.map((a: { entity_type: string; action: string }) => `${a.entity_type}:${a.action}`)).toEqual([
      'activity_result:CREATED',
      'result_indicator:CREATED',
      'result_indicator:UPDATED',
      'activity_result:UPDATED',
    ]);
  });

  it('records an actual once per idempotency key: a retry after a lost answer gets the first answer, not CONFLICT', async () => {
    const r = (
      await t.gql(DEFINE_RESULT, { input: { activityId: workshopsActivity, type: 'OUTPUT', title: 'Keyed actuals' } })
    ).data!.defineResult;
    const i = (await t.gql(DEFINE_INDICATOR, { input: { resultId: r.id, title: 'Laws drafted', unit: 'NUMBER' } }))
      .data!.defineIndicator;
    const updates = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATED'`,
          [i.id],
        )
      )[0].n as number;
    const input = {
      indicatorId: i.id,
      expectedVersion: i.version,
      year: 2009,
      value: '3',
      source: 'REPORT',
      sourceRef: 'A/HRC/1',
      idempotencyKey: `actual-key-${i.id}`,
    };
    const rows = await count('indicator_actual');
    const first = await t.gql(RECORD_ACTUAL, { input });
    expect(first.errors).toBeUndefined();
    // The answer was lost: the same submission again, at the version read before it, and twice at once.
    const again = await t.gql(RECORD_ACTUAL, { input });
    expect(again.errors).toBeUndefined();
    expect(again.data!.recordIndicatorActual).toEqual(first.data!.recordIndicatorActual);
    const [x, y] = await Promise.all([t.gql(RECORD_ACTUAL, { input }), t.gql(RECORD_ACTUAL, { input })]);
    expect([x.errors, y.errors]).toEqual([undefined, undefined]);
    expect(first.data!.recordIndicatorActual).toMatchObject({
      version: i.version + 1,
      actuals: [{ year: 2009, value: '3.00', source: 'REPORT', sourceRefs: ['A/HRC/1'], computed: false }],
    });
    expect(await count('indicator_actual')).toBe(rows + 1);
    expect(await updates()).toBe(1);

    // The key with other content is refused, changing nothing; without a key the stale version is CONFLICT as before.
    const other = await t.gql(RECORD_ACTUAL, { input: { ...input, value: '4' } });
    expect(other.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const { idempotencyKey: _key, ...keyless } = input;
    const stale = await t.gql(RECORD_ACTUAL, { input: keyless });
    expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    expect(await count('indicator_actual')).toBe(rows + 1);
    expect(await updates()).toBe(1);
  });

  it('refuses bad values naming the field (BAD_USER_INPUT), and changes nothing', async () => {
    const r = (
      await t.gql(DEFINE_RESULT, { input: { activityId: workshopsActivity, type: 'OUTPUT', title: 'Guides printed' } })
    ).data!.defineResult;
    const before = await count('result_indicator');
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ unit: 'PERCENTAGE', target: '120' }, 'target'],
      [{ unit: 'YES_NO', baseline: '2' }, 'baseline'],
      [{ unit: 'NUMBER', target: '-1' }, 'target'],
      [{ unit: 'NUMBER', target: '1.234' }, 'target'],
      [{ unit: 'PERCENTAGE', measure: 'PARTICIPANTS' }, 'measure'],
      [{ unit: 'NUMBER', title: '   ' }, 'title'],
    ];
    for (const [input, field] of cases) {
      const res = await t.gql(DEFINE_INDICATOR, { input: { resultId: r.id, title: 'Guides', ...input } });
      expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count('result_indicator')).toBe(before);

    const [checklists] = (await indicatorsOf(workshopsActivity))[0]!.indicators;
    const bound = await t.gql(RECORD_ACTUAL, {
      input: {
        indicatorId: checklists!.id,
        expectedVersion: checklists!.version,
        year: 2009,
        value: '3',
        source: 'REPORT',
        sourceRef: 'r',
      },
    });
    expect(bound.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'indicatorId' });

    // Binding an indicator with actuals typed in by hand would hide them (@ta/domain measureBindingProblem).
    const handled = (
      await t.gql(DEFINE_INDICATOR, { input: { resultId: r.id, title: 'Guides handed out', unit: 'NUMBER' } })
    ).data!.defineIndicator as Indicator;
    const typed = await t.gql(RECORD_ACTUAL, {
      input: { indicatorId: handled.id, expectedVersion: 1, year: 2009, value: '4', source: 'REPORT', sourceRef: 'r' },
    });
    expect(typed.data!.recordIndicatorActual).toMatchObject({ version: 2 });
    const rebind = await t.gql(DEFINE_INDICATOR, {
      input: {
        id: handled.id,
        expectedVersion: 2,
        title: 'Guides handed out',
        unit: 'NUMBER',
        measure: 'PARTICIPANTS',
      },
    });
    expect(rebind.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'measure' });
    expect(rebind.errors![0].message).toMatch(/recorded by hand/);
    const [kept] = await t.dataSource.query(`SELECT measure, version FROM result_indicator WHERE id = $1`, [
      handled.id,
    ]);
    expect(kept).toEqual({ measure: null, version: 2 });

    const unknown = await t.gql(DEFINE_RESULT, {
      input: { activityId: '00000000-0000-4000-8000-000000000000', type: 'OUTPUT', title: 'x' },
    });
    expect(unknown.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'activityId' });
  });

  it('refuses a new unit once actuals are recorded against the indicator (UNIT_HAS_ACTUALS), and changes nothing', async () => {
    const r = (
      await t.gql(DEFINE_RESULT, {
        input: { activityId: workshopsActivity, type: 'OUTPUT', title: 'Officers trained' },
      })
    ).data!.defineResult;
    const define = (input: Record<string, unknown>) =>
      t.gql(DEFINE_INDICATOR, { input: { title: 'Officers trained', ...input } });
    // Without actuals the unit may change.
    const counted = (await define({ resultId: r.id, unit: 'NUMBER', target: '40' })).data!.defineIndicator;
    const changed = await define({
      id: counted.id,
      expectedVersion: counted.version,
      unit: 'PERCENTAGE',
      target: '40',
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.defineIndicator).toMatchObject({ unit: 'PERCENTAGE', version: counted.version + 1 });

    const recorded = await t.gql(RECORD_ACTUAL, {
      input: {
        indicatorId: counted.id,
        expectedVersion: counted.version + 1,
        year: 2009,
        value: '12',
        source: 'REPORT',
        sourceRef: 'Mission report',
      },
    });
    expect(recorded.errors).toBeUndefined();
    const version = recorded.data!.recordIndicatorActual.version as number;
    const row = () =>
      t.dataSource.query(`SELECT unit, target::text, version FROM result_indicator WHERE id = $1`, [counted.id]);
    const before = await row();
    const refused = await define({ id: counted.id, expectedVersion: version, unit: 'NUMBER', target: '40' });
    expect(refused.data).toBeNull();
    expect(refused.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNIT_HAS_ACTUALS',
      field: 'unit',
      unit: 'PERCENTAGE',
    });
    expect(await row()).toEqual(before);
    // The rest of it may still change, at the same unit.
    const retargeted = await define({ id: counted.id, expectedVersion: version, unit: 'PERCENTAGE', target: '50' });
    expect(retargeted.data!.defineIndicator).toMatchObject({ unit: 'PERCENTAGE', target: '50.00' });
  });

  it('lets only the planners change results; everybody who reads the activity reads them', async () => {
    for (const who of ['dakar', 'viewer', 'donor'] as const) {
      const res = await t.as(who)(DEFINE_RESULT, {
        input: { activityId: workshopsActivity, type: 'OUTPUT', title: 'Not mine to add' },
      });
      expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      expect((await indicatorsOf(workshopsActivity, who)).length).toBeGreaterThan(0);
    }
    const anonymous = await t.as('anonymous')(ACTIVITY_RESULTS, { id: workshopsActivity });
    expect(anonymous.errors![0].extensions).toMatchObject({ code: 'UNAUTHENTICATED' });
  });

  it('loads results, indicators and actuals of a page of activities in a fixed number of queries', async () => {
    const page = (first: number) =>
      t.countQueries(() =>
        t.gql(
          `query($first: Int) { activities(first: $first) { nodes { id spent results { title indicators {
          title actuals { year value } } } } } }`,
          { first },
        ),
      );
    const small = await page(5);
    const large = await page(60);
    expect(large.result.errors).toBeUndefined();
    expect(large.queries).toBe(small.queries);
  });
});
