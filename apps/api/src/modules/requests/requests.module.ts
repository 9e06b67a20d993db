import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestCountFieldsResolver, RequestsResolver } from './requests.resolver.js';
import { RequestEventsResolver } from './request-events.resolver.js';
import { RequestCountsService } from './request-counts.service.js';
import { RequestsRepository } from './requests.repository.js';
import { RequestLogService } from './request-log.service.js';
import { RequestsService } from './requests.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([AssistanceRequestEntity, RequestStatusChangeEntity]),
    ReferenceModule,
    NotificationsModule,
  ],
  providers: [
    RequestsRepository,
    RequestsService,
    RequestLogService,
    RequestsResolver,
    RequestCountFieldsResolver,
    RequestEventsResolver,
    RequestCountsService,
  ],
  exports: [RequestsService, RequestLogService, RequestsRepository],
})
export class RequestsModule {}
