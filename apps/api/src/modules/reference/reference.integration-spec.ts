import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { ReferenceService } from './reference.service.js';

describe('reference data through GraphQL', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  it('lists every UN Member State and the two observer States, with M49 regions', async () => {
    const { data, errors } = await t.gql(`{ states { iso3 unStatus region subregion name } }`);
    expect(errors).toBeUndefined();
    const states = data!.states as Array<{ iso3: string; unStatus: string; region: string; name: string }>;
    expect(states.filter((s) => s.unStatus === 'MEMBER')).toHaveLength(193);
    expect(
      states
        .filter((s) => s.unStatus === 'OBSERVER')
        .map((s) => s.iso3)
        .sort(),
    ).toEqual(['PSE', 'VAT']);
    expect(new Set(states.map((s) => s.region))).toEqual(new Set(['Africa', 'Americas', 'Asia', 'Europe', 'Oceania']));
    expect(states.find((s) => s.iso3 === 'SEN')).toMatchObject({ region: 'Africa', name: 'Senegal' });
  });

  it('names a State in English, French and Spanish', async () => {
    const { data } = await t.gql(`{ state(iso3: "DEU") { en: name fr: name(lang: FR) es: name(lang: ES) subregion } }`);
    expect(data!.state).toEqual({ en: 'Germany', fr: 'Allemagne', es: 'Alemania', subregion: 'Western Europe' });
    const unknown = await t.gql(`{ state(iso3: "XXX") { iso3 } }`);
    expect(unknown.data!.state).toBeNull();
  });

  it('filters States by region, sub-region and name', async () => {
    const oceania = await t.gql(`{ states(filter: { region: "Oceania" }) { iso3 } }`);
    expect(oceania.data!.states.length).toBe(14);
    const western = await t.gql(`{ states(filter: { subregion: "Western Africa" }) { iso3 } }`);
    expect(western.data!.states.map((s: { iso3: string }) => s.iso3)).toEqual(
      expect.arrayContaining(['SEN', 'MLI', 'NER', 'BEN']),
    );
    const search = await t.gql(`{ states(filter: { search: "Sénég" }) { iso3 } }`);
    expect(search.data!.states).toEqual([{ iso3: 'SEN' }]);
  });

  it('gives the instruments with their entry into force (footnote 9)', async () => {
    const { data } = await t.gql(`{ instruments { code entryIntoForce } }`);
    expect(data!.instruments).toEqual([
      { code: 'UNTOC', entryIntoForce: '2003-09-29' },
      { code: 'TIP', entryIntoForce: '2003-12-25' },
      { code: 'SOM', entryIntoForce: '2004-01-28' },
      { code: 'FIREARMS', entryIntoForce: '2005-07-03' },
      { code: 'UNCAC', entryIntoForce: '2005-12-14' },
    ]);
  });

  it('gives the five priority areas of para. 2 with the sub-areas of paras 4, 14, 37, 51 and 61', async () => {
    const { data } = await t.gql(
      `{ priorityAreas { code chapter title fr: title(lang: FR) subAreas { code sourceParagraph } } }`,
    );
    const areas = data!.priorityAreas as Array<{
      code: string;
      chapter: string;
      subAreas: Array<{ code: string; sourceParagraph: string }>;
    }>;
    expect(areas.map((a) => [a.code, a.chapter, a.subAreas.length])).toEqual([
      ['A', 'II', 4],
      ['B', 'III', 5],
      ['C', 'IV', 3],
      ['D', 'V', 2],
      ['E', 'VI', 2],
    ]);
    expect(areas[1].subAreas.every((s) => s.sourceParagraph.startsWith('para. 14'))).toBe(true);
    expect(areas[3]).toMatchObject({ title: 'Data collection', fr: 'Collecte de données' });
  });

  it('titles every sub-area in English, French and Spanish — the activity’s sub-area too — and an existing database gets them at its start', async () => {
    // A database the migration brought only the English to (title_fr = title_en): the start-up sync translates.
    await t.dataSource.query(`UPDATE priority_sub_area SET title_fr = title_en, title_es = title_en`);
    await t.app.get(ReferenceService).sync();
    const { data, errors } = await t.gql(
      `{ priorityAreas { subAreas { code en: title fr: title(lang: FR) es: title(lang: ES) } } }`,
    );
    expect(errors).toBeUndefined();
    const subAreas = (
      data!.priorityAreas as Array<{ subAreas: Array<{ code: string; en: string; fr: string; es: string }> }>
    ).flatMap((a) => a.subAreas);
    expect(subAreas).toHaveLength(16);
    for (const sub of subAreas) {
      expect(sub.fr).not.toBe(sub.en);
      expect(sub.es).not.toBe(sub.en);
    }
    expect(subAreas.find((s) => s.code === 'B.c')).toEqual({
      code: 'B.c',
      en: 'Witness and victim protection procedure and practice',
      fr: 'Procédures et pratiques de protection des témoins et des victimes',
      es: 'Procedimientos y prácticas de protección de testigos y víctimas',
    });

    // An activity's sub-area answers in the language asked, as the area does.
    const created = await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
      input: {
        code: 'SUB-1',
        title: 'Witness protection workshop',
        priorityAreaCode: 'B',
        subAreaCode: 'B.c',
        activityType: 'WORKSHOP',
      },
    });
    expect(created.errors).toBeUndefined();
    const activity = created.data!.createActivity as { id: string };
    const detail = await t.gql(
      `query($id: ID!) { activity(id: $id) { subArea { code fr: title(lang: FR) es: title(lang: ES) } } }`,
      { id: activity.id },
    );
    expect(detail.errors).toBeUndefined();
    expect(detail.data!.activity.subArea).toEqual({
      code: 'B.c',
      fr: 'Procédures et pratiques de protection des témoins et des victimes',
      es: 'Procedimientos y prácticas de protección de testigos y víctimas',
    });
  });

  it('lists field offices with legal advisers (footnote 11) and the States each covers', async () => {
    const { data } = await t.gql(`{ fieldOffices { code city hasLegalAdviser country { iso3 } states { iso3 } } }`);
    const offices = data!.fieldOffices as Array<{
      code: string;
      city: string;
      hasLegalAdviser: boolean;
      states: Array<{ iso3: string }>;
    }>;
    expect(
      offices
        .filter((o) => o.hasLegalAdviser)
        .map((o) => o.city)
        .sort(),
    ).toEqual(['Bangkok', 'Bogotá', 'Tashkent']);
    const covered = (code: string) => offices.find((o) => o.code === code)!.states.map((s) => s.iso3);
    expect(covered('BKK')).toEqual(expect.arrayContaining(['THA', 'KHM', 'MMR', 'CHN']));
    expect(covered('TAS')).toEqual(expect.arrayContaining(['TJK', 'TKM', 'UZB']));
    expect(covered('DKR')).toEqual(expect.arrayContaining(['SEN', 'MLI', 'TCD', 'CMR']));
    expect(covered('BOG')).toEqual(expect.arrayContaining(['COL', 'CRI', 'JAM']));
  });

  it('answers an office’s States with every field a State has, as the States list does (legal system included)', async () => {
    // Thailand (Bangkok's) recorded as of the civil law tradition, as a planner would set it.
    await t.dataSource.query(`UPDATE state SET legal_system = 'CIVIL_LAW' WHERE iso3 = 'THA'`);
    const fields = 'iso3 m49 name region subregion intermediateRegion unStatus legalSystem';
    const { data, errors } = await t.gql(`{ states { ${fields} } fieldOffices { code states { ${fields} } } }`);
    expect(errors).toBeUndefined();
    const byIso3 = new Map((data!.states as Array<{ iso3: string }>).map((s) => [s.iso3, s]));
    const covered = (
      data!.fieldOffices as Array<{ states: Array<{ iso3: string; legalSystem: string | null }> }>
    ).flatMap((o) => o.states);
    expect(covered.length).toBeGreaterThan(10);
    for (const state of covered) expect(state).toEqual(byIso3.get(state.iso3));
    expect(covered.find((s) => s.iso3 === 'THA')?.legalSystem).toBe('CIVIL_LAW');
  });

  it('names every State once in each language, in the UN short form, and renames them in an existing database', async () => {
    // A database written before the names changed: its start-up sync brings them in line.
    await t.dataSource.query(
      `UPDATE state SET name_en = CASE iso3 WHEN 'COD' THEN 'Congo' WHEN 'GBR' THEN 'UK' ELSE 'Korea, Republic of' END
        WHERE iso3 IN ('COD', 'GBR', 'KOR')`,
    );
    await t.app.get(ReferenceService).sync();
    const { data, errors } = await t.gql(`{ states { iso3 en: name fr: name(lang: FR) es: name(lang: ES) } }`);
    expect(errors).toBeUndefined();
    const states = data!.states as Array<{ iso3: string; en: string; fr: string; es: string }>;
    for (const lang of ['en', 'fr', 'es'] as const) {
      const names = states.map((s) => s[lang]);
      expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
    }
    const byCode = Object.fromEntries(states.map((s) => [s.iso3, [s.en, s.fr, s.es]]));
    expect(byCode.COG).toEqual(['Congo', 'Congo', 'Congo']);
    expect(byCode.COD).toEqual([
      'Democratic Republic of the Congo',
      'République démocratique du Congo',
      'República Democrática del Congo',
    ]);
    expect(byCode.GBR).toEqual(['United Kingdom', 'Royaume-Uni', 'Reino Unido']);
    expect(byCode.NLD).toEqual(['Netherlands', 'Pays-Bas', 'Países Bajos']);
    expect(byCode.KOR).toEqual(['Republic of Korea', 'République de Corée', 'República de Corea']);
    expect(byCode.PRK?.[0]).toBe("Democratic People's Republic of Korea");
  });

  it('tells each user which States they may log requests for: a field office its own, others every one or none', async () => {
    const actable = async (who: 'dakar' | 'bangkok' | 'secretariat' | 'viewer') => {
      const { data, errors } = await t.as(who)(`{ me { actableStates } }`);
      expect(errors).toBeUndefined();
      return data!.me.actableStates as string[] | null;
    };
    const dakar = await actable('dakar');
    expect(dakar).toEqual(expect.arrayContaining(['SEN', 'MLI', 'TCD', 'CMR']));
    expect(dakar).not.toContain('THA');
    const bangkok = await actable('bangkok');
    expect(bangkok).toContain('THA');
    expect(bangkok).not.toContain('SEN');
    expect(await actable('secretariat')).toBeNull();
    expect(await actable('viewer')).toEqual([]);
    // An administrator listing accounts sees each account's own reach, not the administrator's.
    const { data } = await t.as('admin')(`{ users(first: 50) { nodes { email actableStates } } }`);
    const dakarRow = (data!.users.nodes as Array<{ email: string; actableStates: string[] | null }>).find(
      (u) => u.email === 'dakar@demo.local',
    );
    expect([...dakarRow!.actableStates!].sort()).toEqual([...dakar!].sort());
  });
  it('gives the years of the plan as configured (PLAN_YEARS), for the web client’s year pickers', async () => {
    const { data, errors } = await t.gql(`{ planYears }`);
    expect(errors).toBeUndefined();
    expect(data!.planYears).toEqual([2009, 2010, 2011]);
    const longer = await bootApp({ env: { PLAN_YEARS: '2009,2010,2011,2012' } });
    try {
      const answer = await longer.gql(`{ planYears }`);
      expect(answer.data!.planYears).toEqual([2009, 2010, 2011, 2012]);
    } finally {
      await longer.close();
    }
  });
});
