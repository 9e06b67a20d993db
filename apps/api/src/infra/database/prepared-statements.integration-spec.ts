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

  /** Runs a text twice: asked once it runs unnamed, from its second use it is prepared. */
  const twice = async (text: string, values: unknown[]) => {
    await client.query(text, values);
    return client.query(text, values);
  };

  it('prepares a text from its second use and runs it again by name, keeping the last `size` texts', async () => {
    client = await connect(2);
    const texts = ['SELECT $1::int + 1 AS n', 'SELECT $1::int + 2 AS n', 'SELECT $1::int + 3 AS n'];
    expect((await client.query(texts[0], [1])).rows).toEqual([{ n: 2 }]);
    expect((await onServer(client)).size).toBe(0); // asked once: unnamed
    expect((await client.query(texts[0], [1])).rows).toEqual([{ n: 2 }]);
    const first = (await onServer(client)).get(texts[0]);
    expect(first).toMatch(/^ta_\d+$/);
    // Asked again: the same statement on the server, with the new value.
    expect((await client.query(texts[0], [10])).rows).toEqual([{ n: 11 }]);
    expect((await onServer(client)).get(texts[0])).toBe(first);
    await twice(texts[1], [1]);
    await client.query(texts[0], [1]); // the most recently used now
    await twice(texts[2], [1]); // evicts texts[1], the least recently used, dropped once texts[2] has answered
    const kept = await onServer(client);
    expect([...kept.keys()].sort()).toEqual([texts[0], texts[2]].sort());
    // Evicted, then asked again (twice): prepared afresh under a new name, same answer.
    expect((await twice(texts[1], [5])).rows).toEqual([{ n: 7 }]);
    expect((await onServer(client)).size).toBe(2);
  });

  it('leaves calls without values or with a callback, config objects and several statements as they are', async () => {
    client = await connect(10);
    for (let i = 0; i < 2; i += 1) {
      await client.query('SELECT 1');
      await client.query({ text: 'SELECT $1::int AS n', values: [1] });
      await client.query('CREATE TEMP TABLE IF NOT EXISTS scratch (n int); INSERT INTO scratch VALUES (1)', []);
      const n = await new Promise<number>((resolve, reject) =>
        client.query('SELECT $1::int AS n', [3], (error: Error | null, result: pg.QueryResult<{ n: number }>) =>
          error ? reject(error) : resolve(result.rows[0].n),
        ),
      );
      expect(n).toBe(3);
    }
    expect((await onServer(client)).size).toBe(0);
    // An empty list of values is a statement without parameters (the unfiltered first page): prepared.
    expect((await twice("SELECT 'x' AS t", [])).rows).toEqual([{ t: 'x' }]);
    expect([...(await onServer(client)).keys()]).toEqual(["SELECT 'x' AS t"]);
  });

  it('drops a statement its table changed under, and prepares it afresh', async () => {
    client = await connect(10);
    await client.query('CREATE TABLE changing (id int PRIMARY KEY, a text)');
    await client.query(`INSERT INTO changing VALUES (1, 'one')`);
    const select = 'SELECT * FROM changing WHERE id = $1';
    expect((await twice(select, [1])).rows).toEqual([{ id: 1, a: 'one' }]);
    const before = (await onServer(client)).get(select);
    await client.query(`ALTER TABLE changing ADD COLUMN b text DEFAULT 'new'`);
    // PostgreSQL refuses the prepared plan once ("cached plan must not change result type"): dropped.
    await expect(client.query(select, [1])).rejects.toMatchObject({ code: '0A000' });
    expect((await onServer(client)).has(select)).toBe(false);
    expect((await twice(select, [1])).rows).toEqual([{ id: 1, a: 'one', b: 'new' }]);
    expect((await onServer(client)).get(select)).not.toBe(before);
    await client.query('DROP TABLE changing');
  });

  it('keeps a statement whose run failed, and leaves nothing behind after a failed transaction', async () => {
    client = await connect(1);
    const divide = 'SELECT 1 / $1::int AS n';
    const other = 'SELECT $1::int AS n';
    await twice(divide, [1]);
    await client.query(other, [1]); // seen once
    await client.query('BEGIN');
    await expect(client.query(divide, [0])).rejects.toMatchObject({ code: '22012' });
    // In the failed transaction: prepares `other`, evicting `divide` (size 1); refused itself, the drop waits.
    await expect(client.query(other, [1])).rejects.toMatchObject({ code: '25P02' });
    await client.query('ROLLBACK');
    expect((await client.query(other, [2])).rows).toEqual([{ n: 2 }]);
    // `divide` dropped once a statement answered outside the failed transaction; nothing left twice.
    const statements = await client.query<{ statement: string }>('SELECT statement FROM pg_prepared_statements');
    expect(statements.rows.map((r) => r.statement)).toEqual([other]);
    expect((await twice(divide, [1])).rows).toEqual([{ n: 1 }]);
  });

  it('runs uses queued on one connection in order, while one evicts another', async () => {
    client = await connect(2);
    const texts = ['SELECT $1::int + 1 AS n', 'SELECT $1::int + 2 AS n', 'SELECT $1::int + 3 AS n'];
    await twice(texts[0], [0]);
    await client.query(texts[1], [0]);
    await client.query(texts[2], [0]);
    const answers = await Promise.all([
      client.query(texts[0], [1]),
      client.query(texts[1], [1]),
      client.query(texts[2], [1]),
      client.query(texts[0], [2]),
    ]);
    expect(answers.map((a) => a.rows[0].n)).toEqual([2, 3, 4, 3]);
    expect((await onServer(client)).size).toBeLessThanOrEqual(2);
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
        expect(await runner.query('SELECT $1::int AS n', [5])).toEqual([{ n: 5 }]);
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
