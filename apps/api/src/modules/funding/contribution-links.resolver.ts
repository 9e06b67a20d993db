import { ResolveField, Resolver } from '@nestjs/graphql';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { donorLoader } from '../donors/donors.loaders.js';
import { DonorsService } from '../donors/donors.service.js';
import { DonorModel } from '../donors/models/donor.model.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { activityLoaders } from '../programme/programme.resolver.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { PriorityAreaModel } from '../reference/models/priority-area.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ContributionModel } from './models/funding.model.js';

/** What a contribution names: its donor, and the activity or priority area it is earmarked to. */
@Resolver(() => ContributionModel)
export class ContributionLinksResolver {
  constructor(
    private readonly donorsService: DonorsService,
    private readonly programme: ProgrammeService,
    private readonly reference: ReferenceService,
  ) {}

  @ResolveField(() => DonorModel)
  async donor(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<DonorModel> {
    return (await donorLoader(ctx.loaders, this.donorsService).load(c.donorId))!;
  }

  @ResolveField(() => ActivityModel, { nullable: true, description: 'The activity it is earmarked to.' })
  activity(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel | null> {
    if (!c.activityId) return Promise.resolve(null);
    return activityLoaders(ctx, this.programme).activity().load(c.activityId);
  }

  @ResolveField(() => PriorityAreaModel, {
    nullable: true,
    description: 'The priority area it is softly earmarked to.',
  })
  priorityArea(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<PriorityAreaModel | null> {
    if (!c.priorityAreaCode) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).priorityArea().load(c.priorityAreaCode);
  }
}
