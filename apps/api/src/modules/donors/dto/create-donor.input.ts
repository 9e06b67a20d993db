import { Field, InputType } from '@nestjs/graphql';
import { COUNTRY_ISO3_PATTERN, DONOR_LIMITS, DONOR_TYPES } from '@ta/domain';
import { IsIn, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { IdempotencyKeyField } from '../../../infra/graphql/validators.js';

@InputType()
export class CreateDonorInput {
  @Field()
  @IsString()
  @MinLength(DONOR_LIMITS.nameMin)
  @MaxLength(DONOR_LIMITS.nameMax)
  name!: string;

  @Field({ description: 'MEMBER_STATE, INTERGOVERNMENTAL, FOUNDATION or PRIVATE.' })
  @IsIn(DONOR_TYPES, { message: `donorType must be ${DONOR_TYPES.join(', ')}.` })
  donorType!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(COUNTRY_ISO3_PATTERN, { message: 'countryIso3 must be a three-letter ISO code.' })
  countryIso3?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DONOR_LIMITS.contactMax)
  contact?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}
