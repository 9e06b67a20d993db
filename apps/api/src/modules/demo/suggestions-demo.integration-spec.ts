import { bootApp, type TestApp } from '../../../../../test/support/app.js';

/**
 * Issue 14's done-when on the demo: each of the working paper's training requests (para. 31) is answered first by
 * one of section III.B's training activities; experts and States carry legal systems; expert rankings say why.
 */
describe('suggestions on the demo data', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ demo: true });
  }, 300_000);
  afterAll(() => t.close());

  /** Section III.B's training activities: III.B.4 "Training of criminal justice actors" (paras 31–33) but its expert group meeting, and III.B.5's training (para. 34 (a), (d)). */
  const TRAINING_ACTIVITIES = /^III\.B\.(4-[1245]|5-\d)$/;

  it('suggests one of section III.B’s training activities first for each of para. 31’s training requests', async () => {
    const res = await t.gql(
      `{ assistanceRequests(first: 100, filter: { kind: [TRAINING], priorityAreaCode: ["B"] }) {
           nodes { id sourceParagraph state { iso3 } activities { id code } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const para31 = res.data!.assistanceRequests.nodes.filter(
      (n: { sourceParagraph: string | null }) => n.sourceParagraph === 'para. 31',
    );
    // Benin, Burkina Faso, …, Thailand: the twenty States of para. 31.
    expect(para31).toHaveLength(20);
    const SUGGESTED = `query($id: ID!) { assistanceRequest(id: $id) {
      suggestedActivities(first: 3) { activity { code } score reasons } } }`;
    for (const r of para31) {
      // The demo links each to III.B.4-1 (para. 31's training) and suggestions never offer an activity already
      // linked: taken as it arrived, before its link (the other nineteen still linked), it comes first.
      expect(r.activities.map((a: { code: string }) => a.code)).toEqual(['III.B.4-1']);
      const activityId = r.activities[0].id;
      const unlink = await t.gql(
        `mutation($a: ID!, $r: ID!) { unlinkRequestFromActivity(activityId: $a, requestId: $r) { id } }`,
        { a: activityId, r: r.id },
      );
      expect(unlink.errors).toBeUndefined();
      const fresh = await t.gql(SUGGESTED, { id: r.id });
      const [top] = fresh.data!.assistanceRequest.suggestedActivities;
      expect({ state: r.state.iso3, top: top.activity.code }).toEqual({
        state: r.state.iso3,
        top: expect.stringMatching(TRAINING_ACTIVITIES),
      });
      expect(top.activity.code).toBe('III.B.4-1');
      expect(top.reasons).toEqual(
        expect.arrayContaining([
          'same priority area (B)',
          expect.stringMatching(/is among its beneficiaries$/),
          'its type (workshop) answers the kind of request',
          'matches 1 of 1 topics',
        ]),
      );
      const relink = await t.gql(
        `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id } }`,
        { a: activityId, r: [r.id] },
      );
      expect(relink.errors).toBeUndefined();
    }
  });

  it('gives every demo expert and every State a legal system, and shows the advisory group’s balance across them', async () => {
    const res = await t.gql(
      `{ experts(first: 100) { nodes { name legalSystem advisoryGroup } }
         states { iso3 legalSystem }
         expertLegalSystemBalance { legalSystem experts } }`,
    );
    expect(res.errors).toBeUndefined();
    const experts = res.data!.experts.nodes as Array<{ legalSystem: string | null; advisoryGroup: boolean }>;
    expect(experts.length).toBeGreaterThanOrEqual(25);
    expect(experts.filter((e) => !e.legalSystem)).toEqual([]);
    const states = res.data!.states as Array<{ iso3: string; legalSystem: string | null }>;
    expect(states).toHaveLength(195);
    expect(states.filter((s) => !s.legalSystem)).toEqual([]);
    const balance = Object.fromEntries(
      res.data!.expertLegalSystemBalance.map((b: { legalSystem: string; experts: number }) => [
        b.legalSystem,
        b.experts,
      ]),
    );
    // Footnote 18's twenty members (the OSCE expert counted as MIXED): fifteen civil-law, three common-law.
    expect(balance).toEqual({ CIVIL_LAW: 15, COMMON_LAW: 3, ISLAMIC_LAW: 0, MIXED: 2 });
  });

  it('ranks experts for a para. 31 request with their reasons', async () => {
    const res = await t.gql(
      `{ assistanceRequests(first: 100, filter: { kind: [TRAINING], priorityAreaCode: ["B"] }) {
           nodes { id sourceParagraph state { iso3 } } } }`,
    );
    const benin = res.data!.assistanceRequests.nodes.find(
      (n: { sourceParagraph: string | null; state: { iso3: string } }) =>
        n.sourceParagraph === 'para. 31' && n.state.iso3 === 'BEN',
    );
    const ranked = await t.gql(
      `query($id: ID) { suggestedExperts(requestId: $id, first: 5) { expert { name legalSystem } score reasons } }`,
      { id: benin.id },
    );
    expect(ranked.errors).toBeUndefined();
    const [first] = ranked.data!.suggestedExperts;
    // The Senegalese expert (illustrative): criminal justice, civil law as Benin, Africa under-represented (para. 46).
    expect(first.expert.name).toMatch(/Senegal/);
    expect(first.reasons).toEqual([
      'matches 1 of 1 topics',
      'same legal system (civil law)',
      'available',
      'Africa under-represented',
    ]);
    const scores = ranked.data!.suggestedExperts.map((s: { score: number }) => s.score);
    expect([...scores].sort((a, b) => b - a)).toEqual(scores);
  });
});
