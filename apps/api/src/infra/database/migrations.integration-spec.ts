import pg from 'pg';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/database.js';
import { createDataSource, migrate } from './data-source.js';

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
});
