// Before any test: a PostgreSQL server for the tests. With DATABASE_URL set, that server (e.g. the
// machine's on 127.0.0.1:5432); without it, an embedded PostgreSQL of this run's own (its own folder under
// .data/test and a free port, so two runs never meet). Each test file then makes its own database on it
// (see database.ts), so files can run in parallel.
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { startEmbeddedDatabase } from '../../scripts/lib/embedded-db.mjs';

function freePort(preferred) {
  const tryPort = (port) =>
    new Promise((resolvePort, reject) => {
      const server = createServer();
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        const { port: chosen } = server.address();
        server.close(() => resolvePort(chosen));
      });
    });
  return tryPort(preferred).catch(() => tryPort(0));
}

export default async function globalSetup() {
  // Databases of this run are named after it, so the teardown drops only its own (other runs may share the server).
  process.env.TEST_RUN_ID = randomBytes(4).toString('hex');
  if (process.env.DATABASE_URL) {
    const admin = new URL(process.env.DATABASE_URL);
    admin.pathname = '/postgres';
    process.env.TEST_PG_ADMIN_URL = admin.toString();
    process.env.TEST_PG_KIND = 'external';
    return;
  }
  const dataDir = resolve('.data/test', `run-${process.pid}-${randomBytes(3).toString('hex')}`);
  const port = await freePort(Number(process.env.TEST_EMBEDDED_PG_PORT ?? 54329));
  const db = await startEmbeddedDatabase({ dataDir, port, log: () => undefined });
  globalThis.__TEST_DB__ = db;
  globalThis.__TEST_DB_DIR__ = db.dir; // under /tmp instead when root cannot share .data (see reachableDataDir)
  process.env.TEST_PG_ADMIN_URL = db.url('postgres');
  process.env.TEST_PG_KIND = 'embedded';
}
