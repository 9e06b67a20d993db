import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  CHECKLIST_ANSWERS,
  CHECKLIST_STATUSES,
  type AssistanceKind,
  type ChecklistAnswerValue,
  type ChecklistStatus,
} from '@ta/domain';
import { DateScalar, DateTimeScalar } from '../../../infra/graphql/scalars.js';
import { AssistanceKindEnum } from '../../requests/models/assistance-request.model.js';

const enumOf = <T extends string>(values: readonly T[]) =>
  Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const ChecklistStatusEnum = enumOf(CHECKLIST_STATUSES);
registerEnumType(ChecklistStatusEnum, {
  name: 'ChecklistStatus',
  description: 'Where a State’s checklist stands in a cycle: NOT_STARTED, IN_PROGRESS (a draft), SUBMITTED, UPDATED.',
});
export const ChecklistAnswerValueEnum = enumOf(CHECKLIST_ANSWERS);
registerEnumType(ChecklistAnswerValueEnum, { name: 'ChecklistAnswerValue' });

@ObjectType('ReportingCycle', { description: 'A reporting cycle the Conference opened, with its questionnaire.' })
export class ReportingCycleModel {
  @Field(() => ID)
  id!: string;

  @Field()
  name!: string;

  @Field({ description: 'Who opened it (e.g. the Conference of the Parties at its fourth session).' })
  openedBy!: string;

  @Field(() => Int)
  openedYear!: number;

  @Field(() => [String], { description: 'The instruments its questionnaire covers.' })
  instruments!: string[];

  @Field(() => Int, {
    description: 'The questionnaire’s current version: the one new entries, drafts and updates answer.',
  })
  questionnaireVersion!: number;

  @Field(() => String, { nullable: true })
  sourceParagraph!: string | null;
}

@ObjectType('ChecklistQuestion', { description: 'One question, under an instrument and article, in a section.' })
export class ChecklistQuestionModel {
  @Field(() => ID)
  id!: string;

  @Field()
  code!: string;

  @Field(() => Int)
  position!: number;

  @Field(() => Int)
  questionnaireVersion!: number;

  @Field()
  instrumentCode!: string;

  @Field()
  article!: string;

  @Field({ description: 'The document gives the checklist’s structure, not this wording.' })
  illustrative!: boolean;

  sectionEn!: string;
  sectionFr!: string;
  sectionEs!: string;
  textEn!: string;
  textFr!: string;
  textEs!: string;
}

@ObjectType('ChecklistAnswer', { description: 'A State’s answer to one question.' })
export class ChecklistAnswerModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  entryId!: string;

  @Field(() => ID)
  questionId!: string;

  @Field(() => ChecklistAnswerValueEnum, { nullable: true })
  answer!: ChecklistAnswerValue | null;

  @Field(() => String, { nullable: true })
  comment!: string | null;

  @Field()
  needsAssistance!: boolean;

  @Field(() => AssistanceKindEnum, { nullable: true })
  assistanceKind!: AssistanceKind | null;

  @Field(() => [String])
  assistanceTopics!: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'The assistance request its need raised or joined, once the secretariat accepted it.',
  })
  requestId!: string | null;

  @Field(() => DateTimeScalar, { nullable: true })
  acceptedAt!: Date | null;

  @Field(() => Int)
  version!: number;
}

@ObjectType('ChecklistEntry', { description: 'One State’s checklist in one cycle.' })
export class ChecklistEntryModel {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  cycleId!: string;

  @Field()
  stateIso3!: string;

  @Field(() => Int, {
    description:
      'The version of the questionnaire it answers: a submitted entry keeps the one it was submitted under; a ' +
      'draft or an update answers the current one.',
  })
  questionnaireVersion!: number;

  @Field(() => String, { nullable: true })
  focalPoint!: string | null;

  @Field(() => ChecklistStatusEnum)
  status!: ChecklistStatus;

  @Field(() => DateScalar, { nullable: true })
  submittedOn!: string | null;

  @Field()
  illustrative!: boolean;

  @Field(() => Int)
  version!: number;
}

@ObjectType('StateReporting', { description: 'Whether a State has reported in a cycle.' })
export class StateReportingModel {
  @Field()
  stateIso3!: string;

  @Field()
  region!: string;

  @Field(() => ChecklistStatusEnum)
  status!: ChecklistStatus;

  @Field(() => DateScalar, { nullable: true })
  submittedOn!: string | null;
}

@ObjectType('ReportedCount', { description: 'Who has reported in a cycle, by region (counted in SQL).' })
export class ReportedCountModel {
  @Field()
  region!: string;

  @Field(() => Int, { description: 'States of the region.' })
  states!: number;

  @Field(() => Int, { description: 'States that submitted (first submissions and updates).' })
  submitted!: number;

  @Field(() => Int, { description: 'Of those, States that submitted an update.' })
  updated!: number;

  @Field(() => Int, { description: 'States with a draft only.' })
  inProgress!: number;

  @Field(() => Int, { description: 'States that have not reported (para. 5): no submission.' })
  notReported!: number;
}
