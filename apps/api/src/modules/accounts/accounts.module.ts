import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from './entities/user.entity.js';
import { SessionEntity } from './entities/session.entity.js';
import { TokenService } from '../../infra/auth/token.service.js';
import { AuditResolver } from '../audit/audit.resolver.js';
import { DonorsModule } from '../donors/donors.module.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { AccountsResolver, UserFieldsResolver } from './accounts.resolver.js';
import { AccountsRepository } from './accounts.repository.js';
import { AuthService } from './auth.service.js';
import { FileDownloads } from './file-downloads.service.js';
import { UsersService } from './users.service.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, SessionEntity]), ReferenceModule, DonorsModule],
  providers: [
    AccountsRepository,
    TokenService,
    AuthService,
    UsersService,
    AccountsResolver,
    UserFieldsResolver,
    AuditResolver,
    FileDownloads,
  ],
  exports: [AuthService, UsersService, AccountsRepository, FileDownloads],
})
export class AccountsModule {}
