import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token expiresAt user { email role fieldOffice { code } donor { name } } } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  // Each test signs in from an address of its own (documentation range), so address counters stay apart.
  let address = 0;
  const anon = () => {
    address += 1;
    const ip = `203.0.113.${address}`;
    return async (query: string, variables?: Record<string, unknown>) =>
      (await request(t.app.getHttpServer()).post('/graphql').set('x-forwarded-for', ip).send({ query, variables }))
        .body;
  };
  async function audit(action: string, entityId?: string) {
    return t.dataSource.query(
      `SELECT action, actor_label, entity_type, entity_id, before, after FROM audit_entry WHERE action = $1 ${entityId ? 'AND entity_id = $2' : ''} ORDER BY id`,
      entityId ? [action, entityId] : [action],
    );
  }
  async function newUser(email: string, role = 'VIEWER', extra: Record<string, unknown> = {}) {
    const res = await t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id role } }`, {
      input: { email, displayName: 'Test person', role, password: 'correct horse battery', ...extra },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createUser.id as string;
  }

  it('signs in with the demo accounts, each with its role and scope', async () => {
    const bangkok = await anon()(LOGIN, { e: 'bangkok@demo.local', p: 'demo' });
    expect(bangkok.data!.login.user).toEqual({
      email: 'bangkok@demo.local',
      role: 'FIELD_OFFICE',
      fieldOffice: { code: 'BKK' },
      donor: null,
    });
    expect(new Date(bangkok.data!.login.expiresAt).getTime()).toBeGreaterThan(Date.now());
    const donor = await anon()(LOGIN, { e: 'DONOR@demo.local', p: 'demo' });
    expect(donor.data!.login.user).toMatchObject({ role: 'DONOR', donor: { name: 'Norway (illustrative)' } });
    const me = await t.withToken(donor.data!.login.token)(`{ me { email role } }`);
    expect(me.data!.me).toEqual({ email: 'donor@demo.local', role: 'DONOR' });
    expect((await anon()(`{ me { email } }`)).data!.me).toBeNull();
  });

  it('sets the token as an httpOnly, SameSite=Strict cookie that works on its own', async () => {
    const res = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .send({ query: LOGIN, variables: { e: 'viewer@demo.local', p: 'demo' } });
    const cookie = String(res.headers['set-cookie']);
    expect(cookie).toMatch(/^ta_session=[^;]+;/);
    expect(cookie).toMatch(/HttpOnly/);
    expect(cookie).toMatch(/SameSite=Strict/);
    const viaCookie = await request(t.app.getHttpServer())
      .post('/graphql')
      .set('content-type', 'application/json')
      .set('cookie', cookie.split(';')[0])
      .send({ query: '{ me { email } }' });
    expect(viaCookie.body.data.me).toEqual({ email: 'viewer@demo.local' });
  });

  it('answers a wrong password and an unknown email alike, and logs both failures', async () => {
    const wrong = await anon()(LOGIN, { e: 'viewer@demo.local', p: 'nope' });
    const unknown = await anon()(LOGIN, { e: 'nobody@demo.local', p: 'nope' });
    expect(wrong.errors![0]).toMatchObject({
      message: 'The email or password is not right.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(unknown.errors![0].message).toBe(wrong.errors![0].message);
    const failures = await audit('LOGIN_FAILED');
    expect(failures.map((f: { after: { email: string } }) => f.after.email)).toEqual(
      expect.arrayContaining(['viewer@demo.local', 'nobody@demo.local']),
    );
  });

  it('slows, then refuses, repeated failures for one account, without saying whether it exists', async () => {
    await newUser('target@test.local');
    const started = Date.now();
    const attempt = anon();
    for (let i = 0; i < 5; i++) {
      const res = await attempt(LOGIN, { e: 'target@test.local', p: `wrong ${i}` });
      expect(res.errors![0].message).toBe('The email or password is not right.');
    }
    expect(Date.now() - started).toBeGreaterThanOrEqual(250 + 500); // the 4th and 5th attempts waited
    const locked = await anon()(LOGIN, { e: 'target@test.local', p: 'correct horse battery' });
    expect(locked.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED', retryAfterSeconds: expect.any(Number) },
    });
    expect(locked.errors![0].message).toMatch(/Too many failed sign-ins\. Try again in 15 minute/);
    // An unknown email is refused the same way after as many failures.
    for (let i = 0; i < 5; i++) await anon()(LOGIN, { e: 'ghost@test.local', p: 'x' });
    const ghost = await anon()(LOGIN, { e: 'ghost@test.local', p: 'x' });
    expect(ghost.errors![0].message).toMatch(/Too many failed sign-ins/);
  });

  it('ends a deactivated user’s sessions at once, and refuses their sign-in', async () => {
    const id = await newUser('leaver@test.local');
    const token = await t.loginChoosingOwn('leaver@test.local', 'correct horse battery', 'the leaver’s own one');
    expect((await t.withToken(token)(`{ states { iso3 } }`)).errors).toBeUndefined();
    // Choosing their own password made a new version of the account.
    const res = await t.as('admin')(`mutation($id: ID!) { deactivateUser(id: $id, expectedVersion: 2) { active } }`, {
      id,
    });
    expect(res.data!.deactivateUser.active).toBe(false);
    const after = await t.withToken(token)(`{ states { iso3 } }`);
    expect(after.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/session has ended/),
    });
    expect(
      (await anon()(LOGIN, { e: 'leaver@test.local', p: 'the leaver’s own one' })).errors![0].extensions!.code,
    ).toBe('UNAUTHENTICATED');
    const [entry] = await audit('DEACTIVATED', id);
    expect(entry).toMatchObject({
      actor_label: 'admin@demo.local',
      before: { active: true },
      after: { active: false, sessionsEnded: 1 },
    });
  });

  it('changing a password ends the other sessions, keeps this one, and checks the current password', async () => {
    const id = await newUser('mover@test.local');
    const first = await t.login('mover@test.local', 'correct horse battery');
    const second = await t.login('mover@test.local', 'correct horse battery');
    const change = (current: string, next: string) =>
      t.withToken(second)(
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
        { c: current, n: next },
      );
    expect((await change('wrong', 'a brand new passphrase')).errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'CURRENT_PASSWORD_WRONG',
      field: 'currentPassword',
    });
    expect((await change('correct horse battery', 'correct horse battery')).errors![0]).toMatchObject({
      message: 'The new password must differ from the current one.',
      extensions: { code: 'BAD_USER_INPUT', field: 'newPassword' },
    });
    expect((await change('correct horse battery', 'short')).errors![0].extensions).toMatchObject({
      field: 'newPassword',
    });
    expect((await change('correct horse battery', 'a brand new passphrase')).data!.changePassword).toBe(true);
    expect((await t.withToken(first)(`{ me { email } }`)).data!.me).toBeNull();
    expect((await t.withToken(second)(`{ me { email } }`)).data!.me).toEqual({ email: 'mover@test.local' });
    expect(await t.login('mover@test.local', 'a brand new passphrase')).toMatch(/\./);
    const [entry] = await audit('PASSWORD_CHANGED', id);
    expect(entry.after).toEqual({ otherSessionsEnded: 1 });
    expect(JSON.stringify(entry)).not.toMatch(/argon2|passphrase/);
  });

  describe('a password an administrator chose', () => {
    const CHANGE = `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`;
    const REQUESTS = `{ assistanceRequests(first: 1) { totalCount } }`;
    const refusedForPassword = (res: { data?: unknown; errors?: Array<{ message: string; extensions?: object }> }) => {
      expect(res.errors?.[0]).toMatchObject({
        message: 'Change the password an administrator set before going on.',
        extensions: { code: 'FORBIDDEN', reason: 'PASSWORD_CHANGE_REQUIRED' },
      });
      expect(res.data ?? null).toBeNull();
    };

    it("lets me say who one is, not lead on to the office's States or the donor's records, until the password is one's own", async () => {
      await newUser('newcomer.dakar@test.local', 'FIELD_OFFICE', { fieldOfficeCode: 'DKR' });
      const as = t.withToken(await t.login('newcomer.dakar@test.local', 'correct horse battery'));
      const ME = `{ me { email role fieldOffice { code regions country { iso3 } } donor { id } } }`;
      expect((await as(ME)).data!.me).toEqual({
        email: 'newcomer.dakar@test.local',
        role: 'FIELD_OFFICE',
        fieldOffice: null,
        donor: null,
      });
      await as(CHANGE, { c: 'correct horse battery', n: 'my very own passphrase' });
      const after = (await as(ME)).data!.me;
      expect(after.fieldOffice.code).toBe('DKR');
      expect(after.fieldOffice.country.iso3).toBe('SEN');
    });

    it('refuses a new account everything but me, changePassword, logout and refreshSession until it chooses its own, then works normally; a reset asks again', async () => {
      // An administrator, so that no refusal below is the role's.
      const id = await newUser('newcomer.admin@test.local', 'ADMIN');
      const token = await t.login('newcomer.admin@test.local', 'correct horse battery');
      const as = t.withToken(token);
      refusedForPassword(await as(REQUESTS));
      refusedForPassword(await as(`{ states { iso3 } }`));
      refusedForPassword(
        await as(
          `mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { displayName: "Me" }) { id } }`,
          {
            id,
          },
        ),
      );
      expect((await as(REQUESTS)).errors![0].extensions).toMatchObject({ operation: 'assistanceRequests' });
      // Nothing changed by the refused update.
      expect((await t.dataSource.query(`SELECT display_name, version FROM app_user WHERE id = $1`, [id]))[0]).toEqual({
        display_name: 'Test person',
        version: 1,
      });
      // A download too (outside GraphQL): 403, not the report's 404.
      const download = await request(t.app.getHttpServer())
        .get('/api/reports/00000000-0000-4000-8000-000000000000/download')
        .set('authorization', `Bearer ${token}`);
      expect(download.status).toBe(403);
      expect(download.text).toMatch(/Change the password an administrator set before going on/);

      // What they may do meanwhile: who they are, renew the session, and choose their own.
      expect((await as(`{ me { email mustChangePassword } }`)).data!.me).toEqual({
        email: 'newcomer.admin@test.local',
        mustChangePassword: true,
      });
      expect((await as(`mutation { refreshSession { token } }`)).errors).toBeUndefined();
      expect((await as(CHANGE, { c: 'correct horse battery', n: 'my very own passphrase' })).data).toEqual({
        changePassword: true,
      });
      // The very next request of the same session works normally.
      expect((await as(REQUESTS)).errors).toBeUndefined();
      expect((await as(`{ me { mustChangePassword } }`)).data!.me).toEqual({ mustChangePassword: false });
      const after = await request(t.app.getHttpServer())
        .get('/api/reports/00000000-0000-4000-8000-000000000000/download')
        .set('authorization', `Bearer ${token}`);
      expect(after.status).toBe(404);

      // A reset asks again: the session it ends aside, the new sign-in is refused until they choose again.
      const [{ version }] = await t.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [id]);
      const reset = await t.as('admin')(
        `mutation($id: ID!, $v: Int!) { resetUserPassword(userId: $id, newPassword: "temporary passphrase 9", expectedVersion: $v) { id } }`,
        { id, v: version },
      );
      expect(reset.errors).toBeUndefined();
      expect((await as(REQUESTS)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const again = t.withToken(await t.login('newcomer.admin@test.local', 'temporary passphrase 9'));
      refusedForPassword(await again(REQUESTS));
      expect((await again(`mutation { logout }`)).data).toEqual({ logout: true });
    });
  });

  describe('an administrator resets a password', () => {
    const RESET = `mutation($id: ID!, $p: String!, $v: Int!) { resetUserPassword(userId: $id, newPassword: $p, expectedVersion: $v) { id version mustChangePassword } }`;
    const versionOf = async (id: string): Promise<number> =>
      (await t.dataSource.query(`SELECT version FROM app_user WHERE id = $1`, [id]))[0].version;
    /** What a refusal must leave as it was: the hash, the flag, the version and the open sessions. */
    const account = async (id: string) =>
      (
        await t.dataSource.query(
          `SELECT password_hash, must_change_password, version,
                  (SELECT count(*)::int FROM user_session WHERE user_id = u.id AND revoked_at IS NULL) AS open_sessions
             FROM app_user u WHERE id = $1`,
          [id],
        )
      )[0];

    it('sets the new password, refuses the old one, ends every session of theirs, and asks them to choose their own', async () => {
      const id = await newUser('forgetful@test.local');
      // The first password was chosen by the administrator: the person is asked to choose their own.
      const first = await t.login('forgetful@test.local', 'correct horse battery');
      expect((await t.withToken(first)(`{ me { mustChangePassword } }`)).data!.me).toEqual({
        mustChangePassword: true,
      });
      await t.withToken(first)(
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
        { c: 'correct horse battery', n: 'a password I forgot' },
      );
      expect((await t.withToken(first)(`{ me { mustChangePassword } }`)).data!.me).toEqual({
        mustChangePassword: false,
      });
      const second = await t.login('forgetful@test.local', 'a password I forgot');
      const version = await versionOf(id);

      const res = await t.as('admin')(RESET, { id, p: 'temporary passphrase 7', v: version });
      expect(res.errors).toBeUndefined();
      expect(res.data!.resetUserPassword).toEqual({ id, version: version + 1, mustChangePassword: true });
      // Both open sessions are over at once.
      for (const token of [first, second]) {
        const after = await t.withToken(token)(`{ states { iso3 } }`);
        expect(after.errors![0]).toMatchObject({
          extensions: { code: 'UNAUTHENTICATED' },
          message: expect.stringMatching(/session has ended/),
        });
      }
      // The old password is refused, the new one works, and the person is asked to choose their own.
      const old = await anon()(LOGIN, { e: 'forgetful@test.local', p: 'a password I forgot' });
      expect(old.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
      const fresh = await t.login('forgetful@test.local', 'temporary passphrase 7');
      expect((await t.withToken(fresh)(`{ me { email mustChangePassword } }`)).data!.me).toEqual({
        email: 'forgetful@test.local',
        mustChangePassword: true,
      });
      // Choosing their own clears it.
      const changed = await t.withToken(fresh)(
        `mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }`,
        { c: 'temporary passphrase 7', n: 'one I will remember' },
      );
      expect(changed.data!.changePassword).toBe(true);
      expect((await t.withToken(fresh)(`{ me { mustChangePassword } }`)).data!.me).toEqual({
        mustChangePassword: false,
      });

      // Audited as the administrator's, with neither the password nor its hash.
      const [entry] = await audit('PASSWORD_RESET', id);
      expect(entry).toMatchObject({
        actor_label: 'admin@demo.local',
        entity_type: 'user',
        before: null,
        after: { mustChangePassword: true, sessionsEnded: 2 },
      });
      expect(JSON.stringify(entry)).not.toMatch(/argon2|temporary|passphrase/);
    });

    it('tells only the person and administrators that a password was chosen for them: not the secretariat reading the audit log', async () => {
      const id = await newUser('flagged.planner@test.local', 'SECRETARIAT');
      const token = await t.loginChoosingOwn(
        'flagged.planner@test.local',
        'correct horse battery',
        'the planner’s own',
      );
      const created = await t.withToken(token)(
        `mutation { createOrganisation(input: { name: "Flagged planner's partner (test)", type: NATIONAL_NGO }) { id } }`,
      );
      expect(created.errors).toBeUndefined();
      // Then an administrator sets a password for them: theirs to change again.
      const reset = await t.as('admin')(RESET, { id, p: 'temporary passphrase 8', v: await versionOf(id) });
      expect(reset.errors).toBeUndefined();
      const ACTOR = `query($id: ID!) { auditLog(filter: { actorId: $id, entityType: "organisation" }) { nodes { actor { id mustChangePassword } } } }`;
      const seenBy = async (gql: ReturnType<TestApp['as']>) => {
        const res = await gql(ACTOR, { id });
        expect(res.errors).toBeUndefined();
        return res.data!.auditLog.nodes[0].actor;
      };
      expect(await seenBy(t.as('secretariat'))).toEqual({ id, mustChangePassword: null });
      expect(await seenBy(t.as('admin'))).toEqual({ id, mustChangePassword: true });
      // The sign-in's own answer tells the person too (no signed-in actor yet in that request), and so does `me`.
      const signIn = await anon()(
        `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token user { mustChangePassword } } }`,
        { e: 'flagged.planner@test.local', p: 'temporary passphrase 8' },
      );
      expect(signIn.data!.login.user).toEqual({ mustChangePassword: true });
      expect((await t.withToken(signIn.data!.login.token)(`{ me { mustChangePassword } }`)).data!.me).toEqual({
        mustChangePassword: true,
      });
    });

    it('is for administrators only: the secretariat, a field office, a donor and a viewer are refused, and nothing changes', async () => {
      const id = await newUser('guarded@test.local');
      const before = await account(id);
      for (const who of ['secretariat', 'bangkok', 'dakar', 'donor', 'viewer'] as const) {
        const res = await t.as(who)(RESET, { id, p: 'temporary passphrase 7', v: before.version });
        expect(res.errors![0].extensions!.code).toBe('FORBIDDEN');
        expect(res.data).toBeNull();
      }
      expect(
        (await anon()(RESET, { id, p: 'temporary passphrase 7', v: before.version })).errors![0].extensions!.code,
      ).toBe('UNAUTHENTICATED');
      expect(await account(id)).toEqual(before);
      expect(await audit('PASSWORD_RESET', id)).toEqual([]);
    });

    it('refuses a stale version (CONFLICT), a weak password, an unknown user and one’s own account, changing nothing', async () => {
      const id = await newUser('careful@test.local');
      const token = await t.login('careful@test.local', 'correct horse battery');
      // Someone renames the account meanwhile: the version the administrator saw is stale.
      await t.as('admin')(
        `mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { displayName: "Careful" }) { id } }`,
        {
          id,
        },
      );
      const before = await account(id);
      expect(before.open_sessions).toBe(1);

      const stale = await t.as('admin')(RESET, { id, p: 'temporary passphrase 7', v: 1 });
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        field: 'expectedVersion',
        currentVersion: 2,
      });
      expect(stale.errors![0].message).toMatch(/changed by someone else/);

      for (const [weak, message] of [
        ['short', /at least 10 characters/],
        ['x'.repeat(201), /at most 200 characters/],
        ['aaaaaaaaaaaaaaaa', /one character repeated/],
      ] as const) {
        const res = await t.as('admin')(RESET, { id, p: weak, v: 2 });
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'newPassword' });
        expect(res.errors![0].message).toMatch(message);
      }

      const unknown = await t.as('admin')(RESET, {
        id: '00000000-0000-4000-8000-000000000000',
        p: 'temporary passphrase 7',
        v: 1,
      });
      expect(unknown.errors![0].extensions).toMatchObject({
        code: 'NOT_FOUND',
        reason: 'USER_NOT_FOUND',
        field: 'userId',
      });
      const notAnId = await t.as('admin')(RESET, { id: 'nobody', p: 'temporary passphrase 7', v: 1 });
      expect(notAnId.errors![0].extensions!.code).toBe('NOT_FOUND');

      const [admin] = await t.dataSource.query(`SELECT id, version FROM app_user WHERE email = 'admin@demo.local'`);
      const own = await t.as('admin')(RESET, { id: admin.id, p: 'temporary passphrase 7', v: admin.version });
      expect(own.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED', field: 'userId' });
      expect((await t.as('admin')(`{ me { email } }`)).data!.me).toEqual({ email: 'admin@demo.local' });

      // Nothing changed: the same hash, flag, version and open session; the old password still works.
      expect(await account(id)).toEqual(before);
      expect((await t.withToken(token)(`{ me { email } }`)).data!.me).toEqual({ email: 'careful@test.local' });
      expect(await t.login('careful@test.local', 'correct horse battery')).toMatch(/\./);
      expect(await audit('PASSWORD_RESET', id)).toEqual([]);
    });
  });

  it('refuses changes to one’s own account (role, deactivation, reset) before a stale version: reloading would not help', async () => {
    const [admin] = await t.dataSource.query(
      `SELECT id, version, role, active FROM app_user WHERE email = 'admin@demo.local'`,
    );
    const stale = admin.version + 7;
    const answers = [
      await t.as('admin')(
        `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { role: VIEWER }) { id } }`,
        { id: admin.id, v: stale },
      ),
      await t.as('admin')(`mutation($id: ID!, $v: Int!) { deactivateUser(id: $id, expectedVersion: $v) { id } }`, {
        id: admin.id,
        v: stale,
      }),
      await t.as('admin')(
        `mutation($id: ID!, $v: Int!) { resetUserPassword(userId: $id, newPassword: "temporary passphrase 7", expectedVersion: $v) { id } }`,
        { id: admin.id, v: stale },
      ),
    ];
    expect(answers.map((a) => a.errors![0].extensions)).toEqual([
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED', field: 'role' }),
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED', field: 'id' }),
      expect.objectContaining({ code: 'FORBIDDEN', reason: 'NOT_ALLOWED', field: 'userId' }),
    ]);
    // A change one may make to one's own account still answers a stale version as such.
    const rename = await t.as('admin')(
      `mutation($id: ID!, $v: Int!) { updateUser(id: $id, expectedVersion: $v, input: { displayName: "Admin" }) { id } }`,
      { id: admin.id, v: stale },
    );
    expect(rename.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
    const [after] = await t.dataSource.query(
      `SELECT id, version, role, active FROM app_user WHERE email = 'admin@demo.local'`,
    );
    expect(after).toEqual(admin);
  });

  it('logs out: the session ends and its token stops working', async () => {
    const token = await t.login('viewer@demo.local');
    expect((await t.withToken(token)(`mutation { logout }`)).data!.logout).toBe(true);
    expect((await t.withToken(token)(`{ states { iso3 } }`)).errors![0].extensions!.code).toBe('UNAUTHENTICATED');
    expect((await t.withToken(token)(`mutation { refreshSession { token } }`)).errors![0].extensions!.code).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a token that was not signed by this system', async () => {
    const forged = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiJ4Iiwic2lkIjoieSJ9.c2lnbmF0dXJl';
    const res = await t.withToken(forged)(`{ states { iso3 } }`);
    expect(res.errors![0]).toMatchObject({
      extensions: { code: 'UNAUTHENTICATED' },
      message: expect.stringMatching(/not valid/),
    });
  });

  it('lets an administrator change a role and scope, logged as ROLE_CHANGED, and checks the scope', async () => {
    const id = await newUser('promoted@test.local');
    const bad = await t.as('admin')(
      `mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { role: FIELD_OFFICE }) { id } }`,
      { id },
    );
    expect(bad.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'fieldOfficeCode' });
    // The version a client sends back is served with the account (the Users page reads it from the list).
    const listed = await t.as('admin')(`{ users(filter: { search: "promoted@test.local" }) { nodes { id version } } }`);
    expect(listed.data!.users).toEqual({ nodes: [{ id, version: 1 }] });
    const ok = await t.as('admin')(
      `mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { role: FIELD_OFFICE, fieldOfficeCode: "TAS" }) { role fieldOffice { city } version } }`,
      { id },
    );
    expect(ok.data!.updateUser).toEqual({ role: 'FIELD_OFFICE', fieldOffice: { city: 'Tashkent' }, version: 2 });
    const stale = await t.as('admin')(
      `mutation($id: ID!) { updateUser(id: $id, expectedVersion: 1, input: { displayName: "Xavier" }) { id } }`,
      { id },
    );
    expect(stale.errors![0].extensions!.code).toBe('CONFLICT');
    const [entry] = await audit('ROLE_CHANGED', id);
    expect(entry).toMatchObject({
      before: { role: 'VIEWER', fieldOfficeCode: null },
      after: { role: 'FIELD_OFFICE', fieldOfficeCode: 'TAS' },
    });
    const dup = await t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email: 'PROMOTED@test.local', displayName: 'Again', role: 'VIEWER', password: 'correct horse battery' },
    });
    expect(dup.errors![0].extensions).toMatchObject({ code: 'CONFLICT', field: 'email' });
  });

  it('answers CONFLICT, not an internal error, when two administrators create the same account at once', async () => {
    const create = () =>
      t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { email: 'twice@test.local', displayName: 'Twice', role: 'VIEWER', password: 'correct horse battery' },
      });
    const results = await Promise.all([create(), create(), create(), create()]);
    const codes = results.map((r) => (r.errors ? r.errors[0].extensions!.code : 'OK')).sort();
    expect(codes.filter((c) => c === 'OK')).toHaveLength(1);
    expect(codes.filter((c) => c !== 'OK').every((c) => c === 'CONFLICT')).toBe(true);
  });

  it('never returns a password hash, and keeps none in the audit log', async () => {
    const res = await t.as('admin')(`{ users(first: 200) { totalCount nodes { email role active } } }`);
    expect(res.data!.users.totalCount).toBeGreaterThanOrEqual(6);
    const [log] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE before::text ILIKE '%argon%' OR after::text ILIKE '%argon%'`,
    );
    expect(log.n).toBe(0);
  });
});
