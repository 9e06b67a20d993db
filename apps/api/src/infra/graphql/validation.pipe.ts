import { ValidationPipe, type ArgumentMetadata, type ValidationError } from '@nestjs/common';
import type { ValidationProblem } from '@ta/domain';
import { getMetadataStorage } from 'class-validator';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { memoizeValidationMetadata } from './validation-metadata.js';

/** The names under which a constraint's arguments reach the client (`problems[].values`). */
const VALUE_NAMES: Record<string, readonly string[]> = {
  minLength: ['min'],
  maxLength: ['max'],
  min: ['min'],
  max: ['max'],
  arrayMinSize: ['min'],
  arrayMaxSize: ['max'],
  length: ['min', 'max'],
  isIn: ['values'],
  plausibleDate: ['min', 'max'],
};

/** The arguments each constraint of a property was declared with (e.g. `maxLength` → [5000]). */
function declaredConstraints(target: object | undefined, property: string): Map<string, unknown[]> {
  const found = new Map<string, unknown[]>();
  if (!target) return found;
  const metadatas = getMetadataStorage().getTargetValidationMetadatas(target.constructor, '', true, false);
  for (const m of metadatas) {
    if (m.propertyName !== property || !m.name || found.has(m.name)) continue;
    found.set(m.name, m.constraints ?? []);
  }
  return found;
}

function valuesOf(constraint: string, args: unknown[] | undefined): Record<string, unknown> {
  const names = VALUE_NAMES[constraint];
  if (!names || !args) return {};
  return Object.fromEntries(names.flatMap((name, i) => (args[i] === undefined ? [] : [[name, args[i]]])));
}

/** Every field at fault, with its constraint's name and numbers, nested paths joined with dots. */
export function validationProblems(errors: ValidationError[], prefix = ''): ValidationProblem[] {
  return errors.flatMap((e) => {
    const field = prefix ? `${prefix}.${e.property}` : e.property;
    const declared = declaredConstraints(e.target, e.property);
    const own = Object.entries(e.constraints ?? {}).map(([constraint, message]) => ({
      field,
      constraint,
      message,
      values: valuesOf(constraint, declared.get(constraint)),
    }));
    return [...own, ...validationProblems(e.children ?? [], field)];
  });
}

/**
 * How Nest hands a GraphQL resolver's parameters to the pipes (@nestjs/core's pipes-consumer maps the GraphQL
 * param type through `exchangeEnumForString`): an argument (`@Args('name')`, GqlParamtype ARGS = 3) arrives as
 * `type: 'body'` with `data` its name; the parent, context and info arrive as `'custom'`, which ValidationPipe
 * leaves alone (so a row reaching every field resolver of a page is never copied and walked).
 *
 * An argument left out (or null) is no input to check: GraphQL has already refused a missing required one, and
 * ValidationPipe would otherwise validate an empty object in its place (every list's absent filter and order:
 * class-transformer and class-validator on each request, 5 % of a first page's CPU). A body without a name
 * (`@Body()` of an HTTP route, or `@Args()` whole) is still checked when missing.
 */
class InputValidationPipe extends ValidationPipe {
  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.data === 'string' && (value === undefined || value === null))
      return Promise.resolve(value);
    return super.transform(value, metadata) as Promise<unknown>;
  }
}

/**
 * class-validator on every GraphQL input; failures become BAD_USER_INPUT with reason INVALID_INPUT, naming each
 * field at fault and its constraint (so the client can say it in the user's language).
 */
export function createValidationPipe(): ValidationPipe {
  memoizeValidationMetadata();
  return new InputValidationPipe({
    transform: true,
    whitelist: true,
    forbidUnknownValues: false,
    // The target lets the factory read each constraint's declared numbers; it is never sent.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => {
      const problems = validationProblems(errors);
      return new DomainError(ErrorCode.BAD_USER_INPUT, problems.map((p) => p.message).join(' '), problems[0]?.field, {
        reason: 'INVALID_INPUT',
        problems,
      });
    },
  });
}
