import { Global, Module } from '@nestjs/common';
import { ReferenceModule } from '../reference/reference.module.js';
import { AccessPolicies } from './access-policies.service.js';

/** The access policy, for every module: `AccessPolicies.of(ctx)` in resolvers, `forActor` in jobs. */
@Global()
@Module({
  imports: [ReferenceModule],
  providers: [AccessPolicies],
  exports: [AccessPolicies],
})
export class AccessModule {}
