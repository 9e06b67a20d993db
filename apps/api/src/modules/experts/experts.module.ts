import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { ExpertsResolver } from './experts.resolver.js';
import { ExpertsService } from './experts.service.js';

@Module({ imports: [ReferenceModule], providers: [ExpertsService, ExpertsResolver], exports: [ExpertsService] })
export class ExpertsModule {}
