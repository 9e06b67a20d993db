import type { ApolloServerPlugin } from '@apollo/server';
import type { DocumentNode, GraphQLError, GraphQLSchema, OperationDefinitionNode } from 'graphql';

/** An operation about to run, as a check sees it: its document, operation and the variables sent. */
export interface CheckedOperation {
  schema: GraphQLSchema;
  document: DocumentNode;
  operation?: OperationDefinitionNode;
  operationName?: string;
  variables: Record<string, unknown>;
}

/**
 * A rule every operation must pass before any resolver runs (its cost, the text it carries): the refusal to answer
 * with, or null. Written once and run two ways: by Apollo, as a plugin (`checkPlugin`), and by the short way for
 * compiled queries (lean-queries.ts), which leaves any refused request to Apollo.
 */
export type OperationCheck = (operation: CheckedOperation) => GraphQLError | null;

/** The check as an Apollo plugin: the refusal is thrown once the operation is resolved (Apollo answers it). */
export function checkPlugin(check: OperationCheck): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ request, document, schema, operation }) {
          const refusal = check({
            schema,
            document,
            operation: operation ?? undefined,
            operationName: request.operationName ?? undefined,
            variables: request.variables ?? {},
          });
          if (refusal) throw refusal;
        },
      };
    },
  };
}
