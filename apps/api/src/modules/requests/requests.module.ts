import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestCountFieldsResolver, RequestsResolver } from './requests.resolver.js';
import { RequestsService } from './requests.service.js';

@Module({
  imports: [ReferenceModule],
  providers: [RequestsService, RequestsResolver, RequestCountFieldsResolver],
  exports: [RequestsService],
})
export class RequestsModule {}
