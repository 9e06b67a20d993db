import type { Role } from './access.js';

/**
 * Who may do what: the one map of role → permission and role → row scope, read by the API's guard and
 * access policy and by the web client (through `me { can }`). Nothing else compares roles.
 */
export const PERMISSIONS = [
  /** Read requests one by one (descriptions, history): not donors, who see counts. */
  'requests.read',
  /** Log a request (a field office for its States), one by one or from a spreadsheet. */
  'requests.log',
  /** Move a request through its workflow, mark it confidential (a field office for its States). */
  'requests.move',
  /** Merge two requests for the same need. */
  'requests.merge',
  /** Import requests from a CSV file. */
  'requests.import',
  /** Count requests State by State (the world map of needs); donors count by region. */
  'requests.countByState',
  /** Change the programme: activities, cost lines, links, workshops, experts. */
  'programme.edit',
  /** Record a workshop's outcome (a field office for its own workshops). */
  'workshops.recordOutcome',
  /** Contributions, exchange rates, payments, allocations, donors. */
  'funding.manage',
  /**
   * Record and withdraw intentions (contributions at stage INTENDED, never counted as money) and ask what a
   * pledge would close (whatIfPledge): a donor for itself only; the secretariat for any donor.
   */
  'funding.intend',
  /** Edit a donor profile (a donor only its own). */
  'donors.editProfile',
  /**
   * State a donor's priorities (priority areas, M49 regions, instruments) that its funding matches follow: a
   * donor only its own, the secretariat any.
   */
  'donors.editPriorities',
  /** Keep the directory of competent authorities: add, edit, confirm or reject proposed changes. */
  'authorities.edit',
  /** Propose a change to the directory for a State (a field office for its States), which the secretariat confirms. */
  'authorities.propose',
  /**
   * Record international cooperation requests (para. 41) and read them one by one: the secretariat any, a field
   * office those its States made, received or reported. Everyone else reads the aggregates only.
   */
  'cooperation.record',
  /** Record a State's status under each instrument (signature, consent to be bound, reservations). */
  'treaties.edit',
  /** Enter a State's checklist answers in a reporting cycle, as a draft or submitted (a field office for its States). */
  'checklists.enter',
  /** Accept a checklist answer's need for assistance, which logs it as a request (channel "checklist"). */
  'checklists.accept',
  /** Publish a new version of a reporting cycle's questionnaire (the secretariat). */
  'checklists.publishQuestionnaire',
  /**
   * Keep the legal library's files: upload a law's PDF (replacing the one before) and mark it confidential, so
   * that only those who read the State's confidential text may download it.
   */
  'legislation.edit',
  /** The audit log of the programme's records (administrators: every record). */
  'audit.read',
  /** Accounts, roles and scopes. */
  'users.manage',
  /** Ask for the requests report (a CSV of requests): as requests.read. */
  'reports.requests',
  /** See who in the secretariat did what (donors see the office, not the person). */
  'staff.read',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

const EVERYTHING: readonly Permission[] = PERMISSIONS;

export const ROLE_PERMISSIONS: Readonly<Record<Role, readonly Permission[]>> = {
  ADMIN: EVERYTHING,
  SECRETARIAT: EVERYTHING.filter((p) => p !== 'users.manage'),
  FIELD_OFFICE: [
    'authorities.propose',
    'checklists.enter',
    'cooperation.record',
    'requests.read',
    'requests.log',
    'requests.move',
    'requests.import',
    'requests.countByState',
    'workshops.recordOutcome',
    'reports.requests',
    'staff.read',
  ],
  VIEWER: ['requests.read', 'requests.countByState', 'reports.requests', 'staff.read'],
  DONOR: ['funding.intend', 'donors.editProfile', 'donors.editPriorities'],
};

/** How far a permission or a read reaches: every row, the rows of the user's office or donor, or none. */
export type Reach = 'ALL' | 'OWN' | 'NONE';

export interface RoleScope {
  /** States the user may act on (log, move, record outcomes): all, its office's, or none. */
  states: Reach;
  /** Confidential descriptions and reasons the user may read: all, its office's States', or none. */
  confidential: Reach;
  /** Contributions and allocations the user sees: all, or its own donor's. */
  money: Exclude<Reach, 'NONE'>;
  /** A donor's contact, agreement references and terms: all, its own, or none. */
  donorTerms: Reach;
  /** A donor's confidential notes. */
  donorNotes: Reach;
  /** The audit log: every record, the programme's records, or none. */
  audit: 'ALL' | 'PROGRAMME' | 'NONE';
  /** Reports asked for by others. */
  othersReports: Reach;
  /** Imports started by others. */
  othersImports: Reach;
}

export const ROLE_SCOPES: Readonly<Record<Role, RoleScope>> = {
  ADMIN: {
    states: 'ALL',
    confidential: 'ALL',
    money: 'ALL',
    donorTerms: 'ALL',
    donorNotes: 'ALL',
    audit: 'ALL',
    othersReports: 'ALL',
    othersImports: 'ALL',
  },
  SECRETARIAT: {
    states: 'ALL',
    confidential: 'ALL',
    money: 'ALL',
    donorTerms: 'ALL',
    donorNotes: 'ALL',
    audit: 'PROGRAMME',
    othersReports: 'NONE',
    othersImports: 'ALL',
  },
  FIELD_OFFICE: {
    states: 'OWN',
    confidential: 'OWN',
    money: 'ALL',
    donorTerms: 'NONE',
    donorNotes: 'NONE',
    audit: 'NONE',
    othersReports: 'NONE',
    othersImports: 'NONE',
  },
  VIEWER: {
    states: 'NONE',
    confidential: 'NONE',
    money: 'ALL',
    donorTerms: 'NONE',
    donorNotes: 'NONE',
    audit: 'NONE',
    othersReports: 'NONE',
    othersImports: 'NONE',
  },
  DONOR: {
    states: 'NONE',
    confidential: 'NONE',
    money: 'OWN',
    donorTerms: 'OWN',
    donorNotes: 'NONE',
    audit: 'NONE',
    othersReports: 'NONE',
    othersImports: 'NONE',
  },
};

export function can(role: Role, permission: Permission): boolean {
  return ROLE_PERMISSIONS[role].includes(permission);
}

export function scopeOf(role: Role): RoleScope {
  return ROLE_SCOPES[role];
}

/** The roles holding a permission (for the guard's messages and the access-matrix test). */
export function rolesWith(permission: Permission): Role[] {
  return (Object.keys(ROLE_PERMISSIONS) as Role[]).filter((role) => can(role, permission));
}

/**
 * What the signed-in user may do, as the API answers `me { can { … } }` and the web client shows or hides
 * by: one boolean per permission, keyed by a GraphQL-friendly name.
 */
export const CAPABILITIES = {
  readRequests: 'requests.read',
  logRequests: 'requests.log',
  moveRequests: 'requests.move',
  mergeRequests: 'requests.merge',
  importRequests: 'requests.import',
  countRequestsByState: 'requests.countByState',
  editProgramme: 'programme.edit',
  recordWorkshopOutcomes: 'workshops.recordOutcome',
  manageFunding: 'funding.manage',
  recordIntentions: 'funding.intend',
  editDonorProfile: 'donors.editProfile',
  editDonorPriorities: 'donors.editPriorities',
  readHistory: 'audit.read',
  manageUsers: 'users.manage',
  requestRequestsReport: 'reports.requests',
  editAuthorities: 'authorities.edit',
  proposeAuthorityChanges: 'authorities.propose',
  enterChecklists: 'checklists.enter',
  acceptChecklistNeeds: 'checklists.accept',
  publishQuestionnaires: 'checklists.publishQuestionnaire',
  editLegislation: 'legislation.edit',
  recordCooperation: 'cooperation.record',
  editTreaties: 'treaties.edit',
} as const satisfies Record<string, Permission>;
export type Capability = keyof typeof CAPABILITIES;
export type Capabilities = Record<Capability, boolean>;

export function capabilitiesOf(role: Role): Capabilities {
  return Object.fromEntries(
    (Object.keys(CAPABILITIES) as Capability[]).map((name) => [name, can(role, CAPABILITIES[name])]),
  ) as Capabilities;
}

/** The account field that ties a role to its rows: a field office's office, a donor's donor; other roles none. */
export type ScopeField = 'fieldOfficeCode' | 'donorId';

/**
 * Which account field a role's reach needs: the States of its office (reach "OWN" over States), or its
 * donor's money (reach "OWN" over money). Other roles keep neither.
 */
export function scopeFieldOf(role: Role): ScopeField | null {
  const scope = scopeOf(role);
  if (scope.states === 'OWN') return 'fieldOfficeCode';
  if (scope.money === 'OWN') return 'donorId';
  return null;
}

/** What is wrong with an account's role / office / donor combination, or null when nothing is. */
export interface ScopeProblem {
  field: ScopeField;
  reason: 'SCOPE_MISSING';
  message: string;
}

/**
 * A FIELD_OFFICE user needs a field office and a DONOR user a donor (whether the office or donor exists is
 * for the API to check). An office or donor given to a role that has no use for it is simply not kept.
 */
export function scopeProblem(role: Role, officeCode: string | null, donorId: string | null): ScopeProblem | null {
  const field = scopeFieldOf(role);
  if (field === 'fieldOfficeCode' && !officeCode) {
    return { field, reason: 'SCOPE_MISSING', message: `A ${role} user needs a fieldOfficeCode.` };
  }
  if (field === 'donorId' && !donorId)
    return { field, reason: 'SCOPE_MISSING', message: `A ${role} user needs a donorId.` };
  return null;
}
