import { Args, Context, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow } from '../../infra/auth/access.decorator.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { ImportsService } from './imports.service.js';
import { RequestImportModel } from './models/request-import.model.js';

@Resolver(() => RequestImportModel)
export class ImportsResolver {
  constructor(
    private readonly imports: ImportsService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('requests.import')
  @Mutation(() => RequestImportModel, {
    description:
      'Imports requests from a CSV (columns: state, kind, topics, priority_area, received_on, channel, description; optional confidential, instruments). Poll requestImport(id).',
  })
  importAssistanceRequests(
    @Args('fileName') fileName: string,
    @Args('csv') csv: string,
    @Context() ctx: GraphQLContext,
    @Args('idempotencyKey', {
      type: () => String,
      nullable: true,
      description: 'Sent again with the same file, answers the import first started; imports nothing twice.',
    })
    idempotencyKey?: string,
  ): Promise<RequestImportModel> {
    return this.imports.start(fileName, csv, this.policies.of(ctx), idempotencyKey);
  }

  @Allow('requests.import')
  @Query(() => RequestImportModel, {
    nullable: true,
    description: 'An import’s progress, and each row it refused with the reason.',
  })
  requestImport(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<RequestImportModel | null> {
    return this.imports.get(id, this.policies.of(ctx));
  }
}
