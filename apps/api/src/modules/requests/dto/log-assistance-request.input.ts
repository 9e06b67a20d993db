import { Field, InputType } from '@nestjs/graphql';
import { CHANNELS, IDEMPOTENCY_KEY_PATTERN, REQUEST_LIMITS, TOPICS, type AssistanceKind } from '@ta/domain';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { AssistanceKindEnum } from '../models/assistance-request.model.js';
import { NotInFuture, PlausibleDate, IsPriorityAreaCode } from '../../../infra/graphql/validators.js';

@InputType()
export class LogAssistanceRequestInput {
  @Field({ description: 'ISO 3166-1 alpha-3 code of the requesting State, e.g. "SEN".' })
  @Matches(/^[A-Z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code in capitals, e.g. "SEN".' })
  stateIso3!: string;

  @Field(() => AssistanceKindEnum)
  @IsIn(Object.values(AssistanceKindEnum))
  kind!: AssistanceKind;

  @Field(() => [String], { description: 'Topic slugs; see the `topics` query.' })
  @IsArray()
  @ArrayMaxSize(REQUEST_LIMITS.topicsMax, { message: `topics can name at most ${REQUEST_LIMITS.topicsMax} topics.` })
  @ArrayUnique({ message: 'topics must not name the same topic twice.' })
  @IsIn(TOPICS, { each: true, message: `each of topics must be one of: ${TOPICS.join(', ')}.` })
  topics!: string[];

  @Field({ description: 'A to E (para. 2).' })
  @IsPriorityAreaCode()
  priorityAreaCode!: string;

  @Field(() => DateScalar)
  @NotInFuture({ message: 'receivedOn cannot be in the future.' })
  @PlausibleDate()
  receivedOn!: string;

  @Field({ description: `One of: ${CHANNELS.join(', ')}.` })
  @IsIn(CHANNELS, { message: `channel must be one of: ${CHANNELS.join(', ')}.` })
  channel!: string;

  @Field({ description: 'What the State asked for, in its words or a summary.' })
  @IsString()
  @MinLength(REQUEST_LIMITS.descriptionMin, {
    message: `description must say what the State asked for (at least ${REQUEST_LIMITS.descriptionMin} characters).`,
  })
  @MaxLength(REQUEST_LIMITS.descriptionMax, {
    message: `description must be at most ${REQUEST_LIMITS.descriptionMax} characters.`,
  })
  description!: string;

  @Field(() => [String], { nullable: true, description: 'Instrument codes: UNTOC, TIP, SOM, FIREARMS, UNCAC.' })
  @IsOptional()
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(REQUEST_LIMITS.instrumentsMax)
  @Matches(/^[A-Z]{2,10}$/, { each: true, message: 'each of instruments must be an instrument code such as UNTOC.' })
  instruments?: string[];

  @Field({
    nullable: true,
    description: 'Hide the description and reasons from those outside its scope (e.g. witness protection).',
  })
  @IsOptional()
  @IsBoolean()
  confidential?: boolean;

  @Field({
    nullable: true,
    description: 'The field office that received it; by default the office covering the State.',
  })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'fieldOfficeCode must be a field office code such as BKK.' })
  fieldOfficeCode?: string;

  @Field({
    nullable: true,
    description:
      'Send the same key again (a retry, a double click, a queued offline submission) and the request is logged once: ' +
      'the answer is the request first logged. The key reused for other content is refused (CONFLICT). 8–100 of A–Z a–z 0–9 _ -.',
  })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey must be 8 to 100 letters, digits, "_" or "-" (e.g. a UUID).',
  })
  idempotencyKey?: string;
}
