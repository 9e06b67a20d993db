import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { allowedMoves, type RequestStatus } from '@ta/domain';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { FieldOfficeModel } from '../reference/models/field-office.model.js';
import { InstrumentModel } from '../reference/models/instrument.model.js';
import { PriorityAreaModel } from '../reference/models/priority-area.model.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AssistanceRequestFilter, AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import { LogAssistanceRequestInput } from './dto/log-assistance-request.input.js';
import { MergeAssistanceRequestsInput } from './dto/merge-assistance-requests.input.js';
import {
  AssistanceRequestConnection,
  AssistanceRequestModel,
  RequestStatusEnum,
  StatusChangeModel,
} from './models/assistance-request.model.js';
import { RequestsService, type Actor } from './requests.service.js';

/** Until accounts exist, changes are attributed to the API client; the accounts issue replaces this. */
function actorOf(ctx: GraphQLContext): Actor {
  const user = (ctx.req as { user?: { email?: string } }).user;
  return { label: user?.email ?? 'API client' };
}

@Resolver(() => AssistanceRequestModel)
export class RequestsResolver {
  constructor(
    private readonly requests: RequestsService,
    private readonly reference: ReferenceService,
  ) {}

  @Query(() => AssistanceRequestConnection)
  assistanceRequests(
    @Args('filter', { type: () => AssistanceRequestFilter, nullable: true }) filter?: AssistanceRequestFilter,
    @Args('orderBy', { type: () => AssistanceRequestOrder, nullable: true }) orderBy?: AssistanceRequestOrder,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<AssistanceRequestModel>> {
    return this.requests.list(filter ?? {}, orderBy ?? undefined, first, after);
  }

  @Query(() => AssistanceRequestModel, { nullable: true })
  assistanceRequest(@Args('id', { type: () => ID }) id: string): Promise<AssistanceRequestModel | null> {
    return this.requests.findById(id);
  }

  @Mutation(() => AssistanceRequestModel, {
    description: 'Logs a State’s request. Check `duplicates` on the answer: the same need may already be open.',
  })
  logAssistanceRequest(
    @Args('input') input: LogAssistanceRequestInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel> {
    return this.requests.log(input, actorOf(ctx));
  }

  @Mutation(() => AssistanceRequestModel, {
    description: 'Moves a request along the workflow. DECLINED and WITHDRAWN need a reason; a stale expectedVersion is refused with CONFLICT.',
  })
  transitionAssistanceRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => RequestStatusEnum }) to: RequestStatus,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<AssistanceRequestModel> {
    return this.requests.transition(id, to, reason, expectedVersion, actorOf(ctx));
  }

  @Mutation(() => AssistanceRequestModel, {
    description: 'Merges a duplicate into the request that stays: history moves over, the duplicate is withdrawn.',
  })
  mergeAssistanceRequests(
    @Args('input') input: MergeAssistanceRequestsInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel> {
    return this.requests.merge(input, actorOf(ctx));
  }

  // ---------------------------------------------------------------- fields, batched per page

  @ResolveField(() => StateModel)
  async state(@Parent() r: AssistanceRequestModel, @Context() ctx: GraphQLContext): Promise<StateModel> {
    const state = await referenceLoaders(ctx.loaders, this.reference).state().load(r.stateIso3);
    if (!state) throw new Error(`Request ${r.id} names unknown State ${r.stateIso3}`);
    return state;
  }

  @ResolveField(() => PriorityAreaModel)
  async priorityArea(@Parent() r: AssistanceRequestModel, @Context() ctx: GraphQLContext): Promise<PriorityAreaModel> {
    const area = await referenceLoaders(ctx.loaders, this.reference).priorityArea().load(r.priorityAreaCode);
    if (!area) throw new Error(`Request ${r.id} names unknown priority area ${r.priorityAreaCode}`);
    return area;
  }

  @ResolveField(() => [InstrumentModel])
  async instruments(@Parent() r: AssistanceRequestModel, @Context() ctx: GraphQLContext): Promise<InstrumentModel[]> {
    const found = await referenceLoaders(ctx.loaders, this.reference).instrument().loadMany(r.instruments);
    return found.filter((i): i is InstrumentModel => i !== null && !(i instanceof Error));
  }

  @ResolveField(() => FieldOfficeModel, { nullable: true })
  fieldOffice(@Parent() r: AssistanceRequestModel, @Context() ctx: GraphQLContext): Promise<FieldOfficeModel | null> {
    if (!r.fieldOfficeCode) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).fieldOffice().load(r.fieldOfficeCode);
  }

  @ResolveField(() => [AssistanceRequestModel], {
    description: 'Open requests with the same State, kind and a shared topic.',
  })
  duplicates(@Parent() r: AssistanceRequestModel, @Context() ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    return ctx.loaders
      .get('requestDuplicates', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.requests.duplicatesOf(ids), (d) => d.sourceId).map((rows) =>
          rows.map((d) => d.request),
        ),
      )
      .load(r.id);
  }

  @ResolveField(() => [StatusChangeModel], { description: 'Every move, oldest first.' })
  async history(@Parent() r: AssistanceRequestModel, @Context() ctx: GraphQLContext): Promise<StatusChangeModel[]> {
    const rows = await ctx.loaders
      .get('requestHistory', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.requests.historyOf(ids), (h) => h.requestId),
      )
      .load(r.id);
    return rows.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      at: h.at,
      by: h.by,
      reason: h.reason,
      mergedFromId: h.mergedFromId,
    }));
  }

  @ResolveField(() => [RequestStatusEnum], { description: 'The statuses this request may move to now.' })
  allowedMoves(@Parent() r: AssistanceRequestModel): RequestStatus[] {
    return allowedMoves(r.status);
  }
}
