import { REPORT_FORMATS_WITH_FIGURES } from '@ta/domain';
import { Processor } from '@nestjs/bullmq';
import type { Actor } from '../../../infra/auth/actor.js';
import { LiveEvents } from '../../../infra/live/live-events.js';
import {
  TRACKED_JOB_WORKER,
  TrackedJob,
  type JobUser,
  type TrackedPayload,
  type TrackedRun,
} from '../../../infra/queue/tracked-job.js';
import { AccessPolicies } from '../../access/access-policies.service.js';
import type { AccessPolicy } from '../../access/access.policy.js';
import { UsersService } from '../../accounts/users.service.js';
import type { ReportFigures } from '../exports/report-figures.types.js';
import { PDF, pdfOfFigures } from '../exports/pdf-report.export.js';
import { XLSX, xlsxOfFigures } from '../exports/xlsx-report.export.js';
import { ReportFormat } from '../models/report.model.js';
import { ReportsRepository, type ReportFile, type ReportJobRow } from '../reports.repository.js';
import { ReportExportSources } from './report-export-sources.service.js';
import { ReportFigureSources } from './report-figure-sources.service.js';

export const REPORTS_QUEUE = 'reports';

/** A report to make: the id of its row in `report`. */
export type GenerateReportPayload = TrackedPayload;

/** Makes a report's file as the user who asked for it could see it, telling its progress as it goes. */
@Processor(REPORTS_QUEUE, TRACKED_JOB_WORKER)
export class GenerateReportJob extends TrackedJob<ReportJobRow, ReportFile, AccessPolicy> {
  protected readonly failureMessage =
    'The report could not be made; ask again, and if it fails again tell the secretariat.';

  constructor(
    protected readonly store: ReportsRepository,
    private readonly users: UsersService,
    private readonly policies: AccessPolicies,
    private readonly live: LiveEvents,
    private readonly figureSources: ReportFigureSources,
    private readonly exportSources: ReportExportSources,
  ) {
    super();
  }

  /** reportProgress: every API process hears of the report's progress. */
  protected override announce(id: string): Promise<void> {
    return this.live.publish(null, { topic: 'report', kind: 'PROGRESS', ids: [id] });
  }

  protected async findUser(userId: string): Promise<JobUser | null> {
    const [user] = await this.users.findByIds([userId]);
    return user ?? null;
  }

  protected policyFor(actor: Actor): AccessPolicy {
    return this.policies.forActor(actor);
  }

  protected async run({ id, row, policy, progress }: TrackedRun<ReportJobRow, AccessPolicy>): Promise<ReportFile> {
    await progress(1);
    if ((REPORT_FORMATS_WITH_FIGURES as readonly string[]).includes(row.format)) {
      return this.fromFigures(id, row, policy, progress);
    }
    return this.exportSources.make(row, policy, progress);
  }

  /**
   * An XLSX or PDF report: its figures are read once, in one consistent snapshot, and kept with the report (a
   * retried job finds them kept and does not read again); the file is rendered from the kept figures only.
   */
  private async fromFigures(
    id: string,
    row: ReportJobRow,
    policy: AccessPolicy,
    progress: (percent: number) => Promise<void>,
  ): Promise<ReportFile> {
    let figures: ReportFigures | null = await this.store.figuresOf(id);
    if (!figures) {
      figures = await this.figureSources.read(row, policy, progress);
      await this.store.saveFigures(id, figures, new Date(figures.asAt));
    }
    await progress(60);
    const pdf = row.format === ReportFormat.PDF;
    const content = pdf ? await pdfOfFigures(figures) : await xlsxOfFigures(figures);
    const stamp = figures.asAt.slice(0, 10);
    return {
      rows: figures.sections.reduce((n, s) => n + s.rows.length, 0),
      fileName: `${row.kind.toLowerCase().replace(/_/g, '-')}-${figures.language.toLowerCase()}-${stamp}.${pdf ? 'pdf' : 'xlsx'}`,
      contentType: pdf ? PDF : XLSX,
      content,
    };
  }
}
