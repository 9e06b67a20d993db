import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { IdempotencyKeyField, IsAmount } from '../../../infra/graphql/validators.js';
import { DecimalScalar } from '../../../infra/graphql/scalars.js';

@InputType()
export class AllocateContributionInput {
  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'contributionId must be a contribution id.' })
  contributionId!: string;

  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'activityId must be an activity id.' })
  activityId!: string;

  @Field(() => Int)
  @IsInt({ message: 'year must be a year such as 2010.' })
  year!: number;

  @Field(() => DecimalScalar)
  @IsAmount({ message: 'amountUsd must be a positive amount with at most two decimals.' })
  amountUsd!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field({
    nullable: true,
    description:
      'Allocate beyond the activity’s unfunded cost on purpose, saying why: shown as over-funding, it lowers no other gap.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  overFundingReason?: string;
}
