import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AccountsModule } from '../accounts/accounts.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { AuthoritiesController } from './authorities.controller.js';
import { AuthoritiesRepository } from './authorities.repository.js';
import { AuthoritiesResolver, StateAuthorityFieldsResolver } from './authorities.resolver.js';
import { AuthoritiesService } from './authorities.service.js';
import { AuthorityProposalEntity } from './entities/authority-proposal.entity.js';
import { CompetentAuthorityEntity } from './entities/competent-authority.entity.js';

/** The directory of competent national authorities (issue 15, paras. 38–39). */
@Module({
  imports: [
    TypeOrmModule.forFeature([CompetentAuthorityEntity, AuthorityProposalEntity]),
    ReferenceModule,
    AccountsModule,
  ],
  controllers: [AuthoritiesController],
  providers: [AuthoritiesRepository, AuthoritiesService, AuthoritiesResolver, StateAuthorityFieldsResolver],
  exports: [AuthoritiesRepository],
})
export class AuthoritiesModule {}
