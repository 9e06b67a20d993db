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

/**
 * An organisation's fields, for createOrganisation and updateOrganisation alike (the public name tools use). The
 * idempotency key only means something on create: updateOrganisation refuses one (a version check guards edits).
 */
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

  @IdempotencyKeyField(
    'Only on createOrganisation; updateOrganisation refuses it (edits are guarded by their version).',
  )
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
