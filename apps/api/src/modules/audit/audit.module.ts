import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';

/** Every module that changes data writes to the audit log, in its own transaction. */
@Global()
@Module({ providers: [AuditService], exports: [AuditService] })
export class AuditModule {}
