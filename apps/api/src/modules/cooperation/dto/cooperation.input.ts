import { Field, InputType, Int } from '@nestjs/graphql';
import {
  COOPERATION_KINDS,
  COOPERATION_OFFENCES,
  COOPERATION_OUTCOMES,
  LEGAL_BASES,
  REFUSAL_GROUNDS,
  type CooperationKind,
  type CooperationOutcome,
  type LegalBasis,
  type RefusalGround,
} from '@ta/domain';
import {
  ArrayMaxSize,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { IsCalendarDate, NotInFuture, PlausibleDate } from '../../../infra/graphql/validators.js';
import {
  CooperationKindEnum,
  CooperationOutcomeEnum,
  LegalBasisEnum,
  RefusalGroundEnum,
} from '../models/cooperation.model.js';

const ISO3 = /^[A-Za-z]{3}$/;

@InputType({ description: 'One request between two States, as one of them reports it (rules: cooperationProblems).' })
export class CooperationCaseInput {
  @Field()
  @Matches(ISO3, { message: 'requestingStateIso3 must be a three-letter ISO code.' })
  requestingStateIso3!: string;

  @Field()
  @Matches(ISO3, { message: 'requestedStateIso3 must be a three-letter ISO code.' })
  requestedStateIso3!: string;

  @Field({ description: 'The State reporting it: the requesting or the requested one.' })
  @Matches(ISO3, { message: 'reportedByStateIso3 must be a three-letter ISO code.' })
  reportedByStateIso3!: string;

  @Field(() => CooperationKindEnum)
  @IsIn(COOPERATION_KINDS)
  kind!: CooperationKind;

  @Field({ description: `One of: ${COOPERATION_OFFENCES.join(', ')}.` })
  @IsIn(COOPERATION_OFFENCES)
  offence!: string;

  @Field(() => LegalBasisEnum)
  @IsIn(LEGAL_BASES)
  legalBasis!: LegalBasis;

  @Field(() => CooperationOutcomeEnum)
  @IsIn(COOPERATION_OUTCOMES)
  outcome!: CooperationOutcome;

  @Field(() => DateScalar)
  @IsCalendarDate()
  @NotInFuture({ message: 'sentOn cannot be in the future.' })
  @PlausibleDate()
  sentOn!: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture({ message: 'executedOn cannot be in the future.' })
  @PlausibleDate()
  executedOn?: string | null;

  @Field(() => RefusalGroundEnum, { nullable: true })
  @IsOptional()
  @IsIn(REFUSAL_GROUNDS)
  refusalGround?: RefusalGround | null;

  @Field({ description: 'The requesting State’s reference, which the requested State quotes.' })
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  caseRef!: string;
}

@InputType({ description: 'Which requests (all given conditions hold).' })
export class CooperationFilter {
  @Field(() => [Int], { nullable: true, description: 'Years sent.' })
  @IsOptional()
  @ArrayMaxSize(50)
  @IsInt({ each: true })
  @Min(1990, { each: true })
  @Max(2100, { each: true })
  years?: number[];

  @Field({ nullable: true, description: 'Requests this State made or received.' })
  @IsOptional()
  @Matches(ISO3, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3?: string;

  @Field({ nullable: true, description: 'Requests received by States of this M49 region.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  region?: string;

  @Field(() => CooperationKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(COOPERATION_KINDS)
  kind?: CooperationKind;

  @Field({ nullable: true })
  @IsOptional()
  @IsIn(COOPERATION_OFFENCES)
  offence?: string;

  @Field(() => LegalBasisEnum, { nullable: true })
  @IsOptional()
  @IsIn(LEGAL_BASES)
  legalBasis?: LegalBasis;

  @Field(() => CooperationOutcomeEnum, { nullable: true })
  @IsOptional()
  @IsIn(COOPERATION_OUTCOMES)
  outcome?: CooperationOutcome;
}
