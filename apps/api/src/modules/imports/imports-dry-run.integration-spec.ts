import ExcelJS from 'exceljs';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportRequestsJob } from './jobs/import-requests.job.js';

const IMPORT = `mutation($f: String!, $c: String, $x: String, $d: Boolean, $m: [ImportColumnMappingInput!]) {
  importAssistanceRequests(fileName: $f, csv: $c, content: $x, dryRun: $d, mapping: $m) {
    id status dryRun totalRows importedRows failure
    rows { line outcome stateIso3 requestId duplicateOfId sameAsLine problems { field message } }
  } }`;
const STATUS = `query($id: ID!) { requestImport(id: $id) {
  status importedRows rows { line outcome requestId problems { field } } } }`;

/** The tables an import could write, each as a checksum of its rows: equal before and after means nothing written. */
const TABLES = [
  'assistance_request',
  'request_status_change',
  'audit_entry',
  'request_import',
  'request_import_row',
  'idempotency_key',
];

interface Row {
  line: number;
  outcome: string;
  stateIso3: string | null;
  requestId: string | null;
  duplicateOfId: string | null;
  sameAsLine: number | null;
  problems: Array<{ field: string | null; message: string }>;
}

/** An XLSX of requests with typed cells: a date cell for received_on, a number cell in description. */
async function workbook(
  rows: unknown[][],
  header = ['State', 'Kind', 'Topics', 'Priority area', 'Received on', 'Channel', 'Description'],
) {
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('Requests');
  sheet.addRow(header);
  for (const row of rows) sheet.addRow(row);
  book.addWorksheet('Notes').addRow(['not read']);
  return Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
}

describe('imports that can be trusted: XLSX, dry run, rows imported once, mapping templates', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  const checksums = async () => {
    const out: Record<string, string> = {};
    for (const table of TABLES) {
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n, md5(coalesce(string_agg(x::text, '|' ORDER BY x::text), '')) AS sum FROM ${table} x`,
      );
      out[table] = `${row.n}:${row.sum}`;
    }
    return out;
  };

  async function commit(who: 'secretariat' | 'bangkok', vars: Record<string, unknown>) {
    const started = await t.as(who)(IMPORT, { ...vars, d: false });
    expect(started.errors).toBeUndefined();
    const id = started.data!.importAssistanceRequests.id;
    // At least 90 s, 100 ms apart: a job on a loaded 2-core machine can take long (a hang still fails).
    for (let i = 0; i < 900; i++) {
      const imp = (await t.as(who)(STATUS, { id })).data!.requestImport;
      if (imp.status === 'DONE' || imp.status === 'FAILED') return imp;
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error('The import did not finish');
  }

  const marker = `xlsx-${Date.now()}`;
  const day = new Date(Date.UTC(2009, 1, 3));
  const good = [
    ['Kenya', 'training', 'cybercrime', 'B', day, 'letter', `${marker} training of prosecutors`],
    ['SEN', 'legislative assistance', 'money-laundering;confiscation', 'B', day, 'workshop', `${marker} AML law`],
    ['Nigeria', 'training', 'firearms', 'E', day, 'letter', 2024],
  ];
  const bad = ['Atlantis', 'magic', 'cybercrime', 'Z', '2009-02-30', 'pigeon', { formula: 'SUM(1,1)', result: 2 }];

  it('checks an XLSX in a dry run: every row’s outcome, every error of a refused row, and nothing written', async () => {
    const content = await workbook([...good, bad, good[0]]);
    await t.gql(`{ me { email } }`); // signed in before the count: a sign-in is audited
    const before = await checksums();
    const res = await t.gql(IMPORT, { f: 'requests.xlsx', x: content, d: true });
    expect(res.errors).toBeUndefined();
    const imp = res.data!.importAssistanceRequests;
    expect(imp).toMatchObject({ status: 'CHECKED', dryRun: true, totalRows: 5, importedRows: 0, failure: null });
    const rows: Row[] = imp.rows;
    expect(rows.map((r) => [r.line, r.outcome, r.stateIso3])).toEqual([
      [2, 'WOULD_LOG', 'KEN'],
      [3, 'WOULD_LOG', 'SEN'],
      [4, 'WOULD_LOG', 'NGA'],
      [5, 'REFUSED', null],
      [6, 'ALREADY_IMPORTED', 'KEN'],
    ]);
    expect(rows[4].sameAsLine).toBe(2);
    // Every problem of the refused row, each with its column: not only the first.
    expect(rows[3].problems.map((p) => p.field).sort()).toEqual([
      'channel',
      'description',
      'kind',
      'priority_area',
      'received_on',
      'state',
    ]);
    expect(rows[3].problems.find((p) => p.field === 'description')!.message).toMatch(/formula/);
    expect(await checksums()).toEqual(before);
  });

  it('imports the same XLSX twice and logs its rows once; a dry run then says ALREADY_IMPORTED', async () => {
    const content = await workbook(good);
    const logged = async () =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM assistance_request WHERE description LIKE $1 OR description = '2024'`,
          [`${marker}%`],
        )
      )[0].n as number;
    const before = await logged();
    const first = await commit('secretariat', { f: 'requests.xlsx', x: content });
    expect(first).toMatchObject({ status: 'DONE', importedRows: 3 });
    expect(first.rows.map((r: Row) => r.outcome)).toEqual(['LOGGED', 'LOGGED', 'LOGGED']);
    expect(await logged()).toBe(before + 3);
    // Logged in bulk as the form logs one: each with its first history entry and its audit entry.
    const ids = first.rows.map((r: Row) => r.requestId);
    const [{ history, audit }] = await t.dataSource.query(
      `SELECT (SELECT count(*)::int FROM request_status_change WHERE request_id = ANY($1::uuid[]) AND to_status = 'RECEIVED') AS history,
              (SELECT count(*)::int FROM audit_entry WHERE entity_id = ANY($1::text[]) AND action = 'CREATED') AS audit`,
      [ids],
    );
    expect({ history, audit }).toEqual({ history: 3, audit: 3 });
    // Dates read as dates, numbers as numbers.
    const [kenya] = await t.dataSource.query(`SELECT received_on::text AS d FROM assistance_request WHERE id = $1`, [
      first.rows[0].requestId,
    ]);
    expect(kenya.d).toBe('2009-02-03');

    const again = await commit('secretariat', { f: 'requests again.xlsx', x: content });
    expect(again).toMatchObject({ status: 'DONE', importedRows: 0 });
    expect(again.rows.map((r: Row) => [r.outcome, r.requestId])).toEqual(
      first.rows.map((r: Row) => ['ALREADY_IMPORTED', r.requestId]),
    );
    expect(await logged()).toBe(before + 3);

    // The same rows as CSV, in another order and spelling, are the same rows.
    const csv = [
      'state,kind,topics,priority_area,received_on,channel,description',
      `NGA,training,firearms,E,2009-02-03,letter,2024`,
      `KEN,Training,cybercrime,B,2009-02-03,letter,"${marker}   training of prosecutors"`,
      `KEN,training,cybercrime,B,2009-02-03,letter,${marker} another need`,
    ].join('\n');
    const dry = (await t.gql(IMPORT, { f: 'same.csv', c: csv, d: true })).data!.importAssistanceRequests;
    expect(dry.rows.map((r: Row) => r.outcome)).toEqual(['ALREADY_IMPORTED', 'ALREADY_IMPORTED', 'DUPLICATE_OF']);
    expect(dry.rows[1].requestId).toBe(first.rows[0].requestId);
    // A new row for the same State, kind and topic as an open request: logged, flagged as the same need.
    expect(dry.rows[2].duplicateOfId).toEqual(expect.any(String));
  });

  it('refuses other kinds of file and unreadable XLSX with BAD_USER_INPUT', async () => {
    const pdf = await t.gql(IMPORT, { f: 'requests.pdf', x: 'JVBERi0=', d: true });
    expect(pdf.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
    const broken = await t.gql(IMPORT, {
      f: 'requests.xlsx',
      x: Buffer.from('not a workbook').toString('base64'),
      d: true,
    });
    expect(broken.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    const asText = await t.gql(IMPORT, { f: 'requests.xlsx', c: 'state,kind', d: true });
    expect(asText.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
  });

  it('saves mapping templates (shared by the secretariat only) and applies one to a file’s own headers', async () => {
    const SAVE = `mutation($i: SaveImportMappingTemplateInput!) { saveImportMappingTemplate(input: $i) { id name shared mine mapping { column field } } }`;
    const mapping = [
      { column: 'Country', field: 'state' },
      { column: 'Type of help', field: 'kind' },
      { column: 'Subjects', field: 'topics' },
      { column: 'Area', field: 'priority_area' },
      { column: 'Date', field: 'received_on' },
      { column: 'How', field: 'channel' },
      { column: 'Need', field: 'description' },
      { column: 'Our ref', field: 'reference' },
    ];
    const saved = await t.gql(SAVE, { i: { name: 'Field office sheet', mapping, shared: true } });
    expect(saved.errors).toBeUndefined();
    expect(saved.data!.saveImportMappingTemplate).toMatchObject({ shared: true, mine: true });
    const own = await t.as('bangkok')(SAVE, { i: { name: 'Mine', mapping: mapping.slice(0, 2) } });
    expect(own.data!.saveImportMappingTemplate).toMatchObject({ shared: false, mine: true });
    const sharing = await t.as('bangkok')(SAVE, { i: { name: 'Mine too', mapping, shared: true } });
    expect(sharing.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'shared' });
    const twice = await t.gql(SAVE, { i: { name: 'Twice', mapping: [mapping[0], { ...mapping[1], field: 'state' }] } });
    expect(twice.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });

    const list = await t.as('bangkok')(`{ importMappingTemplates { name shared mine } }`);
    expect(list.data!.importMappingTemplates).toEqual(
      expect.arrayContaining([
        { name: 'Field office sheet', shared: true, mine: false },
        { name: 'Mine', shared: false, mine: true },
      ]),
    );
    const secretariatList = await t.gql(`{ importMappingTemplates { name } }`);
    expect(secretariatList.data!.importMappingTemplates.map((x: { name: string }) => x.name)).not.toContain('Mine');

    const content = await workbook(
      [['Thailand', 'training', 'extradition', 'C', day, 'workshop', `${marker} mapped`, 'BKK-17']],
      ['Country', 'Type of help', 'Subjects', 'Area', 'Date', 'How', 'Need', 'Our ref'],
    );
    const dry = await t.as('bangkok')(IMPORT, { f: 'office.xlsx', x: content, d: true, m: mapping });
    expect(dry.data!.importAssistanceRequests.rows.map((r: Row) => r.outcome)).toEqual(['WOULD_LOG']);
    const done = await commit('bangkok', { f: 'office.xlsx', x: content, m: mapping });
    expect(done).toMatchObject({ status: 'DONE', importedRows: 1 });
    // Known by its State and reference: the corrected description is the same row.
    const corrected = await workbook(
      [['THA', 'training', 'extradition', 'C', day, 'workshop', `${marker} mapped, corrected`, 'BKK-17']],
      ['Country', 'Type of help', 'Subjects', 'Area', 'Date', 'How', 'Need', 'Our ref'],
    );
    const again = await t.as('bangkok')(IMPORT, { f: 'office.xlsx', x: corrected, d: true, m: mapping });
    expect(again.data!.importAssistanceRequests.rows[0]).toMatchObject({
      outcome: 'ALREADY_IMPORTED',
      requestId: done.rows[0].requestId,
    });
  });

  it('logs the same rows once when two imports of them run at the same time, in either order (the row key’s unique index)', async () => {
    const tag = `twin-${Date.now()}`;
    const header = 'state,kind,topics,priority_area,received_on,channel,description';
    const rows = Array.from({ length: 30 }, (_, i) => `KEN,training,cybercrime,B,2009-03-01,letter,${tag} row ${i}`);
    // The second file holds the rows in the other order: the two imports meet in the middle.
    const files = [[header, ...rows].join('\n'), [header, ...rows.slice().reverse()].join('\n')];
    const [secretariat]: Array<{ id: string }> = await t.dataSource.query(
      `SELECT id FROM app_user WHERE email = 'secretariat@demo.local'`,
    );
    const repository = t.app.get(ImportsRepository);
    const ids = [
      await repository.insert('a.csv', files[0], secretariat.id),
      await repository.insert('b.csv', files[1], secretariat.id),
    ];
    const job = t.app.get(ImportRequestsJob);
    job.batchSize = 5;
    try {
      await Promise.all(ids.map((id) => job.runNow(id)));
    } finally {
      job.batchSize = undefined;
    }
    const [{ requests }] = await t.dataSource.query(
      `SELECT count(*)::int AS requests FROM assistance_request WHERE description LIKE $1`,
      [`${tag} row %`],
    );
    expect(requests).toBe(30);
    const lines: Array<{ outcome: string; n: number }> = await t.dataSource.query(
      `SELECT outcome, count(*)::int AS n FROM request_import_row WHERE import_id = ANY($1::uuid[]) GROUP BY outcome ORDER BY outcome`,
      [ids],
    );
    expect(lines).toEqual([
      { outcome: 'ALREADY_IMPORTED', n: 30 },
      { outcome: 'LOGGED', n: 30 },
    ]);
    const [{ counted }] = await t.dataSource.query(
      `SELECT sum(imported_rows)::int AS counted FROM request_import WHERE id = ANY($1::uuid[])`,
      [ids],
    );
    expect(counted).toBe(30);
  });
});
