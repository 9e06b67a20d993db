import {
  ACTIVITY_LIMITS,
  activityYears,
  DEFAULT_PLAN_YEARS,
  isCalendarDate,
  regionsWording,
  type ActivityPhase,
  type M49AreaName,
} from '@ta/domain';
import { namesByLine, type Problem } from '../../forms';

/**
 * The fields "New activity" and "Edit activity" share (the API's `UpdateActivityInput`, less the regions' wording,
 * which goes with the M49 codes): one set of rules, one set of controls (ActivityFields.tsx).
 */
export interface ActivityFieldValues {
  title: string;
  description: string;
  beneficiaryStates: string[];
  /** UN M49 codes of the regions and sub-regions it benefits (none: global). */
  beneficiaryAreas: string[];
  /** One partner a line (the API takes a list of names). */
  partners: string;
  startsOn: string;
  endsOn: string;
}
export type ActivityFieldName = keyof ActivityFieldValues;
export const ACTIVITY_FIELD_NAMES: readonly ActivityFieldName[] = [
  'title',
  'description',
  'beneficiaryStates',
  'beneficiaryAreas',
  'partners',
  'startsOn',
  'endsOn',
];

/** The labels of the shared fields (the same words in both forms). */
export const ACTIVITY_FIELD_LABELS = {
  title: 'newActivity.activityTitle',
  description: 'newActivity.description',
  beneficiaryStates: 'newActivity.states',
  beneficiaryAreas: 'newActivity.regions',
  partners: 'newActivity.partners',
  startsOn: 'newActivity.startsOn',
  endsOn: 'newActivity.endsOn',
} as const satisfies Record<ActivityFieldName, string>;

export type ActivityFieldProblems = Partial<Record<ActivityFieldName, Problem>>;

/**
 * The API's rules for the shared fields (the rule kernel's lengths and counts; the dates: a proposal's within the
 * plan's years, a current activity's from the dates window's first year to the plan's end; the end not before the
 * start), checked as the planner types.
 */
export function validateActivityFields(
  values: ActivityFieldValues,
  phase: ActivityPhase,
  planYears: readonly number[] = DEFAULT_PLAN_YEARS,
): ActivityFieldProblems {
  const problems: ActivityFieldProblems = {};
  const title = values.title.trim();
  if (!title) problems.title = { key: 'validation.activityTitleRequired' };
  else if (title.length < ACTIVITY_LIMITS.titleMin) {
    problems.title = { key: 'validation.activityTitleTooShort', values: { min: ACTIVITY_LIMITS.titleMin } };
  } else if (title.length > ACTIVITY_LIMITS.titleMax) {
    problems.title = { key: 'validation.textTooLong', values: { max: ACTIVITY_LIMITS.titleMax } };
  }

  if (values.beneficiaryStates.length > ACTIVITY_LIMITS.beneficiaryStatesMax) {
    problems.beneficiaryStates = { key: 'validation.tooMany', values: { max: ACTIVITY_LIMITS.beneficiaryStatesMax } };
  }
  if (values.beneficiaryAreas.length > ACTIVITY_LIMITS.beneficiaryAreasMax) {
    problems.beneficiaryAreas = { key: 'validation.tooMany', values: { max: ACTIVITY_LIMITS.beneficiaryAreasMax } };
  }
  if (values.description.trim().length > ACTIVITY_LIMITS.descriptionMax) {
    problems.description = { key: 'validation.textTooLong', values: { max: ACTIVITY_LIMITS.descriptionMax } };
  }
  const partners = namesByLine(values.partners);
  if (partners.length > ACTIVITY_LIMITS.partnersMax) {
    problems.partners = { key: 'validation.tooMany', values: { max: ACTIVITY_LIMITS.partnersMax } };
  } else if (partners.some((p) => p.length > ACTIVITY_LIMITS.partnerMax)) {
    problems.partners = { key: 'validation.textTooLong', values: { max: ACTIVITY_LIMITS.partnerMax } };
  }

  const { first, last } = activityYears(phase, planYears);
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = values[field];
    if (!value) continue;
    if (!isCalendarDate(value)) problems[field] = { key: 'validation.dateInvalid' };
    else if (Number(value.slice(0, 4)) < first || Number(value.slice(0, 4)) > last) {
      problems[field] = { key: 'validation.activityDateOutsidePlan', values: { first, last } };
    }
  }
  if (!problems.startsOn && !problems.endsOn && values.startsOn && values.endsOn && values.endsOn < values.startsOn) {
    problems.endsOn = { key: 'validation.endsBeforeStarts' };
  }
  return problems;
}

/**
 * The regions as the API takes them: the M49 codes (the data) and their wording (what the activity shows). The
 * stored wording (`stored`, none for a new activity) of codes still chosen is kept as written; only codes it does
 * not cover get their M49 name from `areas` (@ta/domain regionsWording).
 */
export function beneficiaryAreasInput(
  codes: readonly string[],
  areas: readonly M49AreaName[],
  stored: readonly string[] = [],
): { beneficiaryAreas: string[]; beneficiaryRegions: string[] } {
  return { beneficiaryAreas: [...codes], beneficiaryRegions: regionsWording(codes, areas, stored) };
}
