import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { WorkshopEntity } from './entities/workshop.entity.js';
import { ExpertsModule } from '../experts/experts.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import {
  ActivityWorkshopsResolver,
  OrganisationWorkshopResolver,
  RequestWorkshopResolver,
  WorkshopOutcomeResolver,
  WorkshopParticipantResolver,
  WorkshopsResolver,
} from './workshops.resolver.js';
import { WorkshopsRepository } from './workshops.repository.js';
import { WorkshopsService } from './workshops.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([WorkshopEntity]),
    ReferenceModule,
    RequestsModule,
    ProgrammeModule,
    ExpertsModule,
    OrganisationsModule,
    NotificationsModule,
  ],
  providers: [
    WorkshopsRepository,
    WorkshopsService,
    WorkshopsResolver,
    WorkshopParticipantResolver,
    WorkshopOutcomeResolver,
    RequestWorkshopResolver,
    ActivityWorkshopsResolver,
    OrganisationWorkshopResolver,
  ],
  exports: [WorkshopsService, WorkshopsRepository],
})
export class WorkshopsModule {}
