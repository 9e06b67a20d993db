import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, AnyUser } from '../../infra/auth/access.decorator.js';
import { groupByKeys, type GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { inLanguage, InLanguage, Language } from '../reference/models/language.model.js';
import { ChecklistsException } from './checklists.exception.js';
import { ChecklistsService } from './checklists.service.js';
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

  @ResolveField(() => [ChecklistQuestionModel], { description: 'The current version of its questionnaire, in order.' })
  questions(cycle: ReportingCycleModel, _args: unknown, ctx: GraphQLContext): Promise<ChecklistQuestionModel[]> {
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

  @ResolveField(() => [ChecklistAnswerModel], { description: 'Its answers, in the questionnaire’s order.' })
  answers(entry: ChecklistEntryModel, _args: unknown, ctx: GraphQLContext): Promise<ChecklistAnswerModel[]> {
    return ctx.loaders
      .get('entryAnswers', async (ids: readonly string[]) =>
        groupByKeys(ids, await this.checklists.answersOfEntries(ids), (a) => a.entryId),
      )
      .load(entry.id);
  }
}
