import ExcelJS from 'exceljs';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const IMPORT = `mutation($n: String!, $c: String!, $d: Boolean) {
  importCooperationCases(fileName: $n, content: $c, dryRun: $d) {
    dryRun recorded alreadyReported refused rows { line outcome caseId problems { column message } }
  }
}`;
const COUNT = `query($f: CooperationFilter) { cooperationStatistics(groupBy: [YEAR], filter: $f) { year requests } }`;
const HEADER =
  'Requesting State,Requested State,Reported by,Kind,Offence,Legal basis,Outcome,Sent on,Executed on,Refusal ground,Case ref';

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64');

/** The cooperation statistics spreadsheet (issue 15): read as the requests import reads a file, checked line by line. */
describe('importing cooperation statistics', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  const requestsIn2009 = async (stateIso3: string): Promise<number> => {
    const res = await t.gql(COUNT, { f: { years: [2009], stateIso3 } });
    expect(res.errors).toBeUndefined();
    return (res.data!.cooperationStatistics as { requests: number }[]).reduce((n, r) => n + r.requests, 0);
  };

  it('checks every line on a dry run, naming the column at fault, and writes nothing', async () => {
    const csv = [
      HEADER,
      'SEN,FRA,SEN,mutual legal assistance,money laundering,Convention,pending,2009-02-03,,,SN-2009-1',
      'SEN,FRA,SEN,MUTUAL_LEGAL_ASSISTANCE,corruption,CONVENTION,PENDING,2009-13-40,,,SN-2009-2',
      'SEN,XXX,SEN,EXTRADITION,corruption,CONVENTION,PENDING,2009-03-01,,,SN-2009-3',
      'THA,FRA,THA,EXTRADITION,corruption,CONVENTION,PENDING,2009-03-01,,,TH-2009-1',
      'SEN,FRA,SEN,EXTRADITION,corruption,CONVENTION,EXECUTED,2009-03-01,,NATIONALITY,SN-2009-4',
    ].join('\n');
    const res = await t.as('dakar')(IMPORT, { n: 'coop.csv', c: b64(csv), d: true });
    expect(res.errors).toBeUndefined();
    const result = res.data!.importCooperationCases;
    expect(result).toMatchObject({ dryRun: true, recorded: 0, refused: 4 });
    const byLine = new Map(
      (result.rows as { line: number; outcome: string; problems: { column: string }[] }[]).map((r) => [r.line, r]),
    );
    expect(byLine.get(2)).toMatchObject({ outcome: 'WOULD_RECORD', problems: [] });
    expect(byLine.get(3)!.problems.map((p) => p.column)).toContain('sent_on');
    expect(byLine.get(4)).toMatchObject({ outcome: 'REFUSED', problems: [{ column: 'requested_state' }] });
    // Dakar's office does not cover Thailand.
    expect(byLine.get(5)).toMatchObject({ outcome: 'REFUSED', problems: [{ column: 'reported_by' }] });
    expect(byLine.get(6)).toMatchObject({ outcome: 'REFUSED', problems: [{ column: 'refusal_ground' }] });
    expect(await requestsIn2009('SEN')).toBe(0);
  });

  it('records the valid lines once each, a request reported by both States counted once, and audits them', async () => {
    const csv = [
      HEADER,
      'MLI,FRA,MLI,EXTRADITION,drug-trafficking,BILATERAL_TREATY,PENDING,2009-01-10,,,ML-2009-1',
      'MLI,FRA,FRA,EXTRADITION,drug-trafficking,BILATERAL_TREATY,REFUSED,2009-01-10,,NATIONALITY,ml 2009 1',
      'MLI,SEN,MLI,MUTUAL_LEGAL_ASSISTANCE,corruption,CONVENTION,EXECUTED,2009-02-01,2009-03-03,,ML-2009-2',
      'MLI,SEN,MLI,MUTUAL_LEGAL_ASSISTANCE,corruption,CONVENTION,PENDING,2009-02-30,,,ML-2009-3',
    ].join('\r\n');
    const res = await t.gql(IMPORT, { n: 'mali.csv', c: b64(csv) });
    expect(res.errors).toBeUndefined();
    const result = res.data!.importCooperationCases;
    expect(result).toMatchObject({ dryRun: false, recorded: 2, alreadyReported: 1, refused: 1 });
    expect(result.rows[0].caseId).toBe(result.rows[1].caseId);
    expect(await requestsIn2009('MLI')).toBe(2);
    const refusals = await t.gql(
      `{ cooperationStatistics(groupBy: [OUTCOME], filter: { years: [2009], stateIso3: "MLI" }) { outcome requests } }`,
    );
    expect(refusals.data!.cooperationStatistics).toEqual(
      expect.arrayContaining([
        { outcome: 'REFUSED', requests: 1 },
        { outcome: 'EXECUTED', requests: 1 },
      ]),
    );
    const audit = await t.gql(
      `{ auditLog(filter: { entityType: "cooperation_case" }, first: 100) { nodes { action entityId } } }`,
    );
    expect(audit.errors).toBeUndefined();
    const ids = new Set([result.rows[0].caseId, result.rows[2].caseId]);
    const steps = (audit.data!.auditLog.nodes as { action: string; entityId: string }[]).filter((e) =>
      ids.has(e.entityId),
    );
    // Two created, and France's report merged into Mali's.
    expect(steps.map((e) => e.action).sort()).toEqual(['CREATED', 'CREATED', 'UPDATED']);
    // The same file again adds nothing, sent in base64 or as its text (as the web sends a CSV).
    const again = await t.gql(IMPORT, { n: 'mali.csv', c: b64(csv) });
    expect(again.data!.importCooperationCases).toMatchObject({ recorded: 0, alreadyReported: 3, refused: 1 });
    const asText = await t.gql(
      `mutation($n: String!, $csv: String) { importCooperationCases(fileName: $n, csv: $csv) { recorded alreadyReported refused } }`,
      { n: 'mali.csv', csv },
    );
    expect(asText.errors).toBeUndefined();
    expect(asText.data!.importCooperationCases).toEqual({ recorded: 0, alreadyReported: 3, refused: 1 });
    expect(await requestsIn2009('MLI')).toBe(2);
  });

  it('reads an XLSX workbook’s typed cells as the requests import does', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Requests');
    sheet.addRow(HEADER.split(','));
    sheet.addRow([
      'BEN',
      'NGA',
      'BEN',
      'Extradition',
      'Trafficking in persons',
      'Reciprocity',
      'Executed',
      new Date(Date.UTC(2009, 4, 5)),
      new Date(Date.UTC(2009, 6, 1)),
      null,
      'BJ/2009/77',
    ]);
    const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
    const res = await t.gql(IMPORT, { n: 'benin.xlsx', c: bytes.toString('base64') });
    expect(res.errors).toBeUndefined();
    expect(res.data!.importCooperationCases).toMatchObject({ recorded: 1, refused: 0 });
    const stats = await t.gql(
      `{ cooperationStatistics(groupBy: [OFFENCE], filter: { years: [2009], stateIso3: "BEN" }) { offence requests medianDaysToExecute } }`,
    );
    expect(stats.data!.cooperationStatistics).toEqual([
      { offence: 'trafficking-in-persons', requests: 1, medianDaysToExecute: 57 },
    ]);
  });

  it('refuses a file with a NUL character in a cell, naming its line and column, before checking or writing anything', async () => {
    const csv = [HEADER, 'MLI,NER,MLI,EXTRADITION,drug-trafficking,CONVENTION,PENDING,2009-04-01,,,ML-\u0000-9'].join(
      '\n',
    );
    for (const dryRun of [true, false]) {
      const res = await t.gql(IMPORT, { n: 'nul.csv', c: b64(csv), d: dryRun });
      expect(res.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
      expect(res.errors![0]!.message).toBe(
        'Line 2, column "Case ref" holds a NUL character, which no text may contain; save the file again without it.',
      );
    }
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM cooperation_case WHERE case_ref LIKE 'ML-%-9'`,
    );
    expect(n).toBe(0);
  });

  it('refuses a file without the required columns, naming them, and any other kind of file', async () => {
    const missing = await t.gql(IMPORT, { n: 'c.csv', c: b64('requesting_state,requested_state\nSEN,FRA') });
    expect(missing.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'content' });
    expect(missing.errors![0].message).toContain('reported_by');
    const pdf = await t.gql(IMPORT, { n: 'c.pdf', c: b64('x') });
    expect(pdf.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fileName' });
    const donor = await t.as('donor')(IMPORT, { n: 'c.csv', c: b64(HEADER) });
    expect(donor.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
  });
});
