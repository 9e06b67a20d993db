import { assignmentDates, DATE_WINDOW, isCalendarDate, latestPlannedDate, type AssignmentTarget } from '@ta/domain';
import type { AssignExpertInput } from '@ta/graphql-types/graphql';
import type { Problem } from '../../forms';

/** Something picked from a list (an expert, a workshop, an activity), kept with what the form shows of it. */
export interface AssignChoice {
  id: string;
  /** The expert's name, the workshop's or activity's title (said in the notice after assigning). */
  name: string;
  /** What the list says: with the organisation, the city and dates, or the code. */
  label: string;
  /** A workshop's dates (the assignment's unless others are given); null for an expert or an activity. */
  startsOn: string | null;
  endsOn: string | null;
}

/** A workshop as the pickers and presets offer it: its title, city and dates, which the assignment takes by default. */
export function workshopChoice(w: {
  id: string;
  title: string;
  city: string;
  startsOn: string;
  endsOn: string;
}): AssignChoice {
  return {
    id: w.id,
    name: w.title,
    label: `${w.title} — ${w.city}, ${w.startsOn} – ${w.endsOn}`,
    startsOn: w.startsOn,
    endsOn: w.endsOn,
  };
}

/** An activity as the pickers and presets offer it: its code and title. */
export function activityChoice(a: { id: string; code: string; title: string }): AssignChoice {
  return { id: a.id, name: a.title, label: `${a.code} — ${a.title}`, startsOn: null, endsOn: null };
}

/** An expert as the pickers and presets offer it: the name, with the organisation where known. */
export function expertChoice(e: { id: string; name: string; organisation?: string | null }): AssignChoice {
  return {
    id: e.id,
    name: e.name,
    label: e.organisation ? `${e.name} — ${e.organisation}` : e.name,
    startsOn: null,
    endsOn: null,
  };
}

/**
 * What the planner chooses: the expert (unless the dialog was opened for one), where the expert serves (a planned
 * workshop, or an activity: an expert mission with no workshop) and the dates. The picked items are kept whole so
 * a draft restored after a reload still shows them.
 */
export interface AssignExpertValues {
  expert: AssignChoice | null;
  target: AssignmentTarget;
  workshop: AssignChoice | null;
  activity: AssignChoice | null;
  /** Empty: the workshop's own dates (a mission needs both). */
  startsOn: string;
  endsOn: string;
}

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export type AssignExpertField = 'expertId' | 'workshopId' | 'activityId' | 'startsOn' | 'endsOn';
export const ASSIGN_EXPERT_FIELDS: readonly AssignExpertField[] = [
  'expertId',
  'workshopId',
  'activityId',
  'startsOn',
  'endsOn',
];

export function isAssignExpertField(name: string | null): name is AssignExpertField {
  return name !== null && (ASSIGN_EXPERT_FIELDS as readonly string[]).includes(name);
}

/** Where the dialog was opened: for an expert (the roster, a ranking), for a workshop or activity, or both. */
export interface AssignPreset {
  expert?: AssignChoice | null;
  target?: { kind: AssignmentTarget; choice: AssignChoice } | null;
}

export function emptyAssignExpert(preset: AssignPreset = {}): AssignExpertValues {
  const target = preset.target;
  return {
    expert: preset.expert ?? null,
    target: target?.kind ?? 'WORKSHOP',
    workshop: target?.kind === 'WORKSHOP' ? target.choice : null,
    activity: target?.kind === 'ACTIVITY' ? target.choice : null,
    startsOn: '',
    endsOn: '',
  };
}

export type AssignExpertProblems = Partial<Record<AssignExpertField, Problem>>;

/**
 * The API's rules: an expert; a workshop or an activity, as chosen; dates, when given, within the window the API
 * accepts; and the rule kernel's `assignmentDates`: a workshop lends its dates, a mission gives both, the end not
 * before the start.
 */
export function validateAssignExpert(values: AssignExpertValues, now: Date = new Date()): AssignExpertProblems {
  const problems: AssignExpertProblems = {};
  if (!values.expert) problems.expertId = { key: 'validation.expertRequired' };
  const workshop = values.target === 'WORKSHOP' ? values.workshop : null;
  if (values.target === 'WORKSHOP' && !workshop) problems.workshopId = { key: 'validation.workshopRequired' };
  if (values.target === 'ACTIVITY' && !values.activity) problems.activityId = { key: 'validation.activityRequired' };
  const latest = latestPlannedDate(now);
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = values[field];
    if (!value) continue;
    if (!isCalendarDate(value)) problems[field] = { key: 'validation.dateInvalid' };
    else if (value < DATE_WINDOW.earliest || value > latest) {
      problems[field] = { key: 'validation.dateOutsideWindow', values: { min: DATE_WINDOW.earliest, max: latest } };
    }
  }
  // Without a workshop chosen yet, there are no dates to lend: that is the workshop's problem, not the dates'.
  if (!problems.startsOn && !problems.endsOn && !(values.target === 'WORKSHOP' && !workshop)) {
    const lent =
      workshop?.startsOn && workshop.endsOn ? { startsOn: workshop.startsOn, endsOn: workshop.endsOn } : null;
    const dates = assignmentDates(values, lent);
    if ('problem' in dates) {
      problems[dates.problem.field] = {
        key:
          dates.problem.reason === 'DATES_REQUIRED' ? 'validation.missionDatesRequired' : 'validation.endsBeforeStarts',
      };
    }
  }
  return problems;
}

/** The mutation's input: the chosen target only; dates left empty are not sent (the API takes the workshop's). */
export function toAssignExpertInput(values: AssignExpertValues): AssignExpertInput {
  return {
    expertId: values.expert?.id ?? '',
    ...(values.target === 'WORKSHOP' ? { workshopId: values.workshop?.id } : { activityId: values.activity?.id }),
    ...(values.startsOn ? { startsOn: values.startsOn } : {}),
    ...(values.endsOn ? { endsOn: values.endsOn } : {}),
  };
}

/** What the assignment is to, for the notice said after it. */
export function assignedTarget(values: AssignExpertValues): { kind: AssignmentTarget; choice: AssignChoice | null } {
  return { kind: values.target, choice: values.target === 'WORKSHOP' ? values.workshop : values.activity };
}
