import { Args, Context, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { CooperationService } from './cooperation.service.js';
import { CooperationCaseInput, CooperationFilter } from './dto/cooperation.input.js';
import {
  CooperationCaseConnection,
  CooperationCaseModel,
  CooperationCaseRecordedModel,
  CooperationDimension,
  CooperationImportModel,
  CooperationStatisticsRowModel,
} from './models/cooperation.model.js';

@Resolver(() => CooperationCaseModel)
export class CooperationResolver {
  constructor(
    private readonly cooperation: CooperationService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => [CooperationStatisticsRowModel], {
    description:
      'International cooperation requests (para. 41) grouped as asked, each request once. Donors and viewers see ' +
      'groups of at least COOPERATION_MIN_GROUP (3) requests, never a single case.',
  })
  cooperationStatistics(
    @Args('groupBy', { type: () => [CooperationDimension] }) groupBy: CooperationDimension[],
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => CooperationFilter, nullable: true }) filter?: CooperationFilter,
  ): Promise<CooperationStatisticsRowModel[]> {
    return this.cooperation.statistics(groupBy, filter ?? {}, this.policies.of(ctx));
  }

  @Allow('cooperation.record')
  @Query(() => CooperationCaseConnection, {
    description: 'The requests one by one, oldest first: the secretariat every one, a field office its States’.',
  })
  cooperationCases(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => CooperationFilter, nullable: true }) filter?: CooperationFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<CooperationCaseModel>> {
    return this.cooperation.cases(filter ?? {}, first, after, this.policies.of(ctx));
  }

  @Allow('cooperation.record')
  @Mutation(() => CooperationCaseRecordedModel, {
    description:
      'Records a request as one of its States reports it (a field office for its States). The same request ' +
      'reported again, by either State, adds nothing (alreadyReported); the requested State’s outcome prevails.',
  })
  recordCooperationCase(
    @Args('input') input: CooperationCaseInput,
    @Context() ctx: GraphQLContext,
  ): Promise<CooperationCaseRecordedModel> {
    return this.cooperation.record(input, this.policies.of(ctx));
  }

  @Allow('cooperation.record')
  @Mutation(() => CooperationImportModel, {
    description:
      'Records the requests of a spreadsheet (para. 41): a CSV or XLSX (its first sheet) in base64 in `content`, ' +
      '`fileName` saying which. The first row names the columns requesting_state, requested_state, reported_by, ' +
      'kind, offence, legal_basis, outcome, sent_on, case_ref, and optionally executed_on, refusal_ground; each ' +
      'line is checked as recordCooperationCase checks its input (a field office only for its States). The valid ' +
      'lines are recorded in one transaction, each request once; `dryRun: true` checks them and writes nothing.',
  })
  importCooperationCases(
    @Args('fileName', { description: 'The file’s name: .csv or .xlsx says its format.' }) fileName: string,
    @Context() ctx: GraphQLContext,
    @Args('content', {
      type: () => String,
      nullable: true,
      description: 'The file’s bytes in base64 (an XLSX; a CSV may come so too).',
    })
    content?: string | null,
    @Args('csv', {
      type: () => String,
      nullable: true,
      description: 'A CSV file’s text, as written (a third smaller on the wire than base64).',
    })
    csv?: string | null,
    @Args('dryRun', { type: () => Boolean, nullable: true, description: 'Check every line, write nothing.' })
    dryRun?: boolean | null,
  ): Promise<CooperationImportModel> {
    return this.cooperation.importCases({ fileName, content, csv }, dryRun ?? false, this.policies.of(ctx));
  }
}
