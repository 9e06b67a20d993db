/**
 * The directory of competent national authorities (paras. 38–39): who a State designated, for which kind of
 * cooperation under which instrument, and how to reach it. One home for its vocabulary and rules.
 */
export const AUTHORITY_KINDS = [
  /** Central authority for mutual legal assistance (Convention art. 18, para. 13; UNCAC art. 46, para. 13). */
  'MUTUAL_LEGAL_ASSISTANCE',
  /** Authority for extradition (Convention art. 16; UNCAC art. 44). */
  'EXTRADITION',
  /** Point of contact under article 13 (Cooperation) of the Firearms Protocol. */
  'FIREARMS_COOPERATION',
  /** Authority designated under the Trafficking in Persons Protocol (e.g. art. 8, return of victims). */
  'TRAFFICKING_IN_PERSONS',
  /** Authority designated under the Smuggling of Migrants Protocol (art. 8, para. 6). */
  'SMUGGLING_OF_MIGRANTS',
] as const;
export type AuthorityKind = (typeof AUTHORITY_KINDS)[number];

/** The instruments under which each kind of authority is designated. */
export const AUTHORITY_KIND_INSTRUMENTS: Readonly<Record<AuthorityKind, readonly string[]>> = {
  MUTUAL_LEGAL_ASSISTANCE: ['UNTOC', 'UNCAC'],
  EXTRADITION: ['UNTOC', 'UNCAC'],
  FIREARMS_COOPERATION: ['FIREARMS'],
  TRAFFICKING_IN_PERSONS: ['TIP'],
  SMUGGLING_OF_MIGRANTS: ['SOM'],
};

/** How a request may reach the authority. */
export const AUTHORITY_CHANNELS = ['DIRECT', 'DIPLOMATIC', 'INTERPOL', 'CENTRAL_AUTHORITY'] as const;
export type AuthorityChannel = (typeof AUTHORITY_CHANNELS)[number];

/** Whether a proposed change from a field office waits, was applied, or was turned down. */
export const PROPOSAL_STATUSES = ['PENDING', 'CONFIRMED', 'REJECTED'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

export interface AuthorityFacts {
  kind: AuthorityKind;
  instrumentCode: string;
}

export interface AuthorityProblem {
  field: 'instrumentCode';
  reason: 'KIND_NOT_UNDER_INSTRUMENT';
  message: string;
}

/** A kind of authority is designated under some instruments only (a firearms contact under the Firearms Protocol). */
export function authorityProblems(facts: AuthorityFacts): AuthorityProblem[] {
  const allowed = AUTHORITY_KIND_INSTRUMENTS[facts.kind];
  if (allowed.includes(facts.instrumentCode)) return [];
  return [
    {
      field: 'instrumentCode',
      reason: 'KIND_NOT_UNDER_INSTRUMENT',
      message: `An authority for ${facts.kind.toLowerCase().replace(/_/g, ' ')} is designated under ${allowed.join(' or ')}, not ${facts.instrumentCode}.`,
    },
  ];
}

/** How long each text of a directory entry may be (the API's input and the web form both hold to these). */
export const AUTHORITY_LIMITS = {
  nameMin: 2,
  name: 300,
  address: 1000,
  phone: 100,
  email: 320,
  legalRequirements: 4000,
  timeLimits: 1000,
  languages: 10,
} as const;
