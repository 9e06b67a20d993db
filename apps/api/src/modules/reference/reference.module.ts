import { Module } from '@nestjs/common';
import {
  FieldOfficeFieldsResolver,
  PriorityAreaFieldsResolver,
  ReferenceResolver,
  StateFieldsResolver,
} from './reference.resolver.js';
import { ReferenceService } from './reference.service.js';

@Module({
  providers: [ReferenceService, ReferenceResolver, StateFieldsResolver, PriorityAreaFieldsResolver, FieldOfficeFieldsResolver],
  exports: [ReferenceService],
})
export class ReferenceModule {}
