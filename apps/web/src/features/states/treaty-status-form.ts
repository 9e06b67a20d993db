import {
  DATE_WINDOW,
  isCalendarDate,
  isNotInFuture,
  isPlausibleDate,
  latestPastDate,
  TREATY_STATUS_LIMITS,
  treatyStatusProblems,
  type ConsentKind,
  type TreatyParticipation,
  type TreatyStatusProblem,
} from '@ta/domain';
import type { TreatyStatusInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface TreatyStatusValues {
  status: TreatyParticipation | '';
  signedOn: string;
  consentOn: string;
  consentKind: ConsentKind | '';
  reservations: string;
  source: string;
}
export type TreatyStatusField = keyof TreatyStatusValues;
export const TREATY_STATUS_FIELDS: readonly TreatyStatusField[] = [
  'status',
  'signedOn',
  'consentOn',
  'consentKind',
  'reservations',
  'source',
];

export function isTreatyStatusField(name: string | null): name is TreatyStatusField {
  return name !== null && (TREATY_STATUS_FIELDS as readonly string[]).includes(name);
}

/** A status as recorded (the State page's query), or none yet under this instrument. */
export interface RecordedTreatyStatus {
  status: TreatyParticipation;
  signedOn?: string | null;
  consentOn?: string | null;
  consentKind?: ConsentKind | null;
  reservations?: string | null;
  source?: string | null;
}

/** What the form starts with: the recorded status to correct, or an empty one to record. */
export function treatyStatusValuesOf(recorded: RecordedTreatyStatus | null): TreatyStatusValues {
  return {
    status: recorded?.status ?? '',
    signedOn: recorded?.signedOn ?? '',
    consentOn: recorded?.consentOn ?? '',
    consentKind: recorded?.consentKind ?? '',
    reservations: recorded?.reservations ?? '',
    source: recorded?.source ?? '',
  };
}

export type TreatyStatusProblems = Partial<Record<TreatyStatusField, Problem>>;

/** The kernel's treaty rules (treatyStatusProblems), said as the form's validation messages. */
const RULE_KEYS: Record<TreatyStatusProblem['reason'], Problem['key']> = {
  CONSENT_WITHOUT_PARTY: 'validation.treatyConsentWithoutParty',
  CONSENT_BEFORE_SIGNATURE: 'validation.treatyConsentBeforeSignature',
  SIGNATORY_WITHOUT_SIGNATURE: 'validation.treatySignatoryWithoutSignature',
};

/** A date the API accepts here: a calendar date in the plausible window, not in the future. */
function dateProblem(value: string, now: Date): Problem | undefined {
  if (!value) return undefined;
  if (!isCalendarDate(value)) return { key: 'validation.dateInvalid' };
  if (!isNotInFuture(value, now)) return { key: 'validation.dateFuture' };
  if (!isPlausibleDate(value, now)) {
    return { key: 'validation.dateOutsideWindow', values: { min: DATE_WINDOW.earliest, max: latestPastDate(now) } };
  }
  return undefined;
}

/**
 * The API's rules, as the secretariat types: a status; dates real, not in the future and inside the window the API
 * accepts; the kernel's rules of a status (a signatory's signature date, no consent before the signature); the
 * kernel's lengths. A signatory's consent is not sent (the form hides it), so it is not checked either.
 */
export function validateTreatyStatus(values: TreatyStatusValues, now: Date = new Date()): TreatyStatusProblems {
  const problems: TreatyStatusProblems = {};
  if (!values.status) problems.status = { key: 'validation.treatyStatusRequired' };
  problems.signedOn = dateProblem(values.signedOn, now);
  if (values.status === 'PARTY') problems.consentOn = dateProblem(values.consentOn, now);
  if (values.reservations.trim().length > TREATY_STATUS_LIMITS.reservationsMax) {
    problems.reservations = { key: 'validation.textTooLong', values: { max: TREATY_STATUS_LIMITS.reservationsMax } };
  }
  if (values.source.trim().length > TREATY_STATUS_LIMITS.sourceMax) {
    problems.source = { key: 'validation.textTooLong', values: { max: TREATY_STATUS_LIMITS.sourceMax } };
  }
  if (values.status) {
    const input = toTreatyStatusInput(values);
    for (const rule of treatyStatusProblems(input)) problems[rule.field] ??= { key: RULE_KEYS[rule.reason] };
  }
  for (const field of TREATY_STATUS_FIELDS) if (!problems[field]) delete problems[field];
  return problems;
}

/** The mutation's input: a party's consent only (a signatory has none); empty fields sent as null (cleared). */
export function toTreatyStatusInput(values: TreatyStatusValues): TreatyStatusInput {
  const party = values.status === 'PARTY';
  return {
    status: values.status as TreatyParticipation,
    signedOn: values.signedOn || null,
    consentOn: party ? values.consentOn || null : null,
    consentKind: party ? values.consentKind || null : null,
    reservations: values.reservations.trim() || null,
    source: values.source.trim() || null,
  };
}
