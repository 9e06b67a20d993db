import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
const MOVE = `mutation($id: ID!, $to: ActivityStatus!, $v: Int!, $r: String) {
  transitionActivity(id: $id, to: $to, expectedVersion: $v, reason: $r) { status version history { from to reason } } }`;
const COSTS = `mutation($input: SetCostLinesInput!) { setCostLines(input: $input) { version totalCost } }`;
const PARTICIPANTS = `mutation($a: ID!, $v: Int!, $links: [ParticipationInput!]!) {
  setParticipatingOrganisations(activityId: $a, expectedVersion: $v, links: $links) { version partners } }`;
const LINK = `mutation($a: ID!, $r: [ID!]!) { linkRequestsToActivity(activityId: $a, requestIds: $r) { id version } }`;
const UNLINK = `mutation($a: ID!, $r: ID!) { unlinkRequestFromActivity(activityId: $a, requestId: $r) { id version } }`;
const LOG = `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`;

describe('a finished activity’s costs, partners and requests, and reopening it', () => {
  let t: TestApp;
  let n = 0;
  let organisation: string;
  let request: string;
  beforeAll(async () => {
    t = await bootApp();
    const org = await t.gql(
      `mutation { createOrganisation(input: { name: "Closed-activity partner", type: OTHER }) { id } }`,
    );
    organisation = org.data!.createOrganisation.id;
    const logged = await t.gql(LOG, {
      input: {
        stateIso3: 'SEN',
        kind: 'TRAINING',
        topics: ['extradition'],
        priorityAreaCode: 'B',
        receivedOn: '2008-09-01',
        channel: 'letter',
        description: 'Training for a finished activity',
      },
    });
    request = logged.data!.logAssistanceRequest.id;
  });
  afterAll(() => t.close());

  const costs = (activityId: string, expectedVersion: number, amount = '1000.00') =>
    t.gql(COSTS, {
      input: {
        activityId,
        expectedVersion,
        basis: 'ORIGINAL',
        rateDate: '2008-08-22',
        lines: [{ year: 2009, category: 'MEETINGS', amount }],
      },
    });

  /** An activity with a cost line, moved along `path` (a cancellation with a reason). */
  async function activity(path: readonly string[]) {
    n += 1;
    const created = await t.gql(CREATE, {
      input: { code: `CL-${n}`, title: `Closed activity ${n}`, priorityAreaCode: 'B', activityType: 'WORKSHOP' },
    });
    const { id } = created.data!.createActivity as { id: string };
    let version = (await costs(id, 1)).data!.setCostLines.version as number;
    for (const to of path) {
      const moved = await t.gql(MOVE, { id, to, v: version, r: to === 'CANCELLED' ? 'Donor withdrew' : null });
      expect(moved.errors).toBeUndefined();
      version = moved.data!.transitionActivity.version;
    }
    return { id, version };
  }

  /** Everything a refused change could have touched: the row, its costs, the gap's facts, partners, links, audit. */
  const state = async (id: string) => ({
    activity: await t.dataSource.query(`SELECT status, version, beneficiary_states FROM activity WHERE id = $1`, [id]),
    costs: await t.dataSource.query(
      `SELECT year, category, basis, amount::text FROM cost_line WHERE activity_id = $1 ORDER BY year, category, basis`,
      [id],
    ),
    gapFacts: await t.dataSource.query(
      `SELECT year, cost::text FROM funding_activity_year WHERE activity_id = $1 ORDER BY year`,
      [id],
    ),
    partners: await t.dataSource.query(
      `SELECT organisation_id, role FROM activity_organisation WHERE activity_id = $1`,
      [id],
    ),
    links: await t.dataSource.query(`SELECT request_id FROM activity_request WHERE activity_id = $1`, [id]),
    request: await t.dataSource.query(`SELECT status, version FROM assistance_request WHERE id = $1`, [request]),
    audits: await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = ANY($1::text[])`, [
      [id, request],
    ]),
  });

  const COMPLETED = ['ENDORSED', 'FUNDED', 'UNDER_WAY', 'COMPLETED'];
  const CANCELLED = ['ENDORSED', 'CANCELLED'];

  it.each([
    ['COMPLETED', COMPLETED],
    ['CANCELLED', CANCELLED],
  ])(
    'refuses cost lines, participating organisations and request links of a %s activity, changing nothing',
    async (status, path) => {
      const a = await activity(path);
      const before = await state(a.id);
      // Its cost feeds the funding gap: what it was costed at stays there.
      expect(before.gapFacts).toEqual([{ year: 2009, cost: '1000.00' }]);
      const refusals = [
        await costs(a.id, a.version, '5000.00'),
        await t.gql(PARTICIPANTS, {
          a: a.id,
          v: a.version,
          links: [{ organisationId: organisation, role: 'FUNDING' }],
        }),
        await t.gql(LINK, { a: a.id, r: [request] }),
      ];
      for (const res of refusals) {
        expect(res.data).toBeNull();
        expect(res.errors![0].extensions).toMatchObject({
          code: 'BAD_USER_INPUT',
          reason: 'ACTIVITY_CLOSED',
          status,
          field: 'activityId',
        });
        expect(res.errors![0].message).toContain(status);
        expect(res.errors![0].message).toContain('reopen it first');
      }
      expect(await state(a.id)).toEqual(before);
    },
  );

  it.each([
    ['COMPLETED', COMPLETED],
    ['CANCELLED', CANCELLED],
  ])('refuses to unlink a request from a %s activity, keeping the link as recorded', async (status, path) => {
    // Linked while open, then finished: the request it answered stays linked.
    const a = await activity([]);
    expect((await t.gql(LINK, { a: a.id, r: [request] })).errors).toBeUndefined();
    let version = (await t.dataSource.query(`SELECT version FROM activity WHERE id = $1`, [a.id]))[0].version as number;
    for (const to of path) {
      const moved = await t.gql(MOVE, { id: a.id, to, v: version, r: to === 'CANCELLED' ? 'Donor withdrew' : null });
      expect(moved.errors).toBeUndefined();
      version = moved.data!.transitionActivity.version;
    }
    const before = await state(a.id);
    expect(before.links).toEqual([{ request_id: request }]);
    const res = await t.gql(UNLINK, { a: a.id, r: request });
    expect(res.data).toBeNull();
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'ACTIVITY_CLOSED',
      status,
      field: 'activityId',
    });
    expect(res.errors![0].message).toContain('reopen it first');
    expect(await state(a.id)).toEqual(before);
  });

  it('still takes cost lines, participating organisations, request links and unlinks of an open activity', async () => {
    const a = await activity(['ENDORSED', 'FUNDED', 'UNDER_WAY']);
    const costed = await costs(a.id, a.version, '2500.00');
    expect(costed.errors).toBeUndefined();
    expect(costed.data!.setCostLines.totalCost).toBe('2500.00');
    const partnered = await t.gql(PARTICIPANTS, {
      a: a.id,
      v: a.version + 1,
      links: [{ organisationId: organisation, role: 'IMPLEMENTING' }],
    });
    expect(partnered.errors).toBeUndefined();
    expect(partnered.data!.setParticipatingOrganisations.partners).toEqual(['Closed-activity partner']);
    const linked = await t.gql(LINK, { a: a.id, r: [request] });
    expect(linked.errors).toBeUndefined();
    expect(await state(a.id)).toMatchObject({
      gapFacts: [{ year: 2009, cost: '2500.00' }],
      links: [{ request_id: request }],
    });
    const unlinked = await t.gql(UNLINK, { a: a.id, r: request });
    expect(unlinked.errors).toBeUndefined();
    expect((await state(a.id)).links).toEqual([]);
  });

  it('reopens a completed activity under way and a cancelled one where it was cancelled from, with a reason', async () => {
    const completed = await activity(COMPLETED);
    const reopened = await t.gql(MOVE, { id: completed.id, to: 'UNDER_WAY', v: completed.version, r: 'More sessions' });
    expect(reopened.errors).toBeUndefined();
    expect(reopened.data!.transitionActivity).toMatchObject({ status: 'UNDER_WAY', version: completed.version + 1 });
    expect(reopened.data!.transitionActivity.history.at(-1)).toEqual({
      from: 'COMPLETED',
      to: 'UNDER_WAY',
      reason: 'More sessions',
    });
    // Open again: its costs change as before.
    expect((await costs(completed.id, completed.version + 1, '1200.00')).errors).toBeUndefined();

    const cancelled = await activity(['ENDORSED', 'FUNDED', 'CANCELLED']);
    const back = await t.gql(MOVE, { id: cancelled.id, to: 'FUNDED', v: cancelled.version, r: 'Donor came back' });
    expect(back.errors).toBeUndefined();
    expect(back.data!.transitionActivity.status).toBe('FUNDED');
    const [audit] = await t.dataSource.query(
      `SELECT before, after FROM audit_entry WHERE entity_id = $1 AND action = 'STATUS_CHANGED' ORDER BY at DESC, id DESC LIMIT 1`,
      [cancelled.id],
    );
    expect(audit).toMatchObject({
      before: { status: 'CANCELLED', version: cancelled.version },
      after: { status: 'FUNDED', version: cancelled.version + 1, reason: 'Donor came back' },
    });
  });

  it('refuses a reopening without a reason, to another status, at a stale version or by a reader, changing nothing', async () => {
    const cancelled = await activity(['ENDORSED', 'CANCELLED']);
    const before = await state(cancelled.id);
    const refusals: Array<[Record<string, unknown>, Record<string, unknown>]> = [
      [
        { to: 'ENDORSED', r: null },
        { code: 'BAD_USER_INPUT', field: 'reason' },
      ],
      [
        { to: 'ENDORSED', r: '   ' },
        { code: 'BAD_USER_INPUT', field: 'reason' },
      ],
      [
        { to: 'FUNDED', r: 'Skip ahead' },
        { code: 'BAD_USER_INPUT', field: 'to' },
      ],
      [{ to: 'ENDORSED', r: 'Stale', v: cancelled.version - 1 }, { code: 'CONFLICT' }],
    ];
    for (const [vars, extensions] of refusals) {
      const res = await t.gql(MOVE, { id: cancelled.id, v: cancelled.version, ...vars });
      expect(res.errors![0].extensions).toMatchObject(extensions);
    }
    const reader = await t.as('viewer')(MOVE, { id: cancelled.id, to: 'ENDORSED', v: cancelled.version, r: 'Viewer' });
    expect(reader.errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    expect(await state(cancelled.id)).toEqual(before);
  });
});
