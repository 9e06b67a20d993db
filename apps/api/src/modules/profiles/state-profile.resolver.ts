import { Args, Context, Field, Int, ObjectType, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { RequestStatus } from '@ta/domain';
import { DataSource } from 'typeorm';
import { AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { DateScalar } from '../../infra/graphql/scalars.js';
import { ExpertEntity } from '../experts/entities/expert.entity.js';
import { ExpertModel } from '../experts/models/expert.model.js';
import { ActivityEntity } from '../programme/entities/activity.entity.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AssistanceRequestEntity } from '../requests/entities/assistance-request.entity.js';
import { AssistanceRequestModel, RequestStatusEnum } from '../requests/models/assistance-request.model.js';
import { WorkshopEntity } from '../workshops/entities/workshop.entity.js';
import { WorkshopModel } from '../workshops/models/workshop.model.js';

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

/** One State's picture. Each part is one query; one State is asked for at a time. */
@Resolver(() => StateProfileModel)
export class StateProfileResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly reference: ReferenceService,
  ) {}

  @AnyUser()
  @Query(() => StateProfileModel, { nullable: true, description: 'A State’s requests, the activities and workshops that reached it, its experts.' })
  async stateProfile(@Args('iso3') iso3: string, @Context() ctx: GraphQLContext): Promise<StateProfileModel | null> {
    const state = await referenceLoaders(ctx.loaders, this.reference).state().load(iso3.trim().toUpperCase());
    return state ? { iso3: state.iso3 } : null;
  }

  @ResolveField(() => StateModel)
  async state(@Parent() p: StateProfileModel, @Context() ctx: GraphQLContext): Promise<StateModel> {
    return (await referenceLoaders(ctx.loaders, this.reference).state().load(p.iso3))!;
  }

  @ResolveField(() => [StatusCountModel], { description: 'Its requests by status (not for donors).' })
  async requestsByStatus(@Parent() p: StateProfileModel, @Context() ctx: GraphQLContext): Promise<StatusCountModel[]> {
    this.forbidDonors(ctx);
    return this.dataSource.query(
      `SELECT status, count(*)::int AS count FROM assistance_request WHERE state_iso3 = $1 GROUP BY status ORDER BY status`,
      [p.iso3],
    );
  }

  @ResolveField(() => [AssistanceRequestModel], { description: 'Its requests, newest first (not for donors).' })
  requests(@Parent() p: StateProfileModel, @Context() ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    this.forbidDonors(ctx);
    return this.dataSource
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.state_iso3 = :iso3', { iso3: p.iso3 })
      .orderBy('r.received_on', 'DESC')
      .addOrderBy('r.id')
      .getMany();
  }

  @ResolveField(() => [AssistanceRequestModel], { description: 'Open requests no activity answers yet (not for donors).' })
  unansweredNeeds(@Parent() p: StateProfileModel, @Context() ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    this.forbidDonors(ctx);
    return this.dataSource
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.state_iso3 = :iso3', { iso3: p.iso3 })
      .andWhere(`r.status NOT IN ('FULFILLED', 'DECLINED', 'WITHDRAWN')`)
      .andWhere('NOT EXISTS (SELECT 1 FROM activity_request ar WHERE ar.request_id = r.id)')
      .orderBy('r.received_on', 'DESC')
      .getMany();
  }

  @ResolveField(() => [ActivityModel], {
    description: 'Activities that name it, answer its requests, or delivered a workshop it took part in.',
  })
  activities(@Parent() p: StateProfileModel): Promise<ActivityModel[]> {
    return this.dataSource
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .where(
        `(:iso3 = ANY (a.beneficiary_states)
          OR EXISTS (SELECT 1 FROM activity_request ar JOIN assistance_request r ON r.id = ar.request_id
                      WHERE ar.activity_id = a.id AND r.state_iso3 = :iso3)
          OR EXISTS (SELECT 1 FROM workshop w JOIN workshop_participant wp ON wp.workshop_id = w.id
                      WHERE w.activity_id = a.id AND wp.state_iso3 = :iso3))`,
        { iso3: p.iso3 },
      )
      .orderBy('a.code')
      .getMany();
  }

  @ResolveField(() => [WorkshopModel], { description: 'Workshops it took part in.' })
  workshops(@Parent() p: StateProfileModel): Promise<WorkshopModel[]> {
    return this.dataSource
      .getRepository(WorkshopEntity)
      .createQueryBuilder('w')
      .where('EXISTS (SELECT 1 FROM workshop_participant wp WHERE wp.workshop_id = w.id AND wp.state_iso3 = :iso3)', { iso3: p.iso3 })
      .orderBy('w.starts_on')
      .getMany();
  }

  @ResolveField(() => [ExpertModel], { description: 'Experts of its nationality.' })
  experts(@Parent() p: StateProfileModel): Promise<ExpertModel[]> {
    return this.dataSource.getRepository(ExpertEntity).find({ where: { nationalityIso3: p.iso3 }, order: { name: 'ASC' } });
  }

  @ResolveField(() => [PartyStatusModel], { description: 'Party status under each instrument, where known.' })
  async parties(@Parent() p: StateProfileModel): Promise<PartyStatusModel[]> {
    const rows: Array<{ instrument_code: string; status: string; since: string | null }> = await this.dataSource.query(
      `SELECT sp.instrument_code, sp.status, sp.since FROM state_party sp JOIN instrument i ON i.code = sp.instrument_code
        WHERE sp.state_iso3 = $1 ORDER BY i.sort_order`,
      [p.iso3],
    );
    return rows.map((r) => ({ instrumentCode: r.instrument_code, status: r.status, since: r.since }));
  }

  private forbidDonors(ctx: GraphQLContext): void {
    if (currentActor(ctx).role === 'DONOR') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Donors see the programme’s needs as counts, not State by State.');
    }
  }
}
