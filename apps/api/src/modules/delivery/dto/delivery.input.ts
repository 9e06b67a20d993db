import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import {
  COST_CATEGORIES,
  DELIVERY_LIMITS,
  DELIVERY_STATUSES,
  type CostCategory,
  type DeliveryStatus,
} from '@ta/domain';
import { DateScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import {
  IdempotencyKeyField,
  IsAmount,
  IsCalendarDate,
  NotInFuture,
  PlausibleDate,
} from '../../../infra/graphql/validators.js';
import { CostCategoryEnum, DeliveryStatusEnum } from '../../programme/models/activity.model.js';

@InputType()
export class SetDeliveryStatusInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId!: string;

  @Field(() => Int, { description: 'The activity’s version you read.' })
  @IsInt()
  expectedVersion!: number;

  @Field(() => DeliveryStatusEnum)
  @IsIn(DELIVERY_STATUSES)
  to!: DeliveryStatus;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When delivery started: needed to move to IN_DELIVERY (kept after), not in the future.',
  })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture({ message: 'startedOn cannot be in the future.' })
  @PlausibleDate()
  startedOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'When delivery completed: needed to move to COMPLETED.' })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture({ message: 'completedOn cannot be in the future.' })
  @PlausibleDate()
  completedOn?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DELIVERY_LIMITS.reasonMax)
  reason?: string | null;

  @IdempotencyKeyField('Sent again after a lost answer, it answers the activity without moving it again.')
  idempotencyKey?: string;
}

@InputType()
export class RecordExpenditureInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId!: string;

  @Field(() => Int, { description: 'The programme year the money was spent for.' })
  @IsInt()
  @Min(2000)
  @Max(2100)
  year!: number;

  @Field(() => CostCategoryEnum)
  @IsIn(COST_CATEGORIES)
  category!: CostCategory;

  @Field(() => DecimalScalar, { description: 'In its currency, e.g. "12500.00".' })
  @IsAmount({ message: 'amount must be a positive amount with at most two decimals, e.g. "12500.00".' })
  amount!: string;

  @Field({ description: 'ISO 4217 code, e.g. "EUR"; other than USD needs the rate of spentOn (setExchangeRate).' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as EUR.' })
  currency!: string;

  @Field(() => DateScalar, { description: 'When it was spent: not in the future.' })
  @IsCalendarDate()
  @NotInFuture({ message: 'spentOn cannot be in the future.' })
  @PlausibleDate()
  spentOn!: string;

  @Field(() => ID, { nullable: true, description: 'The allocation it spends (of this activity and year).' })
  @IsOptional()
  @IsUUID('all', { message: 'allocationId must be an allocation id.' })
  allocationId?: string | null;

  @Field({
    nullable: true,
    defaultValue: false,
    description: 'Spent beyond what was allocated, on purpose: needs beyondAllocationReason.',
  })
  @IsOptional()
  @IsBoolean()
  beyondAllocation?: boolean;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  beyondAllocationReason?: string | null;

  @Field(() => ID, {
    nullable: true,
    description:
      'Money transferred to one of the activity’s implementing partners (a disbursement): that organisation.',
  })
  @IsOptional()
  @IsUUID('all', { message: 'paidToOrganisationId must be an organisation id.' })
  paidToOrganisationId?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string | null;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
