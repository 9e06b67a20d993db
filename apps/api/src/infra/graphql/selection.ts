import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';

/**
 * Look-ahead over the selection set: which fields a resolver's answer will be asked for, so a list can fetch
 * only what the query uses (its total, its to-one relations) in one statement. Follows fragments and inline
 * fragments; `path` walks down object fields first (e.g. `['nodes']` of a connection). A field under a
 * `@skip`/`@include` counts as asked for: fetching it anyway is safe, only not the cheapest.
 */
export function selectedFieldNames(info: GraphQLResolveInfo, path: readonly string[] = []): ReadonlySet<string> {
  // The answer depends only on the query's text (its field nodes and fragments), never on variables: kept per field
  // node of the parsed document, which Apollo keeps and hands to each run of the same query (1–2 % of a page's CPU
  // was this walk, three times per request). A field asked for twice under one name (several nodes) is walked.
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  if (!node) return walk(info, path);
  let byPath = SELECTED.get(node);
  if (!byPath) SELECTED.set(node, (byPath = new Map()));
  const key = path.join('.');
  let found = byPath.get(key);
  if (!found) byPath.set(key, (found = walk(info, path)));
  return found;
}

const SELECTED = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

function walk(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    level = fieldsOf(info, level)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return new Set(fieldsOf(info, level).map((field) => field.name.value));
}

function fieldsOf(info: GraphQLResolveInfo, sets: SelectionSetNode[]): FieldNode[] {
  const fields: FieldNode[] = [];
  const visit = (set: SelectionSetNode) => {
    for (const selection of set.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else {
        const fragment = info.fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  sets.forEach(visit);
  return fields;
}
