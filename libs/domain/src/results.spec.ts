import {
  deallocationProblem,
  deliveryDatesProblem,
  deliveryMoves,
  indicatorValueProblem,
  isResultYear,
  measureBindingProblem,
  spendProblem,
} from './results.js';

describe('delivery moves', () => {
  it('goes planned → in delivery → completed; cancels from planned or in delivery; reinstates a cancellation', () => {
    expect(deliveryMoves('PLANNED')).toEqual(['IN_DELIVERY', 'CANCELLED']);
    expect(deliveryMoves('IN_DELIVERY')).toEqual(['COMPLETED', 'CANCELLED']);
    expect(deliveryMoves('COMPLETED')).toEqual([]);
    expect(deliveryMoves('CANCELLED')).toEqual(['PLANNED']);
  });

  it('asks for the dates each status needs', () => {
    expect(deliveryDatesProblem('IN_DELIVERY', null, null)?.field).toBe('startedOn');
    expect(deliveryDatesProblem('COMPLETED', '2009-01-01', null)?.field).toBe('completedOn');
    expect(deliveryDatesProblem('COMPLETED', '2009-02-01', '2009-01-01')?.field).toBe('completedOn');
    expect(deliveryDatesProblem('IN_DELIVERY', '2009-01-01', '2009-02-01')?.field).toBe('completedOn');
    expect(deliveryDatesProblem('COMPLETED', '2009-01-01', '2009-01-01')).toBeNull();
    expect(deliveryDatesProblem('CANCELLED', null, null)).toBeNull();
  });
});

describe('binding an indicator to an outcome measure', () => {
  it('lets a NUMBER indicator without hand-recorded actuals be computed, or one whose unit is not chosen yet', () => {
    expect(measureBindingProblem({ unit: 'NUMBER', hasRecordedActuals: false })).toBeNull();
    expect(measureBindingProblem({ unit: null, hasRecordedActuals: false })).toBeNull();
  });

  it('refuses while actuals typed in by hand are recorded (the binding would hide them), whatever the unit', () => {
    expect(measureBindingProblem({ unit: 'NUMBER', hasRecordedActuals: true })).toBe('RECORDED_ACTUALS');
    expect(measureBindingProblem({ unit: 'PERCENTAGE', hasRecordedActuals: true })).toBe('RECORDED_ACTUALS');
    expect(measureBindingProblem({ unit: null, hasRecordedActuals: true })).toBe('RECORDED_ACTUALS');
  });

  it('refuses a percentage or yes/no indicator: outcome measures count people or things', () => {
    expect(measureBindingProblem({ unit: 'PERCENTAGE', hasRecordedActuals: false })).toBe('UNIT_NOT_NUMBER');
    expect(measureBindingProblem({ unit: 'YES_NO', hasRecordedActuals: false })).toBe('UNIT_NOT_NUMBER');
  });
});

describe('indicator values', () => {
  it('fit the unit', () => {
    expect(indicatorValueProblem('NUMBER', '20')).toBeNull();
    expect(indicatorValueProblem('NUMBER', '-1')).toBe('format');
    expect(indicatorValueProblem('NUMBER', '1.234')).toBe('format');
    expect(indicatorValueProblem('PERCENTAGE', '100')).toBeNull();
    expect(indicatorValueProblem('PERCENTAGE', '100.01')).toBe('percentage');
    expect(indicatorValueProblem('YES_NO', '1')).toBeNull();
    expect(indicatorValueProblem('YES_NO', '0.5')).toBe('yesNo');
  });
});

describe('the spending rule', () => {
  const base = { allocatedCents: 50_000n, spentCents: 40_000n, flagged: false };
  it('allows spending up to what is left of the activity-year’s allocations, to the cent', () => {
    expect(spendProblem({ ...base, amountCents: 10_000n })).toBeNull();
    expect(spendProblem({ ...base, amountCents: 10_001n })).toEqual({ scope: 'ACTIVITY_YEAR', roomCents: 10_000n });
  });
  it('holds a line against one allocation to what is left of it', () => {
    const allocation = { amountCents: 30_000n, spentCents: 25_000n, firm: true };
    expect(spendProblem({ ...base, amountCents: 5_001n, allocation })).toEqual({
      scope: 'ALLOCATION',
      roomCents: 5_000n,
    });
  });
  it('gives a pledged allocation no room to spend', () => {
    const allocation = { amountCents: 30_000n, spentCents: 0n, firm: false };
    expect(spendProblem({ ...base, amountCents: 1n, allocation })).toEqual({ scope: 'ALLOCATION', roomCents: 0n });
  });
  it('lets a flagged line through', () => {
    expect(spendProblem({ ...base, amountCents: 1_000_000n, flagged: true })).toBeNull();
  });
  it('reports no negative room when already beyond', () => {
    expect(spendProblem({ ...base, spentCents: 60_000n, amountCents: 1n })).toEqual({
      scope: 'ACTIVITY_YEAR',
      roomCents: 0n,
    });
  });
});

describe('removing an allocation', () => {
  const base = { amountCents: 50_000n, firm: true, spentAgainstCents: 0n, allocatedCents: 150_000n, spentCents: 0n };

  it('is refused while lines are recorded against it', () => {
    expect(deallocationProblem({ ...base, spentAgainstCents: 1n })).toEqual({ scope: 'ALLOCATION', spentCents: 1n });
  });

  it('is refused when what stays allocated would be less than what was spent, to the cent', () => {
    expect(deallocationProblem({ ...base, spentCents: 100_000n })).toBeNull();
    expect(deallocationProblem({ ...base, spentCents: 100_001n })).toEqual({
      scope: 'ACTIVITY_YEAR',
      spentCents: 100_001n,
    });
  });

  it('always lets a pledge go, as it was never money to spend', () => {
    expect(deallocationProblem({ ...base, firm: false, allocatedCents: 100_000n, spentCents: 100_000n })).toBeNull();
  });
});

describe('result years', () => {
  it('are whole years from 2000 to 2100, as the API takes them', () => {
    expect(isResultYear(2009)).toBe(true);
    expect(isResultYear(2000)).toBe(true);
    expect(isResultYear(2100)).toBe(true);
    expect(isResultYear(1999)).toBe(false);
    expect(isResultYear(2101)).toBe(false);
    expect(isResultYear(2009.5)).toBe(false);
  });
});
