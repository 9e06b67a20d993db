import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const FIELDS = `id status version kind topics stateIso3: state { iso3 } priorityArea { code } receivedOn channel description
  instruments { code } fieldOffice { code }`;
const LOG = `mutation Log($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { ${FIELDS} } }`;
const UPDATE = `mutation Update($id: ID!, $v: Int!, $input: UpdateAssistanceRequestInput!) {
  updateAssistanceRequest(id: $id, expectedVersion: $v, input: $input) { ${FIELDS} } }`;
const MOVE = `mutation Move($id: ID!, $to: RequestStatus!, $reason: String, $v: Int!) {
  transitionAssistanceRequest(id: $id, to: $to, reason: $reason, expectedVersion: $v) { id version } }`;

function input(overrides: Record<string, unknown> = {}) {
  return {
    stateIso3: 'SEN',
    kind: 'TRAINING',
    topics: ['cybercrime'],
    priorityAreaCode: 'B',
    receivedOn: '2008-09-01',
    channel: 'field-office',
    description: 'Training of prosecutors on electronic evidence',
    ...overrides,
  };
}

describe('editing and retrying requests', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function log(overrides: Record<string, unknown> = {}, who: Parameters<TestApp['as']>[0] = 'secretariat') {
    const res = await t.as(who)(LOG, { input: input(overrides) });
    expect(res.errors).toBeUndefined();
    return res.data!.logAssistanceRequest;
  }
  async function counts(): Promise<{ requests: number; history: number; audit: number }> {
    const [row] = await t.dataSource.query(
      `SELECT (SELECT count(*) FROM assistance_request)::int AS requests,
              (SELECT count(*) FROM request_status_change)::int AS history,
              (SELECT count(*) FROM audit_entry WHERE entity_type = 'assistance_request')::int AS audit`,
    );
    return row;
  }
  async function stored(id: string) {
    const [row] = await t.dataSource.query(`SELECT * FROM assistance_request WHERE id = $1`, [id]);
    return row;
  }

  describe('updateAssistanceRequest', () => {
    it('changes the fields given, bumps the version and audits only what changed', async () => {
      const r = await log();
      const res = await t.gql(UPDATE, {
        id: r.id,
        v: 1,
        input: { description: '  Training of judges on electronic evidence ', topics: ['cybercrime', 'firearms'] },
      });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateAssistanceRequest).toMatchObject({
        version: 2,
        description: 'Training of judges on electronic evidence',
        topics: ['cybercrime', 'firearms'],
        kind: 'TRAINING',
        channel: 'field-office',
        stateIso3: { iso3: 'SEN' },
      });
      const [audit] = await t.dataSource.query(
        `SELECT action, before, after FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATED'`,
        [r.id],
      );
      expect(audit).toEqual({
        action: 'UPDATED',
        before: { description: 'Training of prosecutors on electronic evidence', topics: ['cybercrime'], version: 1 },
        after: {
          description: 'Training of judges on electronic evidence',
          topics: ['cybercrime', 'firearms'],
          version: 2,
        },
      });
    });

    it('moves a request to another State, filing it under the office covering it', async () => {
      const r = await log();
      const res = await t.gql(UPDATE, { id: r.id, v: 1, input: { stateIso3: 'THA' } });
      expect(res.errors).toBeUndefined();
      expect(res.data!.updateAssistanceRequest).toMatchObject({
        stateIso3: { iso3: 'THA' },
        fieldOffice: { code: 'BKK' },
      });
    });

    it('refuses a stale version with CONFLICT and changes nothing', async () => {
      const r = await log();
      expect((await t.gql(UPDATE, { id: r.id, v: 1, input: { channel: 'letter' } })).errors).toBeUndefined();
      const before = await counts();
      const row = await stored(r.id);
      const stale = await t.gql(UPDATE, { id: r.id, v: 1, input: { description: 'Something else entirely' } });
      expect(stale.data).toBeNull();
      expect(stale.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'STALE_VERSION',
        currentVersion: 2,
      });
      expect(await counts()).toEqual(before);
      expect(await stored(r.id)).toEqual(row);
    });

    it('refuses Bangkok editing a Senegal request, and Dakar moving its request to Thailand', async () => {
      const sen = await log({}, 'dakar');
      const before = await counts();
      const row = await stored(sen.id);
      const bangkok = await t.as('bangkok')(UPDATE, { id: sen.id, v: 1, input: { description: 'Not mine to edit' } });
      expect(bangkok.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', reason: 'OUT_OF_SCOPE' });
      const dakar = await t.as('dakar')(UPDATE, { id: sen.id, v: 1, input: { stateIso3: 'THA' } });
      expect(dakar.errors![0].extensions).toMatchObject({
        code: 'FORBIDDEN',
        reason: 'OUT_OF_SCOPE',
        field: 'stateIso3',
      });
      expect(await counts()).toEqual(before);
      expect(await stored(sen.id)).toEqual(row);
      // Within its own States, Dakar may edit.
      const ok = await t.as('dakar')(UPDATE, { id: sen.id, v: 1, input: { channel: 'letter' } });
      expect(ok.errors).toBeUndefined();
    });

    it('refuses readers who may not log requests', async () => {
      const r = await log();
      for (const who of ['viewer', 'donor'] as const) {
        const res = await t.as(who)(UPDATE, { id: r.id, v: 1, input: { channel: 'letter' } });
        expect(res.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
      }
    });

    it('refuses to edit a closed request', async () => {
      const r = await log();
      await t.gql(MOVE, { id: r.id, to: 'DECLINED', v: 1, reason: 'Covered elsewhere' });
      const before = await counts();
      const res = await t.gql(UPDATE, { id: r.id, v: 2, input: { channel: 'letter' } });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'REQUEST_CLOSED' });
      expect(await counts()).toEqual(before);
    });

    it.each([
      ['stateIso3', { stateIso3: 'XYZ' }],
      ['stateIso3', { stateIso3: 'senegal' }],
      ['priorityAreaCode', { priorityAreaCode: 'F' }],
      ['topics', { topics: ['shoplifting'] }],
      ['topics', { topics: [] }],
      ['receivedOn', { receivedOn: '2999-01-01' }],
      ['channel', { channel: 'pigeon' }],
      ['description', { description: 'x' }],
      ['instruments', { instruments: ['NOPE'] }],
      ['fieldOfficeCode', { fieldOfficeCode: 'ZZZ' }],
    ])('refuses a bad %s as logging would, and changes nothing', async (field, change) => {
      const r = await log();
      const before = await counts();
      const row = await stored(r.id);
      const res = await t.gql(UPDATE, { id: r.id, v: 1, input: change });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(JSON.stringify(res.errors![0].extensions)).toContain(field);
      expect(await counts()).toEqual(before);
      expect(await stored(r.id)).toEqual(row);
    });

    it('applies the topic rule to the resulting kind and topics', async () => {
      const r = await log({ kind: 'REPORTING_OBLIGATIONS', priorityAreaCode: 'A', topics: [] });
      const res = await t.gql(UPDATE, { id: r.id, v: 1, input: { kind: 'TRAINING' } });
      expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'topics' });
      const ok = await t.gql(UPDATE, { id: r.id, v: 1, input: { kind: 'TRAINING', topics: ['firearms'] } });
      expect(ok.errors).toBeUndefined();
    });
  });

  describe('idempotency keys on logAssistanceRequest', () => {
    it('answers a retry with the request first logged, and logs nothing more', async () => {
      const key = 'retry-key-0001';
      const first = await log({ idempotencyKey: key });
      const before = await counts();
      const again = await log({ idempotencyKey: key });
      expect(again.id).toBe(first.id);
      expect(await counts()).toEqual(before);
    });

    it('logs once for ten concurrent submissions with one key: one request, one history entry, one audit entry', async () => {
      const key = 'concurrent-key-0002';
      const before = await counts();
      const results = await Promise.all(
        Array.from({ length: 10 }, () => t.gql(LOG, { input: input({ stateIso3: 'MLI', idempotencyKey: key }) })),
      );
      for (const res of results) expect(res.errors).toBeUndefined();
      expect(new Set(results.map((res) => res.data!.logAssistanceRequest.id)).size).toBe(1);
      expect(await counts()).toEqual({
        requests: before.requests + 1,
        history: before.history + 1,
        audit: before.audit + 1,
      });
    });

    it('refuses the key reused for other content with CONFLICT, and a malformed key', async () => {
      const key = 'reused-key-0003';
      await log({ idempotencyKey: key });
      const before = await counts();
      const other = await t.gql(LOG, { input: input({ idempotencyKey: key, description: 'A different need' }) });
      expect(other.errors![0].extensions).toMatchObject({
        code: 'CONFLICT',
        reason: 'IDEMPOTENCY_KEY_REUSED',
        field: 'idempotencyKey',
      });
      // Another user sending the same key and content does not get someone else's request.
      const otherUser = await t.as('admin')(LOG, { input: input({ idempotencyKey: key }) });
      expect(otherUser.errors![0].extensions).toMatchObject({ reason: 'IDEMPOTENCY_KEY_REUSED' });
      for (const bad of ['short', 'has spaces in it', 'x'.repeat(101)]) {
        const res = await t.gql(LOG, { input: input({ idempotencyKey: bad }) });
        expect(res.errors![0].extensions).toMatchObject({ code: 'BAD_USER_INPUT' });
      }
      expect(await counts()).toEqual(before);
    });
  });

  describe('idempotency keys on recordWorkshopOutcome', () => {
    const RECORD = `mutation($id: ID!, $input: WorkshopOutcomeInput!) {
      recordWorkshopOutcome(workshopId: $id, input: $input) { id version outcome { checklistsCompleted followUpRequests { id } } } }`;
    let workshopId: string;
    beforeAll(async () => {
      const res = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
        input: {
          title: 'National training in Dakar',
          kind: 'NATIONAL_TRAINING',
          startsOn: '2008-10-06',
          endsOn: '2008-10-08',
          city: 'Dakar',
          countryIso3: 'SEN',
        },
      });
      expect(res.errors).toBeUndefined();
      workshopId = res.data!.createWorkshop.id;
    });
    const outcome = (key: string, extra: Record<string, unknown> = {}) => ({
      checklistsCompleted: 3,
      conclusions: 'Prosecutors trained',
      participants: [{ stateIso3: 'SEN', participants: 20 }],
      followUps: [
        { stateIso3: 'SEN', kind: 'FOLLOW_UP_TRAINING', topics: ['cybercrime'], description: 'More training' },
      ],
      idempotencyKey: key,
      ...extra,
    });

    it('records once when retried, sequentially or concurrently: the follow-ups are not doubled', async () => {
      const key = 'outcome-key-0001';
      const before = await counts();
      const first = await t.gql(RECORD, { id: workshopId, input: outcome(key) });
      expect(first.errors).toBeUndefined();
      expect(first.data!.recordWorkshopOutcome.outcome.followUpRequests).toHaveLength(1);
      const retries = await Promise.all(
        Array.from({ length: 5 }, () => t.gql(RECORD, { id: workshopId, input: outcome(key) })),
      );
      for (const res of retries) {
        expect(res.errors).toBeUndefined();
        expect(res.data!.recordWorkshopOutcome).toEqual(first.data!.recordWorkshopOutcome);
      }
      const after = await counts();
      expect(after.requests).toBe(before.requests + 1);
      const [{ n }] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'workshop' AND entity_id = $1 AND action = 'UPDATED'`,
        [workshopId],
      );
      expect(n).toBe(1);
    });

    it('refuses the key reused for a different outcome, and changes nothing', async () => {
      const key = 'outcome-key-0002';
      expect((await t.gql(RECORD, { id: workshopId, input: outcome(key, { followUps: [] }) })).errors).toBeUndefined();
      const before = await counts();
      const res = await t.gql(RECORD, { id: workshopId, input: outcome(key, { checklistsCompleted: 9 }) });
      expect(res.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
      expect(await counts()).toEqual(before);
    });
  });
});
