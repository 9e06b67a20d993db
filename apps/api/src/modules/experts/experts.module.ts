import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ExpertEntity } from './entities/expert.entity.js';
import { ProgrammeModule } from '../programme/programme.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { ExpertsRepository } from './experts.repository.js';
import { ActivityExpertsResolver, ExpertsResolver } from './experts.resolver.js';
import { ExpertsService } from './experts.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([ExpertEntity]), ReferenceModule, ProgrammeModule],
  providers: [ExpertsRepository, ExpertsService, ExpertsResolver, ActivityExpertsResolver],
  exports: [ExpertsService, ExpertsRepository],
})
export class ExpertsModule {}
