import {
  getArgumentValues,
  Kind,
  type FieldNode,
  type GraphQLField,
  type GraphQLResolveInfo,
  type SelectionSetNode,
} from 'graphql';

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

/**
 * The value of argument `arg` each occurrence of `field` (of the objects at `path`) is asked with: one per alias,
 * with the request's variables, and the argument's default when it is left out — e.g. the languages a page's State
 * names are asked in (`name`, `nameFr: name(lang: FR)`, `name(lang: $lang)`), so the page fetches only those. Which
 * occurrences there are depends on the query's text only and is kept per field node, as above; their values depend on
 * the variables and are read on each request.
 */
export function argumentValues(
  info: GraphQLResolveInfo,
  path: readonly string[],
  field: GraphQLField<unknown, unknown>,
  arg: string,
): unknown[] {
  const node = info.fieldNodes.length === 1 ? info.fieldNodes[0] : undefined;
  let found: readonly FieldNode[] | undefined;
  const key = [...path, field.name].join('.');
  if (node) {
    let byPath = OCCURRENCES.get(node);
    if (!byPath) OCCURRENCES.set(node, (byPath = new Map()));
    found = byPath.get(key);
    if (!found) byPath.set(key, (found = occurrences(info, path, field.name)));
  } else {
    found = occurrences(info, path, field.name);
  }
  return found.map((occurrence) => getArgumentValues(field, occurrence, info.variableValues)[arg]);
}

const OCCURRENCES = new WeakMap<FieldNode, Map<string, readonly FieldNode[]>>();

function occurrences(info: GraphQLResolveInfo, path: readonly string[], name: string): FieldNode[] {
  return fieldsOf(info, setsAt(info, path)).filter((field) => field.name.value === name);
}

function walk(info: GraphQLResolveInfo, path: readonly string[]): ReadonlySet<string> {
  return new Set(fieldsOf(info, setsAt(info, path)).map((field) => field.name.value));
}

/** The selection sets of the objects at `path` below the resolver's field. */
function setsAt(info: GraphQLResolveInfo, path: readonly string[]): SelectionSetNode[] {
  let level: SelectionSetNode[] = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    level = fieldsOf(info, level)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  return level;
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
