import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ASSISTANCE_KINDS,
  DATE_PRECISIONS,
  type DatePrecision,
  IDEMPOTENCY_KEY_PATTERN,
  TOPICS,
  WORKSHOP_KINDS,
  WORKSHOP_STATUSES,
  type AssistanceKind,
  type WorkshopKind,
  LIST_LIMITS,
  LANGUAGE_CODE_PATTERN,
  WORKSHOP_LIMITS,
} from '@ta/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { PlausibleDate, IsPriorityAreaCode } from '../../../infra/graphql/validators.js';
import { AssistanceKindEnum } from '../../requests/models/assistance-request.model.js';
import { DatePrecisionEnum, WorkshopKindEnum } from '../models/workshop.model.js';
import { IdempotencyKeyField } from '../../../infra/graphql/validators.js';

@InputType()
export class WorkshopFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;

  @Field(() => [WorkshopKindEnum], { nullable: true })
  @IsOptional()
  @IsIn(WORKSHOP_KINDS, { each: true })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  kind?: WorkshopKind[];

  @Field({ nullable: true, description: 'Workshops a State took part in.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  to?: string;

  @Field({ nullable: true, description: 'PLANNED, HELD or CANCELLED.' })
  @IsOptional()
  @IsIn(WORKSHOP_STATUSES)
  status?: string;

  @Field({ nullable: true, description: 'Words in the title or the city (in English, French or Spanish).' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class ParticipantInput {
  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3!: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'participants cannot be negative.' })
  participants?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'women cannot be negative.' })
  women?: number;
}

@InputType()
export class FollowUpInput {
  @Field({ description: 'A State that took part in the workshop.' })
  @Matches(/^[A-Z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3!: string;

  @Field(() => AssistanceKindEnum)
  @IsIn(ASSISTANCE_KINDS)
  kind!: AssistanceKind;

  @Field(() => [String])
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(10)
  @IsIn(TOPICS, { each: true, message: `each of topics must be one of: ${TOPICS.join(', ')}.` })
  topics!: string[];

  @Field({ nullable: true, description: 'By default the usual area of the kind.' })
  @IsOptional()
  @IsPriorityAreaCode()
  priorityAreaCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  description?: string;
}

@InputType()
export class WorkshopOutcomeInput {
  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'checklistsCompleted cannot be negative.' })
  checklistsCompleted?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'statesUpdated cannot be negative.' })
  statesUpdated?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0, { message: 'casesProgressed cannot be negative.' })
  casesProgressed?: number;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(10000)
  conclusions!: string;

  @Field(() => [ParticipantInput], { nullable: true, description: 'Who came; replaces the list when given.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ParticipantInput)
  participants?: ParticipantInput[];

  @Field(() => [FollowUpInput], {
    defaultValue: [],
    description: 'Each becomes an assistance request with channel "workshop".',
  })
  @IsArray()
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => FollowUpInput)
  followUps!: FollowUpInput[];

  @Field({
    nullable: true,
    description:
      'Send the same key again (a retry, a queued offline submission) and the outcome is recorded once, its ' +
      'follow-ups logged once. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -.',
  })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey must be 8 to 100 letters, digits, "_" or "-" (e.g. a UUID).',
  })
  idempotencyKey?: string;
}

@InputType()
export class CreateWorkshopInput {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;

  @Field()
  @IsString()
  @MinLength(WORKSHOP_LIMITS.titleMin)
  @MaxLength(WORKSHOP_LIMITS.titleMax)
  title!: string;

  @Field(() => WorkshopKindEnum)
  @IsIn(WORKSHOP_KINDS)
  kind!: WorkshopKind;

  @Field(() => DateScalar)
  @IsString()
  @PlausibleDate()
  startsOn!: string;

  @Field(() => DateScalar)
  @IsString()
  @PlausibleDate()
  endsOn!: string;

  @Field(() => DatePrecisionEnum, {
    defaultValue: 'DAY',
    description: 'MONTH, QUARTER or YEAR: startsOn is its first day and endsOn its last.',
  })
  @IsOptional()
  @IsIn(DATE_PRECISIONS)
  datePrecision?: DatePrecision;

  @Field()
  @IsString()
  @MinLength(WORKSHOP_LIMITS.cityMin)
  @MaxLength(WORKSHOP_LIMITS.cityMax)
  city!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'countryIso3 must be a three-letter ISO code.' })
  countryIso3?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(WORKSHOP_LIMITS.regionMax)
  region?: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(WORKSHOP_LIMITS.organisersMax)
  @IsString({ each: true })
  @MaxLength(WORKSHOP_LIMITS.organiserMax, { each: true })
  organisers!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(WORKSHOP_LIMITS.languagesMax)
  @ArrayUnique()
  @IsString({ each: true })
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'each of languages must be a two-letter code such as "fr".' })
  languages!: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'fieldOfficeCode must be a field office code such as DKR.' })
  fieldOfficeCode?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
