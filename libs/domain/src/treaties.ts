import { isCalendarDate } from './dates.js';

/**
 * A State's standing under one instrument (the Convention, a Protocol, the Convention against Corruption): it has
 * signed it, or it is bound by it (a party, by ratification, accession, acceptance, approval or succession).
 */
export const TREATY_PARTICIPATIONS = ['SIGNATORY', 'PARTY'] as const;
export type TreatyParticipation = (typeof TREATY_PARTICIPATIONS)[number];

/** How a State consented to be bound (the depositary's terms). */
export const CONSENT_KINDS = ['RATIFICATION', 'ACCESSION', 'ACCEPTANCE', 'APPROVAL', 'SUCCESSION'] as const;
export type ConsentKind = (typeof CONSENT_KINDS)[number];

/** The lengths of a treaty status's free texts, as the API and the web form check them. */
export const TREATY_STATUS_LIMITS = { reservationsMax: 4000, sourceMax: 500 } as const;

/** What a treaty status says; dates written YYYY-MM-DD. */
export interface TreatyStatusFacts {
  status: TreatyParticipation;
  signedOn?: string | null;
  consentOn?: string | null;
  consentKind?: ConsentKind | null;
}

export interface TreatyStatusProblem {
  field: 'signedOn' | 'consentOn' | 'consentKind';
  reason: 'CONSENT_WITHOUT_PARTY' | 'CONSENT_BEFORE_SIGNATURE' | 'SIGNATORY_WITHOUT_SIGNATURE';
  message: string;
}

/**
 * The rules of a treaty status, one home for API and web: a signatory has a signature date and no consent; a
 * party's consent (its kind and date) may be unknown, but a consent date never precedes the signature. Accession
 * and succession need no signature. Dates in the future are refused at the edge (NotInFuture), as everywhere.
 */
export function treatyStatusProblems(facts: TreatyStatusFacts): TreatyStatusProblem[] {
  const problems: TreatyStatusProblem[] = [];
  if (facts.status === 'SIGNATORY') {
    if (facts.consentOn || facts.consentKind) {
      problems.push({
        field: facts.consentOn ? 'consentOn' : 'consentKind',
        reason: 'CONSENT_WITHOUT_PARTY',
        message: 'A signatory has not consented to be bound: leave the consent empty, or record the State as a party.',
      });
    }
    if (!facts.signedOn) {
      problems.push({
        field: 'signedOn',
        reason: 'SIGNATORY_WITHOUT_SIGNATURE',
        message: 'A signatory needs the date it signed.',
      });
    }
  }
  if (
    facts.signedOn &&
    facts.consentOn &&
    isCalendarDate(facts.signedOn) &&
    isCalendarDate(facts.consentOn) &&
    facts.consentOn < facts.signedOn
  ) {
    problems.push({
      field: 'consentOn',
      reason: 'CONSENT_BEFORE_SIGNATURE',
      message: 'The State cannot have consented to be bound before it signed.',
    });
  }
  return problems;
}
