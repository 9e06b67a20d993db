// Before any test: a PostgreSQL server for the tests. With DATABASE_URL set, that server (e.g. the
// machine's on 127.0.0.1:5432); without it, an embedded PostgreSQL under .data/test on its own port.
// Each test file then makes its own database on it (see database.ts), so files can run in parallel.
import { resolve } from 'node:path';
import { startEmbeddedDatabase } from '../../scripts/lib/embedded-db.mjs';

export default async function globalSetup() {
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    process.env.TEST_PG_ADMIN_URL = admin.toString();
    process.env.TEST_PG_KIND = 'external';
    return;
  }
  const db = await startEmbeddedDatabase({
    dataDir: resolve('.data/test'),
    port: Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54329),
    log: () => undefined,
  });
  globalThis.__TEST_DB__ = db;
  process.env.TEST_PG_ADMIN_URL = db.url('postgres');
  process.env.TEST_PG_KIND = 'embedded';
}
