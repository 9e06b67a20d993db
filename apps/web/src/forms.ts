import { parseAmount } from '@ta/domain';
import type { TFunction } from 'i18next';
import type { ApiProblem } from './graphql/errors';
import type en from './i18n/en.json';

let nextKey = 0;
/** A React key for a row a person adds to a form (cost lines, participants, follow-ups). */
export const newKey = (prefix: string): string => `${prefix}-${++nextKey}`;

/** A key of the `validation` messages (a missing one fails `tsc`). */
export type ValidationKey = `validation.${keyof (typeof en)['validation']}`;

/** The sign-in form's own messages (kept with the rest of the session's texts). */
type SignInKey = `session.${'emailRequired' | 'emailInvalid' | 'passwordRequired'}`;

/** The Users page's own messages (kept in its block of the locale files). */
type AccountKey = `users.validation.${keyof (typeof en)['users']['validation']}`;

/** A problem with one field of a form, as a translation key and its values. */
export interface Problem {
  key: ValidationKey | SignInKey | AccountKey;
  values?: Record<string, string | number>;
}
/** Problems by field name or path (`amount`, `followUps.0.topics`). */
export type Problems = Partial<Record<string, Problem>>;

export function problemText(t: TFunction, problem: Problem): string {
  return t(problem.key, problem.values ?? {});
}

export function hasProblems(problems: Problems): boolean {
  return Object.values(problems).some(Boolean);
}

/**
 * The API's answer spread over the form: a BAD_USER_INPUT naming a field the form has lands on that field;
 * anything else (FORBIDDEN, CONFLICT, a field the form does not show) is said above the form.
 */
export function splitServerProblems(
  problems: readonly ApiProblem[],
  isField: (path: string) => boolean,
): { fields: Record<string, string>; other: string[] } {
  const fields: Record<string, string> = {};
  const other: string[] = [];
  for (const problem of problems) {
    if (problem.code === 'BAD_USER_INPUT' && problem.path && isField(problem.path))
      fields[problem.path] = problem.message;
    else other.push(problem.message);
  }
  return { fields, other };
}

/** What is wrong with an amount typed into a field (digits, a point, at most `maxDecimals` decimals, not zero). */
export function amountProblem(raw: string, maxDecimals = 2): Problem | undefined {
  const parsed = parseAmount(raw, maxDecimals);
  if ('value' in parsed) return undefined;
  switch (parsed.problem) {
    case 'required':
      return { key: 'validation.amountRequired' };
    case 'format':
      return { key: 'validation.amountFormat' };
    case 'decimals':
      return { key: 'validation.amountDecimals', values: { max: maxDecimals } };
    case 'zero':
      return { key: 'validation.amountZero' };
  }
}

/** Text longer than the kernel's limit (spaces around it not counted, as the API trims them). */
export function tooLong(text: string, max: number): Problem | undefined {
  return text.trim().length > max ? { key: 'validation.textTooLong', values: { max } } : undefined;
}
