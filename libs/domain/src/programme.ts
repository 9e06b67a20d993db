import { DATE_WINDOW } from './dates.js';
import { LIST_LIMITS } from './limits.js';

/** The programme's five priority areas (A–E) and their sub-areas ("C.b"), as the document numbers them. */
export const PRIORITY_AREA_CODES = ['A', 'B', 'C', 'D', 'E'] as const;
export type PriorityAreaCode = (typeof PRIORITY_AREA_CODES)[number];
export const PRIORITY_AREA_CODE_PATTERN = /^[A-E]$/;
export const SUB_AREA_CODE_PATTERN = /^[A-E]\.[a-e]$/;

/** An activity's code, as the source numbers it ("IV.B.5-6"): 2 to 30 letters, digits, dots or dashes. */
export const ACTIVITY_CODE_PATTERN = /^[A-Za-z0-9.-]{2,30}$/;

/**
 * The lengths the API accepts for an activity's texts (title, description, partners, source paragraph, each
 * region's wording), and how many beneficiary States, regions and M49 areas, and activities built on, it takes.
 */
export const ACTIVITY_LIMITS = {
  titleMin: 3,
  titleMax: 300,
  descriptionMax: 5000,
  partnersMax: 20,
  partnerMax: 100,
  sourceParagraphMax: 50,
  beneficiaryStatesMax: 200,
  beneficiaryRegionsMax: LIST_LIMITS.texts,
  beneficiaryRegionMax: 100,
  beneficiaryAreasMax: 20,
  buildsOnMax: 20,
} as const;

/** A UN M49 area's code: three digits, e.g. "002" (Africa), "001" (the World: global). */
export const M49_CODE_PATTERN = /^[0-9]{3}$/;
/** A State's ISO 3166 alpha-3 code, e.g. "SEN". */
export const STATE_ISO3_PATTERN = /^[A-Z]{3}$/;

/** A sub-area belongs to the priority area whose letter it starts with ("C.b" is one of C's). */
export function isSubAreaOf(subAreaCode: string, priorityAreaCode: string): boolean {
  return SUB_AREA_CODE_PATTERN.test(subAreaCode) && subAreaCode.startsWith(`${priorityAreaCode}.`);
}

/** Only a proposal builds on activities, and only on CURRENT ones (the work under way it continues). */
export function mayBuildOn(phase: ActivityPhase): boolean {
  return phase === 'PROPOSED';
}

/**
 * The lengths the API accepts for a workshop's texts (title, city, region, each organiser), and how many
 * organisers and languages it takes.
 */
export const WORKSHOP_LIMITS = {
  titleMin: 3,
  titleMax: 300,
  cityMin: 2,
  cityMax: 100,
  regionMax: 100,
  organiserMax: 100,
  organisersMax: LIST_LIMITS.texts,
  languagesMax: LIST_LIMITS.texts,
} as const;

/** The lengths the API accepts for an expert's name and organisation, and how many topics of expertise. */
export const EXPERT_LIMITS = {
  nameMin: 2,
  nameMax: 200,
  organisationMax: 200,
  expertiseMax: 20,
} as const;

/** Kinds of activity in the programme. */
export const ACTIVITY_TYPES = [
  'WORKSHOP',
  'EXPERT_GROUP_MEETING',
  'LEGAL_ADVISORY_SERVICE',
  'MODEL_LEGISLATION',
  'TRAINING_MATERIAL',
  'TOOL_OR_SOFTWARE',
  'RESEARCH',
  'EQUIPMENT',
  'NETWORK',
  'STAFFING',
] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

export const COST_CATEGORIES = [
  'STAFF',
  'CONSULTANTS',
  'TRAVEL',
  'MEETINGS',
  'EQUIPMENT',
  'PUBLICATIONS',
  'OTHER',
] as const;
export type CostCategory = (typeof COST_CATEGORIES)[number];

/** Original costing, or a revision of it. */
export const COST_BASES = ['ORIGINAL', 'REVISED'] as const;
export type CostBasis = (typeof COST_BASES)[number];

export const ACTIVITY_STATUSES = ['PROPOSED', 'ENDORSED', 'FUNDED', 'UNDER_WAY', 'COMPLETED', 'CANCELLED'] as const;
export type ActivityStatus = (typeof ACTIVITY_STATUSES)[number];

const ACTIVITY_FORWARD: Readonly<Partial<Record<ActivityStatus, ActivityStatus>>> = {
  PROPOSED: 'ENDORSED',
  ENDORSED: 'FUNDED',
  FUNDED: 'UNDER_WAY',
  UNDER_WAY: 'COMPLETED',
};

/** A move of an activity's status, as its history records it (oldest first). */
export interface ActivityMove {
  from?: ActivityStatus | null;
  to: ActivityStatus;
}

/**
 * proposed → endorsed → funded → under way → completed; any but completed may be cancelled (with a reason). A
 * finished activity may only be reopened (`activityReopensTo`, with a reason); `history` says where a cancelled
 * one goes back to.
 */
export function activityMoves(from: ActivityStatus, history: readonly ActivityMove[] = []): ActivityStatus[] {
  if (isFinishedActivity(from)) {
    const back = activityReopensTo(from, history);
    return back ? [back] : [];
  }
  const next = ACTIVITY_FORWARD[from];
  return [...(next ? [next] : []), 'CANCELLED'];
}

/** A completed or cancelled activity is finished: what it was stays as it was recorded. */
export const FINISHED_ACTIVITY_STATUSES: readonly ActivityStatus[] = ['COMPLETED', 'CANCELLED'];

function isFinishedActivity(status: ActivityStatus): boolean {
  return FINISHED_ACTIVITY_STATUSES.includes(status);
}

/**
 * Where a finished activity goes back to when a planner reopens it: a completed one is under way again; a
 * cancelled one returns to the status it was cancelled from (its last move to CANCELLED in `history`, oldest
 * first), or to PROPOSED when its history does not say. An open activity is not reopened (null).
 */
export function activityReopensTo(
  status: ActivityStatus,
  history: readonly ActivityMove[] = [],
): ActivityStatus | null {
  if (status === 'COMPLETED') return 'UNDER_WAY';
  if (status !== 'CANCELLED') return null;
  const cancelled = [...history].reverse().find((move) => move.to === 'CANCELLED');
  const before = cancelled?.from;
  return before && !isFinishedActivity(before) ? before : 'PROPOSED';
}

/** A cancellation says why, and so does reopening a finished activity (the move back is audited with it). */
export function activityMoveNeedsReason(from: ActivityStatus, to: ActivityStatus): boolean {
  return to === 'CANCELLED' || isFinishedActivity(from);
}

/**
 * Whether an activity's fields (title, description, dates, beneficiaries, partners), its participating
 * organisations, its cost lines and its links to requests may still be changed: not once it is finished (refused
 * with `ACTIVITY_CLOSED`, naming the status) — cost lines feed the funding gap, so a finished activity's costing
 * stays as it was recorded. Its status moves keep their own rules (`activityMoves`: a finished one may be reopened),
 * and so does its delivery (`deliveryMoves`).
 */
export function mayEditActivity(status: ActivityStatus): boolean {
  return !isFinishedActivity(status);
}

/**
 * An edit's value for a field that may be emptied (an activity's dates, its titles in other languages): absent
 * (undefined) keeps what it was, null clears it, anything else replaces it.
 */
export function editedValue<T>(sent: T | null | undefined, current: T | null): T | null {
  return sent === undefined ? current : sent;
}

/** An activity's title in French and Spanish, and whether they are the UN's own text. */
export interface TitleTranslations {
  titleFr: string | null;
  titleEs: string | null;
  translationsOfficial: boolean;
}

/**
 * The French and Spanish titles after an edit: each kept unless it was sent (a text replaces it, null clears it),
 * whatever happened to the English title — a new English title does not take the other languages' away. They stay
 * the UN's own text only while nothing they translate changed: a title a person typed is a translation made for
 * this tool, and so are the kept ones once the English title they translated is no longer the UN's (a new English
 * title, other than the one there, clears the mark).
 */
export function editedTitleTranslations(
  current: TitleTranslations & { title: string },
  sent: { title?: string | null; titleFr?: string | null; titleEs?: string | null },
): TitleTranslations {
  const clean = (text: string | null | undefined) => (typeof text === 'string' ? text.trim() || null : text);
  const titleFr = editedValue(clean(sent.titleFr), current.titleFr);
  const titleEs = editedValue(clean(sent.titleEs), current.titleEs);
  const title = clean(sent.title) ?? current.title;
  const touched = titleFr !== current.titleFr || titleEs !== current.titleEs || title !== current.title;
  return { titleFr, titleEs, translationsOfficial: touched ? false : current.translationsOfficial };
}

/**
 * What kind of event a workshop is. Besides the programme's own workshops, the document dates sessions of
 * intergovernmental bodies (the Commission, the Conference, the Working Group) and the meetings of the
 * advisory group of experts (para. 46).
 */
export const WORKSHOP_KINDS = [
  'REGIONAL_WORKSHOP',
  'NATIONAL_TRAINING',
  'EXPERT_GROUP_MEETING',
  'STUDY_TOUR',
  'INTERGOVERNMENTAL_SESSION',
  'ADVISORY_GROUP_MEETING',
] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

/** A workshop is planned (still to come), held, or cancelled. */
export const WORKSHOP_STATUSES = ['PLANNED', 'HELD', 'CANCELLED'] as const;
export type WorkshopStatus = (typeof WORKSHOP_STATUSES)[number];

/** CURRENT: under way in 2008 (sections II.A–VI.A of the source); PROPOSED: the 2009–2011 proposals (II.B–VI.B). */
export const ACTIVITY_PHASES = ['CURRENT', 'PROPOSED'] as const;
export type ActivityPhase = (typeof ACTIVITY_PHASES)[number];

/**
 * The years an activity's dates may fall in: a proposal's within the plan; work under way (CURRENT) from the date
 * window's first year to the plan's end. The API refuses other dates; the web form says so as the planner types.
 */
export function activityYears(phase: ActivityPhase, planYears: readonly number[]): { first: number; last: number } {
  const years = phase === 'CURRENT' ? [Number(DATE_WINDOW.earliest.slice(0, 4)), ...planYears] : [...planYears];
  return { first: Math.min(...years), last: Math.max(...years) };
}

/**
 * How exactly an event's date is known: a DAY (its dates as given), a MONTH ("April 2008"), a QUARTER
 * ("the last quarter of 2008") or a YEAR ("Vienna, 2004"). A month, quarter or year starts on its first day and
 * ends on its last.
 */
export const DATE_PRECISIONS = ['DAY', 'MONTH', 'QUARTER', 'YEAR'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];

/**
 * Whether `startsOn` (YYYY-MM-DD) is where a period of this precision starts (any day, a month's 1st, a quarter's
 * 1st, 1 January).
 */
export function isPeriodStart(precision: DatePrecision, startsOn: string): boolean {
  if (precision === 'DAY') return true;
  if (precision === 'YEAR') return startsOn.slice(5) === '01-01';
  const month = Number(startsOn.slice(5, 7));
  return startsOn.slice(8, 10) === '01' && (precision === 'MONTH' || month % 3 === 1);
}

/** The last day of the month, quarter or year that starts on `startsOn` (for DAY, `startsOn` itself). */
export function periodEnd(precision: DatePrecision, startsOn: string): string {
  if (precision === 'DAY') return startsOn;
  if (precision === 'YEAR') return `${startsOn.slice(0, 4)}-12-31`;
  const year = Number(startsOn.slice(0, 4));
  const month = Number(startsOn.slice(5, 7)) + (precision === 'QUARTER' ? 3 : 1);
  const end = new Date(Date.UTC(year, month - 1, 0));
  return end.toISOString().slice(0, 10);
}

/** Legal families (JuriGlobe-style: common law, civil law, Islamic law, or a mix of them; customary law counts as mixed). */
export const LEGAL_SYSTEMS = ['COMMON_LAW', 'CIVIL_LAW', 'ISLAMIC_LAW', 'MIXED'] as const;
export type LegalSystem = (typeof LEGAL_SYSTEMS)[number];

export const GENDERS = ['FEMALE', 'MALE', 'OTHER', 'UNDISCLOSED'] as const;
export type Gender = (typeof GENDERS)[number];

/** The programme's years; the API reads PLAN_YEARS to change them. */
export const DEFAULT_PLAN_YEARS = [2009, 2010, 2011] as const;

/** The years among `years` that are not years of the plan (a report, an allocation or a cost line names only those). */
export function yearsOutsidePlan(
  years: readonly number[],
  planYears: readonly number[] = DEFAULT_PLAN_YEARS,
): number[] {
  return years.filter((y) => !Number.isInteger(y) || !planYears.includes(y));
}
