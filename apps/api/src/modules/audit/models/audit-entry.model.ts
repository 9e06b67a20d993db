import { Field, ID, ObjectType } from '@nestjs/graphql';
import { GraphQLJSON } from 'graphql-type-json';
import { ConnectionType } from '../../../infra/graphql/pagination.js';

@ObjectType('AuditEntry', { description: 'One change: who, when, what, and the fields before and after.' })
export class AuditEntryModel {
  @Field(() => ID)
  id!: string;

  @Field({ description: 'ISO 8601 time of the change.' })
  at!: string;

  @Field()
  actorLabel!: string;

  @Field()
  action!: string;

  @Field()
  entityType!: string;

  @Field()
  entityId!: string;

  @Field(() => GraphQLJSON, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSON, { nullable: true })
  after!: Record<string, unknown> | null;

  @Field(() => String, { nullable: true, description: 'The HTTP request that made the change.' })
  requestId!: string | null;

  actorId!: string | null;
}

export const AuditEntryConnection = ConnectionType(AuditEntryModel, 'AuditEntryConnection');
