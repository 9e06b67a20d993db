import { createRequire } from 'node:module';
import { guardJitRuntime } from './jit-runtime-guard.js';

type Callback = (value: unknown) => void;
interface Run {
  promiseCounter: number;
  resolve?: (run: Run) => void;
}
interface Runtime {
  isPromise(value: unknown): boolean;
  callResolver(run: Run, call: () => unknown, onSuccess: Callback, onError: Callback): void;
  handleResolverResult(run: Run, value: unknown, onSuccess: Callback, onError: Callback): void;
  handleListItemResult(run: Run, value: unknown, onSuccess: Callback, onError: Callback): void;
}

/** The runtime object compiled code calls, as jit-runtime-guard.ts reaches it. */
const runtime = (createRequire(import.meta.url)('graphql-jit/dist/runtime.js') as { jitRuntime: Runtime }).jitRuntime;

describe('the start-up probe of the guard over graphql-jit’s runtime', () => {
  it('stops the start when a resolver’s promise does not reach the guarded handler, and puts the runtime back', () => {
    const callResolver = runtime.callResolver;
    const handlers = [runtime.handleResolverResult, runtime.handleListItemResult];
    // A graphql-jit whose callResolver settles a promise itself (as 0.8.9's internal resolvePromise would),
    // without going through handleResolverResult: its callbacks would run unguarded.
    const bypassing: Runtime['callResolver'] = function (run, call, onSuccess, onError) {
      const value = call();
      if (!runtime.isPromise(value)) return onSuccess(value);
      run.promiseCounter++;
      const done = (callback: Callback) => (outcome: unknown) => {
        callback(outcome);
        if (--run.promiseCounter === 0) run.resolve?.(run);
      };
      (value as Promise<unknown>).then(done(onSuccess), done(onError));
    };
    runtime.callResolver = bypassing;
    try {
      expect(() => guardJitRuntime()).toThrow(
        'graphql-jit’s compiled code does not hand a resolver result to the runtime jit-runtime-guard.ts guards.',
      );
      // As it was: not wrapped a second time by the next call.
      expect(runtime.callResolver).toBe(bypassing);
      expect([runtime.handleResolverResult, runtime.handleListItemResult]).toEqual(handlers);
    } finally {
      runtime.callResolver = callResolver;
    }
    // graphql-jit 0.8.9 as it is passes.
    expect(() => guardJitRuntime()).not.toThrow();
    expect(runtime.callResolver).not.toBe(callResolver);
    expect(runtime.handleResolverResult).not.toBe(handlers[0]);
  });
});
