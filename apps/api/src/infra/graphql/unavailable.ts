import { HeaderMap, type ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-unavailable.js';
import { ErrorCode } from '../errors/domain-error.js';

/**
 * While the database cannot be reached, every GraphQL answer is HTTP 503 with `Retry-After` (and
 * `extensions.code` SERVICE_UNAVAILABLE, see format-error.ts), never 500: the client and any proxy in front
 * know to try again, and nothing needs restarting when the database is back.
 */
export function serviceUnavailablePlugin(): ApolloServerPlugin {
  return {
    async requestDidStart() {
      let unavailable = false;
      return {
        async didEncounterErrors({ errors }) {
          unavailable ||= errors.some((e) => isDatabaseUnavailable(e.originalError ?? e));
        },
        async willSendResponse({ response }) {
          if (!unavailable) return;
          response.http.status = 503;
          response.http.headers.set('retry-after', String(DATABASE_RETRY_AFTER_SECONDS));
          // No partial `data` either: the whole request is to be sent again. (@nestjs/apollo resets the status
          // of any answer that has `data` to 200; its hook runs after this one, and then leaves the 503 alone.)
          if (response.body.kind === 'single' && 'data' in response.body.singleResult) {
            const { data: _partial, ...rest } = response.body.singleResult;
            response.body.singleResult = rest;
          }
        },
      };
    },
  };
}

/**
 * For errors before any operation runs (building the request's context reads the session): Apollo answers
 * those with the error's own `extensions.http`, so an unreachable database becomes a 503 there too.
 */
export function unavailableInContext(error: unknown): unknown {
  if (!isDatabaseUnavailable(error)) return error;
  return new GraphQLError('The service cannot reach its database just now.', {
    originalError: error instanceof Error ? error : undefined,
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      http: { status: 503, headers: new HeaderMap([['retry-after', String(DATABASE_RETRY_AFTER_SECONDS)]]) },
    },
  });
}
