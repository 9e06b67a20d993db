import { ASSIGNABLE_ACTIVITY_STATUSES, ASSIGNABLE_DELIVERY_STATUSES } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version code status } }`;
const COSTS = `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version totalCost costsByYear { year amount } costs { year category basis amount } } }`;
const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`;
const MOVE = `mutation($id: ID!, $to: RequestStatus!, $v: Int!) { transitionAssistanceRequest(id: $id, to: $to, expectedVersion: $v) { id version status } }`;

describe('activities, costs and the requests they answer', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function activity(extra: Record<string, unknown> = {}) {
    n += 1;
    const res = await t.gql(CREATE, {
      input: { code: `T-${n}`, title: `Test activity ${n}`, priorityAreaCode: 'C', activityType: 'WORKSHOP', ...extra },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createActivity as { id: string; version: number };
  }
  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;

  it('creates an activity as PROPOSED and refuses bad input, naming the field and changing nothing', async () => {
    const a = await activity({
      subAreaCode: 'C.b',
      beneficiaryStates: ['NPL', 'BGD'],
      startsOn: '2009-03-01',
      endsOn: '2009-03-03',
    });
    expect(a).toMatchObject({ status: 'PROPOSED', version: 1 });
    const before = await count('activity');
    for (const [input, field] of [
      [{ code: 'T-1' }, 'code'],
      [{ subAreaCode: 'B.a' }, 'subAreaCode'],
      [{ beneficiaryStates: ['XYZ'] }, 'beneficiaryStates'],
      [{ startsOn: '2012-01-01' }, 'startsOn'],
      [{ startsOn: '2010-05-01', endsOn: '2010-04-01' }, 'endsOn'],
      [{ priorityAreaCode: 'Z' }, 'priorityAreaCode'],
    ] as const) {
      n += 1;
      const res = await t.gql(CREATE, {
        input: { code: `X-${n}`, title: 'Bad activity', priorityAreaCode: 'C', activityType: 'WORKSHOP', ...input },
      });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
    }
    expect(await count('activity')).toBe(before);
  });

  it('keeps costs exact to the cent, per year and in all, with revisions replacing original lines', async () => {
    const a = await activity();
    const original = await t.gql(COSTS, {
      input: {
        activityId: a.id,
        expectedVersion: 1,
        basis: 'ORIGINAL',
        rateDate: '2008-08-22',
        lines: [
          { year: 2009, category: 'TRAVEL', amount: '0.10' },
          { year: 2009, category: 'MEETINGS', amount: '0.20' },
          { year: 2010, category: 'STAFF', amount: '1000000.05' },
        ],
      },
    });
    expect(original.errors).toBeUndefined();
    // 0.1 + 0.2 is 0.30000000000000004 in floating point; here it is 0.30.
    expect(original.data!.setCostLines.costsByYear).toEqual([
      { year: 2009, amount: '0.30' },
      { year: 2010, amount: '1000000.05' },
    ]);
    expect(original.data!.setCostLines.totalCost).toBe('1000000.35');
    const revised = await t.gql(COSTS, {
      input: {
        activityId: a.id,
        expectedVersion: 2,
        basis: 'REVISED',
        rateDate: '2009-01-15',
        lines: [{ year: 2010, category: 'STAFF', amount: '900000.00' }],
      },
    });
    expect(revised.data!.setCostLines.totalCost).toBe('900000.30');
    expect(revised.data!.setCostLines.costs).toHaveLength(4);
  });

  it('refuses cost lines outside the plan, twice the same, or on a stale version, and changes nothing', async () => {
    const a = await activity();
    const before = await count('cost_line');
    const bad = async (lines: unknown[], expectedVersion = 1) =>
      (
        await t.gql(COSTS, {
          input: { activityId: a.id, expectedVersion, basis: 'ORIGINAL', rateDate: '2008-08-22', lines },
        })
      ).errors![0];
    expect((await bad([{ year: 2012, category: 'TRAVEL', amount: '1.00' }])).message).toMatch(
      /not a year of the plan \(2009, 2010, 2011\)/,
    );
    expect(
      (
        await bad([
          { year: 2009, category: 'TRAVEL', amount: '1.00' },
          { year: 2009, category: 'TRAVEL', amount: '2.00' },
        ])
      ).message,
    ).toMatch(/given twice/);
    expect((await bad([{ year: 2009, category: 'TRAVEL', amount: '1.005' }])).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await bad([{ year: 2009, category: 'TRAVEL', amount: '-5.00' }])).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    expect((await bad([{ year: 2009, category: 'TRAVEL', amount: '5.00' }], 9)).extensions).toMatchObject({
      code: 'CONFLICT',
    });
    expect(await count('cost_line')).toBe(before);
  });

  it('edits an activity at the version read: only what is sent changes; the kernel limits, dates and a stale version are refused and change nothing', async () => {
    const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, expectedVersion: $v, input: $input) {
      version title description startsOn endsOn partners beneficiaryRegions beneficiaryAreas { code } beneficiaryStates { iso3 } } }`;
    const a = await activity({
      description: 'Three days.',
      partners: ['UNDP'],
      beneficiaryStates: ['KEN'],
      startsOn: '2010-03-05',
    });
    const changed = await t.gql(UPDATE, {
      id: a.id,
      v: a.version,
      input: { title: 'Edited activity', beneficiaryAreas: ['014'], beneficiaryRegions: ['Eastern Africa'] },
    });
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateActivity).toEqual({
      version: a.version + 1,
      title: 'Edited activity',
      description: 'Three days.',
      startsOn: '2010-03-05',
      endsOn: null,
      partners: ['UNDP'],
      beneficiaryRegions: ['Eastern Africa'],
      beneficiaryAreas: [{ code: '014' }],
      beneficiaryStates: [{ iso3: 'KEN' }],
    });
    const rowBefore = await t.dataSource.query(`SELECT title, version FROM activity WHERE id = $1`, [a.id]);
    for (const [input, field, v] of [
      [{ title: 'ab' }, 'title', a.version + 1],
      [{ partners: Array.from({ length: 21 }, (_, i) => `Partner ${i}`) }, 'partners', a.version + 1],
      [{ beneficiaryRegions: ['x'.repeat(101)] }, 'beneficiaryRegions', a.version + 1],
      [{ endsOn: '2010-03-01' }, 'endsOn', a.version + 1],
      [{ title: 'Stale edit' }, 'expectedVersion', a.version],
    ] as const) {
      const res = await t.gql(UPDATE, { id: a.id, v, input });
      expect(res.errors![0].extensions).toMatchObject({
        code: field === 'expectedVersion' ? 'CONFLICT' : 'BAD_USER_INPUT',
        field,
      });
    }
    expect(await t.dataSource.query(`SELECT title, version FROM activity WHERE id = $1`, [a.id])).toEqual(rowBefore);
  });

  it('moves activities through their workflow; cancelling needs a reason, reopening goes back where it was', async () => {
    const a = await activity();
    const move = (to: string, v: number, reason?: string) =>
      t.gql(
        `mutation($id: ID!, $to: ActivityStatus!, $v: Int!, $r: String) { transitionActivity(id: $id, to: $to, expectedVersion: $v, reason: $r) { status version history { from to reason } } }`,
        {
          id: a.id,
          to,
          v,
          r: reason,
        },
      );
    expect((await move('FUNDED', 1)).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    expect((await move('ENDORSED', 1)).data!.transitionActivity).toMatchObject({ status: 'ENDORSED', version: 2 });
    expect((await move('CANCELLED', 2)).errors![0].extensions).toMatchObject({ field: 'reason' });
    const cancelled = (await move('CANCELLED', 2, 'Donor withdrew')).data!.transitionActivity;
    expect(cancelled.history.map((h: { to: string }) => h.to)).toEqual(['PROPOSED', 'ENDORSED', 'CANCELLED']);
    // A cancelled activity only goes back (reopened) to where it was cancelled from.
    expect((await move('PROPOSED', 3, 'Back')).errors![0].message).toMatch(
      /can move only to ENDORSED, not to PROPOSED/,
    );
  });

  it('linking an accepted request plans it (with history); a State’s unanswered needs are one query away', async () => {
    const a = await activity();
    const input = {
      stateIso3: 'NPL',
      kind: 'TRAINING',
      topics: ['extradition'],
      priorityAreaCode: 'C',
      receivedOn: '2008-09-01',
      channel: 'letter',
      description: 'Training on extradition',
    };
    let accepted = (await t.gql(LOG, { input })).data!.logAssistanceRequest;
    accepted = (await t.gql(MOVE, { id: accepted.id, to: 'UNDER_REVIEW', v: 1 })).data!.transitionAssistanceRequest;
    accepted = (await t.gql(MOVE, { id: accepted.id, to: 'ACCEPTED', v: 2 })).data!.transitionAssistanceRequest;
    const received = (await t.gql(LOG, { input: { ...input, topics: ['confiscation'] } })).data!.logAssistanceRequest;
    const unanswered = async () =>
      (await t.gql(`{ stateProfile(iso3: "NPL") { unansweredNeeds { id } } }`))
        .data!.stateProfile.unansweredNeeds.map((r: { id: string }) => r.id)
        .sort();
    expect(await unanswered()).toEqual([accepted.id, received.id].sort());

    const res = await t.gql(
      `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { requests { id status activities { id } history { to reason } } } }`,
      {
        a: a.id,
        r: [accepted.id, received.id],
      },
    );
    expect(res.errors).toBeUndefined();
    const linked = res.data!.linkRequestsToActivity.requests;
    const byId = Object.fromEntries(linked.map((r: { id: string }) => [r.id, r]));
    expect(byId[accepted.id].status).toBe('PLANNED');
    expect(byId[accepted.id].history.at(-1)).toEqual({
      to: 'PLANNED',
      reason: expect.stringMatching(/^Answered by activity T-/),
    });
    expect(byId[received.id].status).toBe('RECEIVED');
    expect(byId[accepted.id].activities).toEqual([{ id: a.id }]);
    expect(await unanswered()).toEqual([]);
    // Linking again changes nothing.
    await t.gql(`mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`, {
      a: a.id,
      r: [accepted.id],
    });
    const [{ n: links }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM activity_request WHERE activity_id = $1`,
      [a.id],
    );
    expect(links).toBe(2);
    const filtered = await t.gql(
      `{ assistanceRequests(filter: { stateIso3: ["NPL"], answered: false }) { totalCount } }`,
    );
    expect(filtered.data!.assistanceRequests.totalCount).toBe(0);
  });
});

describe('workshops, outcomes and follow-up needs', () => {
  let t: TestApp;
  let workshopId: string;
  beforeAll(async () => {
    t = await bootApp();
    const res = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id status } }`, {
      input: {
        title: 'National training on mutual legal assistance',
        kind: 'NATIONAL_TRAINING',
        startsOn: '2008-10-06',
        endsOn: '2008-10-08',
        city: 'Bamako',
        countryIso3: 'MLI',
        organisers: ['UNODC'],
        languages: ['fr'],
      },
    });
    workshopId = res.data!.createWorkshop.id;
  });
  afterAll(() => t.close());

  const RECORD = `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) {
    status version participants { state { iso3 } participants women }
    outcome { checklistsCompleted statesUpdated casesProgressed conclusions recordedBy followUpRequests { state { iso3 } kind channel status priorityArea { code } receivedOn } } } }`;

  it('records an outcome: counts, who came (and women among them), and follow-ups that become requests', async () => {
    const res = await t.as('dakar')(RECORD, {
      id: workshopId,
      input: {
        checklistsCompleted: 3,
        statesUpdated: 1,
        casesProgressed: 2,
        conclusions: 'Central authorities agreed to exchange contact points.',
        participants: [
          { stateIso3: 'MLI', participants: 12, women: 5 },
          { stateIso3: 'NER', participants: 3, women: 1 },
        ],
        followUps: [{ stateIso3: 'NER', kind: 'FOLLOW_UP_TRAINING', topics: ['mutual-legal-assistance'] }],
      },
    });
    expect(res.errors).toBeUndefined();
    const w = res.data!.recordWorkshopOutcome;
    expect(w).toMatchObject({ status: 'HELD', version: 2 });
    expect(w.participants).toEqual([
      { state: { iso3: 'MLI' }, participants: 12, women: 5 },
      { state: { iso3: 'NER' }, participants: 3, women: 1 },
    ]);
    expect(w.outcome).toMatchObject({
      checklistsCompleted: 3,
      statesUpdated: 1,
      casesProgressed: 2,
      recordedBy: 'dakar@demo.local',
    });
    expect(w.outcome.followUpRequests).toEqual([
      {
        state: { iso3: 'NER' },
        kind: 'FOLLOW_UP_TRAINING',
        channel: 'workshop',
        status: 'RECEIVED',
        priorityArea: { code: 'C' },
        receivedOn: '2008-10-08',
      },
    ]);
    const asRequests = await t.gql(`query($w: ID!) { assistanceRequests(filter: { workshopId: $w }) { totalCount } }`, {
      w: workshopId,
    });
    expect(asRequests.data!.assistanceRequests.totalCount).toBe(1);
  });

  it('refuses a follow-up from a State that did not take part, more women than participants, and changes nothing', async () => {
    const before = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM assistance_request)::int AS r, (SELECT version FROM workshop WHERE id = $1) AS v`,
      [workshopId],
    );
    const notThere = await t.gql(RECORD, {
      id: workshopId,
      input: { conclusions: 'x', followUps: [{ stateIso3: 'KEN', kind: 'TRAINING', topics: ['cybercrime'] }] },
    });
    expect(notThere.errors![0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'followUps.0.stateIso3' },
    });
    expect(notThere.errors![0].message).toMatch(/did not take part/);
    const women = await t.gql(RECORD, {
      id: workshopId,
      input: { conclusions: 'x', participants: [{ stateIso3: 'MLI', participants: 2, women: 3 }], followUps: [] },
    });
    expect(women.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'participants.0.women' });
    const after = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM assistance_request)::int AS r, (SELECT version FROM workshop WHERE id = $1) AS v`,
      [workshopId],
    );
    expect(after).toEqual(before);
  });

  it('lets a field office raise follow-ups only for the States it covers', async () => {
    const before = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    const res = await t.as('dakar')(RECORD, {
      id: workshopId,
      input: {
        conclusions: 'x',
        participants: [{ stateIso3: 'MLI' }, { stateIso3: 'USA' }],
        followUps: [{ stateIso3: 'USA', kind: 'TRAINING', topics: ['cybercrime'] }],
      },
    });
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`)).toEqual(before);
  });

  it('lets only the office whose region held it record the outcome, and no outcome before it happens', async () => {
    const res = await t.as('bangkok')(RECORD, { id: workshopId, input: { conclusions: 'x', followUps: [] } });
    expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const future = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
      input: {
        title: 'Future workshop',
        kind: 'REGIONAL_WORKSHOP',
        // Next year: ahead of today, inside the plausible window of dates.
        startsOn: `${new Date().getUTCFullYear() + 1}-01-01`,
        endsOn: `${new Date().getUTCFullYear() + 1}-01-02`,
        city: 'Nairobi',
      },
    });
    const early = await t.gql(RECORD, {
      id: future.data!.createWorkshop.id,
      input: { conclusions: 'x', followUps: [] },
    });
    expect(early.errors![0].message).toMatch(/once it has taken place/);
  });
});

describe('the experts roster', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  beforeAll(async () => {
    t = await bootApp();
    for (const [key, input] of Object.entries({
      fr: {
        name: 'Amina Diallo',
        nationalityIso3: 'SEN',
        expertise: ['extradition', 'mutual-legal-assistance'],
        languages: ['fr', 'en'],
        legalSystem: 'CIVIL_LAW',
        gender: 'FEMALE',
      },
      en: {
        name: 'John Okafor',
        nationalityIso3: 'NGA',
        expertise: ['cybercrime'],
        languages: ['en'],
        legalSystem: 'COMMON_LAW',
        gender: 'MALE',
      },
      es: {
        name: 'Lucía Pérez',
        nationalityIso3: 'COL',
        expertise: ['extradition'],
        languages: ['es'],
        legalSystem: 'CIVIL_LAW',
        gender: 'FEMALE',
        advisoryGroup: true,
      },
    })) {
      const res = await t.gql(`mutation($input: CreateExpertInput!) { createExpert(input: $input) { id } }`, { input });
      ids[key] = res.data!.createExpert.id;
    }
  });
  afterAll(() => t.close());

  const find = async (filter: Record<string, unknown>) =>
    (
      (await t.gql(`query($f: ExpertFilter) { experts(filter: $f) { nodes { name } } }`, { f: filter })).data!.experts
        .nodes as Array<{ name: string }>
    ).map((e) => e.name);

  it('finds experts for a need by topic, language and region', async () => {
    expect(await find({ expertise: ['extradition'] })).toEqual(['Amina Diallo', 'Lucía Pérez']);
    expect(await find({ expertise: ['extradition'], languages: ['fr'] })).toEqual(['Amina Diallo']);
    expect(await find({ region: 'Africa' })).toEqual(['Amina Diallo', 'John Okafor']);
    expect(await find({ region: 'Western Africa', languages: ['en'] })).toEqual(['Amina Diallo', 'John Okafor']);
  });

  it('leaves out experts booked on the dates, and refuses a double booking', async () => {
    const w = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
      input: {
        title: 'Workshop in Abuja',
        kind: 'NATIONAL_TRAINING',
        startsOn: '2009-06-01',
        endsOn: '2009-06-03',
        city: 'Abuja',
        countryIso3: 'NGA',
      },
    });
    const assign = (expertId: string, extra: Record<string, unknown> = {}) =>
      t.gql(`mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`, {
        input: { expertId, workshopId: w.data!.createWorkshop.id, ...extra },
      });
    expect((await assign(ids.fr)).errors).toBeUndefined();
    expect(await find({ expertise: ['extradition'], freeFrom: '2009-06-02', freeTo: '2009-06-05' })).toEqual([
      'Lucía Pérez',
    ]);
    expect(await find({ expertise: ['extradition'], freeFrom: '2009-06-04', freeTo: '2009-06-05' })).toEqual([
      'Amina Diallo',
      'Lucía Pérez',
    ]);
    const again = await t.gql(`mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`, {
      input: { expertId: ids.fr, activityId: null, workshopId: null },
    });
    expect(again.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
    const clash = await t.gql(`mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`, {
      input: {
        expertId: ids.fr,
        workshopId: (
          await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
            input: {
              title: 'Overlapping workshop',
              kind: 'NATIONAL_TRAINING',
              startsOn: '2009-06-03',
              endsOn: '2009-06-04',
              city: 'Accra',
            },
          })
        ).data!.createWorkshop.id,
      },
    });
    expect(clash.errors![0]).toMatchObject({
      extensions: { code: 'CONFLICT' },
      message: expect.stringMatching(/already booked from 2009-06-01 to 2009-06-03/),
    });
    const balance = await t.gql(`query($w: ID) { expertBalance(workshopId: $w) { region experts } }`, {
      w: w.data!.createWorkshop.id,
    });
    expect(balance.data!.expertBalance.find((r: { region: string }) => r.region === 'Africa').experts).toBe(1);
  });

  it('answers NOT_FOUND, not an internal error, for ids that are not ids', async () => {
    const balance = await t.gql(`{ expertBalance(workshopId: "nope") { region } }`);
    expect(balance.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'workshopId' });
    const assign = await t.gql(`mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`, {
      input: {
        expertId: ids.es,
        activityId: '00000000-0000-4000-8000-000000000000',
        startsOn: '2010-01-01',
        endsOn: '2010-01-02',
      },
    });
    expect(assign.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND', field: 'activityId' });
  });

  it('sends an expert on a mission for an activity: its dates given, the activity lists the expert', async () => {
    const a = await t.gql(CREATE, {
      input: {
        code: 'M-1',
        title: 'Expert mission on extradition',
        priorityAreaCode: 'C',
        activityType: 'LEGAL_ADVISORY_SERVICE',
      },
    });
    const activityId = a.data!.createActivity.id as string;
    const ASSIGN = `mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`;
    const rows = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM expert_assignment WHERE activity_id = $1`, [
          activityId,
        ])
      )[0].n as number;
    // No workshop to lend its dates: both are needed, the end not before the start; nothing is stored.
    const noEnd = await t.gql(ASSIGN, { input: { expertId: ids.es, activityId, startsOn: '2010-03-01' } });
    expect(noEnd.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const backwards = await t.gql(ASSIGN, {
      input: { expertId: ids.es, activityId, startsOn: '2010-03-05', endsOn: '2010-03-01' },
    });
    expect(backwards.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    expect(await rows()).toBe(0);

    const ok = await t.gql(ASSIGN, {
      input: { expertId: ids.es, activityId, startsOn: '2010-03-01', endsOn: '2010-03-05' },
    });
    expect(ok.errors).toBeUndefined();
    const listed = await t.gql(`query($id: ID!) { activity(id: $id) { experts { name } } }`, { id: activityId });
    expect(listed.data!.activity.experts).toEqual([{ name: 'Lucía Pérez' }]);
    const clash = await t.gql(ASSIGN, {
      input: { expertId: ids.es, activityId, startsOn: '2010-03-05', endsOn: '2010-03-06' },
    });
    expect(clash.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'EXPERT_BOOKED' });
    expect(await rows()).toBe(1);
  });

  it('assigns experts only to work still to come: refuses a held or cancelled workshop, a completed or cancelled activity or delivery, storing nothing', async () => {
    const ASSIGN = `mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`;
    const assignments = async () =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM expert_assignment`))[0].n as number;
    const before = await assignments();
    for (const status of ['HELD', 'CANCELLED']) {
      const w = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
        input: {
          title: `A ${status.toLowerCase()} workshop in Lomé`,
          kind: 'NATIONAL_TRAINING',
          startsOn: '2011-02-01',
          endsOn: '2011-02-03',
          city: 'Lomé',
        },
      });
      const workshopId = w.data!.createWorkshop.id as string;
      await t.dataSource.query(`UPDATE workshop SET status = $2 WHERE id = $1`, [workshopId, status]);
      const res = await t.gql(ASSIGN, { input: { expertId: ids.es, workshopId } });
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_ASSIGNABLE',
        field: 'workshopId',
        target: 'WORKSHOP',
        status,
      });
      expect(res.errors![0].message).toMatch(new RegExp(`This workshop is ${status}: .*Choose a planned workshop`));
    }

    const activities: Record<string, string> = {};
    for (const [key, status, deliveryStatus] of [
      ['open', 'UNDER_WAY', 'IN_DELIVERY'],
      ['completed', 'COMPLETED', 'COMPLETED'],
      ['cancelled', 'CANCELLED', 'PLANNED'],
      ['deliveryCancelled', 'FUNDED', 'CANCELLED'],
      ['deliveryCompleted', 'UNDER_WAY', 'COMPLETED'],
    ] as const) {
      const a = await t.gql(CREATE, {
        input: {
          code: `NA-${key}`,
          title: `Assignability ${key}`,
          priorityAreaCode: 'C',
          activityType: 'LEGAL_ADVISORY_SERVICE',
        },
      });
      activities[key] = a.data!.createActivity.id;
      await t.dataSource.query(`UPDATE activity SET status = $2, delivery_status = $3 WHERE id = $1`, [
        activities[key],
        status,
        deliveryStatus,
      ]);
    }
    const mission = (activityId: string) =>
      t.gql(ASSIGN, { input: { expertId: ids.es, activityId, startsOn: '2011-05-02', endsOn: '2011-05-06' } });
    for (const [key, atFault] of [
      ['completed', { status: 'COMPLETED' }],
      ['cancelled', { status: 'CANCELLED' }],
      ['deliveryCancelled', { deliveryStatus: 'CANCELLED' }],
      ['deliveryCompleted', { deliveryStatus: 'COMPLETED' }],
    ] as const) {
      const res = await mission(activities[key]!);
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'NOT_ASSIGNABLE',
        field: 'activityId',
        target: 'ACTIVITY',
        ...atFault,
      });
      expect(res.errors![0].message).toContain('status' in atFault ? atFault.status : atFault.deliveryStatus);
    }
    expect(await assignments()).toBe(before);

    // The pickers ask for what may be assigned (the kernel's statuses, filtered in SQL): only the open activity.
    const offered = await t.gql(`query($f: ActivityFilter) { activities(filter: $f) { totalCount nodes { code } } }`, {
      f: {
        search: 'Assignability',
        status: ASSIGNABLE_ACTIVITY_STATUSES,
        deliveryStatus: ASSIGNABLE_DELIVERY_STATUSES,
      },
    });
    expect(offered.data!.activities).toEqual({ totalCount: 1, nodes: [{ code: 'NA-open' }] });
    expect((await mission(activities.open!)).errors).toBeUndefined();
    expect(await assignments()).toBe(before + 1);
    // A second mission for the same activity: two bookings, the expert listed once (DISTINCT in SQL).
    const second = await t.gql(ASSIGN, {
      input: { expertId: ids.es, activityId: activities.open, startsOn: '2011-09-05', endsOn: '2011-09-09' },
    });
    expect(second.errors).toBeUndefined();
    expect(await assignments()).toBe(before + 2);
    const listed = await t.gql(`query($id: ID!) { activity(id: $id) { experts { name } } }`, { id: activities.open });
    expect(listed.data!.activity.experts).toEqual([{ name: 'Lucía Pérez' }]);
  });

  it('finds planned workshops by words of their title or city', async () => {
    const titles = async (search: string) =>
      (
        (await t.gql(`query($f: WorkshopFilter) { workshops(filter: $f) { nodes { title } } }`, { f: { search } }))
          .data!.workshops.nodes as Array<{ title: string }>
      ).map((w) => w.title);
    expect(await titles('abuja')).toEqual(['Workshop in Abuja']);
    expect(await titles('in ABU')).toEqual(['Workshop in Abuja']);
    expect(await titles('100%')).toEqual([]);
  });

  it('shows the State profile with its experts', async () => {
    const res = await t.gql(
      `{ stateProfile(iso3: "SEN") { state { iso3 } experts { name } requestsByStatus { status count } parties { instrumentCode } } }`,
    );
    expect(res.data!.stateProfile).toEqual({
      state: { iso3: 'SEN' },
      experts: [{ name: 'Amina Diallo' }],
      requestsByStatus: [],
      parties: [],
    });
    expect((await t.gql(`{ stateProfile(iso3: "XXX") { state { iso3 } } }`)).data!.stateProfile).toBeNull();
  });
});
