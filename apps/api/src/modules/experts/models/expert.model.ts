import { Field, Float, ID, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  EXPERT_LIMITS,
  GENDERS,
  LANGUAGE_CODE_PATTERN,
  LEGAL_SYSTEMS,
  TOPICS,
  type Gender,
  type LegalSystem,
} from '@ta/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { LegalSystemEnum } from '../../reference/models/state.model.js';
import { SuggestionReasonModel } from '../../programme/models/suggestion.model.js';
import { IdempotencyKeyField, PlausibleDate } from '../../../infra/graphql/validators.js';

export const GenderEnum = Object.fromEntries(GENDERS.map((v) => [v, v])) as Record<Gender, Gender>;
registerEnumType(GenderEnum, { name: 'Gender' });

@ObjectType('Expert', { description: 'A person on the roster who can serve as a resource person or adviser.' })
export class ExpertModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field(() => String, { nullable: true })
  organisation!: string | null;

  @Field(() => [String], { description: 'Topics, from the same list as requests.' })
  expertise!: string[];

  @Field(() => [String], { description: 'Languages, e.g. "en", "fr", "es", "ar", "ru", "zh", "pt".' })
  languages!: string[];

  @Field(() => LegalSystemEnum, { nullable: true })
  legalSystem!: LegalSystem | null;

  @Field(() => GenderEnum, { nullable: true })
  gender!: Gender | null;

  @Field({ description: 'Member of the advisory group on international cooperation (para. 46).' })
  advisoryGroup!: boolean;

  @Field()
  available!: boolean;

  @Field(() => String, { nullable: true })
  illustrativeNote!: string | null;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;

  @Field(() => Int)
  version!: number;

  nationalityIso3!: string | null;
}

export const ExpertConnection = ConnectionType(ExpertModel, 'ExpertConnection');

@ObjectType('RegionBalance', { description: 'Experts from a region against that region’s share of UN Member States.' })
export class RegionBalanceModel {
  @Field()
  region!: string;

  @Field(() => Int)
  experts!: number;

  @Field(() => Float, { description: 'Share of the experts counted (0–1).' })
  expertShare!: number;

  @Field(() => Int, { description: 'Experts with the chosen ones added (withExpertIds; else the same as experts).' })
  expertsWithChoice!: number;

  @Field(() => Float, { description: 'Share with the chosen experts added (0–1).' })
  expertShareWithChoice!: number;

  @Field(() => Int)
  states!: number;

  @Field(() => Float, { description: 'The region’s share of UN Member States (0–1).' })
  stateShare!: number;
}

@ObjectType('LegalSystemBalance', {
  description: 'Experts of one legal system (footnote 18, para. 46: the advisory group’s legal-system balance).',
})
export class LegalSystemBalanceModel {
  @Field(() => LegalSystemEnum)
  legalSystem!: LegalSystem;

  @Field(() => Int)
  experts!: number;

  @Field(() => Int, { description: 'With the chosen experts added (withExpertIds; else the same as experts).' })
  expertsWithChoice!: number;
}

@InputType()
export class ExpertFilter {
  @Field(() => [String], { nullable: true, description: 'Experts in any of these topics.' })
  @IsOptional()
  @IsIn(TOPICS, { each: true, message: 'each of expertise must be a topic from the topics query.' })
  expertise?: string[];

  @Field(() => [String], { nullable: true, description: 'Experts who speak any of these languages.' })
  @IsOptional()
  @IsArray()
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'each of languages must be a two-letter code such as "fr".' })
  languages?: string[];

  @Field({ nullable: true, description: 'Experts whose nationality is in this UN M49 region or sub-region.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'nationalityIso3 must be a three-letter ISO code.' })
  nationalityIso3?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  advisoryGroup?: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'With freeTo: only experts not booked on any of these days.',
  })
  @IsOptional()
  @IsString()
  freeFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  freeTo?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class CreateExpertInput {
  @Field()
  @IsString()
  @MinLength(EXPERT_LIMITS.nameMin)
  @MaxLength(EXPERT_LIMITS.nameMax)
  name!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'nationalityIso3 must be a three-letter ISO code.' })
  nationalityIso3?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(EXPERT_LIMITS.organisationMax)
  organisation?: string;

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @ArrayMaxSize(EXPERT_LIMITS.expertiseMax)
  @IsIn(TOPICS, { each: true, message: 'each of expertise must be a topic from the topics query.' })
  expertise!: string[];

  @Field(() => [String], { defaultValue: [] })
  @IsArray()
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'each of languages must be a two-letter code such as "fr".' })
  languages!: string[];

  @Field(() => LegalSystemEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_SYSTEMS)
  legalSystem?: LegalSystem;

  @Field(() => GenderEnum, { nullable: true })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender;

  @Field({ defaultValue: false })
  @IsBoolean()
  advisoryGroup!: boolean;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType()
export class AssignExpertInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'expertId must be an expert id.' })
  expertId!: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'workshopId must be a workshop id.' })
  workshopId?: string;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { message: 'activityId must be an activity id.' })
  activityId?: string;

  @Field(() => DateScalar, { nullable: true, description: 'By default the workshop’s dates.' })
  @IsOptional()
  @IsString()
  @PlausibleDate()
  startsOn?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  @PlausibleDate()
  endsOn?: string;
}

@InputType({ description: 'Changes to an expert; a field left out stays as it is.' })
export class UpdateExpertInput {
  @Field(() => ID)
  @IsUUID('all', { message: 'id must be an expert id.' })
  id!: string;

  @Field(() => Int)
  @IsInt()
  expectedVersion!: number;

  @Field(() => LegalSystemEnum, { nullable: true, description: 'null clears it.' })
  @IsOptional()
  @IsIn(LEGAL_SYSTEMS)
  legalSystem?: LegalSystem | null;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(EXPERT_LIMITS.expertiseMax)
  @IsIn(TOPICS, { each: true, message: 'each of expertise must be a topic from the topics query.' })
  expertise?: string[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'each of languages must be a two-letter code such as "fr".' })
  languages?: string[];

  @Field({ nullable: true })
  @IsOptional()
  @IsBoolean()
  available?: boolean;
}

@ObjectType('ExpertSuggestion', { description: 'An expert who fits a request or a workshop, with a score and why.' })
export class ExpertSuggestionModel {
  @Field(() => ExpertModel)
  expert!: ExpertModel;

  @Field(() => Int, { description: 'Out of 100 (the weights: EXPERT_SUGGESTION_WEIGHTS of the domain kernel).' })
  score!: number;

  @Field(() => [String], {
    description: 'Why, in English, e.g. "matches 3 of 4 topics", "speaks French", "Africa under-represented".',
  })
  reasons!: string[];

  @Field(() => [SuggestionReasonModel], { description: 'The same reasons as keys with their values.' })
  reasonCodes!: SuggestionReasonModel[];
}
