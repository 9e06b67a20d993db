import { Module } from '@nestjs/common';
import { FundingModule } from '../funding/funding.module.js';
import { NotificationsModule } from '../notifications/notifications.module.js';
import { OrganisationsModule } from '../organisations/organisations.module.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { DeliveryRepository } from './delivery.repository.js';
import { DeliveryResolver } from './delivery.resolver.js';
import { DeliveryService } from './delivery.service.js';

/** Delivery: an activity's delivery status and its expenditure (Activity.spent). */
@Module({
  imports: [ProgrammeModule, FundingModule, NotificationsModule, OrganisationsModule],
  providers: [DeliveryRepository, DeliveryService, DeliveryResolver],
  exports: [DeliveryService, DeliveryRepository],
})
export class DeliveryModule {}
