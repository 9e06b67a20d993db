import { Args, Context, ID, Info, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLObjectType, GraphQLResolveInfo } from 'graphql';
import { allowedMoves, type RequestStatus } from '@ta/domain';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { columnsFor, type FieldColumns } from '../../infra/database/columns.js';
import { argumentValues, selectedFieldNames } from '../../infra/graphql/selection.js';
import { PriorityAreaEntity } from '../reference/entities/priority-area.entity.js';
import { StateEntity } from '../reference/entities/state.entity.js';
import { onlyLanguagesAsked } from '../reference/models/language.model.js';
import {
  PRIORITY_AREA_FIELD_READS,
  PRIORITY_AREA_TITLE_COLUMNS,
  STATE_FIELD_READS,
  STATE_NAME_COLUMNS,
} from '../reference/reference.resolver.js';
import { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import type { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import type { RequestPageIncludes } from './request-list.query.js';
import { preload } from '../../infra/graphql/preloaded.js';
import type { MaybeCounted } from '../../infra/database/keyset.js';
import { FieldOfficeModel } from '../reference/models/field-office.model.js';
import { InstrumentModel } from '../reference/models/instrument.model.js';
import { PriorityAreaModel } from '../reference/models/priority-area.model.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AssistanceRequestFilter, AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import { LogAssistanceRequestInput } from './dto/log-assistance-request.input.js';
import { MergeAssistanceRequestsInput } from './dto/merge-assistance-requests.input.js';
import { UpdateAssistanceRequestInput } from './dto/update-assistance-request.input.js';
import {
  AssistanceRequestConnection,
  AssistanceRequestModel,
  RequestStatusEnum,
  StatusChangeModel,
} from './models/assistance-request.model.js';
import { RequestLogService } from './request-log.service.js';
import { RequestsService, type RequestScope } from './requests.service.js';
import { Allow, AnyUser, ProgrammeReaders } from '../../infra/auth/access.decorator.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { RequestCountDimension, RequestCountFilter, RequestCountRow } from './models/request-count.model.js';

/**
 * What the request fields resolved here read of the request, for a page that fetches only what it is asked for
 * (`columnsFor`); a field of another module not listed fetches every column.
 */
const REQUEST_FIELD_READS: FieldColumns = {
  description: ['description', 'confidential', 'stateIso3'],
  state: ['stateIso3'],
  priorityArea: ['priorityAreaCode'],
  instruments: ['instruments'],
  fieldOffice: ['fieldOfficeCode'],
  duplicates: ['id'],
  workshopId: ['workshopId'],
  history: ['id', 'confidential', 'stateIso3'],
  allowedMoves: ['status'],
};

/**
 * The same, for a page whose histories are not asked their `reason`: the page's statement builds each history, and
 * only a reason needs the request's confidentiality and State (the policy's text rule).
 */
const REQUEST_FIELD_READS_NO_REASON: FieldColumns = { ...REQUEST_FIELD_READS, history: ['id'] };

/** A history entry as the API answers it. */
function statusChangeOf(h: RequestStatusChangeEntity): StatusChangeModel {
  return {
    from: h.fromStatus,
    to: h.toStatus,
    at: h.at,
    by: h.by,
    reason: h.reason,
    mergedFromId: h.mergedFromId,
  };
}

@Resolver(() => AssistanceRequestModel)
export class RequestsResolver {
  constructor(
    private readonly requests: RequestsService,
    private readonly requestLog: RequestLogService,
    private readonly reference: ReferenceService,
    private readonly policies: AccessPolicies,
  ) {}

  @ProgrammeReaders()
  @Query(() => AssistanceRequestConnection)
  async assistanceRequests(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => AssistanceRequestFilter, nullable: true }) filter?: AssistanceRequestFilter,
    @Args('orderBy', { type: () => AssistanceRequestOrder, nullable: true }) orderBy?: AssistanceRequestOrder,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Info() info?: GraphQLResolveInfo,
  ): Promise<MaybeCounted<AssistanceRequestModel>> {
    // Look-ahead: the total only when asked for (else the page has no `totalCount`, and GraphQL does not read
    // one), and the rows' State and priority area in the page's own statement when the nodes ask for them. What
    // the page fetched, and the description as the policy decides it for the whole page, answer the rows' fields
    // directly (`preload`): a row then needs no resolver call.
    // Only the columns the rows are asked for (`columnsFor`): most of a row's values are never read by a list.
    const asked = info ? selectedFieldNames(info) : null;
    const nodes = info ? selectedFieldNames(info, ['nodes']) : null;
    const columns = info && nodes ? this.columnsOfPage(info, nodes) : undefined;
    const policy = this.policies.of(ctx);
    const [{ page, states, priorityAreas, histories }, mayRead] = await Promise.all([
      this.requests.page(policy, filter ?? {}, orderBy ?? undefined, first, after, {
        totalCount: asked?.has('totalCount') ?? true,
        // Likewise the rows' cursors (and the extra row that tells whether a next page exists): for `pageInfo`.
        pageInfo: asked?.has('pageInfo') ?? true,
        state: nodes?.has('state') ?? false,
        priorityArea: nodes?.has('priorityArea') ?? false,
        // Only the fields of an entry the query asks for (the JSON of each history is made in the statement).
        history: info && nodes?.has('history') ? [...selectedFieldNames(info, ['nodes', 'history'])] : false,
        columns,
      }),
      nodes?.has('description') ? policy.requestTextReader() : null,
    ]);
    const stateOf = new Map(states.map((s) => [s.iso3, s]));
    const areaOf = new Map(priorityAreas.map((a) => [a.code, a]));
    for (const node of page.nodes) {
      const values: Record<string, unknown> = {};
      const state = stateOf.get(node.stateIso3);
      const area = areaOf.get(node.priorityAreaCode);
      const history = histories.get(node.id);
      if (state) values.state = state;
      if (area) values.priorityArea = area;
      // Already as the API answers an entry (see PageStatusChange).
      if (history) values.history = history;
      if (mayRead) values.description = mayRead(node) ? node.description : null;
      preload(node, values);
    }
    return page;
  }

  private columnsOfPage(info: GraphQLResolveInfo, nodes: ReadonlySet<string>): RequestPageIncludes['columns'] {
    const type = (name: string) => info.schema.getType(name) as GraphQLObjectType;
    // A State's name and an area's title only in the languages asked (English when `lang` is left out): most pages
    // ask for one, and each unread language is a column per row for the driver to parse.
    const stateFields = selectedFieldNames(info, ['nodes', 'state']);
    const areaFields = selectedFieldNames(info, ['nodes', 'priorityArea']);
    const languages = (path: string[], typeName: string, field: string) =>
      argumentValues(info, path, type(typeName).getFields()[field], 'lang');
    return {
      request: columnsFor(
        AssistanceRequestEntity,
        type('AssistanceRequest'),
        nodes,
        nodes.has('history') && !selectedFieldNames(info, ['nodes', 'history']).has('reason')
          ? REQUEST_FIELD_READS_NO_REASON
          : REQUEST_FIELD_READS,
        ['id'],
      ),
      state: onlyLanguagesAsked(
        columnsFor(StateEntity, type('State'), stateFields, STATE_FIELD_READS, ['iso3']),
        languages(['nodes', 'state'], 'State', 'name'),
        STATE_NAME_COLUMNS,
        stateFields,
      ),
      priorityArea: onlyLanguagesAsked(
        columnsFor(PriorityAreaEntity, type('PriorityArea'), areaFields, PRIORITY_AREA_FIELD_READS, ['code']),
        languages(['nodes', 'priorityArea'], 'PriorityArea', 'title'),
        PRIORITY_AREA_TITLE_COLUMNS,
        areaFields,
      ),
    };
  }

  @ProgrammeReaders()
  @Query(() => AssistanceRequestModel, { nullable: true })
  assistanceRequest(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel | null> {
    return this.requests.findById(this.policies.of(ctx), id);
  }

  @Allow('requests.log')
  @Mutation(() => AssistanceRequestModel, {
    description: 'Logs a State’s request. Check `duplicates` on the answer: the same need may already be open.',
  })
  logAssistanceRequest(
    @Args('input') input: LogAssistanceRequestInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel> {
    return this.requestLog.log(input, this.policies.of(ctx));
  }

  @Allow('requests.log')
  @Mutation(() => AssistanceRequestModel, {
    description:
      'Corrects a logged request’s fields (those given). Only open requests; only within your scope, for the request’s ' +
      'State and for a new one; a stale expectedVersion is refused with CONFLICT.',
  })
  updateAssistanceRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateAssistanceRequestInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel> {
    return this.requests.update(id, expectedVersion, input, this.policies.of(ctx));
  }

  @Allow('requests.move')
  @Mutation(() => AssistanceRequestModel, {
    description:
      'Moves a request along the workflow. DECLINED and WITHDRAWN need a reason; a stale expectedVersion is refused with CONFLICT.',
  })
  transitionAssistanceRequest(
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => RequestStatusEnum }) to: RequestStatus,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<AssistanceRequestModel> {
    return this.requests.transition(id, to, reason, expectedVersion, this.policies.of(ctx));
  }

  @Allow('requests.merge')
  @Mutation(() => AssistanceRequestModel, {
    description: 'Merges a duplicate into the request that stays: history moves over, the duplicate is withdrawn.',
  })
  mergeAssistanceRequests(
    @Args('input') input: MergeAssistanceRequestsInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel> {
    return this.requests.merge(input, this.policies.of(ctx));
  }

  @Allow('requests.move')
  @Mutation(() => AssistanceRequestModel, { description: 'Marks a request confidential, or not.' })
  setAssistanceRequestConfidential(
    @Args('id', { type: () => ID }) id: string,
    @Args('confidential') confidential: boolean,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<AssistanceRequestModel> {
    return this.requests.setConfidential(id, confidential, expectedVersion, this.policies.of(ctx));
  }

  @AnyUser()
  @Query(() => [RequestCountRow], {
    description:
      'How many requests there are, grouped as asked. Donors see the programme’s needs this way (by State: not for donors).',
  })
  requestCounts(
    @Args('groupBy', { type: () => [RequestCountDimension] }) groupBy: RequestCountDimension[],
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => RequestCountFilter, nullable: true }) filter?: RequestCountFilter,
  ): Promise<RequestCountRow[]> {
    return this.requests.counts(this.policies.of(ctx), groupBy, filter ?? {});
  }

  // ---------------------------------------------------------------- fields, batched per page

  @ResolveField(() => String, {
    nullable: true,
    description: 'What the State asked for. Null when the request is confidential and outside your scope.',
  })
  description(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<string | null> {
    // Donors never read what a State asked for, wherever a request reaches them from (a workshop's follow-ups too).
    return this.requests.requestText(this.policies.of(ctx), r);
  }

  @ResolveField(() => StateModel)
  async state(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel> {
    const state = await referenceLoaders(ctx.loaders, this.reference).state().load(r.stateIso3);
    if (!state) throw new Error(`Request ${r.id} names unknown State ${r.stateIso3}`);
    return state;
  }

  @ResolveField(() => PriorityAreaModel)
  async priorityArea(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<PriorityAreaModel> {
    const area = await referenceLoaders(ctx.loaders, this.reference).priorityArea().load(r.priorityAreaCode);
    if (!area) throw new Error(`Request ${r.id} names unknown priority area ${r.priorityAreaCode}`);
    return area;
  }

  @ResolveField(() => [InstrumentModel])
  async instruments(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<InstrumentModel[]> {
    const found = await referenceLoaders(ctx.loaders, this.reference).instrument().loadMany(r.instruments);
    return found.filter((i): i is InstrumentModel => i !== null && !(i instanceof Error));
  }

  @ResolveField(() => FieldOfficeModel, { nullable: true })
  fieldOffice(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<FieldOfficeModel | null> {
    if (!r.fieldOfficeCode) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).fieldOffice().load(r.fieldOfficeCode);
  }

  @ResolveField(() => [AssistanceRequestModel], {
    description: 'Open requests with the same State, kind and a shared topic.',
  })
  duplicates(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    return ctx.loaders
      .get('requestDuplicates', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.requests.duplicatesOf(this.policies.of(ctx), ids), (d) => d.sourceId).map((rows) =>
          rows.map((d) => d.request),
        ),
      )
      .load(r.id);
  }

  @ResolveField(() => ID, { nullable: true, description: 'The workshop whose outcome raised it, for follow-up needs.' })
  workshopId(r: AssistanceRequestModel): string | null {
    return r.workshopId ?? null;
  }

  @ResolveField(() => [StatusChangeModel], { description: 'Every move, oldest first.' })
  async history(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<StatusChangeModel[]> {
    const policy = this.policies.of(ctx);
    const rows = await ctx.loaders
      .get('requestHistory', async (requests: readonly RequestScope[]) =>
        groupByKeys(
          requests.map((q) => q.id),
          await this.requests.historyOf(policy, requests),
          (h) => h.requestId,
        ),
      )
      .load(r);
    return rows.map(statusChangeOf);
  }

  @ResolveField(() => [RequestStatusEnum], { description: 'The statuses this request may move to now.' })
  allowedMoves(r: AssistanceRequestModel): RequestStatus[] {
    return allowedMoves(r.status);
  }
}

@Resolver(() => RequestCountRow)
export class RequestCountFieldsResolver {
  constructor(private readonly reference: ReferenceService) {}

  @ResolveField(() => PriorityAreaModel, { nullable: true })
  priorityArea(row: RequestCountRow, _args: unknown, ctx: GraphQLContext): Promise<PriorityAreaModel | null> {
    if (!row.priorityAreaCode) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).priorityArea().load(row.priorityAreaCode);
  }

  @ResolveField(() => StateModel, { nullable: true })
  state(row: RequestCountRow, _args: unknown, ctx: GraphQLContext): Promise<StateModel | null> {
    if (!row.stateIso3) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).state().load(row.stateIso3);
  }
}
