/**
 * Sign-in throttling: failures are counted per account (email) and per address within a window; after a
 * few, each attempt waits longer; past the limit, the key is refused for a while. The same answer is given
 * whether the email exists or not.
 */
export const THROTTLE = {
  windowMs: 15 * 60_000,
  lockMs: 15 * 60_000,
  slowAfter: { email: 3, ip: 10 },
  lockAfter: { email: 5, ip: 20 },
} as const;

export type ThrottleKind = keyof typeof THROTTLE.lockAfter;

export function throttleKey(kind: ThrottleKind, value: string): string {
  return `${kind}:${value.trim().toLowerCase()}`;
}

/** How long to hold an attempt after `failures` recent failures of one account or address (ms). */
export function delayFor(kind: ThrottleKind, failures: number): number {
  const after = THROTTLE.slowAfter[kind];
  if (failures < after) return 0;
  return Math.min(250 * 2 ** (failures - after), 4000);
}

export interface ThrottleState {
  failures: number;
  windowStartedAt: Date;
  lockedUntil: Date | null;
}

/** The state after one more failure at `now`. */
export function afterFailure(kind: ThrottleKind, state: ThrottleState | null, now: Date): ThrottleState {
  const fresh = !state || now.getTime() - state.windowStartedAt.getTime() > THROTTLE.windowMs;
  const failures = fresh ? 1 : state.failures + 1;
  const windowStartedAt = fresh ? now : state.windowStartedAt;
  const lockedUntil = failures >= THROTTLE.lockAfter[kind] ? new Date(now.getTime() + THROTTLE.lockMs) : null;
  return { failures, windowStartedAt, lockedUntil };
}

/** What one attempt on a key may do: refused while the key is locked, else let through (and counted). */
export type AttemptVerdict =
  { allowed: false; lockedUntil: Date } | { allowed: true; next: ThrottleState; delayMs: number };

/**
 * Reserves an attempt before its password is checked: it counts as a failure from the start (a successful
 * sign-in then takes it back, see `afterSuccess`), so attempts sent all at once cannot all pass the check
 * that each made before any had failed. A refused attempt is not counted.
 */
export function reserveAttempt(kind: ThrottleKind, state: ThrottleState | null, now: Date): AttemptVerdict {
  if (state?.lockedUntil && state.lockedUntil > now) return { allowed: false, lockedUntil: state.lockedUntil };
  return {
    allowed: true,
    next: afterFailure(kind, state, now),
    delayMs: delayFor(kind, recentFailures(state, now)),
  };
}

/**
 * The state once a reserved attempt has signed in: the account starts afresh (null: forgotten); the address
 * gets its attempt back, and its lock if that attempt had set it.
 */
export function afterSuccess(kind: ThrottleKind, state: ThrottleState | null): ThrottleState | null {
  if (kind === 'email' || !state) return null;
  const failures = Math.max(0, state.failures - 1);
  return { ...state, failures, lockedUntil: failures >= THROTTLE.lockAfter[kind] ? state.lockedUntil : null };
}

/** Recent failures that still count at `now` (0 once the window has passed). */
export function recentFailures(state: ThrottleState | null, now: Date): number {
  if (!state || now.getTime() - state.windowStartedAt.getTime() > THROTTLE.windowMs) return 0;
  return state.failures;
}

export function minutesUntil(date: Date, now: Date): number {
  return Math.max(1, Math.ceil((date.getTime() - now.getTime()) / 60_000));
}
