import {
  comparedPair,
  isComparable,
  isFinished,
  jobStatus,
  POLL_MS,
  pollIntervalFor,
  progressPercent,
  togglePick,
} from './reports';

describe('polling background jobs', () => {
  it('polls while any job is waiting or running, and stops once none is', () => {
    expect(pollIntervalFor([{ status: 'DONE' }, { status: 'QUEUED' }])).toBe(POLL_MS);
    expect(pollIntervalFor([{ status: 'RUNNING' }])).toBe(POLL_MS);
    expect(pollIntervalFor([{ status: 'DONE' }, { status: 'FAILED' }])).toBe(0);
    expect(pollIntervalFor([])).toBe(0);
    expect(pollIntervalFor(undefined)).toBe(0);
  });

  it('knows when a job is over', () => {
    expect(isFinished('DONE')).toBe(true);
    expect(isFinished('FAILED')).toBe(true);
    expect(isFinished('RUNNING')).toBe(false);
    expect(isFinished('QUEUED')).toBe(false);
  });

  it('keeps the progress between 0 and 100, full once done', () => {
    expect(progressPercent({ status: 'RUNNING', progress: 42.4 })).toBe(42);
    expect(progressPercent({ status: 'RUNNING', progress: 140 })).toBe(100);
    expect(progressPercent({ status: 'QUEUED', progress: -3 })).toBe(0);
    expect(progressPercent({ status: 'DONE', progress: 99 })).toBe(100);
  });

  it('reads an unknown status as waiting', () => {
    expect(jobStatus('RUNNING')).toBe('RUNNING');
    expect(jobStatus('PAUSED')).toBe('QUEUED');
  });
});

describe('comparing two snapshots of a report', () => {
  const plan1 = { id: '1', kind: 'PROGRAMME_PLAN', asAt: '2026-11-01T10:00:00.000Z' };
  const plan2 = { id: '2', kind: 'PROGRAMME_PLAN', asAt: '2026-11-20T10:00:00.000Z' };
  const gaps = { id: '3', kind: 'FUNDING_GAPS', asAt: '2026-11-21T10:00:00.000Z' };

  it('compares finished XLSX and PDF reports only (those keep their figures)', () => {
    expect(isComparable({ status: 'DONE', format: 'XLSX' })).toBe(true);
    expect(isComparable({ status: 'DONE', format: 'PDF' })).toBe(true);
    expect(isComparable({ status: 'DONE', format: 'CSV' })).toBe(false);
    expect(isComparable({ status: 'RUNNING', format: 'PDF' })).toBe(false);
  });

  it('keeps at most two picks, and unpicks a picked one', () => {
    expect(togglePick([], '1')).toEqual(['1']);
    expect(togglePick(['1', '2'], '3')).toEqual(['2', '3']);
    expect(togglePick(['1', '2'], '1')).toEqual(['2']);
  });

  it('puts the earlier snapshot first, and refuses two kinds of report', () => {
    expect(comparedPair(['2', '1'], [plan1, plan2, gaps])).toEqual({ a: plan1, b: plan2 });
    expect(comparedPair(['1'], [plan1, plan2])).toBe('PICK_TWO');
    expect(comparedPair(['1', '3'], [plan1, gaps])).toBe('NOT_SAME_REPORT');
    // The same kind asked in another language, or for one donor only, is another report: every row would differ.
    const french = { ...plan2, id: '4', options: { language: 'FR' } };
    expect(comparedPair(['1', '4'], [plan1, french])).toBe('NOT_SAME_REPORT');
    const oneDonor = { ...plan2, id: '5', options: { donorId: 'd1' } };
    expect(comparedPair(['1', '5'], [plan1, oneDonor])).toBe('NOT_SAME_REPORT');
    const sameOptions = { ...plan2, id: '6', options: { language: 'EN', years: [2010, 2009] } };
    const plan1Years = { ...plan1, options: { years: [2009, 2010] } };
    expect(comparedPair(['1', '6'], [plan1Years, sameOptions])).toEqual({ a: plan1Years, b: sameOptions });
  });
});
