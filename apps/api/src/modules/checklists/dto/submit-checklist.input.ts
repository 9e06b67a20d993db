import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_LIMITS,
  IDEMPOTENCY_KEY_PATTERN,
  REQUEST_LIMITS,
  TOPICS,
  type AssistanceKind,
  type ChecklistAnswerValue,
} from '@ta/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { AssistanceKindEnum } from '../../requests/models/assistance-request.model.js';
import { ChecklistAnswerValueEnum } from '../models/checklist.model.js';

@InputType({ description: 'The answer to one question.' })
export class ChecklistAnswerInput {
  @Field(() => ID)
  @IsUUID()
  questionId!: string;

  @Field(() => ChecklistAnswerValueEnum, { nullable: true })
  @IsOptional()
  @IsIn(CHECKLIST_ANSWERS)
  answer?: ChecklistAnswerValue | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(CHECKLIST_LIMITS.comment)
  comment?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'The State needs technical assistance on this point.' })
  @IsOptional()
  @IsBoolean()
  needsAssistance?: boolean | null;

  @Field(() => AssistanceKindEnum, { nullable: true, description: 'Which kind of assistance.' })
  @IsOptional()
  @IsIn(Object.values(AssistanceKindEnum))
  assistanceKind?: AssistanceKind | null;

  @Field(() => [String], { nullable: true, description: 'Topic slugs (training on what?); see the `topics` query.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(REQUEST_LIMITS.topicsMax)
  @ArrayUnique()
  @IsIn(TOPICS, { each: true, message: `each of assistanceTopics must be one of: ${TOPICS.join(', ')}.` })
  assistanceTopics?: string[] | null;
}

@InputType({
  description:
    'A State’s checklist in a cycle: saved as a draft (submit: false, status IN_PROGRESS) or submitted ' +
    '(SUBMITTED; UPDATED when it was submitted before). Answers given replace those to the same questions.',
})
export class SubmitChecklistInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field()
  @Matches(/^[A-Z]{3}$/, { message: 'stateIso3 must be a three-letter ISO code in capitals, e.g. "SEN".' })
  stateIso3!: string;

  @Field(() => String, { nullable: true, description: 'Who in the State coordinates its reporting.' })
  @IsOptional()
  @IsString()
  @MaxLength(CHECKLIST_LIMITS.focalPoint)
  focalPoint?: string | null;

  @Field(() => [ChecklistAnswerInput])
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => ChecklistAnswerInput)
  answers!: ChecklistAnswerInput[];

  @Field({ description: 'true: submit; false: keep as a draft.' })
  @IsBoolean()
  submit!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'The entry’s version you read (null for a State’s first save in the cycle).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  expectedVersion?: number | null;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(IDEMPOTENCY_KEY_PATTERN, {
    message: 'idempotencyKey must be 8 to 100 letters, digits, "_" or "-" (e.g. a UUID).',
  })
  idempotencyKey?: string;
}
