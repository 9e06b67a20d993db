import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

export enum ExpertsErrorReason {
  EXPERT_NOT_FOUND = 'EXPERT_NOT_FOUND',
  WORKSHOP_NOT_FOUND = 'WORKSHOP_NOT_FOUND',
  ACTIVITY_NOT_FOUND = 'ACTIVITY_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  EXPERT_BOOKED = 'EXPERT_BOOKED',
}

const CODES: Record<ExpertsErrorReason, ErrorCode> = {
  EXPERT_NOT_FOUND: ErrorCode.NOT_FOUND,
  WORKSHOP_NOT_FOUND: ErrorCode.NOT_FOUND,
  ACTIVITY_NOT_FOUND: ErrorCode.NOT_FOUND,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_REFERENCE: ErrorCode.BAD_USER_INPUT,
  EXPERT_BOOKED: ErrorCode.CONFLICT,
};

export class ExpertsException extends DomainError {
  constructor(
    readonly reason: ExpertsErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ) {
    super(CODES[reason], message, field, { reason, ...details });
  }

  static notFound(what: 'expert' | 'workshop' | 'activity', id: string, field: string): ExpertsException {
    const reason = {
      expert: ExpertsErrorReason.EXPERT_NOT_FOUND,
      workshop: ExpertsErrorReason.WORKSHOP_NOT_FOUND,
      activity: ExpertsErrorReason.ACTIVITY_NOT_FOUND,
    }[what];
    return new ExpertsException(reason, `There is no ${what} with id ${id}.`, field);
  }

  static invalid(message: string, field: string): ExpertsException {
    return new ExpertsException(ExpertsErrorReason.INVALID_INPUT, message, field);
  }
}
