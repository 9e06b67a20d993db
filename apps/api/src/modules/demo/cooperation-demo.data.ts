import type { CooperationKind, CooperationOutcome, LegalBasis, RefusalGround } from '@ta/domain';

/**
 * Illustrative statistics on international cooperation requests (para. 41) for a few States over 2006–2008: the
 * document proposes gathering them and gives none, so every case is invented and marked illustrative. Built
 * from a fixed pattern (no randomness), so every load makes the same cases.
 */
export interface DemoCooperationCase {
  requestingStateIso3: string;
  requestedStateIso3: string;
  reportedByStateIso3: string;
  /** The other State reported it too (counted once). */
  reportedByBoth: boolean;
  kind: CooperationKind;
  offence: string;
  legalBasis: LegalBasis;
  outcome: CooperationOutcome;
  sentOn: string;
  executedOn: string | null;
  refusalGround: RefusalGround | null;
  caseRef: string;
}

const PAIRS: ReadonlyArray<[string, string]> = [
  ['SEN', 'FRA'],
  ['FRA', 'SEN'],
  ['MLI', 'FRA'],
  ['COL', 'ESP'],
  ['ESP', 'COL'],
  ['MEX', 'USA'],
  ['USA', 'MEX'],
  ['MYS', 'AUS'],
  ['EGY', 'ITA'],
  ['AUT', 'DEU'],
  ['BFA', 'CIV'],
  ['COL', 'USA'],
];
const OFFENCES = [
  'drug-trafficking',
  'money-laundering',
  'trafficking-in-persons',
  'organized-crime',
  'firearms',
  'corruption',
];
const BASES: LegalBasis[] = ['CONVENTION', 'BILATERAL_TREATY', 'CONVENTION', 'RECIPROCITY'];
const OUTCOMES: CooperationOutcome[] = ['EXECUTED', 'EXECUTED', 'PARTLY_EXECUTED', 'REFUSED', 'PENDING', 'EXECUTED'];
const GROUNDS: RefusalGround[] = ['DUAL_CRIMINALITY', 'INSUFFICIENT_INFORMATION', 'FORMAL_REQUIREMENTS'];

const day = (date: string, plus: number): string => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + plus);
  return d.toISOString().slice(0, 10);
};

export const DEMO_COOPERATION_CASES: readonly DemoCooperationCase[] = Array.from({ length: 48 }, (_, i) => {
  const [requesting, requested] = PAIRS[i % PAIRS.length];
  const year = 2006 + (i % 3);
  const sentOn = `${year}-${String(1 + ((i * 5) % 12)).padStart(2, '0')}-${String(1 + ((i * 7) % 27)).padStart(2, '0')}`;
  const outcome = year === 2008 && i % 4 === 0 ? 'PENDING' : OUTCOMES[i % OUTCOMES.length];
  const executed = outcome === 'EXECUTED' || outcome === 'PARTLY_EXECUTED';
  return {
    requestingStateIso3: requesting,
    requestedStateIso3: requested,
    reportedByStateIso3: i % 2 ? requested : requesting,
    reportedByBoth: i % 5 === 0,
    kind: i % 6 === 5 ? 'EXTRADITION' : 'MUTUAL_LEGAL_ASSISTANCE',
    offence: OFFENCES[i % OFFENCES.length],
    legalBasis: BASES[i % BASES.length],
    outcome,
    sentOn,
    executedOn: executed ? day(sentOn, 45 + ((i * 37) % 300)) : null,
    refusalGround: outcome === 'REFUSED' ? GROUNDS[i % GROUNDS.length] : null,
    caseRef: `DEMO/${requesting}/${year}/${String(i + 1).padStart(3, '0')}`,
  };
});
