import { REPORT_FORMATS as KERNEL_REPORT_FORMATS, type Capabilities } from '@ta/domain';
import type { ReportFormat, ReportKind } from '@ta/graphql-types/graphql';
import type { PageName } from './router';

/*
 * Every decision here reads what the signed-in user may do, as the API answers `me { can { … } }`
 * (`Capabilities`). The client never decides on roles: the one map of role → permission lives in libs/domain
 * and reaches the client only through these answers.
 */
export type { Capabilities };

const ALL_PAGES: readonly PageName[] = [
  'dashboard',
  'requests',
  'programme',
  'workshops',
  'cycles',
  'legislation',
  'experts',
  'authorities',
  'cooperation',
  'organisations',
  'funding',
  'reports',
];
/** Without the requests, the funding gaps are the user's first concern: they come right after the dashboard. */
const WITHOUT_REQUESTS: readonly PageName[] = [
  'dashboard',
  'funding',
  'programme',
  'workshops',
  'cycles',
  'legislation',
  'experts',
  'authorities',
  'cooperation',
  'organisations',
  'reports',
];

/** Accounts: add a colleague, change a role or scope, deactivate a leaver (administrators). */
export const mayManageUsers = (can: Capabilities): boolean => can.manageUsers;

/**
 * The pages in the navigation bar, in order. The requests only for those who may read them; the accounts (last)
 * only for those who may manage them.
 */
export function navPages(can: Capabilities): readonly PageName[] {
  const pages = can.readRequests ? ALL_PAGES : WITHOUT_REQUESTS;
  return mayManageUsers(can) ? [...pages, 'users'] : pages;
}

/** What "/" shows: the dashboard; those who do not read requests start on the funding gaps. */
export function homePage(can: Capabilities): PageName {
  return can.readRequests ? 'dashboard' : 'funding';
}

/** Pages reached by links rather than from the bar (a State's profile, a workshop) are open to everyone; the import to importers. */
export function mayOpen(can: Capabilities, page: PageName): boolean {
  if (page === 'import') return can.importRequests;
  if (page === 'checklist') return can.readRequests;
  // One's own notifications and password: everyone signed in (reached from the header).
  return page === 'state' || page === 'workshop' || page === 'notifications' || page === 'password'
    ? true
    : navPages(can).includes(page);
}

/**
 * Whether the user may act on a State's records (log, edit, move or merge its requests, enter its checklist, propose
 * its authorities' changes): the States the API's policy answers in `me.actableStates` (null: every State). What a
 * role may do at all is its capability; this is the scope within it, so a field office is not offered an action on
 * another office's State only to be refused.
 */
export function mayActOnState(user: { actableStates?: readonly string[] | null }, stateIso3: string): boolean {
  return user.actableStates == null || user.actableStates.includes(stateIso3);
}

/** Log requests one by one (the API limits a field office to its States). */
export const mayLogRequests = (can: Capabilities): boolean => can.logRequests;

/** Enter a State's checklist answers (the API limits a field office to its States). */
export const mayEnterChecklists = (can: Capabilities): boolean => can.enterChecklists;

/** Accept a checklist answer's need, which logs it as a request. */
export const mayAcceptChecklistNeeds = (can: Capabilities): boolean => can.acceptChecklistNeeds;

/** Publish a new version of a reporting cycle's questionnaire (the secretariat). */
export const mayPublishQuestionnaires = (can: Capabilities): boolean => can.publishQuestionnaires;

/** Keep the legal library: store a law's PDF, mark it confidential. */
export const mayEditLegislation = (can: Capabilities): boolean => can.editLegislation;
/** Record international cooperation requests, one by one or from a spreadsheet (the API limits a field office to its States). */
export const mayRecordCooperation = (can: Capabilities): boolean => can.recordCooperation;

/** Import requests from a spreadsheet. */
export const mayImportRequests = (can: Capabilities): boolean => can.importRequests;

/** The reports the user may ask for: the requests report only for those who may ask for it. */
export function reportKinds(can: Capabilities): readonly ReportKind[] {
  return [
    'CONFERENCE_REPORT',
    'PROGRAMME_PLAN',
    ...(mayAskDonorStatement(can) ? (['DONOR_STATEMENT'] as const) : []),
    'STATE_PROFILE',
    'FUNDING_GAPS',
    ...(can.requestRequestsReport ? (['ASSISTANCE_REQUESTS'] as const) : []),
    'IATI_ACTIVITIES',
  ];
}

/** A donor statement: the secretariat any donor's, a donor its own (the API decides which donor). */
export const mayAskDonorStatement = (can: Capabilities): boolean => can.manageFunding || can.recordIntentions;

/** The files each report is made as, the first the default: the kernel's rule, as the API applies it. */
export const REPORT_FORMATS = KERNEL_REPORT_FORMATS as Readonly<Record<ReportKind, readonly ReportFormat[]>>;

/** Requests one by one (descriptions, States' needs): others see counts. */
export const seesRequests = (can: Capabilities): boolean => can.readRequests;

/** Requests counted by State (the world map of needs): others see them by region. */
export const seesCountsByState = (can: Capabilities): boolean => can.countRequestsByState;

/** Activities: status, cost lines, links to requests. */
export const mayEditProgramme = (can: Capabilities): boolean => can.editProgramme;

/** Contributions, rates, payments and allocations. */
export const mayManageFunding = (can: Capabilities): boolean => can.manageFunding;

/** The audit log of the programme's records. */
export const mayReadHistory = (can: Capabilities): boolean => can.readHistory;

/** Whether the user records workshop outcomes at all (some workshops, e.g. another office's, may still be refused). */
export const recordsOutcomes = (can: Capabilities): boolean => can.recordWorkshopOutcomes;

/** A workshop as far as the outcome decision goes: the API's answer for this workshop and this user. */
export interface OutcomeWorkshop {
  /** `Workshop.viewerMayRecordOutcome`: the API's access policy decides (it knows which office organised it). */
  viewerMayRecordOutcome: boolean;
}

/** Whether to offer this workshop's outcome form: exactly what the API's policy answers, no rule of our own. */
export function mayRecordOutcome(workshop: OutcomeWorkshop): boolean {
  return workshop.viewerMayRecordOutcome;
}

/** A donor profile (the API limits a donor to its own). */
export const mayEditDonorProfile = (can: Capabilities): boolean => can.editDonorProfile;
export const mayEditDonorPriorities = (can: Capabilities): boolean => can.editDonorPriorities;

/** Move requests along their workflow (the API still refuses a State outside the user's reach). */
export const mayMoveRequests = (can: Capabilities): boolean => can.moveRequests;

/** Merge a duplicate request into the one that stays. */
export const mayMergeRequests = (can: Capabilities): boolean => can.mergeRequests;

/** Keep the directory of competent authorities: edit entries, confirm or reject proposed changes. */
export const mayEditAuthorities = (can: Capabilities): boolean => can.editAuthorities;

/** Propose a change to the directory (a field office for its States; the secretariat confirms it). */
export const mayProposeAuthorityChanges = (can: Capabilities): boolean => can.proposeAuthorityChanges;

/** Record a State's standing under each instrument, correct it, or clear one recorded in error. */
export const mayEditTreaties = (can: Capabilities): boolean => can.editTreaties;

/** Record and withdraw intentions (a donor its own; the API decides which donor). */
export const mayRecordIntentions = (can: Capabilities): boolean => can.recordIntentions;
