import { Args, Context, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { InstrumentModel } from '../reference/models/instrument.model.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { TreatyStatusInput } from './dto/treaty-status.input.js';
import { TreatyCountModel, TreatyStatusModel } from './models/treaty-status.model.js';
import { TreatiesService } from './treaties.service.js';

@Resolver(() => TreatyStatusModel)
export class TreatiesResolver {
  constructor(
    private readonly treaties: TreatiesService,
    private readonly reference: ReferenceService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => [TreatyCountModel], {
    description: 'Parties and signatories per instrument (footnote 10 gives 146, 122, 114 and 75 parties in 2008).',
  })
  treatyCounts(): Promise<TreatyCountModel[]> {
    return this.treaties.counts();
  }

  @Allow('treaties.edit')
  @Mutation(() => TreatyStatusModel, {
    description:
      'Records a State’s standing under an instrument. `expectedVersion`: the version read, or null when the State ' +
      'has none yet under it. Audited.',
  })
  setTreatyStatus(
    @Args('stateIso3') stateIso3: string,
    @Args('instrumentCode') instrumentCode: string,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion: number | null,
    @Args('input') input: TreatyStatusInput,
    @Context() ctx: GraphQLContext,
  ): Promise<TreatyStatusModel> {
    return this.treaties.set(stateIso3, instrumentCode, expectedVersion ?? null, input, this.policies.of(ctx));
  }

  @Allow('treaties.edit')
  @Mutation(() => Boolean, { description: 'Removes a status recorded in error (audited).' })
  clearTreatyStatus(
    @Args('stateIso3') stateIso3: string,
    @Args('instrumentCode') instrumentCode: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Context() ctx: GraphQLContext,
  ): Promise<boolean> {
    return this.treaties.clear(stateIso3, instrumentCode, expectedVersion, this.policies.of(ctx));
  }

  @ResolveField(() => InstrumentModel)
  async instrument(status: TreatyStatusModel, _args: unknown, ctx: GraphQLContext): Promise<InstrumentModel> {
    const found = await referenceLoaders(ctx.loaders, this.reference).instrument().load(status.instrumentCode);
    if (!found) throw new Error(`Treaty status names unknown instrument ${status.instrumentCode}`);
    return found;
  }
}

@Resolver(() => StateModel)
export class StateTreatyFieldsResolver {
  constructor(private readonly treaties: TreatiesService) {}

  @ResolveField(() => [TreatyStatusModel], {
    description: 'Its standing under each instrument, in the instruments’ order (none where nothing is recorded).',
  })
  treatyStatus(state: StateModel, _args: unknown, ctx: GraphQLContext): Promise<TreatyStatusModel[]> {
    return ctx.loaders
      .get('treatyStatus', async (iso3s: readonly string[]) =>
        groupByKeys(iso3s, await this.treaties.ofStates(iso3s), (s) => s.stateIso3),
      )
      .load(state.iso3);
  }
}
