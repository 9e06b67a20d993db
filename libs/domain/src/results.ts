/**
 * The results framework (IATI 2.03 `result`) and delivery: what an activity set out to achieve and what it did,
 * its delivery status, and the money it spent. The rules here are the one place the API, the web client and the
 * tests read them from.
 */

/** An output (what the activity delivers) or an outcome (what changes because of it), as IATI's result types 1 and 2. */
export const RESULT_TYPES = ['OUTPUT', 'OUTCOME'] as const;
export type ResultType = (typeof RESULT_TYPES)[number];

/** How an indicator is measured: a count, a percentage (0–100), or yes/no (1 / 0). */
export const INDICATOR_UNITS = ['NUMBER', 'PERCENTAGE', 'YES_NO'] as const;
export type IndicatorUnit = (typeof INDICATOR_UNITS)[number];

/** Where an actual value comes from: a workshop's recorded outcome, a report, or a State's own update. */
export const ACTUAL_SOURCES = ['WORKSHOP_OUTCOME', 'REPORT', 'STATE_UPDATE'] as const;
export type ActualSource = (typeof ACTUAL_SOURCES)[number];

/**
 * What a workshop outcome counts, that an indicator may be bound to: its actual for a year is then the sum, over
 * the activity's workshops ending that year with an outcome recorded, of that count (computed by the database
 * each time it is read, so recording an outcome changes it).
 */
export const OUTCOME_MEASURES = [
  'CHECKLISTS_COMPLETED',
  'STATES_UPDATED',
  'CASES_PROGRESSED',
  'PARTICIPANTS',
  'WOMEN',
] as const;
export type OutcomeMeasure = (typeof OUTCOME_MEASURES)[number];

/**
 * What a person may type into the results framework, the same in the API's input types and the web forms: a
 * result's or indicator's title, a value (baseline, target, actual) as text, the source an actual names and its
 * note, and the years an indicator's baseline, target and actuals may be of.
 */
export const RESULT_LIMITS = {
  titleMax: 500,
  valueMax: 20,
  sourceRefMax: 500,
  noteMax: 2000,
  firstYear: 2000,
  lastYear: 2100,
} as const;

/** Whether a year may be an indicator's baseline, target or actual year. */
export function isResultYear(year: number): boolean {
  return Number.isInteger(year) && year >= RESULT_LIMITS.firstYear && year <= RESULT_LIMITS.lastYear;
}

/** An indicator's value (baseline, target, actual) as a person types it: a decimal string with at most 2 decimals. */
export const INDICATOR_VALUE_PATTERN = /^\d{1,12}(\.\d{1,2})?$/;

export type IndicatorValueProblem = 'format' | 'percentage' | 'yesNo';

/** Whether a value suits the unit: any non-negative number, a percentage up to 100, or 0 / 1 for yes/no. */
export function indicatorValueProblem(unit: IndicatorUnit, value: string): IndicatorValueProblem | null {
  if (!INDICATOR_VALUE_PATTERN.test(value)) return 'format';
  const n = Number(value);
  if (unit === 'PERCENTAGE' && n > 100) return 'percentage';
  if (unit === 'YES_NO' && n !== 0 && n !== 1) return 'yesNo';
  return null;
}

/** An outcome measure counts people or things: only a NUMBER indicator can be bound to one. */
export function measureFitsUnit(unit: IndicatorUnit): boolean {
  return unit === 'NUMBER';
}

/**
 * Whether an indicator's unit may change: not once actuals are recorded against it by hand (refused with
 * `UNIT_HAS_ACTUALS`), which the new unit would silently reinterpret (12 participants read as 12 %). Actuals
 * computed from workshop outcomes are counts, and follow the indicator's binding.
 */
export function mayChangeUnit(hasRecordedActuals: boolean): boolean {
  return !hasRecordedActuals;
}

/** Why an indicator may not be computed from workshop outcomes (bound to an outcome measure). */
export type MeasureBindingProblem = 'RECORDED_ACTUALS' | 'UNIT_NOT_NUMBER';

/**
 * Whether an indicator may be computed from workshop outcomes (bound to an outcome measure): not while actuals
 * typed in by hand are recorded for it (the binding would hide them), and only when its unit is NUMBER (a unit
 * not chosen yet stops nothing). The API decides on what it read from the database, the web form on the
 * indicator as read and the unit chosen. The problem, or null when it may.
 */
export function measureBindingProblem(indicator: {
  unit: IndicatorUnit | null;
  /** Whether actuals typed in by hand (from a report or a State's update) are recorded for it. */
  hasRecordedActuals: boolean;
}): MeasureBindingProblem | null {
  if (indicator.hasRecordedActuals) return 'RECORDED_ACTUALS';
  if (indicator.unit && !measureFitsUnit(indicator.unit)) return 'UNIT_NOT_NUMBER';
  return null;
}

// ------------------------------------------------------------------ delivery

/** Where an activity's delivery stands, apart from its programme status (proposed … funded). */
export const DELIVERY_STATUSES = ['PLANNED', 'IN_DELIVERY', 'COMPLETED', 'CANCELLED'] as const;
export type DeliveryStatus = (typeof DELIVERY_STATUSES)[number];

/** A cancellation's reason: at most this long, in the API's input and the web form. */
export const DELIVERY_LIMITS = { reasonMax: 2000 } as const;

const DELIVERY_MOVES: Readonly<Record<DeliveryStatus, readonly DeliveryStatus[]>> = {
  PLANNED: ['IN_DELIVERY', 'CANCELLED'],
  IN_DELIVERY: ['COMPLETED', 'CANCELLED'],
  COMPLETED: [],
  // A cancellation can be undone: the activity is planned again.
  CANCELLED: ['PLANNED'],
};

/**
 * planned → in delivery → completed; planned or in delivery → cancelled; cancelled → planned (reinstated).
 * Completed is final.
 */
export function deliveryMoves(from: DeliveryStatus): readonly DeliveryStatus[] {
  return DELIVERY_MOVES[from];
}

/**
 * The dates a move needs: delivery starts on a date (IN_DELIVERY: startedOn) and completes on one
 * (COMPLETED: completedOn, not before it started). The problem, with the field at fault, or null.
 */
export function deliveryDatesProblem(
  to: DeliveryStatus,
  startedOn: string | null,
  completedOn: string | null,
): { field: 'startedOn' | 'completedOn'; message: string } | null {
  if ((to === 'IN_DELIVERY' || to === 'COMPLETED') && !startedOn)
    return {
      field: 'startedOn',
      message: `An activity ${to.replace('_', ' ').toLowerCase()} needs the date its delivery started.`,
    };
  if (to === 'COMPLETED' && !completedOn)
    return { field: 'completedOn', message: 'A completed activity needs the date its delivery completed.' };
  if (completedOn && startedOn && completedOn < startedOn)
    return { field: 'completedOn', message: 'Delivery cannot complete before it started.' };
  if (completedOn && to !== 'COMPLETED')
    return { field: 'completedOn', message: 'Only a completed activity has a completion date.' };
  return null;
}

// ------------------------------------------------------------------ expenditure

/**
 * The spending rule: what an activity spends in a year (in US dollars, at each line's rate) may not exceed the
 * firm money allocated to that activity and year — allocations of committed or paid contributions; a pledge is no
 * money to spend — and a line against one allocation may not exceed what is left of it (nothing, if its
 * contribution is only pledged). A line beyond either is refused unless it is flagged as beyond the allocation,
 * with a reason (spent ahead of the money, to be covered later); the flag and reason are kept on the line.
 * Amounts are integer cents. Answers the problem, with the room that was left, or null.
 */
export function spendProblem(spend: {
  amountCents: bigint;
  /** Firm (committed or paid) allocations to the activity-year. */
  allocatedCents: bigint;
  spentCents: bigint;
  allocation?: { amountCents: bigint; spentCents: bigint; firm: boolean } | null;
  flagged: boolean;
}): { scope: 'ACTIVITY_YEAR' | 'ALLOCATION'; roomCents: bigint } | null {
  if (spend.flagged) return null;
  if (spend.allocation) {
    const room = spend.allocation.firm ? spend.allocation.amountCents - spend.allocation.spentCents : 0n;
    if (spend.amountCents > room) return { scope: 'ALLOCATION', roomCents: room > 0n ? room : 0n };
  }
  const room = spend.allocatedCents - spend.spentCents;
  if (spend.amountCents > room) return { scope: 'ACTIVITY_YEAR', roomCents: room > 0n ? room : 0n };
  return null;
}

/**
 * Whether an allocation may be removed, given what was spent: never while lines are recorded against it (they
 * would lose their allocation), and never when the committed or paid money left to the activity-year would fall
 * below what was spent there without a "beyond the allocation" flag (a pledge counts for nothing, so removing one
 * never does). `null` when it may go.
 */
export function deallocationProblem(d: {
  /** The allocation to remove. */
  amountCents: bigint;
  firm: boolean;
  /** Spent against this allocation by name. */
  spentAgainstCents: bigint;
  /** Firm allocations to the activity-year, this one included. */
  allocatedCents: bigint;
  /** Spent in the activity-year on lines not flagged beyond the allocation. */
  spentCents: bigint;
}): { scope: 'ALLOCATION' | 'ACTIVITY_YEAR'; spentCents: bigint } | null {
  if (d.spentAgainstCents > 0n) return { scope: 'ALLOCATION', spentCents: d.spentAgainstCents };
  const left = d.firm ? d.allocatedCents - d.amountCents : d.allocatedCents;
  if (d.spentCents > left) return { scope: 'ACTIVITY_YEAR', spentCents: d.spentCents };
  return null;
}

/** Contribution stages whose allocations are money to spend. */
export const SPENDABLE_STAGES = ['COMMITTED', 'PAID'] as const;
