import { type ArgumentsHost, Catch, HttpException, Logger } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import type { Response } from 'express';
import { DATABASE_RETRY_AFTER_SECONDS, isDatabaseUnavailable } from '../database/database-unavailable.js';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

const logger = new Logger('HTTP');

const STATUS_BY_CODE: Record<ErrorCode, number> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.UNAUTHENTICATED]: 401,
  [ErrorCode.FORBIDDEN]: 403,
  [ErrorCode.NOT_FOUND]: 404,
  [ErrorCode.CONFLICT]: 409,
  [ErrorCode.INTERNAL_SERVER_ERROR]: 500,
  [ErrorCode.SERVICE_UNAVAILABLE]: 503,
};

/**
 * The same errors outside GraphQL (report downloads, probes): answered here, since a filter that caught an
 * error must answer it. An unreachable database is a 503 with Retry-After, as on /graphql.
 */
function answerHttp(exception: unknown, host: ArgumentsHost): void {
  const res = host.switchToHttp().getResponse<Response>();
  if (res.headersSent) {
    res.end();
    return;
  }
  if (isDatabaseUnavailable(exception)) {
    res.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    res.status(503).json({
      statusCode: 503,
      code: ErrorCode.SERVICE_UNAVAILABLE,
      message: `The service cannot reach its database just now. Try again in ${DATABASE_RETRY_AFTER_SECONDS} seconds.`,
    });
  } else if (exception instanceof DomainError) {
    res
      .status(STATUS_BY_CODE[exception.code])
      .json({ statusCode: STATUS_BY_CODE[exception.code], code: exception.code, message: exception.message });
  } else if (exception instanceof HttpException) {
    const body = exception.getResponse();
    res
      .status(exception.getStatus())
      .json(typeof body === 'object' ? body : { statusCode: exception.getStatus(), message: body });
  } else {
    logger.error(
      `Unexpected error: ${exception instanceof Error ? (exception.stack ?? exception.message) : 'not an Error'}`,
    );
    res.status(500).json({ statusCode: 500, message: 'Something went wrong on our side. Try again later.' });
  }
}

/**
 * Errors thrown on purpose are answers, not incidents: hand them to Apollo (format-error.ts shapes them)
 * without Nest logging a stack trace for each refused input.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError, host: ArgumentsHost): DomainError | undefined {
    if (host.getType() !== 'http') return exception;
    answerHttp(exception, host);
    return undefined;
  }
}

/**
 * Any other error of a GraphQL operation also goes to format-error.ts, which logs it once by reference and
 * without its data (a database error carries its query parameters), instead of Nest printing it whole.
 */
@Catch()
export class AnyErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown, host: ArgumentsHost): unknown {
    if (host.getType() !== 'http') return exception;
    answerHttp(exception, host);
    return undefined;
  }
}
