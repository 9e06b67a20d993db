/** The programme's five priority areas (A–E) and their sub-areas ("C.b"), as the document numbers them. */
export const PRIORITY_AREA_CODES = ['A', 'B', 'C', 'D', 'E'] as const;
export type PriorityAreaCode = (typeof PRIORITY_AREA_CODES)[number];
export const PRIORITY_AREA_CODE_PATTERN = /^[A-E]$/;
export const SUB_AREA_CODE_PATTERN = /^[A-E]\.[a-e]$/;

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

/** proposed → endorsed → funded → under way → completed; any but completed may be cancelled (with a reason). */
export function activityMoves(from: ActivityStatus): ActivityStatus[] {
  if (from === 'COMPLETED' || from === 'CANCELLED') return [];
  const next = ACTIVITY_FORWARD[from];
  return [...(next ? [next] : []), 'CANCELLED'];
}

export const WORKSHOP_KINDS = ['REGIONAL_WORKSHOP', 'NATIONAL_TRAINING', 'EXPERT_GROUP_MEETING', 'STUDY_TOUR'] as const;
export type WorkshopKind = (typeof WORKSHOP_KINDS)[number];

export const LEGAL_SYSTEMS = ['CIVIL_LAW', 'COMMON_LAW', 'MIXED', 'ISLAMIC_LAW', 'CUSTOMARY_LAW'] as const;
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
