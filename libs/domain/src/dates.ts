/**
 * Calendar dates travel as "YYYY-MM-DD" strings and have no time zone. "Today" has one definition: the
 * date in UTC. A date "not in the future" may be up to one day past it, so an office east of Greenwich
 * logging its morning's work (already tomorrow in its time zone... or today where UTC is still yesterday)
 * is never refused. API validators, services, web forms and tests all use these.
 */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Whether a string is a real calendar date written YYYY-MM-DD ("2009-02-30" is not). */
export function isCalendarDate(value: unknown): value is string {
  if (typeof value !== 'string' || !CALENDAR_DATE.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in UTC, as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/** The latest date that is not "in the future" anywhere: today in UTC plus one day of grace. */
export function latestPastDate(now: Date = new Date()): string {
  return todayUtc(new Date(now.getTime() + 24 * 3600 * 1000));
}

/** A calendar date no later than today (UTC, with one day of grace). */
export function isNotInFuture(value: string, now: Date = new Date()): boolean {
  return isCalendarDate(value) && value <= latestPastDate(now);
}

/** The year of a calendar date. */
export function yearOf(value: string): number {
  return Number(value.slice(0, 4));
}

/**
 * The plausible window of any date the system records: nothing before 2000 (the Convention was adopted in
 * November 2000; the oldest record of the programme is of 2007) and nothing planned more than ten years ahead.
 * 9999-12-31 or 1899-12-31 is a slip of the keyboard, not a date anyone meant.
 */
export const DATE_WINDOW = { earliest: '2000-01-01', yearsAhead: 10 } as const;

/** The latest date that may be planned: the end of the year ten years from now (UTC). */
export function latestPlannedDate(now: Date = new Date()): string {
  return `${now.getUTCFullYear() + DATE_WINDOW.yearsAhead}-12-31`;
}

/** A calendar date inside the plausible window (from 2000-01-01 to the end of the year ten years ahead). */
export function isPlausibleDate(value: unknown, now: Date = new Date()): value is string {
  return isCalendarDate(value) && value >= DATE_WINDOW.earliest && value <= latestPlannedDate(now);
}
