import pg from 'pg';
import { DataSource } from 'typeorm';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/database.js';
import { preparedStatementsPerConnection, preparingClient } from './prepared-statements.js';

/** The statements this connection has prepared on the server, by their text. */
async function onServer(client: pg.Client): Promise<Map<string, string>> {
  const { rows } = await client.query<{ name: string; statement: string }>(
    'SELECT name, statement FROM pg_prepared_statements',
  );
  return new Map(rows.map((r) => [r.statement, r.name]));
}

describe('statements with parameters, prepared once per connection', () => {
  let db: TestDatabase;
  let client: pg.Client;
  const connect = async (size: number) => {
    const Client = preparingClient(size);
    const c = new Client({ connectionString: db.url });
    await c.connect();
    return c;
  };

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await client?.end().catch(() => undefined);
  });
  afterAll(async () => {
    await db.drop();
  });

  it('prepares a text once and runs it again by name, keeping the last `size` texts', async () => {
    client = await connect(2);
    const texts = ['SELECT $1::int + 1 AS n', 'SELECT $1::int + 2 AS n', 'SELECT $1::int + 3 AS n'];
    expect((await client.query(texts[0], [1])).rows).toEqual([{ n: 2 }]);
    const first = (await onServer(client)).get(texts[0]);
    expect(first).toMatch(/^ta_\d+$/);
    // Asked again: the same statement on the server, with the new value.
    expect((await client.query(texts[0], [10])).rows).toEqual([{ n: 11 }]);
    expect((await onServer(client)).get(texts[0])).toBe(first);
    await client.query(texts[1], [1]);
    await client.query(texts[0], [1]); // the most recently used now
    await client.query(texts[2], [1]); // evicts texts[1], the least recently used
    const kept = await onServer(client);
    expect([...kept.keys()].sort()).toEqual([texts[0], texts[2]].sort());
    // Evicted, then asked again: prepared afresh under a new name, same answer.
    expect((await client.query(texts[1], [5])).rows).toEqual([{ n: 7 }]);
    expect((await onServer(client)).size).toBe(2);
  });

  it('leaves calls without values, config objects and several statements in one string as they are', async () => {
    client = await connect(10);
    await client.query('SELECT 1');
    await client.query({ text: 'SELECT $1::int AS n', values: [1] });
    await client.query('CREATE TEMP TABLE scratch (n int); INSERT INTO scratch VALUES (1)', []);
    expect((await onServer(client)).size).toBe(0);
    // An empty list of values is a statement without parameters (the unfiltered first page): prepared.
    expect((await client.query("SELECT 'x' AS t", [])).rows).toEqual([{ t: 'x' }]);
    expect([...(await onServer(client)).keys()]).toEqual(["SELECT 'x' AS t"]);
  });

  it('forgets a statement that failed, so a table changed under a running process is read again', async () => {
    client = await connect(10);
    await client.query('CREATE TABLE changing (id int PRIMARY KEY, a text)');
    await client.query(`INSERT INTO changing VALUES (1, 'one')`);
    const select = 'SELECT * FROM changing WHERE id = $1';
    expect((await client.query(select, [1])).rows).toEqual([{ id: 1, a: 'one' }]);
    await client.query(`ALTER TABLE changing ADD COLUMN b text DEFAULT 'new'`);
    // PostgreSQL refuses the prepared plan once ("cached plan must not change result type") or replans it;
    // either way the next answer has the new column.
    const again = await client.query(select, [1]).catch((error: { code?: string }) => error);
    if (!('rows' in again)) expect(again.code).toBe('0A000');
    expect((await client.query(select, [1])).rows).toEqual([{ id: 1, a: 'one', b: 'new' }]);
    await client.query('DROP TABLE changing');
  });

  it('keeps working after a failure inside a transaction, when the eviction could not be sent', async () => {
    client = await connect(1);
    await client.query('BEGIN');
    await expect(client.query('SELECT 1 / $1::int AS n', [0])).rejects.toMatchObject({ code: '22012' });
    // In the aborted transaction: this evicts the failed text's statement and is refused itself.
    await expect(client.query('SELECT $1::int AS n', [1])).rejects.toMatchObject({ code: '25P02' });
    await client.query('ROLLBACK');
    expect((await client.query('SELECT 1 / $1::int AS n', [1])).rows).toEqual([{ n: 1 }]);
    expect((await client.query('SELECT $1::int AS n', [2])).rows).toEqual([{ n: 2 }]);
    expect((await client.query('SELECT 1 / $1::int AS n', [1])).rows).toEqual([{ n: 1 }]);
  });

  it('answers callbacks as pg does', async () => {
    client = await connect(10);
    const n = await new Promise<number>((resolve, reject) =>
      client.query('SELECT $1::int AS n', [3], (error: Error | null, result: pg.QueryResult<{ n: number }>) =>
        error ? reject(error) : resolve(result.rows[0].n),
      ),
    );
    expect(n).toBe(3);
    expect((await onServer(client)).size).toBe(1);
  });

  it('the application pool prepares (TypeORM queries with parameters), and 0 turns it off', async () => {
    expect(preparingClient(0)).toBe(pg.Client);
    expect(preparedStatementsPerConnection({})).toBe(100);
    expect(preparedStatementsPerConnection({ DATABASE_PREPARED_STATEMENTS: '0' })).toBe(0);
    expect(() => preparedStatementsPerConnection({ DATABASE_PREPARED_STATEMENTS: 'lots' })).toThrow(
      /DATABASE_PREPARED_STATEMENTS must be a whole number/,
    );
    const { dataSourceOptions } = await import('./data-source.js');
    const dataSource = new DataSource({ ...dataSourceOptions(db.url), migrations: [] });
    await dataSource.initialize();
    try {
      const runner = dataSource.createQueryRunner();
      try {
        expect(await runner.query('SELECT $1::int AS n', [4])).toEqual([{ n: 4 }]);
        const rows: Array<{ statement: string }> = await runner.query('SELECT statement FROM pg_prepared_statements');
        expect(rows.map((r) => r.statement)).toEqual(['SELECT $1::int AS n']);
      } finally {
        await runner.release();
      }
    } finally {
      await dataSource.destroy();
    }
  });
});
