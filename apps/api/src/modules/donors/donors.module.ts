import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DonorEntity } from './entities/donor.entity.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { DonorsResolver } from './donors.resolver.js';
import { DonorsRepository } from './donors.repository.js';
import { DonorsService } from './donors.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([DonorEntity]), ReferenceModule],
  providers: [DonorsRepository, DonorsService, DonorsResolver],
  exports: [DonorsService, DonorsRepository],
})
export class DonorsModule {}
