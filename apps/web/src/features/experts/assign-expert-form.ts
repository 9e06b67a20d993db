import { DATE_WINDOW, isCalendarDate, latestPlannedDate } from '@ta/domain';
import type { AssignExpertInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface AssignExpertValues {
  workshopId: string;
  /** Empty: the workshop's own dates. */
  startsOn: string;
  endsOn: string;
}
export type AssignExpertField = keyof AssignExpertValues;
export const ASSIGN_EXPERT_FIELDS: readonly AssignExpertField[] = ['workshopId', 'startsOn', 'endsOn'];

export function isAssignExpertField(name: string | null): name is AssignExpertField {
  return name !== null && (ASSIGN_EXPERT_FIELDS as readonly string[]).includes(name);
}

export function emptyAssignExpert(): AssignExpertValues {
  return { workshopId: '', startsOn: '', endsOn: '' };
}

export type AssignExpertProblems = Partial<Record<AssignExpertField, Problem>>;

/**
 * The API's rules: a workshop; dates, when given, within the window the API accepts; the assignment's end (its own
 * or the workshop's) not before its start (its own or the workshop's).
 */
export function validateAssignExpert(
  values: AssignExpertValues,
  workshop: { startsOn: string; endsOn: string } | null,
  now: Date = new Date(),
): AssignExpertProblems {
  const problems: AssignExpertProblems = {};
  if (!values.workshopId) problems.workshopId = { key: 'validation.workshopRequired' };
  const latest = latestPlannedDate(now);
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = values[field];
    if (!value) continue;
    if (!isCalendarDate(value)) problems[field] = { key: 'validation.dateInvalid' };
    else if (value < DATE_WINDOW.earliest || value > latest) {
      problems[field] = { key: 'validation.dateOutsideWindow', values: { min: DATE_WINDOW.earliest, max: latest } };
    }
  }
  if (!problems.startsOn && !problems.endsOn) {
    const startsOn = values.startsOn || workshop?.startsOn;
    const endsOn = values.endsOn || workshop?.endsOn;
    if (startsOn && endsOn && endsOn < startsOn) {
      problems[values.endsOn ? 'endsOn' : 'startsOn'] = { key: 'validation.endsBeforeStarts' };
    }
  }
  return problems;
}

/** The mutation's input: dates left empty are not sent (the API takes the workshop's). */
export function toAssignExpertInput(expertId: string, values: AssignExpertValues): AssignExpertInput {
  return {
    expertId,
    workshopId: values.workshopId,
    ...(values.startsOn ? { startsOn: values.startsOn } : {}),
    ...(values.endsOn ? { endsOn: values.endsOn } : {}),
  };
}
