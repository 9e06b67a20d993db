import { LIST_LIMITS } from '@ta/domain';
import { Field, ID, InputType, Int, PickType } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DateScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import {
  IsAmount,
  IsCalendarDate,
  NotInFuture,
  PlausibleDate,
  IsPriorityAreaCode,
} from '../../../infra/graphql/validators.js';
import { ContributionStageEnum, EarmarkingEnum } from '../models/funding.model.js';

@InputType()
export class RecordContributionInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'donorId must be a donor id.' })
  donorId!: string;

  @Field(() => DecimalScalar, { description: 'As given, in its currency, e.g. "250000.00".' })
  @IsAmount({ message: 'amount must be a positive amount with at most two decimals, e.g. "250000.00".' })
  amount!: string;

  @Field({ description: 'ISO 4217 code, e.g. "EUR".' })
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter ISO 4217 code such as EUR.' })
  currency!: string;

  @Field(() => DateScalar, { description: 'When it was pledged, committed or paid: not in the future.' })
  @IsCalendarDate()
  @NotInFuture({ message: 'date cannot be in the future.' })
  @PlausibleDate()
  date!: string;

  @Field(() => ContributionStageEnum, { defaultValue: ContributionStageEnum.PLEDGED })
  @IsIn(Object.values(ContributionStageEnum))
  stage!: ContributionStageEnum;

  @Field({ nullable: true, description: 'Required when the stage is COMMITTED or PAID: the signed agreement.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  agreementRef?: string;

  @Field(() => ID, { nullable: true, description: 'Earmarked to this activity.' })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;

  @Field({ nullable: true, description: 'Softly earmarked to this priority area.' })
  @IsOptional()
  @IsPriorityAreaCode()
  priorityAreaCode?: string;

  @Field(() => EarmarkingEnum, { nullable: true, description: 'By default from activityId / priorityAreaCode.' })
  @IsOptional()
  @IsIn(Object.values(EarmarkingEnum))
  earmarking?: EarmarkingEnum;

  @Field(() => [Int], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.yearsCovered)
  @IsInt({ each: true })
  yearsCovered?: number[];

  @Field({ nullable: true, description: 'Send the same key again (a retry, a double click) and it is recorded once.' })
  @IsOptional()
  @IsString()
  @MinLength(8, { message: 'idempotencyKey must be at least 8 characters (e.g. a UUID).' })
  @MaxLength(100)
  idempotencyKey?: string;
}

@InputType()
export class ContributionFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a donor id.' })
  donorId?: string;

  @Field(() => [ContributionStageEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsIn(Object.values(ContributionStageEnum), { each: true })
  stage?: ContributionStageEnum[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be a three-letter code.' })
  currency?: string;
}

@InputType()
export class FundingFilter {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  yearFrom?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  yearTo?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsPriorityAreaCode({ each: true })
  priorityAreaCode?: string[];

  @Field(() => [String], { nullable: true, description: 'Activity statuses, e.g. ["PROPOSED", "FUNDED"].' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsString({ each: true })
  status?: string[];

  @Field(() => [String], { nullable: true, description: 'UN M49 regions (or "Global").' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsString({ each: true })
  region?: string[];

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;
}

/**
 * A prospective contribution: the fields of RecordContributionInput that decide where money goes (donor, amount,
 * currency, years, earmarking), and the date whose rate values it (which may be ahead: nothing is recorded).
 */
@InputType({ description: 'A prospective contribution: what whatIfPledge fills the gaps with, recording nothing.' })
export class WhatIfPledgeInput extends PickType(RecordContributionInput, [
  'donorId',
  'amount',
  'currency',
  'yearsCovered',
  'earmarking',
  'activityId',
  'priorityAreaCode',
] as const) {
  @Field(() => DateScalar, { description: 'The date whose exchange rate values it.' })
  @IsCalendarDate()
  @PlausibleDate()
  date!: string;
}
