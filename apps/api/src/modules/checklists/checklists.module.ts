import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceModule } from '../reference/reference.module.js';
import { RequestsModule } from '../requests/requests.module.js';
import { ChecklistsRepository } from './checklists.repository.js';
import {
  ChecklistEntryFieldsResolver,
  ChecklistQuestionFieldsResolver,
  ChecklistsResolver,
} from './checklists.resolver.js';
import { ChecklistsService } from './checklists.service.js';
import { ChecklistAnswerEntity } from './entities/checklist-answer.entity.js';
import { ChecklistEntryEntity } from './entities/checklist-entry.entity.js';
import { ChecklistQuestionEntity } from './entities/checklist-question.entity.js';
import { ReportingCycleEntity } from './entities/reporting-cycle.entity.js';

/** Reporting cycles and the self-assessment checklist (issue 16, paras. 4–9). */
@Module({
  imports: [
    TypeOrmModule.forFeature([
      ReportingCycleEntity,
      ChecklistQuestionEntity,
      ChecklistEntryEntity,
      ChecklistAnswerEntity,
    ]),
    ReferenceModule,
    RequestsModule,
  ],
  providers: [
    ChecklistsRepository,
    ChecklistsService,
    ChecklistsResolver,
    ChecklistQuestionFieldsResolver,
    ChecklistEntryFieldsResolver,
  ],
  exports: [ChecklistsService, ChecklistsRepository],
})
export class ChecklistsModule {}
