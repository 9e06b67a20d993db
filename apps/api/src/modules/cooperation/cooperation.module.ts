import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ImportsModule } from '../imports/imports.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { CooperationRepository } from './cooperation.repository.js';
import { CooperationResolver } from './cooperation.resolver.js';
import { CooperationService } from './cooperation.service.js';
import { CooperationCaseEntity } from './entities/cooperation-case.entity.js';

/** Statistics on international cooperation requests (issue 15, para. 41). */
@Module({
  imports: [TypeOrmModule.forFeature([CooperationCaseEntity]), ReferenceModule, ImportsModule],
  providers: [CooperationRepository, CooperationService, CooperationResolver],
  exports: [CooperationRepository, CooperationService],
})
export class CooperationModule {}
