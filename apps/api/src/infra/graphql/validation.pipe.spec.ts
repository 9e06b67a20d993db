import 'reflect-metadata';
import { jest } from '@jest/globals';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ERROR_REASONS, VALIDATION_CONSTRAINTS, type ValidationProblem } from '@ta/domain';
import { Type } from 'class-transformer';
import { ArrayMaxSize, IsIn, IsOptional, IsString, MaxLength, Min, MinLength, ValidateNested } from 'class-validator';
import { GraphQLError } from 'graphql';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { badInput, notFound, stale } from '../errors/common-errors.js';
import { formatError } from './format-error.js';
import { createValidationPipe } from './validation.pipe.js';
import { IsAmount, NotInFuture } from './validators.js';

class LineInput {
  @IsAmount()
  amount!: string;
}

class SampleInput {
  @IsString()
  @MinLength(3)
  @MaxLength(20, { message: 'description must be at most 20 characters.' })
  description!: string;

  @IsIn(['A', 'B'])
  area!: string;

  @NotInFuture()
  receivedOn!: string;

  @IsOptional()
  @Min(1)
  count?: number;

  @IsOptional()
  @ArrayMaxSize(2)
  @ValidateNested({ each: true })
  @Type(() => LineInput)
  lines?: LineInput[];
}

class NotesInput {
  @IsString()
  @MaxLength(5000)
  notes!: string;
}

async function refusal(value: unknown): Promise<DomainError> {
  try {
    await createValidationPipe().transform(value, { type: 'body', metatype: SampleInput });
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('the input was accepted');
}

describe('validation failures', () => {
  it('name each field, its constraint and the constraint’s numbers', async () => {
    const error = await refusal({
      description: 'x'.repeat(21),
      area: 'Z',
      receivedOn: '2999-01-01',
      count: 0,
      lines: [{ amount: '12.5' }, { amount: '-1' }, { amount: '3' }],
    });
    expect(error.code).toBe(ErrorCode.BAD_USER_INPUT);
    expect(error.details?.reason).toBe('INVALID_INPUT');
    const problems = error.details?.problems as ValidationProblem[];
    const byConstraint = (field: string, constraint: string) =>
      problems.find((p) => p.field === field && p.constraint === constraint);
    expect(byConstraint('description', 'maxLength')).toEqual({
      field: 'description',
      constraint: 'maxLength',
      message: 'description must be at most 20 characters.',
      values: { max: 20 },
    });
    expect(byConstraint('area', 'isIn')?.values).toEqual({ values: ['A', 'B'] });
    expect(byConstraint('receivedOn', 'notInFuture')?.values).toEqual({});
    expect(byConstraint('count', 'min')?.values).toEqual({ min: 1 });
    expect(byConstraint('lines', 'arrayMaxSize')?.values).toEqual({ max: 2 });
    expect(byConstraint('lines.1.amount', 'isAmount')).toBeDefined();
    expect(problems.every((p) => (VALIDATION_CONSTRAINTS as readonly string[]).includes(p.constraint))).toBe(true);

    const sent = formatError({ message: 'Bad Request' }, new GraphQLError('x', { originalError: error }));
    expect(sent.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'INVALID_INPUT', field: 'description' });
    expect((sent.extensions!.problems as ValidationProblem[]).length).toBe(problems.length);
    // The target object the constraints were read from is never sent.
    expect(JSON.stringify(sent)).not.toContain('2999-01-01');
  });

  it('give the short description its minLength with min', async () => {
    const error = await refusal({ description: 'ab', area: 'A', receivedOn: '2008-01-01' });
    expect(error.details?.problems).toEqual([
      expect.objectContaining({ field: 'description', constraint: 'minLength', values: { min: 3 } }),
    ]);
  });
});

describe('an argument left out', () => {
  // What Nest passes for `@Args('filter')`: GqlParamtype ARGS (3) becomes 'body' in @nestjs/core's pipes-consumer
  // (exchangeEnumForString), with the argument's name as data. An absent optional argument (a list's filter) is
  // passed on as it is, not validated as an empty object; an HTTP body left out is still checked as one.
  const argument = { type: 'body', data: 'input', metatype: SampleInput } as const;

  it('passes through as undefined or null when it is a named GraphQL argument', async () => {
    const pipe = createValidationPipe();
    await expect(pipe.transform(undefined, argument)).resolves.toBeUndefined();
    await expect(pipe.transform(null, argument)).resolves.toBeNull();
    await expect(pipe.transform({ description: 'ab', area: 'A', receivedOn: '2008-01-01' }, argument)).rejects.toThrow(
      DomainError,
    );
  });

  it('is still refused when it is a missing HTTP body', async () => {
    const error = await refusal(undefined);
    expect((error.details?.problems as ValidationProblem[]).map((p) => p.field)).toContain('description');
  });
});

describe('an input that passed before', () => {
  const arg = { type: 'body' as const, metatype: SampleInput, data: 'input' };
  const valid = () => ({ description: 'training', area: 'A', receivedOn: '2008-06-10', lines: [{ amount: '12.50' }] });
  /**
   * How many times class-validator ran (ValidationPipe's `validate`), on a pipe of its own, whose memo reads the time
   * from `clock.now` (milliseconds; moved on by the test).
   */
  function counted() {
    const clock = { now: 0 };
    const pipe = createValidationPipe({ clock: () => clock.now });
    const validate = jest.spyOn(pipe as unknown as { validate: () => unknown }, 'validate');
    return { pipe, clock, checks: () => validate.mock.calls.length };
  }

  it('is answered as ValidationPipe answers it, without being checked again, as a new object each time', async () => {
    const { pipe, checks } = counted();
    const first = (await pipe.transform(valid(), arg)) as SampleInput;
    const second = (await pipe.transform(valid(), arg)) as SampleInput;
    expect(checks()).toBe(1);
    expect(second).toBeInstanceOf(SampleInput);
    expect(second.lines?.[0]).toBeInstanceOf(LineInput);
    expect(second).toStrictEqual(first);
    expect(second).not.toBe(first);
    // What one resolver does to its input never reaches the next request's.
    first.lines?.push({ amount: '1.00' });
    expect(((await pipe.transform(valid(), arg)) as SampleInput).lines).toHaveLength(1);
    // Another value is checked.
    await pipe.transform({ ...valid(), area: 'B' }, arg);
    expect(checks()).toBe(2);
  });

  it('is only an input class’s argument: the context, the info and scalars are never written out to be kept', async () => {
    const { pipe, checks } = counted();
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      const info = { fieldName: 'list', schema: {} };
      expect(await pipe.transform(info, { type: 'custom', metatype: Object })).toBe(info);
      expect(await pipe.transform('KEN', { type: 'body', metatype: String, data: 'iso3' })).toBe('KEN');
      expect(stringify).not.toHaveBeenCalled();
      expect(checks()).toBe(0);
    } finally {
      stringify.mockRestore();
    }
  });

  it('is only made of plain objects, arrays and primitives: a Date (whose JSON is a text’s) is checked every time', async () => {
    const { pipe, checks } = counted();
    const withDate = { ...valid(), receivedOn: new Date(Date.UTC(2008, 5, 10)) as unknown as string };
    for (let i = 0; i < 2; i++) await pipe.transform(withDate, arg).catch(() => null);
    expect(checks()).toBe(2);
  });

  it('is never a refusal kept: an invalid input is checked and refused every time', async () => {
    const { pipe, checks } = counted();
    for (let i = 0; i < 2; i++) {
      await expect(pipe.transform({ ...valid(), area: 'Z' }, arg)).rejects.toBeInstanceOf(DomainError);
    }
    expect(checks()).toBe(2);
  });

  it('is not kept when checking changed it (a property without rules stripped): stripped every time', async () => {
    const { pipe, checks } = counted();
    for (let i = 0; i < 2; i++) {
      const out = (await pipe.transform({ ...valid(), unknown: 'x' }, arg)) as Record<string, unknown>;
      expect(out.unknown).toBeUndefined();
    }
    expect(checks()).toBe(2);
  });

  it('is checked again after ten minutes, and long inputs are never kept', async () => {
    const { pipe, clock, checks } = counted();
    await pipe.transform(valid(), arg);
    clock.now = 9 * 60_000;
    await pipe.transform(valid(), arg);
    expect(checks()).toBe(1);
    clock.now = 11 * 60_000;
    await pipe.transform(valid(), arg);
    expect(checks()).toBe(2);
    const notes = { type: 'body' as const, metatype: NotesInput, data: 'input' };
    const long = { notes: 'n'.repeat(1200) };
    await pipe.transform(long, notes);
    await pipe.transform(long, notes);
    expect(checks()).toBe(4);
  });
});

describe('every error sent', () => {
  const send = (error: unknown) =>
    formatError({ message: 'raw', extensions: error instanceof GraphQLError ? error.extensions : undefined }, error)
      .extensions ?? {};

  it('carries the reason it was raised with', () => {
    const error = new DomainError(ErrorCode.FORBIDDEN, 'No.', 'stateIso3', {
      reason: 'OUT_OF_SCOPE',
      stateIso3: 'SEN',
    });
    expect(send(error)).toEqual({ code: 'FORBIDDEN', field: 'stateIso3', reason: 'OUT_OF_SCOPE', stateIso3: 'SEN' });
  });

  it('gets a default reason for its code when none was given', () => {
    expect(send(new DomainError(ErrorCode.BAD_USER_INPUT, 'Bad.'))).toMatchObject({ reason: 'INVALID_INPUT' });
    expect(send(new DomainError(ErrorCode.UNAUTHENTICATED, 'Sign in.'))).toMatchObject({ reason: 'SIGN_IN_REQUIRED' });
    expect(send(new DomainError(ErrorCode.FORBIDDEN, 'No.'))).toMatchObject({ reason: 'FORBIDDEN' });
    expect(send(new DomainError(ErrorCode.NOT_FOUND, 'Gone.'))).toMatchObject({ reason: 'NOT_FOUND' });
    expect(send(new DomainError(ErrorCode.CONFLICT, 'Changed.'))).toMatchObject({ reason: 'CONFLICT' });
    expect(send(new Error('boom'))).toMatchObject({ code: 'INTERNAL_SERVER_ERROR', reason: 'INTERNAL' });
    expect(send(new GraphQLError('Syntax Error', { extensions: { code: 'GRAPHQL_PARSE_FAILED' } }))).toEqual({
      code: 'BAD_USER_INPUT',
      reason: 'BAD_QUERY',
    });
    const duplicate = Object.assign(new Error('duplicate key'), { driverError: { code: '23505' } });
    expect(send(duplicate)).toEqual({ code: 'CONFLICT', reason: 'DUPLICATE' });
    const unknown = Object.assign(new Error('insert or update violates foreign key constraint'), {
      driverError: { code: '23503', detail: 'Key (field_office_code)=(ZZZ) is not present in table "field_office".' },
    });
    expect(send(unknown)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE', field: 'fieldOfficeCode' });
    const unnamed = Object.assign(new Error('fk'), { driverError: { code: '23503' } });
    expect(send(unnamed)).toEqual({ code: 'BAD_USER_INPUT', reason: 'UNKNOWN_REFERENCE' });
  });

  it('from the common helpers has a reason and its values', () => {
    expect(send(notFound('activity', 'a1'))).toMatchObject({ code: 'NOT_FOUND', reason: 'NOT_FOUND', id: 'a1' });
    expect(send(badInput('No.', 'year'))).toMatchObject({
      code: 'BAD_USER_INPUT',
      reason: 'INVALID_INPUT',
      field: 'year',
    });
    expect(send(badInput('No rate.', 'currency', 'RATE_MISSING', { currency: 'EUR' }))).toMatchObject({
      reason: 'RATE_MISSING',
      currency: 'EUR',
    });
    expect(send(stale('activity', 2, 3))).toMatchObject({
      code: 'CONFLICT',
      reason: 'STALE_VERSION',
      currentVersion: 3,
      expectedVersion: 2,
    });
  });
});

/** The API's sources, without tests. */
function sources(dir: string): Array<{ path: string; text: string }> {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sources(path);
    if (!entry.name.endsWith('.ts') || /spec\.ts$/.test(entry.name)) return [];
    return [{ path, text: readFileSync(path, 'utf8') }];
  });
}

describe('the catalogs in libs/domain/src/errors.ts', () => {
  const api = sources(join(process.cwd(), 'apps/api/src'));

  it('list every reason the API raises', () => {
    const raised = new Map<string, string>();
    for (const { path, text } of api) {
      for (const m of text.matchAll(/\breason:\s*'([A-Z][A-Z0-9_]*)'/g)) raised.set(m[1], path);
      for (const m of text.matchAll(/\breason:\s*`SIGN_IN_\$\{/g)) raised.set(`SIGN_IN_* (${m[0]})`, path);
      if (path.endsWith('.exception.ts')) {
        for (const m of text.matchAll(/^\s+([A-Z][A-Z0-9_]*) = '\1',?$/gm)) raised.set(m[1], path);
      }
    }
    raised.delete([...raised.keys()].find((k) => k.startsWith('SIGN_IN_* ')) ?? '');
    const missing = [...raised].filter(([reason]) => !(ERROR_REASONS as readonly string[]).includes(reason));
    expect(missing.map(([reason, path]) => `${reason} (${path})`)).toEqual([]);
    for (const problem of ['NONE', 'EXPIRED', 'INVALID', 'ENDED'])
      expect(ERROR_REASONS).toContain(`SIGN_IN_${problem}`);
  });

  it('list every validation constraint the API’s inputs use', () => {
    // A decorator's constraint name is its own name with a lower-case first letter, but for these.
    const special: Record<string, string> = { IsUUID: 'isUuid', ValidateNested: 'nestedValidation' };
    // IdempotencyKeyField is IsOptional and Matches together, IsPriorityAreaCode and IsSubAreaCode are Matches
    // (counted where validators.ts imports them): their constraint is `matches`.
    const ignored = new Set([
      'IsOptional',
      'ValidateIf',
      'Type',
      'Transform',
      'Allow',
      'IdempotencyKeyField',
      'IsPriorityAreaCode',
      'IsSubAreaCode',
    ]);
    const imported = new Set<string>();
    for (const { text } of api) {
      for (const m of text.matchAll(
        /import\s*\{([^}]*)\}\s*from\s*'(class-validator|[./]+(?:[\w-]+\/)*validators\.js)'/g,
      )) {
        for (const name of m[1].split(',').map((n) => n.trim().replace(/^type\s+/, ''))) {
          if (/^[A-Z]/.test(name) && !/^(ValidationOptions|ValidationArguments|ValidatorConstraint)/.test(name))
            imported.add(name);
        }
      }
    }
    const used = [...imported].filter((d) => !ignored.has(d) && !/^(registerDecorator|getMetadataStorage)$/.test(d));
    const constraints = used.map((d) => special[d] ?? d.charAt(0).toLowerCase() + d.slice(1));
    expect(constraints.length).toBeGreaterThan(5);
    expect(constraints.filter((c) => !(VALIDATION_CONSTRAINTS as readonly string[]).includes(c))).toEqual([]);
  });
});
