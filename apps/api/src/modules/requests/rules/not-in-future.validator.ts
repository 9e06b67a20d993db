import { registerDecorator, type ValidationOptions } from 'class-validator';

/** Today's date in UTC as YYYY-MM-DD. */
export function todayUtc(now: Date = new Date()): string {
  return now.toISOString().slice(0, 10);
}

/**
 * A YYYY-MM-DD date no later than today. Dates are compared in UTC plus one day of grace, so an office
 * east of Greenwich logging in the morning is not refused.
 */
export function isNotInFuture(value: string, now: Date = new Date()): boolean {
  const tomorrow = new Date(now.getTime() + 24 * 3600 * 1000);
  return value <= todayUtc(tomorrow);
}

export function NotInFuture(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'notInFuture',
      target: target.constructor,
      propertyName,
      options,
      validator: { validate: (value: unknown) => typeof value === 'string' && isNotInFuture(value) },
    });
}
