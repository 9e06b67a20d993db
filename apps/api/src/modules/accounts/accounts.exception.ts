import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

export enum AccountsErrorReason {
  BAD_CREDENTIALS = 'BAD_CREDENTIALS',
  THROTTLED = 'THROTTLED',
  SESSION_ENDED = 'SESSION_ENDED',
  USER_NOT_FOUND = 'USER_NOT_FOUND',
  EMAIL_TAKEN = 'EMAIL_TAKEN',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  STALE_VERSION = 'STALE_VERSION',
  NOT_ALLOWED = 'NOT_ALLOWED',
  CURRENT_PASSWORD_WRONG = 'CURRENT_PASSWORD_WRONG',
}

const CODES: Record<AccountsErrorReason, ErrorCode> = {
  BAD_CREDENTIALS: ErrorCode.UNAUTHENTICATED,
  THROTTLED: ErrorCode.UNAUTHENTICATED,
  SESSION_ENDED: ErrorCode.UNAUTHENTICATED,
  USER_NOT_FOUND: ErrorCode.NOT_FOUND,
  EMAIL_TAKEN: ErrorCode.CONFLICT,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_REFERENCE: ErrorCode.BAD_USER_INPUT,
  STALE_VERSION: ErrorCode.CONFLICT,
  NOT_ALLOWED: ErrorCode.FORBIDDEN,
  CURRENT_PASSWORD_WRONG: ErrorCode.BAD_USER_INPUT,
};

export class AccountsException extends DomainError {
  constructor(
    readonly reason: AccountsErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ) {
    super(CODES[reason], message, field, { reason, ...details });
  }
}
