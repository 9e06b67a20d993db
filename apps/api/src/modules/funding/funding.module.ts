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
    FundingService,
    FundingResolver,
    AllocationFieldsResolver,
    FundingGapRowResolver,
    ActivityFundingResolver,
    WhatIfRowResolver,
    ReconciliationLineResolver,
    FundingEventsResolver,
  ],
  exports: [FundingService, FundingRepository, FundingGapRepository],
})
export class FundingModule {}
