import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContributionEntity } from './entities/contribution.entity.js';
import { DonorsModule } from '../donors/donors.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import {
  ActivityFundingResolver,
  AllocationFieldsResolver,
  FundingGapRowResolver,
  FundingResolver,
  ReconciliationLineResolver,
  WhatIfRowResolver,
} from './funding.resolver.js';
import { FundingEventsResolver } from './funding-events.resolver.js';
import { FundingGapRepository } from './funding-gap.repository.js';
import { FundingRepository } from './funding.repository.js';
import { FundingService } from './funding.service.js';
import { AllocationsService } from './allocations.service.js';
import { ContributionChecks } from './contribution-checks.service.js';
import { ContributionStagesService } from './contribution-stages.service.js';
import { ExchangeRatesService } from './exchange-rates.service.js';
import { FundingGapService } from './funding-gap.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ContributionEntity]),
    ReferenceModule,
    DonorsModule,
    ProgrammeModule,
    NotificationsModule,
  ],
  providers: [
    FundingRepository,
    FundingGapRepository,
    ContributionChecks,
    ExchangeRatesService,
    FundingService,
    ContributionStagesService,
    AllocationsService,
    FundingGapService,
    FundingResolver,
    AllocationFieldsResolver,
    FundingGapRowResolver,
    ActivityFundingResolver,
    WhatIfRowResolver,
    ReconciliationLineResolver,
    FundingEventsResolver,
  ],
  exports: [
    FundingService,
    ExchangeRatesService,
    AllocationsService,
    FundingGapService,
    FundingRepository,
    FundingGapRepository,
  ],
})
export class FundingModule {}
