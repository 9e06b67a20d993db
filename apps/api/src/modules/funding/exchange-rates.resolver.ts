import { Args, Context, Mutation, Query, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { DateScalar, DecimalScalar } from '../../infra/graphql/scalars.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import { ExchangeRateModel } from './models/funding.model.js';

/** The secretariat's exchange rates to the US dollar. */
@Resolver(() => ExchangeRateModel)
export class ExchangeRatesResolver {
  constructor(
    private readonly rates: ExchangeRatesService,
    private readonly policies: AccessPolicies,
  ) {}

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
}
