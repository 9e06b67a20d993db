import { afterFailure, delayFor, recentFailures, THROTTLE } from './throttle.js';

describe('sign-in throttling', () => {
  const t0 = new Date('2026-01-01T10:00:00Z');
  const at = (minutes: number) => new Date(t0.getTime() + minutes * 60_000);

  it('slows attempts on an account after three failures, doubling up to four seconds', () => {
    expect([0, 1, 2, 3, 4, 5, 6, 10].map((f) => delayFor('email', f))).toEqual([0, 0, 0, 250, 500, 1000, 2000, 4000]);
  });

  it('slows attempts from an address only after ten failures (offices share addresses)', () => {
    expect([9, 10, 11].map((f) => delayFor('ip', f))).toEqual([0, 250, 500]);
  });

  it('locks an account after five failures in the window, for fifteen minutes', () => {
    let state = null;
    for (let i = 0; i < 4; i++) state = afterFailure('email', state, at(i));
    expect(state).toMatchObject({ failures: 4, lockedUntil: null });
    state = afterFailure('email', state, at(4));
    expect(state.lockedUntil).toEqual(at(4 + THROTTLE.lockMs / 60_000));
  });

  it('gives an address more room than an account', () => {
    let state = null;
    for (let i = 0; i < 19; i++) state = afterFailure('ip', state, at(0));
    expect(state!.lockedUntil).toBeNull();
    expect(afterFailure('ip', state, at(0)).lockedUntil).not.toBeNull();
  });

  it('forgets failures once the window has passed', () => {
    const state = afterFailure('email', afterFailure('email', null, at(0)), at(1));
    expect(recentFailures(state, at(5))).toBe(2);
    expect(recentFailures(state, at(20))).toBe(0);
    expect(afterFailure('email', state, at(20)).failures).toBe(1);
  });
});
