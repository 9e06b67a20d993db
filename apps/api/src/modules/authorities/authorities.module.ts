import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { ReferenceModule } from '../reference/reference.module.js';
import { AuthoritiesRepository } from './authorities.repository.js';
import { AuthoritiesResolver, StateAuthorityFieldsResolver } from './authorities.resolver.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityProposalEntity } from './entities/authority-proposal.entity.js';
import { CompetentAuthorityEntity } from './entities/competent-authority.entity.js';

/** The directory of competent national authorities (issue 15, paras. 38–39). */
@Module({
  imports: [TypeOrmModule.forFeature([CompetentAuthorityEntity, AuthorityProposalEntity]), ReferenceModule],
  providers: [AuthoritiesRepository, AuthoritiesService, AuthoritiesResolver, StateAuthorityFieldsResolver],
  exports: [AuthoritiesRepository],
})
export class AuthoritiesModule {}
