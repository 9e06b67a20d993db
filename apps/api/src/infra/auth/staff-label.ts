import { can } from '@ta/domain';
import type { GraphQLContext } from '../graphql/loaders.js';

/**
 * @deprecated Use `AccessPolicies.of(ctx).staffLabel(label)`. Kept only until its last callers
 * (programme.resolver.ts, funding.resolver.ts) move to the policy; then delete this file.
 * Donors do not see who in the secretariat did what: they see the office, not the person.
 */
export function staffLabel(ctx: GraphQLContext, label: string): string {
  const user = ctx.auth.user;
  return !user || can(user.role, 'staff.read') ? label : 'UNODC secretariat';
}
