import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { StateEntity } from './entities/state.entity.js';
import { InstrumentEntity } from './entities/instrument.entity.js';
import { PriorityAreaEntity } from './entities/priority-area.entity.js';
import { PrioritySubAreaEntity } from './entities/priority-sub-area.entity.js';
import { FieldOfficeEntity } from './entities/field-office.entity.js';
import {
  FieldOfficeFieldsResolver,
  PriorityAreaFieldsResolver,
  PrioritySubAreaFieldsResolver,
  ReferenceResolver,
  StateFieldsResolver,
} from './reference.resolver.js';
import { ReferenceRepository } from './reference.repository.js';
import { ReferenceService } from './reference.service.js';

@Module({
  imports: [
    TypeOrmModule.forFeature([
      StateEntity,
      InstrumentEntity,
      PriorityAreaEntity,
      PrioritySubAreaEntity,
      FieldOfficeEntity,
    ]),
  ],
  providers: [
    ReferenceRepository,
    ReferenceService,
    ReferenceResolver,
    StateFieldsResolver,
    PriorityAreaFieldsResolver,
    PrioritySubAreaFieldsResolver,
    FieldOfficeFieldsResolver,
  ],
  exports: [ReferenceService, ReferenceRepository],
})
export class ReferenceModule {}
