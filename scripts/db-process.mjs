// Owns the embedded PostgreSQL. Prints "READY postgres://user:pass@127.0.0.1:port" once it accepts
// connections, and stops it on SIGTERM/SIGINT or when the parent goes away.
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { clearStalePostmaster, embeddedPassword, loadEmbeddedPostgres } from './lib/embedded-db.mjs';

const dataDir = process.env.EMBEDDED_PG_DIR;
const port = Number(process.env.EMBEDDED_PG_PORT);
const pgDir = join(dataDir, 'pg');
const password = embeddedPassword(dataDir);
const log = (line) => process.stdout.write(`${line}\n`);
const EmbeddedPostgres = await loadEmbeddedPostgres(log).catch((error) => {
  log(`FAILED Could not prepare PostgreSQL's programs to run (${error instanceof Error ? error.message : error}).`);
  process.exit(1);
});

const pg = new EmbeddedPostgres({
  databaseDir: pgDir,
  port,
  user: 'postgres',
  password,
  authMethod: 'scram-sha-256',
  persistent: true,
  createPostgresUser: process.getuid?.() === 0,
  postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'max_connections=200'],
  onLog: () => undefined,
  onError: (e) => process.stderr.write(`[db] ${e instanceof Error ? e.message : String(e)}\n`),
});

let stopping = false;
async function stop(code = 0) {
  if (stopping) return;
  stopping = true;
  try {
    await pg.stop();
  } finally {
    process.exit(code);
  }
}
process.on('SIGTERM', () => void stop());
// Ctrl-C reaches the whole process group at once; the launcher stops the API first and then sends us
// SIGTERM, so the database outlives every connection to it.
process.on('SIGINT', () => undefined);
// The parent holds our stdin: when it goes away, however it died, stop the database.
process.stdin.on('end', () => void stop());
process.stdin.resume();

try {
  mkdirSync(dataDir, { recursive: true });
  await clearStalePostmaster(pgDir, log);
  if (!existsSync(join(pgDir, 'PG_VERSION'))) {
    log(`Creating the embedded PostgreSQL in ${pgDir}`);
    await pg.initialise();
  }
  await pg.start();
  log(`READY postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}`);
} catch (error) {
  const message = error instanceof Error ? error.message : String(error);
  log(
    `FAILED Could not start the embedded PostgreSQL on port ${port} (${message || 'no reason given'}). ` +
      `Is the port taken? Set EMBEDDED_PG_PORT to another port, or DATABASE_URL to use your own server.`,
  );
  process.exit(1);
}
