import { randomBytes } from 'node:crypto';
import { createTestDatabase, type TestDatabase } from '../support/database.js';
import { subscribe, untilHeard } from '../support/live.js';
import { gqlAt, signIn, startApi, stopProcess, type RunningServer } from '../support/server.js';

const CHANGED = `subscription { assistanceRequestChanged { kind request { id description state { iso3 } } } }`;
const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`;

interface Changed {
  assistanceRequestChanged: { kind: string; request: { id: string; description: string | null } };
}

const BUSES: Array<[string, Record<string, string>]> = [
  ['PostgreSQL LISTEN/NOTIFY', {}],
  [
    'Redis pub/sub',
    {
      REDIS_URL: process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379',
      QUEUE_PREFIX: `live-e2e-${randomBytes(4).toString('hex')}`,
    },
  ],
];

/**
 * Two built API processes on one database: a request logged through one reaches the subscribers of the other
 * within a second, each as their role reads it (a field office of another region not at all, a donor without the
 * description); a process stopping with sockets open closes them and exits cleanly.
 */
describe.each(BUSES)('live events between two API processes over %s', (_bus, bus) => {
  let db: TestDatabase;
  let a: RunningServer;
  let b: RunningServer | undefined;

  beforeAll(async () => {
    db = await createTestDatabase();
    const env = {
      DATABASE_URL: db.url,
      SEED_DEMO: '1',
      JWT_SECRET: 'j'.repeat(40),
      MUTATIONS_PER_MINUTE: '10000',
      ...bus,
    };
    a = await startApi(env);
    b = await startApi(env);
  });
  afterAll(async () => {
    if (b) await stopProcess(b);
    if (a) await stopProcess(a);
    await db?.drop();
  });

  // How soon it arrives is logged, not asserted: a wall-clock bound fails on a loaded machine whatever the code does.
  it('reaches the secretariat on the other process, and nobody outside their scope', async () => {
    const subscriber = async (email: string) => {
      const s = subscribe<Changed>(b!.url, { token: await signIn(b!.url, email) }, CHANGED);
      await s.connected;
      return s;
    };
    const secretariat = await subscriber('secretariat@demo.local');
    const bangkok = await subscriber('bangkok@demo.local');
    const donor = await subscriber('donor@demo.local');
    const all = [secretariat, bangkok, donor];
    try {
      // `connected` is the socket's acknowledgement; the subscriptions may be set up on the server later. They are once
      // each has heard a request of Bangkok's region logged after it was: log one, and again every few seconds, until
      // all three have heard one (not "after 500 ms").
      const logThai = async (description: string) => {
        const res = await gqlAt<{ logAssistanceRequest: { id: string } }>(
          a.url,
          LOG,
          {
            input: {
              stateIso3: 'THA',
              kind: 'TRAINING',
              topics: ['extradition'],
              priorityAreaCode: 'B',
              receivedOn: '2008-10-01',
              channel: 'field-office',
              description,
            },
          },
          await signIn(a.url, 'secretariat@demo.local'),
        );
        expect(res.errors).toBeUndefined();
        return res.data!.logAssistanceRequest.id;
      };
      const probes = new Set<string>();
      const heardProbe = () =>
        all.every((s) => s.received.some((e) => probes.has(e.assistanceRequestChanged.request.id)));
      await untilHeard('The subscriptions set up', heardProbe, async () => {
        probes.add(await logThai('Probe: is every subscription set up?'));
      });
      const token = await signIn(a.url, 'dakar@demo.local');
      const logged = await gqlAt<{ logAssistanceRequest: { id: string } }>(
        a.url,
        LOG,
        {
          input: {
            stateIso3: 'SEN',
            kind: 'TRAINING',
            topics: ['extradition'],
            priorityAreaCode: 'B',
            receivedOn: '2008-10-01',
            channel: 'field-office',
            description: 'Training of prosecutors in Dakar',
          },
        },
        token,
      );
      // Timed from the answer (the request is logged): the event's way to the other process, not the mutation's own
      // time on a busy machine.
      const answered = Date.now();
      expect(logged.errors).toBeUndefined();
      const id = logged.data!.logAssistanceRequest.id;
      const heard = await secretariat.next((e) => e.assistanceRequestChanged.request.id === id);
      const took = Date.now() - answered;
      console.log(`${_bus}: logged on one process, heard on the other after ${took} ms`);
      expect(heard.assistanceRequestChanged).toMatchObject({
        kind: 'LOGGED',
        request: { description: 'Training of prosecutors in Dakar' },
      });
      const forDonor = await donor.next((e) => e.assistanceRequestChanged.request.id === id);
      expect(forDonor.assistanceRequestChanged.request.description).toBeNull();
      // Bangkok answers its events one after another in the bus's order: once it has heard of a later request of its
      // region, it has passed over the Senegalese one (rather than "nothing after 500 ms").
      const later = await logThai('Training of prosecutors in Bangkok');
      await bangkok.next((e) => e.assistanceRequestChanged.request.id === later);
      expect(bangkok.received.some((e) => e.assistanceRequestChanged.request.id === id)).toBe(false);
    } finally {
      await Promise.all([secretariat.close(), bangkok.close(), donor.close()]);
    }
  });

  it('a process stopping with a socket open closes it and exits 0', async () => {
    const s = subscribe<Changed>(b!.url, { token: await signIn(b!.url) }, CHANGED);
    await s.connected;
    const stopping = b!;
    b = undefined;
    expect(await stopProcess(stopping)).toBe(0);
    await s.close();
  });
});
