import {
  ACTIVITY_CODE_PATTERN,
  ACTIVITY_LIMITS,
  DEFAULT_PLAN_YEARS,
  FIELD_OFFICE_CODE_PATTERN,
  isSubAreaOf,
  mayBuildOn,
  type ActivityPhase,
  type ActivityType,
  type M49AreaName,
} from '@ta/domain';
import type { CreateActivityInput } from '@ta/graphql-types/graphql';
import { namesByLine, type Problem } from '../../forms';
import { beneficiaryAreasInput, validateActivityFields, type ActivityFieldValues } from './activity-fields';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface NewActivityValues extends ActivityFieldValues {
  code: string;
  priorityAreaCode: string;
  /** One of the priority area's sub-areas ("C.b"), or none. */
  subAreaCode: string;
  activityType: ActivityType | '';
  phase: ActivityPhase;
  /** The field office that leads it, or none. */
  leadOfficeCode: string;
  /** The CURRENT activities a proposal builds on, with the label they were chosen by (kept in the draft). */
  buildsOn: Array<{ id: string; label: string }>;
  sourceParagraph: string;
}
export type NewActivityField = keyof NewActivityValues;
export const NEW_ACTIVITY_FIELDS: readonly NewActivityField[] = [
  'code',
  'title',
  'priorityAreaCode',
  'subAreaCode',
  'activityType',
  'phase',
  'description',
  'beneficiaryStates',
  'beneficiaryAreas',
  'leadOfficeCode',
  'buildsOn',
  'partners',
  'sourceParagraph',
  'startsOn',
  'endsOn',
];

/** The API's names for fields the form keeps otherwise (its refusals land on the form's field). */
export const NEW_ACTIVITY_ALIASES: Readonly<Record<string, NewActivityField>> = {
  beneficiaryRegions: 'beneficiaryAreas',
  buildsOnIds: 'buildsOn',
};

export function isNewActivityField(name: string | null): name is NewActivityField {
  return name !== null && (NEW_ACTIVITY_FIELDS as readonly string[]).includes(name);
}

/** A proposal (2009–2011) unless the planner says it is work under way. */
export function emptyNewActivity(): NewActivityValues {
  return {
    code: '',
    title: '',
    priorityAreaCode: '',
    subAreaCode: '',
    activityType: '',
    phase: 'PROPOSED',
    description: '',
    beneficiaryStates: [],
    beneficiaryAreas: [],
    leadOfficeCode: '',
    buildsOn: [],
    partners: '',
    sourceParagraph: '',
    startsOn: '',
    endsOn: '',
  };
}

export type NewActivityProblems = Partial<Record<NewActivityField, Problem>>;

/**
 * The API's rules, checked as the planner types: the fields "Edit activity" shares (`validateActivityFields`: lengths,
 * counts, dates by phase) and the rule kernel's code pattern, area, sub-area, type, offices and what it builds on.
 */
export function validateNewActivity(
  values: NewActivityValues,
  planYears: readonly number[] = DEFAULT_PLAN_YEARS,
): NewActivityProblems {
  const problems: NewActivityProblems = validateActivityFields(values, values.phase, planYears);
  const code = values.code.trim();
  if (!code) problems.code = { key: 'validation.activityCodeRequired' };
  else if (!ACTIVITY_CODE_PATTERN.test(code)) problems.code = { key: 'validation.activityCodeFormat' };

  if (!values.priorityAreaCode) problems.priorityAreaCode = { key: 'validation.priorityAreaRequired' };
  if (values.subAreaCode && !isSubAreaOf(values.subAreaCode, values.priorityAreaCode)) {
    problems.subAreaCode = { key: 'validation.subAreaNotOfArea', values: { area: values.priorityAreaCode || '—' } };
  }
  if (!values.activityType) problems.activityType = { key: 'validation.activityTypeRequired' };
  if (values.buildsOn.length > ACTIVITY_LIMITS.buildsOnMax) {
    problems.buildsOn = { key: 'validation.tooMany', values: { max: ACTIVITY_LIMITS.buildsOnMax } };
  }
  if (values.buildsOn.length > 0 && !mayBuildOn(values.phase)) {
    problems.buildsOn = { key: 'validation.buildsOnProposalOnly' };
  }
  if (values.leadOfficeCode && !FIELD_OFFICE_CODE_PATTERN.test(values.leadOfficeCode)) {
    problems.leadOfficeCode = { key: 'validation.fieldOfficeCode' };
  }
  if (values.sourceParagraph.trim().length > ACTIVITY_LIMITS.sourceParagraphMax) {
    problems.sourceParagraph = {
      key: 'validation.textTooLong',
      values: { max: ACTIVITY_LIMITS.sourceParagraphMax },
    };
  }
  return problems;
}

/**
 * The mutation's input, once the values are valid: optional fields left empty are not sent. The regions go as
 * M49 codes (the data the funding gap groups by) and as their M49 names among `areas` (the wording the activity shows).
 */
export function toCreateActivityInput(
  values: NewActivityValues,
  areas: readonly M49AreaName[] = [],
): CreateActivityInput {
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
    ...(values.beneficiaryAreas.length ? beneficiaryAreasInput(values.beneficiaryAreas, areas) : {}),
    ...(values.subAreaCode ? { subAreaCode: values.subAreaCode } : {}),
    ...(values.leadOfficeCode ? { leadOfficeCode: values.leadOfficeCode } : {}),
    ...(values.buildsOn.length ? { buildsOnIds: values.buildsOn.map((a) => a.id) } : {}),
    partners: namesByLine(values.partners),
    ...(sourceParagraph ? { sourceParagraph } : {}),
    ...(values.startsOn ? { startsOn: values.startsOn } : {}),
    ...(values.endsOn ? { endsOn: values.endsOn } : {}),
  };
}
