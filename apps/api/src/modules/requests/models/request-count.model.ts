import { Field, InputType, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { TreatyStatusFilter } from '../dto/assistance-request.filter.js';
import type { AssistanceKind, RequestStatus } from '@ta/domain';
import { IsArray, IsBoolean, IsIn, IsOptional } from 'class-validator';
import { PriorityAreaModel } from '../../reference/models/priority-area.model.js';
import { StateModel } from '../../reference/models/state.model.js';
import { AssistanceKindEnum, RequestStatusEnum } from './assistance-request.model.js';
import { IsPriorityAreaCode } from '../../../infra/graphql/validators.js';

export enum RequestCountDimension {
  PRIORITY_AREA = 'PRIORITY_AREA',
  STATUS = 'STATUS',
  KIND = 'KIND',
  REGION = 'REGION',
  STATE = 'STATE',
  YEAR = 'YEAR',
}
registerEnumType(RequestCountDimension, { name: 'RequestCountDimension' });

@InputType()
export class RequestCountFilter extends TreatyStatusFilter {
  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsPriorityAreaCode({ each: true })
  priorityAreaCode?: string[];

  @Field(() => [RequestStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @IsIn(Object.values(RequestStatusEnum), { each: true })
  status?: RequestStatus[];

  @Field({ nullable: true, description: 'Only open (true) or only closed (false) requests.' })
  @IsOptional()
  @IsBoolean()
  open?: boolean;
}

@ObjectType('RequestCount', { description: 'A number of requests; the dimensions grouped by are set.' })
export class RequestCountRow {
  @Field(() => PriorityAreaModel, { nullable: true })
  priorityArea?: PriorityAreaModel | null;

  @Field(() => RequestStatusEnum, { nullable: true })
  status?: RequestStatus | null;

  @Field(() => AssistanceKindEnum, { nullable: true })
  kind?: AssistanceKind | null;

  @Field(() => String, { nullable: true, description: 'UN M49 region.' })
  region?: string | null;

  @Field(() => StateModel, { nullable: true })
  state?: StateModel | null;

  @Field(() => Int, { nullable: true, description: 'Year received.' })
  year?: number | null;

  @Field(() => Int)
  count!: number;

  priorityAreaCode?: string | null;
  stateIso3?: string | null;
}
