import type { ErrorReason } from '@ta/domain';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

/** The checklists' refusals, each with its stable reason (libs/domain/src/errors.ts). */
export class ChecklistsException extends DomainError {
  constructor(
    code: ErrorCode,
    reason: ErrorReason,
    message: string,
    field?: string,
    details?: Record<string, unknown>,
  ) {
    super(code, message, field, { reason, ...details });
  }

  static cycleNotFound(id: string, field = 'cycleId'): ChecklistsException {
    return new ChecklistsException(
      ErrorCode.NOT_FOUND,
      'CYCLE_NOT_FOUND',
      `There is no reporting cycle with id ${id}.`,
      field,
      {
        what: 'reporting cycle',
        id,
      },
    );
  }

  static answerNotFound(id: string, field = 'answerId'): ChecklistsException {
    return new ChecklistsException(
      ErrorCode.NOT_FOUND,
      'NOT_FOUND',
      `There is no checklist answer with id ${id}.`,
      field,
      {
        what: 'checklist answer',
        id,
      },
    );
  }

  static stale(expected: number | null, current: number, field = 'input.expectedVersion'): ChecklistsException {
    return new ChecklistsException(
      ErrorCode.CONFLICT,
      'STALE_VERSION',
      `This checklist was changed by someone else (version ${current}; you had ${expected ?? 'none'}). Reload it and try again.`,
      field,
      { what: 'checklist', currentVersion: current, expectedVersion: expected },
    );
  }

  /** An answer of a version the State's checklist no longer answers (it was updated under a newer one meanwhile). */
  static supersededAnswer(answerVersion: number, entryVersion: number): ChecklistsException {
    return new ChecklistsException(
      ErrorCode.CONFLICT,
      'STALE_VERSION',
      `This answer belongs to version ${answerVersion} of the questionnaire; the State's checklist now answers ` +
        `version ${entryVersion}. Reload the checklist and accept the need from its current answers.`,
      'answerId',
      { what: 'checklist answer', currentVersion: entryVersion, expectedVersion: answerVersion },
    );
  }

  static staleQuestionnaire(expected: number, current: number): ChecklistsException {
    return new ChecklistsException(
      ErrorCode.CONFLICT,
      'STALE_VERSION',
      `Version ${current} of this questionnaire was published meanwhile (you edited version ${expected}). ` +
        'Reload the questionnaire, make your changes again and publish.',
      'input.expectedVersion',
      { what: 'questionnaire', currentVersion: current, expectedVersion: expected },
    );
  }

  static invalid(
    reason: ErrorReason,
    message: string,
    field: string,
    values?: Record<string, unknown>,
  ): ChecklistsException {
    return new ChecklistsException(ErrorCode.BAD_USER_INPUT, reason, message, field, values);
  }
}
