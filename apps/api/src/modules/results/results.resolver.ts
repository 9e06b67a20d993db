import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../infra/auth/access.decorator.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { DefineIndicatorInput, DefineResultInput, RecordIndicatorActualInput } from './dto/results.input.js';
import { ActivityResultModel, IndicatorActualModel, ResultIndicatorModel } from './models/activity-result.model.js';
import type { IndicatorRow, ResultRow } from './results.repository.js';
import { ResultsService } from './results.service.js';

type ResultView = Omit<ActivityResultModel, 'indicators'>;
type IndicatorView = Omit<ResultIndicatorModel, 'actuals'>;

const resultView = (r: ResultRow): ResultView => r;
const indicatorView = (i: IndicatorRow): IndicatorView => i;

/** The results framework: mutations for the planners, and Activity.results batched per page. */
@Resolver(() => ActivityResultModel)
export class ResultsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('programme.edit')
  @Mutation(() => ActivityResultModel, {
    description: 'Adds an output or outcome to an activity, or (with id and expectedVersion) changes one.',
  })
  async defineResult(@Args('input') input: DefineResultInput, @Context() ctx: GraphQLContext): Promise<ResultView> {
    return resultView(await this.results.defineResult(input, this.policies.of(ctx)));
  }

  @Allow('programme.edit')
  @Mutation(() => ResultIndicatorModel, {
    description:
      'Adds an indicator to a result, or (with id and expectedVersion) changes one. With a measure, its actuals are ' +
      'computed from the activity’s recorded workshop outcomes.',
  })
  async defineIndicator(
    @Args('input') input: DefineIndicatorInput,
    @Context() ctx: GraphQLContext,
  ): Promise<IndicatorView> {
    return indicatorView(await this.results.defineIndicator(input, this.policies.of(ctx)));
  }

  @Allow('programme.edit')
  @Mutation(() => ResultIndicatorModel, {
    description:
      'Records an indicator’s actual for a year from a source (a report, a State’s update, a workshop outcome), ' +
      'replacing what that source said for the year. Not for indicators computed from workshop outcomes.',
  })
  async recordIndicatorActual(
    @Args('input') input: RecordIndicatorActualInput,
    @Context() ctx: GraphQLContext,
  ): Promise<IndicatorView> {
    return indicatorView(await this.results.recordActual(input, this.policies.of(ctx)));
  }

  @ResolveField(() => [ResultIndicatorModel])
  indicators(@Parent() r: ResultView, @Context() ctx: GraphQLContext): Promise<IndicatorView[]> {
    const policy = this.policies.of(ctx);
    return ctx.loaders
      .get('resultIndicators', async (ids: readonly string[]) =>
        groupByKeys(ids, (await this.results.indicatorsOf(ids, policy)).map(indicatorView), (i) => i.resultId),
      )
      .load(r.id);
  }
}

@Resolver(() => ResultIndicatorModel)
export class IndicatorActualsResolver {
  constructor(
    private readonly results: ResultsService,
    private readonly policies: AccessPolicies,
  ) {}

  @ResolveField(() => [IndicatorActualModel], {
    description: 'By year: those computed from workshop outcomes (bound indicators) or recorded with their source.',
  })
  actuals(@Parent() i: IndicatorView, @Context() ctx: GraphQLContext): Promise<IndicatorActualModel[]> {
    const policy = this.policies.of(ctx);
    return ctx.loaders
      .get('indicatorActuals', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.results.actualsOf(ids, policy), (a) => a.indicatorId),
      )
      .load(i.id);
  }
}

@Resolver(() => ActivityModel)
export class ActivityResultsResolver {
  constructor(
    private readonly service: ResultsService,
    private readonly policies: AccessPolicies,
  ) {}

  @ResolveField(() => [ActivityResultModel], {
    description: 'Its outputs and outcomes with their indicators (IATI `result`); batched for a page of activities.',
  })
  results(@Parent() a: ActivityModel, @Context() ctx: GraphQLContext): Promise<ResultView[]> {
    const policy = this.policies.of(ctx);
    return ctx.loaders
      .get('activityResults', async (ids: readonly string[]) =>
        groupByKeys(ids, (await this.service.resultsOf(ids, policy)).map(resultView), (r) => r.activityId),
      )
      .load(a.id);
  }
}
