// The rows FundingRepository takes and gives back: contributions, their stages and payments, allocations and rates.
import type { ContributionStage } from './entities/contribution.entity.js';

/** A rate the secretariat set: US dollars for one unit of a currency on a date. */
export interface ExchangeRateRow {
  currency: string;
  date: string;
  rateToUsd: string;
  setBy: string;
}

/** Part of a contribution assigned to an activity and year (allocation joined to its contribution). */
export interface AllocationRow {
  id: string;
  contributionId: string;
  activityId: string;
  year: number;
  amountUsd: string;
  note: string | null;
  overFundingReason: string | null;
  overFunding: boolean;
  createdBy: string;
  createdAt: Date;
  donorId: string;
  /** Its contribution's stage: where the funding gap counts it (pledged, committed or paid). */
  stage: ContributionStage;
}

export interface PaymentRow {
  contributionId: string;
  paidOn: string;
  amount: string;
  amountUsd: string;
  rateToUsd: string;
  rateDate: string;
  valueUsd: string;
  gainUsd: string;
}

export interface StageChangeRow {
  contributionId: string;
  from: ContributionStage | null;
  to: ContributionStage;
  at: Date;
  by: string;
  note: string | null;
}

export interface BalanceRow {
  id: string;
  allocated: string;
  unallocated: string;
  paid: string;
  /** What was paid at the instalments' own rates, and what is unpaid at the contribution's. */
  valueUsd: string;
  /** Gains (or, negative, losses) from rate moves: the instalments' value less their value at the contribution's rate. */
  gainUsd: string;
}

export interface ReconciliationRow {
  id: string;
  currency: string;
  amount: string;
  amountUsd: string;
  paid: string;
  paidUsd: string;
  gainUsd: string;
  allocated: string;
  allocatedUsd: string;
  unallocated: string;
  unallocatedUsd: string;
}

export interface ReconciliationLineRow {
  contributionId: string;
  activityId: string;
  year: number;
  amountUsd: string;
  amount: string;
}

/** What is paid of a contribution, and what one more instalment would do. */
export interface PaymentStateRow {
  paid: string;
  paidUsd: string;
  over: boolean;
  completes: boolean;
}

/** The values of a new contribution (amount_usd is computed in SQL from amount and rate). */
export interface NewContribution {
  donorId: string;
  amount: string;
  currency: string;
  contributedOn: string;
  rateToUsd: string;
  rateDate: string;
  yearsCovered: number[];
  earmarkingCategory: number;
  priorityAreaCode: string | null;
  activityId: string | null;
  stage: ContributionStage;
  agreementRef: string | null;
  idempotencyKey: string | null;
  requestHash: string;
  illustrative: boolean;
  externalRef: string | null;
}

/** One IATI transaction: the allocations of one contribution to one activity, summed. */
export interface IatiTransactionRow {
  activityId: string;
  stage: ContributionStage;
  amount: string;
  date: string;
  rateDate: string;
  /** Null unless the donor agreed to be named publicly. */
  donorName: string | null;
  earmarkingCategory: number;
}
