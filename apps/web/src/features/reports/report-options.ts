import { DEFAULT_PLAN_YEARS, yearsOutsidePlan } from '@ta/domain';
import type { Problems } from '../../forms';

/** The report options form's values, as typed. */
export interface ReportOptionValues {
  years: string;
  priorityAreaCodes: string[];
  donorId: string;
  /** The IATI export's activities: '' for both phases. */
  phase: '' | 'CURRENT' | 'PROPOSED';
  language: 'EN' | 'FR' | 'ES';
}

/** The years typed ("2010, 2011" or "2009 2011"), as numbers; null when one of them is not a number. */
export function parseYears(raw: string): number[] | null {
  const parts = raw
    .split(/[\s,;]+/)
    .map((p) => p.trim())
    .filter(Boolean);
  if (parts.some((p) => !/^\d{4}$/.test(p))) return null;
  return [...new Set(parts.map(Number))].sort();
}

/** The form's own checks: the years are years of the programme (the rule kernel's, as the API checks them). */
export function validateReportOptions(values: ReportOptionValues): Problems {
  const years = parseYears(values.years);
  if (years === null) return { years: { key: 'validation.reportYearsFormat' } };
  const outside = yearsOutsidePlan(years);
  if (outside.length) {
    return {
      years: {
        key: 'validation.reportYearsOutside',
        values: { years: outside.join(', '), planYears: DEFAULT_PLAN_YEARS.join(', ') },
      },
    };
  }
  return {};
}

/** The options as the API takes them (only those set). */
export function reportOptionsInput(values: ReportOptionValues) {
  const years = parseYears(values.years) ?? [];
  return {
    language: values.language,
    ...(years.length ? { years } : {}),
    ...(values.priorityAreaCodes.length ? { priorityAreaCodes: values.priorityAreaCodes } : {}),
    ...(values.donorId ? { donorId: values.donorId } : {}),
    ...(values.phase ? { phases: [values.phase] } : {}),
  };
}
