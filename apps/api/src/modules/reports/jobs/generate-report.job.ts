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
import { FundingRepository } from '../../funding/funding.repository.js';
import { FundingService } from '../../funding/funding.service.js';
import { OrganisationsRepository } from '../../organisations/organisations.repository.js';
import { ProgrammeRepository } from '../../programme/programme.repository.js';
import { ProgrammeService } from '../../programme/programme.service.js';
import { ReferenceService } from '../../reference/reference.service.js';
import { RequestsService } from '../../requests/requests.service.js';
import { assistanceRequestsExport } from '../exports/assistance-requests.export.js';
import { fundingGapsExport } from '../exports/funding-gaps.export.js';
import { nameBook } from '../exports/export.types.js';
import { iatiActivitiesExport } from '../exports/iati-activities.export.js';
import { ReportKind } from '../models/report.model.js';
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
    private readonly funding: FundingService,
    private readonly programme: ProgrammeService,
    private readonly requests: RequestsService,
    private readonly reference: ReferenceService,
    private readonly donors: DonorsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly organisationRows: OrganisationsRepository,
    private readonly live: LiveEvents,
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

  protected async run({ row, policy, progress }: TrackedRun<ReportJobRow, AccessPolicy>): Promise<ReportFile> {
    await progress(1);
    const options = row.options ?? {};
    if (row.kind === ReportKind.IATI_ACTIVITIES) {
      return iatiActivitiesExport(
        this.programmeRows,
        this.fundingRows,
        this.organisationRows,
        this.config.IATI_ORG_REF,
        options,
        progress,
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
    }
  }
}
