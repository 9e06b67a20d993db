/**
 * The stable reasons the API sends in `errors[].extensions.reason`, beside the contract's `extensions.code`.
 * The web client translates each one (i18n `errors.reasons.<REASON>`), with the values the error carries in
 * `extensions` (e.g. `{{stateIso3}}`). A reason is a name, never a sentence: renaming one breaks clients.
 *
 * Every reason the API raises must be listed here (apps/api/src/infra/errors/error-reasons.spec.ts checks the
 * API's sources), and every reason listed here must have a translation in every locale (apps/web's errors spec).
 */
export const ERROR_REASONS = [
  // Generic, one per contract code: what an error says when nothing more precise applies.
  'INVALID_INPUT', // BAD_USER_INPUT; a validation failure also lists `problems`
  'SIGN_IN_REQUIRED', // UNAUTHENTICATED
  'FORBIDDEN', // FORBIDDEN
  'NOT_FOUND', // NOT_FOUND, with `what` when known
  'CONFLICT', // CONFLICT
  'INTERNAL', // INTERNAL_SERVER_ERROR, with `reference`
  'SERVICE_UNAVAILABLE', // SERVICE_UNAVAILABLE (HTTP 503): the database cannot be reached now, with `retryAfterSeconds`

  // Requests that are not valid GraphQL, or that the server refuses whatever their content.
  'BAD_QUERY', // parse or schema validation failure of the operation itself
  'NO_ACCESS_RULE', // an operation without an access decorator: nobody may call it
  'RATE_LIMITED', // too many changes in a minute, with `retryAfterSeconds`
  'QUEUE_UNAVAILABLE', // the job queue (Redis) did not take a report or import: nothing was started
  'INVALID_TEXT', // a text with a NUL character or half a character (unpaired surrogate), with `field`

  // Sign-in (the access guard; `SIGN_IN_${problem}`).
  'SIGN_IN_NONE',
  'SIGN_IN_EXPIRED',
  'SIGN_IN_INVALID',
  'SIGN_IN_ENDED',

  // Access policy.
  'ROLE_NOT_ALLOWED', // with `permission`, and `operation` from the guard
  'OUT_OF_SCOPE', // with `stateIso3` and `office` when the user has one
  'PASSWORD_CHANGE_REQUIRED', // FORBIDDEN: an administrator chose the password; anything but me, changePassword, logout, refreshSession, with `operation`

  // Shared data-layer helpers.
  'BAD_CURSOR', // an `after` cursor of another ordering
  'STALE_VERSION', // with `currentVersion` (and `expectedVersion` when known)
  'DUPLICATE', // a unique constraint refused a concurrent save

  // accounts.exception.ts
  'BAD_CREDENTIALS',
  'THROTTLED',
  'SESSION_ENDED',
  'USER_NOT_FOUND',
  'EMAIL_TAKEN',
  'NOT_ALLOWED',
  'CURRENT_PASSWORD_WRONG', // changePassword: the current password given is not the account's (on `currentPassword`)

  // requests.exception.ts
  'REQUEST_NOT_FOUND',
  'MOVE_NOT_ALLOWED',
  'REASON_REQUIRED',
  'UNKNOWN_REFERENCE',
  'MERGE_NOT_ALLOWED',

  'COUNT_BY_STATE_NOT_ALLOWED', // donors count requests by region, not by State
  'REQUEST_CLOSED', // a closed request cannot be edited, with `status`

  // Idempotency keys (requests, workshop outcomes, contributions)
  'IDEMPOTENCY_KEY_REUSED', // the key was already used for other content
  'IDEMPOTENCY_KEY_ON_EDIT', // BAD_USER_INPUT: a key sent to an edit (updateOrganisation), which takes its version instead

  // funding
  'RATE_MISSING', // with `currency` and `date`
  'OVER_ALLOCATED', // more than the activity's unfunded cost that year, with `room`, `activityCode`, `year`
  'OVERSPENT', // spending beyond what was allocated (to the activity-year or the allocation), with `room`, `year`
  'ALLOCATION_SPENT', // removing an allocation that money was spent against, with `spent`, `scope`, `year`

  // programme, workshops and experts
  'ACTIVITY_NOT_FOUND',
  'ACTIVITY_CLOSED', // a change (fields, partners, cost lines, request links) to a completed or cancelled activity, with `status`
  'UNIT_HAS_ACTUALS', // an indicator's unit changed while actuals are recorded against it, with `unit`
  'WORKSHOP_NOT_FOUND',
  'WORKSHOP_CANCELLED',
  'NOT_HELD_YET', // an outcome before the workshop started
  'NOT_A_PARTICIPANT', // a follow-up for a State that did not take part
  'EXPERT_NOT_FOUND',
  'EXPERT_BOOKED', // with `startsOn` and `endsOn`
  'NOT_ASSIGNABLE', // an expert on a workshop or activity held, completed or cancelled, with `target` and its `status` or `deliveryStatus`

  // audit and reports
  'AUDIT_TYPE_NOT_ALLOWED', // with `entityType`
  'REPORT_NOT_ALLOWED', // with `kind`
  'REPORT_FORMAT_UNAVAILABLE', // a report asked for in a format its kind is not made in, with `kind`, `format`, `formats`
  'YEAR_OUTSIDE_PLAN', // a report asked for a year the programme does not run, with `years` and `planYears`

  // treaty status (treaties.ts)
  'CONSENT_WITHOUT_PARTY', // a signatory with a consent to be bound
  'CONSENT_BEFORE_SIGNATURE', // consent dated before the signature
  'SIGNATORY_WITHOUT_SIGNATURE', // a signatory without its signature date

  // directory of competent authorities (authorities.ts)
  'KIND_NOT_UNDER_INSTRUMENT', // a kind of authority under an instrument that has none, with the instruments allowed
  'PROPOSAL_DECIDED', // a proposal already confirmed or rejected

  // cooperation statistics (cooperation.ts)
  'SAME_STATE', // a request from a State to itself
  'EXECUTED_BEFORE_SENT',
  'EXECUTION_DATE_MISMATCH', // an execution date on a request not executed
  'REFUSAL_GROUND_MISMATCH', // a ground for refusal on a request not refused
  'REPORTER_NOT_PARTY', // the reporting State is neither the requesting nor the requested one

  // checklists and reporting cycles (checklists.ts)
  'CYCLE_NOT_FOUND',
  'ANSWER_MISSING', // a submission with unanswered questions
  'ASSISTANCE_KIND_MISSING', // a need without its kind
  'ASSISTANCE_TOPIC_MISSING', // a need of a kind that names a topic, without one
  'UNKNOWN_QUESTION', // an answer to a question not in the cycle's questionnaire
  'DRAFT_AFTER_SUBMISSION', // a draft saved over a submitted checklist
  'NO_NEED_TO_ACCEPT', // accepting an answer that asks for no assistance, or one not yet submitted
  // a new version of a questionnaire (questionnaireProblems), with `field` input.questions.<i>.<field>
  'QUESTIONNAIRE_EMPTY',
  'QUESTIONNAIRE_TOO_LONG', // with `max`
  'QUESTION_CODE_INVALID',
  'DUPLICATE_QUESTION_CODE', // with `code` and `other` (the question, counted from 1, that has it first)
  'QUESTION_TEXT_MISSING',
  'QUESTION_TEXT_TOO_LONG', // with `max`
  'INSTRUMENT_NOT_IN_CYCLE', // with `instruments`, the cycle's

  // legal library (limits.ts)
  'NOT_A_PDF', // a law's file whose bytes are not a PDF's
  'FILE_TOO_LARGE', // a file past its limit, with `maxKb`
] as const;

export type ErrorReason = (typeof ERROR_REASONS)[number];

export function isErrorReason(value: unknown): value is ErrorReason {
  return typeof value === 'string' && (ERROR_REASONS as readonly string[]).includes(value);
}

/** The contract's codes (`extensions.code`). */
export const ERROR_CODES = [
  'BAD_USER_INPUT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'INTERNAL_SERVER_ERROR',
  'SERVICE_UNAVAILABLE',
] as const;

export type ErrorCodeName = (typeof ERROR_CODES)[number];

/** The reason an error carries when whoever raised it named none. */
export const DEFAULT_REASON_BY_CODE: Readonly<Record<ErrorCodeName, ErrorReason>> = {
  BAD_USER_INPUT: 'INVALID_INPUT',
  UNAUTHENTICATED: 'SIGN_IN_REQUIRED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  INTERNAL_SERVER_ERROR: 'INTERNAL',
  SERVICE_UNAVAILABLE: 'SERVICE_UNAVAILABLE',
};

/**
 * The class-validator constraints the API's inputs use, as they arrive in a validation failure's
 * `extensions.problems[].constraint` (the web client translates each: i18n `errors.constraints.<name>`).
 * The numbers a constraint takes come in `problems[].values` (`min`, `max`, `values`…).
 * apps/api/src/infra/graphql/validation.pipe.spec.ts checks every decorator the API uses is listed.
 */
export const VALIDATION_CONSTRAINTS = [
  // class-validator
  'isString',
  'isInt',
  'isBoolean',
  'isArray',
  'isUuid',
  'isEmail',
  'isIn', // values: { values: [...] }
  'matches',
  'minLength', // values: { min }
  'maxLength', // values: { max }
  'min', // values: { min }
  'max', // values: { max }
  'arrayMinSize', // values: { min }
  'arrayMaxSize', // values: { max }
  'arrayUnique',
  'isNotEmpty',
  'isDefined',
  'nestedValidation',
  'whitelistValidation',
  // the rule kernel's validators (apps/api/src/infra/graphql/validators.ts)
  'isAmount',
  'isRate',
  'isCalendarDate',
  'notInFuture',
  'plausibleDate', // values: { min, max }
] as const;

export type ValidationConstraint = (typeof VALIDATION_CONSTRAINTS)[number];

/** One field at fault in a validation failure (`extensions.problems[]`). */
export interface ValidationProblem {
  /** The input path at fault, e.g. `input.receivedOn` or `input.followUps.0.stateIso3`. */
  field: string;
  /** The class-validator constraint's name, e.g. `maxLength`. */
  constraint: string;
  /** English, for logs and English readers. */
  message: string;
  /** The constraint's numbers or lists, e.g. `{ max: 5000 }`. */
  values: Record<string, unknown>;
}
