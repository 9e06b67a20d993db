import type { ApolloServerPlugin } from '@apollo/server';
import { getNamedType, GraphQLError, isLeafType, Kind, type ASTNode, type ValidationContext } from 'graphql';
import { getComplexity, type ComplexityEstimator } from 'graphql-query-complexity';
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

export function costLimitPlugin(max: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema }) {
          let cost: number;
          try {
            cost = getComplexity({
              schema,
              query: document,
              variables: request.variables ?? {},
              operationName: request.operationName ?? undefined,
              estimators: [pagedEstimator],
            });
          } catch {
            // Variables that do not fit their types: execution refuses them with BAD_USER_INPUT next.
            return;
          }
          if (cost > max) {
            throw new GraphQLError(
              `This query would cost ${cost} (the limit is ${max}): ask for fewer items per page or fewer nested lists.`,
              { extensions: { code: 'BAD_USER_INPUT', cost, maxCost: max, http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
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
