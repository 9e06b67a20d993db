// Which database `npm run backup` / `npm run restore` work on: DATABASE_URL when set, else the embedded
// PostgreSQL of `npm start` (database ta_tracker under DATA_DIR, port EMBEDDED_PG_PORT) — the one running, or,
// when none runs, one started for the command and stopped after it.
import { resolve } from 'node:path';
import pg from 'pg';
import { embeddedUrl, startEmbeddedDatabase } from './embedded-db.mjs';

async function answers(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    return true;
  } catch (error) {
    if (error?.code === 'ECONNREFUSED') return false;
    if (error?.code === '3D000') return true; // the server runs; the database does not exist (yet)
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** @returns {Promise<{ url: string, label: string, release: () => Promise<void> }>} */
export async function databaseTarget(root, urlOption) {
  const url = urlOption ?? process.env.DATABASE_URL;
  if (url) return { url, label: redact(url), release: async () => undefined };
  const embedded = embeddedUrl(root, 'ta_tracker');
  if (await answers(embedded))
    return { url: embedded, label: 'the running embedded database', release: async () => undefined };
  const dataDir = resolve(root, process.env.DATA_DIR ?? '.data');
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  const db = await startEmbeddedDatabase({ dataDir, port, log: () => undefined });
  return { url: db.url('ta_tracker'), label: `the embedded database in ${dataDir}`, release: () => db.stop() };
}

/** A connection string without its password, for messages. */
export function redact(url) {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'DATABASE_URL';
  }
}
