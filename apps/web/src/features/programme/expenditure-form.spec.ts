import { emptyExpenditure, toExpenditureInput, validateExpenditure } from './expenditure-form';

const now = new Date('2026-11-30T12:00:00Z');
const valid = { ...emptyExpenditure(2010, '2010-06-01'), category: 'TRAVEL' as const, amount: '1234.5' };

describe('the expenditure form', () => {
  it('accepts a line of a plan year, with a category, an amount and a past date', () => {
    expect(validateExpenditure(valid, [2009, 2010, 2011], now)).toEqual({});
  });

  it('names each field at fault: year, category, amount, date, and the reason of a flagged line', () => {
    const problems = validateExpenditure(
      {
        ...valid,
        year: '2015',
        category: '',
        amount: '12.345',
        spentOn: '2026-12-25',
        beyondAllocation: true,
        beyondAllocationReason: ' ',
      },
      [2009, 2010, 2011],
      now,
    );
    expect(Object.keys(problems).sort()).toEqual(['amount', 'beyondAllocationReason', 'category', 'spentOn', 'year']);
    expect(problems.spentOn).toEqual({ key: 'validation.dateFuture' });
    expect(validateExpenditure({ ...valid, spentOn: '2010-02-30' }, [2010], now).spentOn).toEqual({
      key: 'validation.dateInvalid',
    });
  });

  it('sends the amount exact to the cent, the reason only when flagged', () => {
    expect(toExpenditureInput('a1', { ...valid, description: ' Flights ' })).toEqual({
      activityId: 'a1',
      year: 2010,
      category: 'TRAVEL',
      amount: '1234.50',
      currency: 'USD',
      spentOn: '2010-06-01',
      beyondAllocation: false,
      description: 'Flights',
    });
    expect(
      toExpenditureInput('a1', { ...valid, beyondAllocation: true, beyondAllocationReason: ' Advance ' }),
    ).toMatchObject({ beyondAllocation: true, beyondAllocationReason: 'Advance' });
  });
});
