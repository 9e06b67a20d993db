import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { DonorsModule } from '../donors/donors.module.js';
import { FundingModule } from '../funding/funding.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { ResultsModule } from '../results/results.module.js';
import { ChecklistsModule } from '../checklists/checklists.module.js';
import { DeliveryModule } from '../delivery/delivery.module.js';
import { GenerateReportJob } from './jobs/generate-report.job.js';
import { ReportExportSources } from './jobs/report-export-sources.service.js';
import { ReportFigureSources, ReportSubjects } from './jobs/report-figure-sources.service.js';
import { ReportsController } from './reports.controller.js';
import { ReportsResolver } from './reports.resolver.js';
import { ReportsRepository } from './reports.repository.js';
import { REPORTS_QUEUE, ReportsService } from './reports.service.js';

@Module({
  imports: [
    BullModule.registerQueue({ name: REPORTS_QUEUE }),
    AccountsModule,
    DonorsModule,
    FundingModule,
    ProgrammeModule,
    OrganisationsModule,
    ReferenceModule,
    RequestsModule,
    ResultsModule,
    DeliveryModule,
    ChecklistsModule,
  ],
  controllers: [ReportsController],
  providers: [
    ReportsRepository,
    ReportsService,
    ReportsResolver,
    ReportSubjects,
    ReportFigureSources,
    ReportExportSources,
    GenerateReportJob,
  ],
})
export class ReportsModule {}
