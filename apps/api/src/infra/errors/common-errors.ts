import { DomainError, ErrorCode } from './domain-error.js';

/** The errors every module raises the same way: a missing record, bad input, a stale version. */
export function notFound(what: string, id: string, field = 'id'): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `There is no ${what} with id ${id}.`, field);
}

export function badInput(message: string, field: string): DomainError {
  return new DomainError(ErrorCode.BAD_USER_INPUT, message, field);
}

export function stale(what: string, expected: number, current: number, field = 'expectedVersion'): DomainError {
  return new DomainError(
    ErrorCode.CONFLICT,
    `This ${what} was changed by someone else (version ${current}; you had ${expected}). Reload it and try again.`,
    field,
    { currentVersion: current },
  );
}
