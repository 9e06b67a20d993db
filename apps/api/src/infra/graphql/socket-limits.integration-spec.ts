import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { listenCount, subscribe } from '../../../../../test/support/live.js';
import { until } from '../../../../../test/support/server.js';
import { LiveEvents } from '../live/live-events.js';

/**
 * A subscription over the socket is held to the limits of every operation over HTTP: depth, aliases and cost
 * (here set low, GRAPHQL_MAX_DEPTH=6 and GRAPHQL_MAX_COST=100, to reach them with small documents).
 */
describe('limits on the socket', () => {
  let t: TestApp;
  let url: string;
  let token: string;
  /** Subscriptions the server has set up so far. */
  let listening: () => number;

  beforeAll(async () => {
    t = await bootApp({ env: { GRAPHQL_MAX_DEPTH: '6', GRAPHQL_MAX_COST: '100' } });
    await t.app.listen(0);
    url = (await t.app.getUrl()).replace('[::1]', 'localhost');
    listening = listenCount(t.app.get(LiveEvents));
    token = await t.login('secretariat@demo.local');
  });
  afterAll(() => t.close());

  async function refusal(query: string, variables?: Record<string, unknown>): Promise<string> {
    const s = subscribe(url, { token }, query, variables);
    await s.connected;
    // A refusal comes without any event; an accepted one would wait for one (the default, generous deadline).
    const error = await s.next().then(
      () => 'accepted',
      (e: Error) => e.message,
    );
    await s.close();
    return error;
  }

  it('refuses a subscription nested deeper than the limit, as HTTP does', async () => {
    const deep = `subscription { assistanceRequestChanged { request { duplicates { duplicates { duplicates { state { region } } } } } } }`;
    await expect(refusal(deep)).resolves.toMatch(/nested 7 levels deep; the limit is 6/);
    const http = await t.gql(
      `{ assistanceRequests { nodes { duplicates { duplicates { duplicates { state { name } } } } } } }`,
    );
    expect(http.errors![0].message).toMatch(/nested 7 levels deep; the limit is 6/);
  });

  it('refuses a subscription that would cost more than the limit, and too many aliases', async () => {
    const costly = `subscription { assistanceRequestChanged { request { duplicates { duplicates { activities { code } } } } } }`;
    await expect(refusal(costly)).resolves.toMatch(/would cost \d+ \(the limit is 100\)/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: kind`).join(' ');
    await expect(refusal(`subscription { assistanceRequestChanged { ${aliases} } }`)).resolves.toMatch(/alias/i);
  });

  it('lets a subscription within the limits through', async () => {
    const before = listening();
    const s = subscribe<{ assistanceRequestChanged: { kind: string } }>(
      url,
      { token },
      `subscription { assistanceRequestChanged { kind request { id } } }`,
    );
    await s.connected;
    // Set up on the server (listening to the live events) before anything is logged, not "after 300 ms".
    await until('the subscription set up', async () => listening() > before, 60_000);
    const logged = await t.gql(
      `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
      {
        input: {
          stateIso3: 'KEN',
          kind: 'TRAINING',
          topics: ['cybercrime'],
          priorityAreaCode: 'B',
          receivedOn: '2008-09-01',
          channel: 'field-office',
          description: 'Within the limits',
        },
      },
    );
    expect(logged.errors).toBeUndefined();
    await expect(s.next()).resolves.toMatchObject({ assistanceRequestChanged: { kind: 'LOGGED' } });
    expect(s.errors).toEqual([]);
    await s.close();
  });
});
