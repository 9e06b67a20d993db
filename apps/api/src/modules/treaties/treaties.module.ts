import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { StateTreatyFieldsResolver, TreatiesResolver } from './treaties.resolver.js';
import { TreatiesRepository } from './treaties.repository.js';
import { TreatiesService } from './treaties.service.js';

/** Treaty status (issue 15): each State's standing under the Convention, its Protocols and UNCAC. */
@Module({
  imports: [ReferenceModule],
  providers: [TreatiesRepository, TreatiesService, TreatiesResolver, StateTreatyFieldsResolver],
  exports: [TreatiesService, TreatiesRepository],
})
export class TreatiesModule {}
