import { Args, Context, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../infra/auth/access.decorator.js';
import { byKeys, groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { DecimalScalar } from '../../infra/graphql/scalars.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { DeliveryService } from './delivery.service.js';
import { RecordExpenditureInput, SetDeliveryStatusInput } from './dto/delivery.input.js';
import { ExpenditureModel, YearSpentModel } from './models/expenditure.model.js';

@Resolver(() => ActivityModel)
export class DeliveryResolver {
  constructor(
    private readonly delivery: DeliveryService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('programme.edit')
  @Mutation(() => ActivityModel, {
    description:
      'Moves an activity’s delivery: PLANNED → IN_DELIVERY (startedOn) → COMPLETED (completedOn); PLANNED or ' +
      'IN_DELIVERY → CANCELLED (reason); CANCELLED → PLANNED.',
  })
  setDeliveryStatus(
    @Args('input') input: SetDeliveryStatusInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ActivityModel> {
    return this.delivery.setDeliveryStatus(input, this.policies.of(ctx));
  }

  @Allow('funding.manage')
  @Mutation(() => ExpenditureModel, {
    description:
      'Records money an activity spent in a year and cost category. Refused (OVERSPENT) beyond what was allocated ' +
      'to the activity and year, or beyond what is left of the allocation named, unless beyondAllocation is true ' +
      'with a reason.',
  })
  recordExpenditure(
    @Args('input') input: RecordExpenditureInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ExpenditureModel> {
    return this.delivery.recordExpenditure(input, this.policies.of(ctx));
  }

  @ResolveField(() => DecimalScalar, {
    description: 'What it spent, in US dollars (each line at its own rate), summed in SQL; batched per page.',
  })
  async spent(@Parent() a: ActivityModel, @Context() ctx: GraphQLContext): Promise<string> {
    const policy = this.policies.of(ctx);
    const row = await ctx.loaders
      .get('activitySpent', async (ids: readonly string[]) =>
        byKeys(ids, await this.delivery.spentOf(ids, policy), (r) => r.activityId),
      )
      .load(a.id);
    return row?.spent ?? '0.00';
  }

  @ResolveField(() => [YearSpentModel], { description: 'What it spent per year, in US dollars.' })
  spentByYear(@Parent() a: ActivityModel, @Context() ctx: GraphQLContext): Promise<YearSpentModel[]> {
    const policy = this.policies.of(ctx);
    return ctx.loaders
      .get('activitySpentByYear', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.delivery.spentByYearOf(ids, policy), (r) => r.activityId),
      )
      .load(a.id);
  }
}
