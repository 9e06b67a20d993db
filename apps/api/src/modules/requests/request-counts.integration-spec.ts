import { REQUEST_STATUSES } from '@ta/domain';
import type { DataSource, EntityManager, QueryRunner } from 'typeorm';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { createApp } from '../../app.factory.js';
import { loadConfig } from '../../infra/config/app-config.js';
import type { SqlCondition } from '../../infra/database/sql-condition.js';
import {
  AssistanceRequestOrderField,
  OrderDirection,
  type AssistanceRequestFilter,
} from './dto/assistance-request.filter.js';
import { RequestCountsService } from './request-counts.service.js';
import { COUNTED } from './request-list.query.js';
import { countedByRows, countedTotal, RequestsRepository } from './requests.repository.js';

/**
 * The requests list's total, when its filter is only of State, region, status and open, is summed from
 * `request_count`, the deltas triggers append per State and status (migration 1764378100000). Random writes
 * straight in SQL (inserts, status changes, State moves, deletes, a cascaded delete, a rolled-back transaction,
 * concurrent transactions, TRUNCATE) with compactions in between; after each step the counts' sums must be the
 * `count(*)` of every State and status, and the list's total for every such filter the `count(*)` of the list's
 * own query.
 */
const OPEN: SqlCondition = { sql: 'TRUE', params: {} };
const STATUSES = REQUEST_STATUSES;
/** A value of every field of the filter that filters something (a new field fails to compile until it has one). */
const ACTIVE: { [K in keyof AssistanceRequestFilter]-?: NonNullable<AssistanceRequestFilter[K]> } = {
  stateIso3: ['SEN'],
  region: ['Africa'],
  status: ['RECEIVED'],
  open: true,
  kind: ['TRAINING'],
  priorityAreaCode: ['A'],
  topic: ['firearms'],
  receivedFrom: '2010-01-01',
  receivedTo: '2010-01-01',
  search: 'training',
  answered: true,
  workshopId: '00000000-0000-4000-8000-000000000000',
  sourceParagraph: '67',
  partyTo: 'UNTOC',
  notPartyTo: 'UNTOC',
};
const NEWEST: { field: AssistanceRequestOrderField; direction: OrderDirection } = {
  field: AssistanceRequestOrderField.RECEIVED_ON,
  direction: OrderDirection.DESC,
};

describe('the requests counts kept by triggers', () => {
  let t: TestApp;
  let db: DataSource;
  let repo: RequestsRepository;
  let seed = 1764378;
  const rnd = () => {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    return seed / 2147483648;
  };
  const int = (n: number) => Math.floor(rnd() * n);
  const pick = <T>(xs: readonly T[]): T => xs[int(xs.length)]!;
  /** Two States in each of three regions, one subregion of Africa, and a State that never has a request. */
  const states: string[] = [];
  let africanSubregion = '';
  let empty = '';
  let area = '';
  /** The parent rows (test_batch) new requests may belong to. */
  let batches = [1, 2, 3];

  beforeAll(async () => {
    // No background compaction: the spec compacts when it means to, and counts the rows between.
    t = await bootApp({ env: { WORKERS: 'off' } });
    db = t.dataSource;
    // The SQL's random() (which rows a statement changes) from a fixed seed, on the connection this runs on.
    await db.query(`SELECT setseed(0.1764378)`);
    repo = t.app.get(RequestsRepository);
    for (const region of ['Africa', 'Americas', 'Europe']) {
      const rows: Array<{ iso3: string; subregion: string }> = await db.query(
        `SELECT iso3, subregion FROM state WHERE region = $1 ORDER BY iso3 LIMIT 2`,
        [region],
      );
      states.push(...rows.map((r) => r.iso3));
      if (region === 'Africa') africanSubregion = rows[0]!.subregion;
    }
    [{ iso3: empty }] = await db.query(`SELECT iso3 FROM state WHERE region = 'Asia' ORDER BY iso3 LIMIT 1`);
    [{ code: area }] = await db.query(`SELECT code FROM priority_area ORDER BY code LIMIT 1`);
    // A parent whose deletion cascades to requests, to see that the triggers count cascaded deletes.
    await db.query(`CREATE TABLE test_batch (id int PRIMARY KEY)`);
    await db.query(
      `ALTER TABLE assistance_request ADD COLUMN test_batch_id int REFERENCES test_batch (id) ON DELETE CASCADE`,
    );
    await db.query(`INSERT INTO test_batch VALUES (1), (2), (3)`);
  }, 120_000);
  afterAll(() => t.close());

  type Run = (sql: string, params?: unknown[]) => Promise<unknown>;
  const on =
    (runner?: QueryRunner): Run =>
    (sql, params) =>
      runner ? runner.query(sql, params) : db.query(sql, params);

  /** `n` new requests in ONE statement, each of a random (or the given) State and status. */
  const insert = async (run: Run, n: number, state?: string) => {
    const rows = Array.from({ length: n }, () => [state ?? pick(states), pick(STATUSES), pick(batches)] as const);
    await run(
      `INSERT INTO assistance_request (state_iso3, priority_area_code, kind, channel, received_on, status, logged_by,
                                       test_batch_id)
       SELECT s, $4, 'TRAINING', 'EMAIL', DATE '2010-01-01' + (random() * 900)::int, st, 'drift spec', b
         FROM unnest($1::text[], $2::text[], $3::int[]) AS x(s, st, b)`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), area],
    );
  };
  /** A random tenth of the requests, as one statement's WHERE. */
  const someRows = `id IN (SELECT id FROM assistance_request ORDER BY random() LIMIT greatest(1, (SELECT count(*) / 10 FROM assistance_request)))`;
  const changeStatuses = (run: Run) =>
    run(`UPDATE assistance_request SET status = $1 WHERE ${someRows}`, [pick(STATUSES)]);
  const moveStates = (run: Run) =>
    run(`UPDATE assistance_request SET state_iso3 = $1 WHERE ${someRows}`, [pick(states)]);
  const moveBoth = (run: Run) =>
    // Each row its own new State and status, some keeping theirs: several keys in and out in one statement.
    run(
      `UPDATE assistance_request SET state_iso3 = (ARRAY[${states.map((s) => `'${s}'`).join(',')}])[1 + (random() * ${states.length - 1})::int],
              status = (ARRAY[${STATUSES.map((s) => `'${s}'`).join(',')}])[1 + (random() * ${STATUSES.length - 1})::int]
        WHERE ${someRows}`,
    );
  const remove = (run: Run) => run(`DELETE FROM assistance_request WHERE ${someRows}`);

  /** Every filter the counts can total, with the expected path checked. */
  const filters = (): AssistanceRequestFilter[] => [
    {},
    { stateIso3: [states[0]!] },
    { stateIso3: [states[1]!.toLowerCase(), states[3]!] },
    { stateIso3: [empty] },
    { region: ['Africa'] },
    { region: [africanSubregion, 'Europe'] },
    { region: ['Oceania'] },
    { status: ['RECEIVED'] },
    { status: ['DECLINED', 'IN_DELIVERY', 'WITHDRAWN'] },
    { open: true },
    { open: false },
    { region: ['Americas'], open: true },
    { stateIso3: [states[4]!], status: ['FULFILLED', 'PLANNED'], open: false },
    { stateIso3: [], region: [], search: '   ', kind: [] },
  ];

  /** Per State and status: the counts' sums and the requests' count, as the given connection sees them. */
  const keyed = async (run: Run) => {
    const sums = (await run(
      `SELECT state_iso3, status, sum(n)::int AS n FROM request_count GROUP BY 1, 2 HAVING sum(n) <> 0 ORDER BY 1, 2`,
    )) as unknown[];
    const counts = (await run(
      `SELECT state_iso3, status, count(*)::int AS n FROM assistance_request GROUP BY 1, 2 ORDER BY 1, 2`,
    )) as unknown[];
    return { sums, counts };
  };

  /** The counts equal the rows, per key and for every filter, in the given connection's view. */
  const expectExact = async (label: string, runner?: QueryRunner) => {
    const { sums, counts } = await keyed(on(runner));
    expect({ label, sums }).toEqual({ label, sums: counts });
    const manager: EntityManager = runner?.manager ?? db.manager;
    for (const filter of filters()) {
      const counted = countedTotal(manager, filter);
      expect(counted).not.toBeNull();
      const byRows = (await countedByRows(manager, filter, OPEN).getRawOne<{ n: number }>())!.n;
      const summed = (await counted!.getRawOne<{ n: number }>())!.n;
      expect({ label, filter, total: summed }).toEqual({ label, filter, total: byRows });
      if (!runner) {
        // The list itself, its total from the page's statement (or, for an empty page, its own).
        const { page } = await repo.list(filter, NEWEST, 5, null, OPEN, {
          totalCount: true,
          state: false,
          priorityArea: false,
        });
        expect({ label, filter, total: page.totalCount, rows: page.nodes.length }).toEqual({
          label,
          filter,
          total: byRows,
          rows: Math.min(5, byRows),
        });
      }
    }
  };

  const rowsOfCounts = async () => Number((await db.query(`SELECT count(*)::int AS n FROM request_count`))[0].n);

  it('totals only filters of State, region, status and open; any other filter counts the rows', () => {
    const manager = db.manager;
    for (const filter of filters()) expect(countedTotal(manager, filter)).not.toBeNull();
    const fields = Object.keys(COUNTED) as Array<keyof AssistanceRequestFilter>;
    for (const field of fields.filter((k) => COUNTED[k]))
      expect({ field, counted: countedTotal(manager, { [field]: ACTIVE[field] }) }).not.toEqual({
        field,
        counted: null,
      });
    const uncounted = fields.filter((k) => !COUNTED[k]);
    expect(uncounted.length).toBeGreaterThan(0);
    const others: AssistanceRequestFilter[] = [
      ...uncounted.map((field) => ({ [field]: ACTIVE[field] })),
      { sourceParagraph: ' ' },
      { answered: false },
      { stateIso3: ['SEN'], kind: ['TRAINING'] },
    ];
    for (const filter of others)
      expect({ filter, counted: countedTotal(manager, filter) }).toEqual({ filter, counted: null });
  });

  it('stays exact under random inserts, status changes, State moves and deletes, with compactions between', async () => {
    await expectExact('empty');
    for (let round = 0; round < 6; round += 1) {
      await insert(on(), 20 + int(60));
      await insert(on(), 1);
      await expectExact(`round ${round}: inserts`);
      await changeStatuses(on());
      await moveStates(on());
      await expectExact(`round ${round}: status changes and moves`);
      await moveBoth(on());
      await expectExact(`round ${round}: State and status at once`);
      const before = await rowsOfCounts();
      // A change of neither State nor status adds nothing to the counts.
      await db.query(`UPDATE assistance_request SET description = description || 'x' WHERE ${someRows}`);
      expect(await rowsOfCounts()).toBe(before);
      await remove(on());
      await expectExact(`round ${round}: deletes`);
      if (round % 2 === 1) {
        await repo.compactCounts();
        const keys = Number(
          (await db.query(`SELECT count(DISTINCT (state_iso3, status))::int AS n FROM assistance_request`))[0].n,
        );
        // One row per key that has requests, none for a key whose requests all went.
        expect(await rowsOfCounts()).toBe(keys);
        await expectExact(`round ${round}: compacted`);
        expect(await repo.compactCounts()).toBe(0);
      }
    }
    // A cascaded delete (from the test's own parent table) is a DELETE the triggers see.
    await insert(on(), 30);
    const inBatch = async () =>
      Number((await db.query(`SELECT count(*)::int AS n FROM assistance_request WHERE test_batch_id = 2`))[0].n);
    expect(await inBatch()).toBeGreaterThan(0);
    await db.query(`DELETE FROM test_batch WHERE id = 2`);
    batches = [1, 3];
    expect(await inBatch()).toBe(0);
    await expectExact('cascaded delete');
  }, 300_000);

  it('leaves no trace of a rolled-back transaction, and is exact inside it', async () => {
    const before = await keyed(on());
    const runner = db.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await insert(on(runner), 30);
      await changeStatuses(on(runner));
      await moveBoth(on(runner));
      await remove(on(runner));
      await insert(on(runner), 5, states[2]);
      await expectExact('inside the transaction', runner);
      // Another connection sees none of it.
      expect(await keyed(on())).toEqual(before);
      await runner.rollbackTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
    }
    expect(await keyed(on())).toEqual(before);
    await expectExact('after the rollback');
  });

  it('lets concurrent writers of the same States on in any order, without waits or deadlocks', async () => {
    const [a, b, reader] = [db.createQueryRunner(), db.createQueryRunner(), db.createQueryRunner()];
    for (const r of [a, b, reader]) await r.connect();
    // Every statement of the writers must finish at once: none waits for the other's commit.
    for (const r of [a, b]) await r.query(`SET lock_timeout = '2s'`);
    try {
      const [x, y] = [states[0]!, states[1]!];
      // An older snapshot, taken before any of the writes below, stays exact through them and the compactions.
      await reader.startTransaction('REPEATABLE READ');
      await expectExact('old snapshot, before', reader);
      await a.startTransaction();
      await b.startTransaction();
      await insert(on(a), 10, x);
      await insert(on(b), 10, y);
      await insert(on(a), 10, y);
      await insert(on(b), 10, x);
      await a.query(
        `UPDATE assistance_request SET status = 'DECLINED' WHERE state_iso3 = $1 AND logged_by = 'drift spec' AND id IN (SELECT id FROM assistance_request WHERE state_iso3 = $1 ORDER BY id LIMIT 3)`,
        [states[2]],
      );
      await b.query(
        `UPDATE assistance_request SET state_iso3 = $2 WHERE id IN (SELECT id FROM assistance_request WHERE state_iso3 = $1 ORDER BY id DESC LIMIT 3)`,
        [states[3], x],
      );
      // A compaction while both are open leaves their deltas alone; a second one at the same time skips.
      const compactor = db.createQueryRunner();
      await compactor.connect();
      try {
        await compactor.startTransaction();
        await compactor.query(`SELECT request_count_compact()`);
        expect(await repo.compactCounts()).toBe(0);
        await compactor.commitTransaction();
      } finally {
        await compactor.release();
      }
      await expectExact('writers open', a);
      await expectExact('writers open', b);
      await expectExact('writers open');
      await a.commitTransaction();
      await expectExact('one writer committed');
      await repo.compactCounts();
      await b.commitTransaction();
      await expectExact('both committed');
      await repo.compactCounts();
      await expectExact('old snapshot, after commits and compactions', reader);
      await reader.commitTransaction();
      await expectExact('both committed and compacted');
    } finally {
      for (const r of [a, b, reader]) {
        if (r.isTransactionActive) await r.rollbackTransaction();
        await r.release();
      }
    }
  });

  it('is rebuilt by a TRUNCATE and by its rebuild function', async () => {
    await insert(on(), 40);
    await db.query(`DELETE FROM request_count`);
    await db.query(`SELECT request_count_rebuild()`);
    await expectExact('rebuilt');
    await db.query(`TRUNCATE assistance_request CASCADE`);
    expect(await rowsOfCounts()).toBe(0);
    await expectExact('truncated');
    await insert(on(), 25);
    await expectExact('after the truncate');
  });

  it("is compacted by the service's round (which processes that run jobs run every minute)", async () => {
    for (let i = 0; i < 10; i += 1) await insert(on(), 3, states[i % 2]);
    const keys = async () =>
      Number((await db.query(`SELECT count(DISTINCT (state_iso3, status))::int AS n FROM assistance_request`))[0].n);
    expect(await rowsOfCounts()).toBeGreaterThan(await keys());
    await t.app.get(RequestCountsService).compact();
    expect(await rowsOfCounts()).toBe(await keys());
    await expectExact('compacted by the service');
  });

  it('is compacted on its own by a process that runs jobs, every REQUEST_COUNTS_COMPACT_MS', async () => {
    const other = await createApp(
      loadConfig({
        DATABASE_URL: (db.options as { url: string }).url,
        NODE_ENV: 'test',
        JWT_SECRET: t.jwtSecret,
        WORKERS: 'on',
        REQUEST_COUNTS_COMPACT_MS: '100',
      }),
    );
    try {
      await other.init(); // its lifecycle hooks: the service starts its timer
      for (let i = 0; i < 10; i += 1) await insert(on(), 3, states[i % 2]);
      const keys = Number(
        (await db.query(`SELECT count(DISTINCT (state_iso3, status))::int AS n FROM assistance_request`))[0].n,
      );
      // A generous deadline: the timer's rounds come every 100 ms, but a loaded machine can hold them back.
      const deadline = Date.now() + 60_000;
      while ((await rowsOfCounts()) > keys && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
      expect(await rowsOfCounts()).toBe(keys);
      await expectExact('compacted by the timer');
    } finally {
      await other.close();
    }
  });

  it('answers a page and its total in one statement', async () => {
    const { queries, result } = await t.countQueries(() =>
      repo.list({ region: ['Africa', 'Americas', 'Europe'] }, NEWEST, 5, null, OPEN, {
        totalCount: true,
        state: true,
        priorityArea: true,
      }),
    );
    expect(result.page.nodes.length).toBeGreaterThan(0);
    expect(queries).toBe(1);
  });
});
