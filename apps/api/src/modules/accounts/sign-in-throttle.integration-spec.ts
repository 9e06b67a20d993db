import request from 'supertest';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { THROTTLE } from './rules/throttle.js';

const LOGIN = `mutation($e: String!, $p: String!) { login(email: $e, password: $p) { token } }`;
const PASSWORD = 'correct horse battery';

interface LoginAnswer {
  data?: { login: { token: string } } | null;
  errors?: { message: string; extensions?: { reason?: string; retryAfterSeconds?: number } }[];
}

/** Sign-in throttling holds when attempts arrive all at once, not only one after another. */
describe('sign-in throttling under parallel attempts', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  function shuffled<T>(items: T[]): T[] {
    const out = [...items];
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  async function failedSignIns(email: string): Promise<number> {
    const [row] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'LOGIN_FAILED' AND after->>'email' = $1`,
      [email],
    );
    return row.n;
  }
  const reasonOf = (answer: LoginAnswer) => answer.errors?.[0]?.extensions?.reason ?? 'SIGNED_IN';

  it('lets no more attempts on one account reach the password check than the limit, the right password included', async () => {
    const email = 'parallel@test.local';
    const created = await t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
      input: { email, displayName: 'Test person', role: 'VIEWER', password: PASSWORD },
    });
    expect(created.errors).toBeUndefined();

    // 39 wrong passwords in random order, then the right one, all sent at once.
    const passwords = [...shuffled(Array.from({ length: 39 }, (_, i) => `wrong ${i}`)), PASSWORD];
    const answers = (await Promise.all(
      passwords.map((p) => t.withToken(null)(LOGIN, { e: email, p })),
    )) as LoginAnswer[];

    const checked = await failedSignIns(email);
    const signedIn = answers.filter((a) => a.data?.login).length;
    expect(checked + signedIn).toBeLessThanOrEqual(THROTTLE.lockAfter.email);
    expect(checked).toBe(THROTTLE.lockAfter.email);
    const reasons = answers.map(reasonOf);
    expect(reasons.filter((r) => r === 'BAD_CREDENTIALS')).toHaveLength(THROTTLE.lockAfter.email);
    expect(reasons.filter((r) => r === 'THROTTLED')).toHaveLength(40 - THROTTLE.lockAfter.email);
    // The right password, sent with the burst, is refused with the throttle's answer.
    expect(reasonOf(answers[39])).toBe('THROTTLED');

    // And after it, too: the account stays refused for fifteen minutes.
    const after = (await t.withToken(null)(LOGIN, { e: email, p: PASSWORD })) as LoginAnswer;
    expect(after.errors![0]).toMatchObject({
      message: expect.stringMatching(/Too many failed sign-ins\. Try again in 15 minute/),
      extensions: { reason: 'THROTTLED', retryAfterSeconds: expect.any(Number) },
    });
    expect(await failedSignIns(email)).toBe(THROTTLE.lockAfter.email);
  });

  it('lets no more attempts from one address reach the password check than its limit', async () => {
    // Unknown accounts, each tried twice, from an address of its own: only the address limit can stop them.
    const emails = Array.from({ length: 40 }, (_, i) => `someone${i % 20}@unknown.local`);
    const fromOneAddress = (e: string) =>
      request(t.app.getHttpServer())
        .post('/graphql')
        .set('x-forwarded-for', '198.51.100.7')
        .send({ query: LOGIN, variables: { e, p: 'guess' } })
        .then((res) => res.body as LoginAnswer);
    const answers = await Promise.all(shuffled(emails).map(fromOneAddress));
    const [{ n: checked }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM audit_entry WHERE action = 'LOGIN_FAILED' AND after->>'ip' = '198.51.100.7'`,
    );
    expect(checked).toBe(THROTTLE.lockAfter.ip);
    expect(answers.map(reasonOf).filter((r) => r === 'BAD_CREDENTIALS')).toHaveLength(THROTTLE.lockAfter.ip);
    expect(answers.map(reasonOf).filter((r) => r === 'THROTTLED')).toHaveLength(40 - THROTTLE.lockAfter.ip);
  });
});
