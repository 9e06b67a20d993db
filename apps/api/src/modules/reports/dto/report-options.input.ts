import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { ArrayMaxSize, IsArray, IsIn, IsInt, IsOptional, IsUUID, Matches } from 'class-validator';
import { ACTIVITY_PHASES, type ActivityPhase } from '@ta/domain';
import { ActivityPhaseEnum } from '../../programme/models/activity.model.js';
import { Language } from '../../reference/models/language.model.js';

/** What a report holds and in which language its names are written; every option may be left out. */
@InputType()
export class ReportOptionsInput {
  @Field(() => [Int], { nullable: true, description: 'Only these years of the programme (e.g. [2010, 2011]).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  years?: number[];

  @Field(() => [String], { nullable: true, description: 'Only these priority areas, by code (e.g. ["B"]).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @Matches(/^[A-Z]{1,3}$/, { each: true, message: 'priorityAreaCodes must be priority area codes such as "B".' })
  priorityAreaCodes?: string[];

  @Field(() => [ActivityPhaseEnum], {
    nullable: true,
    description:
      'Only activities of these phases (the IATI export): CURRENT work, PROPOSED activities, or both (default).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(ACTIVITY_PHASES.length)
  @IsIn(ACTIVITY_PHASES, { each: true })
  phases?: ActivityPhase[];

  @Field(() => ID, { nullable: true, description: 'Only the money of this donor (funding reports).' })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a donor id.' })
  donorId?: string;

  @Field(() => Language, {
    nullable: true,
    description: 'The language of the names written beside the codes (State, priority area). Default EN.',
  })
  @IsOptional()
  @IsIn(Object.values(Language))
  language?: Language;
}

/**
 * What a report is about (the contract's `ReportFilter`): a donor (its statement), a State (its profile), years of
 * the programme and a priority area. Merged with the older `options` argument when both are given.
 */
@InputType()
export class ReportFilter {
  @Field(() => ID, { nullable: true, description: 'The donor of a DONOR_STATEMENT (a donor: its own, the default).' })
  @IsOptional()
  @IsUUID('all', { message: 'donorId must be a donor id.' })
  donorId?: string;

  @Field(() => String, { nullable: true, description: 'The State of a STATE_PROFILE, by ISO 3166 alpha-3 code.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{3}$/, { message: 'stateIso3 must be a State’s three-letter code such as "SEN".' })
  stateIso3?: string;

  @Field(() => [Int], { nullable: true, description: 'Only these years of the programme (e.g. [2010, 2011]).' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @IsInt({ each: true })
  years?: number[];

  @Field(() => String, { nullable: true, description: 'Only this priority area, by code (e.g. "B").' })
  @IsOptional()
  @Matches(/^[A-Z]{1,3}$/, { message: 'priorityAreaCode must be a priority area code such as "B".' })
  priorityAreaCode?: string;
}

/** The options as a report keeps them (`report.options`), checked. */
export interface ReportOptions {
  years?: number[];
  priorityAreaCodes?: string[];
  phases?: ActivityPhase[];
  donorId?: string;
  stateIso3?: string;
  language?: Language;
}
