import type { NestExpressApplication } from '@nestjs/platform-express';
import pg from 'pg';
import request from 'supertest';
import { createApp } from '../../app.factory.js';
import { loadConfig } from '../../infra/config/app-config.js';
import { afterCommit } from '../../infra/database/after-commit.js';
import { bootApp, type Gql, type TestApp } from '../../../../../test/support/app.js';
import { until } from '../../../../../test/support/server.js';

/**
 * Session checks are reused for a while (SESSION_CHECK_REUSE_MS, here a minute), yet a session that ended or an
 * account that changed is refused at once: on another API process sharing the database as soon as it hears the
 * change's `session` event (sent in its transaction: a NOTIFY delivered on commit, which that process's listening
 * connection receives a moment later — milliseconds, not the minute of reuse), and on the same one at its very next
 * request, even when a request read the account between the change and its commit (forgotten again after the commit).
 */
const REUSE = { SESSION_CHECK_REUSE_MS: '60000' };
/**
 * How long the other process may take to hear a change: far under the minute of reuse, so a refusal within it is the
 * event's doing. The NOTIFY reaches the other process's connection after the change's answer, on a loaded machine
 * sometimes after the next request.
 */
const HEARD_WITHIN_MS = 10_000;
const ME = `{ me { email } }`;
const GUARDED = `{ notificationPreferences { enabled } }`;

describe('session checks reused, and forgotten at once on every process', () => {
  let t: TestApp;
  let other: NestExpressApplication;
  /** The same query as `t.withToken`, sent to the other process. */
  let onB: (token: string) => Gql;
  let n = 0;

  beforeAll(async () => {
    t = await bootApp({ env: REUSE });
    other = await createApp(
      loadConfig({
        ...REUSE,
        DATABASE_URL: (t.dataSource.options as { url: string }).url,
        NODE_ENV: 'test',
        SEED_DEMO: '0',
        DATABASE_POOL_SIZE: '5',
        JWT_SECRET: t.jwtSecret,
        MUTATIONS_PER_MINUTE: '100000',
      }),
    );
    await other.init();
    onB = (token) => async (query, variables) =>
      (
        await request(other.getHttpServer())
          .post('/graphql')
          .set('content-type', 'application/json')
          .set('authorization', `Bearer ${token}`)
          .send({ query, variables })
      ).body;
  });
  afterAll(async () => {
    await other.close();
    await t.close();
  });

  /** A new account of its own password, signed in: its token, id and version. */
  async function person(role = 'VIEWER'): Promise<{ token: string; id: string; email: string }> {
    n += 1;
    const email = `checked-${n}@test.local`;
    const res = await t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email, displayName: 'Checked person', role, password: 'first password chosen' },
    });
    expect(res.errors).toBeUndefined();
    const token = await t.loginChoosingOwn(email, 'first password chosen', 'their own password');
    return { token, id: res.data!.createUser.id, email };
  }
  const versionOf = async (id: string): Promise<number> =>
    (await t.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [id]))[0].version;

  /** Both processes have checked (and so keep) the session, and answer it as signed in. */
  async function checkedOnBoth(token: string, email: string): Promise<void> {
    for (const gql of [t.withToken(token), onB(token)]) {
      expect((await gql(ME)).data!.me).toEqual({ email });
      expect((await gql(GUARDED)).errors).toBeUndefined();
    }
  }
  async function endedOn(gql: Gql): Promise<void> {
    expect((await gql(ME)).data!.me).toBeNull();
    expect((await gql(GUARDED)).errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', reason: 'SIGN_IN_ENDED' },
    });
  }
  /** The session ends on the process that did not make the change once it has heard it (well within the reuse). */
  async function endedOnOther(gql: Gql): Promise<void> {
    await until('the other process to hear the change', async () => (await gql(ME)).data!.me === null, HEARD_WITHIN_MS);
    await endedOn(gql);
  }

  it('a deactivation on one process ends the session there at once and on the other as soon as it hears it', async () => {
    const { token, id, email } = await person();
    await checkedOnBoth(token, email);
    const res = await t.as('admin')(
      `mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, expectedVersion: $v) { active } }`,
      { id, v: await versionOf(id) },
    );
    expect(res.errors).toBeUndefined();
    await endedOn(t.withToken(token));
    await endedOnOther(onB(token));
  });

  it('a password reset on one process ends the session on the other as soon as it hears it, and the new sign-in there must choose its own', async () => {
    const { token, id, email } = await person();
    await checkedOnBoth(token, email);
    const res = await t.as('admin')(
      `mutation($id: ID!, $v: Int!) { resetUserPassword(userId: $id, newPassword: "temporary passphrase 5", expectedVersion: $v) { id } }`,
      { id, v: await versionOf(id) },
    );
    expect(res.errors).toBeUndefined();
    await endedOnOther(onB(token));
    const signIn = await request(other.getHttpServer())
      .post('/graphql')
      .send({
        query: `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`,
        variables: { e: email, p: 'temporary passphrase 5' },
      });
    const again = onB(signIn.body.data.login.token);
    expect((await again(GUARDED)).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'PASSWORD_CHANGE_REQUIRED',
    });
  });

  it('signing out on one process ends that session on the other as soon as it hears it; the person’s other session goes on', async () => {
    const { token, email } = await person();
    const second = await t.login(email, 'their own password');
    await checkedOnBoth(token, email);
    await checkedOnBoth(second, email);
    expect((await t.withToken(token)(`mutation { logout }`)).data).toEqual({ logout: true });
    await endedOn(t.withToken(token));
    await endedOnOther(onB(token));
    expect((await onB(second)(ME)).data!.me).toEqual({ email });
  });

  it('a password changed on one process ends the other sessions on the other as soon as it hears it', async () => {
    const { token, email } = await person();
    const second = await t.login(email, 'their own password');
    await checkedOnBoth(token, email);
    await checkedOnBoth(second, email);
    const changed = await onB(second)(
      `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
      { c: 'their own password', n: 'another one of theirs' },
    );
    expect(changed.errors).toBeUndefined();
    await endedOnOther(t.withToken(token));
    expect((await t.withToken(second)(ME)).data!.me).toEqual({ email });
  });

  it('a new role given on one process applies on the other as soon as it hears it', async () => {
    const { token, id, email } = await person('ADMIN');
    await checkedOnBoth(token, email);
    expect((await onB(token)(`{ users(first: 1) { totalCount } }`)).errors).toBeUndefined();
    const res = await t.as('admin')(
      `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { role: VIEWER }) { role } }`,
      { id, v: await versionOf(id) },
    );
    expect(res.errors).toBeUndefined();
    await until(
      'the other process to hear the new role',
      async () => (await onB(token)(`{ users(first: 1) { totalCount } }`)).errors,
      HEARD_WITHIN_MS,
    );
    expect((await onB(token)(`{ users(first: 1) { totalCount } }`)).errors![0].extensions).toMatchObject({
      code: 'FORBIDDEN',
      reason: 'ROLE_NOT_ALLOWED',
    });
  });

  it('a request that reads the account while the change is being made cannot keep that answer once it commits', async () => {
    const { token, id, email } = await person();
    const [{ session_id: sessionId }] = await t.dataSource.query(
      `SELECT id AS session_id FROM user_session WHERE user_id = $1 AND revoked_at IS NULL`,
      [id],
    );
    // Hold the session's row: the deactivation below changes the account (forgetting the checks), then waits on it
    // to end the session, its transaction still open.
    const holder = new pg.Client({ connectionString: (t.dataSource.options as { url: string }).url });
    await holder.connect();
    try {
      await holder.query('BEGIN');
      await holder.query(`SELECT 1 FROM user_session WHERE id = $1 FOR UPDATE`, [sessionId]);
      const deactivating = t.as('admin')(
        `mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, expectedVersion: $v) { active } }`,
        { id, v: await versionOf(id) },
      );
      await until(
        'the deactivation waiting on the session',
        // Asked outside the holder's transaction, which would see the activity as it was when it first looked.
        async () =>
          (
            await t.dataSource.query(
              `SELECT 1 FROM pg_stat_activity
                WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'UPDATE user_session%'`,
            )
          ).length,
        30_000,
      );
      // Read now, the account is as it was (nothing committed): the request goes through, and this process keeps
      // the answer it read — after the change forgot the checks.
      expect((await t.withToken(token)(ME)).data!.me).toEqual({ email });
      await holder.query('COMMIT');
      expect((await deactivating).errors).toBeUndefined();
    } finally {
      await holder.end();
    }
    // Committed: the answer read in between is forgotten.
    await endedOn(t.withToken(token));
  });

  it('runs work after its transaction commits, never before it nor after a rollback', async () => {
    const ran: string[] = [];
    await t.dataSource.transaction(async (tx) => {
      afterCommit(tx, () => ran.push('committed'));
      await tx.query('SELECT 1');
      expect(ran).toEqual([]);
    });
    expect(ran).toEqual(['committed']);
    await expect(
      t.dataSource.transaction(async (tx) => {
        afterCommit(tx, () => ran.push('rolled back'));
        throw new Error('changed my mind');
      }),
    ).rejects.toThrow('changed my mind');
    afterCommit(t.dataSource.manager, () => ran.push('no transaction: at once'));
    expect(ran).toEqual(['committed', 'no transaction: at once']);
  });
});
