import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsResolver } from './requests.resolver.js';
import { RequestsService } from './requests.service.js';

@Module({
  imports: [ReferenceModule],
  providers: [RequestsService, RequestsResolver],
  exports: [RequestsService],
})
export class RequestsModule {}
