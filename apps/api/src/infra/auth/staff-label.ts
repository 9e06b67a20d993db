import type { GraphQLContext } from '../graphql/loaders.js';

/** Donors do not see who in the secretariat did what: they see the office, not the person. */
export function staffLabel(ctx: GraphQLContext, label: string): string {
  return ctx.auth.user?.role === 'DONOR' ? 'UNODC secretariat' : label;
}
