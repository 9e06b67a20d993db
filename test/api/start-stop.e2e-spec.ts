import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { reachableDataDir } from '../../scripts/lib/embedded-db.mjs';
import { freePort, gqlAt, signIn, startProcess, until, type RunningServer } from '../support/server.js';

const root = resolve(import.meta.dirname, '../..');
const dataDir = resolve(root, `.data/e2e-start-${process.pid}`);
// Where npm start really keeps it: elsewhere when the clone lies in a folder private to root.
const usedDataDir = reachableDataDir(dataDir, () => undefined);
const pidFile = resolve(usedDataDir, 'pg/postmaster.pid');

async function totalRequests(url: string): Promise<number> {
  const body = await gqlAt<{ assistanceRequests: { totalCount: number } }>(
    url,
    '{ assistanceRequests(first: 0) { totalCount } }',
    undefined,
    await signIn(url),
  );
  return body.data!.assistanceRequests.totalCount;
}

/** Whether a process has ended: gone, or a zombie its parent has not reaped yet (it runs nothing any more). */
function ended(pid: number): boolean {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    return stat.slice(stat.lastIndexOf(')') + 2).startsWith('Z');
  } catch {
    return true;
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** npm start with no DATABASE_URL: the embedded PostgreSQL, its data under DATA_DIR, demo data loaded once. */
describe('npm start on the embedded PostgreSQL', () => {
  const env = {
    DATABASE_URL: undefined,
    DATA_DIR: dataDir,
    // A port free now, chosen in beforeAll (a fixed range could meet another run's server on a shared machine).
    EMBEDDED_PG_PORT: '',
    SEED_DEMO: undefined,
    NODE_ENV: 'development',
  };
  let server: RunningServer | undefined;

  const removeData = () => {
    for (const dir of new Set([dataDir, usedDataDir])) rmSync(dir, { recursive: true, force: true });
  };

  beforeAll(async () => {
    removeData();
    env.EMBEDDED_PG_PORT = String(await freePort());
  });
  afterEach(async () => {
    await server?.stop();
    server = undefined;
  });
  afterAll(removeData);

  it('starts on a new data folder, runs the migrations and loads the demo data', async () => {
    server = await startProcess(env);
    expect(server.output()).toMatch(/Creating the embedded PostgreSQL/);
    expect(server.output()).toMatch(/Loaded the demo data \(87 requests\)/);
    expect(await totalRequests(server.url)).toBe(87);
  });

  it('stops cleanly on Ctrl-C: the API first, then the database', async () => {
    server = await startProcess(env);
    const code = await server.stop();
    const out = server.output();
    server = undefined;
    expect(code).toBe(0);
    expect(out).toMatch(/SIGINT: stopping the API and then the embedded database/);
    expect(existsSync(pidFile)).toBe(false);
    expect(out).not.toMatch(/57P01|terminating connection due to administrator command/);
  });

  it('starts again on the same data without loading the demo data twice', async () => {
    server = await startProcess(env);
    expect(server.output()).not.toMatch(/Creating the embedded PostgreSQL/);
    expect(server.output()).toMatch(/Demo data already loaded/);
    expect(await totalRequests(server.url)).toBe(87);
  });

  it('refuses a second start on the same data while the first runs, and leaves the first alone', async () => {
    server = await startProcess(env);
    await expect(startProcess(env)).rejects.toThrow(/belongs to another running `npm start`/);
    expect(await totalRequests(server.url)).toBe(87);
  });

  it('recovers from a kill -9 that left PostgreSQL running without its owner', async () => {
    const first = await startProcess(env);
    const postmaster = Number(readFileSync(pidFile, 'utf8').split('\n')[0]);
    // Kill the launcher and its children (API, database owner) hard, but not PostgreSQL itself.
    const children = execFileSync('pgrep', ['-P', String(first.process.pid)])
      .toString()
      .trim()
      .split('\n')
      .map(Number);
    const killed = [first.process.pid!, ...children];
    for (const pid of killed) process.kill(pid, 'SIGKILL');
    // Until they have ended (a SIGKILL takes effect when the process is next scheduled), not "after 300 ms": until
    // then the orphaned PostgreSQL still looks owned by a running start, which the next start rightly refuses.
    await until('the killed processes ended', async () => killed.every(ended), 60_000);
    server = await startProcess(env);
    expect(server.output()).toMatch(/still running|Demo data already loaded/);
    expect(alive(postmaster) && postmaster !== Number(readFileSync(pidFile, 'utf8').split('\n')[0])).toBe(false);
    expect(await totalRequests(server.url)).toBe(87);
  });
});
