import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { validRequestInput } from '../../../../../test/support/request-input.js';

const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id version } }`;
const input = (stateIso3: string, extra: Record<string, unknown> = {}) => validRequestInput({ stateIso3, ...extra });
const AUDIT = `query($filter: AuditFilter, $first: Int, $after: String) { auditLog(filter: $filter, first: $first, after: $after) {
  totalCount pageInfo { hasNextPage endCursor } nodes { at action entityType entityId before after requestId actor { email role } } } }`;

describe('the audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  const entries = async (entityId: string) =>
    (await t.as('admin')(AUDIT, { filter: { entityId } })).data!.auditLog.nodes as Array<Record<string, any>>;

  it('records creation, status moves and merges of requests, with who, what, before and after', async () => {
    const a = (await t.as('bangkok')(LOG, { input: input('THA') })).data!.logAssistanceRequest;
    await t.as('bangkok')(
      `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: UNDER_REVIEW, expectedVersion: 1) { id } }`,
      { id: a.id },
    );
    const b = (await t.gql(LOG, { input: input('THA') })).data!.logAssistanceRequest;
    await t.gql(`mutation($i: MergeAssistanceRequestsInput!) { mergeAssistanceRequests(input: $i) { id } }`, {
      i: { keepId: a.id, keepVersion: 2, mergeId: b.id, mergeVersion: 1, reason: 'Same witness' },
    });
    const history = await entries(a.id);
    expect(history.map((e) => e.action)).toEqual(['MERGED', 'STATUS_CHANGED', 'CREATED']);
    expect(history[2]).toMatchObject({
      entityType: 'assistance_request',
      actor: { email: 'bangkok@demo.local', role: 'FIELD_OFFICE' },
      before: null,
      after: expect.objectContaining({ stateIso3: 'THA', status: 'RECEIVED', fieldOfficeCode: 'BKK' }),
      requestId: expect.any(String),
    });
    expect(history[1]).toMatchObject({
      before: { status: 'RECEIVED', version: 1 },
      after: { status: 'UNDER_REVIEW', version: 2, reason: null },
    });
    expect((await entries(b.id)).map((e) => e.action)).toEqual(['MERGED', 'CREATED']);
  });

  it('records nothing when a change is refused', async () => {
    await t.as('dakar')(`{ me { id } }`); // signs in (which is logged) before counting
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    await t.gql(LOG, { input: input('XXX') });
    await t.as('dakar')(LOG, { input: input('THA') });
    const a = (await t.gql(LOG, { input: input('SEN') })).data!.logAssistanceRequest;
    await t.gql(
      `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: FULFILLED, expectedVersion: 1) { id } }`,
      { id: a.id },
    );
    await t.gql(
      `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: UNDER_REVIEW, expectedVersion: 7) { id } }`,
      { id: a.id },
    );
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry`);
    expect(after).toBe(before + 1); // only the one request that was logged
  });

  it('records donor profile changes, without the confidential notes themselves', async () => {
    const [donor] = await t.dataSource.query(`SELECT id, version FROM donor WHERE external_ref = 'demo:donor:NOR'`);
    const res = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateDonorProfile(id: $id, expectedVersion: $v, input: { contact: "desk@mission.example", confidentialNotes: "Prefers earmarking" }) { contact confidentialNotes version } }`,
      { id: donor.id, v: donor.version },
    );
    expect(res.data!.updateDonorProfile).toMatchObject({
      contact: 'desk@mission.example',
      confidentialNotes: 'Prefers earmarking',
    });
    const [entry] = await entries(donor.id);
    expect(entry).toMatchObject({
      action: 'UPDATED',
      entityType: 'donor',
      after: { contact: 'desk@mission.example', confidentialNotesChanged: true },
    });
    expect(JSON.stringify(entry)).not.toMatch(/Prefers earmarking/);
    // Other roles never see the notes; a donor sees its own contact.
    const asDonor = await t.as('donor')(`{ donors { name contact confidentialNotes } }`);
    expect(asDonor.data!.donors).toEqual([
      { name: 'Norway (illustrative)', contact: 'desk@mission.example', confidentialNotes: null },
    ]);
    const asViewer = await t.as('viewer')(`{ donors { contact confidentialNotes } }`);
    expect(asViewer.data!.donors[0]).toEqual({ contact: null, confidentialNotes: null });
  });

  it('records deletions (an allocation taken back) with what was deleted', async () => {
    const donor = (await t.dataSource.query(`SELECT id FROM donor WHERE external_ref = 'demo:donor:NOR'`))[0].id;
    const made = await t.gql(
      `mutation { createActivity(input: { code: "AUD-1", title: "Audited activity", priorityAreaCode: "A", activityType: RESEARCH }) { id version } }`,
    );
    expect(made.errors).toBeUndefined();
    const activity = made.data!.createActivity.id;
    // A cost in 2009, so the allocation below is within the activity's need.
    const costed = await t.gql(`mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { id } }`, {
      input: {
        activityId: activity,
        basis: 'ORIGINAL',
        expectedVersion: made.data!.createActivity.version,
        rateDate: '2008-08-22',
        lines: [{ year: 2009, category: 'STAFF', amount: '100.00' }],
      },
    });
    expect(costed.errors).toBeUndefined();
    const c = (
      await t.gql(
        `mutation($d: ID!) { recordContribution(input: { donorId: $d, amount: "100.00", currency: "USD", date: "2009-01-01", stage: PLEDGED }) { id } }`,
        { d: donor },
      )
    ).data!.recordContribution.id;
    const al = (
      await t.gql(
        `mutation($c: ID!, $a: ID!) { allocateContribution(input: { contributionId: $c, activityId: $a, year: 2009, amountUsd: "40.00" }) { id } }`,
        { c, a: activity },
      )
    ).data!.allocateContribution.id;
    expect(
      (await t.gql(`mutation($id: ID!) { deallocateContribution(allocationId: $id) }`, { id: al })).data!
        .deallocateContribution,
    ).toBe(true);
    const deleted = (await entries(c)).find((e) => e.action === 'DELETED');
    expect(deleted).toMatchObject({
      entityType: 'contribution',
      before: { allocation: al, amountUsd: '40.00', year: 2009 },
      after: null,
      actor: { email: 'secretariat@demo.local' },
    });
  });

  it('records sign-ins, and lets nobody change or delete an entry, not even the database owner', async () => {
    await t.login('viewer@demo.local');
    const logins = await t.as('admin')(AUDIT, { filter: { action: ['LOGGED_IN'], entityType: 'user' } });
    expect(logins.data!.auditLog.nodes[0]).toMatchObject({
      action: 'LOGGED_IN',
      actor: { email: 'viewer@demo.local' },
    });
    await expect(t.dataSource.query(`UPDATE audit_entry SET action = 'X'`)).rejects.toThrow(
      /cannot be changed or deleted/,
    );
    await expect(t.dataSource.query(`DELETE FROM audit_entry`)).rejects.toThrow(/cannot be changed or deleted/);
  });

  it('shows the secretariat the programme’s records only, and pages newest first', async () => {
    const all = await t.as('secretariat')(AUDIT, { first: 200 });
    const types = new Set(all.data!.auditLog.nodes.map((e: { entityType: string }) => e.entityType));
    expect(types.has('assistance_request')).toBe(true);
    expect(types.has('user')).toBe(false);
    const users = await t.as('secretariat')(AUDIT, { filter: { entityType: 'user' } });
    expect(users.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN', field: 'entityType' });

    const seen: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const page: any = (await t.as('admin')(AUDIT, { first: 4, after })).data!.auditLog;
      total = page.totalCount;
      seen.push(...page.nodes.map((e: { at: string }) => e.at));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toHaveLength(total);
    expect([...seen].sort().reverse()).toEqual(seen);
  });
});

describe('confidential requests', () => {
  let t: TestApp;
  let id: string;
  beforeAll(async () => {
    t = await bootApp();
    id = (await t.as('bangkok')(LOG, { input: input('THA', { confidential: true }) })).data!.logAssistanceRequest.id;
    await t.as('bangkok')(
      `mutation($id: ID!) { transitionAssistanceRequest(id: $id, to: DECLINED, expectedVersion: 1, reason: "Witness relocated by the State itself") { id } }`,
      { id },
    );
  });
  afterAll(() => t.close());

  const read = (who: 'admin' | 'secretariat' | 'bangkok' | 'dakar' | 'viewer') =>
    t.as(who)(
      `query($id: ID!) { assistanceRequest(id: $id) { confidential description topics state { iso3 } history { to reason } } }`,
      { id },
    );

  it.each([
    ['secretariat', true],
    ['admin', true],
    ['bangkok', true],
    ['dakar', false],
    ['viewer', false],
  ] as const)('as %s, the description and reasons are %s', async (who, visible) => {
    const res = await read(who);
    expect(res.errors).toBeUndefined();
    const r = res.data!.assistanceRequest;
    // Field by field: the request itself is listed, only its confidential fields are hidden.
    expect(r).toMatchObject({ confidential: true, topics: ['witness-protection'], state: { iso3: 'THA' } });
    expect(r.description).toBe(visible ? 'Relocation of a protected witness' : null);
    expect(r.history.at(-1)).toEqual({
      to: 'DECLINED',
      reason: visible ? 'Witness relocated by the State itself' : null,
    });
  });

  it('lets free text search only the confidential descriptions the reader may read', async () => {
    const search = (who: 'viewer' | 'bangkok' | 'dakar' | 'secretariat') =>
      t
        .as(who)(`{ assistanceRequests(filter: { search: "protected witness" }) { totalCount } }`)
        .then((r) => r.data!.assistanceRequests.totalCount);
    expect(await search('secretariat')).toBe(1);
    expect(await search('bangkok')).toBe(1);
    expect(await search('viewer')).toBe(0);
    expect(await search('dakar')).toBe(0);
  });

  it('keeps a merged request’s confidentiality on the request it is merged into', async () => {
    const open = (
      await t.as('bangkok')(LOG, { input: input('THA', { description: 'Training on witness protection' }) })
    ).data!.logAssistanceRequest;
    const secret = (
      await t.as('bangkok')(LOG, {
        input: input('THA', { confidential: true, description: 'Witness W in Chiang Mai' }),
      })
    ).data!.logAssistanceRequest;
    const merged = await t.gql(
      `mutation($i: MergeAssistanceRequestsInput!) { mergeAssistanceRequests(input: $i) { id confidential } }`,
      {
        i: {
          keepId: open.id,
          keepVersion: 1,
          mergeId: secret.id,
          mergeVersion: 1,
          reason: 'Witness W needs relocation',
        },
      },
    );
    expect(merged.data!.mergeAssistanceRequests.confidential).toBe(true);
    const asViewer = await t.as('viewer')(
      `query($id: ID!) { assistanceRequest(id: $id) { description history { reason } } }`,
      { id: open.id },
    );
    expect(asViewer.data!.assistanceRequest.description).toBeNull();
    expect(asViewer.data!.assistanceRequest.history.every((h: { reason: string | null }) => h.reason === null)).toBe(
      true,
    );
  });

  it('never shows donors a request, even through a workshop’s follow-ups', async () => {
    const w = await t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
      input: {
        title: 'Witness protection training',
        kind: 'NATIONAL_TRAINING',
        startsOn: '2008-09-01',
        endsOn: '2008-09-02',
        city: 'Bangkok',
        countryIso3: 'THA',
      },
    });
    const id = w.data!.createWorkshop.id;
    await t.gql(
      `mutation($id: ID!, $input: WorkshopOutcomeInput!) { recordWorkshopOutcome(workshopId: $id, input: $input) { id } }`,
      {
        id,
        input: {
          conclusions: 'ok',
          participants: [{ stateIso3: 'THA' }],
          followUps: [
            {
              stateIso3: 'THA',
              kind: 'TRAINING',
              topics: ['witness-protection'],
              description: 'Protect the witness in case X',
            },
          ],
        },
      },
    );
    const asSecretariat = await t.gql(
      `query($id: ID!) { workshop(id: $id) { outcome { followUpRequests { description } } } }`,
      { id },
    );
    expect(asSecretariat.data!.workshop.outcome.followUpRequests).toEqual([
      { description: 'Protect the witness in case X' },
    ]);
    const asDonor = await t.as('donor')(
      `query($id: ID!) { workshop(id: $id) { outcome { followUpRequests { description } } } }`,
      { id },
    );
    expect(asDonor.data!.workshop.outcome.followUpRequests).toEqual([]);
  });

  it('is counted for donors without showing them anything of it', async () => {
    const list = await t.as('donor')(`{ assistanceRequests { totalCount } }`);
    expect(list.errors![0].extensions!.code).toBe('FORBIDDEN');
    const counts = await t.as('donor')(
      `{ requestCounts(groupBy: [PRIORITY_AREA, STATUS]) { priorityArea { code } status count } }`,
    );
    expect(counts.data!.requestCounts).toEqual(
      expect.arrayContaining([{ priorityArea: { code: 'B' }, status: 'DECLINED', count: 1 }]),
    );
  });
});

describe('limits on what one client can ask', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp({ mutationsPerMinute: 3 });
  });
  afterAll(() => t.close());

  it('refuses mutations past the per-minute limit with a time to wait', async () => {
    const codes: string[] = [];
    for (let i = 0; i < 4; i++) {
      const res = await t.as('viewer')(
        `mutation { changePassword(currentPassword: "wrong", newPassword: "whatever is long") }`,
      );
      codes.push(String(res.errors![0].extensions!.code));
    }
    expect(codes.slice(0, 3)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(codes[3]).toBe('FORBIDDEN');
  });

  it('refuses a query that would cost too much, and one with too many aliases', async () => {
    const costly = await t.gql(
      `{ assistanceRequests(first: 200) { nodes { duplicates { duplicates { duplicates { state { iso3 } } } } } } }`,
    );
    expect(costly.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', maxCost: 20000 } });
    expect(costly.errors![0].message).toMatch(/would cost \d+/);
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: topics`).join(' ');
    const many = await t.gql(`{ ${aliases} }`);
    expect(many.errors![0].message).toMatch(/more than 30 aliases/);
  });
});
