import {
  ACTIVITY_CODE_PATTERN,
  ACTIVITY_LIMITS,
  activityYears,
  DEFAULT_PLAN_YEARS,
  isCalendarDate,
  type ActivityPhase,
  type ActivityType,
} from '@ta/domain';
import type { CreateActivityInput } from '@ta/graphql-types/graphql';
import { namesByLine, type Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface NewActivityValues {
  code: string;
  title: string;
  priorityAreaCode: string;
  activityType: ActivityType | '';
  phase: ActivityPhase;
  description: string;
  beneficiaryStates: string[];
  /** One partner a line (the API takes a list of names). */
  partners: string;
  sourceParagraph: string;
  startsOn: string;
  endsOn: string;
}
export type NewActivityField = keyof NewActivityValues;
export const NEW_ACTIVITY_FIELDS: readonly NewActivityField[] = [
  'code',
  'title',
  'priorityAreaCode',
  'activityType',
  'phase',
  'description',
  'beneficiaryStates',
  'partners',
  'sourceParagraph',
  'startsOn',
  'endsOn',
];

export function isNewActivityField(name: string | null): name is NewActivityField {
  return name !== null && (NEW_ACTIVITY_FIELDS as readonly string[]).includes(name);
}

/** A proposal (2009–2011) unless the planner says it is work under way. */
export function emptyNewActivity(): NewActivityValues {
  return {
    code: '',
    title: '',
    priorityAreaCode: '',
    activityType: '',
    phase: 'PROPOSED',
    description: '',
    beneficiaryStates: [],
    partners: '',
    sourceParagraph: '',
    startsOn: '',
    endsOn: '',
  };
}

export type NewActivityProblems = Partial<Record<NewActivityField, Problem>>;

/**
 * The API's rules (the rule kernel's code pattern and lengths; its dates: a proposal's within the plan's years, a
 * current activity's from the dates window's first year to the plan's end; the end not before the start),
 * checked as the planner types.
 */
export function validateNewActivity(
  values: NewActivityValues,
  planYears: readonly number[] = DEFAULT_PLAN_YEARS,
): NewActivityProblems {
  const problems: NewActivityProblems = {};
  const code = values.code.trim();
  if (!code) problems.code = { key: 'validation.activityCodeRequired' };
  else if (!ACTIVITY_CODE_PATTERN.test(code)) problems.code = { key: 'validation.activityCodeFormat' };

  const title = values.title.trim();
  if (!title) problems.title = { key: 'validation.activityTitleRequired' };
  else if (title.length < ACTIVITY_LIMITS.titleMin) {
    problems.title = { key: 'validation.activityTitleTooShort', values: { min: ACTIVITY_LIMITS.titleMin } };
  } else if (title.length > ACTIVITY_LIMITS.titleMax) {
    problems.title = { key: 'validation.textTooLong', values: { max: ACTIVITY_LIMITS.titleMax } };
  }

  if (!values.priorityAreaCode) problems.priorityAreaCode = { key: 'validation.priorityAreaRequired' };
  if (!values.activityType) problems.activityType = { key: 'validation.activityTypeRequired' };

  if (values.description.trim().length > ACTIVITY_LIMITS.descriptionMax) {
    problems.description = { key: 'validation.textTooLong', values: { max: ACTIVITY_LIMITS.descriptionMax } };
  }
  const partners = namesByLine(values.partners);
  if (partners.length > ACTIVITY_LIMITS.partnersMax) {
    problems.partners = { key: 'validation.tooMany', values: { max: ACTIVITY_LIMITS.partnersMax } };
  } else if (partners.some((p) => p.length > ACTIVITY_LIMITS.partnerMax)) {
    problems.partners = { key: 'validation.textTooLong', values: { max: ACTIVITY_LIMITS.partnerMax } };
  }
  if (values.sourceParagraph.trim().length > ACTIVITY_LIMITS.sourceParagraphMax) {
    problems.sourceParagraph = {
      key: 'validation.textTooLong',
      values: { max: ACTIVITY_LIMITS.sourceParagraphMax },
    };
  }

  const { first, last } = activityYears(values.phase, planYears);
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

/** The mutation's input, once the values are valid: optional fields left empty are not sent. */
export function toCreateActivityInput(values: NewActivityValues): CreateActivityInput {
  if (!values.activityType) throw new Error('toCreateActivityInput needs validated values');
  const sourceParagraph = values.sourceParagraph.trim();
  return {
    code: values.code.trim(),
    title: values.title.trim(),
    priorityAreaCode: values.priorityAreaCode,
    activityType: values.activityType,
    phase: values.phase,
    description: values.description.trim(),
    beneficiaryStates: values.beneficiaryStates,
    partners: namesByLine(values.partners),
    ...(sourceParagraph ? { sourceParagraph } : {}),
    ...(values.startsOn ? { startsOn: values.startsOn } : {}),
    ...(values.endsOn ? { endsOn: values.endsOn } : {}),
  };
}
