import { Field, ID, InputType } from '@nestjs/graphql';
import {
  IATI_ORG_REF_PATTERN,
  ORGANISATION_LIMITS,
  ORGANISATION_TYPE_NAMES,
  PARTICIPATION_ROLE_NAMES,
  type OrganisationType,
  type ParticipationRole,
} from '@ta/domain';
import { IsIn, IsOptional, IsString, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { IdempotencyKeyField } from '../../../infra/graphql/validators.js';
import { OrganisationTypeEnum, ParticipationRoleEnum } from '../models/organisation.model.js';

@InputType()
export class OrganisationInput {
  @Field()
  @IsString()
  @MinLength(ORGANISATION_LIMITS.nameMin)
  @MaxLength(ORGANISATION_LIMITS.nameMax)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(ORGANISATION_LIMITS.acronymMax)
  acronym?: string | null;

  @Field(() => OrganisationTypeEnum)
  @IsIn(ORGANISATION_TYPE_NAMES)
  type!: OrganisationType;

  @Field(() => String, { nullable: true, description: 'IATI organisation identifier, e.g. "XM-DAC-41114".' })
  @IsOptional()
  @Matches(IATI_ORG_REF_PATTERN, { message: 'iatiRef must be an IATI organisation identifier, e.g. "XM-DAC-41114".' })
  @MaxLength(ORGANISATION_LIMITS.iatiRefMax)
  iatiRef?: string | null;
}

/** A new organisation: its fields, and the submission's idempotency key. */
@InputType()
export class CreateOrganisationInput extends OrganisationInput {
  @IdempotencyKeyField()
  idempotencyKey?: string;
}

@InputType({ description: 'One organisation’s role on an activity.' })
export class ParticipationInput {
  @Field(() => ID)
  @IsUUID()
  organisationId!: string;

  @Field(() => ParticipationRoleEnum)
  @IsIn(PARTICIPATION_ROLE_NAMES)
  role!: ParticipationRole;
}

@InputType()
export class OrganisationFilter {
  @Field({ nullable: true, description: 'Part of the name or acronym.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;

  @Field(() => OrganisationTypeEnum, { nullable: true })
  @IsOptional()
  @IsIn(ORGANISATION_TYPE_NAMES)
  type?: OrganisationType;
}
