import { Args, Context, ID, Int, Query, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { FundingFilter, WhatIfPledgeInput } from './dto/funding.input.js';
import { FundingGapService } from './funding-gap.service.js';
import {
  FundingDimension,
  FundingGapRowConnection,
  FundingGapRowModel,
  WhatIfRowModel,
} from './models/funding.model.js';

/** The funding gap as asked: grouped rows, the unfunded activity-years matching a donor, and a what-if pledge. */
@Resolver(() => FundingGapRowModel)
export class FundingGapsResolver {
  constructor(
    private readonly fundingGap: FundingGapService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => [FundingGapRowModel], {
    description: 'Cost, pledged, committed, paid and gap (cost − committed − paid) in US dollars, grouped as asked.',
  })
  fundingGaps(
    @Args('groupBy', { type: () => [FundingDimension] }) groupBy: FundingDimension[],
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => FundingFilter, nullable: true }) filter?: FundingFilter,
  ): Promise<FundingGapRowModel[]> {
    return this.fundingGap.gaps(groupBy, filter ?? {}, this.policies.of(ctx));
  }

  @Allow('funding.intend')
  @Query(() => FundingGapRowConnection, {
    description:
      'The unfunded activity-years matching a donor’s stated priorities (areas, M49 regions, instruments), ' +
      'largest gap first: the fundingGaps rows by activity and year. The donor itself and the secretariat only.',
  })
  fundingMatches(
    @Args('donorId', { type: () => ID }) donorId: string,
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<FundingGapRowModel>> {
    return this.fundingGap.matches(donorId, first, after, this.policies.of(ctx));
  }

  @Allow('funding.intend')
  @Query(() => [WhatIfRowModel], {
    description:
      'What a prospective contribution would close, before anything is recorded: the fundingGaps query with it ' +
      'filling the gaps its earmarking allows (earliest year first, then by activity code). Writes nothing. ' +
      'A donor asks for itself only.',
  })
  whatIfPledge(
    @Args('input') input: WhatIfPledgeInput,
    @Args('groupBy', { type: () => [FundingDimension] }) groupBy: FundingDimension[],
    @Context() ctx: GraphQLContext,
  ): Promise<WhatIfRowModel[]> {
    return this.fundingGap.whatIf(input, groupBy, this.policies.of(ctx));
  }
}
