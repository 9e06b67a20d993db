import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/database.js';
import { DataSource, type QueryRunner } from 'typeorm';
import { migrations } from '../../../../../migrations/index.js';
import { createDataSource, dataSourceOptions, migrate } from './data-source.js';

/** Every migration can be undone: all the way down to an empty database, then up again. */
describe('the migrations', () => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  async function tables(): Promise<string[]> {
    const client = new pg.Client({ connectionString: db.url });
    await client.connect();
    try {
      const { rows } = await client.query(
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations' ORDER BY 1`,
      );
      return rows.map((r: { table_name: string }) => r.table_name);
    } finally {
      await client.end();
    }
  }

  it('go up, all the way down, and up again, leaving the same tables', async () => {
    const ds = createDataSource(db.url);
    await ds.initialize();
    try {
      const ran = await migrate(ds);
      expect(ran.length).toBe(ds.migrations.length);
      const up = await tables();
      expect(up).toEqual(
        expect.arrayContaining([
          'assistance_request',
          'activity',
          'contribution',
          'audit_entry',
          'report',
          'request_import',
        ]),
      );
      for (let i = 0; i < ds.migrations.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      expect(await tables()).toEqual([]);
      expect(await migrate(ds)).toHaveLength(ds.migrations.length);
      expect(await tables()).toEqual(up);
    } finally {
      await ds.destroy();
    }
  });

  /** Every function in schema public and every trigger on its tables, as PostgreSQL writes them back. */
  async function definitions(runner: QueryRunner): Promise<Record<string, string>> {
    const rows = (await runner.query(
      `SELECT 'function ' || p.oid::regprocedure::text AS name, pg_get_functiondef(p.oid) AS definition
         FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace WHERE n.nspname = 'public' AND p.prokind <> 'a'
       UNION ALL
       SELECT 'trigger ' || t.tgname || ' on ' || c.relname, pg_get_triggerdef(t.oid)
         FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND NOT t.tgisinternal
       UNION ALL
       SELECT 'table ' || table_name, '' FROM information_schema.tables
        WHERE table_schema = 'public' AND table_name <> 'schema_migrations'
       ORDER BY 1`,
    )) as Array<{ name: string; definition: string }>;
    return Object.fromEntries(rows.map((r) => [r.name, r.definition]));
  }

  it("the last migration's down() gives back every function body, trigger and table as they were before its up(), byte for byte", async () => {
    // The last migration (1764378400000 when written) extends existing functions in place (replaceOnce: their
    // definitions read from the database, one clause changed): its down() must write them back exactly, not merely
    // leave functions that work. A database migrated up to the one before it, then that migration's up() and down()
    // by hand in one transaction (then its up() again: the clauses it looks for are found once more).
    const own = await createTestDatabase();
    const ds = new DataSource({ ...dataSourceOptions(own.url), migrations: migrations.slice(0, -1) });
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      expect(await migrate(ds)).toHaveLength(migrations.length - 1);
      const last = new (migrations.at(-1)!)();
      await runner.connect();
      await runner.startTransaction();
      const before = await definitions(runner);
      await last.up(runner);
      const up = await definitions(runner);
      // Not vacuous: the up() changed functions that were there before.
      const changed = Object.keys(before).filter((k) => k in up && up[k] !== before[k]);
      expect(changed.length).toBeGreaterThan(0);
      await last.down(runner);
      expect(await definitions(runner)).toEqual(before);
      await last.up(runner);
      expect(await definitions(runner)).toEqual(up);
      await runner.rollbackTransaction();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
      await ds.destroy();
      await own.drop();
    }
  });
});
