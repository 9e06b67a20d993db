import { Args, Context, ID, Mutation, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { byKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { activityLoaders } from '../programme/programme.resolver.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { AllocationsService } from './allocations.service.js';
import { toModel } from './contributions.resolver.js';
import { AllocateContributionInput } from './dto/allocate-contribution.input.js';
import { FundingService } from './funding.service.js';
import { AllocationModel, ContributionModel } from './models/funding.model.js';

/** Allocations: assigning a contribution's money to an activity and year, taking it back, and what one names. */
@Resolver(() => AllocationModel)
export class AllocationsResolver {
  constructor(
    private readonly allocationsService: AllocationsService,
    private readonly funding: FundingService,
    private readonly programme: ProgrammeService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('funding.manage')
  @Mutation(() => AllocationModel, {
    description: 'Assigns part of a contribution to an activity and year, never more than is left.',
  })
  allocateContribution(
    @Args('input') input: AllocateContributionInput,
    @Context() ctx: GraphQLContext,
  ): Promise<AllocationModel> {
    return this.allocationsService.allocate(input, currentActor(ctx));
  }

  @Allow('funding.manage')
  @Mutation(() => Boolean)
  deallocateContribution(
    @Args('allocationId', { type: () => ID }) allocationId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.allocationsService.deallocate(allocationId, currentActor(ctx));
  }

  @ResolveField(() => String, { description: 'Who allocated it (for donors: the office).' })
  createdBy(a: AllocationModel, _args: unknown, ctx: GraphQLContext): string {
    return this.policies.of(ctx).staffLabel(a.createdBy);
  }

  @ResolveField(() => ActivityModel)
  async activity(a: AllocationModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel> {
    return (await activityLoaders(ctx, this.programme).activity().load(a.activityId))!;
  }

  @ResolveField(() => ContributionModel, {
    nullable: true,
    description: 'Null for a donor looking at another donor’s money.',
  })
  async contribution(a: AllocationModel, _args: unknown, ctx: GraphQLContext): Promise<ContributionModel | null> {
    const c = await ctx.loaders
      .get('contribution', async (ids: readonly string[]) =>
        byKeys(ids, await this.funding.byIds(ids, this.policies.of(ctx)), (x) => x.id),
      )
      .load(a.contributionId);
    if (!c) return null;
    return toModel(c);
  }
}
