import {
  emptyContribution,
  remainingToPay,
  toContributionInput,
  toWhatIfInput,
  validateAllocation,
  validateCommit,
  validateContribution,
  validatePayment,
  validateRate,
  validateWhatIf,
  type ContributionValues,
} from './funding-forms';

const keys = (problems: Record<string, { key: string } | undefined>): Record<string, string> =>
  Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v?.key ?? '']));

describe('recording a contribution', () => {
  const valid: ContributionValues = {
    ...emptyContribution('2009-04-01'),
    donorId: 'd1',
    amount: '250000',
    currency: 'EUR',
    stage: 'COMMITTED',
    agreementRef: ' EU-2009-4 ',
  };

  it('names every missing field', () => {
    expect(keys(validateContribution({ ...emptyContribution(''), currency: 'eu' }))).toEqual({
      donorId: 'validation.donorRequired',
      amount: 'validation.amountRequired',
      currency: 'validation.currencyInvalid',
      date: 'validation.dateRequired',
    });
  });

  it('wants the agreement once committed or paid, and the activity or area it is earmarked to', () => {
    expect(validateContribution(valid)).toEqual({});
    expect(keys(validateContribution({ ...valid, agreementRef: ' ' }))).toEqual({
      agreementRef: 'validation.agreementRequired',
    });
    expect(keys(validateContribution({ ...valid, stage: 'PLEDGED', agreementRef: '', earmark: 'activity' }))).toEqual({
      activityId: 'validation.activityRequired',
    });
    expect(keys(validateContribution({ ...valid, earmark: 'area' }))).toEqual({
      priorityAreaCode: 'validation.priorityAreaRequired',
    });
  });

  it('sends the amount as a decimal string, the key, and only the earmark chosen', () => {
    expect(
      toContributionInput({ ...valid, earmark: 'area', priorityAreaCode: 'C', activityId: 'ignored' }, 'key-1'),
    ).toEqual({
      donorId: 'd1',
      amount: '250000.00',
      currency: 'EUR',
      date: '2009-04-01',
      stage: 'COMMITTED',
      agreementRef: 'EU-2009-4',
      priorityAreaCode: 'C',
      idempotencyKey: 'key-1',
    });
  });
});

describe('exchange rates', () => {
  it('takes up to eight decimals, and no rate for the dollar', () => {
    expect(validateRate({ currency: 'EUR', date: '2009-04-01', rateToUsd: '1.32450000' })).toEqual({});
    expect(keys(validateRate({ currency: 'USD', date: '2009-04-01', rateToUsd: '1.123456789' }))).toEqual({
      currency: 'validation.currencyUsd',
      rateToUsd: 'validation.amountDecimals',
    });
  });
});

describe('commitments and payments', () => {
  it('needs the agreement to commit', () => {
    expect(keys(validateCommit(''))).toEqual({ agreementRef: 'validation.agreementRequired' });
    expect(validateCommit('REF')).toEqual({});
  });

  it('pays at most what is left, computed exactly', () => {
    expect(remainingToPay('150000.00', [{ amount: '50000.10' }, { amount: '0.20' }])).toBe('99999.70');
    expect(validatePayment({ amount: '99999.70', paidOn: '2009-05-01' }, '99999.70')).toEqual({});
    expect(keys(validatePayment({ amount: '99999.71', paidOn: '' }, '99999.70'))).toEqual({
      amount: 'validation.amountAbovePayable',
      paidOn: 'validation.dateRequired',
    });
  });
});

describe('validateAllocation', () => {
  it('allows up to the unallocated amount, to the cent', () => {
    const values = { activityId: 'a1', year: '2010', amountUsd: '329999.99' };
    expect(validateAllocation(values, '329999.99')).toEqual({});
    expect(validateAllocation({ ...values, amountUsd: '330000.00' }, '329999.99').amountUsd).toEqual({
      key: 'validation.amountAboveUnallocated',
      values: { max: '329999.99' },
    });
  });

  it('is not fooled by floating point (0.1 + 0.2 > 0.3 in floats)', () => {
    expect(validateAllocation({ activityId: 'a1', year: '2009', amountUsd: '0.30' }, '0.30')).toEqual({});
    expect(
      validateAllocation({ activityId: 'a1', year: '2009', amountUsd: '9007199254740.99' }, '9007199254740.98')
        .amountUsd?.key,
    ).toBe('validation.amountAboveUnallocated');
  });

  it('wants an activity, a year of the plan and at most two decimals', () => {
    expect(keys(validateAllocation({ activityId: '', year: '2012', amountUsd: '10.001' }, '100.00'))).toEqual({
      activityId: 'validation.activityRequired',
      year: 'validation.yearOfPlan',
      amountUsd: 'validation.amountDecimals',
    });
  });
});

describe('what a pledge would close', () => {
  const valid = { amount: '250000', currency: 'EUR', priorityAreaCode: '', yearsCovered: [] as number[] };

  it('asks only for a positive amount and a currency code', () => {
    expect(keys(validateWhatIf(valid))).toEqual({});
    expect(keys(validateWhatIf({ ...valid, amount: '' }))).toEqual({ amount: 'validation.amountRequired' });
    expect(keys(validateWhatIf({ ...valid, amount: '0' }))).toEqual({ amount: 'validation.amountZero' });
    expect(keys(validateWhatIf({ ...valid, amount: '1.234' }))).toEqual({ amount: 'validation.amountDecimals' });
    expect(keys(validateWhatIf({ ...valid, currency: 'eu' }))).toEqual({ currency: 'validation.currencyInvalid' });
  });

  it('sends the donor, the normalised amount, today, and the area and years only when chosen', () => {
    expect(toWhatIfInput(valid, 'd1', '2026-12-01')).toEqual({
      donorId: 'd1',
      amount: '250000.00',
      currency: 'EUR',
      date: '2026-12-01',
    });
    expect(
      toWhatIfInput({ ...valid, priorityAreaCode: 'C', yearsCovered: [2011, 2010] }, 'd1', '2026-12-01'),
    ).toMatchObject({ priorityAreaCode: 'C', yearsCovered: [2010, 2011] });
  });
});
