import { jest } from '@jest/globals';
import { Logger } from '@nestjs/common';
import pg from 'pg';
import { withClient } from '../../../../../test/support/database.js';
import { warnConnectionError } from './data-source.js';

/**
 * A connection the server ends while no query runs on it (an administrator's stop, a restart) keeps the process
 * up — and is no longer silent: one warning with the error's code, nothing of the connection string.
 */
describe('a database connection lost between queries', () => {
  const adminUrl = () => process.env.TEST_PG_ADMIN_URL!;
  const spyOnWarnings = () => jest.spyOn(Logger.prototype, 'warn').mockImplementation(() => undefined);
  let warn: ReturnType<typeof spyOnWarnings>;
  beforeEach(() => {
    warn = spyOnWarnings();
  });
  afterEach(() => warn.mockRestore());

  it('is logged as a warning with its code, and the process lives on', async () => {
    const client = new pg.Client({ connectionString: adminUrl() });
    await client.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await withClient(adminUrl(), (admin) => admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]));
    // A generous deadline (the warning comes as soon as the client sees its connection end).
    const deadline = Date.now() + 60_000;
    while (!warn.mock.calls.length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    await client.end().catch(() => undefined);

    expect(warn).toHaveBeenCalledTimes(1);
    const [entry] = warn.mock.calls[0] as [Record<string, unknown>];
    expect(entry).toMatchObject({ msg: 'database connection lost', code: '57P01' });
    expect(entry.error).toMatch(/terminat/);
    const password = new URL(adminUrl()).password;
    if (password) expect(JSON.stringify(entry)).not.toContain(password);
  });

  it('never writes a connection string it finds in the message', () => {
    warnConnectionError(
      Object.assign(new Error('could not reach postgres://ta:s3cret-pass@db.internal:5432/ta (timeout)'), {
        code: 'ETIMEDOUT',
      }),
    );
    const [entry] = warn.mock.calls[0] as [Record<string, unknown>];
    expect(entry).toEqual({
      msg: 'database connection lost',
      code: 'ETIMEDOUT',
      error: 'could not reach <url> (timeout)',
    });
  });
});
