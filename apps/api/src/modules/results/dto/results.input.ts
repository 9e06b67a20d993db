import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsIn, IsInt, IsOptional, IsString, IsUUID, Max, MaxLength, Min, MinLength } from 'class-validator';
import { ACTUAL_SOURCES, INDICATOR_UNITS, OUTCOME_MEASURES, RESULT_LIMITS, RESULT_TYPES } from '@ta/domain';
import type { ActualSource, IndicatorUnit, OutcomeMeasure, ResultType } from '@ta/domain';
import { DecimalScalar } from '../../../infra/graphql/scalars.js';
import { IdempotencyKeyField } from '../../../infra/graphql/validators.js';
import {
  ActualSourceEnum,
  IndicatorUnitEnum,
  OutcomeMeasureEnum,
  ResultTypeEnum,
} from '../models/activity-result.model.js';

/** A new result (without `id`) or a change to one (`id` and `expectedVersion`). */
@InputType()
export class DefineResultInput {
  @Field(() => ID, { nullable: true, description: 'The result to change; none to add one.' })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a result id.' })
  id?: string;

  @Field(() => Int, { nullable: true, description: 'Required with id: the version you read.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => ID, { nullable: true, description: 'Required for a new result: its activity.' })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;

  @Field(() => ResultTypeEnum)
  @IsIn(RESULT_TYPES)
  type!: ResultType;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(RESULT_LIMITS.titleMax)
  title!: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

/** A new indicator of a result (without `id`) or a change to one (`id` and `expectedVersion`). */
@InputType()
export class DefineIndicatorInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'id must be an indicator id.' })
  id?: string;

  @Field(() => Int, { nullable: true, description: 'Required with id: the version you read.' })
  @IsOptional()
  @IsInt()
  expectedVersion?: number;

  @Field(() => ID, { nullable: true, description: 'Required for a new indicator: its result.' })
  @IsOptional()
  @IsUUID('all', { message: 'resultId must be a result id.' })
  resultId?: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(RESULT_LIMITS.titleMax)
  title!: string;

  @Field(() => IndicatorUnitEnum)
  @IsIn(INDICATOR_UNITS)
  unit!: IndicatorUnit;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RESULT_LIMITS.valueMax)
  baseline?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(RESULT_LIMITS.firstYear)
  @Max(RESULT_LIMITS.lastYear)
  baselineYear?: number | null;

  @Field(() => DecimalScalar, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RESULT_LIMITS.valueMax)
  target?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(RESULT_LIMITS.firstYear)
  @Max(RESULT_LIMITS.lastYear)
  targetYear?: number | null;

  @Field(() => OutcomeMeasureEnum, {
    nullable: true,
    description: 'Bind it to what workshop outcomes count: its actuals are then computed from them (NUMBER only).',
  })
  @IsOptional()
  @IsIn(OUTCOME_MEASURES)
  measure?: OutcomeMeasure | null;

  @Field({ nullable: true, defaultValue: false, description: 'Not from the source document (shown as illustrative).' })
  @IsOptional()
  @IsBoolean()
  illustrative?: boolean;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

/** An actual typed in for an indicator not bound to workshop outcomes: its year, value and source. */
@InputType()
export class RecordIndicatorActualInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'indicatorId must be an indicator id.' })
  indicatorId!: string;

  @Field(() => Int, { description: 'The indicator’s version you read.' })
  @IsInt()
  expectedVersion!: number;

  @Field(() => Int)
  @IsInt()
  @Min(RESULT_LIMITS.firstYear)
  @Max(RESULT_LIMITS.lastYear)
  year!: number;

  @Field(() => DecimalScalar)
  @IsString()
  @MaxLength(RESULT_LIMITS.valueMax)
  value!: string;

  @Field(() => ActualSourceEnum)
  @IsIn(ACTUAL_SOURCES)
  source!: ActualSource;

  @Field({ description: 'What the source is: a report’s symbol, a State’s note verbale, a workshop outcome’s id.' })
  @IsString()
  @MinLength(1)
  @MaxLength(RESULT_LIMITS.sourceRefMax)
  sourceRef!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(RESULT_LIMITS.noteMax)
  note?: string | null;

  @IdempotencyKeyField(
    'Sent again after a lost answer, it answers the indicator without checking expectedVersion again.',
  )
  idempotencyKey?: string;
}
