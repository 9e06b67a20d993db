import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const PARTICIPANTS = `participatingOrganisations { role organisation { id name acronym type typeCode iatiRef } }`;

/** Partner organisations as entities with roles on activities (issue 15). */
describe('partner organisations', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await bootApp({ demo: true });
  });
  afterAll(() => t.close());

  const activity = async (code: string) => {
    const res = await t.gql(
      `query($c: String) { activities(filter: { search: $c }, first: 5) { nodes { id code version partners ${PARTICIPANTS} } } }`,
      { c: code },
    );
    expect(res.errors).toBeUndefined();
    return res.data!.activities.nodes.find((a: { code: string }) => a.code === code);
  };

  it('turns the document’s partners into organisations, typed and linked as implementing partners in order', async () => {
    const nato = await activity('VI.B.1-4');
    expect(nato.partners).toEqual(['NATO', 'Partnership for Peace']);
    expect(nato.participatingOrganisations).toEqual([
      expect.objectContaining({
        role: 'IMPLEMENTING',
        organisation: expect.objectContaining({ name: 'NATO', type: 'MULTILATERAL', typeCode: '40' }),
      }),
      expect.objectContaining({
        role: 'IMPLEMENTING',
        organisation: expect.objectContaining({ name: 'Partnership for Peace' }),
      }),
    ]);
    const undp = await t.as('donor')(`{ organisations(filter: { search: "undp" }) { name iatiRef type } }`);
    expect(undp.errors).toBeUndefined();
    expect(undp.data!.organisations).toEqual([
      { name: 'UNDP', iatiRef: 'XM-DAC-41114', type: 'MULTILATERAL' },
      { name: 'UNDP Programme on Governance in the Arab Region', iatiRef: null, type: 'MULTILATERAL' },
    ]);
    // Workshops name their organisers from the registry too (footnote 17: Cairo with UNDP-POGAR).
    const cairo = await t.gql(
      `{ workshops(filter: { status: "HELD" }, first: 50) { nodes { city organisers participatingOrganisations { role organisation { name type } } } } }`,
    );
    expect(cairo.errors).toBeUndefined();
    const workshop = cairo.data!.workshops.nodes.find((w: { city: string }) => w.city === 'Cairo');
    expect(workshop.organisers).toEqual([
      'UNODC',
      'UNDP Programme on Governance in the Arab Region',
      'Office of the Attorney General of Egypt',
    ]);
    expect(
      workshop.participatingOrganisations.map((p: { organisation: { type: string } }) => p.organisation.type),
    ).toEqual(['MULTILATERAL', 'MULTILATERAL', 'GOVERNMENT']);
    const government = await t.gql(`{ organisations(filter: { type: GOVERNMENT }) { name } }`);
    expect(government.data!.organisations.map((o: { name: string }) => o.name)).toContain(
      'Serious Organized Crime Agency (United Kingdom)',
    );
  });

  it('lists what each organisation takes part in: its activities and workshops with its role on each', async () => {
    const res = await t.as('donor')(
      `{ organisations(filter: { search: "Partnership for Peace" }) {
          name activities { role activity { code title } } workshops { role workshop { city } } } }`,
    );
    expect(res.errors).toBeUndefined();
    const [pfp] = res.data!.organisations;
    expect(
      (pfp.activities as Array<{ role: string; activity: { code: string } }>)
        .map((a) => `${a.activity.code}:${a.role}`)
        .sort(),
    ).toEqual(['VI.A.1-3:IMPLEMENTING', 'VI.B.1-4:IMPLEMENTING']);
    expect(pfp.workshops).toEqual([]);
    const pogar = await t.gql(
      `{ organisations(filter: { search: "Governance in the Arab Region" }) { workshops { role workshop { city } } } }`,
    );
    expect(pogar.errors).toBeUndefined();
    expect(pogar.data!.organisations[0].workshops).toContainEqual({
      role: 'IMPLEMENTING',
      workshop: { city: 'Cairo' },
    });
    // Every organisation of the registry at once: one statement per kind, not one per organisation.
    const all = await t.gql(
      `{ organisations { name activities { role activity { id } } workshops { role workshop { id } } } }`,
    );
    expect(all.errors).toBeUndefined();
    const linked = (all.data!.organisations as Array<{ activities: unknown[]; workshops: unknown[] }>).filter(
      (o) => o.activities.length + o.workshops.length > 0,
    );
    expect(linked.length).toBeGreaterThan(5);
  });

  it('names organisations with roles on an activity at its version, checks them and audits the change', async () => {
    const before = await activity('VI.B.1-4');
    const undp = (await t.gql(`{ organisations(filter: { search: "UNDP" }) { id } }`)).data!.organisations[0].id;
    const natoId = before.participatingOrganisations[0].organisation.id;
    const set = (
      v: number,
      links: Array<{ organisationId: string; role: string }>,
      who: 'secretariat' | 'dakar' = 'secretariat',
    ) =>
      t.as(who)(
        `mutation($id: ID!, $v: Int!, $links: [ParticipationInput!]!) {
           setParticipatingOrganisations(activityId: $id, expectedVersion: $v, links: $links) { version partners ${PARTICIPANTS} }
         }`,
        { id: before.id, v, links },
      );
    const links = [
      { organisationId: natoId, role: 'IMPLEMENTING' },
      { organisationId: undp, role: 'FUNDING' },
    ];
    expect((await set(before.version, links, 'dakar')).errors![0].extensions).toMatchObject({ code: 'FORBIDDEN' });
    const unknown = await set(before.version, [
      { organisationId: '00000000-0000-4000-8000-000000000000', role: 'FUNDING' },
    ]);
    expect(unknown.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'links',
    });
    const done = await set(before.version, links);
    expect(done.errors).toBeUndefined();
    expect(done.data!.setParticipatingOrganisations).toMatchObject({ version: before.version + 1, partners: ['NATO'] });
    expect(
      done.data!.setParticipatingOrganisations.participatingOrganisations.map(
        (p: { role: string; organisation: { name: string } }) => `${p.organisation.name}:${p.role}`,
      ),
    ).toEqual(['NATO:IMPLEMENTING', 'UNDP:FUNDING']);
    expect((await set(before.version, links)).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
    });
    const audit = await t.gql(
      `query($id: String) { auditLog(filter: { entityType: "activity", entityId: $id }, first: 1) { nodes { after } } }`,
      {
        id: before.id,
      },
    );
    expect(audit.data!.auditLog.nodes[0].after.participatingOrganisations).toEqual([
      'NATO (IMPLEMENTING)',
      'UNDP (FUNDING)',
    ]);
    // Editing the partners by name keeps the other roles and registers a new name as an organisation to classify.
    const edited = await t.gql(
      `mutation($id: ID!, $v: Int!) { updateActivity(id: $id, expectedVersion: $v, input: { partners: ["NATO", "Geneva Centre for Security Sector Governance"] }) { partners ${PARTICIPANTS} } }`,
      { id: before.id, v: before.version + 1 },
    );
    expect(edited.errors).toBeUndefined();
    expect(edited.data!.updateActivity.partners).toEqual(['NATO', 'Geneva Centre for Security Sector Governance']);
    const roles = edited.data!.updateActivity.participatingOrganisations.map(
      (p: { role: string; organisation: { name: string; type: string } }) =>
        `${p.organisation.name}:${p.role}:${p.organisation.type}`,
    );
    expect(roles).toEqual(
      expect.arrayContaining([
        'UNDP:FUNDING:MULTILATERAL',
        'Geneva Centre for Security Sector Governance:IMPLEMENTING:OTHER',
      ]),
    );
  });

  it('keeps the registry: unique names, IATI identifiers checked, planners only, at the version read', async () => {
    const create = (input: Record<string, unknown>, who: 'secretariat' | 'viewer' = 'secretariat') =>
      t.as(who)(
        `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id name type typeCode iatiRef version } }`,
        {
          i: input,
        },
      );
    expect(
      (await create({ name: 'Unodc Partner', type: 'MULTILATERAL' }, 'viewer')).errors![0].extensions,
    ).toMatchObject({
      code: 'FORBIDDEN',
    });
    expect((await create({ name: 'nato', type: 'MULTILATERAL' })).errors![0].extensions).toMatchObject({
      code: 'CONFLICT',
      reason: 'DUPLICATE',
    });
    expect(
      (await create({ name: 'Some body', type: 'MULTILATERAL', iatiRef: 'not a ref' })).errors![0].extensions,
    ).toMatchObject({
      code: 'BAD_USER_INPUT',
    });
    const made = await create({
      name: 'Organisation internationale de la Francophonie',
      type: 'MULTILATERAL',
      acronym: 'OIF',
    });
    expect(made.errors).toBeUndefined();
    expect(made.data!.createOrganisation).toMatchObject({ typeCode: '40', version: 1 });
    const update = (v: number) =>
      t.gql(
        `mutation($id: ID!, $v: Int!) { updateOrganisation(id: $id, expectedVersion: $v, input: { name: "Organisation internationale de la Francophonie", type: MULTILATERAL, iatiRef: "XI-IATI-OIF" }) { iatiRef version } }`,
        {
          id: made.data!.createOrganisation.id,
          v,
        },
      );
    expect((await update(1)).data!.updateOrganisation).toEqual({ iatiRef: 'XI-IATI-OIF', version: 2 });
    expect((await update(1)).errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'STALE_VERSION' });
  });

  it('creates an organisation once per idempotency key: a retry answers the first, not "name taken"', async () => {
    // The public document outside tools send (`$i: OrganisationInput!`), with a key and without.
    const CREATE = `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id name version } }`;
    const rows = async (name: string) =>
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM organisation WHERE name = $1`, [name]))[0].n as number;
    const audits = async (id: string) =>
      (
        await t.dataSource.query(
          `SELECT count(*)::int AS n FROM audit_entry WHERE entity_type = 'organisation' AND entity_id = $1`,
          [id],
        )
      )[0].n as number;
    const input = { name: 'Commonwealth Secretariat', type: 'MULTILATERAL', idempotencyKey: 'org-create-0001' };
    const first = await t.as('secretariat')(CREATE, { i: input });
    expect(first.errors).toBeUndefined();
    // The answer was lost; the dialog sends the same draft again, with its key.
    const again = await t.as('secretariat')(CREATE, { i: input });
    expect(again.errors).toBeUndefined();
    expect(again.data!.createOrganisation).toEqual(first.data!.createOrganisation);
    expect(await rows('Commonwealth Secretariat')).toBe(1);
    expect(await audits(first.data!.createOrganisation.id)).toBe(1);

    // The key for something else is refused; without a key, the same name is taken.
    const reused = await t.as('secretariat')(CREATE, { i: { ...input, name: 'Another body' } });
    expect(reused.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'IDEMPOTENCY_KEY_REUSED' });
    const { idempotencyKey: _key, ...keyless } = input;
    const taken = await t.as('secretariat')(CREATE, { i: keyless });
    expect(taken.errors![0].extensions).toMatchObject({ code: 'CONFLICT', reason: 'DUPLICATE' });
    expect(await rows('Commonwealth Secretariat')).toBe(1);
    expect(await rows('Another body')).toBe(0);
    const keylessMade = await t.as('secretariat')(CREATE, { i: { name: 'Caribbean Community', type: 'MULTILATERAL' } });
    expect(keylessMade.errors).toBeUndefined();
    expect(keylessMade.data!.createOrganisation).toMatchObject({ name: 'Caribbean Community', version: 1 });
  });

  it('refuses an idempotency key on updateOrganisation, saying so, and changes nothing', async () => {
    const made = await t.as('secretariat')(
      `mutation($i: OrganisationInput!) { createOrganisation(input: $i) { id version } }`,
      { i: { name: 'Pacific Islands Forum', type: 'MULTILATERAL' } },
    );
    expect(made.errors).toBeUndefined();
    const { id } = made.data!.createOrganisation;
    const UPDATE = `mutation($id: ID!, $i: OrganisationInput!) { updateOrganisation(id: $id, expectedVersion: 1, input: $i) { name version } }`;
    const keyed = await t.as('secretariat')(UPDATE, {
      id,
      i: { name: 'Pacific Islands Forum Secretariat', type: 'MULTILATERAL', idempotencyKey: 'org-edit-0001' },
    });
    expect(keyed.data).toBeNull();
    expect(keyed.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'IDEMPOTENCY_KEY_ON_EDIT',
      field: 'input.idempotencyKey',
    });
    expect(keyed.errors![0].message).toMatch(/without the key/);
    const [row] = await t.dataSource.query(`SELECT name, version FROM organisation WHERE id = $1`, [id]);
    expect(row).toEqual({ name: 'Pacific Islands Forum', version: 1 });
    const plain = await t.as('secretariat')(UPDATE, {
      id,
      i: { name: 'Pacific Islands Forum Secretariat', type: 'MULTILATERAL' },
    });
    expect(plain.data!.updateOrganisation).toEqual({ name: 'Pacific Islands Forum Secretariat', version: 2 });
  });
});
