import { applyDecorators } from '@nestjs/common';
import { Field } from '@nestjs/graphql';
import {
  DATE_WINDOW,
  IDEMPOTENCY_KEY_PATTERN,
  isCalendarDate,
  isNotInFuture,
  isPlausibleDate,
  isPositiveAmount,
  isPositiveRate,
  latestPlannedDate,
  PRIORITY_AREA_CODE_PATTERN,
  SUB_AREA_CODE_PATTERN,
} from '@ta/domain';
import { IsOptional, Matches, registerDecorator, type ValidationOptions } from 'class-validator';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

/**
 * class-validator decorators over the rule kernel in `@ta/domain`: the same rules the web forms check as
 * a person types. Each failure names its rule (`constraint`) so the client can say it in the user's language.
 */
function rule(name: string, test: (value: unknown) => boolean, defaultMessage: (field: string) => string) {
  return (options?: ValidationOptions) => (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message: defaultMessage(propertyName), ...options },
      validator: { validate: (value: unknown) => test(value) },
    });
}

/** A positive amount with at most two decimals, as a string ("45000.00"). */
export const IsAmount = rule(
  'isAmount',
  isPositiveAmount,
  (field) => `${field} must be a positive amount with at most two decimals, e.g. "45000.00".`,
);

/** A positive exchange rate with at most eight decimals, as a string. */
export const IsRate = rule(
  'isRate',
  isPositiveRate,
  (field) => `${field} must be a positive rate with at most eight decimals, e.g. "0.15234".`,
);

/** A real calendar date written YYYY-MM-DD. */
export const IsCalendarDate = rule(
  'isCalendarDate',
  (value) => isCalendarDate(value),
  (field) => `${field} must be a date written YYYY-MM-DD, e.g. 2008-06-10.`,
);

/** A calendar date no later than today (UTC, with a day of grace: `@ta/domain` isNotInFuture). */
export const NotInFuture = rule(
  'notInFuture',
  (value) => typeof value === 'string' && isNotInFuture(value),
  (field) => `${field} cannot be in the future.`,
);

/**
 * The same rule as `@NotInFuture()` for a date that arrives as a plain argument (no input class to decorate):
 * refused as a validation failure would be, naming the field and the `notInFuture` constraint.
 */
export function assertNotInFuture(value: string, field: string): void {
  if (isNotInFuture(value)) return;
  const message = `${field} cannot be in the future.`;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message, field, {
    reason: 'INVALID_INPUT',
    problems: [{ field, constraint: 'notInFuture', message, values: {} }],
  });
}

/**
 * The optional `idempotencyKey` of a create's input (one definition for every create): the same key sent again
 * by the same user answers what the first created; with other content it is refused (CONFLICT).
 */
export function IdempotencyKeyField(note?: string): PropertyDecorator {
  return applyDecorators(
    Field(() => String, {
      nullable: true,
      description:
        'Send the same key again (a retry, a double click, a queued offline submission) and it is created once: ' +
        'the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -.' +
        (note ? ` ${note}` : ''),
    }),
    IsOptional(),
    Matches(IDEMPOTENCY_KEY_PATTERN, {
      message: 'idempotencyKey must be 8 to 100 letters, digits, "_" or "-" (e.g. a UUID).',
    }),
  );
}

/**
 * A calendar date in the plausible window of `@ta/domain` (2000-01-01 to ten years ahead): 9999-12-31 and
 * 1899-12-31 are typing slips. The failure carries the window (`min`, `max`) for the client to say.
 */
export function PlausibleDate(options?: ValidationOptions) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name: 'plausibleDate',
      target: target.constructor,
      propertyName,
      // The window's ends, sent to the client as `values: { min, max }` (validation.pipe.ts).
      constraints: [DATE_WINDOW.earliest, latestPlannedDate()],
      options: {
        message: () => `${propertyName} must be between ${DATE_WINDOW.earliest} and ${latestPlannedDate()}.`,
        ...options,
      },
      validator: { validate: (value: unknown) => value === undefined || value === null || isPlausibleDate(value) },
    });
}

/** `@PlausibleDate()` for a date that arrives as a plain argument. */
export function assertPlausibleDate(value: string, field: string): void {
  if (isPlausibleDate(value)) return;
  const max = latestPlannedDate();
  const message = `${field} must be between ${DATE_WINDOW.earliest} and ${max}.`;
  throw new DomainError(ErrorCode.BAD_USER_INPUT, message, field, {
    reason: 'INVALID_INPUT',
    problems: [{ field, constraint: 'plausibleDate', message, values: { min: DATE_WINDOW.earliest, max } }],
  });
}

/** A priority area code, A to E (or, with `each`, a list of them). */
export function IsPriorityAreaCode(options: { each?: boolean } = {}) {
  return Matches(PRIORITY_AREA_CODE_PATTERN, {
    each: options.each,
    message: options.each
      ? 'each of priorityAreaCode must be A, B, C, D or E.'
      : 'priorityAreaCode must be one of A, B, C, D or E.',
  });
}

/** A sub-area code such as "C.b". */
export function IsSubAreaCode() {
  return Matches(SUB_AREA_CODE_PATTERN, { message: 'subAreaCode must look like "C.b".' });
}
