import { Module } from '@nestjs/common';
import { ProgrammeModule } from '../programme/programme.module.js';
import { ActivityResultsResolver, IndicatorActualsResolver, ResultsResolver } from './results.resolver.js';
import { ResultsRepository } from './results.repository.js';
import { ResultsService } from './results.service.js';

/** The results framework: outputs, outcomes, indicators and their actuals (computed from workshop outcomes or recorded). */
@Module({
  imports: [ProgrammeModule],
  providers: [ResultsRepository, ResultsService, ResultsResolver, IndicatorActualsResolver, ActivityResultsResolver],
  exports: [ResultsService, ResultsRepository],
})
export class ResultsModule {}
