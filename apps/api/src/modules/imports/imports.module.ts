import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { RequestsModule } from '../requests/requests.module.js';
import { ImportsResolver } from './imports.resolver.js';
import { IMPORTS_QUEUE, ImportsService } from './imports.service.js';
import { ImportRequestsJob } from './jobs/import-requests.job.js';

@Module({
  imports: [BullModule.registerQueue({ name: IMPORTS_QUEUE }), RequestsModule],
  providers: [ImportsService, ImportsResolver, ImportRequestsJob],
})
export class ImportsModule {}
