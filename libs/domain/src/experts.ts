import type { ActivityStatus, WorkshopStatus } from './programme.js';
import type { DeliveryStatus } from './results.js';

/**
 * An expert's assignment: to a workshop (as a resource person) or to an activity (an expert mission with no
 * workshop). Its dates are its own, else the workshop's; a mission has no dates to fall back on, so they are
 * given. The API's `assignExpert` and the web's "Assign" form both decide with this.
 */
export type AssignmentTarget = 'WORKSHOP' | 'ACTIVITY';
export const ASSIGNMENT_TARGETS: readonly AssignmentTarget[] = ['WORKSHOP', 'ACTIVITY'];

/**
 * Experts are booked on work still to come. A workshop while PLANNED: a HELD one is over (who served is part of
 * its record already), a CANCELLED one will not take place.
 */
export const ASSIGNABLE_WORKSHOP_STATUS: WorkshopStatus = 'PLANNED';

/**
 * An activity while its programme status is PROPOSED, ENDORSED, FUNDED or UNDER_WAY: a planner pencils experts in
 * while a proposal waits for endorsement and money (the booking keeps their dates free). Not COMPLETED: the work
 * is done, and a mission booked after it would be no part of it (a mission that did serve it was booked while it
 * was under way). Not CANCELLED: it will not take place.
 */
export const ASSIGNABLE_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['PROPOSED', 'ENDORSED', 'FUNDED', 'UNDER_WAY'];

/**
 * And while its delivery is PLANNED or IN_DELIVERY: a delivery COMPLETED is over whatever the programme status
 * says, and a CANCELLED one will not happen unless it is reinstated (it is then PLANNED again, and assignable).
 */
export const ASSIGNABLE_DELIVERY_STATUSES: readonly DeliveryStatus[] = ['PLANNED', 'IN_DELIVERY'];

/**
 * Whether an expert may be assigned to this workshop or activity now: the API's `assignExpert` refuses otherwise
 * (NOT_ASSIGNABLE), the web's pickers offer only these (the API filters by the statuses above) and its buttons show
 * only on these. A workshop is judged by its status; an activity by its programme status and, when given, its
 * delivery status.
 */
export function mayAssignTo(target: AssignmentTarget, on: { status: string; deliveryStatus?: string | null }): boolean {
  if (target === 'WORKSHOP') return on.status === ASSIGNABLE_WORKSHOP_STATUS;
  return (
    (ASSIGNABLE_ACTIVITY_STATUSES as readonly string[]).includes(on.status) &&
    (on.deliveryStatus == null || (ASSIGNABLE_DELIVERY_STATUSES as readonly string[]).includes(on.deliveryStatus))
  );
}

/** Why the dates do not stand: one missing (no own date and no workshop's), or the end before the start. */
export type AssignmentDatesReason = 'DATES_REQUIRED' | 'ENDS_BEFORE_STARTS';

export interface AssignmentDatesProblem {
  reason: AssignmentDatesReason;
  /** The date at fault: the missing one; for an end before the start, the end if given, else the start. */
  field: 'startsOn' | 'endsOn';
}

/**
 * The assignment's dates: those given, else the workshop's (none for a mission). Dates given are taken to be
 * calendar dates (checked apart). Answers the dates, or the first problem.
 */
export function assignmentDates(
  given: { startsOn?: string | null; endsOn?: string | null },
  workshop: { startsOn: string; endsOn: string } | null,
): { startsOn: string; endsOn: string } | { problem: AssignmentDatesProblem } {
  const startsOn = given.startsOn || workshop?.startsOn;
  const endsOn = given.endsOn || workshop?.endsOn;
  if (!startsOn) return { problem: { reason: 'DATES_REQUIRED', field: 'startsOn' } };
  if (!endsOn) return { problem: { reason: 'DATES_REQUIRED', field: 'endsOn' } };
  if (endsOn < startsOn) {
    return { problem: { reason: 'ENDS_BEFORE_STARTS', field: given.endsOn ? 'endsOn' : 'startsOn' } };
  }
  return { startsOn, endsOn };
}
