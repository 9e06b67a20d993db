import { COST_CATEGORIES, isCalendarDate, isNotInFuture, parseAmount, type CostCategory } from '@ta/domain';
import type { RecordExpenditureInput } from '@ta/graphql-types/graphql';
import { amountProblem, type Problems } from '../../forms';

/** A line of money an activity spent, as typed in the form (strings until sent). */
export interface ExpenditureValues {
  year: string;
  category: CostCategory | '';
  amount: string;
  currency: string;
  spentOn: string;
  beyondAllocation: boolean;
  beyondAllocationReason: string;
  description: string;
}

export const emptyExpenditure = (year: number | undefined, today: string): ExpenditureValues => ({
  year: year === undefined ? '' : String(year),
  category: '',
  amount: '',
  currency: 'USD',
  spentOn: today,
  beyondAllocation: false,
  beyondAllocationReason: '',
  description: '',
});

/**
 * The form's own checks, from the rule kernel as the API's: a year of the activity's plan, a cost category, an
 * amount (a positive decimal of at most two places), a calendar date not in the future, and a reason when the line
 * is flagged as spent beyond the allocation. Whether the allocation has room is the API's answer (OVERSPENT).
 */
export function validateExpenditure(v: ExpenditureValues, years: readonly number[], now: Date = new Date()): Problems {
  const problems: Problems = {};
  if (!years.includes(Number(v.year))) problems.year = { key: 'validation.yearOfPlan' };
  if (!(COST_CATEGORIES as readonly string[]).includes(v.category))
    problems.category = { key: 'validation.categoryRequired' };
  const amount = amountProblem(v.amount);
  if (amount) problems.amount = amount;
  if (!v.spentOn) problems.spentOn = { key: 'validation.dateRequired' };
  else if (!isCalendarDate(v.spentOn)) problems.spentOn = { key: 'validation.dateInvalid' };
  else if (!isNotInFuture(v.spentOn, now)) problems.spentOn = { key: 'validation.dateFuture' };
  if (v.beyondAllocation && !v.beyondAllocationReason.trim()) {
    problems.beyondAllocationReason = { key: 'validation.beyondAllocationReasonRequired' };
  }
  return problems;
}

/** The API's input for checked values. */
export function toExpenditureInput(activityId: string, v: ExpenditureValues): RecordExpenditureInput {
  const amount = parseAmount(v.amount);
  return {
    activityId,
    year: Number(v.year),
    category: v.category as CostCategory,
    amount: 'value' in amount ? amount.value : v.amount,
    currency: v.currency,
    spentOn: v.spentOn,
    beyondAllocation: v.beyondAllocation,
    ...(v.beyondAllocation ? { beyondAllocationReason: v.beyondAllocationReason.trim() } : {}),
    ...(v.description.trim() ? { description: v.description.trim() } : {}),
  };
}
