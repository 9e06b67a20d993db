import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { ACTIVITY_TYPES_FOR_KIND, activitySuggestionReasons, sumDecimals, type ActivityStatus } from '@ta/domain';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { ParticipationInput } from '../organisations/dto/organisation.input.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { byKeys, groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { DecimalScalar } from '../../infra/graphql/scalars.js';
import { FieldOfficeModel } from '../reference/models/field-office.model.js';
import { InLanguage, isUnofficialTranslation, Language, translated } from '../reference/models/language.model.js';
import { PriorityAreaModel, PrioritySubAreaModel } from '../reference/models/priority-area.model.js';
import type { StateEntity } from '../reference/entities/state.entity.js';
import { StateModel } from '../reference/models/state.model.js';
import { M49AreaModel } from '../reference/models/m49-area.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AssistanceRequestModel } from '../requests/models/assistance-request.model.js';
import { ActivityFilter, CreateActivityInput, SetCostLinesInput, UpdateActivityInput } from './dto/activity.input.js';
import {
  ActivityConnection,
  ActivityModel,
  ActivityStatusChangeModel,
  ActivityStatusEnum,
  CostLineModel,
  YearCostModel,
} from './models/activity.model.js';
import { ActivitySuggestionModel, reasonFields } from './models/suggestion.model.js';
import { ProgrammeService, SUGGESTIONS_MAX } from './programme.service.js';
import { OrganisationActivityRoleModel } from '../organisations/models/organisation.model.js';

/** Loaders for activities, shared with other modules' field resolvers. */
export function activityLoaders(ctx: GraphQLContext, service: ProgrammeService) {
  return {
    activity: () =>
      ctx.loaders.get('activity', async (ids: readonly string[]) => byKeys(ids, await service.byIds(ids), (a) => a.id)),
    ofRequest: () =>
      ctx.loaders.get('activitiesOfRequest', async (ids: readonly string[]) =>
        groupByKeys(ids, await service.activitiesOfRequests(ids), (r) => r.requestId).map((rows) =>
          rows.map((r) => r.activity),
        ),
      ),
  };
}

@Resolver(() => ActivityModel)
export class ProgrammeResolver {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly reference: ReferenceService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => ActivityConnection, { description: 'The programme’s activities, by code.' })
  activities(
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ActivityModel>> {
    return this.programme.list(filter ?? {}, first, after);
  }

  @AnyUser()
  @Query(() => ActivityModel, { nullable: true })
  activity(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<ActivityModel | null> {
    return activityLoaders(ctx, this.programme).activity().load(id);
  }

  @AnyUser()
  @Query(() => [YearCostModel], {
    description: 'The programme’s cost per year (revised lines replacing original ones).',
  })
  programmeTotals(
    @Args('filter', { type: () => ActivityFilter, nullable: true }) filter?: ActivityFilter,
  ): Promise<YearCostModel[]> {
    return this.programme.programmeTotals(filter ?? {});
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel)
  createActivity(@Args('input') input: CreateActivityInput, @Context() ctx: GraphQLContext): Promise<ActivityModel> {
    return this.programme.create(input, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel, {
    description:
      'Names every organisation taking part in an activity with its role (IATI participating-org), replacing the ' +
      'list before, at the activity’s version. Audited.',
  })
  setParticipatingOrganisations(
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('links', { type: () => [ParticipationInput] }) links: ParticipationInput[],
    @Context() ctx: GraphQLContext,
  ): Promise<ActivityModel> {
    return this.programme.setParticipatingOrganisations(activityId, expectedVersion, links, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel)
  updateActivity(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateActivityInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ActivityModel> {
    return this.programme.update(id, expectedVersion, input, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel, {
    description:
      'PROPOSED → ENDORSED → FUNDED → UNDER_WAY → COMPLETED; or CANCELLED with a reason. A finished activity is ' +
      'reopened with a reason: COMPLETED → UNDER_WAY, CANCELLED → the status it was cancelled from (PROPOSED if ' +
      'its history does not say). Audited.',
  })
  transitionActivity(
    @Args('id', { type: () => ID }) id: string,
    @Args('to', { type: () => ActivityStatusEnum }) to: ActivityStatus,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
    @Args('reason', { type: () => String, nullable: true }) reason?: string,
  ): Promise<ActivityModel> {
    return this.programme.transition(id, to, reason, expectedVersion, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel, { description: 'Replaces the activity’s cost lines of one basis.' })
  setCostLines(@Args('input') input: SetCostLinesInput, @Context() ctx: GraphQLContext): Promise<ActivityModel> {
    return this.programme.setCostLines(input, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel, {
    description:
      'Links requests the activity answers; ACCEPTED ones move to PLANNED. Each request’s State becomes a beneficiary ' +
      'of the activity unless addBeneficiaryStates is false.',
  })
  linkRequestsToActivity(
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('requestIds', { type: () => [ID] }) requestIds: string[],
    @Context() ctx: GraphQLContext,
    @Args('addBeneficiaryStates', { type: () => Boolean, nullable: true, defaultValue: true })
    addBeneficiaryStates: boolean = true,
  ): Promise<ActivityModel> {
    return this.programme.linkRequests(activityId, requestIds, currentActor(ctx), { addBeneficiaryStates });
  }

  @Allow('programme.edit')
  @Mutation(() => ActivityModel)
  unlinkRequestFromActivity(
    @Args('activityId', { type: () => ID }) activityId: string,
    @Args('requestId', { type: () => ID }) requestId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<ActivityModel> {
    return this.programme.unlinkRequest(activityId, requestId, currentActor(ctx));
  }

  // ---------------------------------------------------------------- fields, batched per page

  @InLanguage('Activity', () => String, {
    description: 'The title in the asked language (the English where not translated).',
  })
  title(a: ActivityModel, lang: Language): string {
    return translated({ en: a.title, fr: a.titleFr, es: a.titleEs }, lang);
  }

  @InLanguage('Activity', () => Boolean, {
    description:
      'True when the title in the asked language is a translation made for this tool, not the UN’s own text (shown as such).',
  })
  unofficialTranslation(a: ActivityModel, lang: Language): boolean {
    const text = { en: a.title, fr: a.titleFr, es: a.titleEs };
    return isUnofficialTranslation(text, a.translationsOfficial ?? false, lang);
  }

  @ResolveField(() => String, { description: 'The activity’s type (contract name kept apart from activityType).' })
  type(a: ActivityModel): string {
    return a.activityType;
  }

  @ResolveField(() => PriorityAreaModel)
  async priorityArea(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<PriorityAreaModel> {
    return (await referenceLoaders(ctx.loaders, this.reference).priorityArea().load(a.priorityAreaCode))!;
  }

  @ResolveField(() => PrioritySubAreaModel, { nullable: true })
  async subArea(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<PrioritySubAreaModel | null> {
    if (!a.subAreaCode) return null;
    const subs = await referenceLoaders(ctx.loaders, this.reference).subAreas().load(a.priorityAreaCode);
    return subs.find((s) => s.code === a.subAreaCode) ?? null;
  }

  @ResolveField(() => [StateModel])
  async beneficiaryStates(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel[]> {
    const states = await referenceLoaders(ctx.loaders, this.reference).state().loadMany(a.beneficiaryStates);
    return states.filter((s): s is StateEntity => s !== null && !(s instanceof Error));
  }

  @ResolveField(() => [M49AreaModel], {
    description:
      'The M49 areas it benefits, as data (beneficiaryRegions keeps the source’s wording). With its States, this is ' +
      'the geography fundingGaps splits its cost by, and the IATI export reports.',
  })
  async beneficiaryAreas(a: ActivityModel): Promise<M49AreaModel[]> {
    const areas = await this.reference.m49Areas();
    return a.beneficiaryAreas.map((code) => areas.get(code)).filter((x): x is M49AreaModel => Boolean(x));
  }

  @ResolveField(() => FieldOfficeModel, { nullable: true, description: 'Null when headquarters leads.' })
  leadOffice(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<FieldOfficeModel | null> {
    if (!a.leadOfficeCode) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).fieldOffice().load(a.leadOfficeCode);
  }

  @ResolveField(() => [CostLineModel], { description: 'Every cost line, original and revised.' })
  costs(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<CostLineModel[]> {
    return ctx.loaders
      .get('costLines', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.programme.costLinesOf(ids), (c) => c.activityId),
      )
      .load(a.id);
  }

  @ResolveField(() => [YearCostModel], {
    description: 'Cost per year of the plan, revised lines replacing original ones.',
  })
  costsByYear(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<YearCostModel[]> {
    return this.yearTotals(a.id, ctx);
  }

  @ResolveField(() => DecimalScalar, {
    description: 'Total cost in US dollars (revised lines replacing original ones).',
  })
  async totalCost(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    const years = await this.yearTotals(a.id, ctx);
    return sumDecimals(years.map((y) => y.amount));
  }

  @ResolveField(() => [ActivityStatusChangeModel])
  async history(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityStatusChangeModel[]> {
    const rows = await ctx.loaders
      .get('activityHistory', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.programme.historyOf(ids), (h) => h.activityId),
      )
      .load(a.id);
    return rows.map((h) => ({
      from: h.fromStatus,
      to: h.toStatus,
      at: h.at,
      by: this.policies.of(ctx).staffLabel(h.by),
      reason: h.reason,
    }));
  }

  @ResolveField(() => [ActivityModel], {
    description:
      'The current activities this proposal builds on (para. 25: "building on assistance already provided").',
  })
  buildsOn(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel[]> {
    return ctx.loaders
      .get('activityBuildsOn', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.programme.buildsOnOf(ids), (r) => r.activityId).map((rows) =>
          rows.map((r) => r.activity),
        ),
      )
      .load(a.id);
  }

  @ResolveField(() => [AssistanceRequestModel], { description: 'The needs it answers.' })
  requests(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    // Donors read activities but not requests; they see the needs as counts.
    return ctx.loaders
      .get('activityRequests', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.programme.requestsOf(ids, this.policies.of(ctx)), (r) => r.activityId).map((rows) =>
          rows.map((r) => r.request),
        ),
      )
      .load(a.id);
  }

  private yearTotals(id: string, ctx: GraphQLContext): Promise<YearCostModel[]> {
    return ctx.loaders
      .get('activityYearTotals', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.programme.yearTotalsOf(ids), (r) => r.activityId).map((rows) =>
          rows.map((r) => ({ year: r.year, amount: r.amount })),
        ),
      )
      .load(id);
  }
}

@Resolver(() => AssistanceRequestModel)
export class RequestActivitiesResolver {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly policies: AccessPolicies,
  ) {}

  @ResolveField(() => [ActivityModel], { description: 'The activities that answer this request.' })
  activities(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel[]> {
    return activityLoaders(ctx, this.programme).ofRequest().load(r.id);
  }

  @ResolveField(() => [ActivitySuggestionModel], {
    description:
      'Activities that might answer this request, best first, by a documented score out of 100 (docs/architecture.md, ' +
      '"Suggestions"): the same priority area, a type answering the kind of request, shared topics and instruments, ' +
      'its State or region among the beneficiaries, still open, money still missing. Not cancelled, not linked to it ' +
      `yet. Batched for a page of requests (one query). At most ${SUGGESTIONS_MAX}. For those who may link requests ` +
      'to activities (programme.edit).',
  })
  suggestedActivities(
    @Parent() r: AssistanceRequestModel,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, defaultValue: 5 }) first: number,
  ): Promise<ActivitySuggestionModel[]> {
    const policy = this.policies.of(ctx);
    return ctx.loaders
      .get(`requestSuggestedActivities:${first}`, async (requests: readonly AssistanceRequestModel[]) =>
        groupByKeys(
          requests.map((q) => q.id),
          await this.programme.suggestedFor(
            requests.map((q) => ({
              requestId: q.id,
              stateIso3: q.stateIso3,
              priorityAreaCode: q.priorityAreaCode,
              activityTypes: ACTIVITY_TYPES_FOR_KIND[q.kind] ?? [],
              topics: q.topics,
              instruments: q.instruments,
              receivedOn: q.receivedOn,
            })),
            first,
            policy,
          ),
          (s) => s.requestId,
        ).map((rows) =>
          rows.map((s) => ({
            activity: s.activity,
            score: s.score,
            ...reasonFields(activitySuggestionReasons(s.facts)),
          })),
        ),
      )
      .load(r);
  }
}

/** From an organisation's role to the activity itself (the organisations module knows only the link). */
@Resolver(() => OrganisationActivityRoleModel)
export class OrganisationActivityResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField(() => ActivityModel)
  activity(r: OrganisationActivityRoleModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel> {
    return activityLoaders(ctx, this.programme).activity().load(r.activityId) as Promise<ActivityModel>;
  }
}
