import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { QUESTION_CODE_PATTERN, QUESTIONNAIRE_LIMITS, type QuestionDraft } from '@ta/domain';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsArray,
  IsBoolean,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { ValidationArguments } from 'class-validator';

const required = (field: string) => ({ message: `${field} is required (in each of English, French and Spanish).` });

@InputType({
  description:
    'One question of the new version. Its `code` carries answers across versions: keep a question’s code when ' +
    'you reword it, give a new code to a new question.',
})
export class QuestionnaireQuestionInput implements QuestionDraft {
  @Field({ description: 'e.g. "UNTOC-5": capitals, digits, ".", "_" or "-".' })
  @IsString()
  @Matches(QUESTION_CODE_PATTERN, {
    message: `code must be 1 to ${QUESTIONNAIRE_LIMITS.codeMax} capitals, digits, ".", "_" or "-", e.g. "UNTOC-5".`,
  })
  code!: string;

  @Field()
  @IsString()
  @IsNotEmpty(required('sectionEn'))
  @MaxLength(QUESTIONNAIRE_LIMITS.sectionMax)
  sectionEn!: string;

  @Field()
  @IsString()
  @IsNotEmpty(required('sectionFr'))
  @MaxLength(QUESTIONNAIRE_LIMITS.sectionMax)
  sectionFr!: string;

  @Field()
  @IsString()
  @IsNotEmpty(required('sectionEs'))
  @MaxLength(QUESTIONNAIRE_LIMITS.sectionMax)
  sectionEs!: string;

  @Field({ description: 'One of the cycle’s instruments (e.g. UNTOC).' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  instrumentCode!: string;

  @Field({ description: 'e.g. "art. 5".' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(QUESTIONNAIRE_LIMITS.articleMax)
  article!: string;

  @Field()
  @IsString()
  @IsNotEmpty(required('textEn'))
  @MaxLength(QUESTIONNAIRE_LIMITS.textMax)
  textEn!: string;

  @Field()
  @IsString()
  @IsNotEmpty(required('textFr'))
  @MaxLength(QUESTIONNAIRE_LIMITS.textMax)
  textFr!: string;

  @Field()
  @IsString()
  @IsNotEmpty(required('textEs'))
  @MaxLength(QUESTIONNAIRE_LIMITS.textMax)
  textEs!: string;

  @Field(() => Boolean, {
    nullable: true,
    description: 'The wording is illustrative (the demo’s), not the Conference’s. Default false.',
  })
  @IsOptional()
  @IsBoolean()
  illustrative?: boolean | null;
}

/** The codes given more than once, for the edge's message. */
function duplicateCodes(args: ValidationArguments): string {
  const codes = Array.isArray(args.value) ? (args.value as Array<{ code?: unknown }>).map((q) => q?.code) : [];
  const twice = [...new Set(codes.filter((c, i) => codes.indexOf(c) !== i))];
  return `questions: each question needs its own code; ${twice.map((c) => `"${String(c)}"`).join(', ')} given more than once.`;
}

@InputType({ description: 'A new version of a reporting cycle’s questionnaire, replacing the current one.' })
export class PublishQuestionnaireVersionInput {
  @Field(() => ID)
  @IsUUID()
  cycleId!: string;

  @Field(() => Int, {
    description:
      'The cycle’s `questionnaireVersion` you read: publishing is refused (CONFLICT) once another was published.',
  })
  @IsInt()
  @Min(1)
  expectedVersion!: number;

  @Field(() => [QuestionnaireQuestionInput], { description: 'Every question of the new version, in order.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(QUESTIONNAIRE_LIMITS.questionsMax)
  @ArrayUnique((q: QuestionnaireQuestionInput) => q?.code, { message: duplicateCodes })
  @ValidateNested({ each: true })
  @Type(() => QuestionnaireQuestionInput)
  questions!: QuestionnaireQuestionInput[];
}
