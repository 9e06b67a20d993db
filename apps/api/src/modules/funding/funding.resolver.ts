import { Args, Context, Field, ID, InputType, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { COUNTRY_ISO3_PATTERN, DONOR_LIMITS, DONOR_TYPES } from '@ta/domain';
import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength, MinLength } from 'class-validator';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { IsAmount, IdempotencyKeyField } from '../../infra/graphql/validators.js';
import { byKeys, groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { DateScalar, DecimalScalar } from '../../infra/graphql/scalars.js';
import { DonorsService } from '../donors/donors.service.js';
import { DonorModel } from '../donors/models/donor.model.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { activityLoaders } from '../programme/programme.resolver.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { PriorityAreaModel } from '../reference/models/priority-area.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { ContributionFilter, FundingFilter, RecordContributionInput, WhatIfPledgeInput } from './dto/funding.input.js';
import { AllocationsService } from './allocations.service.js';
import { EARMARK_NAMES } from './contribution-checks.service.js';
import { ContributionStagesService } from './contribution-stages.service.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import { FundingGapService } from './funding-gap.service.js';
import { FundingService } from './funding.service.js';
import type { ContributionEntity } from './entities/contribution.entity.js';
import {
  AllocationModel,
  ContributionConnection,
  ContributionModel,
  ContributionStageChangeModel,
  EarmarkingEnum,
  ExchangeRateModel,
  FundingDimension,
  FundingGapRowConnection,
  FundingGapRowModel,
  PaymentModel,
  ContributionReconciliationModel,
  ReconciliationLineModel,
  WhatIfRowModel,
} from './models/funding.model.js';

@InputType()
export class AllocateContributionInput {
  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'contributionId must be a contribution id.' })
  contributionId!: string;

  @Field(() => ID)
  @Matches(/^[0-9a-f-]{36}$/i, { message: 'activityId must be an activity id.' })
  activityId!: string;

  @Field(() => Int)
  @IsInt({ message: 'year must be a year such as 2010.' })
  year!: number;

  @Field(() => DecimalScalar)
  @IsAmount({ message: 'amountUsd must be a positive amount with at most two decimals.' })
  amountUsd!: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;

  @Field({
    nullable: true,
    description:
      'Allocate beyond the activity’s unfunded cost on purpose, saying why: shown as over-funding, it lowers no other gap.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  overFundingReason?: string;
}

@InputType()
export class CreateDonorInput {
  @Field()
  @IsString()
  @MinLength(DONOR_LIMITS.nameMin)
  @MaxLength(DONOR_LIMITS.nameMax)
  name!: string;

  @Field({ description: 'MEMBER_STATE, INTERGOVERNMENTAL, FOUNDATION or PRIVATE.' })
  @IsIn(DONOR_TYPES, { message: `donorType must be ${DONOR_TYPES.join(', ')}.` })
  donorType!: string;

  @Field({ nullable: true })
  @IsOptional()
  @Matches(COUNTRY_ISO3_PATTERN, { message: 'countryIso3 must be a three-letter ISO code.' })
  countryIso3?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(DONOR_LIMITS.contactMax)
  contact?: string;

  @IdempotencyKeyField()
  idempotencyKey?: string;
}

export function toModel(c: ContributionEntity): ContributionModel {
  return { ...c, date: c.contributedOn, earmarking: EARMARK_NAMES[c.earmarkingCategory] ?? EarmarkingEnum.UNEARMARKED };
}

@Resolver(() => ContributionModel)
export class FundingResolver {
  constructor(
    private readonly funding: FundingService,
    private readonly stages: ContributionStagesService,
    private readonly allocationsService: AllocationsService,
    private readonly rates: ExchangeRatesService,
    private readonly fundingGap: FundingGapService,
    private readonly donorsService: DonorsService,
    private readonly programme: ProgrammeService,
    private readonly reference: ReferenceService,
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

  @AnyUser()
  @Query(() => [ExchangeRateModel], { description: 'Rates the secretariat keeps, newest first per currency.' })
  async exchangeRates(
    @Context() ctx: GraphQLContext,
    @Args('currency', { type: () => String, nullable: true }) currency?: string,
  ): Promise<ExchangeRateModel[]> {
    const policy = this.policies.of(ctx);
    return (await this.rates.exchangeRates(currency)).map((r) => ({ ...r, setBy: policy.staffLabel(r.setBy) }));
  }

  @Allow('funding.manage')
  @Mutation(() => ExchangeRateModel)
  setExchangeRate(
    @Args('currency') currency: string,
    @Args('date', { type: () => DateScalar }) date: string,
    @Args('rateToUsd', { type: () => DecimalScalar }) rateToUsd: string,
    @Context() ctx: GraphQLContext,
  ): Promise<ExchangeRateModel> {
    return this.rates.setExchangeRate(currency, date, rateToUsd, currentActor(ctx));
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

  @Allow('funding.manage')
  @Mutation(() => DonorModel)
  async createDonor(@Args('input') input: CreateDonorInput, @Context() ctx: GraphQLContext): Promise<DonorModel> {
    return this.donorsService.create(input, currentActor(ctx));
  }

  // ---------------------------------------------------------------- fields

  @ResolveField(() => DonorModel)
  async donor(c: ContributionModel, _args: unknown, ctx: GraphQLContext): Promise<DonorModel> {
    return (await donorLoader(ctx, this.donorsService).load(c.donorId))!;
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

function donorLoader(ctx: GraphQLContext, donors: DonorsService) {
  return ctx.loaders.get('donor', async (ids: readonly string[]) =>
    byKeys(ids, await donors.findByIds(ids), (d) => d.id),
  );
}

@Resolver(() => AllocationModel)
export class AllocationFieldsResolver {
  constructor(
    private readonly programme: ProgrammeService,
    private readonly funding: FundingService,
    private readonly policies: AccessPolicies,
  ) {}

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
      return donorLoader(ctx, this.donorsService).load(r.donorId);
    }
  }
  return KeysResolver;
}

@Resolver(() => FundingGapRowModel)
export class FundingGapRowResolver extends GapKeysResolver(FundingGapRowModel) {}

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

/** The keys of a what-if row, as those of a funding gap row. */
@Resolver(() => WhatIfRowModel)
export class WhatIfRowResolver extends GapKeysResolver(WhatIfRowModel) {}

/** What a contribution allocated to one activity, traced to the activity. */
@Resolver(() => ReconciliationLineModel)
export class ReconciliationLineResolver {
  constructor(private readonly programme: ProgrammeService) {}

  @ResolveField(() => ActivityModel)
  async activity(l: ReconciliationLineModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel> {
    return (await activityLoaders(ctx, this.programme).activity().load(l.activityId))!;
  }
}
