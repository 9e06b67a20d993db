import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  ACTIVITY_CODE_PATTERN,
  ACTIVITY_LIMITS,
  ACTIVITY_PHASES,
  ACTIVITY_STATUSES,
  ACTIVITY_TYPES,
  COST_BASES,
  DELIVERY_STATUSES,
  COST_CATEGORIES,
  type ActivityPhase,
  type ActivityStatus,
  type ActivityType,
  type CostBasis,
  type CostCategory,
  type DeliveryStatus,
  FIELD_OFFICE_CODE_PATTERN,
  LIST_LIMITS,
  M49_CODE_PATTERN,
  STATE_ISO3_PATTERN,
} from '@ta/domain';
import { Type } from 'class-transformer';
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
  ValidateNested,
} from 'class-validator';
import { DateScalar, DecimalScalar } from '../../../infra/graphql/scalars.js';
import {
  IsAmount,
  IsCalendarDate,
  IdempotencyKeyField,
  PlausibleDate,
  IsPriorityAreaCode,
  IsSubAreaCode,
} from '../../../infra/graphql/validators.js';
import {
  ActivityPhaseEnum,
  ActivityStatusEnum,
  ActivityTypeEnum,
  CostBasisEnum,
  CostCategoryEnum,
  DeliveryStatusEnum,
} from '../models/activity.model.js';

@InputType()
export class ActivityFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsPriorityAreaCode({ each: true })
  priorityAreaCode?: string[];

  @Field(() => [ActivityPhaseEnum], {
    nullable: true,
    description: 'CURRENT (under way in 2008), PROPOSED (2009–2011), or both when absent.',
  })
  @IsOptional()
  @IsIn(ACTIVITY_PHASES, { each: true })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  phase?: ActivityPhase[];

  @Field(() => [ActivityStatusEnum], { nullable: true })
  @IsOptional()
  @IsIn(ACTIVITY_STATUSES, { each: true })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  status?: ActivityStatus[];

  @Field(() => [DeliveryStatusEnum], { nullable: true, description: 'Where their delivery stands.' })
  @IsOptional()
  @IsIn(DELIVERY_STATUSES, { each: true })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  deliveryStatus?: DeliveryStatus[];

  @Field(() => [ActivityTypeEnum], { nullable: true })
  @IsOptional()
  @IsIn(ACTIVITY_TYPES, { each: true })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  activityType?: ActivityType[];

  @Field({ nullable: true, description: 'Activities that name this State as a beneficiary.' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3?: string;

  @Field({ nullable: true, description: 'A section of the source, e.g. "IV.B.5" (or "IV.B" for all of it).' })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  section?: string;

  @Field({ nullable: true, description: 'Words in the code, title, description or regions.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;
}

@InputType()
export class CreateActivityInput {
  @Field({ description: 'e.g. "IV.B.5-6".' })
  @Matches(ACTIVITY_CODE_PATTERN, { message: 'code must be 2 to 30 letters, digits, dots or dashes.' })
  code!: string;

  @Field()
  @IsString()
  @MinLength(ACTIVITY_LIMITS.titleMin, { message: 'title must say what the activity is.' })
  @MaxLength(ACTIVITY_LIMITS.titleMax)
  title!: string;

  @Field({ defaultValue: '' })
  @IsString()
  @MaxLength(ACTIVITY_LIMITS.descriptionMax)
  description!: string;

  @Field()
  @IsPriorityAreaCode()
  priorityAreaCode!: string;

  @Field({ nullable: true, description: 'e.g. "C.b".' })
  @IsOptional()
  @IsSubAreaCode()
  subAreaCode?: string;

  @Field(() => ActivityTypeEnum)
  @IsIn(ACTIVITY_TYPES)
  activityType!: ActivityType;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.beneficiaryStatesMax)
  @Matches(STATE_ISO3_PATTERN, { each: true, message: 'each of beneficiaryStates must be a three-letter ISO code.' })
  beneficiaryStates!: string[];

  @Field(() => [String], {
    defaultValue: [],
    description:
      'How the activity words its regions. Left empty while beneficiaryAreas is given, the regions are named as M49 ' +
      'names the codes.',
  })
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.beneficiaryRegionsMax)
  @IsString({ each: true })
  @MaxLength(ACTIVITY_LIMITS.beneficiaryRegionMax, { each: true })
  beneficiaryRegions!: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'M49 codes of the areas it benefits: regions, sub-regions, intermediate regions, or "001" (global). ' +
      'By default, the areas beneficiaryRegions names.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.beneficiaryAreasMax)
  @Matches(M49_CODE_PATTERN, {
    each: true,
    message: 'each of beneficiaryAreas must be a three-digit M49 code, e.g. "002".',
  })
  beneficiaryAreas?: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.partnersMax)
  @IsString({ each: true })
  @MaxLength(ACTIVITY_LIMITS.partnerMax, { each: true })
  partners!: string[];

  @Field({ nullable: true })
  @IsOptional()
  @Matches(FIELD_OFFICE_CODE_PATTERN, { message: 'leadOfficeCode must be a field office code such as BKK.' })
  leadOfficeCode?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ACTIVITY_LIMITS.sourceParagraphMax)
  sourceParagraph?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @PlausibleDate()
  startsOn?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @PlausibleDate()
  endsOn?: string;

  @Field(() => ActivityPhaseEnum, {
    defaultValue: 'PROPOSED',
    description: 'PROPOSED (a 2009–2011 proposal, dated within the plan) or CURRENT (under way, dated as it was).',
  })
  @IsOptional()
  @IsIn(ACTIVITY_PHASES)
  phase?: ActivityPhase;

  @Field(() => [ID], { defaultValue: [], description: 'The CURRENT activities this proposal builds on.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.buildsOnMax)
  @IsUUID('all', { each: true, message: 'each of buildsOnIds must be an activity id.' })
  buildsOnIds?: string[];

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class UpdateActivityInput {
  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MinLength(ACTIVITY_LIMITS.titleMin, { message: 'title must say what the activity is.' })
  @MaxLength(ACTIVITY_LIMITS.titleMax)
  title?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ACTIVITY_LIMITS.descriptionMax)
  description?: string;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.beneficiaryStatesMax)
  @Matches(STATE_ISO3_PATTERN, { each: true, message: 'each of beneficiaryStates must be a three-letter ISO code.' })
  beneficiaryStates?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'How the activity words its regions. Left out while beneficiaryAreas is given, it follows the codes: the ' +
      'wording of codes still chosen is kept, the others are named as M49 names them.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.beneficiaryRegionsMax)
  @IsString({ each: true })
  @MaxLength(ACTIVITY_LIMITS.beneficiaryRegionMax, { each: true })
  beneficiaryRegions?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'M49 codes of the areas it benefits: regions, sub-regions, intermediate regions, or "001" (global). ' +
      'By default, the areas beneficiaryRegions names.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.beneficiaryAreasMax)
  @Matches(M49_CODE_PATTERN, {
    each: true,
    message: 'each of beneficiaryAreas must be a three-digit M49 code, e.g. "002".',
  })
  beneficiaryAreas?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_LIMITS.partnersMax)
  @IsString({ each: true })
  @MaxLength(ACTIVITY_LIMITS.partnerMax, { each: true })
  partners?: string[];

  @Field(() => DateScalar, { nullable: true, description: 'Absent: unchanged; null: no start date any more.' })
  @IsOptional()
  @IsCalendarDate()
  @PlausibleDate()
  startsOn?: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Absent: unchanged; null: no end date any more.' })
  @IsOptional()
  @IsCalendarDate()
  @PlausibleDate()
  endsOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'The title in French (a translation made for this tool). Absent: unchanged, even when the English title ' +
      'changes; null: none (the English stands in for it).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ACTIVITY_LIMITS.titleMax)
  titleFr?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'The title in Spanish, as titleFr: absent keeps it, null clears it.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(ACTIVITY_LIMITS.titleMax)
  titleEs?: string | null;
}

@InputType()
export class CostLineInput {
  @Field(() => Int)
  @IsInt({ message: 'year must be a year such as 2010.' })
  year!: number;

  @Field(() => CostCategoryEnum)
  @IsIn(COST_CATEGORIES)
  category!: CostCategory;

  @Field(() => DecimalScalar, { description: 'US dollars, e.g. "45000.00"; at most two decimals.' })
  @IsAmount({ message: 'amount must be a positive amount in dollars with at most two decimals, e.g. "45000.00".' })
  amount!: string;
}

@InputType()
export class SetCostLinesInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => CostBasisEnum, { description: 'The lines replace all lines of this basis.' })
  @IsIn(COST_BASES)
  basis!: CostBasis;

  @Field(() => DateScalar, { description: 'The date of the rates the costing used.' })
  @IsCalendarDate()
  @PlausibleDate()
  rateDate!: string;

  @Field(() => [CostLineInput])
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => CostLineInput)
  lines!: CostLineInput[];
}
