import { implementingPartnerNames } from '@ta/domain';
import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { WorkshopModel } from '../workshops/models/workshop.model.js';
import { OrganisationFilter, OrganisationInput } from './dto/organisation.input.js';
import {
  OrganisationActivityRoleModel,
  OrganisationModel,
  OrganisationWorkshopRoleModel,
  ParticipatingOrganisationModel,
} from './models/organisation.model.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => OrganisationModel)
export class OrganisationsResolver {
  constructor(
    private readonly registry: OrganisationsService,
    private readonly repository: OrganisationsRepository,
  ) {}

  private roles(owner: 'activity' | 'workshop', organisation: OrganisationModel, ctx: GraphQLContext) {
    return ctx.loaders
      .get(`organisationRoles:${owner}`, async (ids: readonly string[]) =>
        groupByKeys(ids, await this.repository.rolesOf(owner, ids), (r) => r.organisationId),
      )
      .load(organisation.id);
  }

  @ResolveField(() => [OrganisationActivityRoleModel], {
    description: 'The activities it takes part in, with its role on each (the activity resolved by the programme).',
  })
  async activities(
    organisation: OrganisationModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<Array<Omit<OrganisationActivityRoleModel, 'activity'>>> {
    return (await this.roles('activity', organisation, ctx)).map((r) => ({
      activityId: r.ownerId,
      organisationId: r.organisationId,
      role: r.role,
    }));
  }

  @ResolveField(() => [OrganisationWorkshopRoleModel], {
    description: 'The workshops it organises or takes part in, with its role on each.',
  })
  async workshops(
    organisation: OrganisationModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<Array<Omit<OrganisationWorkshopRoleModel, 'workshop'>>> {
    return (await this.roles('workshop', organisation, ctx)).map((r) => ({
      workshopId: r.ownerId,
      organisationId: r.organisationId,
      role: r.role,
    }));
  }

  @AnyUser()
  @Query(() => [OrganisationModel], { description: 'Partner organisations, by name.' })
  organisations(
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter?: OrganisationFilter,
  ): Promise<OrganisationModel[]> {
    return this.registry.list(filter ?? {});
  }

  @Allow('programme.edit')
  @Mutation(() => OrganisationModel, {
    description: 'Adds a partner organisation (audited); with an idempotencyKey, a retry adds it once.',
  })
  createOrganisation(
    @Args('input') input: OrganisationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganisationModel> {
    return this.registry.create(input, currentActor(ctx));
  }

  @Allow('programme.edit')
  @Mutation(() => OrganisationModel, {
    description: 'Changes a partner organisation at its version (audited); refuses an idempotencyKey (BAD_USER_INPUT).',
  })
  updateOrganisation(
    @Args('id', { type: () => ID }) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: OrganisationInput,
    @Context() ctx: GraphQLContext,
  ): Promise<OrganisationModel> {
    return this.registry.update(id, expectedVersion, input, currentActor(ctx));
  }
}

/** Who takes part in an activity, from the registry: one statement per page of activities. */
@Resolver(() => ActivityModel)
export class ActivityOrganisationsResolver {
  constructor(private readonly repository: OrganisationsRepository) {}

  private participations(activity: ActivityModel, ctx: GraphQLContext): Promise<ParticipatingOrganisationModel[]> {
    return ctx.loaders
      .get('activityParticipations', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.repository.participationsOf(ids), (p) => p.activityId),
      )
      .load(activity.id);
  }

  @ResolveField(() => [ParticipatingOrganisationModel], {
    description: 'Organisations and their roles (IATI participating-org), in the activity’s order.',
  })
  participatingOrganisations(
    activity: ActivityModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ParticipatingOrganisationModel[]> {
    return this.participations(activity, ctx);
  }

  @ResolveField(() => [String], { description: 'The names of its implementing partners, in order.' })
  async partners(activity: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<string[]> {
    return implementingPartnerNames(await this.participations(activity, ctx));
  }
}

/** Who organises a workshop, from the registry: one statement per page of workshops. */
@Resolver(() => WorkshopModel)
export class WorkshopOrganisationsResolver {
  constructor(private readonly repository: OrganisationsRepository) {}

  private participations(workshop: WorkshopModel, ctx: GraphQLContext): Promise<ParticipatingOrganisationModel[]> {
    return ctx.loaders
      .get('workshopParticipations', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.repository.workshopParticipationsOf(ids), (p) => p.workshopId),
      )
      .load(workshop.id);
  }

  @ResolveField(() => [ParticipatingOrganisationModel], { description: 'Organisations and their roles, in order.' })
  participatingOrganisations(
    workshop: WorkshopModel,
    _args: unknown,
    ctx: GraphQLContext,
  ): Promise<ParticipatingOrganisationModel[]> {
    return this.participations(workshop, ctx);
  }

  @ResolveField(() => [String], { description: 'The names of the organisations that organise it, in order.' })
  async organisers(workshop: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<string[]> {
    return implementingPartnerNames(await this.participations(workshop, ctx));
  }
}
