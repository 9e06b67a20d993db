import { spawn, type ChildProcess } from 'node:child_process';
import { resolve } from 'node:path';
import { createTestDatabase } from './database.js';

const root = resolve(import.meta.dirname, '../..');

export interface RunningServer {
  url: string;
  process: ChildProcess;
  output: () => string;
  stop(): Promise<number | null>;
}

/** Waits for the line in which the API says where it listens. */
export function waitForListening(child: ChildProcess, output: () => string, timeoutMs = 60_000): Promise<string> {
  return new Promise((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`The server did not start in time:\n${output()}`)), timeoutMs);
    const check = () => {
      const match = /Listening on (http:\/\/localhost:\d+)/.exec(output());
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    };
    child.stdout?.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`The server stopped while starting (exit ${code}):\n${output()}`));
    });
  });
}

/** Starts `node scripts/start.mjs` the way `npm start` does, with the given environment. */
export async function startProcess(env: Record<string, string | undefined>): Promise<RunningServer> {
  let log = '';
  // In a process group of its own, like a command typed in a terminal, so stop() can press Ctrl-C.
  const child = spawn(process.execPath, [resolve(root, 'scripts/start.mjs')], {
    cwd: root,
    env: { ...process.env, PORT: '0', NODE_OPTIONS: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  child.stdout!.on('data', (d) => (log += d.toString()));
  child.stderr!.on('data', (d) => (log += d.toString()));
  const url = await waitForListening(child, () => log);
  return {
    url,
    process: child,
    output: () => log,
    stop: () =>
      new Promise((resolveStop) => {
        if (child.exitCode !== null) return resolveStop(child.exitCode);
        child.once('exit', (code) => resolveStop(code));
        // Ctrl-C in a terminal signals the whole foreground process group, not just the launcher.
        process.kill(-child.pid!, 'SIGINT');
      }),
  };
}

/**
 * The real built system (API + web client from dist/) on a fresh database with the demo data,
 * as `npm start` runs it. Needs `npm run build` first (npm test does it).
 */
export async function startServer(): Promise<{ url: string; stop(): Promise<void> }> {
  const db = await createTestDatabase();
  const server = await startProcess({ DATABASE_URL: db.url, SEED_DEMO: '1', NODE_ENV: 'test' });
  return {
    url: server.url,
    stop: async () => {
      await server.stop();
      await db.drop();
    },
  };
}

/** Sends one GraphQL request to a running server, with a bearer token when given. */
export async function gqlAt<T = Record<string, any>>(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<{ data?: T | null; errors?: Array<{ message: string; extensions?: Record<string, unknown> }> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return res.json() as never;
}

/** Signs in to a running server (demo accounts' password is "demo") and answers the token. */
export async function signIn(url: string, email = 'secretariat@demo.local', password = 'demo'): Promise<string> {
  const res = await gqlAt<{ login: { token: string } }>(
    url,
    `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
    { e: email, p: password },
  );
  if (!res.data?.login) throw new Error(`Could not sign in as ${email}: ${JSON.stringify(res.errors)}`);
  return res.data.login.token;
}
