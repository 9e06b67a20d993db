import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

export enum WorkshopsErrorReason {
  WORKSHOP_NOT_FOUND = 'WORKSHOP_NOT_FOUND',
  ACTIVITY_NOT_FOUND = 'ACTIVITY_NOT_FOUND',
  STALE_VERSION = 'STALE_VERSION',
  INVALID_INPUT = 'INVALID_INPUT',
  UNKNOWN_REFERENCE = 'UNKNOWN_REFERENCE',
  WORKSHOP_CANCELLED = 'WORKSHOP_CANCELLED',
  NOT_HELD_YET = 'NOT_HELD_YET',
  NOT_A_PARTICIPANT = 'NOT_A_PARTICIPANT',
  IDEMPOTENCY_KEY_REUSED = 'IDEMPOTENCY_KEY_REUSED',
}

const CODES: Record<WorkshopsErrorReason, ErrorCode> = {
  WORKSHOP_NOT_FOUND: ErrorCode.NOT_FOUND,
  ACTIVITY_NOT_FOUND: ErrorCode.NOT_FOUND,
  STALE_VERSION: ErrorCode.CONFLICT,
  INVALID_INPUT: ErrorCode.BAD_USER_INPUT,
  UNKNOWN_REFERENCE: ErrorCode.BAD_USER_INPUT,
  WORKSHOP_CANCELLED: ErrorCode.BAD_USER_INPUT,
  NOT_HELD_YET: ErrorCode.BAD_USER_INPUT,
  NOT_A_PARTICIPANT: ErrorCode.BAD_USER_INPUT,
  IDEMPOTENCY_KEY_REUSED: ErrorCode.CONFLICT,
};

export class WorkshopsException extends DomainError {
  constructor(
    readonly reason: WorkshopsErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ) {
    super(CODES[reason], message, field, { reason, ...details });
  }

  static workshopNotFound(id: string, field = 'workshopId'): WorkshopsException {
    return new WorkshopsException(
      WorkshopsErrorReason.WORKSHOP_NOT_FOUND,
      `There is no workshop with id ${id}.`,
      field,
    );
  }

  static activityNotFound(id: string, field = 'activityId'): WorkshopsException {
    return new WorkshopsException(
      WorkshopsErrorReason.ACTIVITY_NOT_FOUND,
      `There is no activity with id ${id}.`,
      field,
    );
  }

  static stale(expected: number, current: number): WorkshopsException {
    return new WorkshopsException(
      WorkshopsErrorReason.STALE_VERSION,
      `This workshop was changed by someone else (version ${current}; you had ${expected}). Reload it and try again.`,
      'expectedVersion',
      { currentVersion: current },
    );
  }

  static invalid(message: string, field: string): WorkshopsException {
    return new WorkshopsException(WorkshopsErrorReason.INVALID_INPUT, message, field);
  }

  static unknownState(iso3: string, field: string): WorkshopsException {
    return new WorkshopsException(WorkshopsErrorReason.UNKNOWN_REFERENCE, `No State has the code "${iso3}".`, field, {
      stateIso3: iso3,
    });
  }
}
