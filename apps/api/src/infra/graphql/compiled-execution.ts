import { createRequire } from 'node:module';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Logger } from '@nestjs/common';
import {
  assertValidSchema,
  buildSchema,
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
  parse,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

const logger = new Logger('GraphQL');

/** What Apollo hands a gateway's executor (the part of `GatewayGraphQLRequestContext` used here). */
export interface CompiledRequest {
  document: DocumentNode;
  operationName?: string | null;
  operation?: OperationDefinitionNode;
  context: unknown;
  request: { variables?: Record<string, unknown> };
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
 * (`guardJitRuntime`), and every error of a run whose `data` became null is reported (`droppedErrors`).
 *
 * What still differs from graphql-js in the error list (no client depends on it; see docs/architecture.md): the
 * order (graphql-jit lists nullable fields' errors first, then non-null fields', each in the order they
 * happened; graphql-js in the order they happened) and the count (graphql-jit runs every field and reports every
 * error; graphql-js stops running a parent's other fields after a non-null one failed synchronously, and reports
 * only the first error of those that reach one nullable parent). Paths (with aliases and list indexes), messages
 * and locations are the same.
 */
export function compiledExecutor(
  schema: GraphQLSchema,
  policy: CompilePolicy = COMPILE_POLICY,
  compile: typeof compileQuery = compileQuery,
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
    tracing = trace;
    try {
      answer = run(undefined, request.context, coerced.coerced);
    } catch (error) {
      tracing = undefined;
      return fallBack(entry, request, error);
    }
    tracing = undefined;
    let result: ExecutionResult;
    try {
      result = await answer;
    } catch (error) {
      return fallBack(entry, request, error);
    }
    if (trace.run?.uncaught) return fallBack(entry, request, trace.run.uncaught.error);
    const errors = [...(result.errors ?? []), ...droppedErrors(result, trace.run)];
    return errors.length ? { ...result, errors: errors.map(asGraphQLError) } : result;
  };
}

/**
 * The errors graphql-jit met and left out of its answer: once an error at a non-null field has made the whole
 * `data` null, its trimmer reports none of the non-null fields' errors that follow (`trimData` in
 * graphql-jit/dist/non-null.js). graphql-js, too, reports only the first error of those that reach the same
 * nullable parent (it answers as soon as that one arrives), but an answer that leaves out the error of a database
 * that went away is a 200 where the client should have been told 503 (unavailable.ts): the compiled run has
 * waited for every field anyway, so it reports each error once (by path, as graphql-jit's trimmer does: a failed
 * non-null field is also reported as "Cannot return null" at the same path), after the ones graphql-jit kept.
 */
function droppedErrors(result: ExecutionResult, run: JitRun | undefined): GraphQLError[] {
  if (!run || result.data !== null || !run.nullErrors.length) return [];
  const reported = new Set((result.errors ?? []).map((error) => pathKey(error.path)));
  const dropped: GraphQLError[] = [];
  for (const error of run.nullErrors) {
    const key = pathKey(error.path);
    if (reported.has(key)) continue;
    reported.add(key);
    dropped.push(error);
  }
  return dropped;
}

const pathKey = (path: GraphQLError['path']) => (path ?? []).join('.');

/** What graphql-jit 0.8.9 keeps of one run (its "execution context", handed to every function of its runtime). */
interface JitRun {
  context: unknown;
  promiseCounter: number;
  /** Set once the run's synchronous part has ended with promises still pending; resolves the run's answer. */
  resolve?: (run: JitRun) => void;
  errors: GraphQLError[];
  nullErrors: GraphQLError[];
  /** Added here: the first error a callback of the run threw (see `guardJitRuntime`). */
  uncaught?: { error: unknown };
}

type Callback = (value: unknown) => void;

/** The functions of graphql-jit's runtime (graphql-jit/dist/runtime.js) that compiled code calls and this replaces. */
interface JitRuntime {
  isPromise(value: unknown): boolean;
  callResolver(run: JitRun, call: () => unknown, onSuccess: Callback, onError: Callback): void;
  handleResolverResult(run: JitRun, value: unknown, onSuccess: Callback, onError: Callback): void;
  handleListItemResult(run: JitRun, value: unknown, onSuccess: Callback, onError: Callback): void;
}

/** The run the executor has started and whose synchronous part is running (see `guardJitRuntime`). */
interface Trace {
  run?: JitRun;
}
let tracing: Trace | undefined;
let guarded = false;

/**
 * graphql-jit calls resolvers inside a try, but the code it compiles for what follows (reading the plain
 * properties of the value, the fields without a resolver; `resolveType`; iterating a list) runs outside any:
 * where graphql-js makes such a throw a field error, graphql-jit lets it out. In the synchronous part of a run it
 * leaves `run()` (caught below); in the callback of a resolver's promise it rejected a promise nobody holds (an
 * unhandled rejection, which stops the process) and the count of pending promises never reached zero: the request
 * was never answered. And a run whose synchronous part threw left promises whose callbacks then called a
 * `resolve` that was never set, another unhandled rejection.
 *
 * graphql-jit offers no hook for it, so its runtime's promise handling is replaced, once per process, by the same
 * code with each callback in a try: a throw is kept on the run (`uncaught`, the executor then answers with
 * graphql-js), the count still goes down, and `resolve` is called only if there is one. The runtime is the object
 * compiled code calls (`__context.rt`), the one graphql-jit's CommonJS build requires (its ESM entry loads the
 * CommonJS execution module); the replacement also notes the run of the executor's call (`tracing`), whose
 * errors `droppedErrors` reads. Checked at start-up with a compiled probe: an upgrade of graphql-jit that changes
 * its runtime stops the start rather than running unguarded.
 */
function guardJitRuntime(): void {
  if (guarded) return;
  const runtime = (createRequire(import.meta.url)('graphql-jit/dist/runtime.js') as { jitRuntime: JitRuntime })
    .jitRuntime;
  const names = ['isPromise', 'callResolver', 'handleResolverResult', 'handleListItemResult'] as const;
  if (!runtime || names.some((name) => typeof runtime[name] !== 'function')) {
    throw new Error('graphql-jit’s runtime is not the one compiled-execution.ts was written for (0.8.9).');
  }
  const callResolver = runtime.callResolver;
  const settle = (run: JitRun, value: unknown, onSuccess: Callback, onError: Callback) => {
    if (!runtime.isPromise(value)) {
      onSuccess(value);
      return;
    }
    const guard = (callback: Callback, settled: unknown) => {
      try {
        callback(settled);
      } catch (error) {
        run.uncaught ??= { error };
      }
      if (--run.promiseCounter === 0) run.resolve?.(run);
    };
    run.promiseCounter++;
    (value as Promise<unknown>).then(
      (settled) => guard(onSuccess, settled),
      (error) => guard(onError, error),
    );
  };
  runtime.callResolver = function (run, call, onSuccess, onError) {
    if (tracing && !tracing.run) tracing.run = run;
    callResolver.call(this, run, call, onSuccess, onError);
  };
  runtime.handleResolverResult = settle;
  runtime.handleListItemResult = settle;
  guarded = true;
  // The probe: compiled code must call the runtime replaced here.
  const probe = buildSchema('type Query { probe: String }');
  const compiled = compileQuery(probe, parse('{ probe }'));
  const trace: Trace = {};
  tracing = trace;
  try {
    if (isCompiledQuery(compiled)) {
      const { query: run } = compiled;
      void run(undefined, {}, {});
    }
  } finally {
    tracing = undefined;
  }
  if (!trace.run) {
    guarded = false;
    throw new Error('graphql-jit’s compiled code does not call the runtime compiled-execution.ts guards.');
  }
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
export function compiledGateway(schema: GraphQLSchema, policy: CompilePolicy = COMPILE_POLICY) {
  assertValidSchema(schema);
  assertEnumValuesAreNames(schema);
  const executor = compiledExecutor(schema, policy);
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
  protected override registerExpress(options: ApolloDriverConfig, hooks?: { preStartHook?: () => void }) {
    const { compilePolicy, ...apollo } = options as ApolloDriverConfig & { compilePolicy?: CompilePolicy };
    const schema = apollo.schema;
    if (!schema) throw new Error('The GraphQL schema was not built before Apollo Server started.');
    return super.registerExpress(
      {
        ...apollo,
        schema: undefined,
        typeDefs: undefined,
        resolvers: undefined,
        gateway: compiledGateway(schema, compilePolicy),
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
