export { AccessModule } from './access.module.js';
export { AccessPolicies } from './access-policies.service.js';
export {
  AccessPolicy,
  PROGRAMME_ENTITY_TYPES,
  type RequestScopeFacts,
  type WorkshopScopeFacts,
} from './access.policy.js';
