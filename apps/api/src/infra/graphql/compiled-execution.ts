import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  assertValidSchema,
  execute,
  getVariableValues,
  GraphQLError,
  isEnumType,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
  type ListValueNode,
  type ObjectValueNode,
  visit,
  type OperationDefinitionNode,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { droppedErrors, guardJitRuntime, settled, traced, type Trace } from './jit-runtime-guard.js';
import type { LeanQueries } from './lean-queries.js';

const logger = new Logger('GraphQL');

/** What Apollo hands a gateway's executor (the part of `GatewayGraphQLRequestContext` used here). */
export interface CompiledRequest {
  document: DocumentNode;
  /** The query's text as the client sent it. */
  source?: string;
  operationName?: string | null;
  operation?: OperationDefinitionNode;
  context: unknown;
  request: { variables?: Record<string, unknown>; operationName?: string | null };
}

/** graphql-js's limit on the variable errors it reports, kept so the message stays the same. */
const MAX_VARIABLE_ERRORS = 50;

/** How often a document is compiled, and how much compiling a process does at most (see `compiledExecutor`). */
export interface CompilePolicy {
  /** The use of a document (by operation) from which it is compiled; the uses before run on graphql-js. */
  compileFromUse: number;
  /** At most this many compilations per `windowMs`; past it, documents run on graphql-js until the next window. */
  maxCompilations: number;
  windowMs: number;
}

export const COMPILE_POLICY: CompilePolicy = { compileFromUse: 2, maxCompilations: 20, windowMs: 10_000 };

interface Entry {
  uses: number;
  compiled?: CompiledQuery | ExecutionResult;
  shape: { compilable: boolean; nestedVariables: string[] };
}

/**
 * Queries run as JavaScript compiled for their document by graphql-jit (issue 12), instead of graphql-js
 * walking the document field by field for every row: a page of fifty requests is some five hundred fields,
 * each of which graphql-js resolves through its generic machinery (a path object, a promise check and a lookup of
 * the field's definition per value). The compiled function is kept as long as Apollo keeps the parsed document
 * (its document cache, one per query text), so a query the web client sends a thousand times is compiled once.
 *
 * Compiling costs some milliseconds, a few hundred executions' worth: a document is compiled on its second use
 * (a query sent once, as a person's own tool may, runs on graphql-js), and a process compiles at most
 * `maxCompilations` documents per window, so that new documents sent in a stream cost no more than they did.
 *
 * Resolvers, the access guard, pipes, DataLoaders and errors are the same: only the walk changes. Where graphql-jit
 * differs from graphql-js, graphql-js decides: variables are coerced by graphql-js (its messages and the nodes Apollo
 * reads to answer BAD_USER_INPUT, and the default values of input fields, which graphql-jit leaves out) and handed
 * to graphql-jit as coerced (graphql-jit's own coercion then changes nothing: every enum's values are their names,
 * checked by `compiledGateway`, and the scalars accept what they give); its errors are made graphql-js errors (with
 * their locations, path and original error). Mutations (they run once and
 * write; graphql-jit would also run the next root mutation after one failed), subscriptions (graphql-ws) and what
 * `shapeOf` sets aside run on graphql-js. A throw graphql-jit does not catch is answered by graphql-js
 * (`guardJitRuntime`), and every error of a run whose `data` became null is reported (`droppedErrors`; both in
 * jit-runtime-guard.ts).
 *
 * What still differs from graphql-js in the error list (the order and the count; no client depends on them) is
 * written in docs/architecture.md ("Queries run compiled").
 */
export function compiledExecutor(
  schema: GraphQLSchema,
  policy: CompilePolicy = COMPILE_POLICY,
  compile: typeof compileQuery = compileQuery,
  answeredCompiled?: (request: CompiledRequest) => void,
) {
  // Documents in the order they were first seen, at most MAX_DOCUMENTS kept (the oldest goes first).
  const entries = new Map<DocumentNode, Map<string, Entry>>();
  let windowStart = 0;
  let compilations = 0;

  function mayCompile(): boolean {
    const now = Date.now();
    if (now - windowStart >= policy.windowMs) {
      windowStart = now;
      compilations = 0;
    }
    if (compilations >= policy.maxCompilations) return false;
    compilations++;
    return true;
  }

  function entryFor(document: DocumentNode, operationName: string | undefined): Entry {
    let byOperation = entries.get(document);
    if (!byOperation) {
      if (entries.size >= MAX_DOCUMENTS) entries.delete(entries.keys().next().value as DocumentNode);
      entries.set(document, (byOperation = new Map()));
    }
    const key = operationName ?? '';
    let entry = byOperation.get(key);
    if (!entry) byOperation.set(key, (entry = { uses: 0, shape: shapeOf(document) }));
    return entry;
  }

  function compiledFor(entry: Entry, document: DocumentNode, operationName: string | undefined) {
    if (entry.compiled) return entry.compiled;
    entry.uses++;
    if (!entry.shape.compilable || entry.uses < policy.compileFromUse || !mayCompile()) return null;
    // Errors are made with graphql-js's class below; graphql-jit need not capture a stack for its own.
    entry.compiled = compile(schema, document, operationName, { disablingCapturingStackErrors: true });
    return entry.compiled;
  }

  const onGraphqlJs = (request: CompiledRequest) =>
    execute({
      schema,
      document: request.document,
      operationName: request.operationName ?? undefined,
      contextValue: request.context,
      variableValues: request.request.variables ?? {},
    });

  /**
   * A compiled run met an error graphql-jit does not catch (see `guardJitRuntime`): the request is answered by
   * graphql-js, which makes it the field error it is, and the document runs on graphql-js from then on (the
   * same fields would most likely throw again; a compiled answer is only ever a faster one).
   *
   * The compiled run's resolvers then run a second time, on graphql-js. That is safe only because a query only
   * reads: mutations are never compiled, and a query whose resolvers wrote (an audit of reads, say) must not be
   * compiled either, or it would write twice. The two runs do not overlap: an error in a promise's callback is
   * seen once the compiled run's answer came (every promise settled), and after a throw in its synchronous part
   * the executor waits for the promises the run left pending (`settled`).
   */
  function fallBack(entry: Entry, request: CompiledRequest, error: unknown) {
    entry.compiled = undefined;
    entry.shape.compilable = false;
    const said = error instanceof Error ? `${error.name}: ${error.message}` : 'a value that is not an Error';
    logger.warn(
      `A compiled query met an error graphql-jit does not catch (${said}); graphql-js answered it, and runs the document from now on.`,
    );
    return onGraphqlJs(request);
  }

  guardJitRuntime();

  return async (request: CompiledRequest): Promise<ExecutionResult> => {
    const operation = request.operation;
    // Queries only: a mutation runs once and writes; graphql-jit would also run the next root mutation after one
    // failed, where graphql-js stops.
    if (!operation || operation.operation !== 'query') return onGraphqlJs(request);
    const operationName = request.operationName ?? undefined;
    const entry = entryFor(request.document, operationName);
    const compiled = compiledFor(entry, request.document, operationName);
    if (!compiled || !isCompiledQuery(compiled)) return onGraphqlJs(request);
    const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], request.request.variables ?? {}, {
      maxErrors: MAX_VARIABLE_ERRORS,
    });
    if (coerced.errors) return { errors: coerced.errors };
    // graphql-jit gives a variable written inside an object or a list (`filter: { stateIso3: $s }`) the value null
    // when it is not sent, where graphql-js leaves the field out: such a request runs on graphql-js.
    if (entry.shape.nestedVariables.some((name) => !(name in coerced.coerced))) return onGraphqlJs(request);
    // graphql-jit calls the compiled operation `query`.
    const { query: run } = compiled;
    const trace: Trace = {};
    let answer: ReturnType<typeof run>;
    try {
      answer = traced(trace, () => run(undefined, request.context, coerced.coerced));
    } catch (error) {
      // Its resolvers' promises may still be pending: graphql-js runs after they settled, not beside them.
      await settled(trace.run);
      return fallBack(entry, request, error);
    }
    let result: ExecutionResult;
    try {
      result = await answer;
    } catch (error) {
      return fallBack(entry, request, error);
    }
    if (trace.run?.uncaught) return fallBack(entry, request, trace.run.uncaught.error);
    const errors = [...(result.errors ?? []), ...droppedErrors(result, trace.run)];
    if (errors.length) return { ...result, errors: errors.map(asGraphQLError) };
    // Answered compiled without an error: the query may take the short way from now on (lean-queries.ts).
    if (result.data) answeredCompiled?.(request);
    return result;
  };
}

/** Documents whose compiled form one process keeps (each a few kilobytes of generated code). */
const MAX_DOCUMENTS = 500;

/**
 * What decides, once per document, whether graphql-jit may run it: a directive on a fragment spread or an inline
 * fragment (`...R @include(if: $a)`) is not compiled (graphql-jit marks the fragment's fields themselves, so the
 * condition would reach the fragment's other uses); the variables written inside object or list values are checked
 * on each request (see above).
 */
export function shapeOf(document: DocumentNode): Entry['shape'] {
  const nestedVariables = new Set<string>();
  let compilable = true;
  const collectVariables = (node: ObjectValueNode | ListValueNode) => {
    visit(node, {
      Variable(variable) {
        nestedVariables.add(variable.name.value);
      },
    });
    return false;
  };
  visit(document, {
    FragmentSpread(node) {
      if (node.directives?.length) compilable = false;
    },
    InlineFragment(node) {
      if (node.directives?.length) compilable = false;
    },
    ObjectValue: collectVariables,
    ListValue: collectVariables,
  });
  return { compilable, nestedVariables: [...nestedVariables] };
}

/**
 * graphql-jit's error as graphql-js's: Apollo reads `extensions.code` of every error (graphql-jit leaves
 * `extensions` undefined when there are none) and `formatError` reads the original error.
 */
export function asGraphQLError(error: GraphQLError): GraphQLError {
  const original = error.originalError ?? undefined;
  const made = new GraphQLError(error.message, {
    path: error.path,
    originalError: original,
    extensions: error.extensions ?? undefined,
  });
  // graphql-jit computed the locations already (graphql-js would from the nodes, which it does not keep).
  if (error.locations?.length) Object.assign(made, { locations: error.locations });
  return made;
}

/**
 * Apollo's gateway interface, the one way Apollo Server takes an executor of one's own: the schema is the one Nest
 * built (checked as Apollo checks a schema it is given), and the executor the compiled one above.
 */
export function compiledGateway(schema: GraphQLSchema, policy: CompilePolicy = COMPILE_POLICY, lean?: LeanQueries) {
  assertValidSchema(schema);
  assertEnumValuesAreNames(schema);
  const executor = compiledExecutor(schema, policy, compileQuery, lean && ((request) => lean.learnQuery(request)));
  lean?.useExecutor(schema, executor);
  const coreSupergraphSdl = '';
  return {
    onSchemaLoadOrUpdate(callback: (schemaContext: { apiSchema: GraphQLSchema; coreSupergraphSdl: string }) => void) {
      callback({ apiSchema: schema, coreSupergraphSdl });
      return () => undefined;
    },
    async load() {
      return { executor };
    },
    async stop() {
      // Nothing to stop: the schema does not change while the process runs.
    },
  };
}

/**
 * Nest's Apollo driver with the compiled executor: Nest builds the schema and starts Apollo Server with it as
 * before, only as a gateway's (see `compiledGateway`) rather than as its own schema.
 */
export class CompiledApolloDriver extends ApolloDriver {
  /** Compiled queries answered without Apollo's pipeline (`leanQueries` in the configuration: off when absent). */
  lean?: LeanQueries;

  protected override registerExpress(options: ApolloDriverConfig, hooks?: { preStartHook?: () => void }) {
    const { compilePolicy, leanQueries, ...apollo } = options as ApolloDriverConfig & {
      compilePolicy?: CompilePolicy;
      leanQueries?: LeanQueries;
    };
    const schema = apollo.schema;
    if (!schema) throw new Error('The GraphQL schema was not built before Apollo Server started.');
    this.lean = leanQueries;
    return super.registerExpress(
      {
        ...apollo,
        schema: undefined,
        typeDefs: undefined,
        resolvers: undefined,
        gateway: compiledGateway(schema, compilePolicy, leanQueries),
      } as ApolloDriverConfig,
      hooks,
    );
  }
}

/**
 * graphql-jit is handed variables graphql-js has coerced and coerces them again: an enum whose values differ from
 * their names would not survive that (`enumOf` in enum-of.ts makes every enum so; this says it at start-up).
 */
export function assertEnumValuesAreNames(schema: GraphQLSchema): void {
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isEnumType(type)) continue;
    for (const value of type.getValues()) {
      if (value.value !== value.name) {
        throw new Error(
          `Enum ${type.name}: value ${value.name} stands for ${String(value.value)}. Declare enums with enumOf (values are their names).`,
        );
      }
    }
  }
}
