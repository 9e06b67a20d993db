import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`;
const SUGGESTED = `query($id: ID!, $first: Int) { assistanceRequest(id: $id) { suggestedActivities(first: $first) { code } } }`;

describe('AssistanceRequest.suggestedActivities', () => {
  let t: TestApp;
  let request: string;
  beforeAll(async () => {
    t = await bootApp();
    const activity = async (code: string, priorityAreaCode: string, extra: Record<string, unknown> = {}) => {
      const res = await t.gql(CREATE, {
        input: { code, title: `Activity ${code}`, priorityAreaCode, activityType: 'WORKSHOP', ...extra },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.createActivity as { id: string; version: number };
    };
    // Codes sort against the ranking, so the order below comes from the ranking, not the codes.
    await activity('S-9', 'B', { beneficiaryStates: ['SEN'] }); // same area and State
    await activity('S-8', 'B'); // same area
    await activity('S-7', 'C', { beneficiaryStates: ['MLI', 'SEN'] }); // the State
    await activity('S-6', 'C', { beneficiaryRegions: ['Africa'] }); // the region
    await activity('S-5', 'C'); // nothing in common
    await activity('S-4', 'C'); // ties with S-5: by code
    const cancelled = await activity('S-1', 'B', { beneficiaryStates: ['SEN'] });
    const linked = await activity('S-2', 'B', { beneficiaryStates: ['SEN'] });
    request = (
      await t.gql(LOG, {
        input: {
          stateIso3: 'SEN',
          kind: 'TRAINING',
          topics: ['cybercrime'],
          priorityAreaCode: 'B',
          receivedOn: '2008-09-01',
          channel: 'letter',
          description: 'Training of investigators',
        },
      })
    ).data!.logAssistanceRequest.id;
    const cancel = await t.gql(
      `mutation($id: ID!) { transitionActivity(id: $id, to: CANCELLED, expectedVersion: 1, reason: "Dropped") { id } }`,
      { id: cancelled.id },
    );
    expect(cancel.errors).toBeUndefined();
    const link = await t.gql(
      `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`,
      { a: linked.id, r: [request] },
    );
    expect(link.errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('ranks the same area, then the State, then the region, then by code; leaves out cancelled and linked ones', async () => {
    const res = await t.gql(SUGGESTED, { id: request, first: 10 });
    expect(res.errors).toBeUndefined();
    expect(res.data!.assistanceRequest.suggestedActivities.map((a: { code: string }) => a.code)).toEqual([
      'S-9',
      'S-8',
      'S-7',
      'S-6',
      'S-4',
      'S-5',
    ]);
    const five = await t.gql(`query($id: ID!) { assistanceRequest(id: $id) { suggestedActivities { code } } }`, {
      id: request,
    });
    expect(five.data!.assistanceRequest.suggestedActivities).toHaveLength(5);
    const two = await t.as('viewer')(SUGGESTED, { id: request, first: 2 });
    expect(two.data!.assistanceRequest.suggestedActivities).toEqual([{ code: 'S-9' }, { code: 'S-8' }]);
  });

  it('answers a page of requests in one query, however many requests it has', async () => {
    const page = (first: number) =>
      t.countQueries(() =>
        t.gql(
          `query($first: Int) { assistanceRequests(first: $first) { nodes { id suggestedActivities { code } } } }`,
          {
            first,
          },
        ),
      );
    for (let i = 0; i < 3; i += 1) {
      await t.gql(LOG, {
        input: {
          stateIso3: 'THA',
          kind: 'EQUIPMENT',
          topics: ['firearms'],
          priorityAreaCode: 'C',
          receivedOn: '2008-09-02',
          channel: 'letter',
          description: `Equipment ${i}`,
        },
      });
    }
    const one = await page(1);
    const four = await page(4);
    expect(one.result.errors).toBeUndefined();
    expect(four.result.data!.assistanceRequests.nodes).toHaveLength(4);
    expect(four.queries).toBe(one.queries);
    // S-2 answers the other request only: it is suggested for this one.
    const tha = four.result.data!.assistanceRequests.nodes.find((n: { id: string }) => n.id !== request);
    expect(tha.suggestedActivities.map((a: { code: string }) => a.code)).toEqual(['S-4', 'S-5', 'S-6', 'S-7', 'S-2']);
  });
});
