import { createRequire } from 'node:module';
import { buildSchema, parse, type ExecutionResult, type GraphQLError } from 'graphql';
import { compileQuery, isCompiledQuery } from 'graphql-jit';

/**
 * The errors graphql-jit met and left out of its answer: once an error at a non-null field has made the whole
 * `data` null, its trimmer reports none of the non-null fields' errors that follow (`trimData` in
 * graphql-jit/dist/non-null.js). graphql-js, too, reports only the first error of those that reach the same
 * nullable parent (it answers as soon as that one arrives), but an answer that leaves out the error of a database
 * that went away is a 200 where the client should have been told 503 (unavailable.ts): the compiled run has
 * waited for every field anyway, so it reports each error once (by path, as graphql-jit's trimmer does: a failed
 * non-null field is also reported as "Cannot return null" at the same path), after the ones graphql-jit kept.
 */
export function droppedErrors(result: ExecutionResult, run: JitRun | undefined): GraphQLError[] {
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
export interface JitRun {
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

/** Where the guarded runtime takes a promise's callbacks: a resolver's result, or an item of a list. */
type Guarded = 'resolver result' | 'list item';

/** The run the executor has started and whose synchronous part is running (see `traced`). */
export interface Trace {
  run?: JitRun;
  /** The start-up probe's only: which guarded handlers took a promise of the probe's run. */
  probe?: Set<Guarded>;
}
let tracing: Trace | undefined;
let guarded = false;

/** Runs the synchronous part of a compiled run, noting on `trace` the run graphql-jit made for it. */
export function traced<R>(trace: Trace, run: () => R): R {
  tracing = trace;
  try {
    return run();
  } finally {
    tracing = undefined;
  }
}

/**
 * Resolves once every promise a run left pending has settled and its callbacks ran. For a run whose synchronous
 * part threw: graphql-jit never set its `resolve` (the guarded handlers call it only when set), so nothing else
 * tells when the run's last resolver is done.
 */
export function settled(run: JitRun | undefined): Promise<void> {
  if (!run || run.promiseCounter === 0) return Promise.resolve();
  return new Promise((resolve) => {
    run.resolve = () => resolve();
  });
}

/**
 * graphql-jit calls resolvers inside a try, but the code it compiles for what follows (reading the plain
 * properties of the value, the fields without a resolver; `resolveType`; `isTypeOf`; iterating a list) runs
 * outside any: where graphql-js makes such a throw a field error, graphql-jit lets it out. In the synchronous part
 * of a run it leaves `run()` (caught by the executor); in the callback of a resolver's promise it rejected a promise
 * nobody holds (an unhandled rejection, which stops the process) and the count of pending promises never reached
 * zero: the request was never answered. And a run whose synchronous part threw left promises whose callbacks then
 * called a `resolve` that was never set, another unhandled rejection.
 *
 * graphql-jit offers no hook for it, so its runtime's promise handling is replaced, once per process, by the same
 * code with each callback in a try: a throw is kept on the run (`uncaught`, the executor then answers with
 * graphql-js), the count still goes down, and `resolve` is called only if there is one. The runtime is the object
 * compiled code calls (`__context.rt`), the one graphql-jit's CommonJS build requires (its ESM entry loads the
 * CommonJS execution module); the replacement also notes the run of the executor's call (`traced`), whose
 * errors `droppedErrors` reads.
 *
 * Checked at start-up with a compiled probe whose resolvers answer a promise and a list of promises: unless the
 * compiled code hands each to the guarded handlers, for the run the replaced `callResolver` noted, the runtime is
 * put back as it was and the start stops, rather than run unguarded after an upgrade of graphql-jit that changed it.
 */
export function guardJitRuntime(): void {
  if (guarded) return;
  const runtime = (createRequire(import.meta.url)('graphql-jit/dist/runtime.js') as { jitRuntime: JitRuntime })
    .jitRuntime;
  const names = ['isPromise', 'callResolver', 'handleResolverResult', 'handleListItemResult'] as const;
  if (!runtime || names.some((name) => typeof runtime[name] !== 'function')) {
    throw new Error('graphql-jit’s runtime is not the one jit-runtime-guard.ts was written for (0.8.9).');
  }
  const original: Partial<JitRuntime> = {
    callResolver: runtime.callResolver,
    handleResolverResult: runtime.handleResolverResult,
    handleListItemResult: runtime.handleListItemResult,
  };
  const callResolver = runtime.callResolver;
  const settle = (kind: Guarded) => (run: JitRun, value: unknown, onSuccess: Callback, onError: Callback) => {
    if (!runtime.isPromise(value)) {
      onSuccess(value);
      return;
    }
    if (tracing?.probe && tracing.run === run) tracing.probe.add(kind);
    const guard = (callback: Callback, outcome: unknown) => {
      try {
        callback(outcome);
      } catch (error) {
        run.uncaught ??= { error };
      }
      if (--run.promiseCounter === 0) run.resolve?.(run);
    };
    run.promiseCounter++;
    (value as Promise<unknown>).then(
      (outcome) => guard(onSuccess, outcome),
      (error) => guard(onError, error),
    );
  };
  runtime.callResolver = function (run, call, onSuccess, onError) {
    if (tracing && !tracing.run) tracing.run = run;
    callResolver.call(this, run, call, onSuccess, onError);
  };
  runtime.handleResolverResult = settle('resolver result');
  runtime.handleListItemResult = settle('list item');
  // Put back as it was unless the probe passed: a later call then starts from graphql-jit's own functions.
  let seen = new Set<Guarded>();
  try {
    seen = probe();
  } finally {
    if (seen.size < 2) Object.assign(runtime, original);
  }
  if (seen.size < 2) {
    const missed = (['resolver result', 'list item'] as const).filter((kind) => !seen.has(kind));
    throw new Error(
      `graphql-jit’s compiled code does not hand a ${missed.join(' or a ')} to the runtime jit-runtime-guard.ts guards.`,
    );
  }
  guarded = true;
}

/**
 * A compiled query whose resolvers answer a promise (`probe`) and a list of promises (`probes`), run once: both
 * registrations happen in the run's synchronous part, so what the guarded handlers saw is known when it returns.
 */
function probe(): Set<Guarded> {
  const schema = buildSchema('type Query { probe: String, probes: [String] }');
  const fields = schema.getQueryType()!.getFields();
  fields.probe.resolve = () => Promise.resolve(null);
  fields.probes.resolve = () => [Promise.resolve('x')];
  const compiled = compileQuery(schema, parse('{ probe probes }'));
  if (!isCompiledQuery(compiled)) throw new Error('graphql-jit did not compile the start-up probe.');
  const trace: Trace = { probe: new Set() };
  const { query: run } = compiled;
  void traced(trace, () => run(undefined, {}, {}));
  return trace.probe!;
}
