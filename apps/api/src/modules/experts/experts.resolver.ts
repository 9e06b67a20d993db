import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { expertSuggestionReasons } from '@ta/domain';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { reasonFields } from '../programme/models/suggestion.model.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ExpertsService } from './experts.service.js';
import {
  AssignExpertInput,
  CreateExpertInput,
  ExpertConnection,
  ExpertFilter,
  ExpertModel,
  ExpertSuggestionModel,
  LegalSystemBalanceModel,
  RegionBalanceModel,
  UpdateExpertInput,
} from './models/expert.model.js';

@Resolver(() => ExpertModel)
export class ExpertsResolver {
  constructor(
    private readonly expertsService: ExpertsService,
    private readonly reference: ReferenceService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => ExpertConnection, { description: 'The roster, by name: find experts for a need.' })
  experts(
    @Args('filter', { type: () => ExpertFilter, nullable: true }) filter?: ExpertFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ExpertModel>> {
    return this.expertsService.list(filter ?? {}, first, after);
  }

  @AnyUser()
  @Query(() => [RegionBalanceModel], {
    description:
      'Experts by region against the regions’ share of States: the advisory group’s (default) or a workshop’s; ' +
      'withExpertIds: also the figures with those experts added (the effect of a choice).',
  })
  expertBalance(
    @Args('workshopId', { type: () => ID, nullable: true }) workshopId?: string,
    @Args('withExpertIds', { type: () => [ID], nullable: true }) withExpertIds?: string[],
  ): Promise<RegionBalanceModel[]> {
    return this.expertsService.balance(workshopId ? { workshopId } : { advisoryGroup: true }, withExpertIds ?? []);
  }

  @AnyUser()
  @Query(() => [LegalSystemBalanceModel], {
    description:
      'Experts by legal system, every system listed: the advisory group’s (default) or a workshop’s; ' +
      'withExpertIds: also the counts with those experts added (the effect of a choice).',
  })
  expertLegalSystemBalance(
    @Args('workshopId', { type: () => ID, nullable: true }) workshopId?: string,
    @Args('withExpertIds', { type: () => [ID], nullable: true }) withExpertIds?: string[],
  ): Promise<LegalSystemBalanceModel[]> {
    return this.expertsService.legalSystemBalance(
      workshopId ? { workshopId } : { advisoryGroup: true },
      withExpertIds ?? [],
    );
  }

  @Allow('programme.edit')
  @Query(() => [ExpertSuggestionModel], {
    description:
      'Experts for a request or a workshop (give one), best first, by a documented score out of 100 ' +
      '(docs/architecture.md, "Suggestions"): topics, languages, legal system (the State’s), a region under-represented ' +
      'in the advisory group (para. 46), free on the dates. Experts already on the workshop are left out. For those ' +
      'who may link requests and book experts (programme.edit).',
  })
  async suggestedExperts(
    @Context() ctx: GraphQLContext,
    @Args('requestId', { type: () => ID, nullable: true }) requestId?: string,
    @Args('workshopId', { type: () => ID, nullable: true }) workshopId?: string,
    @Args('first', { type: () => Int, defaultValue: 10 }) first: number = 10,
  ): Promise<ExpertSuggestionModel[]> {
    const rows = await this.expertsService.suggest({ requestId, workshopId }, first, this.policies.of(ctx));
    return rows.map((r) => ({
      expert: r.expert,
      score: r.score,
      ...reasonFields(expertSuggestionReasons(r.facts)),
    }));
  }

  @Allow('programme.edit')
  @Mutation(() => ExpertModel)
  createExpert(@Args('input') input: CreateExpertInput, @Context() ctx: GraphQLContext): Promise<ExpertModel> {
    return this.expertsService.create(input, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ExpertModel, {
    description: 'Changes an expert (legal system, topics, languages, availability); CONFLICT on a stale version.',
  })
  updateExpert(@Args('input') input: UpdateExpertInput, @Context() ctx: GraphQLContext): Promise<ExpertModel> {
    return this.expertsService.update(input, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => ExpertModel, {
    description: 'Books an expert on a workshop or activity; refused when already booked then.',
  })
  assignExpert(@Args('input') input: AssignExpertInput, @Context() ctx: GraphQLContext): Promise<ExpertModel> {
    return this.expertsService.assign(input, currentActor(ctx));
  }

  @ResolveField(() => StateModel, { nullable: true })
  nationality(e: ExpertModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel | null> {
    if (!e.nationalityIso3) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).state().load(e.nationalityIso3);
  }
}

/** From an activity to the experts on a mission for it (assigned to the activity, not through a workshop). */
@Resolver(() => ActivityModel)
export class ActivityExpertsResolver {
  constructor(private readonly expertsService: ExpertsService) {}

  @ResolveField(() => [ExpertModel], {
    description: 'Experts on a mission for it (assigned to the activity itself, not through one of its workshops).',
  })
  experts(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<ExpertModel[]> {
    return ctx.loaders
      .get('activityExperts', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.expertsService.ofActivities(ids), (e) => e.activityId).map((rows) =>
          rows.map((r) => r.expert),
        ),
      )
      .load(a.id);
  }
}
