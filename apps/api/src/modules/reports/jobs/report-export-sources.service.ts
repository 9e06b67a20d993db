import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG, type AppConfig } from '../../../infra/config/app-config.js';
import type { AccessPolicy } from '../../access/access.policy.js';
import { DeliveryRepository } from '../../delivery/delivery.repository.js';
import { FundingGapService } from '../../funding/funding-gap.service.js';
import { FundingRepository } from '../../funding/funding.repository.js';
import { OrganisationsRepository } from '../../organisations/organisations.repository.js';
import { ProgrammeRepository } from '../../programme/programme.repository.js';
import { ProgrammeService } from '../../programme/programme.service.js';
import { RequestsService } from '../../requests/requests.service.js';
import { ResultsRepository } from '../../results/results.repository.js';
import { assistanceRequestsExport } from '../exports/assistance-requests.export.js';
import { fundingGapsExport } from '../exports/funding-gaps.export.js';
import { iatiActivitiesExport } from '../exports/iati-activities.export.js';
import { ReportKind } from '../models/report.model.js';
import type { ReportFile, ReportJobRow } from '../reports.repository.js';
import { ReportSubjects } from './report-figure-sources.service.js';

/**
 * What the file exports read (the reports made without figures): the IATI activities file (the programme,
 * its funding, organisations, delivery and results), and the CSV lists of funding gaps and of assistance requests.
 */
@Injectable()
export class ReportExportSources {
  constructor(
    private readonly subjects: ReportSubjects,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly programmeRows: ProgrammeRepository,
    private readonly fundingRows: FundingRepository,
    private readonly organisationRows: OrganisationsRepository,
    private readonly deliveryRows: DeliveryRepository,
    private readonly resultRows: ResultsRepository,
    private readonly funding: FundingGapService,
    private readonly programme: ProgrammeService,
    private readonly requests: RequestsService,
  ) {}

  /** The report's file as the user who asked for it could see it; a kind made only as XLSX or PDF is an error. */
  async make(
    row: ReportJobRow,
    policy: AccessPolicy,
    progress: (percent: number) => Promise<void>,
  ): Promise<ReportFile> {
    const options = row.options ?? {};
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
    const names = await this.subjects.names(options);
    switch (row.kind) {
      case ReportKind.FUNDING_GAPS: {
        const donor = await this.subjects.donor(options);
        return fundingGapsExport(this.funding, this.programme, policy, options, names, donor, progress);
      }
      case ReportKind.ASSISTANCE_REQUESTS:
        return assistanceRequestsExport(this.requests, policy, options, names, progress);
      default:
        throw new Error(`The ${row.kind} report is made as XLSX or PDF, not ${row.format}.`);
    }
  }
}
