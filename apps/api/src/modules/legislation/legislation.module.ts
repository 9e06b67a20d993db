import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ProgrammeModule } from '../programme/programme.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { LegislationEntity } from './entities/legislation.entity.js';
import { LegislationRepository } from './legislation.repository.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { LegislationController } from './legislation.controller.js';
import {
  ActivityLegislationFieldsResolver,
  LegislationResolver,
  RequestLegislationFieldsResolver,
  StateLegislationFieldsResolver,
} from './legislation.resolver.js';
import { LegislationService } from './legislation.service.js';

/** The legal library (issue 16 part 2, para. 10). */
@Module({
  imports: [TypeOrmModule.forFeature([LegislationEntity]), RequestsModule, ProgrammeModule, AccountsModule],
  controllers: [LegislationController],
  providers: [
    LegislationRepository,
    LegislationService,
    LegislationResolver,
    StateLegislationFieldsResolver,
    RequestLegislationFieldsResolver,
    ActivityLegislationFieldsResolver,
  ],
  exports: [LegislationRepository],
})
export class LegislationModule {}
