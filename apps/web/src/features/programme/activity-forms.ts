import {
  activityMoveNeedsReason,
  activityMoves,
  type ActivityMove,
  COST_CATEGORIES,
  isCalendarDate,
  parseAmount,
  type ActivityStatus,
  type CostBasis,
  type CostCategory,
} from '@ta/domain';
import type { SetCostLinesInput } from '@ta/graphql-types/graphql';
import { amountProblem, newKey, type Problems } from '../../forms';

// ------------------------------------------------------------------ moving an activity

export interface MoveValues {
  to: ActivityStatus | '';
  reason: string;
}

/**
 * proposed → endorsed → funded → under way → completed, or cancelled with a reason; a finished activity reopened
 * with a reason, to where `history` says (as the API rules: activityMoves of @ta/domain).
 */
export function validateMove(
  from: ActivityStatus,
  values: MoveValues,
  history: readonly ActivityMove[] = [],
): Problems {
  const problems: Problems = {};
  if (!values.to) problems.to = { key: 'validation.moveRequired' };
  else if (!activityMoves(from, history).includes(values.to)) problems.to = { key: 'validation.moveNotAllowed' };
  if (values.to && activityMoveNeedsReason(from, values.to) && !values.reason.trim())
    problems.reason = { key: 'validation.reasonRequired' };
  return problems;
}

// ------------------------------------------------------------------ cost lines

export interface CostLineRow {
  /** Stable React key. */
  key: string;
  year: string;
  category: CostCategory | '';
  amount: string;
}

export interface CostLinesValues {
  basis: CostBasis;
  rateDate: string;
  lines: CostLineRow[];
}

export function costLineRows(
  lines: ReadonlyArray<{ year: number; category: string; amount: string; basis: string }>,
  basis: CostBasis,
): CostLineRow[] {
  return lines
    .filter((line) => line.basis === basis)
    .map((line) => ({
      key: newKey('line'),
      year: String(line.year),
      category: (COST_CATEGORIES as readonly string[]).includes(line.category) ? (line.category as CostCategory) : '',
      amount: line.amount,
    }));
}

/**
 * Each line: a year of the plan (`years`, the API's `planYears`), a category, an amount with at most two decimals;
 * one line per year and category.
 */
export function validateCostLines(values: CostLinesValues, years: readonly number[]): Problems {
  const problems: Problems = {};
  if (!isCalendarDate(values.rateDate)) problems.rateDate = { key: 'validation.dateInvalid' };
  const seen = new Set<string>();
  values.lines.forEach((line, i) => {
    if (!years.includes(Number(line.year))) problems[`lines.${i}.year`] = { key: 'validation.yearOfPlan' };
    if (!line.category) problems[`lines.${i}.category`] = { key: 'validation.categoryRequired' };
    const amount = amountProblem(line.amount);
    if (amount) problems[`lines.${i}.amount`] = amount;
    const pair = `${line.year}/${line.category}`;
    if (line.category && seen.has(pair)) problems[`lines.${i}.category`] = { key: 'validation.lineTwice' };
    seen.add(pair);
  });
  return problems;
}

export function toSetCostLinesInput(
  activityId: string,
  expectedVersion: number,
  values: CostLinesValues,
): SetCostLinesInput {
  return {
    activityId,
    expectedVersion,
    basis: values.basis,
    rateDate: values.rateDate,
    lines: values.lines.map((line) => {
      const parsed = parseAmount(line.amount);
      if (!('value' in parsed) || !line.category) throw new Error('toSetCostLinesInput needs validated values');
      return { year: Number(line.year), category: line.category, amount: parsed.value };
    }),
  };
}
