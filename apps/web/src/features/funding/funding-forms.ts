import { centsToDecimal, DEFAULT_PLAN_YEARS, isCalendarDate, isPositiveAmount, parseAmount, toCents } from '@ta/domain';
import type { ContributionStage, RecordContributionInput, WhatIfPledgeInput } from '@ta/graphql-types/graphql';
import { amountProblem, type Problems } from '../../forms';

export const CURRENCIES = ['USD', 'EUR', 'GBP', 'JPY', 'NOK', 'SEK', 'DKK', 'CHF', 'CAD', 'AUD'] as const;
export const STAGES: readonly ContributionStage[] = ['PLEDGED', 'COMMITTED', 'PAID'];

const date = (value: string, problems: Problems, field: string): void => {
  if (!value) problems[field] = { key: 'validation.dateRequired' };
  else if (!isCalendarDate(value)) problems[field] = { key: 'validation.dateInvalid' };
};

const currency = (value: string, problems: Problems, field = 'currency'): void => {
  if (!/^[A-Z]{3}$/.test(value)) problems[field] = { key: 'validation.currencyInvalid' };
};

// ------------------------------------------------------------------ recording a contribution

export type Earmark = 'none' | 'activity' | 'area';

export interface ContributionValues {
  donorId: string;
  amount: string;
  currency: string;
  date: string;
  stage: ContributionStage;
  agreementRef: string;
  earmark: Earmark;
  activityId: string;
  priorityAreaCode: string;
  yearsCovered: number[];
}

export function emptyContribution(today: string): ContributionValues {
  return {
    donorId: '',
    amount: '',
    currency: 'USD',
    date: today,
    stage: 'PLEDGED',
    agreementRef: '',
    earmark: 'none',
    activityId: '',
    priorityAreaCode: '',
    yearsCovered: [],
  };
}

export function validateContribution(values: ContributionValues): Problems {
  const problems: Problems = {};
  if (!values.donorId) problems.donorId = { key: 'validation.donorRequired' };
  const amount = amountProblem(values.amount);
  if (amount) problems.amount = amount;
  currency(values.currency, problems);
  date(values.date, problems, 'date');
  if (values.stage !== 'PLEDGED' && !values.agreementRef.trim())
    problems.agreementRef = { key: 'validation.agreementRequired' };
  if (values.earmark === 'activity' && !values.activityId) problems.activityId = { key: 'validation.activityRequired' };
  if (values.earmark === 'area' && !values.priorityAreaCode)
    problems.priorityAreaCode = { key: 'validation.priorityAreaRequired' };
  return problems;
}

export const CONTRIBUTION_FIELDS = [
  'donorId',
  'amount',
  'currency',
  'date',
  'stage',
  'agreementRef',
  'earmarking',
  'activityId',
  'priorityAreaCode',
  'yearsCovered',
];

export function toContributionInput(values: ContributionValues, idempotencyKey: string): RecordContributionInput {
  const amount = parseAmount(values.amount);
  if (!('value' in amount)) throw new Error('toContributionInput needs validated values');
  return {
    donorId: values.donorId,
    amount: amount.value,
    currency: values.currency,
    date: values.date,
    stage: values.stage,
    idempotencyKey,
    ...(values.stage !== 'PLEDGED' ? { agreementRef: values.agreementRef.trim() } : {}),
    ...(values.earmark === 'activity' ? { activityId: values.activityId } : {}),
    ...(values.earmark === 'area' ? { priorityAreaCode: values.priorityAreaCode } : {}),
    ...(values.yearsCovered.length ? { yearsCovered: [...values.yearsCovered].sort() } : {}),
  };
}

// ------------------------------------------------------------------ what a pledge would close

export interface WhatIfValues {
  amount: string;
  currency: string;
  priorityAreaCode: string;
  yearsCovered: number[];
}

export const WHAT_IF_FIELDS = ['amount', 'currency', 'priorityAreaCode', 'yearsCovered'];

/** The shared amount rule (a positive decimal, two decimals at most) and a currency code. */
export function validateWhatIf(values: WhatIfValues): Problems {
  const problems: Problems = {};
  const amount = amountProblem(values.amount);
  if (amount) problems.amount = amount;
  else {
    const parsed = parseAmount(values.amount);
    if (!('value' in parsed) || !isPositiveAmount(parsed.value)) problems.amount = { key: 'validation.amountFormat' };
  }
  currency(values.currency, problems);
  return problems;
}

/** The prospective contribution, valued at today's rate; the same fields save it as an intention. */
export function toWhatIfInput(values: WhatIfValues, donorId: string, today: string): WhatIfPledgeInput {
  const amount = parseAmount(values.amount);
  return {
    donorId,
    amount: 'value' in amount ? amount.value : values.amount.trim(),
    currency: values.currency,
    date: today,
    ...(values.priorityAreaCode ? { priorityAreaCode: values.priorityAreaCode } : {}),
    ...(values.yearsCovered.length ? { yearsCovered: [...values.yearsCovered].sort() } : {}),
  };
}

// ------------------------------------------------------------------ exchange rates

export interface RateValues {
  currency: string;
  date: string;
  rateToUsd: string;
}

/** US dollars for one unit of the currency on that date: up to 8 decimals. */
export function validateRate(values: RateValues): Problems {
  const problems: Problems = {};
  currency(values.currency, problems);
  if (values.currency === 'USD') problems.currency = { key: 'validation.currencyUsd' };
  date(values.date, problems, 'date');
  const rate = amountProblem(values.rateToUsd, 8);
  if (rate) problems.rateToUsd = rate;
  return problems;
}

// ------------------------------------------------------------------ commitments, payments, allocations

export function validateCommit(agreementRef: string): Problems {
  return agreementRef.trim() ? {} : { agreementRef: { key: 'validation.agreementRequired' } };
}

/** What is still to pay, in the contribution's currency: its amount less the instalments (exact). */
export function remainingToPay(amount: string, payments: ReadonlyArray<{ amount: string }>): string {
  const total = toCents(amount);
  if (total === null) return amount;
  let paid = 0n;
  for (const p of payments) paid += toCents(p.amount) ?? 0n;
  return centsToDecimal(total - paid);
}

export interface PaymentValues {
  amount: string;
  paidOn: string;
}

export function validatePayment(values: PaymentValues, remaining: string): Problems {
  const problems: Problems = {};
  const amount = amountProblem(values.amount);
  if (amount) problems.amount = amount;
  else {
    const parsed = parseAmount(values.amount);
    const cents = 'value' in parsed ? toCents(parsed.value) : null;
    const left = toCents(remaining);
    if (cents !== null && left !== null && cents > left)
      problems.amount = { key: 'validation.amountAbovePayable', values: { max: remaining } };
  }
  date(values.paidOn, problems, 'paidOn');
  return problems;
}

export interface AllocationValues {
  activityId: string;
  year: string;
  amountUsd: string;
}

/**
 * A positive amount of US dollars with at most two decimals, never more than the contribution's unallocated
 * money: compared as integer cents (BigInt), never as floating point numbers.
 */
export function validateAllocation(
  values: AllocationValues,
  unallocatedUsd: string,
  years: readonly number[] = DEFAULT_PLAN_YEARS,
): Problems {
  const problems: Problems = {};
  if (!values.activityId) problems.activityId = { key: 'validation.activityRequired' };
  if (!years.includes(Number(values.year))) problems.year = { key: 'validation.yearOfPlan' };
  const amount = amountProblem(values.amountUsd);
  if (amount) problems.amountUsd = amount;
  else {
    const parsed = parseAmount(values.amountUsd);
    const cents = 'value' in parsed ? toCents(parsed.value) : null;
    const left = toCents(unallocatedUsd);
    if (cents !== null && left !== null && cents > left) {
      problems.amountUsd = { key: 'validation.amountAboveUnallocated', values: { max: unallocatedUsd } };
    }
  }
  return problems;
}
