import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { DonorsService } from './donors.service.js';
import { CreateDonorInput } from './dto/create-donor.input.js';
import { DonorPrioritiesInput } from './dto/donor-priorities.input.js';
import { UpdateDonorProfileInput } from './dto/update-donor-profile.input.js';
import { DonorModel, DonorPrioritiesModel } from './models/donor.model.js';

@Resolver(() => DonorModel)
export class DonorsResolver {
  constructor(
    private readonly donorsService: DonorsService,
    private readonly reference: ReferenceService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => [DonorModel], { description: 'Donors by name. A donor sees itself and those that agreed to be named.' })
  donors(@Context() ctx: GraphQLContext): Promise<DonorModel[]> {
    return this.donorsService.list(this.policies.of(ctx));
  }

  @Allow('funding.manage')
  @Mutation(() => DonorModel)
  async createDonor(@Args('input') input: CreateDonorInput, @Context() ctx: GraphQLContext): Promise<DonorModel> {
    return this.donorsService.create(input, currentActor(ctx));
  }

  @Allow('donors.editProfile')
  @Mutation(() => DonorModel, { description: 'Edits a donor profile: the secretariat any, a donor its own.' })
  updateDonorProfile(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: UpdateDonorProfileInput,
    @Context() ctx: GraphQLContext,
  ): Promise<DonorModel> {
    return this.donorsService.updateProfile(id, expectedVersion, input, this.policies.of(ctx));
  }

  @Allow('donors.editPriorities')
  @Mutation(() => DonorModel, {
    description:
      'States a donor’s priorities (areas, M49 regions, instruments), replacing the lists before: the secretariat ' +
      'any donor’s, a donor its own. Its funding page opens on the gaps that match them.',
  })
  setDonorPriorities(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: DonorPrioritiesInput,
    @Context() ctx: GraphQLContext,
  ): Promise<DonorModel> {
    return this.donorsService.setPriorities(id, expectedVersion, input, this.policies.of(ctx));
  }

  @ResolveField(() => DonorPrioritiesModel, {
    nullable: true,
    description: 'Seen by the donor itself and the secretariat; null for everyone else.',
  })
  priorities(donor: DonorModel, _args: unknown, ctx: GraphQLContext): DonorPrioritiesModel | null {
    if (!this.policies.of(ctx).mayReadDonorPriorities(donor.id)) return null;
    return {
      priorityAreaCodes: donor.priorityAreaCodes,
      m49Areas: donor.priorityM49Areas,
      instrumentCodes: donor.priorityInstruments,
    };
  }

  @ResolveField(() => String, { nullable: true, description: 'Seen by the donor itself and the secretariat.' })
  contact(donor: DonorModel, _args: unknown, ctx: GraphQLContext): string | null {
    return this.policies.of(ctx).mayReadDonorTerms(donor.id) ? donor.contact : null;
  }

  @ResolveField(() => String, { nullable: true, description: 'The secretariat’s notes; null for everyone else.' })
  confidentialNotes(donor: DonorModel, _args: unknown, ctx: GraphQLContext): string | null {
    return this.policies.of(ctx).mayReadDonorNotes() ? donor.confidentialNotes : null;
  }

  @ResolveField(() => StateModel, { nullable: true })
  country(donor: DonorModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel | null> {
    if (!donor.countryIso3) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).state().load(donor.countryIso3);
  }
}
