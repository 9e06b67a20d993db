import {
  DATE_WINDOW,
  DELIVERY_LIMITS,
  deliveryDatesProblem,
  deliveryMoves,
  isCalendarDate,
  isNotInFuture,
  isPlausibleDate,
  latestPlannedDate,
  type DeliveryStatus,
} from '@ta/domain';
import type { SetDeliveryStatusInput } from '@ta/graphql-types/graphql';
import { tooLong, type Problem, type Problems } from '../../forms';

/** A move of an activity's delivery, as typed in the drawer (dates as YYYY-MM-DD strings until sent). */
export interface DeliveryMoveValues {
  to: DeliveryStatus | '';
  startedOn: string;
  completedOn: string;
  reason: string;
}

/** The form for a move to `to`: the date it needs starts at today (UTC), the reason empty. */
export const emptyDeliveryMove = (to: DeliveryStatus | '', today: string): DeliveryMoveValues => ({
  to,
  startedOn: to === 'IN_DELIVERY' ? today : '',
  completedOn: to === 'COMPLETED' ? today : '',
  reason: '',
});

/**
 * A delivery date as the API takes it (@ta/domain: a calendar date, in the plausible window, not in the future):
 * the problem, or undefined.
 */
export function deliveryDateProblem(value: string, now: Date = new Date()): Problem | undefined {
  if (!value) return { key: 'validation.dateRequired' };
  if (!isCalendarDate(value)) return { key: 'validation.dateInvalid' };
  if (!isPlausibleDate(value, now))
    return { key: 'validation.dateOutsideWindow', values: { min: DATE_WINDOW.earliest, max: latestPlannedDate(now) } };
  if (!isNotInFuture(value, now)) return { key: 'validation.dateFuture' };
  return undefined;
}

/**
 * The API's rules for a move (@ta/domain deliveryMoves and deliveryDatesProblem): one of the moves open from
 * `from`; starting needs its date, completing needs its date, not before delivery started (`startedOn`, the date
 * kept on the activity); cancelling needs a reason. Re-planning needs nothing.
 */
export function validateDeliveryMove(
  from: DeliveryStatus,
  v: DeliveryMoveValues,
  startedOn: string | null,
  now: Date = new Date(),
): Problems {
  const problems: Problems = {};
  if (!v.to) return { to: { key: 'validation.moveRequired' } };
  if (!deliveryMoves(from).includes(v.to)) return { to: { key: 'validation.moveNotAllowed' } };
  if (v.to === 'IN_DELIVERY') problems.startedOn = deliveryDateProblem(v.startedOn, now);
  if (v.to === 'COMPLETED') {
    problems.completedOn = deliveryDateProblem(v.completedOn, now);
    if (!problems.completedOn && deliveryDatesProblem('COMPLETED', startedOn, v.completedOn)?.field === 'completedOn')
      problems.completedOn = { key: 'validation.completedBeforeStarted', values: { date: startedOn ?? '' } };
  }
  if (v.to === 'CANCELLED') {
    problems.reason = v.reason.trim()
      ? tooLong(v.reason, DELIVERY_LIMITS.reasonMax)
      : { key: 'validation.reasonRequired' };
  }
  for (const field of Object.keys(problems)) if (!problems[field]) delete problems[field];
  return problems;
}

/** The API's input for checked values: only the date or reason the move takes. */
export function toDeliveryInput(
  activity: { id: string; version: number },
  v: DeliveryMoveValues,
): SetDeliveryStatusInput {
  const to = v.to as DeliveryStatus;
  return {
    activityId: activity.id,
    expectedVersion: activity.version,
    to,
    ...(to === 'IN_DELIVERY' ? { startedOn: v.startedOn } : {}),
    ...(to === 'COMPLETED' ? { completedOn: v.completedOn } : {}),
    ...(to === 'CANCELLED' ? { reason: v.reason.trim() } : {}),
  };
}
