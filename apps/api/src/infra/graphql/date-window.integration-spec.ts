import { DATE_WINDOW, latestPlannedDate } from '@ta/domain';
import { bootApp, type TestApp } from '../../../../../test/support/app.js';

const BAD_DATES = ['9999-12-31', '1899-12-31'];

/** Dates outside the plausible window (2000 to ten years ahead) are typing slips: refused, nothing written. */
describe('implausible dates', () => {
  let t: TestApp;
  const count = async (table: string) =>
    (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table}`))[0].n as number;
  const window = () => ({ min: DATE_WINDOW.earliest, max: latestPlannedDate() });

  beforeAll(async () => {
    t = await bootApp();
  });
  afterAll(() => t.close());

  function expectRefused(res: { errors?: Array<{ extensions?: Record<string, unknown> }> }, field: string) {
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT' });
    expect(res.errors![0].extensions!.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, constraint: 'plausibleDate', values: window() })]),
    );
  }

  it('for a request received in 1899 (or 9999)', async () => {
    const before = await count('assistance_request');
    for (const receivedOn of BAD_DATES) {
      const res = await t.gql(
        `mutation($input: LogAssistanceRequestInput!) { logAssistanceRequest(input: $input) { id } }`,
        {
          input: {
            stateIso3: 'KEN',
            kind: 'TRAINING',
            topics: ['cybercrime'],
            priorityAreaCode: 'B',
            receivedOn,
            channel: 'field-office',
            description: 'Training of prosecutors on electronic evidence',
          },
        },
      );
      expectRefused(res, 'receivedOn');
    }
    expect(await count('assistance_request')).toBe(before);
  });

  it('for a contribution, a payment and an exchange rate', async () => {
    const [{ id: donorId }] = await t.dataSource.query(`SELECT id FROM donor ORDER BY id LIMIT 1`);
    const contributions = await count('contribution');
    const rates = await count('exchange_rate');
    for (const date of BAD_DATES) {
      const recorded = await t.gql(
        `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
        { input: { donorId, currency: 'USD', date, stage: 'PLEDGED', amount: '1000.00' } },
      );
      expectRefused(recorded, 'date');
      const rate = await t.gql(
        `mutation($d: Date!) { setExchangeRate(currency: "EUR", date: $d, rateToUsd: "1.5") { rateToUsd } }`,
        { d: date },
      );
      expect(rate.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'date' });
    }
    expect(await count('contribution')).toBe(contributions);
    expect(await count('exchange_rate')).toBe(rates);

    const ok = await t.gql<{ recordContribution: { id: string } }>(
      `mutation($input: RecordContributionInput!) { recordContribution(input: $input) { id } }`,
      {
        input: {
          donorId,
          currency: 'USD',
          date: '2009-01-10',
          stage: 'COMMITTED',
          agreementRef: 'AGR-W',
          amount: '1000.00',
        },
      },
    );
    const paid = await t.gql(
      `mutation($id: ID!) { recordContributionPayment(id: $id, amount: "10.00", paidOn: "1899-12-31", expectedVersion: 1) { version } }`,
      { id: ok.data!.recordContribution.id },
    );
    expect(paid.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'paidOn' });
    expect(await count('contribution_payment')).toBe(0);
  });

  it('for a workshop, and workshop languages that are not language codes', async () => {
    const before = await count('workshop');
    const create = (extra: Record<string, unknown>) =>
      t.gql(`mutation($input: CreateWorkshopInput!) { createWorkshop(input: $input) { id } }`, {
        input: {
          title: 'Witness protection training',
          kind: 'NATIONAL_TRAINING',
          startsOn: '2008-09-01',
          endsOn: '2008-09-02',
          city: 'Bangkok',
          countryIso3: 'THA',
          ...extra,
        },
      });
    expectRefused(await create({ startsOn: '1899-12-31' }), 'startsOn');
    expectRefused(await create({ endsOn: '9999-12-31' }), 'endsOn');
    const languages = await create({ languages: ['English', 'fr'] });
    expect(languages.errors![0].extensions!.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ field: 'languages', constraint: 'matches' })]),
    );
    expect(await count('workshop')).toBe(before);
    expect((await create({ languages: ['en', 'fr'] })).errors).toBeUndefined();
  });
});
