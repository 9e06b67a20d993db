import { BullModule } from '@nestjs/bullmq';
import { Module } from '@nestjs/common';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { ImportsController } from './imports.controller.js';
import { ImportsRepository } from './imports.repository.js';
import { ImportsResolver } from './imports.resolver.js';
import { IMPORTS_QUEUE, ImportsService } from './imports.service.js';
import { ImportRequestsJob } from './jobs/import-requests.job.js';
import { RowCheckService } from './row-check.service.js';

@Module({
  imports: [BullModule.registerQueue({ name: IMPORTS_QUEUE }), RequestsModule, AccountsModule, ReferenceModule],
  controllers: [ImportsController],
  providers: [ImportsRepository, ImportsService, ImportsResolver, ImportRequestsJob, RowCheckService],
  exports: [ImportsService],
})
export class ImportsModule {}
