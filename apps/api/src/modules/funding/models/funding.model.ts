import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import type { ContributionStage } from '../entities/contribution.entity.js';

export enum ContributionStageEnum {
  PLEDGED = 'PLEDGED',
  COMMITTED = 'COMMITTED',
  PAID = 'PAID',
}
registerEnumType(ContributionStageEnum, {
  name: 'ContributionStage',
  description: 'PLEDGED → COMMITTED (agreement signed) → PAID.',
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
  DONOR = 'DONOR',
}
registerEnumType(FundingDimension, { name: 'FundingDimension' });

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

  @Field(() => DecimalScalar, { description: 'In US dollars at the contribution’s rate.' })
  amountUsd!: string;

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
    description: 'UN M49 region of the activity’s beneficiaries ("Interregional" or "Global" when not one).',
  })
  region!: string | null;

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

  @Field(() => DecimalScalar)
  gap!: string;

  priorityAreaCode!: string | null;
  activityId!: string | null;
  donorId!: string | null;
}
