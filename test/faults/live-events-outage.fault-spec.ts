import { createTestDatabase } from '../support/database.js';
import { subscribe } from '../support/live.js';
import {
  gqlAt,
  ownPostgres,
  signIn,
  startApi,
  stopProcess,
  until,
  type OwnServer,
  type RunningServer,
} from '../support/server.js';

const CHANGED = `subscription { assistanceRequestChanged { kind request { id } } }`;

/**
 * PostgreSQL stops under an API with a subscriber connected: the process stays up, its LISTEN connection comes back
 * by itself once the database does, and a request logged after that reaches the subscriber, without a restart.
 */
describe('the event listener across a database outage', () => {
  let db: OwnServer;
  let api: RunningServer;

  beforeAll(async () => {
    db = await ownPostgres();
    const { url } = await createTestDatabase(db.url('postgres'));
    // LOG_LEVEL log: the listener's "back" (a log line, not a warning) says when it listens again.
    api = await startApi({
      DATABASE_URL: url,
      SEED_DEMO: '1',
      JWT_SECRET: 'l'.repeat(40),
      DATABASE_POOL_SIZE: '4',
      LOG_LEVEL: 'log',
    });
  });
  afterAll(async () => {
    if (api) await stopProcess(api);
    await db?.destroy();
  });

  it('listens again once the database is back, and the subscriber hears of the next request', async () => {
    const token = await signIn(api.url);
    const s = subscribe<{ assistanceRequestChanged: { request: { id: string } } }>(api.url, { token }, CHANGED);
    await s.connected;
    try {
      await db.stop();
      await new Promise((resolve) => setTimeout(resolve, 3000));
      expect(api.process.exitCode).toBeNull();
      await db.start();
      const id = await until(
        'a request logged once the database is back',
        async () => {
          const res = await gqlAt<{ logAssistanceRequest: { id: string } }>(
            api.url,
            `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
            {
              input: {
                stateIso3: 'KEN',
                kind: 'TRAINING',
                topics: ['cybercrime'],
                priorityAreaCode: 'B',
                receivedOn: '2008-09-01',
                channel: 'letter',
                description: 'Logged after the outage',
              },
            },
            token,
          );
          return res.data?.logAssistanceRequest?.id;
        },
        60_000,
      );
      // The listener tries again every 2 s: the event of a request changed once it listens again arrives (waited for
      // by its own word, not for 2.5 s, which a loaded machine can overrun).
      await until('the event listener back', async () => /The event listener is back/.test(api.output()), 60_000);
      const again = await gqlAt<{ transitionAssistanceRequest: { id: string } }>(
        api.url,
        `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: UNDER_REVIEW, expectedVersion: 1) { id } }`,
        { id },
        token,
      );
      expect(again.errors).toBeUndefined();
      await s.next((e) => e.assistanceRequestChanged.request.id === id);
      expect(api.output()).toMatch(/event listener lost the database/);
    } finally {
      await s.close();
    }
  });
});
