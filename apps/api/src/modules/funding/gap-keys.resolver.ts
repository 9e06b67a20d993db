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
import { FundingGapRowModel, WhatIfRowModel } from './models/funding.model.js';

/** The grouping keys of a row (priority area, activity, donor), resolved the same way for every row type that has them. */
interface GapKeys {
  priorityAreaCode: string | null;
  activityId: string | null;
  donorId: string | null;
}

function GapKeysResolver<T extends GapKeys>(row: new () => T) {
  @Resolver(() => row, { isAbstract: true })
  abstract class KeysResolver {
    constructor(
      readonly programme: ProgrammeService,
      readonly reference: ReferenceService,
      readonly donorsService: DonorsService,
    ) {}

    @ResolveField(() => PriorityAreaModel, { nullable: true })
    priorityArea(r: T, _args: unknown, ctx: GraphQLContext): Promise<PriorityAreaModel | null> {
      if (!r.priorityAreaCode) return Promise.resolve(null);
      return referenceLoaders(ctx.loaders, this.reference).priorityArea().load(r.priorityAreaCode);
    }

    @ResolveField(() => ActivityModel, { nullable: true })
    activity(r: T, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel | null> {
      if (!r.activityId) return Promise.resolve(null);
      return activityLoaders(ctx, this.programme).activity().load(r.activityId);
    }

    @ResolveField(() => DonorModel, { nullable: true })
    donor(r: T, _args: unknown, ctx: GraphQLContext): Promise<DonorModel | null> {
      if (!r.donorId) return Promise.resolve(null);
      return donorLoader(ctx.loaders, this.donorsService).load(r.donorId);
    }
  }
  return KeysResolver;
}

/** The keys of a funding gap row. */
@Resolver(() => FundingGapRowModel)
export class FundingGapRowResolver extends GapKeysResolver(FundingGapRowModel) {}

/** The keys of a what-if row, as those of a funding gap row. */
@Resolver(() => WhatIfRowModel)
export class WhatIfRowResolver extends GapKeysResolver(WhatIfRowModel) {}
