import {
  buildSchema,
  execute,
  GraphQLEnumType,
  GraphQLError,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLSchema,
  GraphQLString,
  parse,
  type DocumentNode,
  type ExecutionResult,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery } from 'graphql-jit';
import { jest } from '@jest/globals';
import {
  asGraphQLError,
  compiledExecutor,
  compiledGateway,
  shapeOf,
  type CompilePolicy,
} from './compiled-execution.js';
import { ApolloServer } from '@apollo/server';
import { DateScalar, DateTimeScalar, DecimalScalar } from './scalars.js';
import { serviceUnavailablePlugin } from './unavailable.js';

class Refused extends Error {}

/** Compiled from the first use, so each case below runs on graphql-jit. */
const EVERY_USE = { compileFromUse: 1, maxCompilations: 1000, windowMs: 60_000 };

// A list page in small: rows with plain fields, a field with an argument, an asynchronous relation, a failing field.
function schema(): GraphQLSchema {
  const built = buildSchema(`
    type Query { rows(first: Int!, kind: Kind): [Row!]! failing: String now: String }
    type Mutation { rename(id: ID!, name: String!): Row }
    type Subscription { ticks: Int }
    enum Kind { A B }
    type Row { id: ID! name(lang: String = "en"): String! area: Area secret: String }
    type Area { code: String! }
  `);
  const fields = (type: string) =>
    (built.getType(type) as unknown as { getFields(): Record<string, { resolve?: unknown }> }).getFields();
  const rows = [1, 2, 3].map((i) => ({ id: String(i), names: { en: `row ${i}`, fr: `ligne ${i}` }, area: `A${i}` }));
  fields('Query').rows.resolve = (_: unknown, args: { first: number; kind?: string }) => {
    if (args.first > 2) throw new Refused('first must be at most 2');
    return rows.slice(0, args.first).map((r) => ({ ...r, kind: args.kind }));
  };
  fields('Query').failing.resolve = () => {
    throw new Refused('no');
  };
  fields('Query').now.resolve = (_: unknown, __: unknown, context: { now: string }) => context.now;
  fields('Mutation').rename.resolve = (_: unknown, args: { id: string; name: string }) => ({
    id: args.id,
    names: { en: args.name, fr: args.name },
    area: null,
  });
  fields('Row').name.resolve = (r: { names: Record<string, string> }, args: { lang: string }) => r.names[args.lang];
  fields('Row').area.resolve = async (r: { area: string | null }) => (r.area ? { code: r.area } : null);
  fields('Row').secret.resolve = () => {
    throw new Refused('hidden');
  };
  return built;
}

function request(document: DocumentNode, variables?: Record<string, unknown>, operationName?: string) {
  const operation = document.definitions.find(
    (d): d is OperationDefinitionNode =>
      d.kind === 'OperationDefinition' && (!operationName || d.name?.value === operationName),
  );
  return { document, operation, operationName, context: { now: 'today' }, request: { variables } };
}

/** The same operation through graphql-js, as Apollo ran it before. */
function reference(s: GraphQLSchema, document: DocumentNode, variables?: Record<string, unknown>, name?: string) {
  return execute({
    schema: s,
    document,
    variableValues: variables,
    operationName: name,
    contextValue: { now: 'today' },
  }) as Promise<ExecutionResult>;
}

/** An executor on `on` (the rows schema by default) that counts its compilations. */
function counted(policy: CompilePolicy, on: GraphQLSchema = schema()) {
  let compiles = 0;
  const counting: typeof compileQuery = (...args) => {
    compiles++;
    return compileQuery(...args);
  };
  return { executor: compiledExecutor(on, policy, counting), compiles: () => compiles };
}

const asJson = (result: ExecutionResult) => JSON.parse(JSON.stringify(result)) as unknown;

describe('compiled execution (graphql-jit, issue 12)', () => {
  const s = schema();

  it.each([
    ['plain fields, an argument per row and an asynchronous relation', '{ rows(first: 2) { id name area { code } } }'],
    [
      'aliases, fragments and a default argument',
      '{ a: rows(first: 1) { ...R } b: rows(first: 2) { fr: name(lang: "fr") } } fragment R on Row { id name }',
    ],
    [
      'skip and include with variables',
      'query($x: Boolean!) { rows(first: 2) { id name @include(if: $x) area @skip(if: $x) { code } } }',
    ],
    ['an enum argument', '{ rows(first: 1, kind: B) { id } }'],
    ['__typename and the context', '{ __typename now rows(first: 1) { __typename id } }'],
  ])('answers %s exactly as graphql-js does', async (_name, source) => {
    const document = parse(source);
    const { executor, compiles } = counted(EVERY_USE);
    const variables = { x: true };
    const compiled = await executor(request(document, variables));
    expect(compiles()).toBe(1);
    expect(asJson(compiled)).toEqual(asJson(await reference(s, document, variables)));
    expect(compiled.errors).toBeUndefined();
  });

  it('reports a resolver error as graphql-js does: message, locations, path and the original error', async () => {
    const document = parse('{ rows(first: 2) { id secret } failing }');
    const compiled = await compiledExecutor(s, EVERY_USE)(request(document));
    const expected = await reference(s, document);
    expect(asJson(compiled)).toEqual(asJson(expected));
    for (const error of compiled.errors ?? []) {
      expect(error).toBeInstanceOf(GraphQLError);
      // Apollo reads the code of every error: graphql-js gives every error its extensions.
      expect(error.extensions).toEqual({});
      expect(error.originalError).toBeInstanceOf(Refused);
    }
    expect(compiled.errors?.map((e) => e.path)).toEqual([['rows', 0, 'secret'], ['rows', 1, 'secret'], ['failing']]);
  });

  it('reports refused variables in graphql-js words, with the nodes Apollo reads to answer BAD_USER_INPUT', async () => {
    const document = parse('query($n: Int!, $k: Kind) { rows(first: $n, kind: $k) { id } }');
    const variables = { n: 'three', k: 'C' };
    const compiled = await compiledExecutor(s, EVERY_USE)(request(document, variables));
    const expected = await reference(s, document, variables);
    expect(compiled.errors?.map((e) => e.message)).toEqual(expected.errors?.map((e) => e.message));
    expect(compiled.errors?.[0].nodes?.[0].kind).toBe('VariableDefinition');
    expect(compiled.data).toBeUndefined();
  });

  it('compiles a document once per operation, and again for another operation of it', async () => {
    const { executor, compiles } = counted(EVERY_USE);
    const document = parse('query One { rows(first: 1) { id } } query Two { rows(first: 2) { name } }');
    for (let i = 0; i < 3; i++) {
      expect((await executor(request(document, {}, 'One'))).data).toEqual({ rows: [{ id: '1' }] });
    }
    expect(compiles()).toBe(1);
    expect((await executor(request(document, {}, 'Two'))).data).toEqual({
      rows: [{ name: 'row 1' }, { name: 'row 2' }],
    });
    expect(compiles()).toBe(2);
    // Another parse of the same text is another document (Apollo keeps one per query text in its cache).
    await executor(request(parse('query One { rows(first: 1) { id } }'), {}, 'One'));
    expect(compiles()).toBe(3);
  });

  it('runs a document on graphql-js until its second use, and compiles no more than the budget per window', async () => {
    let now = 1_000_000;
    const clock = jest.spyOn(Date, 'now').mockImplementation(() => now);
    try {
      const { executor, compiles } = counted({ compileFromUse: 2, maxCompilations: 1, windowMs: 10_000 });
      const first = parse('{ rows(first: 1) { id } }');
      const second = parse('{ rows(first: 2) { id } }');
      expect((await executor(request(first))).data).toEqual({ rows: [{ id: '1' }] });
      expect(compiles()).toBe(0);
      expect((await executor(request(first))).data).toEqual({ rows: [{ id: '1' }] });
      expect(compiles()).toBe(1);
      // The budget is spent: the other document answers the same, on graphql-js, until the window turns.
      for (let i = 0; i < 3; i++) {
        expect((await executor(request(second))).data).toEqual({ rows: [{ id: '1' }, { id: '2' }] });
      }
      expect(compiles()).toBe(1);
      now += 10_000;
      expect((await executor(request(second))).data).toEqual({ rows: [{ id: '1' }, { id: '2' }] });
      expect(compiles()).toBe(2);
    } finally {
      clock.mockRestore();
    }
  });

  it('hands resolvers the variables graphql-js coerces: input fields’ defaults, the scalars, enums and lists', async () => {
    const seen: unknown[] = [];
    const Phase = new GraphQLEnumType({
      name: 'Phase',
      values: { PROPOSED: { value: 'PROPOSED' }, DONE: { value: 'DONE' } },
    });
    const Input = new GraphQLInputObjectType({
      name: 'Input',
      fields: {
        title: { type: new GraphQLNonNull(GraphQLString) },
        description: { type: new GraphQLNonNull(GraphQLString), defaultValue: '' },
        partners: { type: new GraphQLNonNull(new GraphQLList(new GraphQLNonNull(GraphQLString))), defaultValue: [] },
        phase: { type: new GraphQLNonNull(Phase), defaultValue: 'PROPOSED' },
        on: { type: DateScalar },
        amount: { type: DecimalScalar },
        at: { type: DateTimeScalar },
        tags: { type: new GraphQLList(GraphQLString) },
      },
    });
    const typed = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          save: {
            type: GraphQLString,
            args: { input: { type: new GraphQLNonNull(Input) } },
            resolve: (_: unknown, args: unknown) => {
              seen.push(args);
              return 'saved';
            },
          },
        },
      }),
    });
    const document = parse('query($input: Input!) { save(input: $input) }');
    const variables = {
      input: { title: 'T', on: '2008-06-10', amount: '125000.00', at: '2008-06-10T09:30:00.123Z', tags: 'one' },
    };
    const { executor, compiles } = counted(EVERY_USE, typed);
    expect((await executor(request(document, variables))).data).toEqual({ save: 'saved' });
    expect(compiles()).toBe(1);
    await reference(typed, document, variables);
    expect(seen).toHaveLength(2);
    expect(seen[0]).toEqual(seen[1]);
    expect(seen[0]).toEqual({
      input: {
        title: 'T',
        description: '',
        partners: [],
        phase: 'PROPOSED',
        on: '2008-06-10',
        amount: '125000.00',
        at: new Date('2008-06-10T09:30:00.123Z'),
        tags: ['one'],
      },
    });
  });

  it('leaves mutations to graphql-js (they run once, and graphql-js stops at the first that fails)', async () => {
    const { executor, compiles } = counted(EVERY_USE);
    const document = parse(
      'mutation { a: rename(id: "1", name: "x") { id name } b: rename(id: "2", name: "y") { id } }',
    );
    for (let i = 0; i < 2; i++) {
      const answer = await executor(request(document));
      expect(asJson(answer)).toEqual(asJson(await reference(s, document)));
    }
    expect(compiles()).toBe(0);
  });

  it('runs on graphql-js a request that leaves out a variable written inside an object or a list', async () => {
    const withInput = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: {
          echo: {
            type: GraphQLString,
            args: {
              input: {
                type: new GraphQLInputObjectType({
                  name: 'Echo',
                  fields: {
                    a: { type: GraphQLString },
                    b: { type: new GraphQLNonNull(GraphQLString), defaultValue: 'b' },
                    list: { type: new GraphQLList(GraphQLString) },
                  },
                }),
              },
            },
            resolve: (_: unknown, args: unknown) => JSON.stringify(args),
          },
        },
      }),
    });
    const { executor, compiles } = counted(EVERY_USE, withInput);
    const document = parse('query($a: String, $b: String, $l: String) { echo(input: { a: $a, b: $b, list: [$l] }) }');
    for (const variables of [{ a: 'x', b: 'y', l: 'z' }, { a: 'x' }, {}, { a: null, b: 'y', l: null }]) {
      const answer = await executor(request(document, variables));
      expect(asJson(answer)).toEqual(asJson(await reference(withInput, document, variables)));
    }
    // Compiled once (first request, every variable sent); the two that leave variables out ran on graphql-js.
    expect(compiles()).toBe(1);
    expect(shapeOf(document).nestedVariables.sort()).toEqual(['a', 'b', 'l']);
  });

  it('does not compile a document with a directive on a fragment spread or an inline fragment', async () => {
    const { executor, compiles } = counted(EVERY_USE);
    const document = parse(
      'query($a: Boolean!) { one: rows(first: 1) { ...R @include(if: $a) } two: rows(first: 2) { ...R ... on Row @skip(if: $a) { area { code } } } } fragment R on Row { id name }',
    );
    for (const variables of [{ a: false }, { a: true }]) {
      const answer = await executor(request(document, variables));
      expect(asJson(answer)).toEqual(asJson(await reference(s, document, variables)));
    }
    expect(compiles()).toBe(0);
    expect(shapeOf(parse('{ rows(first: 1) { ...R } } fragment R on Row { id @include(if: true) }')).compilable).toBe(
      true,
    );
  });

  it('leaves a subscription to graphql-js, which refuses it over HTTP as before', async () => {
    const document = parse('subscription { ticks }');
    const compiled = await compiledExecutor(s, EVERY_USE)(request(document));
    expect(asJson(compiled)).toEqual(asJson(await reference(s, document)));
  });

  describe('a value that throws where graphql-jit does not catch (a property getter, read by compiled code)', () => {
    // graphql-jit reads a field without a resolver as a plain property, outside any try: a getter that throws
    // there escapes graphql-jit. In the callback of a resolver's promise it used to leave the answer waiting for
    // ever (and an unhandled rejection); graphql-js makes it a field error.
    const unhandled: unknown[] = [];
    const onUnhandled = (reason: unknown) => unhandled.push(reason);
    beforeAll(() => process.on('unhandledRejection', onUnhandled));
    afterAll(() => process.off('unhandledRejection', onUnhandled));

    function throwingPage(asynchronous: boolean): GraphQLSchema {
      const built = buildSchema(`
        type Query { page: Page! other: String! }
        type Page { totalCount: Int! name: String! rows: [Row!]! }
        type Row { id: ID! area: String }
      `);
      const query = (built.getType('Query') as GraphQLObjectType).getFields();
      const page = () => {
        const value = { name: 'page', rows: [{ id: '1' }, { id: '2' }] };
        Object.defineProperty(value, 'totalCount', {
          get() {
            throw new Error('totalCount was not counted');
          },
        });
        return value;
      };
      query.page.resolve = asynchronous ? async () => page() : page;
      query.other.resolve = async () => 'other';
      (built.getType('Row') as GraphQLObjectType).getFields().area.resolve = async (row: { id: string }) =>
        `A${row.id}`;
      return built;
    }

    /**
     * The answer, or 'no answer' if none came within 10 s (the compiled run used to wait for ever; an answer takes
     * milliseconds, but a loaded machine can stall a worker for a second or more, which is not a hang).
     */
    const within = async (answer: Promise<ExecutionResult>) => {
      let timer: NodeJS.Timeout | undefined;
      try {
        return await Promise.race([
          answer,
          new Promise<'no answer'>((resolve) => (timer = setTimeout(() => resolve('no answer'), 10_000))),
        ]);
      } finally {
        // Not left running once the answer won.
        clearTimeout(timer);
      }
    };

    it.each([
      ['in the callback of a resolver’s promise', true],
      ['in the synchronous part of the run', false],
    ])(
      'answers as graphql-js does when it happens %s, and runs that document on graphql-js from then on',
      async (_, asynchronous) => {
        const throwing = throwingPage(asynchronous);
        const document = parse('{ other page { name totalCount rows { id area } } }');
        const { executor, compiles } = counted(EVERY_USE, throwing);
        const expected = asJson(await reference(throwing, document));
        expect(expected).toEqual({
          data: null,
          errors: [
            {
              message: 'totalCount was not counted',
              locations: [{ line: 1, column: 21 }],
              path: ['page', 'totalCount'],
            },
          ],
        });
        for (let i = 0; i < 2; i++) {
          const answer = await within(executor(request(document)));
          expect(answer).not.toBe('no answer');
          expect(asJson(answer as ExecutionResult)).toEqual(expected);
        }
        expect(compiles()).toBe(1);
        // Let the abandoned compiled run's last callbacks settle: none may reject unhandled.
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(unhandled).toEqual([]);
      },
    );

    it('lets the abandoned run’s pending resolvers finish before graphql-js runs them again', async () => {
      const throwing = throwingPage(false);
      const events: string[] = [];
      (throwing.getType('Query') as GraphQLObjectType).getFields().other.resolve = async () => {
        events.push('started');
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push('ended');
        return 'other';
      };
      const { executor } = counted(EVERY_USE, throwing);
      // `other` is called, then `page` throws in the run's synchronous part.
      const answer = await executor(request(parse('{ other page { name totalCount } }')));
      expect(answer.errors?.map((e) => e.message)).toEqual(['totalCount was not counted']);
      expect(events).toEqual(['started', 'ended', 'started', 'ended']);
    });
  });

  describe('errors that reach a non-null root (graphql-jit reported the first, and dropped the rest)', () => {
    /** A database that went away mid-request, as node-postgres reports it (see database-unavailable.ts). */
    const unreachable = () => Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

    /**
     * The refusal always arrives first and the unreachable database's errors after it, in a later turn of the event
     * loop, whatever the machine's load: each "gone" waits for the refusal asked before it (timers of 5 and 20 ms
     * once swapped their order on a loaded CI machine).
     */
    function failing(): GraphQLSchema {
      let refusal: Promise<unknown> = Promise.resolve();
      const refuse = () => {
        const refused = nextTurn().then(() => Promise.reject(new Refused('not yours')));
        refusal = refused.catch(() => undefined);
        return refused;
      };
      const gone = () =>
        refusal
          .then(nextTurn)
          .then(nextTurn)
          .then(() => Promise.reject(unreachable()));
      const built = buildSchema(`
        type Query { refused: String! gone: String! rows: [Row!]! fine: String }
        type Row { id: ID! area: String! }
      `);
      const query = (built.getType('Query') as GraphQLObjectType).getFields();
      query.refused.resolve = refuse;
      query.gone.resolve = gone;
      query.rows.resolve = () => [{ id: '1' }, { id: '2' }, { id: '3' }];
      query.fine.resolve = () => 'fine';
      (built.getType('Row') as GraphQLObjectType).getFields().area.resolve = (row: { id: string }) =>
        row.id === '1' ? refuse() : gone();
      return built;
    }

    it.each([
      ['two root fields', '{ fine first: refused then: gone }', [['first'], ['then']]],
      [
        'list items, under aliases',
        '{ list: rows { key: id place: area } }',
        [
          ['list', 0, 'place'],
          ['list', 1, 'place'],
          ['list', 2, 'place'],
        ],
      ],
    ])('reports every error of %s, the unreachable database’s after the first', async (_, source, paths) => {
      const schemaOf = failing();
      const document = parse(source);
      const compiled = await compiledExecutor(schemaOf, EVERY_USE)(request(document));
      const expected = await reference(schemaOf, document);
      // graphql-js, too, keeps only the first error of those that reach the same nullable parent.
      expect(expected.data).toBeNull();
      expect(expected.errors?.map((e) => e.path)).toEqual([paths[0]]);
      expect(compiled.data).toBeNull();
      expect(compiled.errors?.map((e) => e.path)).toEqual(paths);
      expect(compiled.errors?.[0]).toEqual(expected.errors?.[0]);
      expect(compiled.errors?.[0].locations).toEqual(expected.errors?.[0].locations);
      expect(compiled.errors?.slice(1).map((e) => (e.originalError as { code?: string }).code)).toEqual(
        paths.slice(1).map(() => 'ECONNREFUSED'),
      );
      for (const error of compiled.errors ?? []) expect(error).toBeInstanceOf(GraphQLError);
    });

    it('so Apollo answers 503 with Retry-After when the database went away, whichever error came first', async () => {
      const server = new ApolloServer({
        gateway: compiledGateway(failing(), EVERY_USE),
        plugins: [serviceUnavailablePlugin()],
      });
      await server.start();
      try {
        for (const query of ['{ first: refused then: gone }', '{ rows { area } }']) {
          const answer = await server.executeOperation({ query });
          expect(answer.http.status).toBe(503);
          expect(answer.http.headers.get('retry-after')).toBe('5');
        }
        // Without the database going away, the answer stays 200.
        expect((await server.executeOperation({ query: '{ refused }' })).http.status).toBeUndefined();
      } finally {
        await server.stop();
      }
    });
  });

  it('turns an error of graphql-jit into graphql-js’s class with the same fields', () => {
    const original = new Refused('x');
    const error = asGraphQLError(
      Object.assign(Object.create(GraphQLError.prototype) as GraphQLError, {
        message: 'x',
        locations: [{ line: 1, column: 3 }],
        path: ['a', 0],
        originalError: original,
      }),
    );
    expect(error).toBeInstanceOf(GraphQLError);
    expect(error.toJSON()).toEqual({ message: 'x', locations: [{ line: 1, column: 3 }], path: ['a', 0] });
    expect(error.originalError).toBe(original);
    expect(error.extensions).toEqual({});
  });

  it('refuses at start-up an enum whose values are not their names', () => {
    const Kind = new GraphQLEnumType({ name: 'Kind', values: { A: { value: 'a' } } });
    const odd = new GraphQLSchema({
      query: new GraphQLObjectType({
        name: 'Query',
        fields: { k: { type: Kind, args: { k: { type: Kind } } } },
      }),
    });
    expect(() => compiledGateway(odd)).toThrow('Enum Kind: value A stands for a');
  });

  it('gives Apollo the schema and the executor as a gateway does', async () => {
    const gateway = compiledGateway(s);
    const seen: GraphQLSchema[] = [];
    gateway.onSchemaLoadOrUpdate((context) => seen.push(context.apiSchema));
    expect(seen).toEqual([s]);
    const { executor } = await gateway.load();
    expect((await executor(request(parse('{ now }')))).data).toEqual({ now: 'today' });
    expect(() => compiledGateway(buildSchema('type Query { a: Nope }', { assumeValid: true }))).toThrow();
  });
});
