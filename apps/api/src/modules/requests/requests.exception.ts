import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

export enum RequestsErrorReason {
  REQUEST_NOT_FOUND = 'REQUEST_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  MOVE_NOT_ALLOWED = 'MOVE_NOT_ALLOWED',
  REASON_REQUIRED = 'REASON_REQUIRED',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  INVALID_INPUT = 'INVALID_INPUT',
  MERGE_NOT_ALLOWED = 'MERGE_NOT_ALLOWED',
  COUNT_BY_STATE_NOT_ALLOWED = 'COUNT_BY_STATE_NOT_ALLOWED',
  REQUEST_CLOSED = 'REQUEST_CLOSED',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

const CODES: Record<RequestsErrorReason, ErrorCode> = {
  REQUEST_NOT_FOUND: ErrorCode.NOT_FOUND,
  STALE_VERSION: ErrorCode.CONFLICT,
  MOVE_NOT_ALLOWED: ErrorCode.BAD_USER_INPUT,
  REASON_REQUIRED: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_REFERENCE: ErrorCode.BAD_USER_INPUT,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  MERGE_NOT_ALLOWED: ErrorCode.BAD_USER_INPUT,
  COUNT_BY_STATE_NOT_ALLOWED: ErrorCode.FORBIDDEN,
  REQUEST_CLOSED: ErrorCode.BAD_USER_INPUT,
  IDEMPOTENCY_KEY_REUSED: ErrorCode.CONFLICT,
};

export class RequestsException extends DomainError {
  constructor(
    readonly reason: RequestsErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ) {
    super(CODES[reason], message, field, { reason, ...details });
  }

  static notFound(id: string, field = 'id'): RequestsException {
    return new RequestsException(
      RequestsErrorReason.REQUEST_NOT_FOUND,
      `There is no assistance request with id ${id}.`,
      field,
    );
  }

  static stale(id: string, expected: number, current: number, field = 'expectedVersion'): RequestsException {
    return new RequestsException(
      RequestsErrorReason.STALE_VERSION,
      `Request ${id} was changed by someone else (it is at version ${current}; you had version ${expected}). ` +
        'Reload it, check the change, and try again.',
      field,
      { currentVersion: current },
    );
  }
}
