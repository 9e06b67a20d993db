import { isFinished, jobStatus, POLL_MS, pollIntervalFor, progressPercent } from './reports';

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
