// `npm run backup [-- --out <folder>]`: a logical export of the database that the project owns (the embedded
// PostgreSQL 18 ships no pg_dump, and an older one refuses a newer server). One consistent snapshot (a
// REPEATABLE READ transaction, so writes may go on meanwhile): every table of the `public` schema as gzipped
// JSON lines (PostgreSQL's own row_to_json, so numbers, dates and texts come back exactly), the sequences, and
// a manifest with the migrations the schema is at and each table's row count and checksum. Restore it with
// `npm run restore -- <folder>`. Works on DATABASE_URL, or on the embedded database of `npm start`.
// Not included: the job queues' state (schema bullmq) — reports and imports keep their status in their rows.
import { createHash } from 'node:crypto';
import { createWriteStream, mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Readable } from 'node:stream';
import { parseArgs } from 'node:util';
import { createGzip } from 'node:zlib';
import pg from 'pg';
import { databaseTarget } from './lib/database-target.mjs';
import { DERIVED_TABLES } from './lib/derived-tables.mjs';

const root = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { out: { type: 'string' }, 'database-url': { type: 'string' } } });
const stamp = new Date().toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15);
const out = resolve(values.out ?? join(root, 'backups', `ta-tracker-${stamp}`));
const BATCH = 1000;

const target = await databaseTarget(root, values['database-url']);
const client = new pg.Client({ connectionString: target.url, application_name: 'ta-tracker-backup' });
try {
  await client.connect();
  const started = Date.now();
  await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
  const {
    rows: [{ present }],
  } = await client.query(`SELECT to_regclass('public.schema_migrations') IS NOT NULL AS present`);
  const { rows: migrationRows } = present
    ? await client.query(`SELECT name FROM schema_migrations ORDER BY id`)
    : { rows: [] };
  if (migrationRows.length === 0)
    throw new Error('This database has no schema yet (no migrations ran): nothing to back up.');
  const { rows: tables } = await client.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'schema_migrations'
        AND NOT c.relispartition
        AND NOT (c.relname = ANY ($1::text[]))
      ORDER BY c.relname`,
    [Object.keys(DERIVED_TABLES)],
  );
  const { rows: sequences } = await client.query(
    `SELECT sequencename AS name, last_value::text AS "lastValue" FROM pg_sequences WHERE schemaname = 'public'
      ORDER BY sequencename`,
  );
  const {
    rows: [server],
  } = await client.query(`SELECT current_setting('server_version') AS version, current_database() AS db`);
  mkdirSync(join(out, 'tables'), { recursive: true });

  const manifestTables = [];
  for (const { name } of tables) {
    const file = `tables/${name}.jsonl.gz`;
    const hash = createHash('sha256');
    let rows = 0;
    const ident = client.escapeIdentifier(name);
    await client.query(
      `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM public.${ident} t`,
    );
    async function* lines() {
      for (;;) {
        const { rows: batch } = await client.query(`FETCH ${BATCH} FROM backup_rows`);
        if (batch.length === 0) return;
        rows += batch.length;
        yield batch.map((r) => `${r.line}\n`).join('');
      }
    }
    const gzip = createGzip();
    gzip.on('data', (chunk) => hash.update(chunk));
    await pipeline(Readable.from(lines()), gzip, createWriteStream(join(out, file)));
    await client.query('CLOSE backup_rows');
    manifestTables.push({ name, file, rows, sha256: hash.digest('hex') });
  }
  await client.query('COMMIT');

  const manifest = {
    format: 'ta-tracker-backup',
    version: 1,
    createdAt: new Date(started).toISOString(),
    source: { database: server.db, serverVersion: server.version },
    migrations: migrationRows.map((r) => r.name),
    tables: manifestTables,
    sequences,
  };
  writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
  const total = manifestTables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Backed up ${target.label}: ${manifestTables.length} tables, ${total} rows, ${sequences.length} sequences, ` +
      `at migration ${manifest.migrations.at(-1)}, in ${Date.now() - started} ms.`,
  );
  console.log(`BACKUP ${out}`);
} catch (error) {
  console.error(`Backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
} finally {
  await client.end().catch(() => undefined);
  await target.release();
}
