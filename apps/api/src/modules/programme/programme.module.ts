import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { ProgrammeResolver, RequestActivitiesResolver } from './programme.resolver.js';
import { ProgrammeService } from './programme.service.js';

@Module({
  imports: [ReferenceModule, RequestsModule],
  providers: [ProgrammeService, ProgrammeResolver, RequestActivitiesResolver],
  exports: [ProgrammeService],
})
export class ProgrammeModule {}
