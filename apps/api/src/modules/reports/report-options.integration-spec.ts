import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

type Row = Record<string, string>;
const ASK = `mutation($kind: ReportKind!, $options: ReportOptionsInput) {
  requestReport(kind: $kind, options: $options) { id options { years priorityAreaCodes phases donorId language } }
}`;

/** CSV reports that people open in a spreadsheet: a byte order mark, names beside codes, and the options asked for. */
describe('report options and CSVs people open', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  /** Asks for a report, waits for it, and answers the file's bytes and its rows. */
  async function report(
    kind: 'FUNDING_GAPS' | 'ASSISTANCE_REQUESTS' | 'IATI_ACTIVITIES',
    options: Record<string, unknown> = {},
    who: 'secretariat' | 'donor' = 'secretariat',
  ) {
    const asked = await t.as(who)(ASK, { kind, options });
    expect(asked.errors).toBeUndefined();
    const id = asked.data!.requestReport.id;
    // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
    for (let i = 0; i < 900; i++) {
      const { report: r } = (
        await t.as(who)(`query($id: ID!) { report(id: $id) { status downloadUrl error } }`, { id })
      ).data!;
      if (r.status === 'FAILED') throw new Error(`Report failed: ${r.error}`);
      if (r.status === 'DONE') {
        const file = await request(t.app.getHttpServer())
          .get(r.downloadUrl)
          .set('authorization', `Bearer ${await t.login(`${who}@demo.local`)}`)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          });
        const bytes = file.body as Buffer;
        const rows: Row[] = kind === 'IATI_ACTIVITIES' ? [] : parse(bytes, { bom: true, columns: true });
        return { bytes, rows, header: Object.keys(rows[0] ?? {}), options: asked.data!.requestReport.options };
      }
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The report did not finish');
  }

  const names = async (iso3: string) =>
    (await t.dataSource.query(`SELECT name_en, name_fr, name_es FROM state WHERE iso3 = $1`, [iso3]))[0] as {
      name_en: string;
      name_fr: string;
      name_es: string;
    };
  const areaTitles = async (code: string) =>
    (await t.dataSource.query(`SELECT title_en, title_fr FROM priority_area WHERE code = $1`, [code]))[0] as {
      title_en: string;
      title_fr: string;
    };

  async function log(stateIso3: string, description: string, receivedOn = '2010-02-01') {
    const res = await t.gql(
      `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
      {
        input: {
          stateIso3,
          kind: 'TRAINING',
          topics: ['cybercrime'],
          priorityAreaCode: 'B',
          receivedOn,
          channel: 'letter',
          description,
        },
      },
    );
    expect(res.errors).toBeUndefined();
  }

  it('starts every CSV with a UTF-8 byte order mark, and "Côte d\'Ivoire" survives the round trip', async () => {
    await log('CIV', "Training of judges in Côte d'Ivoire on mutual legal assistance");
    const { bytes, rows, header } = await report('ASSISTANCE_REQUESTS');
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(header.slice(0, 4)).toEqual(['state', 'state_name', 'priority_area', 'priority_area_title']);
    const civ = rows.find((r) => r.state === 'CIV' && r.description.includes('mutual legal assistance'))!;
    expect(civ.description).toBe("Training of judges in Côte d'Ivoire on mutual legal assistance");
    expect(civ.state_name).toBe((await names('CIV')).name_en);
    expect(civ.state_name).toMatch(/^Côte d.Ivoire$/);
    expect(civ.priority_area_title).toBe((await areaTitles('B')).title_en);
    // "ô" is written as UTF-8 (C3 B4), which Excel reads as such once it sees the mark.
    expect(bytes.includes(Buffer.from('Côte', 'utf8'))).toBe(true);

    const gaps = await report('FUNDING_GAPS');
    expect([...gaps.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(gaps.rows.every((r) => r.priority_area_title === '' || r.priority_area_title.length > 3)).toBe(true);
  });

  it('writes the names in French when the report is asked for in French', async () => {
    await log('SEN', 'Formation des procureurs');
    const { rows, options } = await report('ASSISTANCE_REQUESTS', { language: 'FR' });
    expect(options.language).toBe('FR');
    const sen = rows.find((r) => r.state === 'SEN')!;
    const senegal = await names('SEN');
    expect(sen.state_name).toBe(senegal.name_fr);
    expect(sen.state_name).toBe('Sénégal');
    expect(sen.priority_area_title).toBe((await areaTitles('B')).title_fr);
    expect(sen.priority_area_title).not.toBe((await areaTitles('B')).title_en);
    const es = await report('ASSISTANCE_REQUESTS', { language: 'ES' });
    expect(es.rows.find((r) => r.state === 'SEN')!.state_name).toBe(senegal.name_es);
  });

  it('exports the current work, the proposals or both to IATI, as asked (issue 17), and in a priority area', async () => {
    const countOf = async (where: string) =>
      Number((await t.dataSource.query(`SELECT count(*)::int AS n FROM activity WHERE ${where}`))[0].n);
    const activitiesIn = (bytes: Buffer) => bytes.toString('utf8').match(/<iati-activity[\s>]/g)?.length ?? 0;
    const both = await report('IATI_ACTIVITIES');
    expect(activitiesIn(both.bytes)).toBe(await countOf('true'));
    const current = await report('IATI_ACTIVITIES', { phases: ['CURRENT'] });
    expect(current.options.phases).toEqual(['CURRENT']);
    expect(activitiesIn(current.bytes)).toBe(await countOf(`phase = 'CURRENT'`));
    expect(activitiesIn(current.bytes)).toBeGreaterThan(0);
    const proposedC = await report('IATI_ACTIVITIES', { phases: ['PROPOSED'], priorityAreaCodes: ['C'] });
    expect(activitiesIn(proposedC.bytes)).toBe(await countOf(`phase = 'PROPOSED' AND priority_area_code = 'C'`));
    expect(activitiesIn(proposedC.bytes)).toBeLessThan(activitiesIn(both.bytes));
    const wrong = await t.gql(ASK, { kind: 'IATI_ACTIVITIES', options: { phases: ['LATER'] } });
    expect(wrong.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('keeps to the years and priority areas asked for', async () => {
    // The demo's requests came before the programme (2008); these are within its years.
    await log('KEN', 'Asked in 2009', '2009-05-04');
    await log('NPL', 'Asked in 2010', '2010-06-07');
    await log('PER', 'Asked in 2011', '2011-01-10');
    const all = (await report('ASSISTANCE_REQUESTS')).rows;
    const in2009 = (await report('ASSISTANCE_REQUESTS', { years: [2009] })).rows;
    expect(in2009.length).toBeGreaterThan(0);
    expect(in2009.length).toBeLessThan(all.length);
    expect(in2009.every((r) => r.received_on.startsWith('2009-'))).toBe(true);
    expect(in2009).toHaveLength(all.filter((r) => r.received_on.startsWith('2009-')).length);
    // Years need not follow each other.
    const apart = (await report('ASSISTANCE_REQUESTS', { years: [2009, 2011] })).rows;
    expect(apart.every((r) => /^20(09|11)-/.test(r.received_on))).toBe(true);
    expect(apart).toHaveLength(all.filter((r) => /^20(09|11)-/.test(r.received_on)).length);

    const areaB = (await report('ASSISTANCE_REQUESTS', { priorityAreaCodes: ['B'] })).rows;
    expect(areaB.length).toBeGreaterThan(0);
    expect(areaB.length).toBeLessThan(all.length);
    expect(areaB.every((r) => r.priority_area === 'B')).toBe(true);

    const gaps = (await report('FUNDING_GAPS')).rows;
    const gaps2010 = (await report('FUNDING_GAPS', { years: [2010], priorityAreaCodes: ['C'] })).rows;
    expect(gaps2010.length).toBeGreaterThan(0);
    expect(gaps2010.length).toBeLessThan(gaps.length);
    expect(gaps2010.every((r) => r.year === '2010' && r.priority_area === 'C')).toBe(true);
  });

  it("reports one donor's money: only what it funds, with its name and share beside the totals", async () => {
    const [norway] = await t.dataSource.query(`SELECT id, name FROM donor WHERE external_ref = 'demo:donor:NOR'`);
    const all = (await report('FUNDING_GAPS')).rows;
    const { rows, options } = await report('FUNDING_GAPS', { donorId: norway.id });
    expect(options.donorId).toBe(norway.id);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.length).toBeLessThan(all.length);
    for (const r of rows) {
      expect(r).toMatchObject({ donor_id: norway.id, donor: norway.name });
      const share = Number(r.donor_pledged_usd) + Number(r.donor_committed_usd) + Number(r.donor_paid_usd);
      expect(share).toBeGreaterThan(0);
      expect(Number(r.donor_paid_usd)).toBeLessThanOrEqual(Number(r.paid_usd));
    }
    expect(all.every((r) => r.donor_id === '' && r.donor === '')).toBe(true);
  });

  it('refuses years outside the programme, unknown areas and donors, saying which, and asks for nothing', async () => {
    const before = (await t.dataSource.query(`SELECT count(*)::int AS n FROM report`))[0].n;
    const years = await t.gql(ASK, { kind: 'FUNDING_GAPS', options: { years: [2008, 2010, 2012] } });
    expect(years.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'YEAR_OUTSIDE_PLAN',
      field: 'years',
      years: '2008, 2012',
      planYears: '2009, 2010, 2011',
    });
    const area = await t.gql(ASK, { kind: 'ASSISTANCE_REQUESTS', options: { priorityAreaCodes: ['B', 'Z'] } });
    expect(area.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'priorityAreaCodes',
    });
    expect(area.errors![0].message).toContain('Z');
    const donor = await t.gql(ASK, {
      kind: 'FUNDING_GAPS',
      options: { donorId: '3f1c1e2a-0000-4000-8000-000000000000' },
    });
    expect(donor.errors![0].extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'donorId' });
    // A donor reports on its own money only: another donor is as unknown to it as one that does not exist.
    const [norway] = await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`);
    const me = (await t.as('donor')(`{ me { donor { id } } }`)).data!.me.donor.id;
    if (me !== norway.id) {
      const other = await t.as('donor')(ASK, { kind: 'FUNDING_GAPS', options: { donorId: norway.id } });
      expect(other.errors![0].extensions).toMatchObject({ reason: 'UNKNOWN_REFERENCE', field: 'donorId' });
    }
    const own = await t.as('donor')(ASK, { kind: 'FUNDING_GAPS', options: { donorId: me } });
    expect(own.errors).toBeUndefined();
    expect((await t.dataSource.query(`SELECT count(*)::int AS n FROM report`))[0].n).toBe(before + 1);
  });
});
