import { performance } from 'node:perf_hooks';
import {
  ValidationPipe,
  type ArgumentMetadata,
  type ValidationError,
  type ValidationPipeOptions,
} from '@nestjs/common';
import type { ValidationProblem } from '@ta/domain';
import { plainToInstance } from 'class-transformer';
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
  private readonly passed: PassedInputs;

  constructor(options: ValidationPipeOptions, clock: Clock) {
    super(options);
    this.passed = new PassedInputs(clock);
  }

  override transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type === 'body' && typeof metadata.data === 'string' && (value === undefined || value === null))
      return Promise.resolve(value);
    const { metatype } = metadata;
    // Only what ValidationPipe checks (an argument of an input class; never the context, info or a scalar).
    const key = metatype && this.toValidate(metadata) ? memoKey(value) : null;
    if (key !== null && metatype && this.passed.has(metatype, key)) {
      // Passed before, exactly as it is now: what ValidationPipe would answer, without checking it again.
      this.stripProtoKeys(value);
      return Promise.resolve(plainToInstance(metatype, value, this.transformOptions) as unknown);
    }
    return (super.transform(value, metadata) as Promise<unknown>).then((checked) => {
      // Kept only when the answer is the plain copy of the value (nothing stripped, the class built as is), so a
      // later answer from the memo is the same object ValidationPipe would make.
      if (key !== null && metatype && checked instanceof metatype) {
        const copy = plainToInstance(metatype, value, this.transformOptions) as unknown;
        if (JSON.stringify(copy) === JSON.stringify(checked)) this.passed.add(metatype, key);
      }
      return checked;
    });
  }
}

/** A plain object's JSON text when short (a filter, an order), else null: long inputs (a form's texts) are not kept. */
function memoKey(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return null;
  try {
    // Only plain objects, arrays and primitives are written: the JSON of anything else (a Date, a Map, a Buffer)
    // could be that of another value.
    const text = JSON.stringify(value, function (this: Record<string, unknown>, key: string, written: unknown) {
      const original = this[key];
      if (typeof original === 'object' && original !== null && !Array.isArray(original)) {
        const prototype = Object.getPrototypeOf(original) as unknown;
        if (prototype !== Object.prototype && prototype !== null) throw NOT_PLAIN;
      }
      return written;
    });
    return text.length <= MEMO_KEY_MAX ? text : null;
  } catch {
    return null; // not plain, or not writable as JSON (a BigInt, a cycle): checked every time
  }
}

const NOT_PLAIN = new Error('not a plain value');
const MEMO_KEY_MAX = 500;

/**
 * The inputs that passed validation lately, per input class, as their JSON text (issue 12). The same filter comes
 * back request after request (a list's State, its statuses, its order), and checking it again (class-validator over
 * every rule of the class and its nested classes, Nest's walk for binary values) was 4–5 % of a filtered page's CPU.
 * Only inputs that passed are kept: a refusal is worked out, and worded, every time. Every rule of this API is a pure
 * function of the value, or (NotInFuture, PlausibleDate: the window moves ahead with the days) one under which a value
 * that passed once passes later too; still, what is kept is forgotten after `PASSED_FOR_MS`, so a rule added later
 * that depends on time or state is wrong for minutes at most, never for good. At most `PASSED_PER_CLASS` texts of at most
 * `MEMO_KEY_MAX` characters per class (a few megabytes over every input class at worst). The minutes are counted on a
 * monotonic clock (`performance.now()`), so a jump of the wall clock (NTP, a changed time zone setting) neither
 * keeps what passed for longer nor forgets it early.
 */
class PassedInputs {
  private byClass = new WeakMap<object, Set<string>>();
  private since: number;

  constructor(private readonly clock: Clock) {
    this.since = clock();
  }

  has(metatype: object, key: string): boolean {
    const now = this.clock();
    if (now - this.since > PASSED_FOR_MS) {
      this.byClass = new WeakMap();
      this.since = now;
      return false;
    }
    return this.byClass.get(metatype)?.has(key) ?? false;
  }

  add(metatype: object, key: string): void {
    let passed = this.byClass.get(metatype);
    if (!passed) this.byClass.set(metatype, (passed = new Set()));
    if (passed.size >= PASSED_PER_CLASS) passed.clear();
    passed.add(key);
  }
}

const PASSED_FOR_MS = 10 * 60_000;
const PASSED_PER_CLASS = 100;

/** Milliseconds from any fixed start, never going back. */
type Clock = () => number;

/**
 * class-validator on every GraphQL input; failures become BAD_USER_INPUT with reason INVALID_INPUT, naming each
 * field at fault and its constraint (so the client can say it in the user's language).
 */
export function createValidationPipe(
  // The validation memo's clock: a spec passes its own, to move time on without mocking a global.
  { clock = () => performance.now() }: { clock?: Clock } = {},
): ValidationPipe {
  memoizeValidationMetadata();
  return new InputValidationPipe(
    {
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
    },
    clock,
  );
}
