import { Field, ID, InputType } from '@nestjs/graphql';
import {
  AUTHORITY_CHANNELS,
  AUTHORITY_LIMITS,
  AUTHORITY_KINDS,
  LANGUAGE_CODE_PATTERN,
  PROPOSAL_STATUSES,
  type AuthorityChannel,
  type AuthorityKind,
  type ProposalStatus,
} from '@ta/domain';
import {
  ArrayMaxSize,
  IsEmail,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { IsCalendarDate, NotInFuture, PlausibleDate } from '../../../infra/graphql/validators.js';
import { AuthorityChannelEnum, AuthorityKindEnum, ProposalStatusEnum } from '../models/authority.model.js';

@InputType({
  description: 'An entry of the directory (the kind’s instruments: AUTHORITY_KIND_INSTRUMENTS in @ta/domain).',
})
export class AuthorityInput {
  @Field()
  @Matches(/^[A-Za-z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3!: string;

  @Field()
  @IsString()
  @MaxLength(20)
  instrumentCode!: string;

  @Field(() => AuthorityKindEnum)
  @IsIn(AUTHORITY_KINDS)
  kind!: AuthorityKind;

  @Field()
  @IsString()
  @MinLength(AUTHORITY_LIMITS.nameMin)
  @MaxLength(AUTHORITY_LIMITS.name)
  name!: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(AUTHORITY_LIMITS.address)
  address?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(AUTHORITY_LIMITS.phone)
  phone?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsEmail()
  @MaxLength(AUTHORITY_LIMITS.email)
  email?: string | null;

  @Field(() => [String], { description: 'ISO 639-1 codes, e.g. ["fr", "en"].' })
  @ArrayMaxSize(AUTHORITY_LIMITS.languages)
  @Matches(LANGUAGE_CODE_PATTERN, { each: true, message: 'each language is a two-letter ISO 639-1 code, e.g. "fr".' })
  languages!: string[];

  @Field(() => [AuthorityChannelEnum])
  @ArrayMaxSize(AUTHORITY_CHANNELS.length)
  @IsIn(AUTHORITY_CHANNELS, { each: true })
  channels!: AuthorityChannel[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(AUTHORITY_LIMITS.legalRequirements)
  legalRequirements?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(AUTHORITY_LIMITS.timeLimits)
  timeLimits?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture({ message: 'lastConfirmedOn cannot be in the future.' })
  @PlausibleDate()
  lastConfirmedOn?: string | null;
}

@InputType({ description: 'Which entries of the directory (all given conditions hold).' })
export class AuthorityFilter {
  @Field({ nullable: true })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code.' })
  stateIso3?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(20)
  instrumentCode?: string;

  @Field(() => AuthorityKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(AUTHORITY_KINDS)
  kind?: AuthorityKind;

  @Field({ nullable: true, description: 'Accepts requests in this language (ISO 639-1).' })
  @IsOptional()
  @Matches(LANGUAGE_CODE_PATTERN, { message: 'language is a two-letter ISO 639-1 code, e.g. "fr".' })
  language?: string;

  @Field({ nullable: true, description: 'Part of the authority’s name.' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  search?: string;
}

@InputType()
export class AuthorityProposalFilter {
  @Field(() => ProposalStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(PROPOSAL_STATUSES)
  status?: ProposalStatus;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID()
  authorityId?: string;
}
