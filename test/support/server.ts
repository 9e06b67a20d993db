// The real processes the end-to-end tests and fault drills run, each with its output kept: the built system as
// `npm start` runs it, the built API and job worker on their own, a PostgreSQL and a Redis of a test's own —
// and the HTTP helpers that talk to them. One launcher for all (`launch`), so each test says only what it starts.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import { reachableDataDir } from '../../scripts/lib/embedded-db.mjs';
import { createTestDatabase } from './database.js';

const root = resolve(import.meta.dirname, '../..');
export const API_MAIN = resolve(root, 'dist/api/apps/api/src/main.js');
export const WORKER_MAIN = resolve(root, 'dist/api/apps/api/src/worker.js');

type Env = Record<string, string | undefined>;

export interface RunningProcess {
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
  /** Sends a signal, unless it has exited already. */
  kill(signal?: NodeJS.Signals): void;
  /** Stops it as its own launcher would (SIGTERM, or Ctrl-C for `npm start`) and answers its exit code. */
  stop(): Promise<number | string>;
}

export interface RunningServer extends RunningProcess {
  url: string;
}

interface LaunchOptions {
  args?: string[];
  env?: Env;
  /** The line that says it is ready; its first group (if any) is answered. */
  ready: RegExp;
  timeoutMs?: number;
  /** In a process group of its own, like a command typed in a terminal (kill and stop reach the whole group). */
  group?: boolean;
  /** How `stop()` asks it to stop. */
  stopSignal?: NodeJS.Signals;
  stdin?: 'ignore' | 'pipe';
}

/** Starts a command and resolves once it prints `ready`; rejects (with its output) if it exits or times out first. */
export async function launch(
  command: string,
  options: LaunchOptions,
): Promise<RunningProcess & { ready: RegExpExecArray }> {
  let log = '';
  const child = spawn(command, options.args ?? [], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', ...options.env },
    stdio: [options.stdin ?? 'ignore', 'pipe', 'pipe'],
    detached: options.group ?? false,
  });
  child.stdout!.on('data', (d) => (log += d.toString()));
  child.stderr!.on('data', (d) => (log += d.toString()));
  const exited = new Promise<number | string>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit(code ?? signal ?? -1)),
  );
  const alive = () => child.exitCode === null && child.signalCode === null;
  const kill = (signal: NodeJS.Signals = 'SIGTERM') => {
    if (!alive()) return;
    if (options.group) process.kill(-child.pid!, signal);
    else child.kill(signal);
  };
  const ready = await new Promise<RegExpExecArray>((resolveReady, reject) => {
    const timeoutMs = options.timeoutMs ?? 150_000;
    const timer = setTimeout(() => {
      kill('SIGKILL');
      reject(new Error(`${command} was not ready in ${timeoutMs} ms:\n${log}`));
    }, timeoutMs);
    const check = () => {
      const match = options.ready.exec(log);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', check);
      resolveReady(match);
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`${command} stopped while starting (exit ${code}):\n${log}`));
    });
  });
  return {
    process: child,
    output: () => log,
    exited,
    kill,
    stop: async () => {
      kill(options.stopSignal ?? 'SIGTERM');
      return exited;
    },
    ready,
  };
}

const node = (main: string, env: Env, ready: RegExp, extra: Partial<LaunchOptions> = {}) =>
  launch(process.execPath, { args: ['--enable-source-maps', main], env, ready, ...extra });

/**
 * `node scripts/start.mjs` the way `npm start` runs it (its own process group; `stop()` presses Ctrl-C, which
 * reaches the launcher and the API), with the given environment.
 */
export async function startProcess(env: Env): Promise<RunningServer> {
  const started = await node(
    resolve(root, 'scripts/start.mjs'),
    { PORT: '0', ...env },
    /Listening on (http:\/\/localhost:\d+)/,
    {
      group: true,
      stopSignal: 'SIGINT',
      timeoutMs: 60_000,
    },
  );
  return { ...started, url: started.ready[1] };
}

/** The built API (`node dist/…/main.js`) on a free port; resolves once it listens. */
export async function startApi(env: Env): Promise<RunningServer> {
  const started = await node(
    API_MAIN,
    { PORT: '0', NODE_ENV: 'test', ...env },
    /Listening on (http:\/\/localhost:\d+)/,
  );
  return { ...started, url: started.ready[1] };
}

/** The built job worker (`npm run worker`'s process); resolves once its workers run. */
export function startWorker(env: Env): Promise<RunningProcess> {
  return node(WORKER_MAIN, { NODE_ENV: 'test', ...env }, /Worker running jobs of: .+/);
}

/**
 * The real built system (API + web client from dist/) on a fresh database with the demo data,
 * as `npm start` runs it. Needs `npm run build` first (npm test does it).
 */
export async function startServer(): Promise<{ url: string; databaseUrl: string; stop(): Promise<void> }> {
  const db = await createTestDatabase();
  const server = await startProcess({ DATABASE_URL: db.url, SEED_DEMO: '1', NODE_ENV: 'test' });
  return {
    url: server.url,
    databaseUrl: db.url,
    stop: async () => {
      await server.stop();
      await db.drop();
    },
  };
}

/** Stops a process with SIGTERM and answers its exit code (a test's cleanup: kill -9 after `graceMs`). */
export async function stopProcess(p: RunningProcess, graceMs = 20_000): Promise<number | string> {
  const timer = setTimeout(() => p.kill('SIGKILL'), graceMs);
  try {
    return await p.stop();
  } finally {
    clearTimeout(timer);
  }
}

/** kill -9, as a crash would (the whole group for `npm start`), and waits until it has exited. */
export async function killHard(p: RunningProcess): Promise<void> {
  p.kill('SIGKILL');
  await p.exited;
}

export function freePort(): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolvePort(port));
    });
  });
}

export interface OwnServer {
  /** Its URL, for a database (PostgreSQL) or none (Redis). */
  url(database?: string): string;
  /** Stops it (PostgreSQL: fast shutdown, connections are ended) and waits for it. */
  stop(): Promise<void>;
  /** Starts it again on the same data and port. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

/**
 * A server a test can stop and start again: `begin` starts it and answers its base URL. `place` may move its
 * data folder elsewhere (PostgreSQL's must be reachable by the `postgres` user).
 */
async function ownServer(
  kind: string,
  begin: (dir: string, port: number) => Promise<RunningProcess & { base: string }>,
  place: (dir: string) => string = (dir) => dir,
) {
  const dir = place(resolve(root, '.data/test', `${kind}-${process.pid}-${randomBytes(3).toString('hex')}`));
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  const state: { running?: RunningProcess & { base: string } } = {};
  const start = async () => {
    state.running = await begin(dir, port);
  };
  const stop = async () => {
    const current = state.running;
    state.running = undefined;
    if (current) await current.stop();
  };
  await start();
  const base = state.running!.base;
  const server: OwnServer = {
    url: (database) => (database ? `${base}/${database}` : base),
    stop,
    start,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
  return server;
}

/**
 * An embedded PostgreSQL 18 of the test's own (scripts/db-process.mjs), on a free port, in .data/test (or in
 * the temporary folder reachableDataDir picks when the clone lies in a folder private to root).
 */
export function ownPostgres(): Promise<OwnServer> {
  return ownServer(
    'pg',
    async (dir, port) => {
      const owner = await node(
        resolve(root, 'scripts/db-process.mjs'),
        { EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(port) },
        /^READY (\S+)$/m,
        // It stops its database when its stdin closes (its parent gone).
        { stdin: 'pipe' },
      );
      return { ...owner, base: owner.ready[1] };
    },
    (dir) => reachableDataDir(dir, () => undefined),
  );
}

/**
 * A redis-server of the test's own on a free port (never the machine's 6379): `stop()` makes its port refuse
 * connections, `start()` brings it back; SIGSTOP/SIGCONT on `process()` pause and resume it.
 */
export async function ownRedis(): Promise<OwnServer & { pid(): number }> {
  const state: { current?: RunningProcess } = {};
  const server = await ownServer('redis', async (dir, port) => {
    const redis = await launch('redis-server', {
      args: ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', dir],
      ready: /Ready to accept connections/,
      timeoutMs: 20_000,
    });
    state.current = redis;
    return { ...redis, base: `redis://127.0.0.1:${port}` };
  });
  return { ...server, pid: () => state.current!.process.pid! };
}

/** The JSON lines a process wrote (its structured log), skipping any other line. */
export function jsonLines(output: string): Array<Record<string, any>> {
  return output.split('\n').flatMap((line) => {
    if (!line.startsWith('{')) return [];
    try {
      return [JSON.parse(line) as Record<string, any>];
    } catch {
      return [];
    }
  });
}

export interface GraphQLAnswer<T> {
  /** The HTTP status. */
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

/** A bearer token, or a token and the client address the request says it comes from (`x-forwarded-for`). */
export type Caller = string | { token?: string; ip?: string };

/** Sends one GraphQL request to a running server, with a bearer token (and a client address) when given. */
export async function gqlAt<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  caller?: Caller,
): Promise<GraphQLAnswer<T>> {
  const { token, ip } = typeof caller === 'string' ? { token: caller, ip: undefined } : (caller ?? {});
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
      // The API trusts the loopback proxy's address: a test can sign in from an address of its own.
      ...(ip ? { 'x-forwarded-for': ip } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, ...((await res.json()) as object) };
}

/** Signs in to a running server (demo accounts' password is "demo") and answers the token. */
export async function signIn(
  url: string,
  email = 'secretariat@demo.local',
  password = 'demo',
  ip?: string,
): Promise<string> {
  const res = await gqlAt<{ login: { token: string } }>(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
    { ip },
  );
  if (!res.data?.login) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}

/**
 * Signs in to a running server as an account whose password an administrator chose (`createUser`,
 * `resetUserPassword`), chooses `own` as the person would on "Change password" (the API refuses them anything else
 * until then: PASSWORD_CHANGE_REQUIRED), and answers the token, whose session stays signed in.
 */
export async function signInChoosingOwn(url: string, email: string, chosen: string, own: string): Promise<string> {
  const token = await signIn(url, email, chosen);
  const changed = await gqlAt(
    url,
    `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
    { c: chosen, n: own },
    token,
  );
  if (changed.errors) throw new Error(`Could not choose a password for ${email}: ${JSON.stringify(changed.errors)}`);
  return token;
}

/**
 * Polls `probe` every 100 ms until it answers something truthy, which it answers; fails after `timeoutMs` (long
 * enough for a job restarted on a busy 2-core machine; a hang still fails).
 */
export async function until<T>(
  what: string,
  probe: () => Promise<T | null | undefined | false>,
  timeoutMs = 150_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
