/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActivityFilter = {
  activityType?: Array<ActivityType> | null | undefined;
  /** Where their delivery stands. */
  deliveryStatus?: Array<DeliveryStatus> | null | undefined;
  /** CURRENT (under way in 2008), PROPOSED (2009–2011), or both when absent. */
  phase?: Array<ActivityPhase> | null | undefined;
  priorityAreaCode?: Array<string> | null | undefined;
  /** Words in the code, title, description or regions. */
  search?: string | null | undefined;
  /** A section of the source, e.g. "IV.B.5" (or "IV.B" for all of it). */
  section?: string | null | undefined;
  /** Activities that name this State as a beneficiary. */
  stateIso3?: string | null | undefined;
  status?: Array<ActivityStatus> | null | undefined;
};

/** CURRENT: under way in 2008 (sections II.A–VI.A of the source); PROPOSED: the 2009–2011 proposals. */
export type ActivityPhase =
  | 'CURRENT'
  | 'PROPOSED';

export type ActivityStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'ENDORSED'
  | 'FUNDED'
  | 'PROPOSED'
  | 'UNDER_WAY';

export type ActivityType =
  | 'EQUIPMENT'
  | 'EXPERT_GROUP_MEETING'
  | 'LEGAL_ADVISORY_SERVICE'
  | 'MODEL_LEGISLATION'
  | 'NETWORK'
  | 'RESEARCH'
  | 'STAFFING'
  | 'TOOL_OR_SOFTWARE'
  | 'TRAINING_MATERIAL'
  | 'WORKSHOP';

/** Where an actual comes from: a WORKSHOP_OUTCOME, a REPORT or a STATE_UPDATE. */
export type ActualSource =
  | 'REPORT'
  | 'STATE_UPDATE'
  | 'WORKSHOP_OUTCOME';

export type AllocateContributionInput = {
  activityId: string | number;
  amountUsd: string;
  contributionId: string | number;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  note?: string | null | undefined;
  /** Allocate beyond the activity’s unfunded cost on purpose, saying why: shown as over-funding, it lowers no other gap. */
  overFundingReason?: string | null | undefined;
  year: number;
};

export type AssignExpertInput = {
  activityId?: string | number | null | undefined;
  endsOn?: string | null | undefined;
  expertId: string | number;
  /** By default the workshop’s dates. */
  startsOn?: string | null | undefined;
  workshopId?: string | number | null | undefined;
};

/** The kind of assistance a State asks for. */
export type AssistanceKind =
  | 'DATA_COLLECTION'
  | 'EQUIPMENT'
  | 'FOLLOW_UP_TRAINING'
  | 'LEGISLATIVE_ASSISTANCE'
  | 'OTHER'
  | 'PRINTING_LEGISLATION'
  | 'REPORTING_OBLIGATIONS'
  | 'TRAINING';

/** Logged (new), moved along the workflow, its fields corrected, or merged with another. */
export type AssistanceRequestEventKind =
  | 'LOGGED'
  | 'MERGED'
  | 'MOVED'
  | 'UPDATED';

export type AssistanceRequestFilter = {
  /** Only requests that an activity answers (true) or that none does yet (false). */
  answered?: boolean | null | undefined;
  kind?: Array<AssistanceKind> | null | undefined;
  /** Requests of States not (yet) party to this instrument. */
  notPartyTo?: string | null | undefined;
  /** Only open (true) or only closed (false) requests. */
  open?: boolean | null | undefined;
  /** Requests of States party to this instrument (UNTOC, TIP, SOM, FIREARMS, UNCAC), as the treaty status has it. */
  partyTo?: string | null | undefined;
  priorityAreaCode?: Array<string> | null | undefined;
  receivedFrom?: string | null | undefined;
  receivedTo?: string | null | undefined;
  /** UN M49 regions, sub-regions or intermediate regions. */
  region?: Array<string> | null | undefined;
  /** Words in the description or the State name. */
  search?: string | null | undefined;
  /** e.g. "para. 25" or "footnote 5". */
  sourceParagraph?: string | null | undefined;
  stateIso3?: Array<string> | null | undefined;
  status?: Array<RequestStatus> | null | undefined;
  /** Requests concerning any of these topics. */
  topic?: Array<string> | null | undefined;
  /** Follow-up requests raised at this workshop. */
  workshopId?: string | number | null | undefined;
};

export type AssistanceRequestOrder = {
  direction?: OrderDirection;
  field?: AssistanceRequestOrderField;
};

export type AssistanceRequestOrderField =
  | 'KIND'
  | 'RECEIVED_ON'
  | 'STATE'
  | 'STATUS'
  | 'UPDATED_AT';

/** How a request may reach the authority (INTERPOL: in urgent cases, where the State allows it). */
export type AuthorityChannel =
  | 'CENTRAL_AUTHORITY'
  | 'DIPLOMATIC'
  | 'DIRECT'
  | 'INTERPOL';

/** Which entries of the directory (all given conditions hold). */
export type AuthorityFilter = {
  instrumentCode?: string | null | undefined;
  kind?: AuthorityKind | null | undefined;
  /** Accepts requests in this language (ISO 639-1). */
  language?: string | null | undefined;
  /** Part of the authority’s name. */
  search?: string | null | undefined;
  stateIso3?: string | null | undefined;
};

/** An entry of the directory (the kind’s instruments: AUTHORITY_KIND_INSTRUMENTS in @ta/domain). */
export type AuthorityInput = {
  address?: string | null | undefined;
  channels: Array<AuthorityChannel>;
  email?: string | null | undefined;
  instrumentCode: string;
  kind: AuthorityKind;
  /** ISO 639-1 codes, e.g. ["fr", "en"]. */
  languages: Array<string>;
  lastConfirmedOn?: string | null | undefined;
  legalRequirements?: string | null | undefined;
  name: string;
  phone?: string | null | undefined;
  stateIso3: string;
  timeLimits?: string | null | undefined;
};

/** The kind of international cooperation an authority is designated for. */
export type AuthorityKind =
  | 'EXTRADITION'
  | 'FIREARMS_COOPERATION'
  | 'MUTUAL_LEGAL_ASSISTANCE'
  | 'SMUGGLING_OF_MIGRANTS'
  | 'TRAFFICKING_IN_PERSONS';

export type AuthorityProposalFilter = {
  authorityId?: string | number | null | undefined;
  status?: ProposalStatus | null | undefined;
};

/** The answer to one question. */
export type ChecklistAnswerInput = {
  answer?: ChecklistAnswerValue | null | undefined;
  /** Which kind of assistance. */
  assistanceKind?: AssistanceKind | null | undefined;
  /** Topic slugs (training on what?); see the `topics` query. */
  assistanceTopics?: Array<string> | null | undefined;
  comment?: string | null | undefined;
  /** The State needs technical assistance on this point. */
  needsAssistance?: boolean | null | undefined;
  questionId: string | number;
};

export type ChecklistAnswerValue =
  | 'NO'
  | 'PARTLY'
  | 'YES';

/** Where a State’s checklist stands in a cycle: NOT_STARTED, IN_PROGRESS (a draft), SUBMITTED, UPDATED. */
export type ChecklistStatus =
  | 'IN_PROGRESS'
  | 'NOT_STARTED'
  | 'SUBMITTED'
  | 'UPDATED';

/** How a State consented to be bound. */
export type ConsentKind =
  | 'ACCEPTANCE'
  | 'ACCESSION'
  | 'APPROVAL'
  | 'RATIFICATION'
  | 'SUCCESSION';

/** INTENDED (a donor’s intention: never counted as money) → PLEDGED → COMMITTED (agreement signed) → PAID. */
export type ContributionStage =
  | 'COMMITTED'
  | 'INTENDED'
  | 'PAID'
  | 'PLEDGED';

/** One request between two States, as one of them reports it (rules: cooperationProblems). */
export type CooperationCaseInput = {
  /** The requesting State’s reference, which the requested State quotes. */
  caseRef: string;
  executedOn?: string | null | undefined;
  kind: CooperationKind;
  legalBasis: LegalBasis;
  /** One of: organized-crime, trafficking-in-persons, smuggling-of-migrants, firearms, drug-trafficking, money-laundering, corruption, cybercrime, other. */
  offence: string;
  outcome: CooperationOutcome;
  refusalGround?: RefusalGround | null | undefined;
  /** The State reporting it: the requesting or the requested one. */
  reportedByStateIso3: string;
  requestedStateIso3: string;
  requestingStateIso3: string;
  sentOn: string;
};

/** YEAR: the year sent. REGION: the requested State’s M49 region (where the request is executed). */
export type CooperationDimension =
  | 'KIND'
  | 'LEGAL_BASIS'
  | 'OFFENCE'
  | 'OUTCOME'
  | 'REFUSAL_GROUND'
  | 'REGION'
  | 'REQUESTED_STATE'
  | 'REQUESTING_STATE'
  | 'YEAR';

/** Which requests (all given conditions hold). */
export type CooperationFilter = {
  kind?: CooperationKind | null | undefined;
  legalBasis?: LegalBasis | null | undefined;
  offence?: string | null | undefined;
  outcome?: CooperationOutcome | null | undefined;
  /** Requests received by States of this M49 region. */
  region?: string | null | undefined;
  /** Requests this State made or received. */
  stateIso3?: string | null | undefined;
  /** Years sent. */
  years?: Array<number> | null | undefined;
};

export type CooperationImportOutcome =
  /** The same request (matching rule: cooperationMatchKey) was already there, reported by either State. */
  | 'ALREADY_REPORTED'
  /** The line was recorded as `caseId`. */
  | 'RECORDED'
  /** Nothing was recorded from the line: `problems` says why, each with its column. */
  | 'REFUSED'
  /** Dry run: the line is valid and would be recorded (or matched). */
  | 'WOULD_RECORD';

export type CooperationKind =
  | 'EXTRADITION'
  | 'MUTUAL_LEGAL_ASSISTANCE';

export type CooperationOutcome =
  | 'EXECUTED'
  | 'PARTLY_EXECUTED'
  | 'PENDING'
  | 'REFUSED';

/** ORIGINAL costing, or a REVISED one that replaces it. */
export type CostBasis =
  | 'ORIGINAL'
  | 'REVISED';

export type CostCategory =
  | 'CONSULTANTS'
  | 'EQUIPMENT'
  | 'MEETINGS'
  | 'OTHER'
  | 'PUBLICATIONS'
  | 'STAFF'
  | 'TRAVEL';

export type CostLineInput = {
  /** US dollars, e.g. "45000.00"; at most two decimals. */
  amount: string;
  category: CostCategory;
  year: number;
};

export type CreateActivityInput = {
  activityType: ActivityType;
  /** M49 codes of the areas it benefits: regions, sub-regions, intermediate regions, or "001" (global). By default, the areas beneficiaryRegions names. */
  beneficiaryAreas?: Array<string> | null | undefined;
  /** How the activity words its regions. Left empty while beneficiaryAreas is given, the regions are named as M49 names the codes. */
  beneficiaryRegions?: Array<string>;
  beneficiaryStates?: Array<string>;
  /** The CURRENT activities this proposal builds on. */
  buildsOnIds?: Array<string | number>;
  /** e.g. "IV.B.5-6". */
  code: string;
  description?: string;
  endsOn?: string | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  leadOfficeCode?: string | null | undefined;
  partners?: Array<string>;
  /** PROPOSED (a 2009–2011 proposal, dated within the plan) or CURRENT (under way, dated as it was). */
  phase?: ActivityPhase;
  priorityAreaCode: string;
  sourceParagraph?: string | null | undefined;
  startsOn?: string | null | undefined;
  /** e.g. "C.b". */
  subAreaCode?: string | null | undefined;
  title: string;
};

export type CreateDonorInput = {
  contact?: string | null | undefined;
  countryIso3?: string | null | undefined;
  /** MEMBER_STATE, INTERGOVERNMENTAL, FOUNDATION or PRIVATE. */
  donorType: string;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  name: string;
};

export type CreateExpertInput = {
  advisoryGroup?: boolean;
  expertise?: Array<string>;
  gender?: Gender | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  languages?: Array<string>;
  legalSystem?: LegalSystem | null | undefined;
  name: string;
  nationalityIso3?: string | null | undefined;
  organisation?: string | null | undefined;
};

export type CreateUserInput = {
  displayName: string;
  /** Required for DONOR users. */
  donorId?: string | number | null | undefined;
  email: string;
  /** Required for FIELD_OFFICE users: the office, e.g. "BKK". */
  fieldOfficeCode?: string | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  /** The first password; the person should change it after signing in. */
  password: string;
  role: Role;
};

export type CreateWorkshopInput = {
  activityId?: string | number | null | undefined;
  city: string;
  countryIso3?: string | null | undefined;
  /** MONTH, QUARTER or YEAR: startsOn is its first day and endsOn its last. */
  datePrecision?: DatePrecision;
  endsOn: string;
  fieldOfficeCode?: string | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  kind: WorkshopKind;
  languages?: Array<string>;
  organisers?: Array<string>;
  region?: string | null | undefined;
  startsOn: string;
  title: string;
};

/** How exactly the dates are known: DAY, MONTH, QUARTER or YEAR (which starts on its first day). */
export type DatePrecision =
  | 'DAY'
  | 'MONTH'
  | 'QUARTER'
  | 'YEAR';

export type DefineIndicatorInput = {
  baseline?: string | null | undefined;
  baselineYear?: number | null | undefined;
  /** Required with id: the version you read. */
  expectedVersion?: number | null | undefined;
  id?: string | number | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  /** Not from the source document (shown as illustrative). */
  illustrative?: boolean | null | undefined;
  /** Bind it to what workshop outcomes count: its actuals are then computed from them (NUMBER only). */
  measure?: OutcomeMeasure | null | undefined;
  /** Required for a new indicator: its result. */
  resultId?: string | number | null | undefined;
  target?: string | null | undefined;
  targetYear?: number | null | undefined;
  title: string;
  unit: IndicatorUnit;
};

export type DefineResultInput = {
  /** Required for a new result: its activity. */
  activityId?: string | number | null | undefined;
  /** Required with id: the version you read. */
  expectedVersion?: number | null | undefined;
  /** The result to change; none to add one. */
  id?: string | number | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  title: string;
  type: ResultType;
};

/** PLANNED → IN_DELIVERY → COMPLETED; PLANNED or IN_DELIVERY → CANCELLED; CANCELLED → PLANNED. */
export type DeliveryStatus =
  | 'CANCELLED'
  | 'COMPLETED'
  | 'IN_DELIVERY'
  | 'PLANNED';

export type DonorPrioritiesInput = {
  /** Instrument codes as requests name them, e.g. ["UNTOC", "TIP"]. */
  instrumentCodes: Array<string>;
  /** UN M49 area codes (regions, sub-regions), e.g. ["002", "034"]. */
  m49Areas: Array<string>;
  /** Priority area codes, e.g. ["C"]. */
  priorityAreaCodes: Array<string>;
};

/** IATI earmarking categories 1–4: none, a priority area, an activity, an activity and its years. */
export type Earmarking =
  | 'EARMARKED'
  | 'SOFTLY_EARMARKED'
  | 'TIGHTLY_EARMARKED'
  | 'UNEARMARKED';

export type ExpertFilter = {
  advisoryGroup?: boolean | null | undefined;
  /** Experts in any of these topics. */
  expertise?: Array<string> | null | undefined;
  /** With freeTo: only experts not booked on any of these days. */
  freeFrom?: string | null | undefined;
  freeTo?: string | null | undefined;
  /** Experts who speak any of these languages. */
  languages?: Array<string> | null | undefined;
  nationalityIso3?: string | null | undefined;
  /** Experts whose nationality is in this UN M49 region or sub-region. */
  region?: string | null | undefined;
  search?: string | null | undefined;
};

export type FollowUpInput = {
  description?: string | null | undefined;
  kind: AssistanceKind;
  /** By default the usual area of the kind. */
  priorityAreaCode?: string | null | undefined;
  /** A State that took part in the workshop. */
  stateIso3: string;
  topics: Array<string>;
};

/** A contribution recorded; pledged, committed or paid (changed); an intention withdrawn; money allocated to an activity or taken back. */
export type FundingEventKind =
  | 'ALLOCATED'
  | 'CONTRIBUTION_CHANGED'
  | 'CONTRIBUTION_RECORDED'
  | 'DEALLOCATED'
  | 'INTENTION_WITHDRAWN';

export type Gender =
  | 'FEMALE'
  | 'MALE'
  | 'OTHER'
  | 'UNDISCLOSED';

export type ImportColumnMappingInput = {
  /** The column as the file’s header names it. */
  column: string;
  /** The import column it holds: one of state, kind, topics, priority_area, received_on, channel, description, confidential, instruments, reference. */
  field: string;
};

/** What became of an import row (or, in a dry run, what would). */
export type ImportRowOutcome =
  /** The same row (same State and content, or same State and `reference`) was already imported — from this file or another — as `requestId`; nothing is logged again. */
  | 'ALREADY_IMPORTED'
  /** Dry run: the row would be logged, and flagged as the same need as an open request (same State, kind and a topic in common): `duplicateOfId`. */
  | 'DUPLICATE_OF'
  /** The row was logged as `requestId`. */
  | 'LOGGED'
  /** The row is not logged; `problems` lists every reason, each with its column. */
  | 'REFUSED'
  /** Dry run: the row would be logged as a new request. */
  | 'WOULD_LOG';

/** NUMBER, PERCENTAGE (0–100) or YES_NO (1 yes, 0 no). */
export type IndicatorUnit =
  | 'NUMBER'
  | 'PERCENTAGE'
  | 'YES_NO';

/** The languages the interface and reference names come in. */
export type Language =
  | 'EN'
  | 'ES'
  | 'FR';

/** What the request relied on. */
export type LegalBasis =
  | 'BILATERAL_TREATY'
  | 'CONVENTION'
  | 'OTHER_MULTILATERAL'
  | 'RECIPROCITY';

/** A legal family: common law, civil law, Islamic law, or a mix of them. */
export type LegalSystem =
  | 'CIVIL_LAW'
  | 'COMMON_LAW'
  | 'ISLAMIC_LAW'
  | 'MIXED';

/** Which laws: a full-text search (in English, French and Spanish), a State, an instrument, a language. */
export type LegislationFilter = {
  instrumentCode?: string | null | undefined;
  /** en, fr or es. */
  language?: string | null | undefined;
  /** Words of the title or summary, in any of the three languages. */
  search?: string | null | undefined;
  stateIso3?: string | null | undefined;
};

export type LogAssistanceRequestInput = {
  /** One of: questionnaire, checklist, field-office, workshop, letter, other. */
  channel: string;
  /** Hide the description and reasons from those outside its scope (e.g. witness protection). */
  confidential?: boolean | null | undefined;
  /** What the State asked for, in its words or a summary. */
  description: string;
  /** The field office that received it; by default the office covering the State. */
  fieldOfficeCode?: string | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and the request is logged once: the answer is the request first logged. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  /** Instrument codes: UNTOC, TIP, SOM, FIREARMS, UNCAC. */
  instruments?: Array<string> | null | undefined;
  kind: AssistanceKind;
  /** A to E (para. 2). */
  priorityAreaCode: string;
  receivedOn: string;
  /** ISO 3166-1 alpha-3 code of the requesting State, e.g. "SEN". */
  stateIso3: string;
  /** Topic slugs; see the `topics` query. */
  topics: Array<string>;
};

export type MergeAssistanceRequestsInput = {
  /** The request that stays. */
  keepId: string | number;
  keepVersion: number;
  /** The duplicate: its history moves to the kept request and it is withdrawn. */
  mergeId: string | number;
  mergeVersion: number;
  reason: string;
};

/** E-mail each notification at once, or one digest a day. */
export type NotificationDelivery =
  | 'DAILY_DIGEST'
  | 'IMMEDIATE';

/** What a person can be told of: a field office of its requests accepted, declined, linked, planned or delivered; the secretariat of requests logged, possible duplicates, contributions and intentions recorded; a donor of its money allocated. */
export type NotificationEvent =
  | 'CONTRIBUTION_RECORDED'
  | 'DUPLICATE_FLAGGED'
  | 'FUNDED_ACTIVITY_DELIVERED'
  | 'INTENTION_RECORDED'
  | 'MONEY_ALLOCATED'
  | 'OUTCOME_FOLLOW_UPS'
  | 'REQUEST_ACCEPTED'
  | 'REQUEST_DECLINED'
  | 'REQUEST_DELIVERED'
  | 'REQUEST_LINKED'
  | 'REQUEST_LOGGED'
  | 'REQUEST_PLANNED';

export type NotificationLanguage =
  | 'EN'
  | 'ES'
  | 'FR';

export type NotificationPreferencesInput = {
  delivery: NotificationDelivery;
  /** E-mails besides the inbox. */
  email: boolean;
  /** The events to be told of; the others are switched off. */
  enabled: Array<NotificationEvent>;
  language: NotificationLanguage;
};

export type OrderDirection =
  | 'ASC'
  | 'DESC';

export type OrganisationFilter = {
  /** Part of the name or acronym. */
  search?: string | null | undefined;
  type?: OrganisationType | null | undefined;
};

export type OrganisationInput = {
  acronym?: string | null | undefined;
  /** IATI organisation identifier, e.g. "XM-DAC-41114". */
  iatiRef?: string | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. Only on createOrganisation; updateOrganisation refuses it (edits are guarded by their version). */
  idempotencyKey?: string | null | undefined;
  name: string;
  type: OrganisationType;
};

/** IATI organisation types (typeCode gives the IATI code, e.g. MULTILATERAL = 40). */
export type OrganisationType =
  | 'ACADEMIC'
  | 'FOUNDATION'
  | 'GOVERNMENT'
  | 'INTERNATIONAL_NGO'
  | 'MULTILATERAL'
  | 'NATIONAL_NGO'
  | 'OTHER'
  | 'OTHER_PUBLIC_SECTOR'
  | 'PRIVATE_SECTOR'
  | 'PUBLIC_PRIVATE_PARTNERSHIP'
  | 'REGIONAL_NGO';

/** What a workshop outcome counts (checklists completed, States updated, cases progressed, participants, women among them) that an indicator may be bound to. */
export type OutcomeMeasure =
  | 'CASES_PROGRESSED'
  | 'CHECKLISTS_COMPLETED'
  | 'PARTICIPANTS'
  | 'STATES_UPDATED'
  | 'WOMEN';

export type ParticipantInput = {
  participants?: number | null | undefined;
  stateIso3: string;
  women?: number | null | undefined;
};

/** One organisation’s role on an activity. */
export type ParticipationInput = {
  organisationId: string | number;
  role: ParticipationRole;
};

/** IATI participating-org roles: FUNDING 1, ACCOUNTABLE 2, EXTENDING 3, IMPLEMENTING 4. */
export type ParticipationRole =
  | 'ACCOUNTABLE'
  | 'EXTENDING'
  | 'FUNDING'
  | 'IMPLEMENTING';

export type ProposalStatus =
  | 'CONFIRMED'
  | 'PENDING'
  | 'REJECTED';

/** A new version of a reporting cycle’s questionnaire, replacing the current one. */
export type PublishQuestionnaireVersionInput = {
  cycleId: string | number;
  /** The cycle’s `questionnaireVersion` you read: publishing is refused (CONFLICT) once another was published. */
  expectedVersion: number;
  /** Every question of the new version, in order. */
  questions: Array<QuestionnaireQuestionInput>;
};

/** One question of the new version. Its `code` carries answers across versions: keep a question’s code when you reword it, give a new code to a new question. */
export type QuestionnaireQuestionInput = {
  /** e.g. "art. 5". */
  article: string;
  /** e.g. "UNTOC-5": capitals, digits, ".", "_" or "-". */
  code: string;
  /** The wording is illustrative (the demo’s), not the Conference’s. Default false. */
  illustrative?: boolean | null | undefined;
  /** One of the cycle’s instruments (e.g. UNTOC). */
  instrumentCode: string;
  sectionEn: string;
  sectionEs: string;
  sectionFr: string;
  textEn: string;
  textEs: string;
  textFr: string;
};

export type RecordContributionInput = {
  /** Earmarked to this activity. */
  activityId?: string | number | null | undefined;
  /** Required when the stage is COMMITTED or PAID: the signed agreement. */
  agreementRef?: string | null | undefined;
  /** As given, in its currency, e.g. "250000.00". */
  amount: string;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** When it was pledged, committed or paid: not in the future. */
  date: string;
  donorId: string | number;
  /** By default from activityId / priorityAreaCode. */
  earmarking?: Earmarking | null | undefined;
  /** Send the same key again (a retry, a double click) and it is recorded once. */
  idempotencyKey?: string | null | undefined;
  /** Softly earmarked to this priority area. */
  priorityAreaCode?: string | null | undefined;
  stage?: ContributionStage;
  yearsCovered?: Array<number> | null | undefined;
};

export type RecordExpenditureInput = {
  activityId: string | number;
  /** The allocation it spends (of this activity and year). */
  allocationId?: string | number | null | undefined;
  /** In its currency, e.g. "12500.00". */
  amount: string;
  /** Spent beyond what was allocated, on purpose: needs beyondAllocationReason. */
  beyondAllocation?: boolean | null | undefined;
  beyondAllocationReason?: string | null | undefined;
  category: CostCategory;
  /** ISO 4217 code, e.g. "EUR"; other than USD needs the rate of spentOn (setExchangeRate). */
  currency: string;
  description?: string | null | undefined;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  /** Money transferred to one of the activity’s implementing partners (a disbursement): that organisation. */
  paidToOrganisationId?: string | number | null | undefined;
  /** When it was spent: not in the future. */
  spentOn: string;
  /** The programme year the money was spent for. */
  year: number;
};

export type RecordIndicatorActualInput = {
  /** The indicator’s version you read. */
  expectedVersion: number;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. Sent again after a lost answer, it answers the indicator without checking expectedVersion again. */
  idempotencyKey?: string | null | undefined;
  indicatorId: string | number;
  note?: string | null | undefined;
  source: ActualSource;
  /** What the source is: a report’s symbol, a State’s note verbale, a workshop outcome’s id. */
  sourceRef: string;
  value: string;
  year: number;
};

export type RefusalGround =
  | 'DUAL_CRIMINALITY'
  | 'FORMAL_REQUIREMENTS'
  | 'INSUFFICIENT_INFORMATION'
  | 'NATIONALITY'
  | 'OTHER'
  | 'POLITICAL_OFFENCE'
  | 'PROSECUTION_PENDING'
  | 'SOVEREIGNTY_OR_SECURITY';

export type ReportFilter = {
  /** The donor of a DONOR_STATEMENT (a donor: its own, the default). */
  donorId?: string | number | null | undefined;
  /** Only this priority area, by code (e.g. "B"). */
  priorityAreaCode?: string | null | undefined;
  /** The State of a STATE_PROFILE, by ISO 3166 alpha-3 code. */
  stateIso3?: string | null | undefined;
  /** Only these years of the programme (e.g. [2010, 2011]). */
  years?: Array<number> | null | undefined;
};

/** CSV (FUNDING_GAPS, ASSISTANCE_REQUESTS), XML (IATI_ACTIVITIES), XLSX and PDF (FUNDING_GAPS and the four reports people open). */
export type ReportFormat =
  | 'CSV'
  | 'PDF'
  | 'XLSX'
  | 'XML';

/** FUNDING_GAPS: cost, pledged, committed, paid and gap per activity and year (XLSX and PDF: also by area and year and by region, with money in hand). ASSISTANCE_REQUESTS: every request. IATI_ACTIVITIES: the programme as IATI 2.03 activity XML. DONOR_STATEMENT: one donor’s contributions, payments, allocations, what its money delivered and results. PROGRAMME_PLAN: activities by priority area with paragraph, beneficiaries, original and revised cost per year, funded, spent, gap and status. STATE_PROFILE: a State’s requests, activities, workshops, experts and results. CONFERENCE_REPORT: the programme’s delivery and results by priority area, needs received and answered. */
export type ReportKind =
  | 'ASSISTANCE_REQUESTS'
  | 'CONFERENCE_REPORT'
  | 'DONOR_STATEMENT'
  | 'FUNDING_GAPS'
  | 'IATI_ACTIVITIES'
  | 'PROGRAMME_PLAN'
  | 'STATE_PROFILE';

export type ReportOptionsInput = {
  /** Only the money of this donor (funding reports). */
  donorId?: string | number | null | undefined;
  /** The language of the names written beside the codes (State, priority area). Default EN. */
  language?: Language | null | undefined;
  /** Only activities of these phases (the IATI export): CURRENT work, PROPOSED activities, or both (default). */
  phases?: Array<ActivityPhase> | null | undefined;
  /** Only these priority areas, by code (e.g. ["B"]). */
  priorityAreaCodes?: Array<string> | null | undefined;
  /** Only these years of the programme (e.g. [2010, 2011]). */
  years?: Array<number> | null | undefined;
};

/** Where a request stands in the workflow. */
export type RequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'FULFILLED'
  | 'IN_DELIVERY'
  | 'PLANNED'
  | 'RECEIVED'
  | 'UNDER_REVIEW'
  | 'WITHDRAWN';

/** OUTPUT or OUTCOME (IATI result types 1 and 2). */
export type ResultType =
  | 'OUTCOME'
  | 'OUTPUT';

/** ADMIN: users and reference data too. SECRETARIAT: the whole programme. FIELD_OFFICE: its States. DONOR: its own data and the gaps. VIEWER: reads all but confidential fields. */
export type Role =
  | 'ADMIN'
  | 'DONOR'
  | 'FIELD_OFFICE'
  | 'SECRETARIAT'
  | 'VIEWER';

export type SaveImportMappingTemplateInput = {
  mapping: Array<ImportColumnMappingInput>;
  /** Its name; saving under a name of yours again replaces that template. */
  name: string;
  /** Share it with everyone who imports (the secretariat only). */
  shared?: boolean | null | undefined;
};

export type SetCostLinesInput = {
  activityId: string | number;
  /** The lines replace all lines of this basis. */
  basis: CostBasis;
  expectedVersion: number;
  lines: Array<CostLineInput>;
  /** The date of the rates the costing used. */
  rateDate: string;
};

export type SetDeliveryStatusInput = {
  activityId: string | number;
  /** When delivery completed: needed to move to COMPLETED. */
  completedOn?: string | null | undefined;
  /** The activity’s version you read. */
  expectedVersion: number;
  /** Send the same key again (a retry, a double click, a queued offline submission) and it is created once: the answer is what was first created. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. Sent again after a lost answer, it answers the activity without moving it again. */
  idempotencyKey?: string | null | undefined;
  reason?: string | null | undefined;
  /** When delivery started: needed to move to IN_DELIVERY (kept after), not in the future. */
  startedOn?: string | null | undefined;
  to: DeliveryStatus;
};

/** A State’s checklist in a cycle: saved as a draft (submit: false, status IN_PROGRESS) or submitted (SUBMITTED; UPDATED when it was submitted before). Answers given replace those to the same questions. */
export type SubmitChecklistInput = {
  answers: Array<ChecklistAnswerInput>;
  cycleId: string | number;
  /** The entry’s version you read (null for a State’s first save in the cycle). */
  expectedVersion?: number | null | undefined;
  /** Who in the State coordinates its reporting. */
  focalPoint?: string | null | undefined;
  idempotencyKey?: string | null | undefined;
  stateIso3: string;
  /** true: submit; false: keep as a draft. */
  submit: boolean;
};

/** SIGNATORY: signed, not (yet) bound. PARTY: bound by ratification, accession, acceptance, approval or succession. */
export type TreatyParticipation =
  | 'PARTY'
  | 'SIGNATORY';

/** A State’s standing under one instrument (the rules: treatyStatusProblems in @ta/domain). */
export type TreatyStatusInput = {
  consentKind?: ConsentKind | null | undefined;
  consentOn?: string | null | undefined;
  reservations?: string | null | undefined;
  signedOn?: string | null | undefined;
  /** Where the status comes from (e.g. the depositary notification). */
  source?: string | null | undefined;
  status: TreatyParticipation;
};

export type UpdateActivityInput = {
  /** M49 codes of the areas it benefits: regions, sub-regions, intermediate regions, or "001" (global). By default, the areas beneficiaryRegions names. */
  beneficiaryAreas?: Array<string> | null | undefined;
  /** How the activity words its regions. Left out while beneficiaryAreas is given, it follows the codes: the wording of codes still chosen is kept, the others are named as M49 names them. */
  beneficiaryRegions?: Array<string> | null | undefined;
  beneficiaryStates?: Array<string> | null | undefined;
  description?: string | null | undefined;
  /** Absent: unchanged; null: no end date any more. */
  endsOn?: string | null | undefined;
  partners?: Array<string> | null | undefined;
  /** Absent: unchanged; null: no start date any more. */
  startsOn?: string | null | undefined;
  title?: string | null | undefined;
  /** The title in Spanish, as titleFr: absent keeps it, null clears it. */
  titleEs?: string | null | undefined;
  /** The title in French (a translation made for this tool). Absent: unchanged, even when the English title changes; null: none (the English stands in for it). */
  titleFr?: string | null | undefined;
};

export type UpdateAssistanceRequestInput = {
  /** One of: questionnaire, checklist, field-office, workshop, letter, other. */
  channel?: string | null | undefined;
  /** What the State asked for, in its words or a summary. */
  description?: string | null | undefined;
  /** The field office that received it; by default the office covering the State. */
  fieldOfficeCode?: string | null | undefined;
  /** Instrument codes: UNTOC, TIP, SOM, FIREARMS, UNCAC. */
  instruments?: Array<string> | null | undefined;
  kind?: AssistanceKind | null | undefined;
  /** A to E (para. 2). */
  priorityAreaCode?: string | null | undefined;
  receivedOn?: string | null | undefined;
  /** ISO 3166-1 alpha-3 code of the requesting State, e.g. "SEN". */
  stateIso3?: string | null | undefined;
  /** Topic slugs; see the `topics` query. */
  topics?: Array<string> | null | undefined;
};

export type UpdateDonorProfileInput = {
  /** Secretariat only. */
  confidentialNotes?: string | null | undefined;
  /** Who to write to at the donor. */
  contact?: string | null | undefined;
  name?: string | null | undefined;
  namedPublicly?: boolean | null | undefined;
};

export type UpdateUserInput = {
  displayName?: string | null | undefined;
  donorId?: string | number | null | undefined;
  fieldOfficeCode?: string | null | undefined;
  role?: Role | null | undefined;
};

export type UserFilter = {
  active?: boolean | null | undefined;
  role?: Array<Role> | null | undefined;
  /** Part of the email or name. */
  search?: string | null | undefined;
};

/** A prospective contribution: what whatIfPledge fills the gaps with, recording nothing. */
export type WhatIfPledgeInput = {
  /** Earmarked to this activity. */
  activityId?: string | number | null | undefined;
  /** As given, in its currency, e.g. "250000.00". */
  amount: string;
  /** ISO 4217 code, e.g. "EUR". */
  currency: string;
  /** The date whose exchange rate values it. */
  date: string;
  donorId: string | number;
  /** By default from activityId / priorityAreaCode. */
  earmarking?: Earmarking | null | undefined;
  /** Softly earmarked to this priority area. */
  priorityAreaCode?: string | null | undefined;
  yearsCovered?: Array<number> | null | undefined;
};

export type WorkshopKind =
  | 'ADVISORY_GROUP_MEETING'
  | 'EXPERT_GROUP_MEETING'
  | 'INTERGOVERNMENTAL_SESSION'
  | 'NATIONAL_TRAINING'
  | 'REGIONAL_WORKSHOP'
  | 'STUDY_TOUR';

export type WorkshopOutcomeInput = {
  casesProgressed?: number | null | undefined;
  checklistsCompleted?: number | null | undefined;
  conclusions?: string;
  /** Each becomes an assistance request with channel "workshop". */
  followUps?: Array<FollowUpInput>;
  /** Send the same key again (a retry, a queued offline submission) and the outcome is recorded once, its follow-ups logged once. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -. */
  idempotencyKey?: string | null | undefined;
  /** Who came; replaces the list when given. */
  participants?: Array<ParticipantInput> | null | undefined;
  statesUpdated?: number | null | undefined;
};

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { me: { __typename: 'User', id: string, email: string, displayName: string, role: Role, mustChangePassword: boolean | null, actableStates: Array<string> | null, fieldOffice: { __typename: 'FieldOffice', code: string, name: string, states: Array<{ __typename: 'State', iso3: string }> } | null, donor: { __typename: 'Donor', id: string, name: string } | null, can: { __typename: 'UserCapabilities', readRequests: boolean, logRequests: boolean, moveRequests: boolean, mergeRequests: boolean, importRequests: boolean, countRequestsByState: boolean, editProgramme: boolean, recordWorkshopOutcomes: boolean, manageFunding: boolean, recordIntentions: boolean, editDonorProfile: boolean, editDonorPriorities: boolean, readHistory: boolean, manageUsers: boolean, requestRequestsReport: boolean, editAuthorities: boolean, proposeAuthorityChanges: boolean, enterChecklists: boolean, acceptChecklistNeeds: boolean, publishQuestionnaires: boolean, editLegislation: boolean, recordCooperation: boolean, editTreaties: boolean } } | null };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
}>;


export type LoginMutation = { login: { __typename: 'AuthPayload', expiresAt: string, user: { __typename: 'User', id: string, email: string, displayName: string, role: Role, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null } } };

export type LogoutMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutMutation = { logout: boolean };

export type UserRowFragment = { __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null };

export type UsersQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type UsersQuery = { users: { __typename: 'UserConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null }> } };

export type UserScopeOptionsQueryVariables = Exact<{ [key: string]: never; }>;


export type UserScopeOptionsQuery = { fieldOffices: Array<{ __typename: 'FieldOffice', code: string, name: string, city: string }>, donors: Array<{ __typename: 'Donor', id: string, name: string }> };

export type CreateUserMutationVariables = Exact<{
  input: CreateUserInput;
}>;


export type CreateUserMutation = { createUser: { __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null } };

export type UpdateUserMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateUserInput;
}>;


export type UpdateUserMutation = { updateUser: { __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null } };

export type DeactivateUserMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type DeactivateUserMutation = { deactivateUser: { __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null } };

export type ReactivateUserMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type ReactivateUserMutation = { reactivateUser: { __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null } };

export type ResetUserPasswordMutationVariables = Exact<{
  userId: string | number;
  newPassword: string;
  expectedVersion: number;
}>;


export type ResetUserPasswordMutation = { resetUserPassword: { __typename: 'User', id: string, email: string, displayName: string, role: Role, active: boolean, mustChangePassword: boolean | null, version: number, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, donor: { __typename: 'Donor', id: string, name: string } | null } };

export type ChangePasswordMutationVariables = Exact<{
  currentPassword: string;
  newPassword: string;
}>;


export type ChangePasswordMutation = { changePassword: boolean };

export type AuditLogQueryVariables = Exact<{
  entityType: string;
  entityId: string;
  after?: string | null | undefined;
}>;


export type AuditLogQuery = { auditLog: { __typename: 'AuditEntryConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'AuditEntry', id: string, at: string, action: string, actorLabel: string, before: unknown, after: unknown }> } };

export type AuthorityFieldsFragment = { __typename: 'CompetentAuthority', id: string, version: number, stateIso3: string, instrumentCode: string, kind: AuthorityKind, name: string, address: string | null, phone: string | null, email: string | null, languages: Array<string>, channels: Array<AuthorityChannel>, legalRequirements: string | null, timeLimits: string | null, lastConfirmedOn: string | null, illustrative: boolean };

export type AuthoritiesQueryVariables = Exact<{
  filter?: AuthorityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AuthoritiesQuery = { authorities: { __typename: 'CompetentAuthorityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'CompetentAuthority', id: string, version: number, stateIso3: string, instrumentCode: string, kind: AuthorityKind, name: string, address: string | null, phone: string | null, email: string | null, languages: Array<string>, channels: Array<AuthorityChannel>, legalRequirements: string | null, timeLimits: string | null, lastConfirmedOn: string | null, illustrative: boolean }> } };

export type AuthorityProposalsQueryVariables = Exact<{
  filter?: AuthorityProposalFilter | null | undefined;
  first?: number | null | undefined;
}>;


export type AuthorityProposalsQuery = { authorityProposals: { __typename: 'AuthorityProposalConnection', totalCount: number, nodes: Array<{ __typename: 'AuthorityProposal', id: string, version: number, authorityId: string | null, stateIso3: string, status: ProposalStatus, note: string | null, proposedAt: string, decidedAt: string | null, decisionReason: string | null, proposed: { __typename: 'AuthorityDraft', stateIso3: string, instrumentCode: string, kind: AuthorityKind, name: string, address: string | null, phone: string | null, email: string | null, languages: Array<string>, channels: Array<AuthorityChannel>, legalRequirements: string | null, timeLimits: string | null, lastConfirmedOn: string | null } }> } };

export type UpdateAuthorityMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: AuthorityInput;
}>;


export type UpdateAuthorityMutation = { updateAuthority: { __typename: 'CompetentAuthority', id: string, version: number, stateIso3: string, instrumentCode: string, kind: AuthorityKind, name: string, address: string | null, phone: string | null, email: string | null, languages: Array<string>, channels: Array<AuthorityChannel>, legalRequirements: string | null, timeLimits: string | null, lastConfirmedOn: string | null, illustrative: boolean } };

export type ProposeAuthorityChangeMutationVariables = Exact<{
  authorityId?: string | number | null | undefined;
  input: AuthorityInput;
  note?: string | null | undefined;
}>;


export type ProposeAuthorityChangeMutation = { proposeAuthorityChange: { __typename: 'AuthorityProposal', id: string, status: ProposalStatus } };

export type DecideAuthorityProposalMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  confirm: boolean;
  reason?: string | null | undefined;
}>;


export type DecideAuthorityProposalMutation = { decideAuthorityProposal: { __typename: 'AuthorityProposal', id: string, status: ProposalStatus, authorityId: string | null } };

export type ReportingCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportingCyclesQuery = { reportingCycles: Array<{ __typename: 'ReportingCycle', id: string, name: string, openedBy: string, openedYear: number, instruments: Array<string> }> };

export type CycleReportingQueryVariables = Exact<{
  id: string | number;
}>;


export type CycleReportingQuery = { reportingCycle: { __typename: 'ReportingCycle', id: string, name: string, openedBy: string, openedYear: number, instruments: Array<string>, sourceParagraph: string | null, questionnaireVersion: number, reportedCounts: Array<{ __typename: 'ReportedCount', region: string, states: number, submitted: number, updated: number, inProgress: number, notReported: number }>, reportedByState: Array<{ __typename: 'StateReporting', stateIso3: string, region: string, status: ChecklistStatus, submittedOn: string | null }> } };

export type ChecklistCycleFieldsFragment = { __typename: 'ReportingCycle', id: string, name: string, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }>, answersByState: Array<{ __typename: 'ChecklistEntry', id: string, stateIso3: string, status: ChecklistStatus, submittedOn: string | null, focalPoint: string | null, version: number, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }>, answers: Array<{ __typename: 'ChecklistAnswer', id: string, questionId: string, answer: ChecklistAnswerValue | null, comment: string | null, needsAssistance: boolean, assistanceKind: AssistanceKind | null, assistanceTopics: Array<string>, requestId: string | null, version: number }> }> };

export type ChecklistQueryVariables = Exact<{
  id: string | number;
  iso3: string;
  lang: Language;
}>;


export type ChecklistQuery = { reportingCycle: { __typename: 'ReportingCycle', id: string, name: string, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }>, answersByState: Array<{ __typename: 'ChecklistEntry', id: string, stateIso3: string, status: ChecklistStatus, submittedOn: string | null, focalPoint: string | null, version: number, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }>, answers: Array<{ __typename: 'ChecklistAnswer', id: string, questionId: string, answer: ChecklistAnswerValue | null, comment: string | null, needsAssistance: boolean, assistanceKind: AssistanceKind | null, assistanceTopics: Array<string>, requestId: string | null, version: number }> }> } };

export type ChecklistNowQueryVariables = Exact<{
  id: string | number;
  iso3: string;
  lang: Language;
}>;


export type ChecklistNowQuery = { reportingCycle: { __typename: 'ReportingCycle', id: string, name: string, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }>, answersByState: Array<{ __typename: 'ChecklistEntry', id: string, stateIso3: string, status: ChecklistStatus, submittedOn: string | null, focalPoint: string | null, version: number, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }>, answers: Array<{ __typename: 'ChecklistAnswer', id: string, questionId: string, answer: ChecklistAnswerValue | null, comment: string | null, needsAssistance: boolean, assistanceKind: AssistanceKind | null, assistanceTopics: Array<string>, requestId: string | null, version: number }> }> } };

export type ChecklistQuestionsOfVersionQueryVariables = Exact<{
  id: string | number;
  version: number;
  lang: Language;
}>;


export type ChecklistQuestionsOfVersionQuery = { reportingCycle: { __typename: 'ReportingCycle', id: string, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string }> } };

export type ChecklistQuestionFieldsFragment = { __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, section: string, text: string };

export type ChecklistEntryFieldsFragment = { __typename: 'ChecklistEntry', id: string, stateIso3: string, status: ChecklistStatus, submittedOn: string | null, focalPoint: string | null, version: number, questionnaireVersion: number, answers: Array<{ __typename: 'ChecklistAnswer', id: string, questionId: string, answer: ChecklistAnswerValue | null, comment: string | null, needsAssistance: boolean, assistanceKind: AssistanceKind | null, assistanceTopics: Array<string>, requestId: string | null, version: number }> };

export type SubmitChecklistMutationVariables = Exact<{
  input: SubmitChecklistInput;
}>;


export type SubmitChecklistMutation = { submitChecklist: { __typename: 'ChecklistEntry', id: string, stateIso3: string, status: ChecklistStatus, submittedOn: string | null, focalPoint: string | null, version: number, questionnaireVersion: number, answers: Array<{ __typename: 'ChecklistAnswer', id: string, questionId: string, answer: ChecklistAnswerValue | null, comment: string | null, needsAssistance: boolean, assistanceKind: AssistanceKind | null, assistanceTopics: Array<string>, requestId: string | null, version: number }> } };

export type AcceptChecklistNeedMutationVariables = Exact<{
  answerId: string | number;
}>;


export type AcceptChecklistNeedMutation = { acceptChecklistNeed: { __typename: 'ChecklistAnswer', id: string, requestId: string | null, version: number } };

export type QuestionnaireQueryVariables = Exact<{
  id: string | number;
}>;


export type QuestionnaireQuery = { reportingCycle: { __typename: 'ReportingCycle', id: string, instruments: Array<string>, questionnaireVersion: number, questions: Array<{ __typename: 'ChecklistQuestion', id: string, code: string, instrumentCode: string, article: string, illustrative: boolean, sectionEn: string, sectionFr: string, sectionEs: string, textEn: string, textFr: string, textEs: string }> } };

export type PublishQuestionnaireVersionMutationVariables = Exact<{
  input: PublishQuestionnaireVersionInput;
}>;


export type PublishQuestionnaireVersionMutation = { publishQuestionnaireVersion: { __typename: 'ReportingCycle', id: string, questionnaireVersion: number } };

export type CooperationStatisticsQueryVariables = Exact<{
  groupBy: Array<CooperationDimension> | CooperationDimension;
  filter?: CooperationFilter | null | undefined;
}>;


export type CooperationStatisticsQuery = { cooperationStatistics: Array<{ __typename: 'CooperationStatisticsRow', year: number | null, region: string | null, requestingStateIso3: string | null, requestedStateIso3: string | null, offence: string | null, legalBasis: LegalBasis | null, outcome: CooperationOutcome | null, kind: CooperationKind | null, refusalGround: RefusalGround | null, requests: number, refusals: number, medianDaysToExecute: number | null }> };

export type RecordCooperationCaseMutationVariables = Exact<{
  input: CooperationCaseInput;
}>;


export type RecordCooperationCaseMutation = { recordCooperationCase: { __typename: 'CooperationCaseRecorded', alreadyReported: boolean, case: { __typename: 'CooperationCase', id: string, reportedByBoth: boolean, outcome: CooperationOutcome } } };

export type ImportCooperationCasesMutationVariables = Exact<{
  fileName: string;
  content?: string | null | undefined;
  csv?: string | null | undefined;
  dryRun?: boolean | null | undefined;
}>;


export type ImportCooperationCasesMutation = { importCooperationCases: { __typename: 'CooperationImport', dryRun: boolean, recorded: number, alreadyReported: number, refused: number, rows: Array<{ __typename: 'CooperationImportRow', line: number, outcome: CooperationImportOutcome, caseId: string | null, problems: Array<{ __typename: 'CooperationImportProblem', column: string | null, message: string }> }> } };

export type DashboardQueryVariables = Exact<{
  lang: Language;
  byState: boolean;
}>;


export type DashboardQuery = { openTotal: Array<{ __typename: 'RequestCount', count: number }>, openStates?: Array<{ __typename: 'RequestCount', count: number, state: { __typename: 'State', iso3: string } | null }>, openByAreaStatus: Array<{ __typename: 'RequestCount', count: number, status: RequestStatus | null, priorityArea: { __typename: 'PriorityArea', code: string, title: string } | null }>, openByKind: Array<{ __typename: 'RequestCount', count: number, kind: AssistanceKind | null }>, openByRegion?: Array<{ __typename: 'RequestCount', count: number, region: string | null }>, activities: { __typename: 'ActivityConnection', totalCount: number }, programmeTotals: Array<{ __typename: 'YearCost', year: number, amount: string }>, gapsByYear: Array<{ __typename: 'FundingGapRow', year: number | null, cost: string, pledged: string, committed: string, paid: string, gap: string, available: string, overFunded: string, overFundedDeliberately: boolean, toReallocate: string }> };

export type NeedsMapQueryVariables = Exact<{
  lang: Language;
}>;


export type NeedsMapQuery = { states: Array<{ __typename: 'State', m49: string, iso3: string, name: string }>, requestCounts: Array<{ __typename: 'RequestCount', count: number, state: { __typename: 'State', iso3: string } | null }> };

export type DashboardRequestChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type DashboardRequestChangesSubscription = { assistanceRequestChanged: { __typename: 'AssistanceRequestEvent', kind: AssistanceRequestEventKind, request: { __typename: 'AssistanceRequest', id: string } } };

export type TreatyMapQueryVariables = Exact<{ [key: string]: never; }>;


export type TreatyMapQuery = { states: Array<{ __typename: 'State', iso3: string, treatyStatus: Array<{ __typename: 'TreatyStatus', instrumentCode: string, status: TreatyParticipation }> }> };

export type MapCyclesQueryVariables = Exact<{ [key: string]: never; }>;


export type MapCyclesQuery = { reportingCycles: Array<{ __typename: 'ReportingCycle', id: string, name: string }> };

export type ReportingMapQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportingMapQuery = { reportingCycle: { __typename: 'ReportingCycle', id: string, reportedByState: Array<{ __typename: 'StateReporting', stateIso3: string, status: ChecklistStatus }> } };

export type ExpertsQueryVariables = Exact<{
  filter?: ExpertFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type ExpertsQuery = { experts: { __typename: 'ExpertConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Expert', id: string, name: string, organisation: string | null, expertise: Array<string>, languages: Array<string>, advisoryGroup: boolean, available: boolean, gender: Gender | null, legalSystem: LegalSystem | null, version: number, illustrativeNote: string | null, sourceParagraph: string | null, nationality: { __typename: 'State', region: string, iso3: string, name: string } | null }> } };

export type ExpertBalanceQueryVariables = Exact<{
  withExpertIds?: Array<string | number> | string | number | null | undefined;
}>;


export type ExpertBalanceQuery = { expertBalance: Array<{ __typename: 'RegionBalance', region: string, experts: number, states: number, expertShare: number, stateShare: number, expertsWithChoice: number, expertShareWithChoice: number }>, expertLegalSystemBalance: Array<{ __typename: 'LegalSystemBalance', legalSystem: LegalSystem, experts: number, expertsWithChoice: number }> };

export type SuggestedExpertsQueryVariables = Exact<{
  requestId?: string | number | null | undefined;
  workshopId?: string | number | null | undefined;
}>;


export type SuggestedExpertsQuery = { suggestedExperts: Array<{ __typename: 'ExpertSuggestion', score: number, reasonCodes: Array<{ __typename: 'SuggestionReason', key: string, matched: number | null, total: number | null, value: string | null }>, expert: { __typename: 'Expert', id: string, name: string, organisation: string | null, legalSystem: LegalSystem | null, nationality: { __typename: 'State', iso3: string, region: string } | null } }> };

export type SuggestionNeedsQueryVariables = Exact<{
  lang: Language;
}>;


export type SuggestionNeedsQuery = { workshops: { __typename: 'WorkshopConnection', nodes: Array<{ __typename: 'Workshop', id: string, title: string, city: string, startsOn: string, endsOn: string, status: string }> }, assistanceRequests: { __typename: 'AssistanceRequestConnection', nodes: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, receivedOn: string, state: { __typename: 'State', iso3: string, name: string } }> } };

export type SetExpertLegalSystemMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  legalSystem?: LegalSystem | null | undefined;
}>;


export type SetExpertLegalSystemMutation = { updateExpert: { __typename: 'Expert', id: string, version: number, legalSystem: LegalSystem | null } };

export type CreateExpertMutationVariables = Exact<{
  input: CreateExpertInput;
}>;


export type CreateExpertMutation = { createExpert: { __typename: 'Expert', id: string, name: string } };

export type PlannedWorkshopsQueryVariables = Exact<{
  search?: string | null | undefined;
  status: string;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type PlannedWorkshopsQuery = { workshops: { __typename: 'WorkshopConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Workshop', id: string, title: string, city: string, startsOn: string, endsOn: string }> } };

export type AssignActivityOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  statuses: Array<ActivityStatus> | ActivityStatus;
  deliveryStatuses: Array<DeliveryStatus> | DeliveryStatus;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type AssignActivityOptionsQuery = { activities: { __typename: 'ActivityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Activity', id: string, code: string, title: string }> } };

export type AssignExpertOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type AssignExpertOptionsQuery = { experts: { __typename: 'ExpertConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Expert', id: string, name: string, organisation: string | null }> } };

export type AssignExpertMutationVariables = Exact<{
  input: AssignExpertInput;
}>;


export type AssignExpertMutation = { assignExpert: { __typename: 'Expert', id: string, version: number } };

export type GapAmountsFragment = { __typename: 'FundingGapRow', cost: string, pledged: string, committed: string, paid: string, gap: string, available: string, overFunded: string, overFundedDeliberately: boolean, toReallocate: string };

export type FundingOverviewQueryVariables = Exact<{
  lang: Language;
}>;


export type FundingOverviewQuery = { byArea: Array<{ __typename: 'FundingGapRow', cost: string, pledged: string, committed: string, paid: string, gap: string, available: string, overFunded: string, overFundedDeliberately: boolean, toReallocate: string, priorityArea: { __typename: 'PriorityArea', code: string, title: string } | null }>, byYear: Array<{ __typename: 'FundingGapRow', year: number | null, cost: string, pledged: string, committed: string, paid: string, gap: string, available: string, overFunded: string, overFundedDeliberately: boolean, toReallocate: string }>, byRegion: Array<{ __typename: 'FundingGapRow', region: string | null, cost: string, pledged: string, committed: string, paid: string, gap: string, available: string, overFunded: string, overFundedDeliberately: boolean, toReallocate: string }> };

export type FundingByActivityQueryVariables = Exact<{
  areas: Array<string> | string;
  lang: Language;
}>;


export type FundingByActivityQuery = { fundingGaps: Array<{ __typename: 'FundingGapRow', cost: string, pledged: string, committed: string, paid: string, gap: string, available: string, overFunded: string, overFundedDeliberately: boolean, toReallocate: string, activity: { __typename: 'Activity', status: string, illustrativeNote: string | null, id: string, code: string, title: string, unofficialTranslation: boolean } | null }> };

export type ContributionsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type ContributionsQuery = { contributions: { __typename: 'ContributionConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Contribution', id: string, date: string, amount: string, currency: string, rateToUsd: string, rateDate: string, amountUsd: string, allocatedUsd: string, unallocatedUsd: string, paidUsd: string, stage: ContributionStage, earmarking: Earmarking, agreementRef: string | null, illustrative: boolean, version: number, yearsCovered: Array<number>, donor: { __typename: 'Donor', id: string, name: string }, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean } | null, priorityArea: { __typename: 'PriorityArea', code: string, title: string } | null, allocations: Array<{ __typename: 'Allocation', id: string, year: number, amountUsd: string, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean } }>, payments: Array<{ __typename: 'Payment', paidOn: string, amount: string, amountUsd: string }>, reconciliation: { __typename: 'ContributionReconciliation', currency: string, amount: string, amountUsd: string, paid: string, paidUsd: string, allocated: string, allocatedUsd: string, unallocated: string, unallocatedUsd: string, allocations: Array<{ __typename: 'ReconciliationLine', year: number, amount: string, amountUsd: string, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean } }> } }> } };

export type DonorsQueryVariables = Exact<{ [key: string]: never; }>;


export type DonorsQuery = { donors: Array<{ __typename: 'Donor', id: string, name: string, donorType: string, contact: string | null, namedPublicly: boolean, illustrative: boolean, version: number }> };

export type UpdateDonorProfileMutationVariables = Exact<{
  id: string | number;
  input: UpdateDonorProfileInput;
  expectedVersion: number;
}>;


export type UpdateDonorProfileMutation = { updateDonorProfile: { __typename: 'Donor', id: string, name: string, contact: string | null, namedPublicly: boolean, version: number } };

export type RecordContributionMutationVariables = Exact<{
  input: RecordContributionInput;
}>;


export type RecordContributionMutation = { recordContribution: { __typename: 'Contribution', id: string, amount: string, currency: string, amountUsd: string, stage: ContributionStage } };

export type SetExchangeRateMutationVariables = Exact<{
  currency: string;
  date: string;
  rateToUsd: string;
}>;


export type SetExchangeRateMutation = { setExchangeRate: { __typename: 'ExchangeRate', currency: string, date: string, rateToUsd: string } };

export type CommitContributionMutationVariables = Exact<{
  id: string | number;
  agreementRef: string;
  expectedVersion: number;
}>;


export type CommitContributionMutation = { commitContribution: { __typename: 'Contribution', id: string, stage: ContributionStage, agreementRef: string | null, version: number } };

export type RecordContributionPaymentMutationVariables = Exact<{
  id: string | number;
  amount: string;
  paidOn: string;
  expectedVersion: number;
}>;


export type RecordContributionPaymentMutation = { recordContributionPayment: { __typename: 'Contribution', id: string, stage: ContributionStage, paidUsd: string, version: number } };

export type AllocateContributionMutationVariables = Exact<{
  input: AllocateContributionInput;
}>;


export type AllocateContributionMutation = { allocateContribution: { __typename: 'Allocation', id: string, year: number, amountUsd: string } };

export type WhatIfPledgeQueryVariables = Exact<{
  input: WhatIfPledgeInput;
  lang: Language;
}>;


export type WhatIfPledgeQuery = { whatIfPledge: Array<{ __typename: 'WhatIfRow', gapBefore: string, gapAfter: string, covered: string, priorityArea: { __typename: 'PriorityArea', code: string, title: string } | null }>, byYear: Array<{ __typename: 'WhatIfRow', year: number | null, gapBefore: string, gapAfter: string, covered: string }>, byRegion: Array<{ __typename: 'WhatIfRow', region: string | null, gapBefore: string, gapAfter: string, covered: string }> };

export type FundingMatchesQueryVariables = Exact<{
  donorId: string | number;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type FundingMatchesQuery = { fundingMatches: { __typename: 'FundingGapRowConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'FundingGapRow', year: number | null, cost: string, gap: string, available: string, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean, priorityArea: { __typename: 'PriorityArea', code: string } } | null }> } };

export type DonorPrioritiesQueryVariables = Exact<{ [key: string]: never; }>;


export type DonorPrioritiesQuery = { m49Areas: Array<{ __typename: 'M49Area', code: string, name: string, level: number, region: string | null }>, instruments: Array<{ __typename: 'Instrument', code: string, shortTitle: string }>, donors: Array<{ __typename: 'Donor', id: string, version: number, priorities: { __typename: 'DonorPriorities', priorityAreaCodes: Array<string>, m49Areas: Array<string>, instrumentCodes: Array<string> } | null }> };

export type SetDonorPrioritiesMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: DonorPrioritiesInput;
}>;


export type SetDonorPrioritiesMutation = { setDonorPriorities: { __typename: 'Donor', id: string, version: number, priorities: { __typename: 'DonorPriorities', priorityAreaCodes: Array<string>, m49Areas: Array<string>, instrumentCodes: Array<string> } | null } };

export type IntentionsQueryVariables = Exact<{
  lang: Language;
}>;


export type IntentionsQuery = { contributions: { __typename: 'ContributionConnection', totalCount: number, nodes: Array<{ __typename: 'Contribution', id: string, date: string, amount: string, currency: string, amountUsd: string, version: number, yearsCovered: Array<number>, earmarking: Earmarking, donor: { __typename: 'Donor', id: string, name: string }, priorityArea: { __typename: 'PriorityArea', code: string, title: string } | null, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean } | null }> } };

export type PledgeIntentionMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type PledgeIntentionMutation = { pledgeIntention: { __typename: 'Contribution', id: string, stage: ContributionStage, version: number } };

export type FundingChangesSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type FundingChangesSubscription = { fundingChanged: { __typename: 'FundingEvent', kind: FundingEventKind, contributionId: string } };

export type CreateDonorMutationVariables = Exact<{
  input: CreateDonorInput;
}>;


export type CreateDonorMutation = { createDonor: { __typename: 'Donor', id: string, name: string } };

export type DeallocateContributionMutationVariables = Exact<{
  allocationId: string | number;
}>;


export type DeallocateContributionMutation = { deallocateContribution: boolean };

export type WithdrawIntentionMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
}>;


export type WithdrawIntentionMutation = { withdrawIntention: boolean };

export type ImportAssistanceRequestsMutationVariables = Exact<{
  fileName: string;
  csv?: string | null | undefined;
  content?: string | null | undefined;
  dryRun?: boolean | null | undefined;
  mapping?: Array<ImportColumnMappingInput> | ImportColumnMappingInput | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type ImportAssistanceRequestsMutation = { importAssistanceRequests: { __typename: 'RequestImport', id: string, fileName: string, status: string, dryRun: boolean, progress: number, totalRows: number | null, importedRows: number, failure: string | null, createdAt: string, finishedAt: string | null, refusedRowsUrl: string | null, rows: Array<{ __typename: 'ImportRowResult', line: number, outcome: ImportRowOutcome, stateIso3: string | null, requestId: string | null, duplicateOfId: string | null, sameAsLine: number | null, problems: Array<{ __typename: 'ImportRowProblem', field: string | null, message: string }> }>, errors: Array<{ __typename: 'ImportRowError', line: number, field: string | null, message: string, problems: Array<{ __typename: 'ImportRowProblem', field: string | null, message: string }> }> } };

export type ImportMappingTemplatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ImportMappingTemplatesQuery = { importMappingTemplates: Array<{ __typename: 'ImportMappingTemplate', id: string, name: string, shared: boolean, mine: boolean, mapping: Array<{ __typename: 'ImportColumnMapping', column: string, field: string }> }> };

export type RequestImportQueryVariables = Exact<{
  id: string | number;
}>;


export type RequestImportQuery = { requestImport: { __typename: 'RequestImport', id: string, fileName: string, status: string, progress: number, totalRows: number | null, importedRows: number, failure: string | null, createdAt: string, finishedAt: string | null, refusedRowsUrl: string | null, errors: Array<{ __typename: 'ImportRowError', line: number, field: string | null, message: string, problems: Array<{ __typename: 'ImportRowProblem', field: string | null, message: string }> }> } | null };

export type SaveImportMappingTemplateMutationVariables = Exact<{
  input: SaveImportMappingTemplateInput;
}>;


export type SaveImportMappingTemplateMutation = { saveImportMappingTemplate: { __typename: 'ImportMappingTemplate', id: string, name: string, shared: boolean, mapping: Array<{ __typename: 'ImportColumnMapping', column: string, field: string }> } };

export type DeleteImportMappingTemplateMutationVariables = Exact<{
  id: string | number;
}>;


export type DeleteImportMappingTemplateMutation = { deleteImportMappingTemplate: boolean };

export type LegislationQueryVariables = Exact<{
  filter?: LegislationFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type LegislationQuery = { legislation: { __typename: 'LegislationConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Legislation', id: string, stateIso3: string, title: string, summary: string | null, enactedOn: string | null, instruments: Array<string>, articles: Array<string>, topics: Array<string>, language: string, link: string | null, illustrative: boolean, sourceParagraph: string | null, file: { __typename: 'LegislationFile', fileName: string, sizeBytes: number, confidential: boolean, downloadUrl: string | null } | null }> } };

export type UploadLegislationFileMutationVariables = Exact<{
  legislationId: string | number;
  fileName: string;
  content: string;
  confidential?: boolean | null | undefined;
}>;


export type UploadLegislationFileMutation = { uploadLegislationFile: { __typename: 'Legislation', id: string, file: { __typename: 'LegislationFile', downloadUrl: string | null } | null } };

export type LegislationChoicesQueryVariables = Exact<{
  stateIso3?: string | null | undefined;
}>;


export type LegislationChoicesQuery = { legislation: { __typename: 'LegislationConnection', nodes: Array<{ __typename: 'Legislation', id: string, stateIso3: string, title: string, language: string }> } };

export type LinkLegislationMutationVariables = Exact<{
  legislationId: string | number;
  requestId?: string | number | null | undefined;
  activityId?: string | number | null | undefined;
}>;


export type LinkLegislationMutation = { linkLegislation: { __typename: 'Legislation', id: string } };

export type UnreadNotificationsQueryVariables = Exact<{ [key: string]: never; }>;


export type UnreadNotificationsQuery = { notifications: { __typename: 'NotificationConnection', unreadCount: number } };

export type NotificationsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  unreadOnly?: boolean | null | undefined;
}>;


export type NotificationsQuery = { notifications: { __typename: 'NotificationConnection', totalCount: number, unreadCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Notification', id: string, event: NotificationEvent, message: string, link: string, createdAt: string, readAt: string | null }> } };

export type MarkNotificationsReadMutationVariables = Exact<{
  ids: Array<string | number> | string | number;
}>;


export type MarkNotificationsReadMutation = { markNotificationsRead: number };

export type NotificationPreferencesQueryVariables = Exact<{ [key: string]: never; }>;


export type NotificationPreferencesQuery = { notificationPreferences: { __typename: 'NotificationPreferences', available: Array<NotificationEvent>, enabled: Array<NotificationEvent>, delivery: NotificationDelivery, language: NotificationLanguage, email: boolean, emailConfigured: boolean } };

export type SetNotificationPreferencesMutationVariables = Exact<{
  input: NotificationPreferencesInput;
}>;


export type SetNotificationPreferencesMutation = { setNotificationPreferences: { __typename: 'NotificationPreferences', available: Array<NotificationEvent>, enabled: Array<NotificationEvent>, delivery: NotificationDelivery, language: NotificationLanguage, email: boolean, emailConfigured: boolean } };

export type OrganisationsQueryVariables = Exact<{
  filter?: OrganisationFilter | null | undefined;
  lang: Language;
}>;


export type OrganisationsQuery = { organisations: Array<{ __typename: 'Organisation', id: string, name: string, acronym: string | null, type: OrganisationType, typeCode: string, iatiRef: string | null, version: number, activities: Array<{ __typename: 'OrganisationActivityRole', role: ParticipationRole, activity: { __typename: 'Activity', id: string, code: string, title: string } }>, workshops: Array<{ __typename: 'OrganisationWorkshopRole', role: ParticipationRole, workshop: { __typename: 'Workshop', id: string, title: string, city: string } }> }> };

export type OrganisationChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type OrganisationChoicesQuery = { organisations: Array<{ __typename: 'Organisation', id: string, name: string, acronym: string | null }> };

export type SetParticipatingOrganisationsMutationVariables = Exact<{
  activityId: string | number;
  expectedVersion: number;
  links: Array<ParticipationInput> | ParticipationInput;
}>;


export type SetParticipatingOrganisationsMutation = { setParticipatingOrganisations: { __typename: 'Activity', id: string, version: number, partners: Array<string>, participatingOrganisations: Array<{ __typename: 'ParticipatingOrganisation', role: ParticipationRole, organisation: { __typename: 'Organisation', id: string, name: string } }> } };

export type CreateOrganisationMutationVariables = Exact<{
  input: OrganisationInput;
}>;


export type CreateOrganisationMutation = { createOrganisation: { __typename: 'Organisation', id: string, name: string, acronym: string | null, type: OrganisationType, typeCode: string, iatiRef: string | null, version: number } };

export type UpdateOrganisationMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: OrganisationInput;
}>;


export type UpdateOrganisationMutation = { updateOrganisation: { __typename: 'Organisation', id: string, name: string, acronym: string | null, type: OrganisationType, typeCode: string, iatiRef: string | null, version: number } };

export type ActivityRefFragment = { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean };

export type ActivitiesQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type ActivitiesQuery = { activities: { __typename: 'ActivityConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean, section: string | null, status: string, phase: ActivityPhase, activityType: ActivityType, illustrativeNote: string | null, sourceParagraph: string | null, totalCost: string, priorityArea: { __typename: 'PriorityArea', code: string, title: string }, costsByYear: Array<{ __typename: 'YearCost', year: number, amount: string }> }> }, programmeTotals: Array<{ __typename: 'YearCost', year: number, amount: string }> };

export type ActivityDetailQueryVariables = Exact<{
  id: string | number;
  lang: Language;
  withRequests: boolean;
}>;


export type ActivityDetailQuery = { activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean, description: string, section: string | null, sourceParagraph: string | null, status: string, phase: ActivityPhase, activityType: ActivityType, version: number, illustrativeNote: string | null, startsOn: string | null, endsOn: string | null, beneficiaryRegions: Array<string>, partners: Array<string>, totalCost: string, deliveryStatus: DeliveryStatus, deliveryStartedOn: string | null, deliveryCompletedOn: string | null, spent: string, legislation: Array<{ __typename: 'Legislation', id: string, title: string, language: string }>, experts: Array<{ __typename: 'Expert', id: string, name: string, organisation: string | null }>, figures: Array<{ __typename: 'SourceFigure', label: string, value: number, upTo: number | null, sourceParagraph: string }>, buildsOn: Array<{ __typename: 'Activity', section: string | null, id: string, code: string, title: string, unofficialTranslation: boolean }>, priorityArea: { __typename: 'PriorityArea', code: string, title: string }, subArea: { __typename: 'PrioritySubArea', code: string, title: string } | null, beneficiaryStates: Array<{ __typename: 'State', iso3: string, name: string }>, participatingOrganisations: Array<{ __typename: 'ParticipatingOrganisation', role: ParticipationRole, organisation: { __typename: 'Organisation', id: string, name: string } }>, leadOffice: { __typename: 'FieldOffice', code: string, name: string } | null, costs: Array<{ __typename: 'CostLine', year: number, category: CostCategory, basis: CostBasis, amount: string, currency: string, illustrative: boolean, rateDate: string }>, costsByYear: Array<{ __typename: 'YearCost', year: number, amount: string }>, history: Array<{ __typename: 'ActivityStatusChange', at: string, by: string, from: ActivityStatus | null, to: ActivityStatus, reason: string | null }>, requests?: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, topics: Array<string>, state: { __typename: 'State', iso3: string, name: string } }>, allocations: Array<{ __typename: 'Allocation', id: string, year: number, amountUsd: string, stage: ContributionStage, createdAt: string, note: string | null, contribution: { __typename: 'Contribution', id: string, currency: string, stage: ContributionStage, donor: { __typename: 'Donor', id: string, name: string } } | null }>, results: Array<{ __typename: 'ActivityResult', id: string, type: ResultType, title: string, version: number, sourceParagraph: string | null, indicators: Array<{ __typename: 'ResultIndicator', id: string, version: number, title: string, unit: IndicatorUnit, baseline: string | null, baselineYear: number | null, target: string | null, targetYear: number | null, measure: OutcomeMeasure | null, illustrative: boolean, sourceParagraph: string | null, actuals: Array<{ __typename: 'IndicatorActual', year: number, value: string, source: ActualSource, sourceRefs: Array<string>, computed: boolean }> }> }> } | null, activityMoney: Array<{ __typename: 'FundingGapRow', year: number | null, cost: string, committed: string, paid: string, spent: string, balance: string }> };

export type ActivityChoicesQueryVariables = Exact<{
  filter?: ActivityFilter | null | undefined;
  lang: Language;
}>;


export type ActivityChoicesQuery = { activities: { __typename: 'ActivityConnection', nodes: Array<{ __typename: 'Activity', id: string, code: string, title: string, status: string, priorityArea: { __typename: 'PriorityArea', code: string } }> } };

export type TransitionActivityMutationVariables = Exact<{
  id: string | number;
  to: ActivityStatus;
  reason?: string | null | undefined;
  expectedVersion: number;
}>;


export type TransitionActivityMutation = { transitionActivity: { __typename: 'Activity', id: string, status: string, version: number, history: Array<{ __typename: 'ActivityStatusChange', at: string, by: string, from: ActivityStatus | null, to: ActivityStatus, reason: string | null }> } };

export type SetCostLinesMutationVariables = Exact<{
  input: SetCostLinesInput;
}>;


export type SetCostLinesMutation = { setCostLines: { __typename: 'Activity', id: string, version: number, totalCost: string, costsByYear: Array<{ __typename: 'YearCost', year: number, amount: string }>, costs: Array<{ __typename: 'CostLine', year: number, category: CostCategory, basis: CostBasis, amount: string, currency: string, illustrative: boolean, rateDate: string }> } };

export type LinkRequestsToActivityMutationVariables = Exact<{
  activityId: string | number;
  requestIds: Array<string | number> | string | number;
}>;


export type LinkRequestsToActivityMutation = { linkRequestsToActivity: { __typename: 'Activity', id: string, version: number } };

export type UnlinkRequestFromActivityMutationVariables = Exact<{
  activityId: string | number;
  requestId: string | number;
}>;


export type UnlinkRequestFromActivityMutation = { unlinkRequestFromActivity: { __typename: 'Activity', id: string, version: number } };

export type RequestChoicesQueryVariables = Exact<{
  search?: string | null | undefined;
  lang: Language;
}>;


export type RequestChoicesQuery = { assistanceRequests: { __typename: 'AssistanceRequestConnection', nodes: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, state: { __typename: 'State', iso3: string, name: string } }> } };

export type RecordExpenditureMutationVariables = Exact<{
  input: RecordExpenditureInput;
}>;


export type RecordExpenditureMutation = { recordExpenditure: { __typename: 'Expenditure', id: string, activityId: string, year: number, category: CostCategory, amount: string, currency: string, amountUsd: string, spentOn: string, beyondAllocationReason: string | null } };

export type CreateActivityMutationVariables = Exact<{
  input: CreateActivityInput;
  lang: Language;
}>;


export type CreateActivityMutation = { createActivity: { __typename: 'Activity', phase: ActivityPhase, id: string, code: string, title: string, unofficialTranslation: boolean } };

export type SetDeliveryStatusMutationVariables = Exact<{
  input: SetDeliveryStatusInput;
}>;


export type SetDeliveryStatusMutation = { setDeliveryStatus: { __typename: 'Activity', id: string, version: number, deliveryStatus: DeliveryStatus, deliveryStartedOn: string | null, deliveryCompletedOn: string | null } };

export type DefineResultMutationVariables = Exact<{
  input: DefineResultInput;
}>;


export type DefineResultMutation = { defineResult: { __typename: 'ActivityResult', id: string, type: ResultType, title: string, version: number } };

export type DefineIndicatorMutationVariables = Exact<{
  input: DefineIndicatorInput;
}>;


export type DefineIndicatorMutation = { defineIndicator: { __typename: 'ResultIndicator', id: string, version: number } };

export type RecordIndicatorActualMutationVariables = Exact<{
  input: RecordIndicatorActualInput;
}>;


export type RecordIndicatorActualMutation = { recordIndicatorActual: { __typename: 'ResultIndicator', id: string, version: number, actuals: Array<{ __typename: 'IndicatorActual', year: number, value: string, source: ActualSource, sourceRefs: Array<string>, computed: boolean }> } };

export type NewActivityChoicesQueryVariables = Exact<{
  lang: Language;
}>;


export type NewActivityChoicesQuery = { priorityAreas: Array<{ __typename: 'PriorityArea', code: string, subAreas: Array<{ __typename: 'PrioritySubArea', code: string, title: string }> }>, m49Areas: Array<{ __typename: 'M49Area', code: string, name: string, level: number, region: string | null }>, fieldOffices: Array<{ __typename: 'FieldOffice', code: string, name: string }> };

export type ActivityForEditQueryVariables = Exact<{
  id: string | number;
}>;


export type ActivityForEditQuery = { activity: { __typename: 'Activity', id: string, code: string, version: number, phase: ActivityPhase, status: string, title: string, titleFr: string | null, titleEs: string | null, description: string, startsOn: string | null, endsOn: string | null, beneficiaryRegions: Array<string>, partners: Array<string>, beneficiaryStates: Array<{ __typename: 'State', iso3: string }>, beneficiaryAreas: Array<{ __typename: 'M49Area', code: string }> } | null };

export type UpdateActivityMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateActivityInput;
  lang: Language;
}>;


export type UpdateActivityMutation = { updateActivity: { __typename: 'Activity', id: string, version: number, title: string, unofficialTranslation: boolean, description: string, startsOn: string | null, endsOn: string | null, beneficiaryRegions: Array<string>, partners: Array<string>, beneficiaryStates: Array<{ __typename: 'State', iso3: string, name: string }>, beneficiaryAreas: Array<{ __typename: 'M49Area', code: string }> } };

export type StateNameFragment = { __typename: 'State', iso3: string, name: string };

export type PriorityAreaTitleFragment = { __typename: 'PriorityArea', code: string, title: string };

export type ReferenceDataQueryVariables = Exact<{
  lang: Language;
}>;


export type ReferenceDataQuery = { planYears: Array<number>, states: Array<{ __typename: 'State', region: string, iso3: string, name: string }>, priorityAreas: Array<{ __typename: 'PriorityArea', code: string, title: string }> };

export type ReportFieldsFragment = { __typename: 'Report', id: string, kind: ReportKind, format: string, status: string, progress: number, rows: number | null, fileName: string | null, downloadUrl: string | null, error: string | null, createdAt: string, finishedAt: string | null, asAt: string, options: { __typename: 'ReportOptions', years: Array<number> | null, priorityAreaCodes: Array<string> | null, phases: Array<ActivityPhase> | null, donorId: string | null, stateIso3: string | null, language: Language } };

export type MyReportsQueryVariables = Exact<{ [key: string]: never; }>;


export type MyReportsQuery = { myReports: Array<{ __typename: 'Report', id: string, kind: ReportKind, format: string, status: string, progress: number, rows: number | null, fileName: string | null, downloadUrl: string | null, error: string | null, createdAt: string, finishedAt: string | null, asAt: string, options: { __typename: 'ReportOptions', years: Array<number> | null, priorityAreaCodes: Array<string> | null, phases: Array<ActivityPhase> | null, donorId: string | null, stateIso3: string | null, language: Language } }> };

export type RequestReportMutationVariables = Exact<{
  kind: ReportKind;
  format?: ReportFormat | null | undefined;
  options?: ReportOptionsInput | null | undefined;
  filter?: ReportFilter | null | undefined;
  idempotencyKey?: string | null | undefined;
}>;


export type RequestReportMutation = { requestReport: { __typename: 'Report', id: string, kind: ReportKind, format: string, status: string, progress: number, rows: number | null, fileName: string | null, downloadUrl: string | null, error: string | null, createdAt: string, finishedAt: string | null, asAt: string, options: { __typename: 'ReportOptions', years: Array<number> | null, priorityAreaCodes: Array<string> | null, phases: Array<ActivityPhase> | null, donorId: string | null, stateIso3: string | null, language: Language } } };

export type ReportDonorsQueryVariables = Exact<{ [key: string]: never; }>;


export type ReportDonorsQuery = { donors: Array<{ __typename: 'Donor', id: string, name: string }> };

export type ReportProgressSubscriptionVariables = Exact<{
  id: string | number;
}>;


export type ReportProgressSubscription = { reportProgress: { __typename: 'Report', id: string, kind: ReportKind, format: string, status: string, progress: number, rows: number | null, fileName: string | null, downloadUrl: string | null, error: string | null, createdAt: string, finishedAt: string | null, asAt: string, options: { __typename: 'ReportOptions', years: Array<number> | null, priorityAreaCodes: Array<string> | null, phases: Array<ActivityPhase> | null, donorId: string | null, stateIso3: string | null, language: Language } } };

export type CompareReportsQueryVariables = Exact<{
  a: string | number;
  b: string | number;
}>;


export type CompareReportsQuery = { compareReports: Array<{ __typename: 'ReportChange', section: string, sectionTitle: string, row: string, column: string, columnTitle: string, before: string | null, after: string | null }> };

export type AssistanceRequestsQueryVariables = Exact<{
  filter?: AssistanceRequestFilter | null | undefined;
  orderBy?: AssistanceRequestOrder | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type AssistanceRequestsQuery = { assistanceRequests: { __typename: 'AssistanceRequestConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'AssistanceRequest', id: string, version: number, allowedMoves: Array<RequestStatus>, kind: AssistanceKind, topics: Array<string>, status: RequestStatus, receivedOn: string, channel: string, sourceParagraph: string | null, illustrativeNote: string | null, state: { __typename: 'State', iso3: string, name: string }, priorityArea: { __typename: 'PriorityArea', code: string, title: string }, duplicates: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, state: { __typename: 'State', iso3: string, name: string } }> }> } };

export type LogAssistanceRequestMutationVariables = Exact<{
  input: LogAssistanceRequestInput;
  lang: Language;
}>;


export type LogAssistanceRequestMutation = { logAssistanceRequest: { __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, state: { __typename: 'State', iso3: string, name: string }, duplicates: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, sourceParagraph: string | null, state: { __typename: 'State', iso3: string, name: string } }> } };

export type RequestDetailQueryVariables = Exact<{
  id: string | number;
  lang: Language;
}>;


export type RequestDetailQuery = { assistanceRequest: { __typename: 'AssistanceRequest', id: string, version: number, allowedMoves: Array<RequestStatus>, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, channel: string, description: string | null, confidential: boolean, loggedBy: string, sourceParagraph: string | null, illustrativeNote: string | null, mergedIntoId: string | null, legislation: Array<{ __typename: 'Legislation', id: string, title: string, language: string }>, state: { __typename: 'State', iso3: string, name: string }, priorityArea: { __typename: 'PriorityArea', code: string, title: string }, fieldOffice: { __typename: 'FieldOffice', code: string, name: string } | null, instruments: Array<{ __typename: 'Instrument', code: string, shortTitle: string }>, history: Array<{ __typename: 'StatusChange', at: string, by: string, from: RequestStatus | null, to: RequestStatus, reason: string | null }>, activities: Array<{ __typename: 'Activity', status: string, id: string, code: string, title: string, unofficialTranslation: boolean }>, duplicates: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, state: { __typename: 'State', iso3: string, name: string } }> } | null };

export type TransitionAssistanceRequestMutationVariables = Exact<{
  id: string | number;
  to: RequestStatus;
  reason?: string | null | undefined;
  expectedVersion: number;
}>;


export type TransitionAssistanceRequestMutation = { transitionAssistanceRequest: { __typename: 'AssistanceRequest', id: string, version: number, status: RequestStatus, allowedMoves: Array<RequestStatus> } };

export type SetAssistanceRequestConfidentialMutationVariables = Exact<{
  id: string | number;
  confidential: boolean;
  expectedVersion: number;
}>;


export type SetAssistanceRequestConfidentialMutation = { setAssistanceRequestConfidential: { __typename: 'AssistanceRequest', id: string, version: number, confidential: boolean } };

export type MergeSidesQueryVariables = Exact<{
  keepId: string | number;
  mergeId: string | number;
  lang: Language;
}>;


export type MergeSidesQuery = { first: { __typename: 'AssistanceRequest', id: string, version: number, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, createdAt: string, description: string | null, state: { __typename: 'State', iso3: string, name: string }, history: Array<{ __typename: 'StatusChange', at: string }> } | null, second: { __typename: 'AssistanceRequest', id: string, version: number, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, createdAt: string, description: string | null, state: { __typename: 'State', iso3: string, name: string }, history: Array<{ __typename: 'StatusChange', at: string }> } | null };

export type MergeSideFragment = { __typename: 'AssistanceRequest', id: string, version: number, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, createdAt: string, description: string | null, state: { __typename: 'State', iso3: string, name: string }, history: Array<{ __typename: 'StatusChange', at: string }> };

export type MergeAssistanceRequestsMutationVariables = Exact<{
  input: MergeAssistanceRequestsInput;
}>;


export type MergeAssistanceRequestsMutation = { mergeAssistanceRequests: { __typename: 'AssistanceRequest', id: string, version: number, status: RequestStatus } };

export type LinkCandidatesQueryVariables = Exact<{
  requestId: string | number;
  priorityAreaCode: string;
  lang: Language;
}>;


export type LinkCandidatesQuery = { assistanceRequest: { __typename: 'AssistanceRequest', id: string, suggestedActivities: Array<{ __typename: 'ActivitySuggestion', score: number, reasonCodes: Array<{ __typename: 'SuggestionReason', key: string, matched: number | null, total: number | null, value: string | null }>, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean, description: string, status: string } }> } | null, activities: { __typename: 'ActivityConnection', nodes: Array<{ __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean, description: string, status: string }> } };

export type SuggestionReasonPartsFragment = { __typename: 'SuggestionReason', key: string, matched: number | null, total: number | null, value: string | null };

export type LinkCandidateFragment = { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean, description: string, status: string };

export type UpdateAssistanceRequestMutationVariables = Exact<{
  id: string | number;
  expectedVersion: number;
  input: UpdateAssistanceRequestInput;
}>;


export type UpdateAssistanceRequestMutation = { updateAssistanceRequest: { __typename: 'AssistanceRequest', id: string, version: number, description: string | null } };

export type RequestListChangesSubscriptionVariables = Exact<{
  filter?: AssistanceRequestFilter | null | undefined;
}>;


export type RequestListChangesSubscription = { assistanceRequestChanged: { __typename: 'AssistanceRequestEvent', kind: AssistanceRequestEventKind, request: { __typename: 'AssistanceRequest', id: string } } };

export type TreatyStatusFieldsFragment = { __typename: 'TreatyStatus', instrumentCode: string, status: TreatyParticipation, signedOn: string | null, consentOn: string | null, consentKind: ConsentKind | null, reservations: string | null, source: string | null, illustrative: boolean, version: number };

export type StateProfileQueryVariables = Exact<{
  iso3: string;
  lang: Language;
  withRequests: boolean;
}>;


export type StateProfileQuery = { stateProfile: { __typename: 'StateProfile', state: { __typename: 'State', iso3: string, m49: string, region: string, subregion: string | null, intermediateRegion: string | null, unStatus: string, legalSystem: LegalSystem | null, nameEn: string, nameFr: string, nameEs: string, treatyStatus: Array<{ __typename: 'TreatyStatus', instrumentCode: string, status: TreatyParticipation, signedOn: string | null, consentOn: string | null, consentKind: ConsentKind | null, reservations: string | null, source: string | null, illustrative: boolean, version: number }>, authorities: Array<{ __typename: 'CompetentAuthority', id: string, kind: AuthorityKind, instrumentCode: string, name: string, email: string | null, languages: Array<string>, channels: Array<AuthorityChannel>, lastConfirmedOn: string | null, illustrative: boolean }>, legislation: Array<{ __typename: 'Legislation', id: string, title: string, enactedOn: string | null, language: string, articles: Array<string>, illustrative: boolean }> }, requestsByStatus?: Array<{ __typename: 'StatusCount', status: RequestStatus, count: number }>, unansweredNeeds?: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, receivedOn: string, topics: Array<string>, sourceParagraph: string | null, priorityArea: { __typename: 'PriorityArea', code: string, title: string } }>, activities: Array<{ __typename: 'Activity', status: string, phase: ActivityPhase, totalCost: string, id: string, code: string, title: string, unofficialTranslation: boolean }>, workshops: Array<{ __typename: 'Workshop', id: string, title: string, unofficialTranslation: boolean, city: string, startsOn: string, status: string }>, experts: Array<{ __typename: 'Expert', id: string, name: string, organisation: string | null, advisoryGroup: boolean }> } | null, instruments: Array<{ __typename: 'Instrument', code: string, shortTitle: string }>, cooperationStatistics: Array<{ __typename: 'CooperationStatisticsRow', year: number | null, requests: number, refusals: number, medianDaysToExecute: number | null }> };

export type SetStateLegalSystemMutationVariables = Exact<{
  iso3: string;
  legalSystem?: LegalSystem | null | undefined;
}>;


export type SetStateLegalSystemMutation = { setStateLegalSystem: { __typename: 'State', iso3: string, legalSystem: LegalSystem | null } };

export type SetTreatyStatusMutationVariables = Exact<{
  stateIso3: string;
  instrumentCode: string;
  expectedVersion?: number | null | undefined;
  input: TreatyStatusInput;
}>;


export type SetTreatyStatusMutation = { setTreatyStatus: { __typename: 'TreatyStatus', stateIso3: string, instrumentCode: string, status: TreatyParticipation, signedOn: string | null, consentOn: string | null, consentKind: ConsentKind | null, reservations: string | null, source: string | null, illustrative: boolean, version: number } };

export type ClearTreatyStatusMutationVariables = Exact<{
  stateIso3: string;
  instrumentCode: string;
  expectedVersion: number;
}>;


export type ClearTreatyStatusMutation = { clearTreatyStatus: boolean };

export type WorkshopOutcomeFieldsFragment = { __typename: 'Workshop', id: string, version: number, status: string, participants: Array<{ __typename: 'WorkshopParticipant', participants: number | null, women: number | null, state: { __typename: 'State', iso3: string, name: string } }>, outcome: { __typename: 'WorkshopOutcome', checklistsCompleted: number | null, statesUpdated: number | null, casesProgressed: number | null, conclusions: string, recordedAt: string, recordedBy: string, sourceParagraph: string | null, followUpRequests: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, state: { __typename: 'State', iso3: string, name: string }, priorityArea: { __typename: 'PriorityArea', code: string } }> } | null };

export type WorkshopsQueryVariables = Exact<{
  first?: number | null | undefined;
  after?: string | null | undefined;
  lang: Language;
}>;


export type WorkshopsQuery = { workshops: { __typename: 'WorkshopConnection', totalCount: number, pageInfo: { __typename: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename: 'Workshop', id: string, title: string, unofficialTranslation: boolean, kind: WorkshopKind, city: string, datePrecision: DatePrecision, startsOn: string, endsOn: string, status: string, illustrativeNote: string | null, sourceParagraph: string | null, country: { __typename: 'State', iso3: string, name: string } | null, participants: Array<{ __typename: 'WorkshopParticipant', state: { __typename: 'State', iso3: string } }>, outcome: { __typename: 'WorkshopOutcome', recordedAt: string } | null }> } };

export type WorkshopQueryVariables = Exact<{
  id: string | number;
  lang: Language;
}>;


export type WorkshopQuery = { workshop: { __typename: 'Workshop', id: string, title: string, unofficialTranslation: boolean, kind: WorkshopKind, datePrecision: DatePrecision, startsOn: string, endsOn: string, city: string, status: string, version: number, viewerMayRecordOutcome: boolean, region: string | null, languages: Array<string>, organisers: Array<string>, illustrativeNote: string | null, sourceParagraph: string | null, country: { __typename: 'State', iso3: string, name: string } | null, activity: { __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean } | null, experts: Array<{ __typename: 'Expert', id: string, name: string, organisation: string | null, illustrativeNote: string | null, nationality: { __typename: 'State', iso3: string, name: string } | null }>, participants: Array<{ __typename: 'WorkshopParticipant', participants: number | null, women: number | null, state: { __typename: 'State', iso3: string, name: string } }>, outcome: { __typename: 'WorkshopOutcome', checklistsCompleted: number | null, statesUpdated: number | null, casesProgressed: number | null, conclusions: string, recordedAt: string, recordedBy: string, sourceParagraph: string | null, followUpRequests: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, state: { __typename: 'State', iso3: string, name: string }, priorityArea: { __typename: 'PriorityArea', code: string } }> } | null } | null };

export type WorkshopTitleQueryVariables = Exact<{
  id: string | number;
  lang: Language;
}>;


export type WorkshopTitleQuery = { workshop: { __typename: 'Workshop', id: string, title: string } | null };

export type RecordWorkshopOutcomeMutationVariables = Exact<{
  workshopId: string | number;
  input: WorkshopOutcomeInput;
  expectedVersion?: number | null | undefined;
  lang: Language;
}>;


export type RecordWorkshopOutcomeMutation = { recordWorkshopOutcome: { __typename: 'Workshop', id: string, version: number, status: string, participants: Array<{ __typename: 'WorkshopParticipant', participants: number | null, women: number | null, state: { __typename: 'State', iso3: string, name: string } }>, outcome: { __typename: 'WorkshopOutcome', checklistsCompleted: number | null, statesUpdated: number | null, casesProgressed: number | null, conclusions: string, recordedAt: string, recordedBy: string, sourceParagraph: string | null, followUpRequests: Array<{ __typename: 'AssistanceRequest', id: string, kind: AssistanceKind, status: RequestStatus, topics: Array<string>, receivedOn: string, state: { __typename: 'State', iso3: string, name: string }, priorityArea: { __typename: 'PriorityArea', code: string } }> } | null } };

export type FieldOfficesQueryVariables = Exact<{ [key: string]: never; }>;


export type FieldOfficesQuery = { fieldOffices: Array<{ __typename: 'FieldOffice', code: string, name: string }> };

export type CreateWorkshopMutationVariables = Exact<{
  input: CreateWorkshopInput;
  lang: Language;
}>;


export type CreateWorkshopMutation = { createWorkshop: { __typename: 'Workshop', id: string, title: string, startsOn: string } };

export type WorkshopActivityOptionsQueryVariables = Exact<{
  search?: string | null | undefined;
  first?: number | null | undefined;
  lang: Language;
}>;


export type WorkshopActivityOptionsQuery = { activities: { __typename: 'ActivityConnection', totalCount: number, nodes: Array<{ __typename: 'Activity', id: string, code: string, title: string, unofficialTranslation: boolean }> } };

export const UserRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserRowFragment, unknown>;
export const AuthorityFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetentAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"legalRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedOn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<AuthorityFieldsFragment, unknown>;
export const ChecklistQuestionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ChecklistQuestionFieldsFragment, unknown>;
export const ChecklistEntryFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"needsAssistance"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTopics"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChecklistEntryFieldsFragment, unknown>;
export const ChecklistCycleFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersByState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"needsAssistance"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTopics"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<ChecklistCycleFieldsFragment, unknown>;
export const GapAmountsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingGapRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"overFunded"}},{"kind":"Field","name":{"kind":"Name","value":"overFundedDeliberately"}},{"kind":"Field","name":{"kind":"Name","value":"toReallocate"}}]}}]} as unknown as DocumentNode<GapAmountsFragment, unknown>;
export const ActivityRefFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ActivityRefFragment, unknown>;
export const PriorityAreaTitleFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<PriorityAreaTitleFragment, unknown>;
export const ReportFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"donorId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<ReportFieldsFragment, unknown>;
export const StateNameFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<StateNameFragment, unknown>;
export const MergeSideFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MergeSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<MergeSideFragment, unknown>;
export const SuggestionReasonPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionReasonParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}}]} as unknown as DocumentNode<SuggestionReasonPartsFragment, unknown>;
export const LinkCandidateFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LinkCandidateFragment, unknown>;
export const TreatyStatusFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatyStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<TreatyStatusFieldsFragment, unknown>;
export const WorkshopOutcomeFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"statesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"casesProgressed"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<WorkshopOutcomeFieldsFragment, unknown>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"actableStates"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"can"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"readRequests"}},{"kind":"Field","name":{"kind":"Name","value":"logRequests"}},{"kind":"Field","name":{"kind":"Name","value":"moveRequests"}},{"kind":"Field","name":{"kind":"Name","value":"mergeRequests"}},{"kind":"Field","name":{"kind":"Name","value":"importRequests"}},{"kind":"Field","name":{"kind":"Name","value":"countRequestsByState"}},{"kind":"Field","name":{"kind":"Name","value":"editProgramme"}},{"kind":"Field","name":{"kind":"Name","value":"recordWorkshopOutcomes"}},{"kind":"Field","name":{"kind":"Name","value":"manageFunding"}},{"kind":"Field","name":{"kind":"Name","value":"recordIntentions"}},{"kind":"Field","name":{"kind":"Name","value":"editDonorProfile"}},{"kind":"Field","name":{"kind":"Name","value":"editDonorPriorities"}},{"kind":"Field","name":{"kind":"Name","value":"readHistory"}},{"kind":"Field","name":{"kind":"Name","value":"manageUsers"}},{"kind":"Field","name":{"kind":"Name","value":"requestRequestsReport"}},{"kind":"Field","name":{"kind":"Name","value":"editAuthorities"}},{"kind":"Field","name":{"kind":"Name","value":"proposeAuthorityChanges"}},{"kind":"Field","name":{"kind":"Name","value":"enterChecklists"}},{"kind":"Field","name":{"kind":"Name","value":"acceptChecklistNeeds"}},{"kind":"Field","name":{"kind":"Name","value":"publishQuestionnaires"}},{"kind":"Field","name":{"kind":"Name","value":"editLegislation"}},{"kind":"Field","name":{"kind":"Name","value":"recordCooperation"}},{"kind":"Field","name":{"kind":"Name","value":"editTreaties"}}]}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const LoginDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Login"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"email"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"password"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"login"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"email"},"value":{"kind":"Variable","name":{"kind":"Name","value":"email"}}},{"kind":"Argument","name":{"kind":"Name","value":"password"},"value":{"kind":"Variable","name":{"kind":"Name","value":"password"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expiresAt"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const LogoutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"Logout"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logout"}}]}}]} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const UsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Users"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"UserFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"users"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UsersQuery, UsersQueryVariables>;
export const UserScopeOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UserScopeOptions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"city"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UserScopeOptionsQuery, UserScopeOptionsQueryVariables>;
export const CreateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateUserMutation, CreateUserMutationVariables>;
export const UpdateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<UpdateUserMutation, UpdateUserMutationVariables>;
export const DeactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<DeactivateUserMutation, DeactivateUserMutationVariables>;
export const ReactivateUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReactivateUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reactivateUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReactivateUserMutation, ReactivateUserMutationVariables>;
export const ResetUserPasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ResetUserPassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"userId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"resetUserPassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"userId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"userId"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"UserRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"UserRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"User"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"mustChangePassword"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ResetUserPasswordMutation, ResetUserPasswordMutationVariables>;
export const ChangePasswordDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangePassword"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changePassword"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currentPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currentPassword"}}},{"kind":"Argument","name":{"kind":"Name","value":"newPassword"},"value":{"kind":"Variable","name":{"kind":"Name","value":"newPassword"}}}]}]}}]} as unknown as DocumentNode<ChangePasswordMutation, ChangePasswordMutationVariables>;
export const AuditLogDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditLog"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditLog"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"entityType"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityType"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"entityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"entityId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorLabel"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const AuthoritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Authorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorityFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetentAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"legalRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedOn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<AuthoritiesQuery, AuthoritiesQueryVariables>;
export const AuthorityProposalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuthorityProposals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityProposalFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"authorityProposals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"authorityId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"proposedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decidedAt"}},{"kind":"Field","name":{"kind":"Name","value":"decisionReason"}},{"kind":"Field","name":{"kind":"Name","value":"proposed"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"legalRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedOn"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuthorityProposalsQuery, AuthorityProposalsQueryVariables>;
export const UpdateAuthorityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAuthority"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAuthority"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"AuthorityFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"AuthorityFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CompetentAuthority"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"address"}},{"kind":"Field","name":{"kind":"Name","value":"phone"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"legalRequirements"}},{"kind":"Field","name":{"kind":"Name","value":"timeLimits"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedOn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]} as unknown as DocumentNode<UpdateAuthorityMutation, UpdateAuthorityMutationVariables>;
export const ProposeAuthorityChangeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ProposeAuthorityChange"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AuthorityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"note"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"proposeAuthorityChange"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"authorityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"authorityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"note"},"value":{"kind":"Variable","name":{"kind":"Name","value":"note"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<ProposeAuthorityChangeMutation, ProposeAuthorityChangeMutationVariables>;
export const DecideAuthorityProposalDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DecideAuthorityProposal"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"decideAuthorityProposal"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"confirm"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confirm"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"authorityId"}}]}}]}}]} as unknown as DocumentNode<DecideAuthorityProposalMutation, DecideAuthorityProposalMutationVariables>;
export const ReportingCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedYear"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"}}]}}]}}]} as unknown as DocumentNode<ReportingCyclesQuery, ReportingCyclesQueryVariables>;
export const CycleReportingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CycleReporting"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"openedBy"}},{"kind":"Field","name":{"kind":"Name","value":"openedYear"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"reportedCounts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"submitted"}},{"kind":"Field","name":{"kind":"Name","value":"updated"}},{"kind":"Field","name":{"kind":"Name","value":"inProgress"}},{"kind":"Field","name":{"kind":"Name","value":"notReported"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reportedByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}}]}}]}}]}}]} as unknown as DocumentNode<CycleReportingQuery, CycleReportingQueryVariables>;
export const ChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Checklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"needsAssistance"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTopics"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersByState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistQuery, ChecklistQueryVariables>;
export const ChecklistNowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistNow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistCycleFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"needsAssistance"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTopics"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistCycleFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ReportingCycle"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"answersByState"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistEntryFields"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}}]}}]}}]} as unknown as DocumentNode<ChecklistNowQuery, ChecklistNowQueryVariables>;
export const ChecklistQuestionsOfVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ChecklistQuestionsOfVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"version"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"version"},"value":{"kind":"Variable","name":{"kind":"Name","value":"version"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistQuestionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistQuestionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistQuestion"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ChecklistQuestionsOfVersionQuery, ChecklistQuestionsOfVersionQueryVariables>;
export const SubmitChecklistDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SubmitChecklist"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SubmitChecklistInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"submitChecklist"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ChecklistEntryFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ChecklistEntryFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"ChecklistEntry"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"submittedOn"}},{"kind":"Field","name":{"kind":"Name","value":"focalPoint"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"answers"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionId"}},{"kind":"Field","name":{"kind":"Name","value":"answer"}},{"kind":"Field","name":{"kind":"Name","value":"comment"}},{"kind":"Field","name":{"kind":"Name","value":"needsAssistance"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceKind"}},{"kind":"Field","name":{"kind":"Name","value":"assistanceTopics"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<SubmitChecklistMutation, SubmitChecklistMutationVariables>;
export const AcceptChecklistNeedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AcceptChecklistNeed"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"acceptChecklistNeed"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"answerId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"answerId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AcceptChecklistNeedMutation, AcceptChecklistNeedMutationVariables>;
export const QuestionnaireDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Questionnaire"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}},{"kind":"Field","name":{"kind":"Name","value":"questions"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"article"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","alias":{"kind":"Name","value":"sectionEn"},"name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"sectionFr"},"name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"sectionEs"},"name":{"kind":"Name","value":"section"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ES"}}]},{"kind":"Field","alias":{"kind":"Name","value":"textEn"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"textFr"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"textEs"},"name":{"kind":"Name","value":"text"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ES"}}]}]}}]}}]}}]} as unknown as DocumentNode<QuestionnaireQuery, QuestionnaireQueryVariables>;
export const PublishQuestionnaireVersionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishQuestionnaireVersion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"PublishQuestionnaireVersionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishQuestionnaireVersion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"questionnaireVersion"}}]}}]}}]} as unknown as DocumentNode<PublishQuestionnaireVersionMutation, PublishQuestionnaireVersionMutationVariables>;
export const CooperationStatisticsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CooperationStatistics"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationDimension"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cooperationStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"groupBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"requestingStateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"requestedStateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"offence"}},{"kind":"Field","name":{"kind":"Name","value":"legalBasis"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"refusalGround"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToExecute"}}]}}]}}]} as unknown as DocumentNode<CooperationStatisticsQuery, CooperationStatisticsQueryVariables>;
export const RecordCooperationCaseDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCooperationCase"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CooperationCaseInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCooperationCase"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"alreadyReported"}},{"kind":"Field","name":{"kind":"Name","value":"case"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByBoth"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}}]}}]}}]}}]} as unknown as DocumentNode<RecordCooperationCaseMutation, RecordCooperationCaseMutationVariables>;
export const ImportCooperationCasesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportCooperationCases"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importCooperationCases"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"recorded"}},{"kind":"Field","name":{"kind":"Name","value":"alreadyReported"}},{"kind":"Field","name":{"kind":"Name","value":"refused"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"caseId"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportCooperationCasesMutation, ImportCooperationCasesMutationVariables>;
export const DashboardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Dashboard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"byState"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"openTotal"},"name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openStates"},"name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byState"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openByAreaStatus"},"name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRIORITY_AREA"},{"kind":"EnumValue","value":"STATUS"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openByKind"},"name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"KIND"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"openByRegion"},"name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"directives":[{"kind":"Directive","name":{"kind":"Name","value":"skip"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"byState"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeTotals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"gapsByYear"},"name":{"kind":"Name","value":"fundingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapAmounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingGapRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"overFunded"}},{"kind":"Field","name":{"kind":"Name","value":"overFundedDeliberately"}},{"kind":"Field","name":{"kind":"Name","value":"toReallocate"}}]}}]} as unknown as DocumentNode<DashboardQuery, DashboardQueryVariables>;
export const NeedsMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NeedsMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}},{"kind":"Field","name":{"kind":"Name","value":"m49"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"STATE"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"count"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<NeedsMapQuery, NeedsMapQueryVariables>;
export const DashboardRequestChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"DashboardRequestChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<DashboardRequestChangesSubscription, DashboardRequestChangesSubscriptionVariables>;
export const TreatyMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TreatyMap"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"treatyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<TreatyMapQuery, TreatyMapQueryVariables>;
export const MapCyclesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MapCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycles"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<MapCyclesQuery, MapCyclesQueryVariables>;
export const ReportingMapDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportingMap"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportingCycle"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"reportedByState"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<ReportingMapQuery, ReportingMapQueryVariables>;
export const ExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Experts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ExpertFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"expertise"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"advisoryGroup"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"gender"}},{"kind":"Field","name":{"kind":"Name","value":"legalSystem"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ExpertsQuery, ExpertsQueryVariables>;
export const ExpertBalanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ExpertBalance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withExpertIds"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"expertBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withExpertIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withExpertIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"experts"}},{"kind":"Field","name":{"kind":"Name","value":"states"}},{"kind":"Field","name":{"kind":"Name","value":"expertShare"}},{"kind":"Field","name":{"kind":"Name","value":"stateShare"}},{"kind":"Field","name":{"kind":"Name","value":"expertsWithChoice"}},{"kind":"Field","name":{"kind":"Name","value":"expertShareWithChoice"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expertLegalSystemBalance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"withExpertIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withExpertIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legalSystem"}},{"kind":"Field","name":{"kind":"Name","value":"experts"}},{"kind":"Field","name":{"kind":"Name","value":"expertsWithChoice"}}]}}]}}]} as unknown as DocumentNode<ExpertBalanceQuery, ExpertBalanceQueryVariables>;
export const SuggestedExpertsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestedExperts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"suggestedExperts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"Field","name":{"kind":"Name","value":"expert"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"legalSystem"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestedExpertsQuery, SuggestedExpertsQueryVariables>;
export const SuggestionNeedsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SuggestionNeeds"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"RECEIVED"},{"kind":"EnumValue","value":"UNDER_REVIEW"},{"kind":"EnumValue","value":"ACCEPTED"}]}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<SuggestionNeedsQuery, SuggestionNeedsQueryVariables>;
export const SetExpertLegalSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExpertLegalSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legalSystem"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalSystem"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"legalSystem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legalSystem"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"legalSystem"}}]}}]}}]} as unknown as DocumentNode<SetExpertLegalSystemMutation, SetExpertLegalSystemMutationVariables>;
export const CreateExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateExpertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateExpertMutation, CreateExpertMutationVariables>;
export const PlannedWorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PlannedWorkshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"status"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"status"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}}]}}]}}]}}]} as unknown as DocumentNode<PlannedWorkshopsQuery, PlannedWorkshopsQueryVariables>;
export const AssignActivityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignActivityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"deliveryStatuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeliveryStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"status"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"deliveryStatus"},"value":{"kind":"Variable","name":{"kind":"Name","value":"deliveryStatuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}}]} as unknown as DocumentNode<AssignActivityOptionsQuery, AssignActivityOptionsQueryVariables>;
export const AssignExpertOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssignExpertOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"experts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}}]}}]}}]} as unknown as DocumentNode<AssignExpertOptionsQuery, AssignExpertOptionsQueryVariables>;
export const AssignExpertDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AssignExpert"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AssignExpertInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assignExpert"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<AssignExpertMutation, AssignExpertMutationVariables>;
export const FundingOverviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingOverview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byArea"},"name":{"kind":"Name","value":"fundingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRIORITY_AREA"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapAmounts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"fundingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapAmounts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byRegion"},"name":{"kind":"Name","value":"fundingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapAmounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingGapRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"overFunded"}},{"kind":"Field","name":{"kind":"Name","value":"overFundedDeliberately"}},{"kind":"Field","name":{"kind":"Name","value":"toReallocate"}}]}}]} as unknown as DocumentNode<FundingOverviewQuery, FundingOverviewQueryVariables>;
export const FundingByActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingByActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"areas"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"ACTIVITY"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priorityAreaCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"areas"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"GapAmounts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GapAmounts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"FundingGapRow"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"pledged"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"overFunded"}},{"kind":"Field","name":{"kind":"Name","value":"overFundedDeliberately"}},{"kind":"Field","name":{"kind":"Name","value":"toReallocate"}}]}}]} as unknown as DocumentNode<FundingByActivityQuery, FundingByActivityQueryVariables>;
export const ContributionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Contributions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"rateToUsd"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"unallocatedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"paidUsd"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"earmarking"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRef"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"yearsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"payments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"paidOn"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reconciliation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"paidUsd"}},{"kind":"Field","name":{"kind":"Name","value":"allocated"}},{"kind":"Field","name":{"kind":"Name","value":"allocatedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"unallocated"}},{"kind":"Field","name":{"kind":"Name","value":"unallocatedUsd"}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}}]}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ContributionsQuery, ContributionsQueryVariables>;
export const DonorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Donors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"donorType"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"namedPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DonorsQuery, DonorsQueryVariables>;
export const UpdateDonorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateDonorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateDonorProfileInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateDonorProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"contact"}},{"kind":"Field","name":{"kind":"Name","value":"namedPublicly"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateDonorProfileMutation, UpdateDonorProfileMutationVariables>;
export const RecordContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}}]}}]}}]} as unknown as DocumentNode<RecordContributionMutation, RecordContributionMutationVariables>;
export const SetExchangeRateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetExchangeRate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"date"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"rateToUsd"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setExchangeRate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"date"},"value":{"kind":"Variable","name":{"kind":"Name","value":"date"}}},{"kind":"Argument","name":{"kind":"Name","value":"rateToUsd"},"value":{"kind":"Variable","name":{"kind":"Name","value":"rateToUsd"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"rateToUsd"}}]}}]}}]} as unknown as DocumentNode<SetExchangeRateMutation, SetExchangeRateMutationVariables>;
export const CommitContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"agreementRef"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"agreementRef"},"value":{"kind":"Variable","name":{"kind":"Name","value":"agreementRef"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"agreementRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CommitContributionMutation, CommitContributionMutationVariables>;
export const RecordContributionPaymentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordContributionPayment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"amount"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Decimal"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Date"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordContributionPayment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"amount"},"value":{"kind":"Variable","name":{"kind":"Name","value":"amount"}}},{"kind":"Argument","name":{"kind":"Name","value":"paidOn"},"value":{"kind":"Variable","name":{"kind":"Name","value":"paidOn"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"paidUsd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<RecordContributionPaymentMutation, RecordContributionPaymentMutationVariables>;
export const AllocateContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AllocateContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AllocateContributionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"allocateContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}}]}}]}}]} as unknown as DocumentNode<AllocateContributionMutation, AllocateContributionMutationVariables>;
export const WhatIfPledgeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WhatIfPledge"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WhatIfPledgeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"whatIfPledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PRIORITY_AREA"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byYear"},"name":{"kind":"Name","value":"whatIfPledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byRegion"},"name":{"kind":"Name","value":"whatIfPledge"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"REGION"}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"gapBefore"}},{"kind":"Field","name":{"kind":"Name","value":"gapAfter"}},{"kind":"Field","name":{"kind":"Name","value":"covered"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<WhatIfPledgeQuery, WhatIfPledgeQueryVariables>;
export const FundingMatchesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FundingMatches"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"donorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingMatches"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"donorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"donorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"gap"}},{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<FundingMatchesQuery, FundingMatchesQueryVariables>;
export const DonorPrioritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"DonorPriorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"m49Areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"donors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"m49Areas"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCodes"}}]}}]}}]}}]} as unknown as DocumentNode<DonorPrioritiesQuery, DonorPrioritiesQueryVariables>;
export const SetDonorPrioritiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDonorPriorities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DonorPrioritiesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDonorPriorities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"priorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"m49Areas"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCodes"}}]}}]}}]}}]} as unknown as DocumentNode<SetDonorPrioritiesMutation, SetDonorPrioritiesMutationVariables>;
export const IntentionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Intentions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"contributions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stage"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"INTENDED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"date"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"yearsCovered"}},{"kind":"Field","name":{"kind":"Name","value":"earmarking"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<IntentionsQuery, IntentionsQueryVariables>;
export const PledgeIntentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PledgeIntention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pledgeIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<PledgeIntentionMutation, PledgeIntentionMutationVariables>;
export const FundingChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"FundingChanges"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fundingChanged"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"contributionId"}}]}}]}}]} as unknown as DocumentNode<FundingChangesSubscription, FundingChangesSubscriptionVariables>;
export const CreateDonorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateDonor"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateDonorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createDonor"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<CreateDonorMutation, CreateDonorMutationVariables>;
export const DeallocateContributionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeallocateContribution"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"allocationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deallocateContribution"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"allocationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"allocationId"}}}]}]}}]} as unknown as DocumentNode<DeallocateContributionMutation, DeallocateContributionMutationVariables>;
export const WithdrawIntentionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawIntention"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawIntention"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<WithdrawIntentionMutation, WithdrawIntentionMutationVariables>;
export const ImportAssistanceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ImportAssistanceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"csv"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}},"type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ImportColumnMappingInput"}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importAssistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"csv"},"value":{"kind":"Variable","name":{"kind":"Name","value":"csv"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"dryRun"},"value":{"kind":"Variable","name":{"kind":"Name","value":"dryRun"}}},{"kind":"Argument","name":{"kind":"Name","value":"mapping"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mapping"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"dryRun"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusedRowsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"outcome"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"duplicateOfId"}},{"kind":"Field","name":{"kind":"Name","value":"sameAsLine"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ImportAssistanceRequestsMutation, ImportAssistanceRequestsMutationVariables>;
export const ImportMappingTemplatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ImportMappingTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"importMappingTemplates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mine"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<ImportMappingTemplatesQuery, ImportMappingTemplatesQueryVariables>;
export const RequestImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"totalRows"}},{"kind":"Field","name":{"kind":"Name","value":"importedRows"}},{"kind":"Field","name":{"kind":"Name","value":"failure"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"refusedRowsUrl"}},{"kind":"Field","name":{"kind":"Name","value":"errors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"line"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RequestImportQuery, RequestImportQueryVariables>;
export const SaveImportMappingTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SaveImportMappingTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SaveImportMappingTemplateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"saveImportMappingTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"shared"}},{"kind":"Field","name":{"kind":"Name","value":"mapping"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"field"}}]}}]}}]}}]} as unknown as DocumentNode<SaveImportMappingTemplateMutation, SaveImportMappingTemplateMutationVariables>;
export const DeleteImportMappingTemplateDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeleteImportMappingTemplate"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deleteImportMappingTemplate"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}]}}]} as unknown as DocumentNode<DeleteImportMappingTemplateMutation, DeleteImportMappingTemplateMutationVariables>;
export const LegislationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Legislation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegislationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legislation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"summary"}},{"kind":"Field","name":{"kind":"Name","value":"enactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"instruments"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"sizeBytes"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]}}]} as unknown as DocumentNode<LegislationQuery, LegislationQueryVariables>;
export const UploadLegislationFileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UploadLegislationFile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legislationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"content"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidential"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"uploadLegislationFile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"legislationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legislationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"fileName"},"value":{"kind":"Variable","name":{"kind":"Name","value":"fileName"}}},{"kind":"Argument","name":{"kind":"Name","value":"content"},"value":{"kind":"Variable","name":{"kind":"Name","value":"content"}}},{"kind":"Argument","name":{"kind":"Name","value":"confidential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidential"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"file"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}}]}}]}}]}}]} as unknown as DocumentNode<UploadLegislationFileMutation, UploadLegislationFileMutationVariables>;
export const LegislationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LegislationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stateIso3"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"legislation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stateIso3"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"200"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]}}]} as unknown as DocumentNode<LegislationChoicesQuery, LegislationChoicesQueryVariables>;
export const LinkLegislationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkLegislation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legislationId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkLegislation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"legislationId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legislationId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}},{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]} as unknown as DocumentNode<LinkLegislationMutation, LinkLegislationMutationVariables>;
export const UnreadNotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"UnreadNotifications"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"1"}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"BooleanValue","value":true}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}}]}}]}}]} as unknown as DocumentNode<UnreadNotificationsQuery, UnreadNotificationsQueryVariables>;
export const NotificationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Notifications"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notifications"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"unreadOnly"},"value":{"kind":"Variable","name":{"kind":"Name","value":"unreadOnly"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"unreadCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"event"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"link"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"readAt"}}]}}]}}]}}]} as unknown as DocumentNode<NotificationsQuery, NotificationsQueryVariables>;
export const MarkNotificationsReadDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkNotificationsRead"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"ids"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markNotificationsRead"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"ids"},"value":{"kind":"Variable","name":{"kind":"Name","value":"ids"}}}]}]}}]} as unknown as DocumentNode<MarkNotificationsReadMutation, MarkNotificationsReadMutationVariables>;
export const NotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NotificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"notificationPreferences"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfigured"}}]}}]}}]} as unknown as DocumentNode<NotificationPreferencesQuery, NotificationPreferencesQueryVariables>;
export const SetNotificationPreferencesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetNotificationPreferences"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NotificationPreferencesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setNotificationPreferences"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"available"}},{"kind":"Field","name":{"kind":"Name","value":"enabled"}},{"kind":"Field","name":{"kind":"Name","value":"delivery"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"emailConfigured"}}]}}]}}]} as unknown as DocumentNode<SetNotificationPreferencesMutation, SetNotificationPreferencesMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"workshop"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"OrganisationChoices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}}]}}]}}]} as unknown as DocumentNode<OrganisationChoicesQuery, OrganisationChoicesQueryVariables>;
export const SetParticipatingOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetParticipatingOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"links"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ParticipationInput"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setParticipatingOrganisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"links"},"value":{"kind":"Variable","name":{"kind":"Name","value":"links"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SetParticipatingOrganisationsMutation, SetParticipatingOrganisationsMutationVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"acronym"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"typeCode"}},{"kind":"Field","name":{"kind":"Name","value":"iatiRef"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const ActivitiesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Activities"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"programmeTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ActivitiesQuery, ActivitiesQueryVariables>;
export const ActivityDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legislation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"activityType"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}}]}},{"kind":"Field","name":{"kind":"Name","value":"figures"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"label"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"upTo"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}}]}},{"kind":"Field","name":{"kind":"Name","value":"buildsOn"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}},{"kind":"Field","name":{"kind":"Name","value":"section"}}]}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"subArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryRegions"}},{"kind":"Field","name":{"kind":"Name","value":"partners"}},{"kind":"Field","name":{"kind":"Name","value":"participatingOrganisations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"leadOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"requests"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"allocations"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"contribution"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"stage"}},{"kind":"Field","name":{"kind":"Name","value":"donor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCompletedOn"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"results"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"indicators"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"unit"}},{"kind":"Field","name":{"kind":"Name","value":"baseline"}},{"kind":"Field","name":{"kind":"Name","value":"baselineYear"}},{"kind":"Field","name":{"kind":"Name","value":"target"}},{"kind":"Field","name":{"kind":"Name","value":"targetYear"}},{"kind":"Field","name":{"kind":"Name","value":"measure"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"actuals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRefs"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"activityMoney"},"name":{"kind":"Name","value":"fundingGaps"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"cost"}},{"kind":"Field","name":{"kind":"Name","value":"committed"}},{"kind":"Field","name":{"kind":"Name","value":"paid"}},{"kind":"Field","name":{"kind":"Name","value":"spent"}},{"kind":"Field","name":{"kind":"Name","value":"balance"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ActivityDetailQuery, ActivityDetailQueryVariables>;
export const ActivityChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<ActivityChoicesQuery, ActivityChoicesQueryVariables>;
export const TransitionActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ActivityStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}}]}}]}}]} as unknown as DocumentNode<TransitionActivityMutation, TransitionActivityMutationVariables>;
export const SetCostLinesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetCostLines"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetCostLinesInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setCostLines"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}},{"kind":"Field","name":{"kind":"Name","value":"costsByYear"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}}]}},{"kind":"Field","name":{"kind":"Name","value":"costs"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"basis"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"rateDate"}}]}}]}}]}}]} as unknown as DocumentNode<SetCostLinesMutation, SetCostLinesMutationVariables>;
export const LinkRequestsToActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LinkRequestsToActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"linkRequestsToActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestIds"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<LinkRequestsToActivityMutation, LinkRequestsToActivityMutationVariables>;
export const UnlinkRequestFromActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnlinkRequestFromActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unlinkRequestFromActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"activityId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"activityId"}}},{"kind":"Argument","name":{"kind":"Name","value":"requestId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<UnlinkRequestFromActivityMutation, UnlinkRequestFromActivityMutationVariables>;
export const RequestChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"open"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"15"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<RequestChoicesQuery, RequestChoicesQueryVariables>;
export const RecordExpenditureDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordExpenditure"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordExpenditureInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordExpenditure"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"activityId"}},{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"category"}},{"kind":"Field","name":{"kind":"Name","value":"amount"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"amountUsd"}},{"kind":"Field","name":{"kind":"Name","value":"spentOn"}},{"kind":"Field","name":{"kind":"Name","value":"beyondAllocationReason"}}]}}]}}]} as unknown as DocumentNode<RecordExpenditureMutation, RecordExpenditureMutationVariables>;
export const CreateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<CreateActivityMutation, CreateActivityMutationVariables>;
export const SetDeliveryStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetDeliveryStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SetDeliveryStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setDeliveryStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStatus"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryStartedOn"}},{"kind":"Field","name":{"kind":"Name","value":"deliveryCompletedOn"}}]}}]}}]} as unknown as DocumentNode<SetDeliveryStatusMutation, SetDeliveryStatusMutationVariables>;
export const DefineResultDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineResult"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineResultInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineResult"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"type"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DefineResultMutation, DefineResultMutationVariables>;
export const DefineIndicatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DefineIndicator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DefineIndicatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"defineIndicator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]} as unknown as DocumentNode<DefineIndicatorMutation, DefineIndicatorMutationVariables>;
export const RecordIndicatorActualDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordIndicatorActual"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordIndicatorActualInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordIndicatorActual"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"actuals"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"sourceRefs"}},{"kind":"Field","name":{"kind":"Name","value":"computed"}}]}}]}}]}}]} as unknown as DocumentNode<RecordIndicatorActualMutation, RecordIndicatorActualMutationVariables>;
export const NewActivityChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NewActivityChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"subAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"m49Areas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"level"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<NewActivityChoicesQuery, NewActivityChoicesQueryVariables>;
export const ActivityForEditDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ActivityForEdit"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","name":{"kind":"Name","value":"titleFr"}},{"kind":"Field","name":{"kind":"Name","value":"titleEs"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryRegions"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}}]} as unknown as DocumentNode<ActivityForEditQuery, ActivityForEditQueryVariables>;
export const UpdateActivityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateActivity"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateActivityInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateActivity"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryStates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryRegions"}},{"kind":"Field","name":{"kind":"Name","value":"beneficiaryAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<UpdateActivityMutation, UpdateActivityMutationVariables>;
export const ReferenceDataDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReferenceData"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"states"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreas"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"planYears"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<ReferenceDataQuery, ReferenceDataQueryVariables>;
export const MyReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MyReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"myReports"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"donorId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<MyReportsQuery, MyReportsQueryVariables>;
export const RequestReportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RequestReport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"kind"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportKind"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"format"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFormat"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"options"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportOptionsInput"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ReportFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"requestReport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"kind"},"value":{"kind":"Variable","name":{"kind":"Name","value":"kind"}}},{"kind":"Argument","name":{"kind":"Name","value":"format"},"value":{"kind":"Variable","name":{"kind":"Name","value":"format"}}},{"kind":"Argument","name":{"kind":"Name","value":"options"},"value":{"kind":"Variable","name":{"kind":"Name","value":"options"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"idempotencyKey"},"value":{"kind":"Variable","name":{"kind":"Name","value":"idempotencyKey"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"donorId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<RequestReportMutation, RequestReportMutationVariables>;
export const ReportDonorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"ReportDonors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"donors"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<ReportDonorsQuery, ReportDonorsQueryVariables>;
export const ReportProgressDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"ReportProgress"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reportProgress"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ReportFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ReportFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Report"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"format"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"progress"}},{"kind":"Field","name":{"kind":"Name","value":"rows"}},{"kind":"Field","name":{"kind":"Name","value":"fileName"}},{"kind":"Field","name":{"kind":"Name","value":"downloadUrl"}},{"kind":"Field","name":{"kind":"Name","value":"error"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"finishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"asAt"}},{"kind":"Field","name":{"kind":"Name","value":"options"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"years"}},{"kind":"Field","name":{"kind":"Name","value":"priorityAreaCodes"}},{"kind":"Field","name":{"kind":"Name","value":"phases"}},{"kind":"Field","name":{"kind":"Name","value":"donorId"}},{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}}]}}]} as unknown as DocumentNode<ReportProgressSubscription, ReportProgressSubscriptionVariables>;
export const CompareReportsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CompareReports"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"a"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"b"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"compareReports"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"a"},"value":{"kind":"Variable","name":{"kind":"Name","value":"a"}}},{"kind":"Argument","name":{"kind":"Name","value":"b"},"value":{"kind":"Variable","name":{"kind":"Name","value":"b"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"section"}},{"kind":"Field","name":{"kind":"Name","value":"sectionTitle"}},{"kind":"Field","name":{"kind":"Name","value":"row"}},{"kind":"Field","name":{"kind":"Name","value":"column"}},{"kind":"Field","name":{"kind":"Name","value":"columnTitle"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]} as unknown as DocumentNode<CompareReportsQuery, CompareReportsQueryVariables>;
export const AssistanceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AssistanceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequestFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequestOrder"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<AssistanceRequestsQuery, AssistanceRequestsQueryVariables>;
export const LogAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"LogAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"LogAssistanceRequestInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"logAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<LogAssistanceRequestMutation, LogAssistanceRequestMutationVariables>;
export const RequestDetailDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RequestDetail"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"legislation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"language"}}]}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}},{"kind":"Field","name":{"kind":"Name","value":"loggedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"mergedIntoId"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"fieldOffice"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}},{"kind":"Field","name":{"kind":"Name","value":"by"}},{"kind":"Field","name":{"kind":"Name","value":"from"}},{"kind":"Field","name":{"kind":"Name","value":"to"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"duplicates"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<RequestDetailQuery, RequestDetailQueryVariables>;
export const TransitionAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"TransitionAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"to"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RequestStatus"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"reason"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"transitionAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"to"},"value":{"kind":"Variable","name":{"kind":"Name","value":"to"}}},{"kind":"Argument","name":{"kind":"Name","value":"reason"},"value":{"kind":"Variable","name":{"kind":"Name","value":"reason"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"allowedMoves"}}]}}]}}]} as unknown as DocumentNode<TransitionAssistanceRequestMutation, TransitionAssistanceRequestMutationVariables>;
export const SetAssistanceRequestConfidentialDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetAssistanceRequestConfidential"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"confidential"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setAssistanceRequestConfidential"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"confidential"},"value":{"kind":"Variable","name":{"kind":"Name","value":"confidential"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"confidential"}}]}}]}}]} as unknown as DocumentNode<SetAssistanceRequestConfidentialMutation, SetAssistanceRequestConfidentialMutationVariables>;
export const MergeSidesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"MergeSides"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"first"},"name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"keepId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MergeSide"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"second"},"name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"mergeId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"MergeSide"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"MergeSide"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequest"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"history"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"at"}}]}}]}}]} as unknown as DocumentNode<MergeSidesQuery, MergeSidesQueryVariables>;
export const MergeAssistanceRequestsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MergeAssistanceRequests"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MergeAssistanceRequestsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"mergeAssistanceRequests"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]} as unknown as DocumentNode<MergeAssistanceRequestsMutation, MergeAssistanceRequestsMutationVariables>;
export const LinkCandidatesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"LinkCandidates"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"priorityAreaCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"requestId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"suggestedActivities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"score"}},{"kind":"Field","name":{"kind":"Name","value":"reasonCodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SuggestionReasonParts"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkCandidate"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"priorityAreaCode"},"value":{"kind":"ListValue","values":[{"kind":"Variable","name":{"kind":"Name","value":"priorityAreaCode"}}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"LinkCandidate"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SuggestionReasonParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"SuggestionReason"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"key"}},{"kind":"Field","name":{"kind":"Name","value":"matched"}},{"kind":"Field","name":{"kind":"Name","value":"total"}},{"kind":"Field","name":{"kind":"Name","value":"value"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"LinkCandidate"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]} as unknown as DocumentNode<LinkCandidatesQuery, LinkCandidatesQueryVariables>;
export const UpdateAssistanceRequestDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateAssistanceRequest"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAssistanceRequestInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAssistanceRequest"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]} as unknown as DocumentNode<UpdateAssistanceRequestMutation, UpdateAssistanceRequestMutationVariables>;
export const RequestListChangesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RequestListChanges"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AssistanceRequestFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"assistanceRequestChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"request"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]} as unknown as DocumentNode<RequestListChangesSubscription, RequestListChangesSubscriptionVariables>;
export const StateProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StateProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Boolean"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateProfile"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"m49"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"subregion"}},{"kind":"Field","name":{"kind":"Name","value":"intermediateRegion"}},{"kind":"Field","name":{"kind":"Name","value":"unStatus"}},{"kind":"Field","name":{"kind":"Name","value":"legalSystem"}},{"kind":"Field","alias":{"kind":"Name","value":"nameEn"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"EN"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameFr"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"FR"}}]},{"kind":"Field","alias":{"kind":"Name","value":"nameEs"},"name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"EnumValue","value":"ES"}}]},{"kind":"Field","name":{"kind":"Name","value":"treatyStatus"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatyStatusFields"}}]}},{"kind":"Field","name":{"kind":"Name","value":"authorities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"channels"}},{"kind":"Field","name":{"kind":"Name","value":"lastConfirmedOn"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}},{"kind":"Field","name":{"kind":"Name","value":"legislation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"enactedOn"}},{"kind":"Field","name":{"kind":"Name","value":"language"}},{"kind":"Field","name":{"kind":"Name","value":"articles"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"requestsByStatus"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}},{"kind":"Field","name":{"kind":"Name","value":"unansweredNeeds"},"directives":[{"kind":"Directive","name":{"kind":"Name","value":"include"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"if"},"value":{"kind":"Variable","name":{"kind":"Name","value":"withRequests"}}}]}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"PriorityAreaTitle"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"activities"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"phase"}},{"kind":"Field","name":{"kind":"Name","value":"totalCost"}}]}},{"kind":"Field","name":{"kind":"Name","value":"workshops"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"advisoryGroup"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"instruments"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"shortTitle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"cooperationStatistics"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"groupBy"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"YEAR"}]}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"year"}},{"kind":"Field","name":{"kind":"Name","value":"requests"}},{"kind":"Field","name":{"kind":"Name","value":"refusals"}},{"kind":"Field","name":{"kind":"Name","value":"medianDaysToExecute"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatyStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"PriorityAreaTitle"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"PriorityArea"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<StateProfileQuery, StateProfileQueryVariables>;
export const SetStateLegalSystemDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetStateLegalSystem"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"legalSystem"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"LegalSystem"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setStateLegalSystem"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"iso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"iso3"}}},{"kind":"Argument","name":{"kind":"Name","value":"legalSystem"},"value":{"kind":"Variable","name":{"kind":"Name","value":"legalSystem"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"legalSystem"}}]}}]}}]} as unknown as DocumentNode<SetStateLegalSystemMutation, SetStateLegalSystemMutationVariables>;
export const SetTreatyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SetTreatyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stateIso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"TreatyStatusInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"setTreatyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stateIso3"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrumentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"stateIso3"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"TreatyStatusFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"TreatyStatusFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TreatyStatus"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"instrumentCode"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"signedOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentOn"}},{"kind":"Field","name":{"kind":"Name","value":"consentKind"}},{"kind":"Field","name":{"kind":"Name","value":"reservations"}},{"kind":"Field","name":{"kind":"Name","value":"source"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]} as unknown as DocumentNode<SetTreatyStatusMutation, SetTreatyStatusMutationVariables>;
export const ClearTreatyStatusDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ClearTreatyStatus"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"stateIso3"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"instrumentCode"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"clearTreatyStatus"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"stateIso3"},"value":{"kind":"Variable","name":{"kind":"Name","value":"stateIso3"}}},{"kind":"Argument","name":{"kind":"Name","value":"instrumentCode"},"value":{"kind":"Variable","name":{"kind":"Name","value":"instrumentCode"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}]}]}}]} as unknown as DocumentNode<ClearTreatyStatusMutation, ClearTreatyStatusMutationVariables>;
export const WorkshopsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workshops"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshops"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<WorkshopsQuery, WorkshopsQueryVariables>;
export const WorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Workshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"datePrecision"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"city"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"viewerMayRecordOutcome"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"organisers"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"country"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"activity"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}}]}},{"kind":"Field","name":{"kind":"Name","value":"experts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisation"}},{"kind":"Field","name":{"kind":"Name","value":"illustrativeNote"}},{"kind":"Field","name":{"kind":"Name","value":"nationality"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"statesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"casesProgressed"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkshopQuery, WorkshopQueryVariables>;
export const WorkshopTitleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopTitle"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"workshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]}}]} as unknown as DocumentNode<WorkshopTitleQuery, WorkshopTitleQueryVariables>;
export const RecordWorkshopOutcomeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordWorkshopOutcome"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WorkshopOutcomeInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordWorkshopOutcome"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"workshopId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"workshopId"}}},{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}},{"kind":"Argument","name":{"kind":"Name","value":"expectedVersion"},"value":{"kind":"Variable","name":{"kind":"Name","value":"expectedVersion"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"WorkshopOutcomeFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StateName"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"State"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"iso3"}},{"kind":"Field","name":{"kind":"Name","value":"name"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"WorkshopOutcomeFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Workshop"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"participants"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"participants"}},{"kind":"Field","name":{"kind":"Name","value":"women"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"outcome"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"checklistsCompleted"}},{"kind":"Field","name":{"kind":"Name","value":"statesUpdated"}},{"kind":"Field","name":{"kind":"Name","value":"casesProgressed"}},{"kind":"Field","name":{"kind":"Name","value":"conclusions"}},{"kind":"Field","name":{"kind":"Name","value":"recordedAt"}},{"kind":"Field","name":{"kind":"Name","value":"recordedBy"}},{"kind":"Field","name":{"kind":"Name","value":"sourceParagraph"}},{"kind":"Field","name":{"kind":"Name","value":"followUpRequests"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"receivedOn"}},{"kind":"Field","name":{"kind":"Name","value":"state"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StateName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"priorityArea"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordWorkshopOutcomeMutation, RecordWorkshopOutcomeMutationVariables>;
export const FieldOfficesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"FieldOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"fieldOffices"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]} as unknown as DocumentNode<FieldOfficesQuery, FieldOfficesQueryVariables>;
export const CreateWorkshopDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateWorkshop"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateWorkshopInput"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createWorkshop"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}}]}}]}}]} as unknown as DocumentNode<CreateWorkshopMutation, CreateWorkshopMutationVariables>;
export const WorkshopActivityOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkshopActivityOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"lang"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Language"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"activities"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"ActivityRef"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"ActivityRef"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Activity"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"title"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]},{"kind":"Field","name":{"kind":"Name","value":"unofficialTranslation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"lang"},"value":{"kind":"Variable","name":{"kind":"Name","value":"lang"}}}]}]}}]} as unknown as DocumentNode<WorkshopActivityOptionsQuery, WorkshopActivityOptionsQueryVariables>;