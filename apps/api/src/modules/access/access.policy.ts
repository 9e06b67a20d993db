import {
  can,
  capabilitiesOf,
  mayCallBeforePasswordChange,
  CAPABILITIES,
  COOPERATION_MIN_GROUP,
  PERMISSIONS,
  notificationEventsFor,
  rolesWith,
  scopeOf,
  type NotificationEvent,
  type Capabilities,
  type Permission,
  type RoleScope,
} from '@ta/domain';
import type { Actor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { SqlCondition } from '../../infra/database/sql-condition.js';

/** The States a field office covers, loaded once per policy (one query, batched with other offices). */
export type OfficeCoverage = (officeCode: string) => Promise<ReadonlySet<string>>;

/** The system itself (start-up, demo data, migrations) may do everything. */
const SYSTEM_SCOPE: RoleScope = {
  states: 'ALL',
  confidential: 'ALL',
  money: 'ALL',
  donorTerms: 'ALL',
  donorNotes: 'ALL',
  audit: 'ALL',
  othersReports: 'ALL',
  othersImports: 'ALL',
};

/** Entity types of the programme's audit log (the secretariat reads these; administrators every one). */
export const PROGRAMME_ENTITY_TYPES: readonly string[] = [
  'assistance_request',
  'activity',
  'workshop',
  'expert',
  'contribution',
  'allocation',
  'exchange_rate',
  'donor',
  'treaty_status',
  'competent_authority',
  'authority_proposal',
  'cooperation_case',
  'organisation',
  'activity_result',
  'result_indicator',
  'expenditure',
  'reporting_cycle',
  'checklist_entry',
  'checklist_answer',
  'legislation',
];

/** A request's fields that decide who may read its text. */
export interface RequestScopeFacts {
  stateIso3: string;
  confidential: boolean;
}

/** A workshop's fields that decide who may record its outcome. */
export interface WorkshopScopeFacts {
  fieldOfficeCode: string | null;
  countryIso3: string | null;
}

/**
 * The one row-level access policy: built per request (or job) from the acting user, it answers every
 * "may this user …" question and gives list queries the SQL condition that answers it for many rows.
 * Role → permission and role → reach come from `@ta/domain` (`ROLE_PERMISSIONS`, `ROLE_SCOPES`); the
 * office → States coverage from one batched query. Nothing outside this class and `@ta/domain` compares roles.
 */
export class AccessPolicy {
  private officeStatesPromise: Promise<ReadonlySet<string>> | null = null;

  constructor(
    readonly actor: Actor | null,
    private readonly coverage: OfficeCoverage,
  ) {}

  /** Whether anyone is signed in (or the system is acting). */
  get signedIn(): boolean {
    return this.actor !== null;
  }

  get isSystem(): boolean {
    return this.actor?.role === 'SYSTEM';
  }

  /** The acting user, for services that record who did what; refused when nobody is signed in. */
  get actorOrFail(): Actor {
    if (!this.actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
    return this.actor;
  }

  get scope(): RoleScope {
    if (!this.actor)
      return {
        ...SYSTEM_SCOPE,
        states: 'NONE',
        confidential: 'NONE',
        donorTerms: 'NONE',
        donorNotes: 'NONE',
        audit: 'NONE',
        othersReports: 'NONE',
        othersImports: 'NONE',
      };
    if (this.actor.role === 'SYSTEM') return SYSTEM_SCOPE;
    return scopeOf(this.actor.role);
  }

  can(permission: Permission): boolean {
    if (!this.actor) return false;
    if (this.actor.role === 'SYSTEM') return true;
    return can(this.actor.role, permission);
  }

  /**
   * Suggestions (activities for a request, experts for a request or a workshop) are for those who may act on them:
   * who may link requests to activities (linkRequestsToActivity's permission) and book experts.
   */
  assertMaySeeSuggestions(field?: string): void {
    this.assert('programme.edit', field);
  }

  assert(permission: Permission, field?: string): void {
    if (this.can(permission)) return;
    if (!this.actor) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this.', field);
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `Your role (${this.actor.role}) may not do this (${permission}); ${rolesWith(permission).join(', ')} may.`,
      field,
      { reason: 'ROLE_NOT_ALLOWED', permission },
    );
  }

  /**
   * Refuses any operation but choosing one's own password (and `me`, signing out, renewing the session: the kernel's
   * `OPERATIONS_BEFORE_PASSWORD_CHANGE`) to a user whose password an administrator chose: until then, the account is
   * the administrator's choice, not the person's. The access guard asks it of every operation, whatever its rule;
   * downloads ask it as `download`.
   */
  assertMayCall(operation: string): void {
    if (!this.actor?.mustChangePassword || mayCallBeforePasswordChange(operation)) return;
    throw new DomainError(ErrorCode.FORBIDDEN, 'Change the password an administrator set before going on.', undefined, {
      reason: 'PASSWORD_CHANGE_REQUIRED',
      operation,
    });
  }

  /**
   * Whether `me` may lead on to records beyond the account itself (its field office's States, its donor): not while
   * the password must change — `me` is let through the gate (assertMayCall) to say who one is, not to read around it.
   */
  mayReadBeyondOwnAccount(): boolean {
    return !this.actor?.mustChangePassword;
  }

  /** What the user may do, as `me { can }` answers it. */
  capabilities(): Capabilities {
    if (!this.actor) return noCapabilities();
    if (this.actor.role === 'SYSTEM') return allCapabilities();
    return capabilitiesOf(this.actor.role);
  }

  // ------------------------------------------------------------------ States

  /** The States the user's office covers (empty for users without an office). */
  officeStates(): Promise<ReadonlySet<string>> {
    const office = this.actor?.fieldOfficeCode;
    if (!office) return Promise.resolve(new Set());
    this.officeStatesPromise ??= this.coverage(office);
    return this.officeStatesPromise;
  }

  /** The States the user may act on: null for all of them. */
  async actableStates(): Promise<string[] | null> {
    return this.statesFor(this.scope.states);
  }

  async mayActOnState(stateIso3: string): Promise<boolean> {
    const states = await this.actableStates();
    return states === null || states.includes(stateIso3);
  }

  /** Refuses, with a message naming who can, when the user may not act on the State. */
  async assertMayActOnState(stateIso3: string, field: string): Promise<void> {
    if (await this.mayActOnState(stateIso3)) return;
    const office = this.actor?.fieldOfficeCode;
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      office
        ? `Your field office (${office}) does not cover ${stateIso3}; the office that does, or the secretariat, can act on it.`
        : `You may not act on ${stateIso3}'s requests; the secretariat or the field office covering it can.`,
      field,
      { reason: 'OUT_OF_SCOPE', stateIso3, ...(office ? { office } : {}) },
    );
  }

  /**
   * Whether the user hears, live, of changes to a State's requests: a field office of its own States only; those
   * who reach every State (or none: viewers, donors) of all, each reading of them what their role reads.
   */
  async mayFollowRequestsOf(stateIso3: string): Promise<boolean> {
    if (this.scope.states !== 'OWN') return true;
    return (await this.officeStates()).has(stateIso3);
  }

  /** The notifications the user's role can be told of (their preferences offer these). */
  notificationEvents(): NotificationEvent[] {
    if (!this.actor || this.actor.role === 'SYSTEM') return [];
    return notificationEventsFor(this.actor.role);
  }

  // ------------------------------------------------------------------ cooperation statistics

  /**
   * The smallest group of international cooperation requests the user may see in the statistics: 1 (every
   * group, down to a single case) for those who read every State's cases, or a field office asking about one of
   * its own States; COOPERATION_MIN_GROUP for everyone else, so that no group names a case.
   */
  async cooperationGroupFloor(stateIso3?: string): Promise<number> {
    if (!this.can('cooperation.record')) return COOPERATION_MIN_GROUP;
    const states = await this.actableStates();
    if (states === null) return 1;
    return stateIso3 && states.includes(stateIso3.toUpperCase()) ? 1 : COOPERATION_MIN_GROUP;
  }

  // ------------------------------------------------------------------ confidential text

  /** Whether the user reads request descriptions and reasons at all (donors never do). */
  readsRequestText(): boolean {
    return this.can('requests.read');
  }

  /** The States whose confidential text the user may read: null for all, [] for none. */
  async readableConfidentialStates(): Promise<string[] | null> {
    if (!this.readsRequestText()) return [];
    return this.statesFor(this.scope.confidential);
  }

  /** Whether the user may read a request's description and the reasons of its moves. */
  async mayReadRequestText(request: RequestScopeFacts): Promise<boolean> {
    return (await this.requestTextReader())(request);
  }

  /**
   * `mayReadRequestText` as a synchronous test, decided once for many requests (a page's rows, their history):
   * the same rule, with the user's readable States fetched once.
   */
  async requestTextReader(): Promise<(request: RequestScopeFacts) => boolean> {
    if (!this.readsRequestText()) return () => false;
    const states = await this.readableConfidentialStates();
    if (states === null) return () => true;
    return (request) => !request.confidential || states.includes(request.stateIso3);
  }

  /**
   * Whether the user may download a law's file from the legal library: anyone signed in (the library is read by
   * everyone who may sign in); a file marked confidential only those who read the State's confidential text.
   */
  async mayDownloadLegislationFile(file: { stateIso3: string; confidential: boolean }): Promise<boolean> {
    if (!this.signedIn) return false;
    if (!file.confidential) return true;
    const states = await this.readableConfidentialStates();
    return states === null || states.includes(file.stateIso3.trim());
  }

  /**
   * The SQL condition "the user may read this request's text", for lists and search: `alias` is the
   * assistance_request's alias. Named parameters, as TypeORM's query builder takes them.
   */
  async requestTextCondition(alias = 'r'): Promise<SqlCondition> {
    if (!this.readsRequestText()) return { sql: 'FALSE', params: {} };
    const states = await this.readableConfidentialStates();
    if (states === null) return { sql: 'TRUE', params: {} };
    return {
      sql: `(NOT ${alias}.confidential OR ${alias}.state_iso3 = ANY (CAST(:policyReadableStates AS text[])))`,
      params: { policyReadableStates: states },
    };
  }

  // ------------------------------------------------------------------ workshops

  /** A field office records the outcomes of its own workshops: organised by it, or held in a State it covers. */
  async mayRecordOutcome(workshop: WorkshopScopeFacts): Promise<boolean> {
    if (!this.can('workshops.recordOutcome')) return false;
    if (this.scope.states === 'ALL') return true;
    if (workshop.fieldOfficeCode && workshop.fieldOfficeCode === this.actor?.fieldOfficeCode) return true;
    if (!workshop.countryIso3) return false;
    return (await this.officeStates()).has(workshop.countryIso3);
  }

  async assertMayRecordOutcome(workshop: WorkshopScopeFacts, field = 'workshopId'): Promise<void> {
    this.assert('workshops.recordOutcome', field);
    if (await this.mayRecordOutcome(workshop)) return;
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `This workshop belongs to another office; your office (${this.actor?.fieldOfficeCode}) cannot record its outcome.`,
      field,
      { reason: 'OUT_OF_SCOPE' },
    );
  }

  // ------------------------------------------------------------------ money and donors

  /**
   * An activity's results, indicators, delivery status and money spent: whoever may read the activity reads them
   * (every signed-in user reads the programme's activities).
   */
  mayReadActivityResults(): boolean {
    return this.signedIn;
  }

  /** Defining results and indicators, recording actuals and moving delivery: the programme's planners. */
  assertMayPlanResults(field?: string): void {
    this.assert('programme.edit', field);
  }

  /** Recording what an activity spent: whoever manages the programme's money (the secretariat). */
  assertMayRecordExpenditure(field?: string): void {
    this.assert('funding.manage', field);
  }

  /**
   * A donor's statement (its contributions, payments, allocations and what they delivered): whoever reads the
   * donor's terms — the secretariat any donor's, a donor its own only.
   */
  mayReadDonorStatement(donorId: string): boolean {
    return this.mayReadDonorTerms(donorId);
  }

  /** The donor a donor user is (the default subject of its statement); null for everyone else. */
  get ownDonorId(): string | null {
    return this.scope.donorTerms === 'OWN' ? (this.actor?.donorId ?? null) : null;
  }

  /** The donor whose money alone the user sees; null when the user sees every donor's. */
  moneyDonorScope(): { donorId: string } | null {
    if (this.scope.money === 'ALL') return null;
    return { donorId: this.actor?.donorId ?? '00000000-0000-0000-0000-000000000000' };
  }

  /** Whether the user sees this donor's contributions and allocations one by one. */
  maySeeDonorMoney(donorId: string | null): boolean {
    const scope = this.moneyDonorScope();
    return scope === null || scope.donorId === donorId;
  }

  /** A donor's contact, agreement references and terms. */
  mayReadDonorTerms(donorId: string | null): boolean {
    return reaches(this.scope.donorTerms, donorId !== null && donorId === this.actor?.donorId);
  }

  mayReadDonorNotes(): boolean {
    return this.scope.donorNotes === 'ALL';
  }

  /**
   * Whether an account's password was chosen by an administrator (mustChangePassword): the person themselves and who
   * manages users. Others (the secretariat reading an audit entry's actor) are not told which accounts still have one.
   * `ownSignIn`: the account is the one a sign-in (or refresh) answers, to the person who just proved who they are,
   * before the request has a signed-in actor.
   */
  mayReadPasswordState(userId: string, ownSignIn = false): boolean {
    return ownSignIn || this.actor?.userId === userId || this.can('users.manage');
  }

  /** A donor's profile: the secretariat any, a donor its own. */
  mayEditDonorProfile(donorId: string): boolean {
    if (!this.can('donors.editProfile')) return false;
    return this.scope.donorTerms === 'ALL' || this.actor?.donorId === donorId;
  }

  /** A donor's stated priorities (areas, regions, instruments): the secretariat any, a donor its own. */
  mayEditDonorPriorities(donorId: string): boolean {
    if (!this.can('donors.editPriorities')) return false;
    return this.scope.donorTerms === 'ALL' || this.actor?.donorId === donorId;
  }

  /**
   * Whose priorities and matches the user reads: the donor itself and those who read every donor's terms
   * (the secretariat, administrators).
   */
  mayReadDonorPriorities(donorId: string): boolean {
    return this.mayReadDonorTerms(donorId);
  }

  /**
   * Whether the user may record or withdraw an intention (stage INTENDED) of this donor, or ask what a pledge
   * of it would close: the secretariat for any donor, a donor for itself only.
   */
  mayIntendFor(donorId: string): boolean {
    if (!this.can('funding.intend')) return false;
    return this.scope.money === 'ALL' || this.actor?.donorId === donorId;
  }

  /** Donors see who in the secretariat did what only as "UNODC secretariat". */
  staffLabel(label: string): string {
    return this.can('staff.read') || !this.actor ? label : 'UNODC secretariat';
  }

  // ------------------------------------------------------------------ audit and jobs

  /** The entity types whose audit log the user reads: null for all. */
  auditEntityTypes(): readonly string[] | null {
    if (!this.can('audit.read')) return [];
    return this.scope.audit === 'ALL' ? null : PROGRAMME_ENTITY_TYPES;
  }

  /** A report or import someone asked for: the asker, and administrators (imports: the secretariat too). */
  maySeeJob(requestedBy: string | null, kind: 'report' | 'import'): boolean {
    if (!this.actor) return false;
    if (requestedBy !== null && requestedBy === this.actor.userId) return true;
    return (kind === 'report' ? this.scope.othersReports : this.scope.othersImports) === 'ALL';
  }

  /**
   * May share a column mapping template with everyone who imports: those who oversee others' imports (the
   * secretariat and administrators); others keep their templates to themselves.
   */
  mayShareImportMappings(): boolean {
    return this.can('requests.import') && this.scope.othersImports === 'ALL';
  }

  // ------------------------------------------------------------------ helpers

  private async statesFor(reach: RoleScope['states']): Promise<string[] | null> {
    if (reach === 'ALL') return null;
    if (reach === 'NONE') return [];
    return [...(await this.officeStates())];
  }

  /**
   * A finished job's result (a report's file) holds what its requester could see when asking: it is theirs
   * only while they keep the role they asked with; those who see others' jobs see it whatever the role.
   */
  mayTakeJobResult(requestedBy: string | null, roleAtRequest: string, kind: 'report' | 'import'): boolean {
    if (!this.maySeeJob(requestedBy, kind)) return false;
    if ((kind === 'report' ? this.scope.othersReports : this.scope.othersImports) === 'ALL') return true;
    return this.actor?.role === roleAtRequest;
  }
}

function reaches(reach: RoleScope['donorTerms'], own: boolean): boolean {
  return reach === 'ALL' || (reach === 'OWN' && own);
}

function allCapabilities(): Capabilities {
  return Object.fromEntries(Object.keys(CAPABILITIES).map((k) => [k, true])) as Capabilities;
}

function noCapabilities(): Capabilities {
  return Object.fromEntries(Object.keys(CAPABILITIES).map((k) => [k, false])) as Capabilities;
}

/** Every permission, for tests that walk the whole map. */
export const ALL_PERMISSIONS: readonly Permission[] = PERMISSIONS;
