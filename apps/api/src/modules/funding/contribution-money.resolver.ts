import { ResolveField, Resolver } from '@nestjs/graphql';
import { byKeys, groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { DecimalScalar } from '../../infra/graphql/scalars.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { AllocationsService } from './allocations.service.js';
import { FundingService } from './funding.service.js';
import {
  AllocationModel,
  ContributionModel,
  ContributionReconciliationModel,
  ContributionStageChangeModel,
  PaymentModel,
} from './models/funding.model.js';

/** A contribution's money and terms: payments, allocations, stage history, reconciliation and balances. */
@Resolver(() => ContributionModel)
export class ContributionMoneyResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly allocationsService: AllocationsService,
    private readonly policies: AccessPolicies,
  ) {}

  @ResolveField(() => String, {
    nullable: true,
    description: 'The signed agreement: for the donor itself and the secretariat.',
  })
  agreementRef(c: ContributionModel, _args: unknown, ctx: GraphQLContext): string | null {
    return this.policies.of(ctx).mayReadDonorTerms(c.donorId) ? c.agreementRef : null;
  }

  @ResolveField(() => [PaymentModel])
  payments(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<PaymentModel[]> {
    return ctx.loaders
      .get('payments', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.funding.paymentsOf(ids), (p) => p.contributionId),
      )
      .load(c.id);
  }

  @ResolveField(() => [AllocationModel], { description: 'Where the money went: activities and years.' })
  allocations(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<AllocationModel[]> {
    return ctx.loaders
      .get('allocationsOfContribution', async (ids: readonly string[]) =>
        groupByKeys(
          ids,
          await this.allocationsService.allocationsOf(ids, this.policies.of(ctx)),
          (a) => a.contributionId,
        ),
      )
      .load(c.id);
  }

  @ResolveField(() => [ContributionStageChangeModel])
  async history(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<ContributionStageChangeModel[]> {
    return ctx.loaders
      .get('contributionHistory', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.funding.stageHistoryOf(ids), (h) => h.contributionId),
      )
      .load(c.id)
      .then((rows) => rows.map((h) => ({ ...h, by: this.policies.of(ctx).staffLabel(h.by) }))) as Promise<
      ContributionStageChangeModel[]
    >;
  }

  @ResolveField(() => ContributionReconciliationModel, {
    description: 'Amount, paid, allocated (by activity and year) and unallocated, in its currency and in US dollars.',
  })
  async reconciliation(
    c: ContributionModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ContributionReconciliationModel> {
    const r = (await ctx.loaders
      .get('contributionReconciliation', async (ids: readonly string[]) =>
        byKeys(ids, await this.funding.reconciliationsOf(ids), (x) => x.id),
      )
      .load(c.id))!;
    return { ...r, allocations: r.lines };
  }

  @ResolveField(() => DecimalScalar, { description: 'US dollars allocated to activities.' })
  async allocatedUsd(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return (await this.balance(c.id, ctx)).allocated;
  }

  @ResolveField(() => DecimalScalar, {
    description: 'US dollars not yet allocated: what the secretariat can still promise.',
  })
  async unallocatedUsd(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return (await this.balance(c.id, ctx)).unallocated;
  }

  @ResolveField(() => DecimalScalar, {
    description:
      'Its worth in US dollars: the instalments at their own rates, and what is unpaid at the contribution’s rate.',
  })
  async valueUsd(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return (await this.balance(c.id, ctx)).valueUsd;
  }

  @ResolveField(() => DecimalScalar, {
    description:
      'Gains (negative: losses) from rate moves: the instalments at their own rates less at the contribution’s.',
  })
  async exchangeGainUsd(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return (await this.balance(c.id, ctx)).gainUsd;
  }

  @ResolveField(() => DecimalScalar, { description: 'US dollars paid so far (instalments).' })
  async paidUsd(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<string> {
    return (await this.balance(c.id, ctx)).paid;
  }

  private async balance(id: string, ctx: GraphQLContext) {
    return (await ctx.loaders
      .get('contributionBalance', async (ids: readonly string[]) =>
        byKeys(ids, await this.funding.balancesOf(ids), (b) => b.id),
      )
      .load(id))!;
  }
}
