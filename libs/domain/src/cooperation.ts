/**
 * Statistics on international cooperation requests (para. 41): requests for mutual legal assistance and
 * extradition made and received, by requesting and requested State, offence, legal basis, outcome, time taken
 * and grounds for refusal. One home for the vocabulary and for the rule that counts a request once.
 */
export const COOPERATION_KINDS = ['MUTUAL_LEGAL_ASSISTANCE', 'EXTRADITION'] as const;
export type CooperationKind = (typeof COOPERATION_KINDS)[number];

export const COOPERATION_OFFENCES = [
  'organized-crime',
  'trafficking-in-persons',
  'smuggling-of-migrants',
  'firearms',
  'drug-trafficking',
  'money-laundering',
  'corruption',
  'cybercrime',
  'other',
] as const;
export type CooperationOffence = (typeof COOPERATION_OFFENCES)[number];

/** What the request relied on: the Convention (art. 16 / 18), a bilateral treaty, reciprocity, another treaty. */
export const LEGAL_BASES = ['CONVENTION', 'BILATERAL_TREATY', 'RECIPROCITY', 'OTHER_MULTILATERAL'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

export const COOPERATION_OUTCOMES = ['EXECUTED', 'PARTLY_EXECUTED', 'REFUSED', 'PENDING'] as const;
export type CooperationOutcome = (typeof COOPERATION_OUTCOMES)[number];

/** Grounds a requested State gave for refusing (Convention, arts. 16 and 18). */
export const REFUSAL_GROUNDS = [
  'DUAL_CRIMINALITY',
  'INSUFFICIENT_INFORMATION',
  'SOVEREIGNTY_OR_SECURITY',
  'POLITICAL_OFFENCE',
  'NATIONALITY',
  'PROSECUTION_PENDING',
  'FORMAL_REQUIREMENTS',
  'OTHER',
] as const;
export type RefusalGround = (typeof REFUSAL_GROUNDS)[number];

export interface CooperationCaseFacts {
  requestingStateIso3: string;
  requestedStateIso3: string;
  kind: CooperationKind;
  sentOn: string;
  /** The requesting State's reference, which the requested State quotes when it answers. */
  caseRef: string;
  outcome: CooperationOutcome;
  executedOn?: string | null;
  refusalGround?: RefusalGround | null;
}

/**
 * The matching rule: two reports are the same request when they name the same requesting and requested State,
 * kind, date sent and reference (compared without case, spaces or punctuation). Both States may report it; it is
 * counted once.
 */
export function cooperationMatchKey(
  c: Pick<CooperationCaseFacts, 'requestingStateIso3' | 'requestedStateIso3' | 'kind' | 'sentOn' | 'caseRef'>,
): string {
  const ref = c.caseRef.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
  return [c.requestingStateIso3.toUpperCase(), c.requestedStateIso3.toUpperCase(), c.kind, c.sentOn, ref].join('|');
}

/** Whole days from sending to execution, for executed (or partly executed) requests; null otherwise. */
export function daysToExecute(c: Pick<CooperationCaseFacts, 'sentOn' | 'executedOn' | 'outcome'>): number | null {
  if (!c.executedOn || (c.outcome !== 'EXECUTED' && c.outcome !== 'PARTLY_EXECUTED')) return null;
  return Math.round((Date.parse(`${c.executedOn}T00:00:00Z`) - Date.parse(`${c.sentOn}T00:00:00Z`)) / 86_400_000);
}

export interface CooperationProblem {
  field: 'requestedStateIso3' | 'executedOn' | 'refusalGround' | 'reportedByStateIso3';
  reason:
    | 'SAME_STATE'
    | 'EXECUTED_BEFORE_SENT'
    | 'EXECUTION_DATE_MISMATCH'
    | 'REFUSAL_GROUND_MISMATCH'
    | 'REPORTER_NOT_PARTY';
  message: string;
}

/** A case's own coherence: two States, an execution date only when executed and not before sending, a ground only when refused. */
export function cooperationProblems(c: CooperationCaseFacts & { reportedByStateIso3?: string }): CooperationProblem[] {
  const problems: CooperationProblem[] = [];
  const reporter = c.reportedByStateIso3?.toUpperCase();
  if (reporter && reporter !== c.requestingStateIso3.toUpperCase() && reporter !== c.requestedStateIso3.toUpperCase()) {
    problems.push({
      field: 'reportedByStateIso3',
      reason: 'REPORTER_NOT_PARTY',
      message: 'The reporting State must be the requesting or the requested State.',
    });
  }
  if (c.requestingStateIso3.toUpperCase() === c.requestedStateIso3.toUpperCase()) {
    problems.push({
      field: 'requestedStateIso3',
      reason: 'SAME_STATE',
      message: 'A State does not send a request to itself.',
    });
  }
  const executed = c.outcome === 'EXECUTED' || c.outcome === 'PARTLY_EXECUTED';
  if (c.executedOn && !executed) {
    problems.push({
      field: 'executedOn',
      reason: 'EXECUTION_DATE_MISMATCH',
      message: 'Only an executed (or partly executed) request has an execution date.',
    });
  }
  if (c.executedOn && c.executedOn < c.sentOn) {
    problems.push({
      field: 'executedOn',
      reason: 'EXECUTED_BEFORE_SENT',
      message: 'A request cannot be executed before it was sent.',
    });
  }
  if (c.refusalGround && c.outcome !== 'REFUSED') {
    problems.push({
      field: 'refusalGround',
      reason: 'REFUSAL_GROUND_MISMATCH',
      message: 'Only a refused request has a ground for refusal.',
    });
  }
  return problems;
}

/**
 * A donor or viewer reads cooperation statistics only in groups of at least this many requests: a smaller group
 * could name an individual case (those with `cooperation.record` read every group and the cases themselves).
 */
export const COOPERATION_MIN_GROUP = 3;
