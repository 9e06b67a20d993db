import { REPORT_FORMATS_WITH_FIGURES } from '@ta/domain';
import { Processor } from '@nestjs/bullmq';
import { Inject } from '@nestjs/common';
import type { Actor } from '../../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../../infra/config/app-config.js';
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
import { DonorsService } from '../../donors/donors.service.js';
import { FundingGapRepository } from '../../funding/funding-gap.repository.js';
import { FundingRepository } from '../../funding/funding.repository.js';
import { FundingGapService } from '../../funding/funding-gap.service.js';
import { OrganisationsRepository } from '../../organisations/organisations.repository.js';
import { ProgrammeRepository } from '../../programme/programme.repository.js';
import { ProgrammeService } from '../../programme/programme.service.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { RequestsService } from '../../requests/requests.service.js';
import { assistanceRequestsExport } from '../exports/assistance-requests.export.js';
import { fundingGapsExport } from '../exports/funding-gaps.export.js';
import { nameBook } from '../exports/export.types.js';
import { iatiActivitiesExport } from '../exports/iati-activities.export.js';
import { ReportFiguresBuilder } from '../exports/report-figures.builder.js';
import type { ReportFigures } from '../exports/report-figures.types.js';
import { PDF, pdfOfFigures } from '../exports/pdf-report.export.js';
import { XLSX, xlsxOfFigures } from '../exports/xlsx-report.export.js';
import { ResultsRepository } from '../../results/results.repository.js';
import { ChecklistsRepository } from '../../checklists/checklists.repository.js';
import { DeliveryRepository } from '../../delivery/delivery.repository.js';
import { ReportFormat, ReportKind } from '../models/report.model.js';
import { ReportsRepository, type ReportFile, type ReportJobRow } from '../reports.repository.js';

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
    private readonly programmeRows: ProgrammeRepository,
    private readonly fundingRows: FundingRepository,
    private readonly gapRows: FundingGapRepository,
    private readonly funding: FundingGapService,
    private readonly programme: ProgrammeService,
    private readonly requests: RequestsService,
    private readonly reference: ReferenceService,
    private readonly donors: DonorsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisationRows: OrganisationsRepository,
    private readonly live: LiveEvents,
    private readonly resultRows: ResultsRepository,
    private readonly deliveryRows: DeliveryRepository,
    private readonly checklistRows: ChecklistsRepository,
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
    const options = row.options ?? {};
    if ((REPORT_FORMATS_WITH_FIGURES as readonly string[]).includes(row.format)) {
      return this.fromFigures(id, row, policy, progress);
    }
    if (row.kind === ReportKind.IATI_ACTIVITIES) {
      return iatiActivitiesExport(
        this.programmeRows,
        this.fundingRows,
        this.organisationRows,
        this.config.IATI_ORG_REF,
        options,
        progress,
        this.deliveryRows,
        this.resultRows,
      );
    }
    const names = nameBook(await this.reference.states(), await this.reference.priorityAreas(), options.language);
    switch (row.kind) {
      case ReportKind.FUNDING_GAPS: {
        const [donor] = options.donorId ? await this.donors.findByIds([options.donorId]) : [];
        return fundingGapsExport(this.funding, this.programme, policy, options, names, donor ?? null, progress);
      }
      case ReportKind.ASSISTANCE_REQUESTS:
        return assistanceRequestsExport(this.requests, policy, options, names, progress);
      default:
        throw new Error(`The ${row.kind} report is made as XLSX or PDF, not ${row.format}.`);
    }
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
      const options = row.options ?? {};
      const names = nameBook(await this.reference.states(), await this.reference.priorityAreas(), options.language);
      const [donor] = options.donorId ? await this.donors.findByIds([options.donorId]) : [];
      await progress(10);
      figures = await new ReportFiguresBuilder(
        {
          reports: this.store,
          funding: this.gapRows,
          programme: this.programmeRows,
          results: this.resultRows,
          checklists: this.checklistRows,
        },
        policy,
        options,
        names,
      ).read(row.kind, {
        donor: donor ? { id: donor.id, name: donor.name } : null,
        state: options.stateIso3 ? { iso3: options.stateIso3 } : null,
      });
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
