// `npm run restore -- <backup folder> [--replace] [--database-url <url>]`: loads a backup made by
// `npm run backup` into DATABASE_URL (created when missing), or into the embedded database of `npm start`.
// Stop the API and workers first (it refuses while anyone else is connected). The schema is rebuilt by the
// project's own migrations up to the backup's, then every table is loaded in one transaction (rows, then the
// sequences) and each row count is checked against the manifest; anything wrong and nothing is kept. A database
// that already holds data is only overwritten with --replace. Migrations newer than the backup run at the
// API's next start. No superuser needed: run it as the API's own role (CREATEDB, owner of the target database);
// README "Backup and restore" says what it does differently then.
import { createHash } from 'node:crypto';
import { createReadStream, existsSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { createGunzip } from 'node:zlib';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { databaseTarget } from './lib/database-target.mjs';
import { DERIVED_TABLES } from './lib/derived-tables.mjs';

const root = resolve(import.meta.dirname, '..');
const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { replace: { type: 'boolean', default: false }, 'database-url': { type: 'string' } },
});
const BATCH = 500;

function fail(message) {
  console.error(`Restore refused: ${message}`);
  process.exit(1);
}

const folder = positionals[0] ? resolve(positionals[0]) : null;
if (!folder || !existsSync(join(folder, 'manifest.json'))) {
  fail('give the folder of a backup (it holds manifest.json): npm run restore -- backups/ta-tracker-…');
}
const manifest = JSON.parse(readFileSync(join(folder, 'manifest.json'), 'utf8'));
if (manifest.format !== 'ta-tracker-backup' || manifest.version !== 1) fail('this is not a backup of this project.');
for (const table of manifest.tables) {
  const digest = createHash('sha256')
    .update(readFileSync(join(folder, table.file)))
    .digest('hex');
  if (digest !== table.sha256) fail(`${table.file} is damaged (its checksum differs from the manifest's).`);
}

const dist = join(root, 'dist/api');
if (!existsSync(join(dist, 'migrations/index.js'))) fail('the API is not built: run `npm run build` first.');
const { migrations } = await import(join(dist, 'migrations/index.js'));
const { dataSourceOptions } = await import(join(dist, 'apps/api/src/infra/database/data-source.js'));
const known = migrations.map((m) => m.name);
const wanted = manifest.migrations;
if (wanted.some((name, i) => known[i] !== name)) {
  fail(
    `the backup's schema (at ${wanted.at(-1)}) is not one this version of the code knows. ` +
      'Restore it with the version of the project that made it.',
  );
}

const target = await databaseTarget(root, values['database-url']);
const finalUrl = new URL(target.url);
const finalName = decodeURIComponent(finalUrl.pathname.slice(1));
// Loaded into a database of its own first, and put in place only once complete: a failed restore leaves the
// target as it was.
const work = new URL(target.url);
work.pathname = `/${finalName}__restoring`;
const adminUrl = new URL(target.url);
adminUrl.pathname = '/postgres';
const admin = new pg.Client({ connectionString: adminUrl.toString(), application_name: 'ta-tracker-restore' });
const client = new pg.Client({ connectionString: work.toString(), application_name: 'ta-tracker-restore' });
const q = (name) => admin.escapeIdentifier(name);
let connected = false;
try {
  await admin.connect();
  const { rows: existing } = await admin.query(`SELECT 1 FROM pg_database WHERE datname = $1`, [finalName]);
  let targetHasData = false;
  if (existing.length) {
    const probe = new pg.Client({ connectionString: target.url });
    await probe.connect();
    try {
      const {
        rows: [{ others }],
      } = await probe.query(
        `SELECT count(*)::int AS others FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`,
      );
      if (others > 0)
        throw new Error(`${others} other connection(s) use ${finalName}: stop the API and workers first.`);
      const {
        rows: [{ tables }],
      } = await probe.query(`SELECT count(*)::int AS tables FROM pg_tables WHERE schemaname = 'public'`);
      targetHasData = tables > 0;
    } finally {
      await probe.end();
    }
    if (targetHasData && !values.replace) {
      throw new Error(
        `${finalName} already has tables. Add --replace to put the backup in its place (the current one is kept aside).`,
      );
    }
  }
  await admin.query(`DROP DATABASE IF EXISTS ${q(`${finalName}__restoring`)} WITH (FORCE)`);
  await admin.query(`CREATE DATABASE ${q(`${finalName}__restoring`)}`);
  await client.connect();
  connected = true;

  // The schema, by the project's own migrations, exactly up to the backup's.
  const options = dataSourceOptions(work.toString());
  const dataSource = new DataSource({ ...options, logging: false, migrations: migrations.slice(0, wanted.length) });
  await dataSource.initialize();
  try {
    await dataSource.runMigrations({ transaction: 'each' });
  } finally {
    await dataSource.destroy();
  }

  const started = Date.now();
  await client.query('BEGIN');
  // Rows went out consistent; foreign keys are not checked row by row on the way in when the role may skip them
  // (replica mode: a superuser only, and it silences every trigger too).
  let replica = true;
  await client.query('SAVEPOINT replica');
  try {
    await client.query('SET LOCAL session_replication_role = replica');
    await client.query('RELEASE SAVEPOINT replica');
  } catch {
    await client.query('ROLLBACK TO SAVEPOINT replica');
    replica = false;
  }
  const names = manifest.tables.map((t) => t.name);
  const ident = (name) => `public.${client.escapeIdentifier(name)}`;
  // Rows the migrations seeded are replaced by the backup's.
  await client.query(`TRUNCATE ${names.map(ident).join(', ')} RESTART IDENTITY CASCADE`);
  const order = await dependencyOrder(client, names);
  // Otherwise each INSERT's foreign keys are checked at its end. Loading the tables in dependency order satisfies
  // those between tables, but not a table's reference to itself (a merged request names the one it went into,
  // which may come in a later batch) or a cycle: those constraints are dropped for the load and added back after
  // it, which checks every row at once. All in this transaction, on a database nobody else uses yet.
  const rechecked = replica ? [] : await foreignKeysAgainstOrder(client, order);
  for (const fk of rechecked) {
    await client.query(`ALTER TABLE ${ident(fk.child)} DROP CONSTRAINT ${client.escapeIdentifier(fk.name)}`);
  }
  for (const name of order) {
    // Derived tables are not loaded (an older backup may hold one): they are rebuilt from the rows below.
    if (DERIVED_TABLES[name]) continue;
    const table = manifest.tables.find((t) => t.name === name);
    const { rows: columns } = await client.query(
      `SELECT attname AS name, attidentity AS identity FROM pg_attribute
        WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped AND attgenerated = '' ORDER BY attnum`,
      [`public.${client.escapeIdentifier(name)}`],
    );
    const list = columns.map((c) => client.escapeIdentifier(c.name)).join(', ');
    const overriding = columns.some((c) => c.identity === 'a') ? 'OVERRIDING SYSTEM VALUE' : '';
    const insert = `INSERT INTO ${ident(name)} (${list}) ${overriding}
      SELECT ${list} FROM json_populate_recordset(NULL::${ident(name)}, $1::json)`;
    let batch = [];
    let loaded = 0;
    const flush = async () => {
      if (batch.length === 0) return;
      // The lines go to PostgreSQL as text, never through JavaScript numbers.
      await client.query(insert, [`[${batch.join(',')}]`]);
      loaded += batch.length;
      batch = [];
    };
    const lines = createInterface({
      input: createReadStream(join(folder, table.file)).pipe(createGunzip()),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (!line) continue;
      batch.push(line);
      if (batch.length >= BATCH) await flush();
    }
    await flush();
    const {
      rows: [{ n }],
    } = await client.query(`SELECT count(*)::int AS n FROM ${ident(name)}`);
    if (loaded !== table.rows || n !== table.rows) {
      throw new Error(`${name}: the backup lists ${table.rows} rows, ${n} were loaded.`);
    }
  }
  for (const fk of rechecked) {
    await client.query(
      `ALTER TABLE ${ident(fk.child)} ADD CONSTRAINT ${client.escapeIdentifier(fk.name)} ${fk.definition}`,
    );
  }
  // Derived tables: rebuilt from the rows loaded, whatever their triggers did on the way (they fire unless in
  // replica mode).
  for (const [name, rebuild] of Object.entries(DERIVED_TABLES)) {
    const {
      rows: [{ present }],
    } = await client.query(`SELECT to_regclass($1) IS NOT NULL AS present`, [`public.${name}`]);
    if (present) await client.query(rebuild);
  }
  for (const sequence of manifest.sequences) {
    if (sequence.lastValue !== null) {
      await client.query(`SELECT setval($1::regclass, $2::bigint, true)`, [
        `public.${client.escapeIdentifier(sequence.name)}`,
        sequence.lastValue,
      ]);
    }
  }
  await client.query('COMMIT');
  await client.end();
  connected = false;

  // In place: the previous database (if it held anything) is kept aside under another name.
  let keptAs = null;
  if (existing.length) {
    if (targetHasData) {
      keptAs = `${finalName}_before_restore_${new Date().toISOString().replace(/\D/g, '').slice(0, 14)}`;
      await admin.query(`ALTER DATABASE ${q(finalName)} RENAME TO ${q(keptAs)}`);
    } else {
      await admin.query(`DROP DATABASE ${q(finalName)} WITH (FORCE)`);
    }
  }
  await admin.query(`ALTER DATABASE ${q(`${finalName}__restoring`)} RENAME TO ${q(finalName)}`);
  const total = manifest.tables.reduce((n, t) => n + t.rows, 0);
  console.log(
    `Restored ${total} rows in ${manifest.tables.length} tables from ${folder} (made ${manifest.createdAt}) into ` +
      `${target.label} in ${Date.now() - started} ms.`,
  );
  if (!replica) {
    console.log(
      'Loaded as a role that is not a superuser: triggers fired and foreign keys were checked as rows went in' +
        (rechecked.length ? ` (${rechecked.map((fk) => fk.name).join(', ')} once every row was in)` : '') +
        '; the derived tables were rebuilt after.',
    );
  }
  if (keptAs) console.log(`The database it replaced is kept as ${keptAs}; drop it once you are satisfied.`);
} catch (error) {
  if (connected) {
    await client.query('ROLLBACK').catch(() => undefined);
    await client.end().catch(() => undefined);
  }
  await admin.query(`DROP DATABASE IF EXISTS ${q(`${finalName}__restoring`)} WITH (FORCE)`).catch(() => undefined);
  console.error(
    `Restore failed; the database was left as it was: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exitCode = 1;
} finally {
  await admin.end().catch(() => undefined);
  await target.release();
}

/** The tables, each after the tables its foreign keys point to (a cycle or self-reference keeps its place). */
async function dependencyOrder(db, names) {
  const { rows } = await db.query(
    `SELECT child.relname AS child, parent.relname AS parent FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public' AND child.relname <> parent.relname`,
  );
  const order = [];
  const state = new Map();
  const visit = (name) => {
    if (state.get(name)) return;
    state.set(name, 'visiting');
    for (const r of rows) if (r.child === name && names.includes(r.parent) && !state.get(r.parent)) visit(r.parent);
    order.push(name);
    state.set(name, 'done');
  };
  names.forEach(visit);
  return order;
}

/**
 * The foreign keys of the tables in `order` that point at their own table or at one loaded later (a cycle), with
 * their definitions: the ones loading in that order cannot satisfy statement by statement.
 */
async function foreignKeysAgainstOrder(db, order) {
  const position = new Map(order.map((name, i) => [name, i]));
  const { rows } = await db.query(
    `SELECT c.conname AS name, child.relname AS child, parent.relname AS parent,
            pg_get_constraintdef(c.oid) AS definition
       FROM pg_constraint c
       JOIN pg_class child ON child.oid = c.conrelid JOIN pg_class parent ON parent.oid = c.confrelid
       JOIN pg_namespace n ON n.oid = child.relnamespace
      WHERE c.contype = 'f' AND n.nspname = 'public'
      ORDER BY child.relname, c.conname`,
  );
  return rows.filter(
    (fk) => position.has(fk.child) && position.has(fk.parent) && position.get(fk.parent) >= position.get(fk.child),
  );
}
