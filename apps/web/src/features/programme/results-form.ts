import {
  ACTUAL_SOURCES,
  INDICATOR_UNITS,
  indicatorValueProblem,
  isResultYear,
  mayChangeUnit,
  measureBindingProblem,
  measureFitsUnit,
  OUTCOME_MEASURES,
  RESULT_LIMITS,
  RESULT_TYPES,
  type ActualSource,
  type IndicatorUnit,
  type MeasureBindingProblem,
  type OutcomeMeasure,
  type ResultType,
} from '@ta/domain';
import type { DefineIndicatorInput, DefineResultInput, RecordIndicatorActualInput } from '@ta/graphql-types/graphql';
import { tooLong, type Problem, type Problems } from '../../forms';

const includes = <T extends string>(list: readonly T[], value: string): value is T =>
  (list as readonly string[]).includes(value);

function titleProblem(title: string): Problem | undefined {
  return title.trim() ? tooLong(title, RESULT_LIMITS.titleMax) : { key: 'validation.titleRequired' };
}

/** A year typed for a baseline, target or actual: a whole year the API takes (RESULT_LIMITS). */
function yearProblem(raw: string, required: boolean): Problem | undefined {
  if (!raw.trim()) return required ? { key: 'validation.yearRequired' } : undefined;
  return /^\d{4}$/.test(raw.trim()) && isResultYear(Number(raw))
    ? undefined
    : { key: 'validation.resultYear', values: { min: RESULT_LIMITS.firstYear, max: RESULT_LIMITS.lastYear } };
}

/** A baseline, target or actual as the unit reads it (@ta/domain indicatorValueProblem). */
export function valueProblem(unit: IndicatorUnit | '', raw: string, required: boolean): Problem | undefined {
  const value = raw.trim();
  if (!value) return required ? { key: 'validation.valueRequired' } : undefined;
  if (value.length > RESULT_LIMITS.valueMax)
    return { key: 'validation.textTooLong', values: { max: RESULT_LIMITS.valueMax } };
  switch (indicatorValueProblem(unit || 'NUMBER', value)) {
    case 'format':
      return { key: 'validation.indicatorValueFormat' };
    case 'percentage':
      return { key: 'validation.indicatorPercentage' };
    case 'yesNo':
      return { key: 'validation.indicatorYesNo' };
    default:
      return undefined;
  }
}

const pruned = (problems: Problems): Problems => {
  for (const field of Object.keys(problems)) if (!problems[field]) delete problems[field];
  return problems;
};

// ------------------------------------------------------------------ a result (output or outcome)

export interface ResultValues {
  type: ResultType | '';
  title: string;
}

export const emptyResult = (): ResultValues => ({ type: '', title: '' });

/** An output or outcome and its statement (the API's title), within RESULT_LIMITS. */
export function validateResult(v: ResultValues): Problems {
  return pruned({
    type: includes(RESULT_TYPES, v.type) ? undefined : { key: 'validation.resultTypeRequired' },
    title: titleProblem(v.title),
  });
}

/**
 * A new result of the activity, or (given the result as it was read) a change to it, sending the version read:
 * if someone changed it since, the API refuses (CONFLICT) and nothing changes.
 */
export function toDefineResultInput(
  target: { activityId: string } | { id: string; version: number },
  v: ResultValues,
): DefineResultInput {
  const base = { type: v.type as ResultType, title: v.title.trim() };
  return 'activityId' in target
    ? { ...base, activityId: target.activityId }
    : { ...base, id: target.id, expectedVersion: target.version };
}

// ------------------------------------------------------------------ an indicator of a result

export interface IndicatorValues {
  title: string;
  unit: IndicatorUnit | '';
  /** Counted from the activity's workshop outcomes (a NUMBER bound to a measure) rather than typed in. */
  computed: boolean;
  measure: OutcomeMeasure | '';
  baseline: string;
  baselineYear: string;
  target: string;
  targetYear: string;
}

export const emptyIndicator = (): IndicatorValues => ({
  title: '',
  unit: '',
  computed: false,
  measure: '',
  baseline: '',
  baselineYear: '',
  target: '',
  targetYear: '',
});

/**
 * An indicator as the API takes it: a title, a unit; computed from workshop outcomes only as a NUMBER bound to
 * a measure (@ta/domain measureFitsUnit); a baseline and target, when given, that suit the unit, with years the
 * API takes.
 */
export function validateIndicator(v: IndicatorValues): Problems {
  const unit = includes(INDICATOR_UNITS, v.unit) ? v.unit : '';
  return pruned({
    title: titleProblem(v.title),
    unit: unit ? undefined : { key: 'validation.unitRequired' },
    measure: !v.computed
      ? undefined
      : unit && !measureFitsUnit(unit)
        ? { key: 'validation.measureNeedsNumber' }
        : includes(OUTCOME_MEASURES, v.measure)
          ? undefined
          : { key: 'validation.measureRequired' },
    baseline: valueProblem(unit, v.baseline, false),
    baselineYear: yearProblem(v.baselineYear, false),
    target: valueProblem(unit, v.target, false),
    targetYear: yearProblem(v.targetYear, false),
  });
}

/** An indicator as the drawer read it: what its edit form opens with, and the version the change carries. */
export interface IndicatorAsRead {
  id: string;
  version: number;
  title: string;
  unit: IndicatorUnit;
  measure?: string | null;
  baseline?: string | null;
  baselineYear?: number | null;
  target?: string | null;
  targetYear?: number | null;
  illustrative: boolean;
  actuals: ReadonlyArray<{ computed: boolean }>;
}

export function indicatorValuesOf(indicator: IndicatorAsRead): IndicatorValues {
  const measure = includes(OUTCOME_MEASURES, indicator.measure ?? '') ? (indicator.measure as OutcomeMeasure) : '';
  return {
    title: indicator.title,
    unit: indicator.unit,
    computed: measure !== '',
    measure,
    baseline: indicator.baseline ?? '',
    baselineYear: indicator.baselineYear == null ? '' : String(indicator.baselineYear),
    target: indicator.target ?? '',
    targetYear: indicator.targetYear == null ? '' : String(indicator.targetYear),
  };
}

/**
 * Why the indicator (as read, none for a new one) with the unit chosen may not be computed from workshop outcomes,
 * or null: the rule the API applies (@ta/domain measureBindingProblem), on the actuals read — those not computed
 * were typed in by hand.
 */
export const measureBindingOf = (
  unit: IndicatorUnit | '',
  indicator: IndicatorAsRead | undefined,
): MeasureBindingProblem | null =>
  measureBindingProblem({
    unit: unit || null,
    hasRecordedActuals: !!indicator && indicator.actuals.some((a) => !a.computed),
  });

/**
 * Whether the indicator's unit may change: not once actuals are recorded against it by hand (@ta/domain
 * mayChangeUnit; the API refuses with UNIT_HAS_ACTUALS) — a new indicator's always may.
 */
export const mayChangeIndicatorUnit = (indicator: IndicatorAsRead | undefined): boolean =>
  !indicator || mayChangeUnit(indicator.actuals.some((a) => !a.computed));

/**
 * A new indicator of the result (given its id), or (given the indicator as it was read) a change to it at the version
 * read — a change someone made since is refused (CONFLICT) — keeping its illustrative mark, which the form does not
 * offer (the API would otherwise take it as not illustrative).
 */
export function toDefineIndicatorInput(target: string | IndicatorAsRead, v: IndicatorValues): DefineIndicatorInput {
  const text = (raw: string) => (raw.trim() ? raw.trim() : null);
  const year = (raw: string) => (raw.trim() ? Number(raw) : null);
  const fields = {
    title: v.title.trim(),
    unit: v.unit as IndicatorUnit,
    measure: v.computed ? (v.measure as OutcomeMeasure) : null,
    baseline: text(v.baseline),
    baselineYear: year(v.baselineYear),
    target: text(v.target),
    targetYear: year(v.targetYear),
  };
  return typeof target === 'string'
    ? { resultId: target, ...fields }
    : { id: target.id, expectedVersion: target.version, illustrative: target.illustrative, ...fields };
}

// ------------------------------------------------------------------ an actual of a manual indicator

export interface ActualValues {
  year: string;
  value: string;
  source: ActualSource | '';
  sourceRef: string;
  note: string;
}

export const emptyActual = (year: number | undefined): ActualValues => ({
  year: year === undefined ? '' : String(year),
  value: '',
  source: '',
  sourceRef: '',
  note: '',
});

/** An actual for a year, its value suiting the indicator's unit, from a named source (RESULT_LIMITS). */
export function validateActual(unit: IndicatorUnit, v: ActualValues): Problems {
  return pruned({
    year: yearProblem(v.year, true),
    value: valueProblem(unit, v.value, true),
    source: includes(ACTUAL_SOURCES, v.source) ? undefined : { key: 'validation.sourceRequired' },
    sourceRef: v.sourceRef.trim()
      ? tooLong(v.sourceRef, RESULT_LIMITS.sourceRefMax)
      : { key: 'validation.sourceRefRequired' },
    note: tooLong(v.note, RESULT_LIMITS.noteMax),
  });
}

/** The actual for the indicator as it was read (its version: a change since is refused, CONFLICT). */
export function toRecordActualInput(
  indicator: { id: string; version: number },
  v: ActualValues,
): RecordIndicatorActualInput {
  return {
    indicatorId: indicator.id,
    expectedVersion: indicator.version,
    year: Number(v.year),
    value: v.value.trim(),
    source: v.source as ActualSource,
    sourceRef: v.sourceRef.trim(),
    ...(v.note.trim() ? { note: v.note.trim() } : {}),
  };
}
