import { LIST_LIMITS } from '@ta/domain';
import { Field, InputType } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, Matches } from 'class-validator';
import { IsPriorityAreaCode } from '../../../infra/graphql/validators.js';

/** A donor's stated priorities: each list replaces the one before; an empty list means "any". */
@InputType()
export class DonorPrioritiesInput {
  @Field(() => [String], { description: 'Priority area codes, e.g. ["C"].' })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.donorPriorities)
  @IsPriorityAreaCode({ each: true })
  priorityAreaCodes!: string[];

  @Field(() => [String], { description: 'UN M49 area codes (regions, sub-regions), e.g. ["002", "034"].' })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.donorPriorities)
  @Matches(/^[0-9]{3}$/, { each: true, message: 'm49Areas must be three-digit UN M49 codes such as 002.' })
  m49Areas!: string[];

  @Field(() => [String], { description: 'Instrument codes as requests name them, e.g. ["UNTOC", "TIP"].' })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.donorPriorities)
  @Matches(/^[A-Z]{2,12}$/, { each: true, message: 'instrumentCodes must be instrument codes such as UNTOC.' })
  instrumentCodes!: string[];
}
