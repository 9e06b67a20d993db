import { bootApp, type TestApp } from '../../../../../test/support/app.js';

describe('a code that names nothing', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  it('in a new request is refused naming the field, changing nothing', async () => {
    const [{ n: before }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    const res = await t.gql(
      `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
      {
        input: {
          stateIso3: 'THA',
          kind: 'TRAINING',
          topics: ['witness-protection'],
          priorityAreaCode: 'B',
          receivedOn: '2008-09-01',
          channel: 'field-office',
          description: 'Relocation of a protected witness',
          fieldOfficeCode: 'ZZZ',
        },
      },
    );
    expect(res.errors![0].extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'UNKNOWN_REFERENCE',
      field: 'fieldOfficeCode',
    });
    const [{ n: after }] = await t.dataSource.query(`SELECT count(*)::int AS n FROM assistance_request`);
    expect(after).toBe(before);
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
