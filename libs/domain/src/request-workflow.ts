/** Statuses of an assistance request (contract: RequestStatus). */
export const REQUEST_STATUSES = [
  'RECEIVED',
  'UNDER_REVIEW',
  'ACCEPTED',
  'PLANNED',
  'IN_DELIVERY',
  'FULFILLED',
  'DECLINED',
  'WITHDRAWN',
] as const;
export type RequestStatus = (typeof REQUEST_STATUSES)[number];

/** The forward path a request follows. */
const FORWARD: Readonly<Partial<Record<RequestStatus, RequestStatus>>> = {
  RECEIVED: 'UNDER_REVIEW',
  UNDER_REVIEW: 'ACCEPTED',
  ACCEPTED: 'PLANNED',
  PLANNED: 'IN_DELIVERY',
  IN_DELIVERY: 'FULFILLED',
};

export const CLOSED_STATUSES: readonly RequestStatus[] = ['FULFILLED', 'DECLINED', 'WITHDRAWN'];
export const OPEN_STATUSES: readonly RequestStatus[] = REQUEST_STATUSES.filter((s) => !CLOSED_STATUSES.includes(s));
/** Moves that must say why. */
export const REASON_REQUIRED: readonly RequestStatus[] = ['DECLINED', 'WITHDRAWN'];

export function isOpen(status: RequestStatus): boolean {
  return !CLOSED_STATUSES.includes(status);
}

/** The statuses a request may move to from `from`, in the order a planner would consider them. */
export function allowedMoves(from: RequestStatus): RequestStatus[] {
  if (!isOpen(from)) return [];
  const next = FORWARD[from];
  return [...(next ? [next] : []), 'DECLINED', 'WITHDRAWN'];
}

export type MoveCheck = { ok: true } | { ok: false; problem: 'NOT_ALLOWED' | 'REASON_REQUIRED'; message: string };

/** Whether a request may move from `from` to `to` with the given reason. Pure; the API and the web client share it. */
export function checkMove(from: RequestStatus, to: RequestStatus, reason?: string | null): MoveCheck {
  if (!allowedMoves(from).includes(to)) {
    const allowed = allowedMoves(from);
    return {
      ok: false,
      problem: 'NOT_ALLOWED',
      message: allowed.length
        ? `A request that is ${from} can move only to ${allowed.join(', ')}, not to ${to}.`
        : `A request that is ${from} is closed and cannot move any more.`,
    };
  }
  if (REASON_REQUIRED.includes(to) && !(reason ?? '').trim()) {
    return { ok: false, problem: 'REASON_REQUIRED', message: `Moving a request to ${to} needs a reason.` };
  }
  return { ok: true };
}
