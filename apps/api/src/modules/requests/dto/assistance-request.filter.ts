import { Field, ID, InputType, registerEnumType } from '@nestjs/graphql';
import { LIST_LIMITS, type AssistanceKind, type RequestStatus } from '@ta/domain';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
} from 'class-validator';
import { DateScalar } from '../../../infra/graphql/scalars.js';
import { AssistanceKindEnum, RequestStatusEnum } from '../models/assistance-request.model.js';
import { IsPriorityAreaCode } from '../../../infra/graphql/validators.js';

/**
 * The requests' treaty-status filter, one definition for the list (assistanceRequests) and the counts
 * (requestCounts); the SQL is `treatyStatusConditions` in the repository.
 */
@InputType({ isAbstract: true })
export class TreatyStatusFilter {
  @Field({
    nullable: true,
    description:
      'Requests of States party to this instrument (UNTOC, TIP, SOM, FIREARMS, UNCAC), as the treaty status has it.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,10}$/, { message: 'partyTo is an instrument code, e.g. "UNTOC".' })
  partyTo?: string;

  @Field({ nullable: true, description: 'Requests of States not (yet) party to this instrument.' })
  @IsOptional()
  @Matches(/^[A-Za-z]{2,10}$/, { message: 'notPartyTo is an instrument code, e.g. "TIP".' })
  notPartyTo?: string;
}

@InputType()
export class AssistanceRequestFilter extends TreatyStatusFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(250)
  @Matches(/^[A-Za-z]{3}$/, { each: true, message: 'each of stateIso3 must be a three-letter ISO code.' })
  stateIso3?: string[];

  @Field(() => [String], { nullable: true, description: 'UN M49 regions, sub-regions or intermediate regions.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  region?: string[];

  @Field(() => [AssistanceKindEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsIn(Object.values(AssistanceKindEnum), { each: true })
  kind?: AssistanceKind[];

  @Field(() => [RequestStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsIn(Object.values(RequestStatusEnum), { each: true })
  status?: RequestStatus[];

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsPriorityAreaCode({ each: true })
  priorityAreaCode?: string[];

  @Field(() => [String], { nullable: true, description: 'Requests concerning any of these topics.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(30)
  @IsString({ each: true })
  topic?: string[];

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  receivedFrom?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  receivedTo?: string;

  @Field({ nullable: true, description: 'Words in the description or the State name.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  search?: string;

  @Field({ nullable: true, description: 'Only open (true) or only closed (false) requests.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;

  @Field({
    nullable: true,
    description: 'Only requests that an activity answers (true) or that none does yet (false).',
  })
  @IsOptional()
  @IsBoolean()
  answered?: boolean;

  @Field(() => ID, { nullable: true, description: 'Follow-up requests raised at this workshop.' })
  @IsOptional()
  @IsUUID('all', { message: 'workshopId must be a workshop id.' })
  workshopId?: string;

  @Field({ nullable: true, description: 'e.g. "para. 25" or "footnote 5".' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  sourceParagraph?: string;
}

export enum AssistanceRequestOrderField {
  RECEIVED_ON = 'RECEIVED_ON',
  UPDATED_AT = 'UPDATED_AT',
  STATE = 'STATE',
  STATUS = 'STATUS',
  KIND = 'KIND',
}
export enum OrderDirection {
  ASC = 'ASC',
  DESC = 'DESC',
}
registerEnumType(AssistanceRequestOrderField, { name: 'AssistanceRequestOrderField' });
registerEnumType(OrderDirection, { name: 'OrderDirection' });

@InputType()
export class AssistanceRequestOrder {
  @Field(() => AssistanceRequestOrderField, { defaultValue: AssistanceRequestOrderField.RECEIVED_ON })
  @IsIn(Object.values(AssistanceRequestOrderField))
  field: AssistanceRequestOrderField = AssistanceRequestOrderField.RECEIVED_ON;

  @Field(() => OrderDirection, { defaultValue: OrderDirection.DESC })
  @IsIn(Object.values(OrderDirection))
  direction: OrderDirection = OrderDirection.DESC;
}
