import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { EXPECTED_ACTIVITY_SECTIONS, EXPECTED_FUNDED_WORKSHOPS } from './data/activities.expected.js';

const ACTIVITIES = `query($filter: ActivityFilter, $after: String) { activities(filter: $filter, first: 200, after: $after) {
  totalCount nodes { id code section title description beneficiaryRegions status sourceParagraph illustrativeNote
  priorityArea { code } totalCost costsByYear { year amount } costs { year category amount basis illustrative currency rateDate }
  requests { state { iso3 } kind sourceParagraph status } } } }`;

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
    expect(mine.length).toBeGreaterThanOrEqual(e.minActivities);
    const text = mine
      .map((a) => `${a.title} ${a.description} ${a.beneficiaryRegions.join(' ')}`)
      .join(' ')
      .toLowerCase();
    for (const word of e.mustMention) expect(text).toContain(word.toLowerCase());
    for (const a of mine) {
      const paras = String(a.sourceParagraph).match(/\d+/g)!.map(Number);
      const allowed = e.paragraphs.map((p) => Number(p.replace(/\D/g, '')));
      // "paras 79-80" spans a range: every paragraph it names is one of the heading's.
      expect(
        paras.every(
          (p) => allowed.includes(p) || (paras.length === 2 && p >= Math.min(...allowed) && p <= Math.max(...allowed)),
        ),
      ).toBe(true);
    }
  });

  it('marks every cost illustrative, in US dollars at the paper’s date, and sums them exactly in SQL', async () => {
    for (const a of all) {
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
    const planned = res.data!.workshops.nodes;
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

    // A new English title makes the old translations stale: the English stands in every language until retitled.
    const [{ id, version }] = (
      await t.gql(`{ activities(first: 200) { nodes { id version code } } }`)
    ).data!.activities.nodes.filter((a: { code: string }) => a.code === 'IV.B.2-2');
    const changed = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, expectedVersion: $v, input: { title: "Working group on mutual legal assistance" }) {
        fr: title(lang: FR) mark: unofficialTranslation(lang: FR) } }`,
      { id, v: version },
    );
    expect(changed.errors).toBeUndefined();
    expect(changed.data!.updateActivity).toEqual({ fr: 'Working group on mutual legal assistance', mark: false });
  });

  it('has the five regional workshops of footnote 17 with their dates, cities and partners', async () => {
    const res = await t.gql(
      `{ workshops(filter: { status: "HELD" }) { totalCount nodes { city startsOn endsOn organisers country { iso3 } } } }`,
    );
    const held = res.data!.workshops.nodes.map((w: any) => [w.city, w.startsOn, w.endsOn, w.country.iso3]);
    expect(held).toEqual([
      ['Bogotá', '2007-09-12', '2007-09-14', 'COL'],
      ['Kuala Lumpur', '2007-11-14', '2007-11-16', 'MYS'],
      ['Cairo', '2007-12-04', '2007-12-06', 'EGY'],
      ['Vienna', '2008-04-07', '2008-04-09', 'AUT'],
      ['Dakar', '2008-06-10', '2008-06-12', 'SEN'],
    ]);
    const organisers = res.data!.workshops.nodes.map((w: any) => w.organisers.join(' '));
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
});
