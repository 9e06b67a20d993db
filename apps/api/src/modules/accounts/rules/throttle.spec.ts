import {
  afterFailure,
  afterSuccess,
  delayFor,
  recentFailures,
  reserveAttempt,
  THROTTLE,
  type ThrottleState,
} from './throttle.js';

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

  it('counts an attempt before its password is checked, and refuses it (uncounted) while the key is locked', () => {
    let state: ThrottleState | null = null;
    const delays: number[] = [];
    for (let i = 0; i < THROTTLE.lockAfter.email; i++) {
      const verdict = reserveAttempt('email', state, at(0));
      if (!verdict.allowed) throw new Error(`attempt ${i + 1} refused`);
      delays.push(verdict.delayMs);
      state = verdict.next;
    }
    expect(delays).toEqual([0, 0, 0, 250, 500]); // held after three failures, as before
    expect(state).toMatchObject({ failures: 5, lockedUntil: at(15) });
    expect(reserveAttempt('email', state, at(1))).toEqual({ allowed: false, lockedUntil: at(15) });
    // Once the lock has passed, attempts start afresh.
    expect(reserveAttempt('email', state, at(16))).toMatchObject({ allowed: true, next: { failures: 1 }, delayMs: 0 });
  });

  it('after a sign-in, forgets the account’s failures and gives the address its attempt back', () => {
    const account = reserveAttempt('email', null, at(0));
    expect(account.allowed && afterSuccess('email', account.next)).toBeNull();
    let address: ThrottleState | null = null;
    for (let i = 0; i < THROTTLE.lockAfter.ip; i++) {
      const verdict = reserveAttempt('ip', address, at(0));
      if (verdict.allowed) address = verdict.next;
    }
    expect(address!.lockedUntil).not.toBeNull(); // the 20th attempt locked the address …
    expect(afterSuccess('ip', address)).toMatchObject({ failures: 19, lockedUntil: null }); // … but it signed in
    expect(afterSuccess('ip', { ...address!, failures: 25 })).toMatchObject({ failures: 24, lockedUntil: at(15) });
  });
});
