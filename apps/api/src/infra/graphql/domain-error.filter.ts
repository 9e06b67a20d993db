import { Catch } from '@nestjs/common';
import type { GqlExceptionFilter } from '@nestjs/graphql';
import { DomainError } from '../errors/domain-error.js';

/**
 * Errors thrown on purpose are answers, not incidents: hand them to Apollo (format-error.ts shapes them)
 * without Nest logging a stack trace for each refused input.
 */
@Catch(DomainError)
export class DomainErrorFilter implements GqlExceptionFilter {
  catch(exception: DomainError): DomainError {
    return exception;
  }
}

/**
 * Any other error of a GraphQL operation also goes to format-error.ts, which logs it once by reference and
 * without its data (a database error carries its query parameters), instead of Nest printing it whole.
 */
@Catch()
export class AnyErrorFilter implements GqlExceptionFilter {
  catch(exception: unknown): unknown {
    return exception;
  }
}
