import type { GraphQLContext } from '../graphql/loaders.js';

/**
 * What the access guard asks the access policy (modules/access provides it: infra imports no module) of every
 * operation once its caller is known, whatever the operation's rule: it throws the refusal (e.g.
 * PASSWORD_CHANGE_REQUIRED), or lets it through to the rule.
 */
export interface OperationGate {
  assertMayCall(ctx: GraphQLContext, operation: string): void;
}

export const OPERATION_GATE = Symbol('OperationGate');
