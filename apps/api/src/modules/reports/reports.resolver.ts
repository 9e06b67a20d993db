import { Args, Context, ID, Mutation, Query, Resolver, Subscription } from '@nestjs/graphql';
import { AnyUser } from '../../infra/auth/access.decorator.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import { ReportFilter, ReportOptionsInput } from './dto/report-options.input.js';
import { ReportChangeModel, ReportFormat, ReportKind, ReportModel } from './models/report.model.js';
import type { FigureChange } from './exports/report-compare.types.js';
import { Language } from '../reference/models/language.model.js';
import { ReportsService } from './reports.service.js';

@Resolver(() => ReportModel)
export class ReportsResolver {
  constructor(
    private readonly reports: ReportsService,
    private readonly policies: AccessPolicies,
    private readonly live: LiveEvents,
  ) {}

  @AnyUser()
  @Mutation(() => ReportModel, {
    description:
      'Starts making a report in the background; follow its progress with the `reportProgress(id)` subscription ' +
      '(or poll `report(id)`).',
  })
  requestReport(
    @Args('kind', { type: () => ReportKind }) kind: ReportKind,
    @Context() ctx: GraphQLContext,
    @Args('options', { type: () => ReportOptionsInput, nullable: true }) options?: ReportOptionsInput,
    @Args('idempotencyKey', {
      type: () => String,
      nullable: true,
      description: 'Sent again with the same options, answers the report first asked for; creates no second one.',
    })
    idempotencyKey?: string,
    @Args('format', {
      type: () => ReportFormat,
      nullable: true,
      description: 'The file to make; by default the kind’s first (CSV, XML for IATI_ACTIVITIES, XLSX for the others).',
    })
    format?: ReportFormat,
    @Args('language', {
      type: () => Language,
      nullable: true,
      description: 'The language of the report (labels, names, dates); default `options.language`, else EN.',
    })
    language?: Language,
    @Args('filter', {
      type: () => ReportFilter,
      nullable: true,
      description: 'Whom or what the report is about: a donor, a State, years, a priority area.',
    })
    filter?: ReportFilter,
  ): Promise<ReportModel> {
    const asked = { ...(options ?? {}), ...(language ? { language } : {}) };
    return this.reports.request(kind, this.policies.of(ctx), asked, idempotencyKey, format, filter);
  }

  @AnyUser()
  @Query(() => ReportModel, { nullable: true, description: 'One of your reports (administrators: anyone’s).' })
  report(@Args('id', { type: () => ID }) id: string, @Context() ctx: GraphQLContext): Promise<ReportModel | null> {
    return this.reports.get(id, this.policies.of(ctx));
  }

  @AnyUser()
  @Query(() => [ReportChangeModel], {
    description:
      'What changed in cost, money, counts and results between two snapshots (XLSX or PDF) of the same kind of report of yours: `a` before, `b` after.',
  })
  compareReports(
    @Args('a', { type: () => ID }) a: string,
    @Args('b', { type: () => ID }) b: string,
    @Context() ctx: GraphQLContext,
  ): Promise<FigureChange[]> {
    return this.reports.compare(a, b, this.policies.of(ctx));
  }

  @AnyUser()
  @Query(() => [ReportModel], { description: 'Your latest reports.' })
  myReports(@Context() ctx: GraphQLContext): Promise<ReportModel[]> {
    return this.reports.mine(this.policies.of(ctx));
  }

  @AnyUser()
  @Subscription(() => ReportModel, {
    resolve: (report: ReportModel) => report,
    description:
      'A report as it is now, then again at each step of its making until it is done or failed (WebSocket). Only ' +
      'whoever may see the report (its requester; administrators anyone’s); any other id answers nothing.',
  })
  reportProgress(
    @Args('id', { type: () => ID }) id: string,
    @Context() ctx: GraphQLContext,
  ): AsyncIterableIterator<ReportModel> {
    const policy = this.policies.of(ctx);
    const now = async (): Promise<ReportModel[]> => {
      const report = await this.reports.get(id, policy);
      return report ? [report] : [];
    };
    return this.live.stream(async (event) => {
      if (event.topic !== 'report' || !event.ids.includes(id)) return [];
      if (ctx.socket && !(await ctx.socket.stillSignedIn())) return [];
      return now();
    }, now);
  }
}
