import { Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { DonorsResolver } from './donors.resolver.js';
import { DonorsService } from './donors.service.js';

@Module({ imports: [ReferenceModule], providers: [DonorsService, DonorsResolver], exports: [DonorsService] })
export class DonorsModule {}
