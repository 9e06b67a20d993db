import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { byKeys, groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { StateModel } from '../reference/models/state.model.js';
import { ActivityModel } from '../programme/models/activity.model.js';
import { AssistanceRequestModel } from '../requests/models/assistance-request.model.js';
import { LegislationFilter } from './dto/legislation.filter.js';
import { LegislationService } from './legislation.service.js';
import { LegislationConnection, LegislationFileModel, LegislationModel } from './models/legislation.model.js';

@Resolver(() => LegislationModel)
export class LegislationResolver {
  constructor(
    private readonly library: LegislationService,
    private readonly policies: AccessPolicies,
  ) {}

  @Allow('programme.edit')
  @Mutation(() => LegislationModel, {
    description: 'Links a law to the request or the activity it concerns (one of the two). Again: nothing new.',
  })
  linkLegislation(
    @Args('legislationId', { type: () => ID }) legislationId: string,
    @Context() ctx: GraphQLContext,
    @Args('requestId', { type: () => ID, nullable: true }) requestId?: string,
    @Args('activityId', { type: () => ID, nullable: true }) activityId?: string,
  ): Promise<LegislationModel> {
    return this.library.link(legislationId, { requestId, activityId }, this.policies.of(ctx));
  }

  @Allow('legislation.edit')
  @Mutation(() => LegislationModel, {
    description:
      'Stores a law’s PDF in the legal library, replacing the one before (audited). `content` is the file in base64: ' +
      'refused (BAD_USER_INPUT on content) when its bytes are not a PDF’s, whatever its name, or past the limit ' +
      '(LEGISLATION_FILE_LIMITS). `confidential: true`: only those who read the State’s confidential text download it.',
  })
  uploadLegislationFile(
    @Args('legislationId', { type: () => ID }) legislationId: string,
    @Args('fileName') fileName: string,
    @Args('content', { description: 'The PDF’s bytes in base64.' }) content: string,
    @Context() ctx: GraphQLContext,
    @Args('confidential', { type: () => Boolean, nullable: true }) confidential?: boolean | null,
  ): Promise<LegislationModel> {
    return this.library.uploadFile(legislationId, { fileName, content, confidential }, this.policies.of(ctx));
  }

  @ResolveField(() => LegislationFileModel, { nullable: true, description: 'Its PDF, when one is stored.' })
  async file(@Parent() law: LegislationModel, @Context() ctx: GraphQLContext): Promise<LegislationFileModel | null> {
    const file = await ctx.loaders
      .get('legislationFile', async (ids: readonly string[]) =>
        byKeys(ids, await this.library.filesOf(ids), (f) => f.legislationId),
      )
      .load(law.id);
    if (!file) return null;
    const mayDownload = await this.policies.of(ctx).mayDownloadLegislationFile(file);
    return {
      fileName: file.fileName,
      sizeBytes: file.sizeBytes,
      confidential: file.confidential,
      uploadedAt: file.uploadedAt,
      downloadUrl: mayDownload ? `/api/legislation/${law.id}/file` : null,
    };
  }

  @AnyUser()
  @Query(() => LegislationConnection, {
    description:
      'The legal library: laws by State, instrument and language, and a full-text search of titles and summaries ' +
      'in English, French and Spanish; by title, paged.',
  })
  legislation(
    @Args('filter', { type: () => LegislationFilter, nullable: true }) filter?: LegislationFilter,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 50 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
  ): Promise<Connection<LegislationModel>> {
    return this.library.list(filter ?? {}, first, after);
  }
}

@Resolver(() => StateModel)
export class StateLegislationFieldsResolver {
  constructor(private readonly library: LegislationService) {}

  @ResolveField(() => [LegislationModel], { description: 'Its laws in the legal library, newest first.' })
  legislation(state: StateModel, _args: unknown, ctx: GraphQLContext): Promise<LegislationModel[]> {
    return ctx.loaders
      .get('stateLegislation', async (iso3s: readonly string[]) =>
        groupByKeys(iso3s, await this.library.ofStates(iso3s), (l) => l.stateIso3.trim()),
      )
      .load(state.iso3);
  }
}

@Resolver(() => AssistanceRequestModel)
export class RequestLegislationFieldsResolver {
  constructor(private readonly library: LegislationService) {}

  @ResolveField(() => [LegislationModel], { description: 'The laws this request concerns (the legal library).' })
  legislation(request: AssistanceRequestModel, _args: unknown, ctx: GraphQLContext): Promise<LegislationModel[]> {
    return ctx.loaders
      .get('requestLegislation', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.library.ofRequests(ids), (l) => l.targetId).map((rows) => rows.map((r) => r.law)),
      )
      .load(request.id);
  }
}

@Resolver(() => ActivityModel)
export class ActivityLegislationFieldsResolver {
  constructor(private readonly library: LegislationService) {}

  @ResolveField(() => [LegislationModel], { description: 'The laws this activity concerns (the legal library).' })
  legislation(@Parent() activity: ActivityModel, @Context() ctx: GraphQLContext): Promise<LegislationModel[]> {
    return ctx.loaders
      .get('activityLegislation', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.library.ofActivities(ids), (l) => l.targetId).map((rows) => rows.map((r) => r.law)),
      )
      .load(activity.id);
  }
}
