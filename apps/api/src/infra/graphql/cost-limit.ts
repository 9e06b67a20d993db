import type { ApolloServerPlugin } from '@apollo/server';
import { LIST_LIMITS, type ErrorReason } from '@ta/domain';
import {
  getNamedType,
  getVariableValues,
  GraphQLError,
  isLeafType,
  Kind,
  type ASTNode,
  type DocumentNode,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type ValidationContext,
} from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
import { checkPlugin, type OperationCheck } from './operation-checks.js';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from './pagination.js';

/**
 * Cost counts the objects a query makes the server fetch: a scalar field is free, an object costs 1, a page
 * of `first` items costs `first` times what one item costs, and a list without paging counts as ten items.
 * So `assistanceRequests(first: 200) { duplicates { history { to } } }` costs what it would do.
 */
const pagedEstimator: ComplexityEstimator = ({ args, childComplexity, field }) => {
  if (isLeafType(getNamedType(field.type))) return 0;
  // A page size past the maximum is refused by the resolver itself, naming the argument.
  if (typeof args.first === 'number') return 1 + childComplexity * Math.min(Math.max(args.first, 1), MAX_PAGE_SIZE);
  if (field.args.some((a) => a.name === 'first')) return 1 + childComplexity * DEFAULT_PAGE_SIZE;
  // A connection's `nodes` are the page its parent already counted `first` times.
  if (field.name === 'nodes') return childComplexity;
  if (String(field.type).includes('[')) return 1 + childComplexity * 10;
  return 1 + childComplexity;
};

/** The path of the first list in `value` longer than `max` items, or null. */
export function firstOversizedList(value: unknown, path: string, max: number): string | null {
  if (Array.isArray(value)) {
    if (value.length > max) return path;
    for (let i = 0; i < value.length; i++) {
      const found = firstOversizedList(value[i], `${path}.${i}`, max);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      const found = firstOversizedList(inner, `${path}.${key}`, max);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Costs already worked out, by document (Apollo keeps one parsed document per query text) and by operation
 * name and variables: a client sends the same few queries again and again, and working a cost out walks the
 * whole document with the schema. `null`: the variables do not fit their types (execution refuses them).
 */
const KNOWN_COSTS = new WeakMap<DocumentNode, Map<string, number | null>>();
const COSTS_KEPT_PER_DOCUMENT = 200;

export function costOf(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode | undefined,
  operationName: string | undefined,
  variables: Record<string, unknown>,
): number | null {
  let known = KNOWN_COSTS.get(document);
  if (!known) {
    known = new Map();
    KNOWN_COSTS.set(document, known);
  }
  const key = `${operationName ?? ''}\u0000${JSON.stringify(variables)}`;
  const kept = known.get(key);
  if (kept !== undefined) return kept;
  let cost: number | null = null;
  // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT next (stopping after
  // the first few), so the cost is not worked out on them (which would read every wrong value).
  const coerced = getVariableValues(schema, operation?.variableDefinitions ?? [], variables, { maxErrors: 1 });
  if (!coerced.errors) {
    try {
      cost = getComplexity({ schema, query: document, variables, operationName, estimators: [pagedEstimator] });
    } catch {
      // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT next.
      cost = null;
    }
  }
  if (known.size >= COSTS_KEPT_PER_DOCUMENT) known.clear();
  known.set(key, cost);
  return cost;
}

/** The refusal of an operation that would cost more than `max` (null: within the limit, or not worked out). */
export function costRefusal(cost: number | null, max: number): GraphQLError | null {
  if (cost === null || cost <= max) return null;
  return new GraphQLError(
    `This query would cost ${cost} (the limit is ${max}): ask for fewer items per page or fewer nested lists.`,
    { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: max, http: { status: 400 } } },
  );
}

/**
 * Refuses an operation that would cost more than `max`, and first any variable holding a list of more than
 * `LIST_LIMITS.anyList` items: thousands of values are refused before they are read (checking each against its type
 * costs the server milliseconds apiece: 5,000 wrong items in a filter took 20 s of CPU).
 */
export function costLimitCheck(max: number): OperationCheck {
  return ({ schema, document, operation, operationName, variables }) => {
    const oversized = firstOversizedList(variables, '', LIST_LIMITS.anyList);
    if (oversized !== null) {
      const field = oversized.replace(/^\./, '') || 'variables';
      const message = `${field} must contain no more than ${LIST_LIMITS.anyList} elements`;
      return new GraphQLError(message, {
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_INPUT' satisfies ErrorReason,
          field,
          problems: [{ field, constraint: 'arrayMaxSize', message, values: { max: LIST_LIMITS.anyList } }],
          http: { status: 400 },
        },
      });
    }
    return costRefusal(costOf(schema, document, operation, operationName, variables), max);
  };
}

export function costLimitPlugin(max: number): ApolloServerPlugin {
  return checkPlugin(costLimitCheck(max));
}

/** Refuses documents with more than `max` aliased fields (a cheap way to multiply work). */
export function aliasLimit(max: number) {
  return (context: ValidationContext) => {
    let aliases = 0;
    return {
      Field(node: ASTNode) {
        if (node.kind === Kind.FIELD && node.alias) {
          aliases += 1;
          if (aliases === max + 1) {
            context.reportError(
              new GraphQLError(`This query uses more than ${max} aliases; split it into several requests.`, {
                extensions: { code: 'BAD_USER_INPUT' },
              }),
            );
          }
        }
      },
    };
  };
}
