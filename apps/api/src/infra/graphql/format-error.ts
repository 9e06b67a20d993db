import { randomUUID } from 'node:crypto';
import { Logger } from '@nestjs/common';
import type { GraphQLFormattedError } from 'graphql';
import { GraphQLError } from 'graphql';
import { DEFAULT_REASON_BY_CODE, type ErrorReason } from '@ta/domain';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-unavailable.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

const logger = new Logger('GraphQL');
const CONTRACT_CODES = new Set<string>(Object.values(ErrorCode));

/** Codes Apollo and graphql-js give, and what they mean in the contract's terms. */
const APOLLO_CODES: Record<string, ErrorCode> = {
  GRAPHQL_PARSE_FAILED: ErrorCode.BAD_USER_INPUT,
  GRAPHQL_VALIDATION_FAILED: ErrorCode.BAD_USER_INPUT,
  BAD_REQUEST: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_FOUND: ErrorCode.BAD_USER_INPUT,
  PERSISTED_QUERY_NOT_SUPPORTED: ErrorCode.BAD_USER_INPUT,
  OPERATION_RESOLUTION_FAILURE: ErrorCode.BAD_USER_INPUT,
};

/** graphql-js's message when a request's variables hold more than 50 invalid values. */
const TOO_MANY_VARIABLE_ERRORS = 'Too many errors processing variables';

interface HttpLikeError {
  getStatus?: () => number;
  getResponse?: () => unknown;
}

/** The reason an error of this code carries when whoever raised it named none. */
function defaultReason(code: ErrorCode): ErrorReason {
  return DEFAULT_REASON_BY_CODE[code];
}

/** Any other pipe's refusal arrives as Nest's 400 with a list of messages. */
function validationMessages(error: unknown): string[] | null {
  const http = error as HttpLikeError;
  if (typeof http?.getStatus !== 'function' || http.getStatus() !== 400) return null;
  const response = http.getResponse?.() as { message?: string | string[] } | undefined;
  const message = response?.message;
  if (Array.isArray(message)) return message;
  return typeof message === 'string' ? [message] : null;
}

/**
 * The one place that turns any error into the contract's shape: a code from the contract, a stable `reason`
 * the client translates (with the values it needs beside it), and a message a person can act on (English).
 * Internals (SQL, stacks, driver messages) are logged with a reference and never sent.
 */
export function formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError {
  const original = error instanceof GraphQLError ? (error.originalError ?? error) : error;
  const base = { message: formatted.message, locations: formatted.locations, path: formatted.path };

  if (original instanceof DomainError) {
    return {
      ...base,
      message: original.message,
      extensions: {
        code: original.code,
        ...(original.field ? { field: original.field } : {}),
        ...original.details,
        reason: typeof original.details?.reason === 'string' ? original.details.reason : defaultReason(original.code),
      },
    };
  }
  // The database cannot be reached (stopped, restarting): try again shortly (HTTP 503, see unavailable.ts).
  if (isDatabaseUnavailable(original)) return serviceUnavailable(formatted.path);
  const messages = validationMessages(original);
  if (messages) {
    return {
      ...base,
      message: messages.join('; '),
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: defaultReason(ErrorCode.BAD_USER_INPUT) },
    };
  }
  const code = String(formatted.extensions?.code ?? '');
  if (CONTRACT_CODES.has(code) && code !== ErrorCode.INTERNAL_SERVER_ERROR) {
    const { stacktrace: _stack, exception: _exception, ...extensions } = formatted.extensions ?? {};
    const reason = typeof extensions.reason === 'string' ? extensions.reason : defaultReason(code as ErrorCode);
    return { ...base, extensions: { ...extensions, code, reason } };
  }
  // graphql-js stops coercing variables after 50 bad values (a list of thousands): still the caller's input.
  if (formatted.message.startsWith(TOO_MANY_VARIABLE_ERRORS)) {
    return {
      ...base,
      message: 'Too many of the values sent are invalid; correct the first ones reported and try again.',
      extensions: { code: ErrorCode.BAD_USER_INPUT, reason: defaultReason(ErrorCode.BAD_USER_INPUT) },
    };
  }
  if (APOLLO_CODES[code]) {
    return { ...base, extensions: { code: APOLLO_CODES[code], reason: 'BAD_QUERY' satisfies ErrorReason } };
  }
  // Two people saving the same unique thing at once: the second is told, not given an internal error.
  if ((original as { driverError?: { code?: string } })?.driverError?.code === '23505') {
    return {
      ...base,
      message:
        'Someone else has just saved the same thing (it must be unique). Reload, check, and try again if needed.',
      extensions: { code: ErrorCode.CONFLICT, reason: 'DUPLICATE' satisfies ErrorReason },
    };
  }
  // A code that names nothing (checked first by the services; this is the safety net): the caller's mistake.
  const driverError = (original as { driverError?: { code?: string; constraint?: string; detail?: string } })
    ?.driverError;
  if (driverError?.code === '23503') {
    const field = foreignKeyField(driverError.detail);
    return {
      ...base,
      message: `One of the codes given${field ? ` (${field})` : ''} does not exist. Choose it from the list.`,
      extensions: {
        code: ErrorCode.BAD_USER_INPUT,
        reason: 'UNKNOWN_REFERENCE' satisfies ErrorReason,
        ...(field ? { field } : {}),
      },
    };
  }
  const reference = randomUUID();
  logger.error(`Unexpected error ${reference}: ${describe(original)}`);
  return {
    message: `Something went wrong on our side and nothing was changed. If it happens again, quote reference ${reference}.`,
    path: formatted.path,
    extensions: {
      code: ErrorCode.INTERNAL_SERVER_ERROR,
      reason: defaultReason(ErrorCode.INTERNAL_SERVER_ERROR),
      reference,
    },
  };
}

/** The answer while the database cannot be reached; the request may be sent again as it was. */
export function serviceUnavailable(path?: GraphQLFormattedError['path']): GraphQLFormattedError {
  return {
    message: `The service cannot reach its database just now. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
    ...(path ? { path } : {}),
    extensions: {
      code: ErrorCode.SERVICE_UNAVAILABLE,
      reason: defaultReason(ErrorCode.SERVICE_UNAVAILABLE),
      retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
    },
  };
}

/** The error's type, message and stack: never its other properties (a database error's parameters are data). */
function describe(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return typeof error === 'string' ? error : 'an error that is not an Error';
}

/** The column a foreign-key violation names (`Key (field_office_code)=(ZZZ) is not present…`), in camelCase. */
export function foreignKeyField(detail: string | undefined): string | undefined {
  const column = /^Key \(([a-z0-9_]+)\)=/.exec(detail ?? '')?.[1];
  return column?.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
}
