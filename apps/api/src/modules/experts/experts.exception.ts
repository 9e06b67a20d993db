import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

export enum ExpertsErrorReason {
  EXPERT_NOT_FOUND = 'EXPERT_NOT_FOUND',
  WORKSHOP_NOT_FOUND = 'WORKSHOP_NOT_FOUND',
  ACTIVITY_NOT_FOUND = 'ACTIVITY_NOT_FOUND',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  EXPERT_BOOKED = 'EXPERT_BOOKED',
  NOT_ASSIGNABLE = 'NOT_ASSIGNABLE',
}

const CODES: Record<ExpertsErrorReason, ErrorCode> = {
  EXPERT_NOT_FOUND: ErrorCode.NOT_FOUND,
  WORKSHOP_NOT_FOUND: ErrorCode.NOT_FOUND,
  ACTIVITY_NOT_FOUND: ErrorCode.NOT_FOUND,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_REFERENCE: ErrorCode.BAD_USER_INPUT,
  EXPERT_BOOKED: ErrorCode.CONFLICT,
  NOT_ASSIGNABLE: ErrorCode.BAD_USER_INPUT,
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

  /**
   * The workshop or activity is not work still to come (`mayAssignTo` of @ta/domain): held, completed or
   * cancelled, named with the status at fault (an activity's own, or its delivery's).
   */
  static notAssignable(
    what: 'workshop' | 'activity',
    status: { status: string } | { deliveryStatus: string },
    field: 'workshopId' | 'activityId',
  ): ExpertsException {
    const said =
      'status' in status ? `This ${what} is ${status.status}` : `This activity's delivery is ${status.deliveryStatus}`;
    const choose = what === 'workshop' ? 'a planned workshop' : 'an activity not completed or cancelled';
    return new ExpertsException(
      ExpertsErrorReason.NOT_ASSIGNABLE,
      `${said}: experts are assigned only to work still to come. Choose ${choose}.`,
      field,
      { target: what.toUpperCase(), ...status },
    );
  }

  static invalid(message: string, field: string): ExpertsException {
    return new ExpertsException(ExpertsErrorReason.INVALID_INPUT, message, field);
  }
}
