import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ActivityEntity } from './entities/activity.entity.js';
import { ActivityStatusChangeEntity } from './entities/activity-status-change.entity.js';
import { CostLineEntity } from './entities/cost-line.entity.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { OrganisationActivityResolver, ProgrammeResolver, RequestActivitiesResolver } from './programme.resolver.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProgrammeRepository } from './programme.repository.js';
import { ProgrammeService } from './programme.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([ActivityEntity, ActivityStatusChangeEntity, CostLineEntity]),
    ReferenceModule,
    RequestsModule,
    OrganisationsModule,
    NotificationsModule,
  ],
  providers: [
    ProgrammeRepository,
    ProgrammeService,
    ProgrammeResolver,
    RequestActivitiesResolver,
    OrganisationActivityResolver,
  ],
  exports: [ProgrammeService, ProgrammeRepository],
})
export class ProgrammeModule {}
