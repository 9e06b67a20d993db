import { ResolveField, Resolver } from '@nestjs/graphql';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { activityLoaders } from '../programme/programme.resolver.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { AllocationsService } from './allocations.service.js';
import { AllocationModel, ReconciliationLineModel } from './models/funding.model.js';

/** Tracing an activity's money: its allocations, and through them the contributions. */
@Resolver(() => ActivityModel)
export class ActivityFundingResolver {
  constructor(
    private readonly allocationsService: AllocationsService,
    private readonly policies: AccessPolicies,
  ) {}

  @ResolveField(() => [AllocationModel], { description: 'The money allocated to it, by contribution and year.' })
  async allocations(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<AllocationModel[]> {
    const rows = await ctx.loaders
      .get('allocationsOfActivity', async (ids: readonly string[]) =>
        groupByKeys(
          ids,
          await this.allocationsService.allocationsToActivities(ids, this.policies.of(ctx)),
          (x) => x.activityId,
        ),
      )
      .load(a.id);
    // Every allocation the activity's gap counts; others' without contribution, note or reason (the service).
    return rows;
  }
}

/** What a contribution allocated to one activity, traced to the activity. */
@Resolver(() => ReconciliationLineModel)
export class ReconciliationLineResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField(() => ActivityModel)
  async activity(l: ReconciliationLineModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel> {
    return (await activityLoaders(ctx, this.programme).activity().load(l.activityId))!;
  }
}
