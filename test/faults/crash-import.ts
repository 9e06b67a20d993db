// An import killed in the middle of a line (its request logged, the line not yet recorded), for the drills that
// kill an API or a worker process: the file, the exact crash point, and what must hold afterwards.
import { ASSISTANCE_KINDS, TOPICS } from '@ta/domain';
import { holdLock, withClient } from '../support/database.js';
import { gqlAt, until } from '../support/server.js';

const STATES = ['KEN', 'NGA', 'SEN', 'THA', 'BRA', 'MEX', 'IND', 'FRA', 'PER', 'GHA', 'ZAF', 'EGY', 'COL', 'VNM'];

/**
 * Rows spread over States and topics as a real file's are (the same State, kind and topic still open is flagged
 * as a possible duplicate, and checking a thousand of one kind is not what these drills measure).
 */
export function importCsv(rows: number, tag: string): string {
  const lines = ['state,kind,topics,priority_area,received_on,channel,description'];
  for (let i = 1; i <= rows; i++) {
    const state = STATES[i % STATES.length];
    const topic = TOPICS[Math.floor(i / STATES.length) % TOPICS.length];
    const kind = ASSISTANCE_KINDS[Math.floor(i / (STATES.length * TOPICS.length)) % ASSISTANCE_KINDS.length];
    lines.push(`${state},${kind.toLowerCase()},${topic},B,2009-02-01,letter,${tag} row ${i}`);
  }
  return lines.join('\n');
}

export const IMPORT = `mutation($csv: String!, $f: String!) { importAssistanceRequests(csv: $csv, fileName: $f) { id status } }`;

/** Rows of the crash drills' file: enough to be killed a sixth of the way in, few enough to stay quick. */
export const CRASH_ROWS = 240;
const KILLED_AFTER = 40;

const one = (url: string, query: string, params: unknown[]) =>
  withClient(url, async (c) => Number((await c.query(query, params)).rows[0].n));

/** Starts an import of CRASH_ROWS rows tagged `tag` and answers its id. */
export async function startImport(apiUrl: string, token: string, tag: string): Promise<string> {
  const res = await gqlAt<{ importAssistanceRequests: { id: string } }>(
    apiUrl,
    IMPORT,
    { csv: importCsv(CRASH_ROWS, tag), f: `${tag}.csv` },
    token,
  );
  if (!res.data) throw new Error(`The import was refused: ${JSON.stringify(res.errors)}`);
  return res.data.importAssistanceRequests.id;
}

/**
 * Once KILLED_AFTER lines are in, holds the next line at the point where its request is logged and the line is
 * about to be recorded (LOCK TABLE request_import_row), runs `kill` there, and checks that what is left is whole
 * lines only: each committed line has its request and is counted. Answers how many lines were in.
 */
export async function killMidLine(dbUrl: string, id: string, tag: string, kill: () => Promise<void>) {
  // Taken as soon as a batch of lines is in, on one connection polled every few milliseconds: the import writes a
  // quarter of the file per batch, and a slower look could see the next batches through before the lock.
  const lock = await holdLock(dbUrl, 'LOCK TABLE request_import_row IN EXCLUSIVE MODE', async (c) => {
    const { rows } = await c.query(`SELECT imported_rows AS n, status FROM request_import WHERE id = $1`, [id]);
    // Ended before a line could be held (too fast, or failed): the drill cannot run, and says so at once.
    if (rows[0] && ['DONE', 'FAILED'].includes(rows[0].status)) {
      throw new Error(`The import ended (${rows[0].status}) before it could be held mid-line`);
    }
    return Number(rows[0]?.n ?? 0) >= KILLED_AFTER;
  });
  try {
    await lock.blocks('%INSERT INTO request_import_row%');
    await kill();
  } finally {
    await lock.release();
  }
  const cut = await one(dbUrl, `SELECT count(*) AS n FROM assistance_request WHERE description LIKE $1`, [
    `${tag} row %`,
  ]);
  expect(cut).toBeGreaterThanOrEqual(KILLED_AFTER);
  expect(cut).toBeLessThan(CRASH_ROWS);
  expect(await one(dbUrl, `SELECT imported_rows AS n FROM request_import WHERE id = $1`, [id])).toBe(cut);
  expect(await one(dbUrl, `SELECT count(*) AS n FROM request_import_row WHERE import_id = $1`, [id])).toBe(cut);
  return cut;
}

/** Waits for the import to end, then checks each row of the file is a request exactly once and the counters true. */
export async function expectImportedOnce(dbUrl: string, id: string, tag: string, requestsBefore: number) {
  await until(
    'the import to end',
    async () =>
      (await one(dbUrl, `SELECT count(*) AS n FROM request_import WHERE id = $1 AND status IN ('DONE', 'FAILED')`, [
        id,
      ])) === 1,
  );
  const state = await withClient(dbUrl, async (c) => {
    const { rows } = await c.query(
      `SELECT status, total_rows, imported_rows, progress, failure FROM request_import WHERE id = $1`,
      [id],
    );
    return rows[0];
  });
  expect(state).toEqual({
    status: 'DONE',
    total_rows: CRASH_ROWS,
    imported_rows: CRASH_ROWS,
    progress: 100,
    failure: null,
  });
  expect(await one(dbUrl, `SELECT count(*) AS n FROM assistance_request`, [])).toBe(requestsBefore + CRASH_ROWS);
  expect(
    await one(dbUrl, `SELECT count(DISTINCT description) AS n FROM assistance_request WHERE description LIKE $1`, [
      `${tag} row %`,
    ]),
  ).toBe(CRASH_ROWS);
  // Every line recorded once, each with its request, no refusal.
  expect(
    await one(
      dbUrl,
      `SELECT count(DISTINCT line) + count(*) - count(request_id) AS n FROM request_import_row WHERE import_id = $1`,
      [id],
    ),
  ).toBe(CRASH_ROWS);
  expect(await one(dbUrl, `SELECT count(*) AS n FROM request_import_row WHERE import_id = $1`, [id])).toBe(CRASH_ROWS);
}
