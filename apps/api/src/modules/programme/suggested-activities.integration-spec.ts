import { activitySuggestionScore, ACTIVITY_SUGGESTION_WEIGHTS as W } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
const COSTS = `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id version } }`;
const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`;
const LINK = `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r, addBeneficiaryStates: false) { id } }`;
const SUGGESTED = `query($id: ID!, $first: Int) { assistanceRequest(id: $id) {
  suggestedActivities(first: $first) { activity { code } score reasons reasonCodes { key matched total value } } } }`;

interface Suggestion {
  activity: { code: string };
  score: number;
  reasons: string[];
  reasonCodes: Array<{ key: string; matched: number | null; total: number | null; value: string | null }>;
}

describe('AssistanceRequest.suggestedActivities', () => {
  let t: TestApp;
  let request: string;
  beforeAll(async () => {
    t = await bootApp();
    const activity = async (code: string, priorityAreaCode: string, extra: Record<string, unknown> = {}) => {
      const res = await t.gql(CREATE, {
        input: { code, title: `Activity ${code}`, priorityAreaCode, activityType: 'RESEARCH', ...extra },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.createActivity as { id: string; version: number };
    };
    const log = async (input: Record<string, unknown>) => {
      const res = await t.gql(LOG, {
        input: { receivedOn: '2008-09-01', channel: 'letter', description: 'Training of investigators', ...input },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.logAssistanceRequest.id as string;
    };
    // Codes sort against the ranking, so the order below comes from the scores, not the codes.
    const plan = { startsOn: '2009-01-01', endsOn: '2011-12-31' };
    await activity('S-9', 'B', { activityType: 'WORKSHOP', beneficiaryStates: ['SEN'], ...plan }); // area, kind, State, open
    const funded = await activity('S-8', 'B', { activityType: 'WORKSHOP', ...plan }); // area, kind, open, money missing
    const costs = await t.gql(COSTS, {
      input: {
        activityId: funded.id,
        expectedVersion: funded.version,
        basis: 'ORIGINAL',
        rateDate: '2008-08-22',
        lines: [{ year: 2010, category: 'MEETINGS', amount: '150000.00' }],
      },
    });
    expect(costs.errors).toBeUndefined();
    await activity('S-7', 'C', { activityType: 'EXPERT_GROUP_MEETING', beneficiaryStates: ['MLI', 'SEN'], ...plan });
    const shared = await activity('S-3', 'C', plan); // topics and instruments of a request linked to it
    await activity('S-6', 'C', { beneficiaryRegions: ['Africa'], ...plan }); // the region
    await activity('S-5', 'C', plan); // open only
    await activity('S-4', 'C', { phase: 'CURRENT', startsOn: '2006-01-01', endsOn: '2007-12-31' }); // nothing
    const cancelled = await activity('S-1', 'B', { activityType: 'WORKSHOP', beneficiaryStates: ['SEN'], ...plan });
    const linked = await activity('S-2', 'B', { activityType: 'WORKSHOP', beneficiaryStates: ['SEN'], ...plan });
    const completed = await activity('S-0', 'B', { activityType: 'WORKSHOP', beneficiaryStates: ['SEN'], ...plan });
    request = await log({
      stateIso3: 'SEN',
      kind: 'TRAINING',
      topics: ['cybercrime', 'criminal-justice'],
      instruments: ['UNTOC'],
      priorityAreaCode: 'B',
    });
    const other = await log({
      stateIso3: 'PER',
      kind: 'DATA_COLLECTION',
      topics: ['cybercrime'],
      instruments: ['UNTOC'],
      priorityAreaCode: 'C',
      description: 'Data on cybercrime cases',
    });
    expect((await t.gql(LINK, { a: shared.id, r: [other] })).errors).toBeUndefined();
    const cancel = await t.gql(
      `mutation($id: ID!) { transitionActivity(id: $id, to: CANCELLED, expectedVersion: 1, reason: "Dropped") { id } }`,
      { id: cancelled.id },
    );
    expect(cancel.errors).toBeUndefined();
    // Proposed → endorsed → funded → under way → completed: finished, it takes no more requests.
    for (const [version, to] of [
      [1, 'ENDORSED'],
      [2, 'FUNDED'],
      [3, 'UNDER_WAY'],
      [4, 'COMPLETED'],
    ] as const) {
      const moved = await t.gql(
        `mutation($id: ID!, $v: Int!, $to: ActivityStatus!) { transitionActivity(id: $id, to: $to, expectedVersion: $v) { id } }`,
        { id: completed.id, v: version, to },
      );
      expect(moved.errors).toBeUndefined();
    }
    expect((await t.gql(LINK, { a: linked.id, r: [request] })).errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('ranks by the documented score and says why; leaves out finished (cancelled, completed) and already linked activities', async () => {
    const res = await t.gql(SUGGESTED, { id: request, first: 10 });
    expect(res.errors).toBeUndefined();
    const list = res.data!.assistanceRequest.suggestedActivities as Suggestion[];
    expect(list.map((s) => [s.activity.code, s.score])).toEqual([
      ['S-9', W.area + W.kind + W.state + W.open],
      ['S-8', W.area + W.kind + W.open + W.fundingGap],
      ['S-7', W.state + W.open],
      ['S-3', Math.round(W.topics / 2) + W.instruments + W.open],
      ['S-6', W.region + W.open],
      ['S-5', W.open],
      ['S-4', 0],
    ]);
    const [s9, s8, , s3, s6, , s4] = list;
    expect(s9!.reasons).toEqual([
      'same priority area (B)',
      'Senegal is among its beneficiaries',
      'its type (workshop) answers the kind of request',
      'still open (2009–2011)',
    ]);
    expect(s8!.reasons).toContain('USD 150,000.00 still to fund');
    expect(s3!.reasons).toEqual(['matches 1 of 2 topics', 'matches 1 of 1 instruments', 'still open (2009–2011)']);
    expect(s3!.reasonCodes[0]).toEqual({ key: 'TOPICS', matched: 1, total: 2, value: null });
    expect(s9!.reasonCodes[1]).toEqual({ key: 'STATE_BENEFICIARY', matched: null, total: null, value: 'SEN' });
    expect(s6!.reasons[0]).toBe('Africa is among its beneficiaries');
    expect(s4!.reasons).toEqual([]);
    // The SQL's score is the kernel's formula applied to the reasons' facts.
    for (const s of list) {
      const code = (key: string) => s.reasonCodes.find((r) => r.key === key);
      expect(
        activitySuggestionScore({
          areaCode: code('SAME_AREA')?.value ?? null,
          fitsKind: code('FITS_KIND')?.value ?? null,
          topicsMatched: code('TOPICS')?.matched ?? 0,
          topicsTotal: 2,
          instrumentsMatched: code('INSTRUMENTS')?.matched ?? 0,
          instrumentsTotal: 1,
          stateBeneficiary: code('STATE_BENEFICIARY')?.value ?? null,
          regionBeneficiary: code('REGION_BENEFICIARY')?.value ?? null,
          open: Boolean(code('OPEN_YEARS')),
          openYears: code('OPEN_YEARS')?.value ?? null,
          fundingGap: code('FUNDING_GAP')?.value ?? null,
        }),
      ).toBe(s.score);
    }
    const five = await t.gql(`query($id: ID!) { assistanceRequest(id: $id) { suggestedActivities { score } } }`, {
      id: request,
    });
    expect(five.data!.assistanceRequest.suggestedActivities).toHaveLength(5);
  });

  it('is for those who may link requests to activities (programme.edit): not a viewer nor a field office', async () => {
    for (const who of ['viewer', 'dakar'] as const) {
      const res = await t.as(who)(SUGGESTED, { id: request, first: 2 });
      expect(res.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(res.data ?? {})).not.toContain('S-9');
    }
    const admin = await t.as('admin')(SUGGESTED, { id: request, first: 2 });
    expect(admin.data!.assistanceRequest.suggestedActivities.map((s: Suggestion) => s.activity.code)).toEqual([
      'S-9',
      'S-8',
    ]);
    const donor = await t.as('donor')(SUGGESTED, { id: request, first: 2 });
    expect(donor.data?.assistanceRequest ?? null).toBeNull();
    expect(JSON.stringify(donor)).not.toContain('Training of investigators');
  });

  it('answers a page of requests in one query, however many requests it has', async () => {
    const page = (first: number) =>
      t.countQueries(() =>
        t.gql(
          `query($first: Int) { assistanceRequests(first: $first) { nodes { id suggestedActivities { activity { code } score reasons } } } }`,
          { first },
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
    expect(four.result.errors).toBeUndefined();
    expect(four.result.data!.assistanceRequests.nodes).toHaveLength(4);
    expect(four.queries).toBe(one.queries);
  });
});
