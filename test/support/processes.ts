// Real processes for the fault drills (test/faults): a PostgreSQL of the test's own that it can stop and start,
// the built API (dist/, `npm run build` first; npm test builds) and the job worker, each with its output kept.
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import pg from 'pg';

const root = resolve(import.meta.dirname, '../..');
export const API_MAIN = resolve(root, 'dist/api/apps/api/src/main.js');
export const WORKER_MAIN = resolve(root, 'dist/api/apps/api/src/worker.js');

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

export interface OwnPostgres {
  url(database: string): string;
  /** Stops the server (fast shutdown: connections are ended) and waits for it. */
  stop(): Promise<void>;
  /** Starts it again on the same data and port. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

/** An embedded PostgreSQL 18 of the test's own (scripts/db-process.mjs), on a free port, in .data/test. */
export async function ownPostgres(): Promise<OwnPostgres> {
  const dir = resolve(root, '.data/test', `fault-${process.pid}-${randomBytes(3).toString('hex')}`);
  mkdirSync(dir, { recursive: true });
  const port = await freePort();
  let child: ChildProcess | null = null;
  let base = '';
  const start = async () => {
    const owner = spawn(process.execPath, [resolve(root, 'scripts/db-process.mjs')], {
      env: { ...process.env, EMBEDDED_PG_DIR: dir, EMBEDDED_PG_PORT: String(port), NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    child = owner;
    base = await new Promise<string>((resolveUrl, reject) => {
      let out = '';
      owner.stdout!.on('data', (d) => {
        out += d.toString();
        const ready = /^READY (\S+)$/m.exec(out);
        if (ready) resolveUrl(ready[1]);
        if (/^FAILED /m.test(out)) reject(new Error(out));
      });
      owner.stderr!.on('data', (d) => (out += d.toString()));
      owner.once('exit', (code) => reject(new Error(`PostgreSQL stopped while starting (exit ${code}): ${out}`)));
    });
  };
  const stop = async () => {
    const owner = child;
    child = null;
    if (!owner || owner.exitCode !== null || owner.signalCode !== null) return;
    await new Promise<void>((resolveStop) => {
      owner.once('exit', () => resolveStop());
      owner.kill('SIGTERM');
    });
  };
  await start();
  return {
    url: (database) => `${base}/${database}`,
    stop,
    start,
    destroy: async () => {
      await stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Creates a database on the server of `adminUrl` (its `postgres` database) and answers its URL. */
export async function createDatabase(serverUrl: string, name: string): Promise<string> {
  const admin = new URL(serverUrl);
  admin.pathname = '/postgres';
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE "${name}"`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

export interface RunningProcess {
  process: ChildProcess;
  output(): string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
  kill(signal?: NodeJS.Signals): void;
}

function run(main: string, env: Record<string, string | undefined>, ready: RegExp, timeoutMs: number) {
  let log = '';
  const child = spawn(process.execPath, ['--enable-source-maps', main], {
    cwd: root,
    env: { ...process.env, NODE_OPTIONS: '', PORT: '0', NODE_ENV: 'test', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => (log += d.toString()));
  child.stderr!.on('data', (d) => (log += d.toString()));
  const exited = new Promise<number | string>((resolveExit) =>
    child.once('exit', (code, signal) => resolveExit(code ?? signal ?? -1)),
  );
  const handle: RunningProcess = {
    process: child,
    output: () => log,
    exited,
    kill: (signal = 'SIGTERM') => {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    },
  };
  const started = new Promise<RegExpExecArray>((resolveReady, reject) => {
    const timer = setTimeout(() => reject(new Error(`Not ready in ${timeoutMs} ms:\n${log}`)), timeoutMs);
    const check = () => {
      const match = ready.exec(log);
      if (match) {
        clearTimeout(timer);
        resolveReady(match);
      }
    };
    child.stdout!.on('data', check);
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`Stopped while starting (${code}):\n${log}`));
    });
  });
  return { handle, started };
}

/** The built API (`node dist/…/main.js`) on a free port; resolves once it listens. */
export async function startApi(env: Record<string, string | undefined>): Promise<RunningProcess & { url: string }> {
  const { handle, started } = run(API_MAIN, env, /Listening on (http:\/\/localhost:\d+)/, 90_000);
  const match = await started;
  return { ...handle, url: match[1] };
}

/** The built job worker (`npm run worker`'s process); resolves once its workers run. */
export async function startWorker(env: Record<string, string | undefined>): Promise<RunningProcess> {
  const { handle, started } = run(WORKER_MAIN, env, /Worker running jobs of: .+/, 90_000);
  await started;
  return handle;
}

/** Stops a process with SIGTERM and answers its exit code (a test's cleanup: kill -9 after `graceMs`). */
export async function stopProcess(p: RunningProcess, graceMs = 20_000): Promise<number | string> {
  p.kill('SIGTERM');
  const timer = setTimeout(() => p.kill('SIGKILL'), graceMs);
  try {
    return await p.exited;
  } finally {
    clearTimeout(timer);
  }
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
