import { randomBytes } from 'node:crypto';
import pg from 'pg';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

function adminUrl(): string {
  const url = process.env.TEST_PG_ADMIN_URL;
  if (!url) throw new Error('TEST_PG_ADMIN_URL is not set: run the tests through Jest (its global setup sets it).');
  return url;
}

/** Runs `work` with a connection to `url`, closed afterwards whatever happens. */
export async function withClient<T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, empty database of its own for one test file; the app's start-up migrates it. On this run's server
 * (see global-setup.mjs), or on the server of `serverUrl` (a PostgreSQL a test runs itself, see server.ts).
 */
export async function createTestDatabase(serverUrl = adminUrl()): Promise<TestDatabase> {
  const name = `ta_test_${process.env.TEST_RUN_ID ?? 'adhoc'}_${randomBytes(6).toString('hex')}`;
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  await withClient(admin.toString(), (c) => c.query(`CREATE DATABASE "${name}"`));
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withClient(admin.toString(), (c) => c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)).then(
        () => undefined,
      ),
  };
}

/**
 * Takes `lock` (a LOCK TABLE …) in a transaction of its own and holds it until `release`: the API's next statement
 * that needs it waits there, so a drill can kill a process at an exact point (`blocks` says when it waits). With
 * `ready`, the lock is taken the moment `ready` holds, asked on the holder's own connection every few milliseconds
 * (e.g. once an import has committed some lines, before it commits the next ones).
 */
export async function holdLock(url: string, lock: string, ready?: (holder: pg.Client) => Promise<boolean>) {
  const holder = new pg.Client({ connectionString: url });
  await holder.connect();
  try {
    if (ready) {
      const deadline = Date.now() + 150_000;
      while (!(await ready(holder))) {
        if (Date.now() > deadline) throw new Error(`Timed out waiting to take "${lock}"`);
        await new Promise((r) => setTimeout(r, 5));
      }
    }
    await holder.query('BEGIN');
    await holder.query(lock);
  } catch (error) {
    // Not held: the connection is not left open behind the failed drill.
    await holder.end().catch(() => undefined);
    throw error;
  }
  return {
    /**
     * Resolves once another connection waits on a lock, running a statement that matches `pattern` (ILIKE) or
     * waiting for a table whose name matches it: the activity view keeps only the first 1 kB of a statement, and a
     * long select list can push its table past that.
     */
    blocks: async (pattern: string, timeoutMs = 60_000) => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        // In a transaction, the activity view is read once and kept: read it anew each time.
        await holder.query('SELECT pg_stat_clear_snapshot()');
        const { rows } = await holder.query(
          `SELECT count(*)::int AS n FROM pg_stat_activity a
            WHERE datname = current_database() AND wait_event_type = 'Lock'
              AND (query ILIKE $1
                   OR EXISTS (SELECT 1 FROM pg_locks l
                               WHERE l.pid = a.pid AND NOT l.granted AND l.relation::regclass::text ILIKE $1))`,
          [pattern],
        );
        if (rows[0].n > 0) return;
        if (Date.now() > deadline) throw new Error(`Nothing waited on "${lock}" running ${pattern} in ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 100));
      }
    },
    release: async () => {
      await holder.query('ROLLBACK').catch(() => undefined);
      await holder.end();
    },
  };
}
