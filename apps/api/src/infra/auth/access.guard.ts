import { type CanActivate, type ExecutionContext, Inject, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { can, rolesWith } from '@ta/domain';
import { GqlExecutionContext } from '@nestjs/graphql';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import type { GraphQLContext } from '../graphql/loaders.js';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { ACCESS_KEY, type AccessRule } from './access.decorator.js';
import { MutationRateLimiter } from './mutation-rate-limit.js';
import { OPERATION_GATE, type OperationGate } from './operation-gate.js';

const PROBLEM_MESSAGES = {
  NONE: 'Sign in to do this.',
  EXPIRED: 'Your sign-in has expired. Refresh it or sign in again.',
  INVALID: 'Your sign-in is not valid. Sign in again.',
  ENDED: 'Your session has ended (signed out, password changed, or account deactivated). Sign in again.',
} as const;

/**
 * Applies each operation's `@Access` rule, after the caller's access policy has had its say (OPERATION_GATE). An
 * operation without a rule is refused: closed by default.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  private readonly limiter: MutationRateLimiter;

  constructor(
    private readonly reflector: Reflector,
    @Inject(APP_CONFIG) config: AppConfig,
    @Inject(OPERATION_GATE) private readonly gate: OperationGate,
  ) {
    this.limiter = new MutationRateLimiter(config.MUTATIONS_PER_MINUTE);
  }

  canActivate(context: ExecutionContext): boolean {
    if (context.getType<string>() !== 'graphql') return true;
    const rule = this.reflector.getAllAndOverride<AccessRule | undefined>(ACCESS_KEY, [
      context.getHandler(),
      context.getClass(),
    ]);
    const gql = GqlExecutionContext.create(context);
    const info = gql.getInfo<{ fieldName: string; parentType: { name: string } }>();
    const operation = info.fieldName;
    const ctx = gql.getContext<GraphQLContext>();
    const { auth, req } = ctx;
    if (info.parentType.name === 'Mutation') {
      const wait = this.limiter.take(auth.user ? `user:${auth.user.id}` : `ip:${req.ip ?? 'unknown'}`);
      if (wait) {
        throw new DomainError(
          ErrorCode.FORBIDDEN,
          `Too many changes in a minute. Wait ${wait} s and try again.`,
          undefined,
          {
            reason: 'RATE_LIMITED',
            retryAfterSeconds: wait,
          },
        );
      }
    }
    if (rule === undefined) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `The operation ${operation} has no access rule, so nobody may call it.`,
        undefined,
        {
          reason: 'NO_ACCESS_RULE',
          operation,
        },
      );
    }
    // A signed-in caller's policy may refuse before the rule is read (a password an administrator chose: only
    // changing it, `me` and the session's upkeep), public operations included.
    if (auth.user) this.gate.assertMayCall(ctx, operation);
    if (rule === 'PUBLIC') return true;
    if (!auth.user) {
      throw new DomainError(ErrorCode.UNAUTHENTICATED, PROBLEM_MESSAGES[auth.problem], undefined, {
        reason: `SIGN_IN_${auth.problem}`,
      });
    }
    if (rule === 'ANY_USER') return true;
    if (!can(auth.user.role, rule.permission)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Your role (${auth.user.role}) may not use ${operation} (${rolesWith(rule.permission).join(', ')} may). Ask an administrator if you need it.`,
        undefined,
        { reason: 'ROLE_NOT_ALLOWED', operation, permission: rule.permission },
      );
    }
    return true;
  }
}
