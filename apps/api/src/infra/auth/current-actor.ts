import { DomainError, ErrorCode } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/loaders.js';
import { actorFor, type Actor, type AuthenticatedUser } from './actor.js';

/** The signed-in user of an operation the guard let through. */
export function currentUser(ctx: GraphQLContext): AuthenticatedUser {
  if (!ctx.auth.user) throw new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in to do this.');
  return ctx.auth.user;
}

export function currentActor(ctx: GraphQLContext): Actor {
  return actorFor(currentUser(ctx), ctx.requestId);
}

/** The actor for reads: anonymous when nobody is signed in (public operations only). */
export function readerOf(ctx: GraphQLContext): Actor | null {
  return ctx.auth.user ? actorFor(ctx.auth.user, ctx.requestId) : null;
}
