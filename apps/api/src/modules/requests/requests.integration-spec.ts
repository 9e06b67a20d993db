import { allowedMoves, REQUEST_STATUSES, type RequestStatus } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { isDuplicate } from './rules/duplicates.js';

const FIELDS = `id status version kind topics stateIso3: state { iso3 } receivedOn channel description loggedBy
  sourceParagraph fieldOffice { code } allowedMoves history { from to by reason } duplicates { id }`;

const LOG = `mutation Log($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { ${FIELDS} } }`;
const MOVE = `mutation Move($id: ID!, $to: RequestStatus!, $reason: String, $v: Int!) {
  transitionAssistanceRequest(id: $id, to: $to, reason: $reason, expectedVersion: $v) { ${FIELDS} } }`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    stateIso3: 'KEN',
    kind: 'TRAINING',
    topics: ['cybercrime'],
    priorityAreaCode: 'B',
    receivedOn: '2008-09-01',
    channel: 'field-office',
    description: 'Training of prosecutors on electronic evidence',
    ...overrides,
  };
}

describe('assistance requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function log(overrides: Record<string, unknown> = {}) {
    const res = await t.gql(LOG, { input: input(overrides) });
    expect(res.errors).toBeUndefined();
    return res.data!.logAssistanceRequest;
  }
  async function count(): Promise<{ requests: number; history: number }> {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM assistance_request)::int AS requests, (SELECT count(*) FROM request_status_change)::int AS history`,
    );
    return row;
  }
  async function fetch(id: string) {
    const res = await t.gql(`query($id: ID!) { assistanceRequest(id: $id) { ${FIELDS} } }`, { id });
    return res.data!.assistanceRequest;
  }

  describe('logAssistanceRequest', () => {
    it('logs a request as RECEIVED, files it under the office covering the State, and records the first history entry', async () => {
      const r = await log({ stateIso3: 'THA', topics: ['trafficking-in-persons'] });
      expect(r).toMatchObject({
        status: 'RECEIVED',
        version: 1,
        stateIso3: { iso3: 'THA' },
        fieldOffice: { code: 'BKK' },
        allowedMoves: ['UNDER_REVIEW', 'DECLINED', 'WITHDRAWN'],
        loggedBy: 'secretariat@demo.local',
      });
      expect(r.history).toEqual([
        { from: null, to: 'RECEIVED', by: 'secretariat@demo.local', reason: 'Logged (channel: field-office)' },
      ]);
    });

    it.each([
      ['stateIso3', { stateIso3: 'kenya' }, /three-letter ISO code/],
      ['stateIso3', { stateIso3: 'XYZ' }, /No State has the code "XYZ"/],
      ['priorityAreaCode', { priorityAreaCode: 'F' }, /A, B, C, D or E/],
      ['topics', { topics: ['shoplifting'] }, /each of topics must be one of/],
      ['topics', { topics: [] }, /must name at least one topic/],
      ['topics', { topics: ['firearms', 'firearms'] }, /same topic twice/],
      ['receivedOn', { receivedOn: '2999-01-01' }, /cannot be in the future/],
      ['channel', { channel: 'pigeon' }, /channel must be one of/],
      ['description', { description: '' }, /description must say what the State asked for/],
      ['instruments', { instruments: ['NOPE'] }, /Unknown instrument NOPE/],
      ['fieldOfficeCode', { fieldOfficeCode: 'ZZZ' }, /no field office "ZZZ"/],
    ])(
      'refuses a bad %s with BAD_USER_INPUT naming the field, and changes nothing',
      async (field, overrides, message) => {
        const before = await count();
        const res = await t.gql(LOG, { input: input(overrides) });
        expect(res.data).toBeNull();
        expect(res.errors).toHaveLength(1);
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field });
        expect(res.errors![0].message).toMatch(message);
        expect(await count()).toEqual(before);
      },
    );

    it('refuses a date that is not a calendar date and an unknown kind, before any resolver runs', async () => {
      const before = await count();
      const badDate = await t.gql(LOG, { input: input({ receivedOn: '2008-02-30' }) });
      expect(badDate.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(badDate.errors![0].message).toMatch(/YYYY-MM-DD/);
      const badKind = await t.gql(LOG, { input: input({ kind: 'MAGIC' }) });
      expect(badKind.errors![0].extensions!.code).toBe('BAD_USER_INPUT');
      expect(await count()).toEqual(before);
    });

    it('lets a reporting request name no topic', async () => {
      const r = await log({ stateIso3: 'TJK', kind: 'REPORTING_OBLIGATIONS', priorityAreaCode: 'A', topics: [] });
      expect(r.topics).toEqual([]);
    });
  });

  describe('transitionAssistanceRequest', () => {
    it('walks the whole forward path, keeping who, when and why of every move', async () => {
      let r = await log({ stateIso3: 'GHA' });
      for (const to of ['UNDER_REVIEW', 'ACCEPTED', 'PLANNED', 'IN_DELIVERY', 'FULFILLED'] as const) {
        const res = await t.gql(MOVE, { id: r.id, to, v: r.version, reason: `now ${to}` });
        expect(res.errors).toBeUndefined();
        r = res.data!.transitionAssistanceRequest;
        expect(r.status).toBe(to);
      }
      expect(r.version).toBe(6);
      expect(r.allowedMoves).toEqual([]);
      expect(r.history.map((h: { from: string | null; to: string }) => [h.from, h.to])).toEqual([
        [null, 'RECEIVED'],
        ['RECEIVED', 'UNDER_REVIEW'],
        ['UNDER_REVIEW', 'ACCEPTED'],
        ['ACCEPTED', 'PLANNED'],
        ['PLANNED', 'IN_DELIVERY'],
        ['IN_DELIVERY', 'FULFILLED'],
      ]);
      expect(r.history[5]).toMatchObject({ by: 'secretariat@demo.local', reason: 'now FULFILLED' });
    });

    // Every pair of statuses: the allowed ones move, every other is refused and changes nothing.
    const pairs = REQUEST_STATUSES.flatMap((from) =>
      REQUEST_STATUSES.map((to) => [from, to] as [RequestStatus, RequestStatus]),
    );
    it.each(pairs)('from %s to %s follows the contract', async (from, to) => {
      // Bring a fresh request to `from` along the allowed path.
      let r = await log({ stateIso3: 'NPL' });
      const path: Record<RequestStatus, RequestStatus[]> = {
        RECEIVED: [],
        UNDER_REVIEW: ['UNDER_REVIEW'],
        ACCEPTED: ['UNDER_REVIEW', 'ACCEPTED'],
        PLANNED: ['UNDER_REVIEW', 'ACCEPTED', 'PLANNED'],
        IN_DELIVERY: ['UNDER_REVIEW', 'ACCEPTED', 'PLANNED', 'IN_DELIVERY'],
        FULFILLED: ['UNDER_REVIEW', 'ACCEPTED', 'PLANNED', 'IN_DELIVERY', 'FULFILLED'],
        DECLINED: ['DECLINED'],
        WITHDRAWN: ['WITHDRAWN'],
      };
      for (const step of path[from]) {
        r = (await t.gql(MOVE, { id: r.id, to: step, v: r.version, reason: 'setting up' })).data!
          .transitionAssistanceRequest;
      }
      expect(r.status).toBe(from);
      const before = await count();
      const res = await t.gql(MOVE, { id: r.id, to, v: r.version, reason: 'because the test says so' });
      if (allowedMoves(from).includes(to)) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.transitionAssistanceRequest).toMatchObject({ status: to, version: r.version + 1 });
      } else {
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
        expect(await count()).toEqual(before);
        expect(await fetch(r.id)).toMatchObject({ status: from, version: r.version });
      }
    });

    it.each(['DECLINED', 'WITHDRAWN'])('needs a reason to move to %s, and changes nothing without one', async (to) => {
      const r = await log({ stateIso3: 'PAK' });
      const before = await count();
      for (const reason of [null, '   ']) {
        const res = await t.gql(MOVE, { id: r.id, to, v: r.version, reason });
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'reason' });
        expect(res.errors![0].message).toMatch(/needs a reason/);
      }
      expect(await count()).toEqual(before);
      const ok = await t.gql(MOVE, { id: r.id, to, v: r.version, reason: 'The State asked us to stop' });
      expect(ok.data!.transitionAssistanceRequest.history.at(-1)).toMatchObject({
        to,
        reason: 'The State asked us to stop',
      });
    });

    it('refuses a stale expectedVersion with CONFLICT and changes nothing', async () => {
      const r = await log({ stateIso3: 'BGD' });
      await t.gql(MOVE, { id: r.id, to: 'UNDER_REVIEW', v: 1 });
      const before = await count();
      const stale = await t.gql(MOVE, { id: r.id, to: 'DECLINED', v: 1, reason: 'Out of scope' });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions).toMatchObject({ code: 'CONFLICT', currentVersion: 2 });
      expect(stale.errors![0].message).toMatch(/changed by someone else/);
      expect(await count()).toEqual(before);
      expect(await fetch(r.id)).toMatchObject({ status: 'UNDER_REVIEW', version: 2 });
    });

    it('lets only one of two concurrent moves from the same version through', async () => {
      const r = await log({ stateIso3: 'LKA' });
      const [a, b] = await Promise.all([
        t.gql(MOVE, { id: r.id, to: 'UNDER_REVIEW', v: 1 }),
        t.gql(MOVE, { id: r.id, to: 'WITHDRAWN', v: 1, reason: 'Sent twice' }),
      ]);
      const codes = [a, b].map((res) => res.errors?.[0]?.extensions?.code ?? 'OK').sort();
      expect(codes).toEqual(['CONFLICT', 'OK']);
      const after = await fetch(r.id);
      expect(after.version).toBe(2);
      expect(after.history).toHaveLength(2);
    });

    it('answers NOT_FOUND for a request that does not exist', async () => {
      for (const id of ['00000000-0000-4000-8000-000000000000', 'not-an-id']) {
        const res = await t.gql(MOVE, { id, to: 'UNDER_REVIEW', v: 1 });
        expect(res.errors![0].extensions).toMatchObject({ code: 'NOT_FOUND' });
      }
      const q = await t.gql(`{ assistanceRequest(id: "00000000-0000-4000-8000-000000000000") { id } }`);
      expect(q.data!.assistanceRequest).toBeNull();
    });
  });

  describe('duplicates and merging', () => {
    it('flags open requests of the same State and kind that share a topic, and only those', async () => {
      const first = await log({ stateIso3: 'MWI', topics: ['cybercrime', 'money-laundering'] });
      const same = await log({ stateIso3: 'MWI', topics: ['money-laundering'] });
      const otherTopic = await log({ stateIso3: 'MWI', topics: ['firearms'] });
      const otherKind = await log({ stateIso3: 'MWI', kind: 'EQUIPMENT', topics: ['cybercrime'] });
      const otherState = await log({ stateIso3: 'ZMB', topics: ['cybercrime'] });
      expect(same.duplicates.map((d: { id: string }) => d.id)).toEqual([first.id]);
      expect((await fetch(first.id)).duplicates.map((d: { id: string }) => d.id)).toEqual([same.id]);
      for (const r of [otherTopic, otherKind, otherState]) expect((await fetch(r.id)).duplicates).toEqual([]);

      // A closed request is no longer a duplicate of anything.
      await t.gql(MOVE, { id: first.id, to: 'DECLINED', v: 1, reason: 'Covered by a regional programme' });
      expect((await fetch(same.id)).duplicates).toEqual([]);
    });

    it('applies in SQL exactly the rule of rules/duplicates.ts', async () => {
      const rows: Array<{ id: string; state_iso3: string; kind: string; topics: string[]; status: string }> =
        await t.dataSource.query(`SELECT id, state_iso3, kind, topics, status FROM assistance_request`);
      const all = rows.map((r) => ({
        id: r.id,
        stateIso3: r.state_iso3,
        kind: r.kind,
        topics: r.topics,
        status: r.status,
      })) as Parameters<typeof isDuplicate>[0][];
      const res = await t.gql(`{ assistanceRequests(first: 200) { nodes { id duplicates { id } } } }`);
      for (const node of res.data!.assistanceRequests.nodes as Array<{
        id: string;
        duplicates: Array<{ id: string }>;
      }>) {
        const me = all.find((r) => r.id === node.id)!;
        const expected = all
          .filter((o) => isDuplicate(me, o))
          .map((o) => o.id)
          .sort();
        expect(node.duplicates.map((d) => d.id).sort()).toEqual(expected);
      }
    });

    it('merges a duplicate: history moves over, topics join, the other is withdrawn with the reason', async () => {
      const keep = await log({ stateIso3: 'UGA', topics: ['cybercrime'] });
      const dup = await log({ stateIso3: 'UGA', topics: ['cybercrime', 'identity-related-crime'], channel: 'letter' });
      const res = await t.gql(
        `mutation($input: MergeAssistanceRequestsInput!) { mergeAssistanceRequests(input: $input) { ${FIELDS} } }`,
        {
          input: {
            keepId: keep.id,
            keepVersion: 1,
            mergeId: dup.id,
            mergeVersion: 1,
            reason: 'Same need sent by letter',
          },
        },
      );
      expect(res.errors).toBeUndefined();
      const kept = res.data!.mergeAssistanceRequests;
      expect(kept.topics).toEqual(['cybercrime', 'identity-related-crime']);
      expect(kept.version).toBe(2);
      expect(kept.duplicates).toEqual([]);
      expect(kept.history.map((h: { reason: string }) => h.reason)).toEqual([
        'Logged (channel: field-office)',
        'Logged (channel: letter)',
        expect.stringMatching(/^Merged request .* into this one: Same need sent by letter$/),
      ]);
      const withdrawn = await fetch(dup.id);
      expect(withdrawn).toMatchObject({ status: 'WITHDRAWN', version: 2 });
      expect(withdrawn.history).toEqual([
        expect.objectContaining({
          from: 'RECEIVED',
          to: 'WITHDRAWN',
          reason: expect.stringMatching(/^Merged into request .*: Same need sent by letter$/),
        }),
      ]);
    });

    it('refuses to merge across States, with stale versions, or a closed request, and changes nothing', async () => {
      const a = await log({ stateIso3: 'RWA' });
      const b = await log({ stateIso3: 'TZA' });
      const c = await log({ stateIso3: 'RWA' });
      const merge = (inp: Record<string, unknown>) =>
        t.gql(`mutation($input: MergeAssistanceRequestsInput!) { mergeAssistanceRequests(input: $input) { id } }`, {
          input: { keepId: a.id, keepVersion: 1, mergeId: c.id, mergeVersion: 1, reason: 'Same need', ...inp },
        });
      const before = await count();
      expect((await merge({ mergeId: b.id })).errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'mergeId',
      });
      expect((await merge({ keepVersion: 5 })).errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        field: 'keepVersion',
      });
      expect((await merge({ mergeId: a.id })).errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect((await merge({ reason: '' })).errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'reason',
      });
      expect(await count()).toEqual(before);
    });
  });
});
