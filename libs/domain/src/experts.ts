/**
 * An expert's assignment: to a workshop (as a resource person) or to an activity (an expert mission with no
 * workshop). Its dates are its own, else the workshop's; a mission has no dates to fall back on, so they are
 * given. The API's `assignExpert` and the web's "Assign" form both decide with this.
 */
export type AssignmentTarget = 'WORKSHOP' | 'ACTIVITY';
export const ASSIGNMENT_TARGETS: readonly AssignmentTarget[] = ['WORKSHOP', 'ACTIVITY'];

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
