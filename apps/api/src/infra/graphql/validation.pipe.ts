import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { DomainError, ErrorCode } from '../errors/domain-error.js';

function flatten(errors: ValidationError[], prefix = ''): Array<{ field: string; message: string }> {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const own = Object.values(e.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(e.children ?? [], field)];
  });
}

/** class-validator on every GraphQL input; failures become BAD_USER_INPUT naming each field at fault. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    exceptionFactory: (errors) => {
      const problems = flatten(errors);
      return new DomainError(
        ErrorCode.BAD_USER_INPUT,
        problems.map((p) => p.message).join(' '),
        problems[0]?.field,
        { problems },
      );
    },
  });
}
