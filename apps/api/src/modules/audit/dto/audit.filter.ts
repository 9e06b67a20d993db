import { LIST_LIMITS } from '@ta/domain';
import { Field, ID, InputType } from '@nestjs/graphql';
import { IsArray, IsOptional, IsString, IsUUID, MaxLength, ArrayMaxSize } from 'class-validator';
import { DateScalar } from '../../../infra/graphql/scalars.js';

@InputType()
export class AuditFilter {
  @Field(() => ID, { nullable: true, description: 'Changes made by this user.' })
  @IsOptional()
  @IsUUID('all', { message: 'actorId must be a user id.' })
  actorId?: string;

  @Field({ nullable: true, description: 'e.g. "assistance_request", "user", "donor".' })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  entityType?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  entityId?: string;

  @Field(() => [String], { nullable: true, description: 'e.g. CREATED, STATUS_CHANGED, LOGIN_FAILED.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsString({ each: true })
  action?: string[];

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  from?: string;

  @Field(() => DateScalar, { nullable: true })
  @IsOptional()
  @IsString()
  to?: string;
}
