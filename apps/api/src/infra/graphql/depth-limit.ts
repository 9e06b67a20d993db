import { GraphQLError, Kind, type ASTNode, type FragmentDefinitionNode, type ValidationContext } from 'graphql';

/**
 * Refuses operations nested deeper than `max` fields (introspection's own fields excepted), before any
 * resolver runs: a list of requests with duplicates of duplicates of duplicates is a denial of service.
 */
export function depthLimit(max: number) {
  return (context: ValidationContext) => {
    const fragments = new Map<string, FragmentDefinitionNode>();
    for (const def of context.getDocument().definitions) {
      if (def.kind === Kind.FRAGMENT_DEFINITION) fragments.set(def.name.value, def);
    }
    const depthOf = (node: ASTNode, depth: number, seen: Set<string>): number => {
      switch (node.kind) {
        case Kind.FIELD: {
          if (node.name.value.startsWith('__')) return depth;
          if (!node.selectionSet) return depth + 1;
          return Math.max(...node.selectionSet.selections.map((s) => depthOf(s, depth + 1, seen)));
        }
        case Kind.INLINE_FRAGMENT:
        case Kind.OPERATION_DEFINITION:
          return Math.max(depth, ...node.selectionSet.selections.map((s) => depthOf(s, depth, seen)));
        case Kind.FRAGMENT_SPREAD: {
          const fragment = fragments.get(node.name.value);
          if (!fragment || seen.has(node.name.value)) return depth;
          const next = new Set(seen).add(node.name.value);
          return Math.max(depth, ...fragment.selectionSet.selections.map((s) => depthOf(s, depth, next)));
        }
        default:
          return depth;
      }
    };
    return {
      OperationDefinition(node: ASTNode) {
        const depth = depthOf(node, 0, new Set());
        if (depth > max) {
          context.reportError(
            new GraphQLError(`This query is nested ${depth} levels deep; the limit is ${max}. Ask for less at once.`, {
              nodes: [node],
              extensions: { code: 'BAD_USER_INPUT' },
            }),
          );
        }
      },
    };
  };
}
