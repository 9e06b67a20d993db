import { Args, Context, ID, Int, Mutation, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { currentActor } from '../../infra/auth/current-actor.js';
import { byKeys, groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { ExpertModel } from '../experts/models/expert.model.js';
import { ExpertsService } from '../experts/experts.service.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { activityLoaders } from '../programme/programme.resolver.js';
import { ProgrammeService } from '../programme/programme.service.js';
import { FieldOfficeModel } from '../reference/models/field-office.model.js';
import { InLanguage, isUnofficialTranslation, Language, translated } from '../reference/models/language.model.js';
import { StateModel } from '../reference/models/state.model.js';
import { referenceLoaders } from '../reference/reference.loaders.js';
import { ReferenceService } from '../reference/reference.service.js';
import { AssistanceRequestModel } from '../requests/models/assistance-request.model.js';
import { RequestsService } from '../requests/requests.service.js';
import { OrganisationWorkshopRoleModel } from '../organisations/models/organisation.model.js';
import { CreateWorkshopInput, WorkshopFilter, WorkshopOutcomeInput } from './dto/workshop.input.js';
import {
  WorkshopConnection,
  WorkshopModel,
  WorkshopOutcomeModel,
  WorkshopParticipantModel,
} from './models/workshop.model.js';
import { WorkshopsService } from './workshops.service.js';

/** The workshops by id, one statement per request, shared by the field resolvers that reach a workshop. */
function workshopLoader(ctx: GraphQLContext, service: WorkshopsService) {
  return ctx.loaders.get('workshop', async (ids: readonly string[]) =>
    byKeys(ids, await service.byIds(ids), (w) => w.id),
  );
}

@Resolver(() => WorkshopModel)
export class WorkshopsResolver {
  constructor(
    private readonly workshopsService: WorkshopsService,
    private readonly programme: ProgrammeService,
    private readonly reference: ReferenceService,
    private readonly expertsService: ExpertsService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => WorkshopConnection, { description: 'Workshops, earliest first.' })
  workshops(
    @Args('filter', { type: () => WorkshopFilter, nullable: true }) filter?: WorkshopFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<WorkshopModel>> {
    return this.workshopsService.list(filter ?? {}, first, after);
  }

  @AnyUser()
  @Query(() => WorkshopModel, { nullable: true })
  workshop(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<WorkshopModel | null> {
    return this.loader(ctx).load(id);
  }

  @Allow('programme.edit')
  @Mutation(() => WorkshopModel)
  createWorkshop(@Args('input') input: CreateWorkshopInput, @Context() ctx: GraphQLContext): Promise<WorkshopModel> {
    return this.workshopsService.create(input, currentActor(ctx));
  }

  @Allow('workshops.recordOutcome')
  @Mutation(() => WorkshopModel, {
    description:
      'Records a workshop’s outcome; each follow-up need becomes an assistance request (channel "workshop").',
  })
  recordWorkshopOutcome(
    @Args('workshopId', { type: () => ID }) workshopId: string,
    @Args('input') input: WorkshopOutcomeInput,
    @Context() ctx: GraphQLContext,
    @Args('expectedVersion', { type: () => Int, nullable: true }) expectedVersion?: number,
  ): Promise<WorkshopModel> {
    return this.workshopsService.recordOutcome(workshopId, input, this.policies.of(ctx), { expectedVersion });
  }

  @InLanguage('Workshop', () => String, {
    description: 'The title in the asked language (the English where not translated).',
  })
  title(w: WorkshopModel, lang: Language): string {
    return translated({ en: w.title, fr: w.titleFr, es: w.titleEs }, lang);
  }

  @InLanguage('Workshop', () => String, { description: 'The city (the venue) as the asked language writes it.' })
  city(w: WorkshopModel, lang: Language): string {
    return translated({ en: w.city, fr: w.cityFr, es: w.cityEs }, lang);
  }

  @InLanguage('Workshop', () => Boolean, {
    description:
      'True when the title in the asked language is a translation made for this tool, not the UN’s own text (shown as such).',
  })
  unofficialTranslation(w: WorkshopModel, lang: Language): boolean {
    const text = { en: w.title, fr: w.titleFr, es: w.titleEs };
    return isUnofficialTranslation(text, w.translationsOfficial ?? false, lang);
  }

  @ResolveField(() => ActivityModel, { nullable: true, description: 'The activity it delivers.' })
  activity(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<ActivityModel | null> {
    if (!w.activityId) return Promise.resolve(null);
    return activityLoaders(ctx, this.programme).activity().load(w.activityId);
  }

  @ResolveField(() => FieldOfficeModel, { nullable: true, description: 'The office that organised it.' })
  fieldOffice(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<FieldOfficeModel | null> {
    if (!w.fieldOfficeCode) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).fieldOffice().load(w.fieldOfficeCode);
  }

  @ResolveField(() => Boolean, {
    description: 'Whether you may record its outcome (your role, and for field offices your region).',
  })
  async mayRecordOutcome(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return w.status !== 'CANCELLED' && (await this.policies.of(ctx).mayRecordOutcome(w));
  }

  @ResolveField(() => Boolean, {
    description:
      'Whether the access policy lets you record its outcome: the secretariat any workshop, a field office those it organised or held in a State it covers.',
  })
  viewerMayRecordOutcome(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<boolean> {
    return this.policies.of(ctx).mayRecordOutcome(w);
  }

  @ResolveField(() => StateModel, { nullable: true })
  country(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel | null> {
    if (!w.countryIso3) return Promise.resolve(null);
    return referenceLoaders(ctx.loaders, this.reference).state().load(w.countryIso3);
  }

  @ResolveField(() => [WorkshopParticipantModel])
  participants(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<WorkshopParticipantModel[]> {
    return ctx.loaders
      .get('workshopParticipants', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.workshopsService.participantsOf(ids), (p) => p.workshopId),
      )
      .load(w.id);
  }

  @ResolveField(() => [ExpertModel], { description: 'Experts who served as resource persons.' })
  experts(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<ExpertModel[]> {
    return ctx.loaders
      .get('workshopExperts', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.expertsService.ofWorkshops(ids), (e) => e.workshopId).map((rows) =>
          rows.map((r) => r.expert),
        ),
      )
      .load(w.id);
  }

  @ResolveField(() => WorkshopOutcomeModel, { nullable: true })
  outcome(w: WorkshopModel, _args: unknown, ctx: GraphQLContext): Promise<WorkshopOutcomeModel | null> {
    return ctx.loaders
      .get('workshopOutcome', async (ids: readonly string[]) =>
        byKeys(ids, await this.workshopsService.outcomesOf(ids), (o) => o.workshopId),
      )
      .load(w.id);
  }

  private loader(ctx: GraphQLContext) {
    return workshopLoader(ctx, this.workshopsService);
  }
}

@Resolver(() => WorkshopParticipantModel)
export class WorkshopParticipantResolver {
  constructor(private readonly reference: ReferenceService) {}

  @ResolveField(() => StateModel)
  async state(p: WorkshopParticipantModel, _args: unknown, ctx: GraphQLContext): Promise<StateModel> {
    return (await referenceLoaders(ctx.loaders, this.reference).state().load(p.stateIso3))!;
  }
}

@Resolver(() => WorkshopOutcomeModel)
export class WorkshopOutcomeResolver {
  constructor(
    private readonly requests: RequestsService,
    private readonly policies: AccessPolicies,
  ) {}

  @ResolveField(() => String, { description: 'Who recorded it (for donors: the office).' })
  recordedBy(o: WorkshopOutcomeModel, _args: unknown, ctx: GraphQLContext): string {
    return this.policies.of(ctx).staffLabel(o.recordedBy);
  }

  @ResolveField(() => [AssistanceRequestModel], { description: 'The follow-up needs raised, as requests.' })
  followUpRequests(o: WorkshopOutcomeModel, _args: unknown, ctx: GraphQLContext): Promise<AssistanceRequestModel[]> {
    // Those who do not read requests (donors) see the programme's needs as counts only.
    if (!this.policies.of(ctx).can('requests.read')) return Promise.resolve([]);
    return ctx.loaders
      .get('workshopFollowUps', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.requests.raisedAtWorkshops(ids), (r) => r.workshopId!),
      )
      .load(o.workshopId);
  }
}

/** From a follow-up request back to the workshop that raised it. */
@Resolver(() => AssistanceRequestModel)
export class RequestWorkshopResolver {
  constructor(private readonly workshopsService: WorkshopsService) {}

  @ResolveField(() => WorkshopModel, { nullable: true, description: 'The workshop whose outcome raised it.' })
  workshop(r: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<WorkshopModel | null> {
    if (!r.workshopId) return Promise.resolve(null);
    return workshopLoader(ctx, this.workshopsService).load(r.workshopId);
  }
}

/** From an activity to the workshops that deliver it. */
@Resolver(() => ActivityModel)
export class ActivityWorkshopsResolver {
  constructor(private readonly workshopsService: WorkshopsService) {}

  @ResolveField(() => [WorkshopModel], { description: 'The workshops that deliver it.' })
  workshops(a: ActivityModel, _args: unknown, ctx: GraphQLContext): Promise<WorkshopModel[]> {
    return ctx.loaders
      .get('activityWorkshops', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.workshopsService.ofActivities(ids), (w) => w.activityId!),
      )
      .load(a.id);
  }
}

/** From an organisation's role to the workshop itself (the organisations module knows only the link). */
@Resolver(() => OrganisationWorkshopRoleModel)
export class OrganisationWorkshopResolver {
  constructor(private readonly workshopsService: WorkshopsService) {}

  @ResolveField(() => WorkshopModel)
  workshop(r: OrganisationWorkshopRoleModel, _args: unknown, ctx: GraphQLContext): Promise<WorkshopModel> {
    return workshopLoader(ctx, this.workshopsService).load(r.workshopId) as Promise<WorkshopModel>;
  }
}
