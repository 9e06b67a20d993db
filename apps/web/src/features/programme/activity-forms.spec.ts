import {
  costLineRows,
  toSetCostLinesInput,
  validateCostLines,
  validateMove,
  type CostLinesValues,
} from './activity-forms';

/** The plan's years as the API answers them by default (PLAN_YEARS). */
const PLAN_YEARS = [2009, 2010, 2011];

describe('validateMove', () => {
  it('allows the next step or a cancellation, which needs a reason', () => {
    expect(validateMove('PROPOSED', { to: 'ENDORSED', reason: '' })).toEqual({});
    expect(validateMove('PROPOSED', { to: 'FUNDED', reason: '' }).to?.key).toBe('validation.moveNotAllowed');
    expect(validateMove('FUNDED', { to: 'CANCELLED', reason: '  ' }).reason?.key).toBe('validation.reasonRequired');
    expect(validateMove('FUNDED', { to: 'CANCELLED', reason: 'Donor withdrew' })).toEqual({});
    expect(validateMove('COMPLETED', { to: '', reason: '' }).to?.key).toBe('validation.moveRequired');
  });

  it('reopens a finished activity with a reason, to where it was', () => {
    expect(validateMove('COMPLETED', { to: 'UNDER_WAY', reason: '' }).reason?.key).toBe('validation.reasonRequired');
    expect(validateMove('COMPLETED', { to: 'UNDER_WAY', reason: 'More sessions' })).toEqual({});
    const history = [{ from: 'FUNDED', to: 'CANCELLED' }] as const;
    expect(validateMove('CANCELLED', { to: 'FUNDED', reason: 'Donor came back' }, history)).toEqual({});
    expect(validateMove('CANCELLED', { to: 'PROPOSED', reason: 'Donor came back' }, history).to?.key).toBe(
      'validation.moveNotAllowed',
    );
  });
});

describe('cost lines', () => {
  const values: CostLinesValues = {
    basis: 'REVISED',
    rateDate: '2009-01-15',
    lines: [
      { key: 'a', year: '2009', category: 'TRAVEL', amount: '55000' },
      { key: 'b', year: '2010', category: 'MEETINGS', amount: '40000.5' },
    ],
  };

  it('accepts lines of the plan years with exact amounts, and sends them as decimal strings', () => {
    expect(validateCostLines(values, PLAN_YEARS)).toEqual({});
    expect(toSetCostLinesInput('act', 4, values)).toEqual({
      activityId: 'act',
      expectedVersion: 4,
      basis: 'REVISED',
      rateDate: '2009-01-15',
      lines: [
        { year: 2009, category: 'TRAVEL', amount: '55000.00' },
        { year: 2010, category: 'MEETINGS', amount: '40000.50' },
      ],
    });
  });

  it('names the line and field at fault', () => {
    const problems = validateCostLines(
      {
        basis: 'ORIGINAL',
        rateDate: '2009-02-30',
        lines: [
          { key: 'a', year: '2012', category: '', amount: '1.234' },
          { key: 'b', year: '2010', category: 'STAFF', amount: '10' },
          { key: 'c', year: '2010', category: 'STAFF', amount: '' },
        ],
      },
      PLAN_YEARS,
    );
    expect(Object.fromEntries(Object.entries(problems).map(([k, v]) => [k, v?.key]))).toEqual({
      rateDate: 'validation.dateInvalid',
      'lines.0.year': 'validation.yearOfPlan',
      'lines.0.category': 'validation.categoryRequired',
      'lines.0.amount': 'validation.amountDecimals',
      'lines.2.category': 'validation.lineTwice',
      'lines.2.amount': 'validation.amountRequired',
    });
  });

  it('starts the editor from the lines of the chosen basis', () => {
    const lines = [
      { year: 2009, category: 'TRAVEL', amount: '55000.00', basis: 'ORIGINAL' },
      { year: 2009, category: 'TRAVEL', amount: '60000.00', basis: 'REVISED' },
    ];
    expect(costLineRows(lines, 'REVISED').map((r) => [r.year, r.category, r.amount])).toEqual([
      ['2009', 'TRAVEL', '60000.00'],
    ]);
  });
});
