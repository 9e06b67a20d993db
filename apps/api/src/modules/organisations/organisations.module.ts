import { Module } from '@nestjs/common';
import {
  ActivityOrganisationsResolver,
  OrganisationsResolver,
  WorkshopOrganisationsResolver,
} from './organisations.resolver.js';
import { OrganisationsRepository } from './organisations.repository.js';
import { OrganisationsService } from './organisations.service.js';

/** Partner organisations and their roles on activities (issue 15). */
@Module({
  providers: [
    OrganisationsRepository,
    OrganisationsService,
    OrganisationsResolver,
    ActivityOrganisationsResolver,
    WorkshopOrganisationsResolver,
  ],
  exports: [OrganisationsRepository, OrganisationsService],
})
export class OrganisationsModule {}
