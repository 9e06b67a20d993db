import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { startProcess, type RunningServer } from '../support/server.js';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const tool = resolve(root, 'dist/api/apps/api/src/tools/create-admin.js');

async function login(url: string, email: string, password: string) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { user { role mustChangePassword } } }`,
      variables: { e: email, p: password },
    }),
  });
  return (await res.json()) as {
    data: { login: { user: { role: string; mustChangePassword: boolean } } } | null;
    errors?: Array<{ extensions: { code: string } }>;
  };
}

/** Outside demo mode there are no demo accounts: the first administrator comes from `npm run create-admin`. */
describe('npm run create-admin, on a server given by DATABASE_URL', () => {
  let db: TestDatabase;
  let server: RunningServer | undefined;
  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(async () => {
    await server?.stop();
    await db.drop();
  });

  it('refuses a weak password and a missing email, with a message that says why', async () => {
    const env = { ...process.env, DATABASE_URL: db.url, ADMIN_PASSWORD: 'short' };
    await expect(run(process.execPath, [tool, '--email', 'root@example.org'], { env })).rejects.toMatchObject({
      stderr: expect.stringMatching(/at least 10 characters/),
    });
    await expect(
      run(process.execPath, [tool], { env: { ...env, ADMIN_PASSWORD: 'long enough password' } }),
    ).rejects.toMatchObject({
      stderr: expect.stringMatching(/Give the administrator’s email/),
    });
  });

  it('creates the administrator, who can then sign in; the demo accounts do not exist', async () => {
    const { stdout } = await run(process.execPath, [tool, '--email', 'root@example.org', '--name', 'Root Admin'], {
      env: { ...process.env, DATABASE_URL: db.url, ADMIN_PASSWORD: 'a long admin passphrase' },
    });
    expect(stdout).toMatch(/Created administrator root@example.org/);
    server = await startProcess({
      DATABASE_URL: db.url,
      SEED_DEMO: '0',
      NODE_ENV: 'test',
      JWT_SECRET: 'e2e-secret-e2e-secret-e2e-secret-e2e',
    });
    // They typed the password themselves: nothing to change at their first sign-in.
    expect((await login(server.url, 'root@example.org', 'a long admin passphrase')).data!.login.user).toEqual({
      role: 'ADMIN',
      mustChangePassword: false,
    });
    const demo = await login(server.url, 'admin@demo.local', 'demo');
    expect(demo.errors![0].extensions.code).toBe('UNAUTHENTICATED');
  });
});
