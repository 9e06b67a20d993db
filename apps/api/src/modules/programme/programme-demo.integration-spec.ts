import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { ACTIVITY_TITLE_TRANSLATIONS } from './data/activity-titles.data.js';
import { DEMO_WORKSHOPS } from '../demo/programme-demo.data.js';
import { DemoLoaderService } from '../demo/demo-loader.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { migrations } from '../../../../../migrations/index.js';
import {
  EXPECTED_ACTIVITY_SECTIONS,
  EXPECTED_ADVISORY_GROUP_MEETINGS,
  EXPECTED_BUILDS_ON,
  EXPECTED_CURRENT_SECTIONS,
  EXPECTED_EVENTS,
  EXPECTED_FIGURES,
  EXPECTED_FUNDED_WORKSHOPS,
  EXPECTED_PARTNERS,
  type ExpectedActivitySection,
} from './data/activities.expected.js';
import { CURRENT_ACTIVITIES } from './data/current-activities.data.js';

const ACTIVITIES = `query($filter: ActivityFilter, $after: String) { activities(filter: $filter, first: 200, after: $after) {
  totalCount nodes { id code section title description beneficiaryRegions partners status phase sourceParagraph illustrativeNote
  beneficiaryStates { iso3 } figures { label value upTo sourceParagraph } buildsOn { code section phase }
  priorityArea { code } totalCost costsByYear { year amount } costs { year category amount basis illustrative currency rateDate }
  requests { state { iso3 } kind sourceParagraph status } } } }`;

/** The heading's activities name its paragraphs only ("paras 79-80" spans a range inside them), and the words. */
function expectSection(mine: Array<Record<string, any>>, e: ExpectedActivitySection): void {
  expect(mine.length).toBeGreaterThanOrEqual(e.minActivities);
  const text = mine
    .map((a) => `${a.title} ${a.description} ${a.beneficiaryRegions.join(' ')} ${a.partners.join(' ')}`)
    .join(' ')
    .toLowerCase();
  for (const word of e.mustMention) expect(text).toContain(word.toLowerCase());
  for (const a of mine) {
    const paras = String(a.sourceParagraph).match(/\d+/g)!.map(Number);
    const allowed = e.paragraphs.map((p) => Number(p.replace(/\D/g, '')));
    expect(
      paras.every(
        (p) => allowed.includes(p) || (paras.length === 2 && p >= Math.min(...allowed) && p <= Math.max(...allowed)),
      ),
    ).toBe(true);
  }
}

/** The programme of the demo against the source document: the proposals of II.B–VI.B, the workshops of footnote 17. */
describe('the demo programme follows the source document', () => {
  let t: TestApp;
  let all: Array<Record<string, any>>;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
    all = (await t.gql(ACTIVITIES)).data!.activities.nodes;
  });
  afterAll(() => t.close());

  it.each(EXPECTED_ACTIVITY_SECTIONS.map((e) => [e.section, e]))('%s: its proposals, from its paragraphs', (_s, e) => {
    const mine = all.filter((a) => a.section === e.section);
    for (const a of mine) expect(a.phase).toBe('PROPOSED');
    expectSection(mine, e);
  });

  it('marks every cost illustrative, in US dollars at the paper’s date, and sums them exactly in SQL', async () => {
    for (const a of all.filter((x) => x.phase === 'PROPOSED')) {
      expect(a.illustrativeNote).toMatch(/illustrative/);
      expect(a.costs.length).toBeGreaterThan(0);
      for (const c of a.costs)
        expect(c).toMatchObject({ illustrative: true, currency: 'USD', rateDate: '2008-08-22', basis: 'ORIGINAL' });
      const cents = a.costs.reduce((sum: bigint, c: { amount: string }) => sum + BigInt(c.amount.replace('.', '')), 0n);
      expect(BigInt(a.totalCost.replace('.', ''))).toBe(cents);
    }
    const totals = (await t.gql(`{ programmeTotals { year amount } }`)).data!.programmeTotals;
    const byYear = (year: number) =>
      all
        .flatMap((a) => a.costs)
        .filter((c) => c.year === year)
        .reduce((s: bigint, c: { amount: string }) => s + BigInt(c.amount.replace('.', '')), 0n);
    expect(totals.map((y: { year: number }) => y.year)).toEqual([2009, 2010, 2011]);
    for (const y of totals) expect(BigInt(y.amount.replace('.', ''))).toBe(byYear(y.year));
    // With a filter, the totals are those of the activities it selects.
    const areaC = (await t.gql(`{ programmeTotals(filter: { priorityAreaCode: ["C"] }) { year amount } }`)).data!
      .programmeTotals;
    const cOnly = (year: number) =>
      all
        .filter((a) => a.priorityArea.code === 'C')
        .flatMap((a) => a.costs)
        .filter((c) => c.year === year)
        .reduce((s: bigint, c: { amount: string }) => s + BigInt(c.amount.replace('.', '')), 0n);
    for (const y of areaC) expect(BigInt(y.amount.replace('.', ''))).toBe(cOnly(y.year));
  });

  it('links the document’s needs to the activities that answer them', () => {
    const answering = (para: string, kind: string) =>
      all.filter((a) =>
        a.requests.some(
          (r: { sourceParagraph: string; kind: string }) => r.sourceParagraph === para && r.kind === kind,
        ),
      );
    expect(answering('footnote 5', 'REPORTING_OBLIGATIONS').map((a) => a.section)).toEqual(['II.B.1']);
    expect(answering('para. 44', 'FOLLOW_UP_TRAINING').every((a) => a.section === 'IV.B.5')).toBe(true);
    expect(answering('footnote 16', 'EQUIPMENT').every((a) => a.section === 'IV.B.4')).toBe(true);
    const reporting = answering('footnote 5', 'REPORTING_OBLIGATIONS')[0];
    expect(reporting.requests).toHaveLength(16);
  });

  it('has the two workshops already funded (para. 43) as funded activities with planned workshops', async () => {
    const res = await t.gql(
      `{ workshops(filter: { status: "PLANNED" }) { nodes { title region status activity { status section } } } }`,
    );
    // The other planned events (meetings and sessions of late 2008) deliver no proposal.
    const planned = res.data!.workshops.nodes.filter(
      (w: { activity: { section: string } | null }) => w.activity?.section === 'IV.B.5',
    );
    expect(planned.map((w: { region: string }) => w.region).sort()).toEqual([...EXPECTED_FUNDED_WORKSHOPS].sort());
    for (const w of planned) expect(w.activity).toEqual({ status: 'FUNDED', section: 'IV.B.5' });
    // And from the activity back to its workshop.
    const balkans = all.find((a) => a.code === 'IV.B.5-1')!;
    const back = await t.gql(`query($id: ID!) { activity(id: $id) { workshops { region status } } }`, {
      id: balkans.id,
    });
    expect(back.data!.activity.workshops).toEqual([{ region: 'Balkans', status: 'PLANNED' }]);
  });

  it('answers titles and venues in French and Spanish, marked as unofficial translations, and English as written', async () => {
    const q = `{ activities(first: 200) { nodes { code en: title fr: title(lang: FR) es: title(lang: ES)
      enMark: unofficialTranslation frMark: unofficialTranslation(lang: FR) } }
      workshops(first: 50) { nodes { title fr: title(lang: FR) city cityFr: city(lang: FR) cityEs: city(lang: ES)
      esMark: unofficialTranslation(lang: ES) } } }`;
    const { data, errors } = await t.gql(q);
    expect(errors).toBeUndefined();
    const activity = (data!.activities.nodes as Array<Record<string, any>>).find((a) => a.code === 'IV.B.2-1')!;
    expect(activity).toMatchObject({
      en: 'Open-ended working group on extradition',
      fr: 'Groupe de travail à composition non limitée sur l’extradition',
      es: 'Grupo de trabajo de composición abierta sobre extradición',
      enMark: false,
      frMark: true,
    });
    for (const a of data!.activities.nodes as Array<Record<string, any>>) expect(a.fr).not.toBe(a.en);
    const cairo = (data!.workshops.nodes as Array<Record<string, any>>).find((w) => w.city === 'Cairo')!;
    expect(cairo).toMatchObject({ cityFr: 'Le Caire', cityEs: 'El Cairo', esMark: true });
    expect(cairo.fr).toContain('Moyen-Orient');

    // A new English title keeps the French and Spanish ones (changed only when sent themselves).
    const [{ id, version }] = (
      await t.gql(`{ activities(first: 200) { nodes { id version code } } }`)
    ).data!.activities.nodes.filter((a: { code: string }) => a.code === 'IV.B.2-2');
    const changed = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, expectedVersion: $v, input: { title: "Working group on mutual legal assistance" }) {
        fr: title(lang: FR) mark: unofficialTranslation(lang: FR) } }`,
      { id, v: version },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateActivity).toEqual({
      fr: ACTIVITY_TITLE_TRANSLATIONS['IV.B.2-2']!.fr,
      mark: true,
    });
  });

  it('has the five regional workshops of footnote 17 with their dates, cities and partners', async () => {
    const res = await t.gql(
      `{ workshops(filter: { status: "HELD" }) { totalCount nodes { city startsOn endsOn organisers sourceParagraph country { iso3 } } } }`,
    );
    const fn17 = res.data!.workshops.nodes.filter((w: any) => w.sourceParagraph.startsWith('footnote 17'));
    const held = fn17.map((w: any) => [w.city, w.startsOn, w.endsOn, w.country.iso3]);
    expect(held).toEqual([
      ['Bogotá', '2007-09-12', '2007-09-14', 'COL'],
      ['Kuala Lumpur', '2007-11-14', '2007-11-16', 'MYS'],
      ['Cairo', '2007-12-04', '2007-12-06', 'EGY'],
      ['Vienna', '2008-04-07', '2008-04-09', 'AUT'],
      ['Dakar', '2008-06-10', '2008-06-12', 'SEN'],
    ]);
    const organisers = fn17.map((w: any) => w.organisers.join(' '));
    expect(organisers[0]).toMatch(/OAS/);
    expect(organisers[2]).toMatch(/UNDP/);
    expect(organisers[3]).toMatch(/OSCE/);
  });

  it('records the Dakar outcome of para. 9: 20 States filled in the checklist, 6 updated their information', async () => {
    const res = await t.gql(
      `{ workshops(filter: { stateIso3: "SEN" }) { nodes { city participants { state { iso3 } } outcome { checklistsCompleted statesUpdated sourceParagraph } } } }`,
    );
    const dakar = res.data!.workshops.nodes.find((w: { city: string }) => w.city === 'Dakar');
    expect(dakar.outcome).toEqual({ checklistsCompleted: 20, statesUpdated: 6, sourceParagraph: 'para. 9' });
    expect(dakar.participants).toHaveLength(20);
  });

  it('has the advisory group of footnote 18, and shows its lack of geographical balance (para. 46)', async () => {
    const res = await t.gql(
      `{ experts(filter: { advisoryGroup: true }) { totalCount nodes { nationality { iso3 } illustrativeNote } } expertBalance { region experts expertShare stateShare } }`,
    );
    const nationalities = res.data!.experts.nodes.map((e: any) => e.nationality?.iso3 ?? 'OSCE').sort();
    expect(nationalities).toEqual(
      [
        'ARG',
        'AUS',
        'AUT',
        'BRA',
        'CAN',
        'FRA',
        'DEU',
        'ITA',
        'JPN',
        'NLD',
        'NOR',
        'POL',
        'PRT',
        'RUS',
        'ESP',
        'SWE',
        'CHE',
        'GBR',
        'USA',
        'OSCE',
      ].sort(),
    );
    const balance = Object.fromEntries(res.data!.expertBalance.map((r: any) => [r.region, r]));
    expect(balance.Europe.experts).toBe(13);
    expect(balance.Africa.experts).toBe(0);
    expect(balance.Europe.expertShare).toBeGreaterThan(balance.Europe.stateShare * 2);
    expect(balance.Africa.stateShare).toBeGreaterThan(0.25);
  });

  // ---------------------------------------------------------------- the current portfolio (issue 17)

  it.each(EXPECTED_CURRENT_SECTIONS.map((e) => [e.section, e]))(
    '%s: the current activities, from its paragraphs',
    async (_s, e) => {
      const current = (await t.gql(ACTIVITIES, { filter: { phase: 'CURRENT', section: e.section } })).data!.activities
        .nodes as Array<Record<string, any>>;
      const mine = current.filter((a) => a.section === e.section);
      for (const a of mine) expect(a.phase).toBe('CURRENT');
      expectSection(mine, e);
    },
  );

  it('answers the current activities with phase: CURRENT, each citing its paragraph, none with a cost', async () => {
    const res = await t.gql(ACTIVITIES, { filter: { phase: 'CURRENT' } });
    expect(res.errors).toBeUndefined();
    const current = res.data!.activities.nodes as Array<Record<string, any>>;
    expect(res.data!.activities.totalCount).toBe(all.filter((a) => a.phase === 'CURRENT').length);
    // Every heading of II.A–VI.A has current work.
    for (const heading of ['II.A', 'III.A', 'IV.A', 'V.A', 'VI.A'])
      expect(current.some((a) => a.section === heading || a.section.startsWith(`${heading}.`))).toBe(true);
    for (const a of current) {
      expect(a.phase).toBe('CURRENT');
      expect(a.sourceParagraph).toMatch(/^paras?\.? \d+/);
      expect(a.costs).toEqual([]);
      expect(a.costsByYear).toEqual([]);
      expect(Number(a.totalCost)).toBe(0);
      expect(['UNDER_WAY', 'COMPLETED']).toContain(a.status);
      expect(a.illustrativeNote).toMatch(/No cost is recorded/);
    }
    // The checklist was sent out on 21 May 2008 (para. 5): finished.
    expect(current.find((a) => a.section === 'II.A.1')!.status).toBe('COMPLETED');
    // The proposals are the rest, and only they carry the programme's cost.
    const proposed = await t.gql(
      `{ activities(filter: { phase: [PROPOSED] }, first: 200) { totalCount nodes { phase } } }`,
    );
    expect(proposed.data!.activities.totalCount + current.length).toBe(all.length);
    const currentTotals = await t.gql(`{ programmeTotals(filter: { phase: CURRENT }) { year amount } }`);
    expect(currentTotals.data!.programmeTotals).toEqual([]);
  });

  it('refuses a proposal that builds on something other than current work, and a current one dated as it was', async () => {
    const proposal = all.find((a) => a.code === 'IV.B.2-1')!;
    const refused = await t.gql(
      `mutation($ids: [ID!]!) { createActivity(input: { code: "T.17-1", title: "Builds on a proposal", priorityAreaCode: "C",
        activityType: WORKSHOP, buildsOnIds: $ids }) { id } }`,
      { ids: [proposal.id] },
    );
    expect(refused.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'buildsOnIds' });
    expect(
      (await t.gql(`{ activities(filter: { search: "T.17-1" }) { totalCount } }`)).data!.activities.totalCount,
    ).toBe(0);
    const checklist = all.find((a) => a.code === 'II.A.1-1')!;
    const made = await t.gql(
      `mutation($ids: [ID!]!) { createActivity(input: { code: "T.17-2", title: "Builds on the checklist", priorityAreaCode: "A",
        activityType: WORKSHOP, buildsOnIds: $ids, startsOn: "2009-02-01" }) { phase status buildsOn { code } } }`,
      { ids: [checklist.id] },
    );
    expect(made.errors).toBeUndefined();
    expect(made.data!.createActivity).toEqual({
      phase: 'PROPOSED',
      status: 'PROPOSED',
      buildsOn: [{ code: 'II.A.1-1' }],
    });
    const current = await t.gql(
      `mutation { createActivity(input: { code: "T.17-3", title: "Work under way since 2007", priorityAreaCode: "B",
        activityType: RESEARCH, phase: CURRENT, startsOn: "2007-03-01" }) { phase status startsOn } }`,
    );
    expect(current.data!.createActivity).toEqual({ phase: 'CURRENT', status: 'UNDER_WAY', startsOn: '2007-03-01' });
  });

  it.each(EXPECTED_BUILDS_ON.map((e) => [`${e.proposal} on ${e.current} (${e.paragraph})`, e]))(
    'links the proposal to the current work it builds on: %s',
    (_l, e) => {
      const links = all
        .filter((a) => a.section === e.proposal)
        .flatMap((a) => a.buildsOn as Array<{ section: string; phase: string }>);
      expect(links.some((b) => b.section === e.current && b.phase === 'CURRENT')).toBe(true);
    },
  );

  it('builds the para. 25 proposal on the legal advice Madagascar already had (para. 17)', () => {
    const drafting = all.find((a) => a.section === 'III.B.2' && a.sourceParagraph === 'para. 25')!;
    const [advice] = drafting.buildsOn;
    expect(advice).toMatchObject({ section: 'III.A.2', phase: 'CURRENT' });
    const held = all.find((a) => a.code === advice.code)!;
    expect(held.beneficiaryStates.map((s: { iso3: string }) => s.iso3)).toContain('MDG');
  });

  // ---------------------------------------------------------------- every dated event

  it.each(EXPECTED_EVENTS.map((e) => [`${e.paragraph} ${e.startsOn}`, e]))(
    'finds the event of %s by its dates, with its kind, precision, place and paragraph',
    async (_l, e) => {
      const res = await t.gql(
        `query($from: Date, $to: Date) { workshops(filter: { from: $from, to: $to }, first: 50) { nodes {
          kind datePrecision startsOn endsOn city sourceParagraph country { iso3 } } } }`,
        { from: e.startsOn, to: e.endsOn },
      );
      expect(res.errors).toBeUndefined();
      const found = res.data!.workshops.nodes.filter((w: any) => w.sourceParagraph === e.paragraph);
      expect(found.map((w: any) => [w.kind, w.datePrecision, w.startsOn, w.endsOn, w.country.iso3])).toContainEqual([
        e.kind,
        e.precision,
        e.startsOn,
        e.endsOn,
        e.country,
      ]);
      expect(found.every((w: any) => w.city.length > 1)).toBe(true);
    },
  );

  it('has the advisory group’s five meetings in Vienna, June 2007 to May 2008, as events of the group (para. 46)', async () => {
    const res = await t.gql(
      `{ workshops(filter: { kind: [ADVISORY_GROUP_MEETING] }) { nodes { startsOn endsOn datePrecision city
        sourceParagraph country { iso3 } activity { title section phase } } } }`,
    );
    const meetings = res.data!.workshops.nodes;
    const e = EXPECTED_ADVISORY_GROUP_MEETINGS;
    expect(meetings).toHaveLength(e.count);
    expect(meetings[0].startsOn).toBe(e.first);
    expect(meetings.at(-1).endsOn).toBe(e.last);
    for (const m of meetings) {
      expect(m).toMatchObject({ datePrecision: 'MONTH', sourceParagraph: 'para. 46', country: { iso3: e.country } });
      expect(m.activity).toMatchObject({ section: 'IV.A', phase: 'CURRENT' });
      expect(m.activity.title).toMatch(/advisory group/i);
    }
  });

  it('stores a month, quarter or year from its first day to its last, and refuses one that does not start there', async () => {
    const q = await t.gql(`{ workshops(filter: { kind: [REGIONAL_WORKSHOP], from: "2008-10-01", to: "2008-12-31" }) {
      nodes { city datePrecision startsOn endsOn } } }`);
    expect(q.data!.workshops.nodes).toContainEqual({
      city: 'Addis Ababa',
      datePrecision: 'QUARTER',
      startsOn: '2008-10-01',
      endsOn: '2008-12-31',
    });
    const create = (startsOn: string, endsOn: string, precision: string) =>
      t.gql(
        `mutation($s: Date!, $e: Date!, $p: DatePrecision!) { createWorkshop(input: { title: "Issue 17 check", kind: NATIONAL_TRAINING,
          startsOn: $s, endsOn: $e, datePrecision: $p, city: "Vienna" }) { datePrecision startsOn endsOn } }`,
        { s: startsOn, e: endsOn, p: precision },
      );
    const midMonth = await create('2009-04-15', '2009-04-30', 'MONTH');
    expect(midMonth.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    const notAQuarter = await create('2009-02-01', '2009-04-30', 'QUARTER');
    expect(notAQuarter.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    const midYear = await create('2009-07-01', '2009-12-31', 'YEAR');
    expect(midYear.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'startsOn' });
    const shortQuarter = await create('2009-04-01', '2009-04-30', 'QUARTER');
    expect(shortQuarter.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'endsOn' });
    const none = await t.gql(`{ workshops(filter: { from: "2009-04-01", to: "2009-06-30" }) { nodes { title } } }`);
    expect(none.data!.workshops.nodes.map((w: { title: string }) => w.title)).not.toContain('Issue 17 check');
    const quarter = await create('2009-04-01', '2009-06-30', 'QUARTER');
    expect(quarter.data!.createWorkshop).toEqual({
      datePrecision: 'QUARTER',
      startsOn: '2009-04-01',
      endsOn: '2009-06-30',
    });
  });

  it('marks what the document does not give about an event as illustrative', () => {
    for (const w of DEMO_WORKSHOPS)
      expect([w.key, w.illustrativeNote]).toEqual([w.key, expect.stringMatching(/illustrative/)]);
  });

  // ---------------------------------------------------------------- every figure, every partner

  it.each(EXPECTED_FIGURES.map((e) => [`${e.paragraph}: ${e.value}`, e]))(
    'holds the figure of %s with its paragraph',
    (_l, e) => {
      const figures = all
        .filter((a) => a.section === e.section)
        .flatMap((a) => a.figures as Array<{ value: number; upTo: number | null; sourceParagraph: string }>);
      expect(figures).toContainEqual(
        expect.objectContaining({ value: e.value, upTo: e.upTo ?? null, sourceParagraph: e.paragraph }),
      );
    },
  );

  it.each(EXPECTED_PARTNERS.map((e) => [`${e.section} (${e.paragraph})`, e]))('names the partners of %s', (_l, e) => {
    const partners = all
      .filter((a) => a.section === e.section && a.sourceParagraph === e.paragraph)
      .flatMap((a) => a.partners as string[]);
    for (const p of e.partners) expect(partners).toContain(p);
  });

  // ---------------------------------------------------------------- three facts set right

  it('takes Brazil and Guatemala as possible venues of para. 44, not as beneficiaries', () => {
    const subregional = all.filter((a) => a.sourceParagraph === 'para. 44' && /subregional/i.test(a.title));
    expect(subregional).toHaveLength(2);
    for (const a of subregional) {
      expect(a.beneficiaryStates).toEqual([]);
      expect(a.description).toMatch(/possible venue/);
    }
    const states = all.flatMap((a) => a.beneficiaryStates.map((s: { iso3: string }) => s.iso3));
    expect(states).not.toContain('BRA');
  });

  it('cites no paragraph for the Dakar office: the document names none', async () => {
    const res = await t.gql(`{ fieldOffices { code sourceParagraph } }`);
    const offices = Object.fromEntries(
      res.data!.fieldOffices.map((o: { code: string; sourceParagraph: string | null }) => [o.code, o.sourceParagraph]),
    );
    expect(offices.DKR).toBeNull();
    // Footnote 11 names the offices with legal advisers.
    expect([offices.BKK, offices.TAS, offices.BOG]).toEqual(['footnote 11', 'footnote 11', 'footnote 11']);
  });

  it('gives para. 25’s topics to the list as a whole, not to each State', async () => {
    const res = await t.gql(
      `{ assistanceRequests(filter: { sourceParagraph: "para. 25" }, first: 50) { totalCount nodes { topics description } } }`,
    );
    expect(res.data!.assistanceRequests.totalCount).toBe(23);
    for (const r of res.data!.assistanceRequests.nodes) {
      expect(r.topics).toEqual(['criminal-justice']);
      expect(r.description).toMatch(/for the list of requesting States as a whole, not State by State/);
      expect(r.description).toMatch(/cybercrime, money-laundering/);
    }
  });
});

/** A database loaded before issue 17 (`npm start` on an old .data/): the migration and the next load set it right. */
describe('an old demo database after the issue 17 migration and the next start', () => {
  let t: TestApp;
  const since17 = migrations.slice(migrations.findIndex((m) => m.name === 'CurrentPortfolioAndEvents1764376500000'));
  beforeAll(async () => {
    t = await bootApp({ demo: true });
    const db = t.dataSource;
    // Back to the database as it was: without the migration, its new rows, or the three corrections.
    const currentRefs = CURRENT_ACTIVITIES.map((a) => `demo:activity:${a.code}`);
    const eventRefs = DEMO_WORKSHOPS.filter((w) => !w.key.startsWith('fn17') && !w.key.startsWith('p43')).map(
      (w) => `demo:workshop:${w.key}`,
    );
    await db.query(`DELETE FROM workshop WHERE external_ref = ANY ($1)`, [eventRefs]);
    await db.query(
      `UPDATE workshop SET activity_id = NULL WHERE activity_id IN (SELECT id FROM activity WHERE external_ref = ANY ($1))`,
      [currentRefs],
    );
    // Undo the issue 17 migration and every one after it (their tables go with them).
    for (const _ of since17) await db.undoLastMigration({ transaction: 'each' });
    await db.query(
      `DELETE FROM activity_status_change WHERE activity_id IN (SELECT id FROM activity WHERE external_ref = ANY ($1))`,
      [currentRefs],
    );
    await db.query(`DELETE FROM activity WHERE external_ref = ANY ($1)`, [currentRefs]);
    await db.query(`UPDATE activity SET beneficiary_states = '{BRA}' WHERE external_ref = 'demo:activity:IV.B.5-6'`);
    await db.query(`UPDATE activity SET partners = '{NATO}' WHERE external_ref = 'demo:activity:VI.B.1-4'`);
    await db.query(
      `UPDATE assistance_request SET topics = ARRAY['cybercrime','money-laundering','international-cooperation',
        'confiscation','trafficking-in-persons','smuggling-of-migrants','firearms'],
        description = 'Assessing existing legislation and drafting new legislation in compliance with the Convention and/or the Protocols.'
        WHERE external_ref LIKE 'demo:p25:%'`,
    );
    await db.query(`UPDATE field_office SET source_paragraph = 'para. 9' WHERE code = 'DKR'`);
    // The next start: migrations, the reference data, the demo load.
    expect((await db.runMigrations({ transaction: 'each' })).map((m) => m.name)).toEqual(since17.map((m) => m.name));
    await t.app.get(ReferenceService).sync();
    await t.app.get(DemoLoaderService).load();
  });
  afterAll(() => t.close());

  it('shows the fixes, the current portfolio and the events', async () => {
    const res = await t.gql(`{ activities(filter: { phase: CURRENT }, first: 200) { totalCount }
      fieldOffices { code sourceParagraph }
      assistanceRequests(filter: { sourceParagraph: "para. 25" }, first: 50) { nodes { topics description } }
      workshops(filter: { kind: [INTERGOVERNMENTAL_SESSION] }) { totalCount } }`);
    expect(res.errors).toBeUndefined();
    expect(res.data!.activities.totalCount).toBe(CURRENT_ACTIVITIES.length);
    expect(res.data!.fieldOffices.find((o: { code: string }) => o.code === 'DKR').sourceParagraph).toBeNull();
    for (const r of res.data!.assistanceRequests.nodes) {
      expect(r.topics).toEqual(['criminal-justice']);
      expect(r.description).toMatch(/as a whole/);
    }
    expect(res.data!.workshops.totalCount).toBe(
      EXPECTED_EVENTS.filter((e) => e.kind === 'INTERGOVERNMENTAL_SESSION').length,
    );
    const proposals = await t.gql(`{ activities(filter: { phase: PROPOSED }, first: 200) { nodes { code partners
      beneficiaryStates { iso3 } buildsOn { code } figures { value sourceParagraph } } } }`);
    const byCode = Object.fromEntries(proposals.data!.activities.nodes.map((a: { code: string }) => [a.code, a]));
    expect(byCode['IV.B.5-6'].beneficiaryStates).toEqual([]);
    expect(byCode['VI.B.1-4'].partners).toEqual(['NATO', 'Partnership for Peace']);
    expect(byCode['III.B.2-1'].buildsOn).toEqual([{ code: 'III.A.2-1' }]);
    expect(byCode['III.B.2-1'].figures).toContainEqual({ value: 146, sourceParagraph: 'footnote 10' });
  });
});
