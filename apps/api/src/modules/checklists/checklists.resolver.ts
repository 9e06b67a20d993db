import { Args, Context, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { inLanguage, InLanguage, Language } from '../reference/models/language.model.js';
import { ChecklistsException } from './checklists.exception.js';
import { ChecklistsService } from './checklists.service.js';
import { PublishQuestionnaireVersionInput } from './dto/publish-questionnaire-version.input.js';
import { SubmitChecklistInput } from './dto/submit-checklist.input.js';
import {
  ChecklistAnswerModel,
  ChecklistEntryModel,
  ChecklistQuestionModel,
  ReportedCountModel,
  ReportingCycleModel,
  StateReportingModel,
} from './models/checklist.model.js';

@Resolver(() => ReportingCycleModel)
export class ChecklistsResolver {
  constructor(
    private readonly checklists: ChecklistsService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => [ReportingCycleModel], { description: 'The reporting cycles, newest first.' })
  reportingCycles(): Promise<ReportingCycleModel[]> {
    return this.checklists.cycles();
  }

  @AnyUser()
  @Query(() => ReportingCycleModel, {
    description: 'One reporting cycle, with its questionnaire and who has reported.',
  })
  async reportingCycle(@Args('id', { type: () => ID }) id: string): Promise<ReportingCycleModel> {
    const cycle = await this.checklists.cycle(id);
    if (!cycle) throw ChecklistsException.cycleNotFound(id, 'id');
    return cycle;
  }

  @Allow('checklists.enter')
  @Mutation(() => ChecklistEntryModel, {
    description:
      'Saves a State’s checklist in a cycle as a draft (submit: false) or submits it (a field office for its ' +
      'States). `expectedVersion` is the entry’s version you read (null for the first save). Audited.',
  })
  submitChecklist(
    @Args('input') input: SubmitChecklistInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ChecklistEntryModel> {
    return this.checklists.submit(input, this.policies.of(ctx));
  }

  @Allow('checklists.accept')
  @Mutation(() => ChecklistAnswerModel, {
    description:
      'Accepts a submitted answer’s need for technical assistance: it becomes one assistance request (channel ' +
      '"checklist") linked to the answer, or joins the State’s open request for the same need. Again: no second one.',
  })
  acceptChecklistNeed(
    @Args('answerId', { type: () => ID }) answerId: string,
    @Context() ctx: GraphQLContext,
  ): Promise<ChecklistAnswerModel> {
    return this.checklists.acceptNeed(answerId, this.policies.of(ctx));
  }

  @Allow('checklists.publishQuestionnaire')
  @Mutation(() => ReportingCycleModel, {
    description:
      'Publishes a new version of the cycle’s questionnaire (the secretariat): `questions` are every question of ' +
      'version N+1, in order, where N is `expectedVersion`, the cycle’s current version (else CONFLICT, ' +
      'STALE_VERSION). One transaction; audited. How entries answer it: a submitted entry (SUBMITTED or ' +
      'UPDATED) stays on the version it was submitted under, its answers read against that version’s questions; ' +
      'an entry not yet submitted (a draft) moves to the new version, carrying the answers whose question `code` ' +
      'is still in it, while answers to removed questions are left out but kept (read them with ' +
      '`answers(version:)`); when a State later updates a submitted entry, the update answers the current ' +
      'version, its answers carried by code the same way.',
  })
  publishQuestionnaireVersion(
    @Args('input') input: PublishQuestionnaireVersionInput,
    @Context() ctx: GraphQLContext,
  ): Promise<ReportingCycleModel> {
    return this.checklists.publishQuestionnaireVersion(input, this.policies.of(ctx));
  }

  @ResolveField(() => [ChecklistQuestionModel], {
    description: 'A version of its questionnaire, in order: the current one unless `version` is given.',
  })
  questions(
    @Parent() cycle: ReportingCycleModel,
    @Context() ctx: GraphQLContext,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<ChecklistQuestionModel[]> {
    if (version != null && version !== cycle.questionnaireVersion) {
      return questionsOfVersion(ctx, this.checklists, cycle.id, version);
    }
    return ctx.loaders
      .get('cycleQuestions', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.checklists.questionsOfCycles(ids), (q) => q.cycleId),
      )
      .load(cycle.id);
  }

  @ResolveField(() => [ChecklistEntryModel], {
    description: 'The States’ checklists in this cycle (one State’s with `stateIso3`), with their answers.',
  })
  answersByState(
    @Parent() cycle: ReportingCycleModel,
    @Context() ctx: GraphQLContext,
    @Args('stateIso3', { type: () => String, nullable: true }) stateIso3?: string | null,
  ): Promise<ChecklistEntryModel[]> {
    return this.checklists.entries(this.policies.of(ctx), cycle.id, stateIso3 ?? null);
  }

  @ResolveField(() => [StateReportingModel], {
    description: 'Every State and where its checklist stands in this cycle (NOT_STARTED: no entry).',
  })
  reportedByState(cycle: ReportingCycleModel): Promise<StateReportingModel[]> {
    return this.checklists.reportingByState(cycle.id);
  }

  @ResolveField(() => [ReportedCountModel], { description: 'Who has reported, by region (counted in SQL).' })
  reportedCounts(cycle: ReportingCycleModel): Promise<ReportedCountModel[]> {
    return this.checklists.reportedCounts(cycle.id);
  }
}

@Resolver(() => ChecklistQuestionModel)
export class ChecklistQuestionFieldsResolver {
  @InLanguage('ChecklistQuestion', () => String)
  section(q: ChecklistQuestionModel, lang: Language): string {
    return inLanguage({ en: q.sectionEn, fr: q.sectionFr, es: q.sectionEs }, lang);
  }

  @InLanguage('ChecklistQuestion', () => String)
  text(q: ChecklistQuestionModel, lang: Language): string {
    return inLanguage({ en: q.textEn, fr: q.textFr, es: q.textEs }, lang);
  }
}

@Resolver(() => ChecklistEntryModel)
export class ChecklistEntryFieldsResolver {
  constructor(private readonly checklists: ChecklistsService) {}

  @ResolveField(() => [ChecklistAnswerModel], {
    description:
      'Its answers to the version of the questionnaire it answers (`questionnaireVersion`), in its order; with ' +
      '`version`, its answers to that version (e.g. those a newer version left out).',
  })
  answers(
    @Parent() entry: ChecklistEntryModel,
    @Context() ctx: GraphQLContext,
    @Args('version', { type: () => Int, nullable: true }) version?: number | null,
  ): Promise<ChecklistAnswerModel[]> {
    const at = version ?? null;
    return ctx.loaders
      .get(`entryAnswers:${at ?? 'own'}`, async (ids: readonly string[]) =>
        groupByKeys(ids, await this.checklists.answersOfEntries(ids, at), (a) => a.entryId),
      )
      .load(entry.id);
  }

  @ResolveField(() => [ChecklistQuestionModel], {
    description: 'The questions of the version of the questionnaire it answers, in order.',
  })
  questions(@Parent() entry: ChecklistEntryModel, @Context() ctx: GraphQLContext): Promise<ChecklistQuestionModel[]> {
    return questionsOfVersion(ctx, this.checklists, entry.cycleId, entry.questionnaireVersion);
  }
}

/** A version of a cycle's questionnaire, batched for a page (one statement for every cycle and version asked). */
function questionsOfVersion(
  ctx: GraphQLContext,
  checklists: ChecklistsService,
  cycleId: string,
  version: number,
): Promise<ChecklistQuestionModel[]> {
  return ctx.loaders
    .get('questionsOfVersion', async (keys: readonly string[]) =>
      groupByKeys(keys, await checklists.questionsOfVersions(keys), (q) => `${q.cycleId}:${q.questionnaireVersion}`),
    )
    .load(`${cycleId}:${version}`);
}
