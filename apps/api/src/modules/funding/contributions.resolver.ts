import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { DateScalar, DecimalScalar } from '../../infra/graphql/scalars.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { EARMARK_NAMES } from './contribution-checks.service.js';
import { ContributionStagesService } from './contribution-stages.service.js';
import { ContributionFilter, RecordContributionInput } from './dto/funding.input.js';
import type { ContributionEntity } from './entities/contribution.entity.js';
import { FundingService } from './funding.service.js';
import { ContributionConnection, ContributionModel, EarmarkingEnum } from './models/funding.model.js';

export function toModel(c: ContributionEntity): ContributionModel {
  return { ...c, date: c.contributedOn, earmarking: EARMARK_NAMES[c.earmarkingCategory] ?? EarmarkingEnum.UNEARMARKED };
}

/** Contributions: the list, recording one, and its stages (withdraw, pledge, commit, pay). */
@Resolver(() => ContributionModel)
export class ContributionsResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly stages: ContributionStagesService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => ContributionConnection, { description: 'Contributions by date. A donor sees its own.' })
  async contributions(
    @Context() ctx: GraphQLContext,
    @Args('filter', { type: () => ContributionFilter, nullable: true }) filter?: ContributionFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<ContributionModel>> {
    const page = await this.funding.list(filter ?? {}, first, after, this.policies.of(ctx));
    return { ...page, nodes: page.nodes.map(toModel) };
  }

  @Allow('funding.intend')
  @Mutation(() => ContributionModel, {
    description:
      'Records a contribution; with an idempotencyKey, a retry records it once. A donor records intentions ' +
      '(stage INTENDED) of its own only; the secretariat records any stage.',
  })
  async recordContribution(
    @Args('input') input: RecordContributionInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ContributionModel> {
    return toModel(await this.funding.record(input, currentActor(ctx), { policy: this.policies.of(ctx) }));
  }

  @Allow('funding.intend')
  @Mutation(() => Boolean, { description: 'A donor withdraws its own intention (stage INTENDED).' })
  withdrawIntention(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.stages.withdrawIntention(id, expectedVersion, currentActor(ctx), this.policies.of(ctx));
  }

  @Allow('funding.manage')
  @Mutation(() => ContributionModel, { description: 'INTENDED → PLEDGED: the secretariat records the pledge.' })
  async pledgeIntention(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<ContributionModel> {
    return toModel(await this.stages.pledgeIntention(id, expectedVersion, currentActor(ctx)));
  }

  @Allow('funding.manage')
  @Mutation(() => ContributionModel, { description: 'PLEDGED → COMMITTED, with the signed agreement’s reference.' })
  async commitContribution(
    @Args('id', { type: () => ID }) id: string,
    @Args('agreementRef') agreementRef: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<ContributionModel> {
    return toModel(await this.stages.commit(id, agreementRef, expectedVersion, currentActor(ctx)));
  }

  @Allow('funding.manage')
  @Mutation(() => ContributionModel, {
    description: 'One dated instalment; the contribution is PAID when they reach its amount.',
  })
  async recordContributionPayment(
    @Args('id', { type: () => ID }) id: string,
    @Args('amount', { type: () => DecimalScalar }) amount: string,
    @Args('paidOn', { type: () => DateScalar }) paidOn: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
    @Args('rateToUsd', {
      type: () => DecimalScalar,
      nullable: true,
      description: 'The rate it was received at; by default the rate of its date (or the latest one before it).',
    })
    rateToUsd?: string | null,
  ): Promise<ContributionModel> {
    return toModel(
      await this.stages.recordPayment(id, amount, paidOn, expectedVersion, currentActor(ctx), rateToUsd ?? null),
    );
  }
}
