import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { ASSISTANCE_KINDS, REQUEST_STATUSES, type AssistanceKind, type RequestStatus } from '@ta/domain';
import { ConnectionType } from '../../../infra/graphql/pagination.js';
import { DateScalar, DateTimeScalar } from '../../../infra/graphql/scalars.js';
import { enumOf } from '../../../infra/graphql/enum-of.js';

export const AssistanceKindEnum = enumOf(ASSISTANCE_KINDS);
export const RequestStatusEnum = enumOf(REQUEST_STATUSES);
registerEnumType(AssistanceKindEnum, {
  name: 'AssistanceKind',
  description: 'The kind of assistance a State asks for.',
});
registerEnumType(RequestStatusEnum, { name: 'RequestStatus', description: 'Where a request stands in the workflow.' });

@ObjectType('StatusChange', { description: 'One move of a request: from, to, when, by whom and why.' })
export class StatusChangeModel {
  @Field(() => RequestStatusEnum, {
    nullable: true,
    description: 'Null for the entry that records the request being logged.',
  })
  from!: RequestStatus | null;

  @Field(() => RequestStatusEnum)
  to!: RequestStatus;

  /** A Date, or (a page's histories, made in SQL) the text the DateTime scalar would write for it. */
  @Field(() => DateTimeScalar)
  at!: Date | string;

  @Field()
  by!: string;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => ID, { nullable: true, description: 'Set when the entry came from a request merged into this one.' })
  mergedFromId!: string | null;
}

@ObjectType('AssistanceRequest', { description: "A State's need for assistance." })
export class AssistanceRequestModel {
  @Field(() => ID)
  id!: string;

  @Field(() => AssistanceKindEnum)
  kind!: AssistanceKind;

  @Field(() => [String])
  topics!: string[];

  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field(() => DateScalar)
  receivedOn!: string;

  @Field()
  channel!: string;

  @Field({ description: 'Confidential: the description and reasons are hidden from those outside its scope.' })
  confidential!: boolean;

  description!: string;

  @Field(() => String, {
    nullable: true,
    description: 'e.g. "para. 25" or "footnote 5" when the need comes from the source document.',
  })
  sourceParagraph!: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'What in this record is illustrative (not given by the source document), when anything is.',
  })
  illustrativeNote!: string | null;

  @Field({ description: 'Who logged the request.' })
  loggedBy!: string;

  @Field(() => ID, { nullable: true, description: 'The request this one was merged into, if it was.' })
  mergedIntoId!: string | null;

  @Field(() => Int)
  version!: number;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar)
  updatedAt!: Date;

  stateIso3!: string;
  priorityAreaCode!: string;
  instruments!: string[];
  fieldOfficeCode!: string | null;
  workshopId?: string | null;
}

export const AssistanceRequestConnection = ConnectionType(AssistanceRequestModel, 'AssistanceRequestConnection');
