import type { ErrorReason } from '@ta/domain';
import { DomainError, ErrorCode } from './domain-error.js';

/**
 * The errors every module raises the same way: a missing record, bad input, a stale version. Each carries a
 * stable `reason` (libs/domain/src/errors.ts) and the values a translation needs.
 */
export function notFound(what: string, id: string, field = 'id'): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `There is no ${what} with id ${id}.`, field, {
    reason: 'NOT_FOUND' satisfies ErrorReason,
    what,
    id,
  });
}

/** Bad input: INVALID_INPUT unless a more precise reason is given, with the values its translation uses. */
export function badInput(
  message: string,
  field: string,
  reason: ErrorReason = 'INVALID_INPUT',
  values: Record<string, unknown> = {},
): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, field, { ...values, reason });
}

export function stale(what: string, expected: number, current: number, field = 'expectedVersion'): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `This ${what} was changed by someone else (version ${current}; you had ${expected}). Reload it and try again.`,
    field,
    { reason: 'STALE_VERSION' satisfies ErrorReason, what, currentVersion: current, expectedVersion: expected },
  );
}
