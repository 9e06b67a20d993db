import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const CREATE = `mutation($input: CreateActivityInput!) { createActivity(input: $input) { id version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, expectedVersion: $v, input: $input) {
  version title startsOn endsOn fr: title(lang: FR) es: title(lang: ES) frMark: unofficialTranslation(lang: FR) } }`;
const MOVE = `mutation($id: ID!, $to: ActivityStatus!, $v: Int!, $r: String) {
  transitionActivity(id: $id, to: $to, expectedVersion: $v, reason: $r) { status version } }`;

describe('the rules of an activity’s edit (dates cleared, finished activities, titles in other languages)', () => {
  let t: TestApp;
  let n = 0;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  async function activity(extra: Record<string, unknown> = {}) {
    n += 1;
    const res = await t.gql(CREATE, {
      input: {
        code: `E-${n}`,
        title: `Edited activity ${n}`,
        priorityAreaCode: 'B',
        activityType: 'WORKSHOP',
        ...extra,
      },
    });
    expect(res.errors).toBeUndefined();
    return res.data!.createActivity as { id: string; version: number };
  }
  const row = async (id: string) =>
    (
      await t.dataSource.query(
        `SELECT title, title_fr, title_es, translations_official, starts_on::text, ends_on::text, version
           FROM activity WHERE id = $1`,
        [id],
      )
    )[0];

  it('clears a date sent as null, keeps one left out, and sets one sent', async () => {
    const a = await activity();
    const set = await t.gql(UPDATE, {
      id: a.id,
      v: a.version,
      input: { startsOn: '2010-03-01', endsOn: '2010-03-05' },
    });
    expect(set.data!.updateActivity).toMatchObject({ startsOn: '2010-03-01', endsOn: '2010-03-05' });

    const cleared = await t.gql(UPDATE, { id: a.id, v: a.version + 1, input: { startsOn: null } });
    expect(cleared.errors).toBeUndefined();
    expect(cleared.data!.updateActivity).toMatchObject({ startsOn: null, endsOn: '2010-03-05' });
    const both = await t.gql(UPDATE, { id: a.id, v: a.version + 2, input: { title: 'Undated again', endsOn: null } });
    expect(both.data!.updateActivity).toMatchObject({ title: 'Undated again', startsOn: null, endsOn: null });
    expect(await row(a.id)).toMatchObject({ starts_on: null, ends_on: null, version: a.version + 3 });
    const audit = await t.dataSource.query(
      `SELECT before, after FROM audit_entry WHERE entity_id = $1 AND action = 'UPDATED' ORDER BY at DESC, id DESC LIMIT 1`,
      [a.id],
    );
    // Audited as a change of the date to nothing.
    expect(audit[0]).toMatchObject({ before: { endsOn: '2010-03-05' }, after: { endsOn: null } });
  });

  it('refuses to edit a completed or cancelled activity, naming its status, and changes nothing', async () => {
    const cancelled = await activity({ startsOn: '2010-01-10' });
    const moved = await t.gql(MOVE, { id: cancelled.id, to: 'CANCELLED', v: 1, r: 'Donor withdrew' });
    expect(moved.data!.transitionActivity).toEqual({ status: 'CANCELLED', version: 2 });
    const completed = await activity();
    let v = 1;
    for (const to of ['ENDORSED', 'FUNDED', 'UNDER_WAY', 'COMPLETED']) {
      const res = await t.gql(MOVE, { id: completed.id, to, v });
      expect(res.data!.transitionActivity.status).toBe(to);
      v = res.data!.transitionActivity.version;
    }
    // Still open, one step short of completed: edited as before.
    const open = await activity();
    const openEdit = await t.gql(UPDATE, { id: open.id, v: 1, input: { title: 'Still open' } });
    expect(openEdit.data!.updateActivity.title).toBe('Still open');

    for (const [a, version, status] of [
      [cancelled, 2, 'CANCELLED'],
      [completed, v, 'COMPLETED'],
    ] as const) {
      const before = await row(a.id);
      const auditsBefore = await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [
        a.id,
      ]);
      const res = await t.gql(UPDATE, { id: a.id, v: version, input: { title: 'Too late', startsOn: null } });
      expect(res.data).toBeNull();
      expect(res.errors![0].extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        reason: 'ACTIVITY_CLOSED',
        status,
        field: 'id',
      });
      expect(res.errors![0].message).toContain(status);
      expect(await row(a.id)).toEqual(before);
      expect(
        await t.dataSource.query(`SELECT count(*)::int AS n FROM audit_entry WHERE entity_id = $1`, [a.id]),
      ).toEqual(auditsBefore);
    }
  });

  it('keeps the French and Spanish titles when the English one changes, no longer as the UN’s text, and changes or clears them when sent', async () => {
    const a = await activity();
    // As the demo data gives them: the UN's own text.
    await t.dataSource.query(
      `UPDATE activity SET title_fr = 'Atelier régional', title_es = 'Taller regional', translations_official = true
        WHERE id = $1`,
      [a.id],
    );
    const retitled = await t.gql(UPDATE, { id: a.id, v: a.version, input: { title: 'Regional workshop' } });
    expect(retitled.errors).toBeUndefined();
    expect(retitled.data!.updateActivity).toMatchObject({
      title: 'Regional workshop',
      fr: 'Atelier régional',
      es: 'Taller regional',
      // They no longer translate the UN's English title: marked as this tool's translation.
      frMark: true,
    });
    expect(await row(a.id)).toMatchObject({
      title_fr: 'Atelier régional',
      title_es: 'Taller regional',
      translations_official: false,
    });

    const french = await t.gql(UPDATE, {
      id: a.id,
      v: a.version + 1,
      input: { titleFr: 'Atelier régional (Afrique)' },
    });
    expect(french.data!.updateActivity).toMatchObject({
      fr: 'Atelier régional (Afrique)',
      es: 'Taller regional',
      frMark: true,
    });
    const cleared = await t.gql(UPDATE, { id: a.id, v: a.version + 2, input: { title: 'Workshop', titleEs: null } });
    expect(cleared.data!.updateActivity).toMatchObject({ fr: 'Atelier régional (Afrique)', es: 'Workshop' });
    const kept = await t.gql(`query($id: ID!) { activity(id: $id) { titleFr titleEs } }`, { id: a.id });
    expect(kept.data!.activity).toEqual({ titleFr: 'Atelier régional (Afrique)', titleEs: null });
    expect(await row(a.id)).toMatchObject({
      title: 'Workshop',
      title_fr: 'Atelier régional (Afrique)',
      title_es: null,
      translations_official: false,
    });
  });

  it('keeps the UN-text mark when the English title is sent as it was', async () => {
    const a = await activity();
    await t.dataSource.query(
      `UPDATE activity SET title_fr = 'Atelier', title_es = 'Taller', translations_official = true WHERE id = $1`,
      [a.id],
    );
    const same = await t.gql(UPDATE, { id: a.id, v: a.version, input: { title: ` Edited activity ${n} ` } });
    expect(same.errors).toBeUndefined();
    expect(same.data!.updateActivity.frMark).toBe(false);
    expect(await row(a.id)).toMatchObject({ translations_official: true });
  });

  it('words a new activity’s regions after the M49 codes sent without wording, and takes wording sent as written', async () => {
    const READ = `query($id: ID!) { activity(id: $id) { beneficiaryRegions beneficiaryAreas { code } } }`;
    const coded = await activity({ beneficiaryAreas: ['011', '018'] });
    expect((await t.gql(READ, { id: coded.id })).data!.activity).toEqual({
      beneficiaryRegions: ['Western Africa', 'Southern Africa'],
      beneficiaryAreas: [{ code: '011' }, { code: '018' }],
    });
    const worded = await activity({ beneficiaryAreas: ['018'], beneficiaryRegions: ['SADC States'] });
    expect((await t.gql(READ, { id: worded.id })).data!.activity.beneficiaryRegions).toEqual(['SADC States']);
    const neither = await activity();
    expect((await t.gql(READ, { id: neither.id })).data!.activity).toEqual({
      beneficiaryRegions: [],
      beneficiaryAreas: [],
    });
  });

  it('words the regions after the M49 codes sent without wording, keeping the wording of codes still chosen', async () => {
    const REGIONS = `mutation($id: ID!, $v: Int!, $input: UpdateActivityInput!) { updateActivity(id: $id, expectedVersion: $v, input: $input) {
      version beneficiaryRegions beneficiaryAreas { code } } }`;
    const a = await activity({ beneficiaryRegions: ['West Africa'] });
    const added = await t.gql(REGIONS, { id: a.id, v: a.version, input: { beneficiaryAreas: ['011', '018'] } });
    expect(added.errors).toBeUndefined();
    expect(added.data!.updateActivity).toMatchObject({
      beneficiaryRegions: ['West Africa', 'Southern Africa'],
      beneficiaryAreas: [{ code: '011' }, { code: '018' }],
    });
    const replaced = await t.gql(REGIONS, { id: a.id, v: a.version + 1, input: { beneficiaryAreas: ['018'] } });
    expect(replaced.data!.updateActivity.beneficiaryRegions).toEqual(['Southern Africa']);
    // Wording sent with the codes is taken as written; neither sent keeps both.
    const worded = await t.gql(REGIONS, {
      id: a.id,
      v: a.version + 2,
      input: { beneficiaryAreas: ['018'], beneficiaryRegions: ['SADC States'] },
    });
    expect(worded.data!.updateActivity.beneficiaryRegions).toEqual(['SADC States']);
    const untouched = await t.gql(REGIONS, { id: a.id, v: a.version + 3, input: { title: 'Regions kept' } });
    expect(untouched.data!.updateActivity).toMatchObject({
      beneficiaryRegions: ['SADC States'],
      beneficiaryAreas: [{ code: '018' }],
    });
    const [stored] = await t.dataSource.query(
      `SELECT beneficiary_regions, beneficiary_areas FROM activity WHERE id = $1`,
      [a.id],
    );
    expect(stored).toEqual({ beneficiary_regions: ['SADC States'], beneficiary_areas: ['018'] });
  });
});
