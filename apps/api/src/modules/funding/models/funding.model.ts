import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import type { ContributionStage } from '../entities/contribution.entity.js';

export enum ContributionStageEnum {
  INTENDED = 'INTENDED',
  PLEDGED = 'PLEDGED',
  COMMITTED = 'COMMITTED',
  PAID = 'PAID',
}
registerEnumType(ContributionStageEnum, {
  name: 'ContributionStage',
  description:
    'INTENDED (a donor’s intention: never counted as money) → PLEDGED → COMMITTED (agreement signed) → PAID.',
});

export enum EarmarkingEnum {
  UNEARMARKED = 'UNEARMARKED',
  SOFTLY_EARMARKED = 'SOFTLY_EARMARKED',
  EARMARKED = 'EARMARKED',
  TIGHTLY_EARMARKED = 'TIGHTLY_EARMARKED',
}
registerEnumType(EarmarkingEnum, {
  name: 'Earmarking',
  description: 'IATI earmarking categories 1–4: none, a priority area, an activity, an activity and its years.',
});

export enum FundingDimension {
  PRIORITY_AREA = 'PRIORITY_AREA',
  YEAR = 'YEAR',
  ACTIVITY = 'ACTIVITY',
  REGION = 'REGION',
  SUBREGION = 'SUBREGION',
  DONOR = 'DONOR',
}
registerEnumType(FundingDimension, {
  name: 'FundingDimension',
  description:
    'REGION and SUBREGION split an activity’s amounts evenly between its shares: each M49 area it names, each ' +
    'State it names outside them, or "Global" when it names neither; cent-exact, so every grouping adds up.',
});

@ObjectType('ExchangeRate', { description: 'US dollars for one unit of a currency, on a date.' })
export class ExchangeRateModel {
  @Field()
  currency!: string;

  @Field(() => DateScalar)
  date!: string;

  @Field(() => DecimalScalar)
  rateToUsd!: string;

  @Field()
  setBy!: string;
}

@ObjectType('Payment', { description: 'One instalment of a contribution.' })
export class PaymentModel {
  @Field(() => DateScalar)
  paidOn!: string;

  @Field(() => DecimalScalar, { description: 'In the contribution’s currency.' })
  amount!: string;

  @Field(() => DecimalScalar, {
    description: 'In US dollars at the contribution’s rate: what it counts for against the contribution.',
  })
  amountUsd!: string;

  @Field(() => DecimalScalar, { description: 'The rate it is valued at: given with it, or of its date.' })
  rateToUsd!: string;

  @Field(() => DateScalar)
  rateDate!: string;

  @Field(() => DecimalScalar, { description: 'amount × rateToUsd, rounded half away from zero to the cent.' })
  valueUsd!: string;

  @Field(() => DecimalScalar, { description: 'valueUsd − amountUsd: the gain (negative: loss) from the rate’s move.' })
  gainUsd!: string;

  contributionId!: string;
}

@ObjectType('Allocation', { description: 'Part of a contribution assigned to an activity and year.' })
export class AllocationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar)
  amountUsd!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Set when the secretariat allocated beyond the activity’s need on purpose: why.',
  })
  overFundingReason!: string | null;

  @Field({ description: 'Deliberate over-funding (beyond the activity’s unfunded cost that year).' })
  overFunding!: boolean;

  createdBy!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => ContributionStageEnum, {
    description:
      'Its contribution’s stage, where the funding gap counts it (pledged, committed or paid); shown for every allocation, including those whose contribution the reader does not see.',
  })
  stage!: ContributionStage;

  contributionId!: string;
  activityId!: string;
  donorId!: string;
  donorNamedPublicly!: boolean;
}

@ObjectType('ContributionStageChange')
export class ContributionStageChangeModel {
  @Field(() => ContributionStageEnum, { nullable: true })
  from!: ContributionStage | null;

  @Field(() => ContributionStageEnum)
  to!: ContributionStage;

  @Field(() => DateTimeScalar)
  at!: Date;

  @Field()
  by!: string;

  @Field(() => String, { nullable: true })
  note!: string | null;

  contributionId!: string;
}

@ObjectType('Contribution', { description: 'Money a donor gives, as given and in US dollars.' })
export class ContributionModel {
  @Field(() => ID)
  id!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field()
  currency!: string;

  @Field(() => DateScalar, { description: 'The date of the contribution.' })
  date!: string;

  @Field(() => DecimalScalar)
  rateToUsd!: string;

  @Field(() => DateScalar)
  rateDate!: string;

  @Field(() => DecimalScalar, { description: 'amount × rateToUsd, rounded half away from zero to the cent.' })
  amountUsd!: string;

  @Field(() => [Int])
  yearsCovered!: number[];

  @Field(() => EarmarkingEnum)
  earmarking!: EarmarkingEnum;

  @Field(() => Int, { description: 'The IATI earmarking category code (1–4).' })
  earmarkingCategory!: number;

  @Field(() => ContributionStageEnum)
  stage!: ContributionStage;

  @Field()
  illustrative!: boolean;

  @Field(() => Int)
  version!: number;

  donorId!: string;
  activityId!: string | null;
  priorityAreaCode!: string | null;
  agreementRef!: string | null;
}

export const ContributionConnection = ConnectionType(ContributionModel, 'ContributionConnection');

@ObjectType('FundingGapRow', {
  description: 'US dollars. gap = cost − committed − paid; pledges are shown apart, never counted as money in hand.',
})
export class FundingGapRowModel {
  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, {
    nullable: true,
    description: 'UN M49 region of this share of the activities’ beneficiaries, or "Global".',
  })
  region!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'UN M49 sub-region of this share; null for a share of a whole region or of the World.',
  })
  subregion!: string | null;

  @Field({ description: 'True on the row that sums donors the viewer may not see by name.' })
  otherDonors!: boolean;

  @Field(() => DecimalScalar)
  cost!: string;

  @Field(() => DecimalScalar)
  pledged!: string;

  @Field(() => DecimalScalar)
  committed!: string;

  @Field(() => DecimalScalar)
  paid!: string;

  @Field(() => DecimalScalar, {
    description: 'Per activity and year max(0, cost − committed − paid), summed: money beyond need lowers no gap.',
  })
  gap!: string;

  @Field(() => DecimalScalar, {
    description:
      'Firm money not yet allocated (committed or paid) whose earmarking allows this row: its area, years, ' +
      'activity and region. The same money may be available to several rows.',
  })
  available!: string;

  @Field(() => DecimalScalar, {
    description: 'Committed and paid money beyond the cost, per activity and year, summed.',
  })
  overFunded!: string;

  @Field({ description: 'The row holds an allocation the secretariat marked as deliberate over-funding.' })
  overFundedDeliberately!: boolean;

  @Field(() => DecimalScalar, {
    description:
      'Allocated money beyond the cost that no deliberate over-funding explains (e.g. a cost revised below what ' +
      'was allocated): to re-allocate.',
  })
  toReallocate!: string;

  @Field(() => DecimalScalar, {
    description: 'Spent (expenditure lines in US dollars at their rates), on the rows without a donor.',
  })
  spent!: string;

  @Field(() => DecimalScalar, {
    description:
      'Funded (committed and paid) minus spent: the money in hand not yet spent (negative when spent ahead).',
  })
  balance!: string;

  /** What a hypothetical contribution would close, and the gap after it (whatIfPledge only). */
  covered!: string;
  gapAfter?: string;

  priorityAreaCode!: string | null;
  activityId!: string | null;
  donorId!: string | null;
}

export const FundingGapRowConnection = ConnectionType(FundingGapRowModel, 'FundingGapRowConnection');

@ObjectType('WhatIfRow', {
  description: 'What a prospective contribution would close: the grouping keys of FundingGapRow, gap before and after.',
})
export class WhatIfRowModel {
  @Field(() => Int, { nullable: true })
  year!: number | null;

  @Field(() => String, { nullable: true })
  region!: string | null;

  @Field(() => String, { nullable: true })
  subregion!: string | null;

  @Field()
  otherDonors!: boolean;

  @Field(() => DecimalScalar)
  gapBefore!: string;

  @Field(() => DecimalScalar)
  gapAfter!: string;

  @Field(() => DecimalScalar, { description: 'How much of the gap the contribution would close here.' })
  covered!: string;

  priorityAreaCode!: string | null;
  activityId!: string | null;
  donorId!: string | null;
}

@ObjectType('ReconciliationLine', { description: 'What a contribution allocated to one activity in one year.' })
export class ReconciliationLineModel {
  @Field(() => Int)
  year!: number;

  @Field(() => DecimalScalar)
  amountUsd!: string;

  @Field(() => DecimalScalar, { description: 'In the contribution’s currency, at its rate.' })
  amount!: string;

  activityId!: string;
}

@ObjectType('ContributionReconciliation', {
  description: 'A contribution’s money: amount, paid, allocated (by activity and year) and unallocated.',
})
export class ContributionReconciliationModel {
  @Field()
  currency!: string;

  @Field(() => DecimalScalar)
  amount!: string;

  @Field(() => DecimalScalar)
  amountUsd!: string;

  @Field(() => DecimalScalar, { description: 'Paid, in its currency.' })
  paid!: string;

  @Field(() => DecimalScalar, { description: 'Paid, in US dollars, each instalment at its own rate.' })
  paidUsd!: string;

  @Field(() => DecimalScalar, { description: 'Gains (negative: losses) from rate moves on the instalments.' })
  gainUsd!: string;

  @Field(() => DecimalScalar, { description: 'Allocated, in its currency (US dollars at its rate).' })
  allocated!: string;

  @Field(() => DecimalScalar)
  allocatedUsd!: string;

  @Field(() => DecimalScalar)
  unallocated!: string;

  @Field(() => DecimalScalar)
  unallocatedUsd!: string;

  @Field(() => [ReconciliationLineModel])
  allocations!: ReconciliationLineModel[];
}
