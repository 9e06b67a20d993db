import {
  DATE_WINDOW,
  isCalendarDate,
  isPeriodStart,
  LANGUAGE_CODE_PATTERN,
  latestPlannedDate,
  periodEnd,
  WORKSHOP_LIMITS,
  type DatePrecision,
  type WorkshopKind,
} from '@ta/domain';
import type { CreateWorkshopInput } from '@ta/graphql-types/graphql';
import { namesByLine, parseLanguages, type Problem } from '../../forms';

/** The form's fields carry the API input's names, so a server error's `extensions.field` lands on the right one. */
export interface NewWorkshopValues {
  /** The activity the workshop delivers, if any (chosen among those found by `activitySearch`). */
  activityId: string;
  /** What was typed to find the activity (kept with the draft; not sent). */
  activitySearch: string;
  title: string;
  kind: WorkshopKind | '';
  datePrecision: DatePrecision;
  startsOn: string;
  endsOn: string;
  city: string;
  countryIso3: string;
  region: string;
  /** One organiser a line (the API takes a list of names). */
  organisers: string;
  /** ISO 639-1 codes as typed: "fr, en". */
  languages: string;
  fieldOfficeCode: string;
}
export type NewWorkshopField = keyof NewWorkshopValues;
export const NEW_WORKSHOP_FIELDS: readonly NewWorkshopField[] = [
  'activityId',
  'title',
  'kind',
  'datePrecision',
  'startsOn',
  'endsOn',
  'city',
  'countryIso3',
  'region',
  'organisers',
  'languages',
  'fieldOfficeCode',
];

export function isNewWorkshopField(name: string | null): name is NewWorkshopField {
  return name !== null && name !== 'activitySearch' && (NEW_WORKSHOP_FIELDS as readonly string[]).includes(name);
}

/** Dates known to the day unless the planner says only the month, quarter or year is known. */
export function emptyNewWorkshop(): NewWorkshopValues {
  return {
    activityId: '',
    activitySearch: '',
    title: '',
    kind: '',
    datePrecision: 'DAY',
    startsOn: '',
    endsOn: '',
    city: '',
    countryIso3: '',
    region: '',
    organisers: '',
    languages: '',
    fieldOfficeCode: '',
  };
}

export type NewWorkshopProblems = Partial<Record<NewWorkshopField, Problem>>;

function tooLong(text: string, max: number): Problem | undefined {
  return text.trim().length > max ? { key: 'validation.textTooLong', values: { max } } : undefined;
}

/**
 * The API's rules (the rule kernel's lengths, date window and periods: a month, quarter or year starts on its first
 * day and ends on its last; the end not before the start), checked as the planner types.
 */
export function validateNewWorkshop(values: NewWorkshopValues, now: Date = new Date()): NewWorkshopProblems {
  const problems: NewWorkshopProblems = {};
  const title = values.title.trim();
  if (!title) problems.title = { key: 'validation.workshopTitleRequired' };
  else if (title.length < WORKSHOP_LIMITS.titleMin) {
    problems.title = { key: 'validation.atLeast', values: { min: WORKSHOP_LIMITS.titleMin } };
  } else problems.title = tooLong(title, WORKSHOP_LIMITS.titleMax);

  if (!values.kind) problems.kind = { key: 'validation.workshopKindRequired' };

  const city = values.city.trim();
  if (!city) problems.city = { key: 'validation.cityRequired' };
  else if (city.length < WORKSHOP_LIMITS.cityMin) {
    problems.city = { key: 'validation.atLeast', values: { min: WORKSHOP_LIMITS.cityMin } };
  } else problems.city = tooLong(city, WORKSHOP_LIMITS.cityMax);

  problems.region = tooLong(values.region, WORKSHOP_LIMITS.regionMax);

  const organisers = namesByLine(values.organisers);
  if (organisers.length > WORKSHOP_LIMITS.organisersMax) {
    problems.organisers = { key: 'validation.tooMany', values: { max: WORKSHOP_LIMITS.organisersMax } };
  } else if (organisers.some((o) => o.length > WORKSHOP_LIMITS.organiserMax)) {
    problems.organisers = { key: 'validation.textTooLong', values: { max: WORKSHOP_LIMITS.organiserMax } };
  }

  const languages = parseLanguages(values.languages);
  if (languages.some((l) => !LANGUAGE_CODE_PATTERN.test(l))) problems.languages = { key: 'validation.languagesFormat' };
  else if (languages.length > WORKSHOP_LIMITS.languagesMax) {
    problems.languages = { key: 'validation.tooMany', values: { max: WORKSHOP_LIMITS.languagesMax } };
  }

  const latest = latestPlannedDate(now);
  for (const field of ['startsOn', 'endsOn'] as const) {
    const value = values[field];
    if (!value) problems[field] = { key: 'validation.dateRequired' };
    else if (!isCalendarDate(value)) problems[field] = { key: 'validation.dateInvalid' };
    else if (value < DATE_WINDOW.earliest || value > latest) {
      problems[field] = { key: 'validation.dateOutsideWindow', values: { min: DATE_WINDOW.earliest, max: latest } };
    }
  }
  const precision = values.datePrecision;
  if (!problems.startsOn && !isPeriodStart(precision, values.startsOn)) {
    problems.startsOn = { key: `validation.periodStart${precision as 'MONTH' | 'QUARTER' | 'YEAR'}` };
  }
  if (!problems.startsOn && !problems.endsOn) {
    if (values.endsOn < values.startsOn) problems.endsOn = { key: 'validation.endsBeforeStarts' };
    else if (precision !== 'DAY' && values.endsOn !== periodEnd(precision, values.startsOn)) {
      problems.endsOn = { key: 'validation.periodEnd', values: { date: periodEnd(precision, values.startsOn) } };
    }
  }
  for (const field of NEW_WORKSHOP_FIELDS) if (!problems[field]) delete problems[field];
  return problems;
}

/**
 * Choosing a month, quarter or year with a start already given fills in the period's last day (what the API
 * requires), so the planner does not have to work it out.
 */
export function withPrecision(values: NewWorkshopValues, precision: DatePrecision): NewWorkshopValues {
  const next = { ...values, datePrecision: precision };
  if (precision !== 'DAY' && isCalendarDate(values.startsOn) && isPeriodStart(precision, values.startsOn)) {
    next.endsOn = periodEnd(precision, values.startsOn);
  }
  return next;
}

/** The mutation's input, once the values are valid: optional fields left empty are not sent. */
export function toCreateWorkshopInput(values: NewWorkshopValues): CreateWorkshopInput {
  if (!values.kind) throw new Error('toCreateWorkshopInput needs validated values');
  const region = values.region.trim();
  return {
    title: values.title.trim(),
    kind: values.kind,
    datePrecision: values.datePrecision,
    startsOn: values.startsOn,
    endsOn: values.endsOn,
    city: values.city.trim(),
    organisers: namesByLine(values.organisers),
    languages: parseLanguages(values.languages),
    ...(values.activityId ? { activityId: values.activityId } : {}),
    ...(values.countryIso3 ? { countryIso3: values.countryIso3 } : {}),
    ...(region ? { region } : {}),
    ...(values.fieldOfficeCode ? { fieldOfficeCode: values.fieldOfficeCode } : {}),
  };
}
