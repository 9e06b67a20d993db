import { bootApp, type TestApp } from '../../../../../test/support/app.js';
import { LOG_REQUEST, validRequestInput } from '../../../../../test/support/request-input.js';

describe('a code that names nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  it('in a new request is refused naming the field, changing nothing', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    const res = await t.gql(LOG_REQUEST, { input: validRequestInput({ fieldOfficeCode: 'ZZZ' }) });
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'fieldOfficeCode',
    });
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    expect(after).toBe(before);
  });

  it('in a request, new or edited, is refused on its own field; one not sent in an edit is not checked', async () => {
    const input = validRequestInput({ description: 'Drafting of a witness protection law' });
    const log = (change: Record<string, unknown>) =>
      t.gql(
        `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id fieldOffice { code } } }`,
        {
          input: { ...input, ...change },
        },
      );
    const cases: Array<[Record<string, unknown>, string]> = [
      // (A priority area's code is checked at the edge: every code it lets through is one.)
      [{ stateIso3: 'ZZZ' }, 'stateIso3'],
      [{ instruments: ['UNTOC', 'NOPE'] }, 'instruments'],
      [{ fieldOfficeCode: 'ZZZ' }, 'fieldOfficeCode'],
      // Several at fault: the State is said first.
      [{ stateIso3: 'ZZZ', fieldOfficeCode: 'ZZZ' }, 'stateIso3'],
    ];
    for (const [change, field] of cases) {
      const res = await log(change);
      expect([field, res.errors?.[0]?.extensions]).toEqual([
        field,
        expect.objectContaining({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field }),
      ]);
    }
    // Known references: the office covering the State, read with them in one statement.
    const { result, sql } = await t.captureQueries(() => log({}));
    expect(result.errors).toBeUndefined();
    expect(result.data!.logAssistanceRequest.fieldOffice.code).toBe('BKK');
    expect(sql.filter((q) => /FROM state s WHERE s\.iso3 = ANY/.test(q))).toHaveLength(1);
    expect(sql.filter((q) => /FROM (priority_area|instrument|field_office) WHERE code = \$1/.test(q))).toEqual([]);

    const id = result.data!.logAssistanceRequest.id as string;
    const edit = (change: Record<string, unknown>) =>
      t.gql(
        `mutation($id: ID!, $input: UpdateAssistanceRequestInput!) {
           updateAssistanceRequest(id: $id, expectedVersion: 1, input: $input) { version state { iso3 } fieldOffice { code } }
         }`,
        { id, input: change },
      );
    for (const [change, field] of cases) {
      const res = await edit(change);
      expect([field, res.errors?.[0]?.extensions]).toEqual([
        field,
        expect.objectContaining({ reason: 'UNKNOWN_REFERENCE', field }),
      ]);
    }
    // Nothing changed by the refusals; an edit of the description alone checks nothing it did not send.
    const described = await edit({ description: 'Drafting of a witness protection law, second reading' });
    expect(described.errors).toBeUndefined();
    expect(described.data!.updateAssistanceRequest).toEqual({
      version: 2,
      state: { iso3: 'THA' },
      fieldOffice: { code: 'BKK' },
    });
  });

  it('in a new user is refused naming the field, changing nothing', async () => {
    const create = (input: Record<string, unknown>) =>
      t.as('admin')(`mutation($input: CreateUserInput!) { createUser(input: $input) { id } }`, {
        input: { displayName: 'New', email: 'new-office@demo.local', password: 'a-long-enough-passphrase-9', ...input },
      });
    const office = await create({ role: 'FIELD_OFFICE', fieldOfficeCode: 'ZZZ' });
    expect(office.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'fieldOfficeCode',
    });
    const donor = await create({ role: 'DONOR', donorId: '00000000-0000-4000-8000-000000000000' });
    expect(donor.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'donorId',
    });
    const [{ n }] = await t.dataSource.query(
      `SELECT count(*)::int AS n FROM app_user WHERE email = 'new-office@demo.local'`,
    );
    expect(n).toBe(0);
  });
});
