import { ACTIVITY_LIMITS, DEFAULT_PLAN_YEARS, type ActivityPhase, type M49AreaName } from '@ta/domain';
import type { UpdateActivityInput } from '@ta/graphql-types/graphql';
import { namesByLine, tooLong, type Problem } from '../../forms';
import {
  ACTIVITY_FIELD_LABELS,
  ACTIVITY_FIELD_NAMES,
  beneficiaryAreasInput,
  validateActivityFields,
  type ActivityFieldName,
  type ActivityFieldValues,
} from './activity-fields';

/**
 * "Edit activity" changes what the API's `updateActivity` takes: the fields New activity shares with it, and the
 * title in French and Spanish (empty: none, the English stands in for it).
 */
export interface EditActivityValues extends ActivityFieldValues {
  titleFr: string;
  titleEs: string;
}
export type EditActivityField = ActivityFieldName | 'titleFr' | 'titleEs';
export const EDIT_ACTIVITY_FIELDS: readonly EditActivityField[] = [...ACTIVITY_FIELD_NAMES, 'titleFr', 'titleEs'];
export const EDIT_ACTIVITY_LABELS = {
  ...ACTIVITY_FIELD_LABELS,
  titleFr: 'editActivity.titleFr',
  titleEs: 'editActivity.titleEs',
} as const satisfies Record<EditActivityField, string>;
export type EditActivityProblems = Partial<Record<EditActivityField, Problem>>;

/** The API's names for fields the form keeps otherwise (its refusals land on the form's field). */
export const EDIT_ACTIVITY_ALIASES: Readonly<Record<string, EditActivityField>> = {
  beneficiaryRegions: 'beneficiaryAreas',
};

export function isEditActivityField(name: string | null): name is EditActivityField {
  return name !== null && (EDIT_ACTIVITY_FIELDS as readonly string[]).includes(name);
}

/** The activity as the edit form reads it (its English title: the one `updateActivity` changes). */
export interface ActivityAsRead {
  title: string;
  /** As kept: null until translated. */
  titleFr?: string | null;
  titleEs?: string | null;
  description: string;
  beneficiaryStates: ReadonlyArray<{ iso3: string }>;
  beneficiaryAreas: ReadonlyArray<{ code: string }>;
  partners: readonly string[];
  startsOn?: string | null;
  endsOn?: string | null;
}

/** The form's values for the activity as read: what it shows when it opens. */
export function editActivityValuesOf(activity: ActivityAsRead): EditActivityValues {
  return {
    title: activity.title,
    description: activity.description,
    beneficiaryStates: activity.beneficiaryStates.map((s) => s.iso3),
    beneficiaryAreas: activity.beneficiaryAreas.map((a) => a.code),
    partners: activity.partners.join('\n'),
    startsOn: activity.startsOn ?? '',
    endsOn: activity.endsOn ?? '',
    titleFr: activity.titleFr ?? '',
    titleEs: activity.titleEs ?? '',
  };
}

/**
 * The shared fields' rules (the activity's phase decides the dates' years); a date may be emptied (cleared), and so
 * may a title in French or Spanish, within the title's length.
 */
export function validateEditActivity(
  values: EditActivityValues,
  phase: ActivityPhase,
  planYears: readonly number[] = DEFAULT_PLAN_YEARS,
): EditActivityProblems {
  const problems: EditActivityProblems = validateActivityFields(values, phase, planYears);
  for (const field of ['titleFr', 'titleEs'] as const) {
    const problem = tooLong(values[field].trim(), ACTIVITY_LIMITS.titleMax);
    if (problem) problems[field] = problem;
  }
  return problems;
}

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);
const normalised = (v: EditActivityValues) => ({
  title: v.title.trim(),
  description: v.description.trim(),
  beneficiaryStates: [...v.beneficiaryStates].sort(),
  beneficiaryAreas: [...v.beneficiaryAreas].sort(),
  partners: namesByLine(v.partners),
  startsOn: v.startsOn,
  endsOn: v.endsOn,
  titleFr: v.titleFr.trim(),
  titleEs: v.titleEs.trim(),
});

/** The fields the person changed from the values read (an order of States or regions is no change). */
export function changedFields(read: EditActivityValues, values: EditActivityValues): EditActivityField[] {
  const before = normalised(read);
  const after = normalised(values);
  return EDIT_ACTIVITY_FIELDS.filter((field) => !same(before[field], after[field]));
}

/**
 * Only what changed, once the values are valid: an empty input when nothing did. Regions changed go as their M49
 * codes and their wording together, so the activity's wording follows its data: the stored wording
 * (`storedRegions`, e.g. the document's "West Africa") of the codes still chosen is kept, and only codes newly
 * chosen get their M49 name among `areas`.
 */
export function toUpdateActivityInput(
  read: EditActivityValues,
  values: EditActivityValues,
  areas: readonly M49AreaName[] = [],
  storedRegions: readonly string[] = [],
): UpdateActivityInput {
  const changed = new Set(changedFields(read, values));
  const now = normalised(values);
  return {
    ...(changed.has('title') ? { title: now.title } : {}),
    ...(changed.has('description') ? { description: now.description } : {}),
    ...(changed.has('beneficiaryStates') ? { beneficiaryStates: values.beneficiaryStates } : {}),
    ...(changed.has('beneficiaryAreas') ? beneficiaryAreasInput(values.beneficiaryAreas, areas, storedRegions) : {}),
    ...(changed.has('partners') ? { partners: now.partners } : {}),
    // A date emptied is cleared (null); one left alone is not sent, and stays.
    ...(changed.has('startsOn') ? { startsOn: values.startsOn || null } : {}),
    ...(changed.has('endsOn') ? { endsOn: values.endsOn || null } : {}),
    // The other languages' titles go only when changed (a new English title keeps them); emptied: none.
    ...(changed.has('titleFr') ? { titleFr: now.titleFr || null } : {}),
    ...(changed.has('titleEs') ? { titleEs: now.titleEs || null } : {}),
  };
}

/**
 * After a refusal because someone else saved first: the activity as it is now (`theirs`), with the fields this
 * person changed from what they had read (`base`) put back on top — their other changes are kept, their own edits
 * are not lost, and what both changed shows this person's version, to check before saving again.
 */
export function carryEdits(
  base: EditActivityValues,
  mine: EditActivityValues,
  theirs: EditActivityValues,
): EditActivityValues {
  const carried: EditActivityValues = { ...theirs };
  const take = <K extends EditActivityField>(field: K): void => {
    carried[field] = mine[field];
  };
  for (const field of changedFields(base, mine)) take(field);
  return carried;
}

/**
 * A kept draft of this form as it applies to the activity read now: as it was when typed over this version, else
 * the fields the person changed carried onto what was read now (`carryEdits`); null when it cannot tell (a draft
 * of an older build of the form without the values it was typed over).
 */
export function draftOnto(
  kept: { values: EditActivityValues; basis?: unknown },
  version: number,
  read: EditActivityValues,
): EditActivityValues | null {
  if (typeof kept.basis !== 'string') return null;
  let basis: { version?: unknown; read?: EditActivityValues };
  try {
    basis = JSON.parse(kept.basis) as typeof basis;
  } catch {
    return null;
  }
  // A draft of a build of the form without some field (the titles in other languages) takes it as read.
  const complete = (values: EditActivityValues): EditActivityValues => ({ ...read, ...values });
  if (basis.version === version) return complete(kept.values);
  return basis.read ? carryEdits(complete(basis.read), complete(kept.values), read) : null;
}
