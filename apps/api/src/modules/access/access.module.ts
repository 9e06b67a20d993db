import { Global, Module } from '@nestjs/common';
import { OPERATION_GATE } from '../../infra/auth/operation-gate.js';
import { ReferenceModule } from '../reference/reference.module.js';
import { AccessPolicies } from './access-policies.service.js';

/** The access policy, for every module: `AccessPolicies.of(ctx)` in resolvers, `forActor` in jobs. */
@Global()
@Module({
  imports: [ReferenceModule],
  // The access guard (infra, which imports no module) reaches the policy through OPERATION_GATE.
  providers: [AccessPolicies, { provide: OPERATION_GATE, useExisting: AccessPolicies }],
  exports: [AccessPolicies, OPERATION_GATE],
})
export class AccessModule {}
