import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ContributionEntity } from './entities/contribution.entity.js';
import { DonorsModule } from '../donors/donors.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ActivityFundingResolver, ReconciliationLineResolver } from './activity-funding.resolver.js';
import { AllocationsResolver } from './allocations.resolver.js';
import { ContributionLinksResolver } from './contribution-links.resolver.js';
import { ContributionMoneyResolver } from './contribution-money.resolver.js';
import { ContributionsResolver } from './contributions.resolver.js';
import { ExchangeRatesResolver } from './exchange-rates.resolver.js';
import { FundingGapRowResolver, WhatIfRowResolver } from './gap-keys.resolver.js';
import { FundingGapsResolver } from './funding-gaps.resolver.js';
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
    ContributionsResolver,
    ContributionLinksResolver,
    ContributionMoneyResolver,
    AllocationsResolver,
    ActivityFundingResolver,
    ReconciliationLineResolver,
    ExchangeRatesResolver,
    FundingGapsResolver,
    FundingGapRowResolver,
    WhatIfRowResolver,
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
