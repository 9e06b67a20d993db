import { Args, Context, Field, Int, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestStatus } from '@ta/domain';
import { AnyUser } from '../../infra/auth/access.decorator.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { DateScalar } from '../../infra/graphql/scalars.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ExpertsRepository } from '../experts/experts.repository.js';
import { ExpertModel } from '../experts/models/expert.model.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { ProgrammeRepository } from '../programme/programme.repository.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AssistanceRequestModel, RequestStatusEnum } from '../requests/models/assistance-request.model.js';
import { RequestsRepository } from '../requests/requests.repository.js';
import { WorkshopModel } from '../workshops/models/workshop.model.js';
import { WorkshopsRepository } from '../workshops/workshops.repository.js';

@ObjectType('StatusCount')
class StatusCountModel {
  @Field(() => RequestStatusEnum)
  status!: RequestStatus;

  @Field(() => Int)
  count!: number;
}

@ObjectType('PartyStatus', { description: 'A State’s status under an instrument, where known.' })
class PartyStatusModel {
  @Field()
  instrumentCode!: string;

  @Field({ description: 'PARTY or SIGNATORY.' })
  status!: string;

  @Field(() => DateScalar, { nullable: true })
  since!: string | null;
}

@ObjectType('StateProfile', { description: 'A State’s whole picture: its needs, what reached it, its experts.' })
export class StateProfileModel {
  iso3!: string;
}

/**
 * One State's picture, put together from the modules that own each part (each part one query; one State is
 * asked for at a time). Requests one by one are for those who read requests: donors see counts elsewhere.
 */
@Resolver(() => StateProfileModel)
export class StateProfileResolver {
  constructor(
    private readonly policies: AccessPolicies,
    private readonly reference: ReferenceService,
    private readonly referenceRows: ReferenceRepository,
    private readonly requestRows: RequestsRepository,
    private readonly programmeRows: ProgrammeRepository,
    private readonly workshopRows: WorkshopsRepository,
    private readonly expertRows: ExpertsRepository,
  ) {}

  @AnyUser()
  @Query(() => StateProfileModel, {
    nullable: true,
    description: 'A State’s requests, the activities and workshops that reached it, its experts.',
  })
  async stateProfile(@Args('iso3') iso3: string, @Context() ctx: GraphQLContext): Promise<StateProfileModel | null> {
    const state = await referenceLoaders(ctx.loaders, this.reference).state().load(iso3.trim().toUpperCase());
    return state ? { iso3: state.iso3 } : null;
  }

  @ResolveField(() => StateModel)
  async state(p: StateProfileModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel> {
    return (await referenceLoaders(ctx.loaders, this.reference).state().load(p.iso3))!;
  }

  @ResolveField(() => [StatusCountModel], { description: 'Its requests by status (not for donors).' })
  requestsByStatus(p: StateProfileModel, _args: unknown, ctx: GraphQLContext): Promise<StatusCountModel[]> {
    this.policies.of(ctx).assert('requests.read');
    return this.requestRows.countByStatusOfState(p.iso3);
  }

  @ResolveField(() => [AssistanceRequestModel], { description: 'Its requests, newest first (not for donors).' })
  requests(p: StateProfileModel, _args: unknown, ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    this.policies.of(ctx).assert('requests.read');
    return this.requestRows.ofState(p.iso3);
  }

  @ResolveField(() => [AssistanceRequestModel], {
    description: 'Open requests no activity answers yet (not for donors).',
  })
  unansweredNeeds(p: StateProfileModel, _args: unknown, ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    this.policies.of(ctx).assert('requests.read');
    return this.requestRows.unansweredOfState(p.iso3);
  }

  @ResolveField(() => [ActivityModel], {
    description: 'Activities that name it, answer its requests, or delivered a workshop it took part in.',
  })
  activities(p: StateProfileModel): Promise<ActivityModel[]> {
    return this.programmeRows.reachingState(p.iso3);
  }

  @ResolveField(() => [WorkshopModel], { description: 'Workshops it took part in.' })
  workshops(p: StateProfileModel): Promise<WorkshopModel[]> {
    return this.workshopRows.withParticipant(p.iso3);
  }

  @ResolveField(() => [ExpertModel], { description: 'Experts of its nationality.' })
  experts(p: StateProfileModel): Promise<ExpertModel[]> {
    return this.expertRows.ofNationality(p.iso3);
  }

  @ResolveField(() => [PartyStatusModel], { description: 'Party status under each instrument, where known.' })
  parties(p: StateProfileModel): Promise<PartyStatusModel[]> {
    return this.referenceRows.partiesOf(p.iso3);
  }
}
