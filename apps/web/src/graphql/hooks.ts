import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import {
  createRequest,
  makeOperation,
  type AnyVariables,
  type Client,
  type CombinedError,
  type OperationContext,
  type OperationResult,
  type RequestPolicy,
} from '@urql/core';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { Provider, useClient, useQuery as useUrqlQuery } from 'urql';
import { lastSentBeforeChange } from './numbered-requests';

export { Provider as GraphQLProvider, useClient as useGraphQLClient };

/**
 * The app's GraphQL hooks, on urql (a document cache: a query's answer is kept whole, and a mutation whose answer
 * holds a type — `AssistanceRequest`, `Contribution` … — makes every kept answer holding that type stale, the
 * visible ones asked again). Two things a document cache cannot know are said here, by name:
 * - `refetchQueries`: the queries on screen a mutation changes without its answer saying so (a list that was
 *   empty, a total), asked again after it;
 * - `evict`: the root fields (`assistanceRequests`, `contributions` …) a mutation makes stale everywhere: the
 *   queries on screen that ask for one are asked again, and the others go to the server when next shown.
 */

type Variables = Record<string, unknown>;
type Document<TData, TVariables> = TypedDocumentNode<TData, TVariables>;

/** The queries on screen, by operation name and root fields, for `refetchQueries` and `evict`. */
interface ActiveQuery {
  name: string;
  fields: readonly string[];
  refetch: () => Promise<unknown>;
}
const active = new Set<ActiveQuery>();

/** When each root field was last made stale, and when each query (by request key) was last answered. */
let clock = 0;
const staleSince = new Map<string, number>();
const answeredAt = new Map<number, number>();

function operationOf(document: TypedDocumentNode<unknown, never>): { name: string; fields: string[] } {
  for (const definition of document.definitions) {
    if (definition.kind !== 'OperationDefinition') continue;
    const fields = definition.selectionSet.selections.flatMap((s) => (s.kind === 'Field' ? [s.name.value] : []));
    return { name: definition.name?.value ?? '', fields };
  }
  return { name: '', fields: [] };
}

const described = new WeakMap<object, { name: string; fields: string[] }>();
function describe(document: TypedDocumentNode<unknown, never>): { name: string; fields: string[] } {
  let found = described.get(document);
  if (!found) described.set(document, (found = operationOf(document)));
  return found;
}

/** The queries on screen with these operation names, asked again; resolves when all have answered. */
export function refetchQueries(names: readonly string[]): Promise<void> {
  const wanted = new Set(names);
  return Promise.all([...active].filter((q) => wanted.has(q.name)).map((q) => q.refetch())).then(() => undefined);
}

/** These root fields are stale: asked again now where shown, and from the server when next shown elsewhere. */
export function evict(fields: readonly string[]): Promise<void> {
  clock += 1;
  for (const field of fields) staleSince.set(field, clock);
  const stale = new Set(fields);
  return Promise.all([...active].filter((q) => q.fields.some((f) => stale.has(f))).map((q) => q.refetch())).then(
    () => undefined,
  );
}

function isStale(fields: readonly string[], key: number): boolean {
  const answered = answeredAt.get(key) ?? -1;
  return fields.some((field) => (staleSince.get(field) ?? -1) > answered);
}

const MAX_TRIES = 8;

/**
 * Whether an answer may have been read before the change numbered `since`: an answer this page kept (a cache hit:
 * another query on screen asked the same meanwhile), or one to a request sent before it.
 */
function mayPredate(result: OperationResult, since: number): boolean {
  if (result.operation.context.meta?.cacheOutcome === 'hit') return true;
  const sentAt = result.operation.context.sentAt as number | undefined;
  return sentAt !== undefined && sentAt <= since;
}

/**
 * Asks the server again, now, and answers with what it says after the last change this page knows of (its own
 * mutation, a live event). urql folds a request into one for the same query still on the line; if that one was
 * sent before the change (the page was still loading when the person acted), the server may have read it before:
 * its answer is shown, then the query is asked again (the requests are numbered: numbered-requests.ts).
 */
export async function askAgain<TData, TVariables extends AnyVariables>(
  client: Client,
  document: Document<TData, TVariables>,
  variables: TVariables,
  context?: Partial<OperationContext>,
): Promise<OperationResult<TData, TVariables>> {
  const since = lastSentBeforeChange();
  const operation = client.createRequestOperation<TData, TVariables>('query', createRequest(document, variables), {
    ...context,
    requestPolicy: 'network-only',
  });
  // Each try after an answer that may predate the change sends a request (that answer cleared the line for this
  // query) or waits for one sent after the change; only requests sent before the call are refused, and there are
  // few. The bound is a guard, never reached in practice.
  for (let tries = 1; ; tries += 1) {
    const result = await client.executeRequestOperation(operation).toPromise();
    if (!mayPredate(result, since) || tries === MAX_TRIES) return result;
  }
}

export interface QueryOptions<TVariables> {
  variables?: TVariables;
  skip?: boolean;
  /** `network-only`: always asked of the server when shown (the default reads a kept answer first). */
  fetchPolicy?: 'cache-first' | 'network-only' | 'cache-and-network';
  pollInterval?: number;
  /** Kept for readability at the call sites: `loading` is true whenever a request is on the line. */
  notifyOnNetworkStatusChange?: boolean;
  /** Types the answer may hold none of (an empty list) whose mutations should still make it stale. */
  additionalTypenames?: string[];
}

export interface QueryResult<TData, TVariables> {
  data: TData | undefined;
  /** The last answer before this one (while other variables are being asked, the answer to the previous ones). */
  previousData: TData | undefined;
  loading: boolean;
  error: CombinedError | undefined;
  refetch: (variables?: Partial<TVariables>) => Promise<{ data?: TData; error?: CombinedError }>;
  /** Asks with other variables and merges the answer into the current one (a next page). */
  fetchMore: (options: {
    variables: Variables;
    updateQuery: (previous: TData, more: { fetchMoreResult: TData }) => TData;
  }) => Promise<void>;
}

/**
 * A query's options: the variables must be given when the document requires some (its `$x: T!`), so a call site that
 * forgets them fails to compile instead of the API answering 400.
 */
type QueryArgs<TVariables> =
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- "every variable optional" is `{}` extends it
  {} extends TVariables
    ? [options?: QueryOptions<TVariables>]
    : [options: QueryOptions<TVariables> & { variables: TVariables }];

export function useQuery<TData, TVariables extends Variables = Variables>(
  document: Document<TData, TVariables>,
  ...[options = {}]: QueryArgs<TVariables>
): QueryResult<TData, TVariables> {
  const client = useClient();
  const { name, fields } = describe(document as TypedDocumentNode<unknown, never>);
  const variables = (options.variables ?? {}) as TVariables;
  const request = createRequest<TData, AnyVariables>(document as Document<TData, AnyVariables>, variables);
  const typenames = options.additionalTypenames?.join(',') ?? '';
  const context = useMemo(() => (typenames ? { additionalTypenames: typenames.split(',') } : undefined), [typenames]);
  // Made stale (`evict`) while not shown: asked of the server when shown. Decided once per request: a query on
  // screen is asked again by `evict` itself, and must not show a loading state a second time for it.
  const staleWhenShown = useMemo(
    () => isStale(fields, request.key),
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [request.key],
  );
  const requestPolicy: RequestPolicy | undefined = options.fetchPolicy ?? (staleWhenShown ? 'network-only' : undefined);
  const [state] = useUrqlQuery<TData, TVariables>({
    query: document,
    variables,
    pause: options.skip,
    requestPolicy,
    context,
  } as Parameters<typeof useUrqlQuery<TData, TVariables>>[0]);

  // Apollo's shape: the answer to these variables only (urql keeps the previous variables' answer meanwhile).
  const current = state.operation?.key === request.key;
  const answered = current ? state.data : undefined;
  const error = current && !state.fetching ? state.error : undefined;
  const data = error ? undefined : answered;
  if (current && answered !== undefined && !state.stale) answeredAt.set(request.key, clock);

  // The last two answers (React's "information from previous renders" pattern: set while rendering).
  const [history, setHistory] = useState<{ last: TData | undefined; before: TData | undefined }>({
    last: undefined,
    before: undefined,
  });
  let { last, before } = history;
  if (data !== undefined && data !== last) {
    [last, before] = [data, last];
    setHistory({ last, before });
  }
  const previousData = data === undefined ? last : before;

  const requestKey = request.key;
  const refetch = useCallback(
    async (more?: Partial<TVariables>) => {
      const result = await askAgain(client, document, { ...variables, ...more } as TVariables, context);
      return { data: result.data, error: result.error };
    },
    // The request key stands for the variables' values.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, document, requestKey, context],
  );

  // A next page, merged into this answer until a new answer replaces it.
  const [merged, setMerged] = useState<{ base: TData; data: TData } | null>(null);
  const fetchMore = useCallback<QueryResult<TData, TVariables>['fetchMore']>(
    async ({ variables: more, updateQuery }) => {
      const result = await client
        .query(document, { ...variables, ...more } as TVariables, { ...context, requestPolicy: 'network-only' })
        .toPromise();
      if (result.error) throw result.error;
      const page = result.data;
      if (page === undefined || last === undefined) return;
      const base = last;
      setMerged((m) => ({ base, data: updateQuery(m && m.base === base ? m.data : base, { fetchMoreResult: page }) }));
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, document, requestKey, context, last],
  );

  useEffect(() => {
    if (options.skip) return;
    const entry: ActiveQuery = { name, fields, refetch: () => refetch() };
    active.add(entry);
    return () => void active.delete(entry);
  }, [name, fields, refetch, options.skip]);

  const pollInterval = options.pollInterval ?? 0;
  useEffect(() => {
    if (options.skip || pollInterval <= 0) return;
    const timer = window.setInterval(() => void refetch(), pollInterval);
    return () => window.clearInterval(timer);
  }, [pollInterval, options.skip, refetch]);

  return {
    data: merged && data !== undefined && merged.base === data ? merged.data : data,
    previousData,
    loading: !options.skip && (state.fetching || (data === undefined && error === undefined)),
    error,
    refetch,
    fetchMore,
  };
}

export interface MutationOptions {
  /** Queries on screen (by operation name) asked again after the mutation. */
  refetchQueries?: readonly string[];
  /** The mutation's promise waits for them. */
  awaitRefetchQueries?: boolean;
  /** Root fields the mutation makes stale (see `evict`). */
  evict?: readonly string[];
  /**
   * Gives up after this many milliseconds without an answer, the request aborted: rejects with an error whose
   * message says the line timed out (a line problem to `sendFailure`). For the outbox's sends, which must not wait
   * for ever on a stalled line.
   */
  timeoutMs?: number;
}

/**
 * The first answer of an operation, or a rejection once `ms` pass without one; then `giveUp` (which ends the
 * operation's fetch: urql never ends a mutation's itself, even unsubscribed).
 */
function answerWithin<T>(
  source: { subscribe(onResult: (result: T) => void): { unsubscribe(): void } },
  ms: number,
  giveUp: () => void,
): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    // Filled once `subscribe` returns: the answer may come while it runs.
    const held: { subscription?: { unsubscribe(): void } } = {};
    const timer = setTimeout(() => {
      settled = true;
      held.subscription?.unsubscribe();
      giveUp();
      reject(new Error(`The line timed out: no answer within ${Math.round(ms / 1000)} s.`));
    }, ms);
    held.subscription = source.subscribe((result) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
      held.subscription?.unsubscribe();
    });
    if (settled) held.subscription.unsubscribe();
  });
}

export interface MutationState<TData> {
  data: TData | undefined;
  loading: boolean;
  error: CombinedError | undefined;
}

/**
 * Runs a mutation: resolves with its answer, rejects with the API's errors (or the line's), like Apollo Client's
 * default; then the queries it changes are asked again.
 */
export async function mutate<TData, TVariables extends Variables>(
  client: Client,
  document: Document<TData, TVariables>,
  variables: TVariables,
  options: MutationOptions = {},
): Promise<{ data: TData | undefined }> {
  const operation = client.createRequestOperation('mutation', createRequest(document, variables));
  const answers = client.executeRequestOperation(operation);
  const result = await (options.timeoutMs
    ? answerWithin(answers, options.timeoutMs, () =>
        // A teardown of the operation ends its fetch (the fetch exchange aborts it).
        client.reexecuteOperation(makeOperation('teardown', operation, operation.context)),
      )
    : answers.toPromise());
  if (result.error) throw result.error;
  const after = Promise.all([
    options.evict?.length ? evict(options.evict) : undefined,
    options.refetchQueries?.length ? refetchQueries(options.refetchQueries) : undefined,
  ]);
  if (options.awaitRefetchQueries) await after;
  return { data: result.data };
}

export function useMutation<TData, TVariables extends Variables = Variables>(
  document: Document<TData, TVariables>,
  options: MutationOptions = {},
): [(call?: { variables?: TVariables }) => Promise<{ data: TData | undefined }>, MutationState<TData>] {
  const client = useClient();
  const [state, setState] = useState<MutationState<TData>>({ data: undefined, loading: false, error: undefined });
  const mounted = useRef(true);
  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);
  const { refetchQueries: names, awaitRefetchQueries, evict: fields } = options;
  const run = useCallback(
    async (call?: { variables?: TVariables }) => {
      setState((s) => ({ ...s, loading: true, error: undefined }));
      try {
        const answer = await mutate(client, document, (call?.variables ?? {}) as TVariables, {
          refetchQueries: names,
          awaitRefetchQueries,
          evict: fields,
        });
        if (mounted.current) setState({ data: answer.data, loading: false, error: undefined });
        return answer;
      } catch (error) {
        if (mounted.current) setState({ data: undefined, loading: false, error: error as CombinedError });
        throw error;
      }
    },
    [client, document, names, awaitRefetchQueries, fields],
  );
  return [run, state];
}
