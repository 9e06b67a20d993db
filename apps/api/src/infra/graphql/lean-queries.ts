import type { DocumentNode, ExecutionResult, GraphQLSchema, OperationDefinitionNode } from 'graphql';
import type { CompiledRequest } from './compiled-execution.js';
import type { OperationCheck } from './operation-checks.js';

/** A query Apollo has parsed, validated and run compiled without an error. */
interface KnownQuery {
  document: DocumentNode;
  operation: OperationDefinitionNode;
  operationName?: string;
}

/** What the short way answers: the headers Apollo set on the same answer, and Apollo's text of it. */
export interface LeanAnswer {
  headers: ReadonlyArray<readonly [string, string]>;
  text: string;
}

/** Queries and `accept` values kept at most (the oldest goes first). */
const KEPT = 500;

/**
 * Queries answered without Apollo's request pipeline (issue 12): for a query a client sends again and again, that
 * pipeline (the body's reading, the query's SHA-256 and document cache, content negotiation, the plugins' promise
 * chain, the answer's head) was a fifth of the API's CPU on a small page, spent to reach the same compiled function.
 *
 * Only what Apollo has already done once takes this way, and only when it ends as Apollo would end it:
 * - the query text (and operation name) is one Apollo parsed and validated (the validation rules: depth and aliases)
 *   and whose compiled run answered without an error (`learnQuery`, from the compiled executor);
 * - the request's `accept` header is one Apollo already answered such a query for: its headers (the content type it
 *   negotiated) are kept (`learnHeaders`) and sent again;
 * - the body is `query`, `operationName` and `variables` only (no extensions: a persisted query goes Apollo's way);
 * - the same operation checks as Apollo's plugins pass (`OperationCheck`: cost and list sizes, text);
 * - the run answers without any error and with data.
 * Anything else — a refusal, a context that fails, an error of any field, variables that do not fit — is answered by
 * Apollo from the start, as if this way did not exist. Running a query a second time is safe because only queries are
 * compiled, and a query only reads (the compiled executor's own fall-back relies on the same). The answer's text is
 * Apollo's for an answer without errors: `{"data":…}` and a newline (its `prettyJSONStringify`).
 */
export class LeanQueries {
  private readonly queries = new Map<string, KnownQuery>();
  private readonly headers = new Map<string, ReadonlyArray<readonly [string, string]>>();
  private execute?: (request: CompiledRequest) => Promise<ExecutionResult>;
  private schema?: GraphQLSchema;

  constructor(private readonly checks: readonly OperationCheck[]) {}

  /** The schema and the compiled executor Apollo's gateway runs (compiled-execution.ts). */
  useExecutor(schema: GraphQLSchema, execute: (request: CompiledRequest) => Promise<ExecutionResult>): void {
    this.schema = schema;
    this.execute = execute;
  }

  /** A query Apollo ran compiled, without an error: from its next request on, it may take the short way. */
  learnQuery(request: CompiledRequest): void {
    const { source, operation } = request;
    if (typeof source !== 'string' || operation?.operation !== 'query') return;
    // By the operation name the client sent (Apollo's `operationName` is the operation it found, named or not).
    const key = queryKey(source, request.request.operationName ?? undefined);
    if (this.queries.has(key)) return;
    keep(this.queries, key, {
      document: request.document,
      operation,
      operationName: request.operationName ?? undefined,
    });
  }

  /** The headers Apollo answered a request without errors with, for its `accept` header. */
  learnHeaders(accept: string | undefined, headers: Iterable<readonly [string, string]>): void {
    const key = accept ?? '';
    if (!this.headers.has(key)) keep(this.headers, key, [...headers]);
  }

  /**
   * The answer to `body` the short way, or undefined: then Apollo answers it (see above). `context` makes the
   * request's GraphQL context, as for Apollo.
   */
  async answer(
    body: unknown,
    accept: string | undefined,
    context: () => Promise<unknown>,
  ): Promise<LeanAnswer | undefined> {
    const { execute, schema } = this;
    if (!execute || !schema || !isPlainObject(body)) return undefined;
    const { query, operationName, variables } = body;
    if (typeof query !== 'string' || Object.keys(body).some((name) => !BODY_FIELDS.has(name))) return undefined;
    if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') return undefined;
    if (variables !== undefined && variables !== null && !isPlainObject(variables)) return undefined;
    const headers = this.headers.get(accept ?? '');
    const known = headers && this.queries.get(queryKey(query, operationName ?? undefined));
    if (!headers || !known) return undefined;
    const checked = { schema, ...known, variables: variables ?? {} };
    if (this.checks.some((check) => check(checked) !== null)) return undefined;
    try {
      const result = await execute({
        document: known.document,
        operation: known.operation,
        operationName: known.operationName,
        source: query,
        context: await context(),
        request: { variables: checked.variables, operationName: operationName ?? undefined },
      });
      if (result.errors?.length || result.data === null || result.data === undefined) return undefined;
      return { headers, text: `${JSON.stringify({ data: result.data })}\n` };
    } catch {
      return undefined;
    }
  }
}

const BODY_FIELDS = new Set(['query', 'operationName', 'variables']);

function queryKey(query: string, operationName: string | undefined): string {
  return `${operationName ?? ''}\n${query}`;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

function keep<T>(map: Map<string, T>, key: string, value: T): void {
  if (map.size >= KEPT) map.delete(map.keys().next().value as string);
  map.set(key, value);
}
