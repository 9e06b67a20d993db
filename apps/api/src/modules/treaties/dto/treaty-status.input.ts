import { Field, InputType } from '@nestjs/graphql';
import type { ConsentKind, TreatyParticipation } from '@ta/domain';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { CONSENT_KINDS, TREATY_PARTICIPATIONS, TREATY_STATUS_LIMITS } from '@ta/domain';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { IsCalendarDate, NotInFuture, PlausibleDate } from '../../../infra/graphql/validators.js';
import { ConsentKindEnum, TreatyParticipationEnum } from '../models/treaty-status.model.js';

@InputType({ description: 'A State’s standing under one instrument (the rules: treatyStatusProblems in @ta/domain).' })
export class TreatyStatusInput {
  @Field(() => TreatyParticipationEnum)
  @IsIn(TREATY_PARTICIPATIONS)
  status!: TreatyParticipation;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture({ message: 'signedOn cannot be in the future.' })
  @PlausibleDate()
  signedOn?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsCalendarDate()
  @NotInFuture({ message: 'consentOn cannot be in the future.' })
  @PlausibleDate()
  consentOn?: string | null;

  @Field(() => ConsentKindEnum, { nullable: true })
  @IsOptional()
  @IsIn(CONSENT_KINDS)
  consentKind?: ConsentKind | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(TREATY_STATUS_LIMITS.reservationsMax)
  reservations?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Where the status comes from (e.g. the depositary notification).',
  })
  @IsOptional()
  @IsString()
  @MaxLength(TREATY_STATUS_LIMITS.sourceMax)
  source?: string | null;
}
