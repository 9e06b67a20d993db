import { cooperationMatchKey, cooperationProblems, daysToExecute } from './cooperation.js';

const base = {
  requestingStateIso3: 'SEN',
  requestedStateIso3: 'FRA',
  kind: 'MUTUAL_LEGAL_ASSISTANCE' as const,
  sentOn: '2007-03-12',
  caseRef: 'SN/PR/2007-0042',
  outcome: 'EXECUTED' as const,
  executedOn: '2007-06-20',
};

describe('cooperation rules', () => {
  it('matches the two States’ reports of one request whatever the reference’s case, spaces or punctuation', () => {
    expect(cooperationMatchKey({ ...base, caseRef: 'sn pr 2007 0042', requestingStateIso3: 'sen' })).toBe(
      cooperationMatchKey(base),
    );
    expect(cooperationMatchKey({ ...base, sentOn: '2007-03-13' })).not.toBe(cooperationMatchKey(base));
    expect(cooperationMatchKey({ ...base, kind: 'EXTRADITION' })).not.toBe(cooperationMatchKey(base));
  });

  it('counts the days to execute executed requests only', () => {
    expect(daysToExecute(base)).toBe(100);
    expect(daysToExecute({ ...base, outcome: 'PENDING' })).toBeNull();
  });

  it('refuses a request to oneself, dates and grounds that do not fit the outcome, a reporter outside the pair', () => {
    expect(cooperationProblems(base)).toEqual([]);
    const reasons = (c: Parameters<typeof cooperationProblems>[0]) => cooperationProblems(c).map((p) => p.reason);
    expect(reasons({ ...base, requestedStateIso3: 'SEN' })).toEqual(['SAME_STATE']);
    expect(reasons({ ...base, executedOn: '2007-01-01' })).toEqual(['EXECUTED_BEFORE_SENT']);
    expect(reasons({ ...base, outcome: 'PENDING' })).toEqual(['EXECUTION_DATE_MISMATCH']);
    expect(reasons({ ...base, refusalGround: 'OTHER' })).toEqual(['REFUSAL_GROUND_MISMATCH']);
    expect(reasons({ ...base, reportedByStateIso3: 'USA' })).toEqual(['REPORTER_NOT_PARTY']);
  });
});
