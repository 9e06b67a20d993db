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

  it('the last migration that changes functions: its down() gives back every function body, trigger and table as they were before its up(), byte for byte', async () => {
    // A migration that extends existing functions in place (replaceOnce: their definitions read from the database,
    // one clause changed) must write them back exactly in its down(), not merely leave functions that work. The
    // latest such migration (1764378700000 when written; later ones that touch no function, such as
    // 1764378900000's column, are undone first): a database migrated all the way up, the migrations after it undone,
    // then its own down() (as migrated) and its up() and down() again by hand in one transaction (then its up()
    // again: the clauses it looks for are found once more).
    const own = await createTestDatabase();
    const ds = new DataSource({ ...dataSourceOptions(own.url), migrations });
    await ds.initialize();
    const runner = ds.createQueryRunner();
    try {
      expect(await migrate(ds)).toHaveLength(migrations.length);
      await runner.connect();
      let tested: string | null = null;
      for (let i = migrations.length - 1; i >= 0 && !tested; i--) {
        await ds.undoLastMigration({ transaction: 'each' });
        const last = new migrations[i]();
        await runner.startTransaction();
        const before = await definitions(runner);
        await last.up(runner);
        const up = await definitions(runner);
        // Not vacuous: the up() changed functions that were there before (else the one before it is tried).
        const changed = Object.keys(before).filter((k) => k in up && up[k] !== before[k]);
        if (changed.length > 0) {
          await last.down(runner);
          expect(await definitions(runner)).toEqual(before);
          await last.up(runner);
          expect(await definitions(runner)).toEqual(up);
          tested = migrations[i].name;
        }
        await runner.rollbackTransaction();
      }
      expect(tested).not.toBeNull();
    } finally {
      if (runner.isTransactionActive) await runner.rollbackTransaction();
      await runner.release();
      await ds.destroy();
      await own.drop();
    }
  });
});
