// `npm start`: serves the API (/graphql) and the web client (/) from one process on PORT (default 3000).
// With no DATABASE_URL it runs an embedded PostgreSQL under .data/ and loads the demo data once.
// Ctrl-C stops the API first, then the database.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ensureDatabase } from './lib/database-url.mjs';
import { startEmbeddedDatabase } from './lib/embedded-db.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const apiMain = join(root, 'dist/api/apps/api/src/main.js');
if (!existsSync(apiMain)) {
  console.error('The API is not built. Run `npm start` (it builds first) or `npm run build`.');
  process.exit(1);
}

const env = { ...process.env, WEB_DIST: process.env.WEB_DIST ?? join(root, 'dist/web') };
let db = null;
if (!env.DATABASE_URL) {
  const dataDir = resolve(root, env.DATA_DIR ?? '.data');
  const port = Number(env.EMBEDDED_PG_PORT ?? 54320);
  console.log(`No DATABASE_URL: using the embedded PostgreSQL in ${dataDir} on port ${port}.`);
  db = await startEmbeddedDatabase({ dataDir, port });
  env.DATABASE_URL = db.url('ta_tracker');
  env.SEED_DEMO = '1';
  env.EMBEDDED_DATABASE = '1';
  // The token secret of this installation: made once, kept beside the data, never in the repository.
  if (!env.JWT_SECRET) {
    mkdirSync(dataDir, { recursive: true });
    const secretFile = join(dataDir, 'jwt-secret');
    if (!existsSync(secretFile)) writeFileSync(secretFile, randomBytes(48).toString('base64url'), { mode: 0o600 });
    env.JWT_SECRET = readFileSync(secretFile, 'utf8').trim();
  }
}

try {
  await ensureDatabase(env.DATABASE_URL);
} catch (error) {
  console.error(`Cannot reach the database: ${error instanceof Error ? error.message : String(error)}`);
  await db?.stop();
  process.exit(1);
}

// A larger young generation (64 MB semi-spaces, Node's default is 16): each GraphQL answer makes many short-lived
// objects, and fewer, equally cheap, scavenges leave more of the CPU to answering (issue 12's profile: GC 8–15 %).
const api = spawn(process.execPath, ['--enable-source-maps', '--max-semi-space-size=64', apiMain], {
  env,
  stdio: 'inherit',
});
let shuttingDown = false;

async function shutdown(signal) {
  if (shuttingDown) return;
  shuttingDown = true;
  console.log(`${signal}: stopping the API${db ? ' and then the embedded database' : ''}...`);
  if (api.exitCode === null && api.signalCode === null) {
    const exited = new Promise((r) => api.once('exit', r));
    api.kill('SIGTERM');
    await exited;
  }
  await db?.stop();
  process.exit(0);
}

process.on('SIGINT', () => void shutdown('SIGINT'));
process.on('SIGTERM', () => void shutdown('SIGTERM'));
api.on('exit', async (code, signal) => {
  if (shuttingDown) return;
  console.error(`The API stopped (${signal ?? `exit ${code}`}).`);
  await db?.stop();
  process.exit(code ?? 1);
});
