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
