import { rmSync } from 'node:fs';
import pg from 'pg';

export default async function globalTeardown() {
  // Drop what this run's test files left behind (a file that failed half-way may not have cleaned up).
  const client = new pg.Client({ connectionString: process.env.TEST_PG_ADMIN_URL });
  try {
    await client.connect();
    const { rows } = await client.query(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [
      `ta_test_${process.env.TEST_RUN_ID}_%`,
    ]);
    for (const { datname } of rows) await client.query(`DROP DATABASE IF EXISTS "${datname}" WITH (FORCE)`);
    // And the login roles a drill made (backup-restore's ordinary role), once their databases are gone.
    const { rows: roles } = await client.query(`SELECT rolname FROM pg_roles WHERE rolname LIKE $1`, [
      `ta_test_${process.env.TEST_RUN_ID}_%`,
    ]);
    for (const { rolname } of roles) await client.query(`DROP ROLE IF EXISTS "${rolname}"`);
  } catch {
    // the server may already be gone; nothing to clean then
  } finally {
    await client.end().catch(() => undefined);
  }
  await globalThis.__TEST_DB__?.stop();
  if (globalThis.__TEST_DB_DIR__) rmSync(globalThis.__TEST_DB_DIR__, { recursive: true, force: true });
}
