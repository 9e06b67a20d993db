import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportRequestsJob } from './jobs/import-requests.job.js';

const HEADER = 'state,kind,topics,priority_area,received_on,channel,description';
const DRY_RUN = `mutation($f: String!, $c: String!) {
  importAssistanceRequests(fileName: $f, csv: $c, dryRun: true) { status rows { outcome } } }`;

/**
 * An import costs the same number of SQL statements for 10 rows as for 500 (issue 16): the rows of a batch are
 * checked, logged, audited and recorded set-based, a fixed number of statements per batch, and a file is cut into
 * four batches (a quarter of it each, at most 500 lines). Counted by the test app's statement counter (every statement TypeORM sends) on real PostgreSQL.
 */
describe('SQL statements of an import (they do not grow with the rows)', () => {
  let t: TestApp;
  let secretariat: string;
  let states: string[];
  beforeAll(async () => {
    t = await bootApp();
    [{ id: secretariat }] = await t.dataSource.query(`SELECT id FROM app_user WHERE email = 'secretariat@demo.local'`);
    states = (await t.dataSource.query(`SELECT iso3 FROM state ORDER BY iso3 LIMIT 40`)).map(
      (r: { iso3: string }) => r.iso3,
    );
  });
  afterAll(() => t.close());

  /**
   * A file of `n` rows over many States, kinds and topics: each row new (the marker), the second row again as
   * the last (ALREADY_IMPORTED, the same as an earlier line) and one row refused (no such State).
   */
  function file(n: number, marker: string): string {
    const kinds = ['training', 'legislative assistance', 'equipment'];
    const topics = ['cybercrime', 'extradition', 'money laundering'];
    const lines = Array.from(
      { length: n - 2 },
      (_, i) =>
        `${states[i % states.length]},${kinds[i % 3]},${topics[(i >> 2) % 3]},${'ABCDE'[i % 5]},2009-02-01,letter,${marker} row ${i}`,
    );
    return [HEADER, ...lines, 'Atlantis,training,cybercrime,B,2009-02-01,letter,Nowhere', lines[1]].join('\n');
  }

  /** Runs the import job on a file, as the worker would, counting its statements. */
  async function importCounted(csv: string) {
    const id = await t.app.get(ImportsRepository).insert('count.csv', csv, secretariat);
    const { queries } = await t.countQueries(() => t.app.get(ImportRequestsJob).runNow(id));
    const [state] = await t.dataSource.query(
      `SELECT i.status, i.imported_rows, count(r.*)::int AS lines,
              count(*) FILTER (WHERE r.outcome = 'ALREADY_IMPORTED')::int AS already,
              count(*) FILTER (WHERE r.outcome = 'REFUSED')::int AS refused
         FROM request_import i LEFT JOIN request_import_row r ON r.import_id = i.id
        WHERE i.id = $1 GROUP BY i.id`,
      [id],
    );
    return { queries, state };
  }

  async function dryRunCounted(csv: string) {
    await t.gql('{ me { id } }'); // signed in before counting
    const { result, queries } = await t.countQueries(() => t.gql(DRY_RUN, { f: 'count.csv', c: csv }));
    expect(result.errors).toBeUndefined();
    return { queries, rows: result.data!.importAssistanceRequests.rows as Array<{ outcome: string }> };
  }

  it('a dry run of 10 rows and one of 500 take as many statements', async () => {
    await dryRunCounted(file(10, `warm-${Date.now()}`)); // reference data read once
    const ten = await dryRunCounted(file(10, `dry10-${Date.now()}`));
    const fiveHundred = await dryRunCounted(file(500, `dry500-${Date.now()}`));
    expect(ten.rows).toHaveLength(10);
    expect(fiveHundred.rows).toHaveLength(500);
    expect(ten.queries).toBeGreaterThan(0);
    expect(fiveHundred.queries).toBe(ten.queries);
  });

  it('importing 10 rows and 500 rows take as many statements, and so does importing each again', async () => {
    await importCounted(file(10, `warm-${Date.now()}`)); // reference data read once
    const tenFile = file(10, `imp10-${Date.now()}`);
    const fiveHundredFile = file(500, `imp500-${Date.now()}`);
    const ten = await importCounted(tenFile);
    const fiveHundred = await importCounted(fiveHundredFile);
    expect(ten.state).toMatchObject({ status: 'DONE', imported_rows: 8, lines: 10, already: 1, refused: 1 });
    expect(fiveHundred.state).toMatchObject({ status: 'DONE', imported_rows: 498, lines: 500, already: 1, refused: 1 });
    expect(ten.queries).toBeGreaterThan(0);
    // As many, but for one: the 10-row file's last batch (of four, three lines each) is the repeated row alone,
    // which logs nothing and so sends no live event (LiveEvents.publish), where every batch of 500 rows logs some.
    expect(fiveHundred.queries).toBe(ten.queries + 1);

    // The same files again: every row already imported (or refused), nothing logged, as few statements.
    const tenAgain = await importCounted(tenFile);
    const fiveHundredAgain = await importCounted(fiveHundredFile);
    expect(tenAgain.state).toMatchObject({ status: 'DONE', imported_rows: 0, already: 9, refused: 1 });
    expect(fiveHundredAgain.state).toMatchObject({ status: 'DONE', imported_rows: 0, already: 499, refused: 1 });
    expect(fiveHundredAgain.queries).toBe(tenAgain.queries);
    expect(tenAgain.queries).toBeLessThanOrEqual(ten.queries);
  });

  it('logs each request with its history entry and its audit record, as logging one does', async () => {
    const marker = `audit-${Date.now()}`;
    const { state } = await importCounted(file(12, marker));
    expect(state.imported_rows).toBe(10);
    const rows: Array<{ history: number; audits: number; reason: string; after: Record<string, unknown> }> =
      await t.dataSource.query(
        `SELECT (SELECT count(*)::int FROM request_status_change h WHERE h.request_id = r.id) AS history,
                (SELECT min(h.reason) FROM request_status_change h WHERE h.request_id = r.id) AS reason,
                (SELECT count(*)::int FROM audit_entry a
                  WHERE a.entity_id = r.id::text AND a.action = 'CREATED' AND a.entity_type = 'assistance_request')
                  AS audits,
                (SELECT a.after FROM audit_entry a WHERE a.entity_id = r.id::text LIMIT 1) AS after
           FROM assistance_request r WHERE r.description LIKE $1 ORDER BY r.description`,
        [`${marker} %`],
      );
    expect(rows).toHaveLength(10);
    for (const r of rows) {
      expect(r).toMatchObject({ history: 1, audits: 1, reason: 'Logged (channel: letter)' });
      expect(r.after).toMatchObject({ status: 'RECEIVED', receivedOn: '2009-02-01', confidential: false });
    }
  });
});
