import { EXPERT_SUGGESTION_WEIGHTS as W } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const EXPERT = `mutation($input: CreateExpertInput!) { createExpert(input: $input) { id version } }`;
const WORKSHOP = `mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`;
const ASSIGN = `mutation($input: AssignExpertInput!) { assignExpert(input: $input) { id } }`;
const SUGGEST = `query($r: ID, $w: ID, $first: Int) { suggestedExperts(requestId: $r, workshopId: $w, first: $first) {
  expert { name legalSystem } score reasons reasonCodes { key value } } }`;

interface Suggestion {
  expert: { name: string; legalSystem: string | null };
  score: number;
  reasons: string[];
}

describe('suggestedExperts, legal systems and the balance with a choice', () => {
  let t: TestApp;
  const ids: Record<string, string> = {};
  let request: string;
  let workshop: string;
  beforeAll(async () => {
    t = await bootApp();
    const sen = await t.gql(
      `mutation { setStateLegalSystem(iso3: "SEN", legalSystem: CIVIL_LAW) { iso3 legalSystem } }`,
    );
    expect(sen.data!.setStateLegalSystem).toEqual({ iso3: 'SEN', legalSystem: 'CIVIL_LAW' });
    const expert = async (input: Record<string, unknown>) => {
      const res = await t.gql(EXPERT, { input });
      expect(res.errors).toBeUndefined();
      ids[input.name as string] = res.data!.createExpert.id;
    };
    const topics = ['cybercrime', 'criminal-justice'];
    await expert({
      name: 'Ada',
      nationalityIso3: 'SEN',
      expertise: topics,
      languages: ['fr'],
      legalSystem: 'CIVIL_LAW',
    });
    await expert({
      name: 'Bea',
      nationalityIso3: 'GBR',
      expertise: ['cybercrime'],
      languages: ['en'],
      legalSystem: 'COMMON_LAW',
      advisoryGroup: true,
    });
    await expert({
      name: 'Cid',
      nationalityIso3: 'FRA',
      languages: ['fr'],
      legalSystem: 'CIVIL_LAW',
      advisoryGroup: true,
    });
    await expert({
      name: 'Dan',
      nationalityIso3: 'KEN',
      expertise: topics,
      languages: ['en', 'fr'],
      legalSystem: 'COMMON_LAW',
    });
    const activity = await t.gql(`mutation($input: CreateActivityInput!) { createActivity(input: $input) { id } }`, {
      input: { code: 'X-1', title: 'Training', priorityAreaCode: 'B', activityType: 'WORKSHOP' },
    });
    const log = await t.gql(
      `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
      {
        input: {
          stateIso3: 'SEN',
          kind: 'TRAINING',
          topics: [...topics, 'extradition', 'mutual-legal-assistance'],
          priorityAreaCode: 'B',
          receivedOn: '2008-09-01',
          channel: 'letter',
          description: 'Training of prosecutors',
        },
      },
    );
    request = log.data!.logAssistanceRequest.id;
    await t.gql(`mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`, {
      a: activity.data!.createActivity.id,
      r: [request],
    });
    const w = async (title: string, startsOn: string, endsOn: string, extra: Record<string, unknown> = {}) => {
      const res = await t.gql(WORKSHOP, {
        input: { title, kind: 'NATIONAL_TRAINING', startsOn, endsOn, city: 'Dakar', countryIso3: 'SEN', ...extra },
      });
      expect(res.errors).toBeUndefined();
      return res.data!.createWorkshop.id as string;
    };
    workshop = await w('Training in Dakar', '2009-05-04', '2009-05-06', {
      activityId: activity.data!.createActivity.id,
      languages: ['fr'],
    });
    const other = await w('Elsewhere', '2009-05-05', '2009-05-05');
    expect((await t.gql(ASSIGN, { input: { expertId: ids.Dan, workshopId: other } })).errors).toBeUndefined();
  });
  afterAll(() => t.close());

  it('ranks experts for a workshop by topics, language, legal system, region and the dates, and says why', async () => {
    const res = await t.gql(SUGGEST, { w: workshop });
    expect(res.errors).toBeUndefined();
    const list = res.data!.suggestedExperts as Suggestion[];
    const half = Math.round(W.topics / 2);
    expect(list.map((s) => [s.expert.name, s.score])).toEqual([
      ['Ada', half + W.languages + W.legalSystem + W.region + W.free],
      ['Dan', half + W.languages + W.region],
      ['Cid', W.languages + W.legalSystem + W.free],
      ['Bea', Math.round(W.topics / 4) + W.free],
    ]);
    expect(list[0]!.reasons).toEqual([
      'matches 2 of 4 topics',
      'speaks French',
      'same legal system (civil law)',
      'free on the dates',
      'Africa under-represented',
    ]);
    // Dan is booked on another workshop those days; the advisory group is all European.
    expect(list[1]!.reasons).toEqual(['matches 2 of 4 topics', 'speaks French', 'Africa under-represented']);
  });

  it('ranks experts for a request (its topics and its State’s legal system; no dates: the roster’s availability)', async () => {
    const res = await t.gql(SUGGEST, { r: request, first: 2 });
    expect(res.errors).toBeUndefined();
    const list = res.data!.suggestedExperts as Suggestion[];
    expect(list.map((s) => s.expert.name)).toEqual(['Ada', 'Dan']);
    expect(list[0]!.reasons).toEqual([
      'matches 2 of 4 topics',
      'same legal system (civil law)',
      'available',
      'Africa under-represented',
    ]);
  });

  it('leaves out experts already on the workshop, and refuses a call without exactly one need or for an unknown one', async () => {
    expect((await t.gql(ASSIGN, { input: { expertId: ids.Ada, workshopId: workshop } })).errors).toBeUndefined();
    const res = await t.gql(SUGGEST, { w: workshop });
    expect(res.data!.suggestedExperts.map((s: Suggestion) => s.expert.name)).not.toContain('Ada');
    expect((await t.gql(SUGGEST, {})).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await t.gql(SUGGEST, { r: request, w: workshop })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await t.gql(SUGGEST, { w: '00000000-0000-4000-8000-000000000000' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    for (const who of ['viewer', 'dakar', 'donor'] as const) {
      const denied = await t.as(who)(SUGGEST, { r: request });
      expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
      expect(JSON.stringify(denied)).not.toContain('Training of prosecutors');
    }
  });

  it('shows the advisory group’s balance by region and legal system, and the effect of choosing an expert', async () => {
    const res = await t.gql(
      `query($with: [ID!]) {
         expertBalance(withExpertIds: $with) { region experts expertsWithChoice expertShareWithChoice }
         expertLegalSystemBalance(withExpertIds: $with) { legalSystem experts expertsWithChoice } }`,
      { with: [ids.Dan] },
    );
    expect(res.errors).toBeUndefined();
    const region = Object.fromEntries(res.data!.expertBalance.map((b: { region: string }) => [b.region, b]));
    expect(region.Africa).toMatchObject({ experts: 0, expertsWithChoice: 1 });
    expect(region.Europe).toMatchObject({ experts: 2, expertsWithChoice: 2 });
    expect(region.Africa.expertShareWithChoice).toBeCloseTo(1 / 3, 4);
    expect(res.data!.expertLegalSystemBalance).toEqual([
      { legalSystem: 'COMMON_LAW', experts: 1, expertsWithChoice: 2 },
      { legalSystem: 'CIVIL_LAW', experts: 1, expertsWithChoice: 1 },
      { legalSystem: 'ISLAMIC_LAW', experts: 0, expertsWithChoice: 0 },
      { legalSystem: 'MIXED', experts: 0, expertsWithChoice: 0 },
    ]);
  });

  it('edits an expert’s legal system at the version seen, and a State’s', async () => {
    const UPDATE = `mutation($input: UpdateExpertInput!) { updateExpert(input: $input) { legalSystem languages version } }`;
    const res = await t.gql(UPDATE, {
      input: { id: ids.Bea, expectedVersion: 1, legalSystem: 'MIXED', languages: ['en', 'fr'] },
    });
    expect(res.errors).toBeUndefined();
    expect(res.data!.updateExpert).toEqual({ legalSystem: 'MIXED', languages: ['en', 'fr'], version: 2 });
    const stale = await t.gql(UPDATE, { input: { id: ids.Bea, expectedVersion: 1, legalSystem: null } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const cleared = await t.gql(UPDATE, { input: { id: ids.Bea, expectedVersion: 2, legalSystem: null } });
    expect(cleared.data!.updateExpert.legalSystem).toBeNull();
    const state = await t.gql(`{ state(iso3: "SEN") { legalSystem } }`);
    expect(state.data!.state.legalSystem).toBe('CIVIL_LAW');
    const unknown = await t.gql(`mutation { setStateLegalSystem(iso3: "XXX", legalSystem: MIXED) { iso3 } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});
