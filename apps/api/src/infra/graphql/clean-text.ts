import type { ApolloServerPlugin } from '@apollo/server';
import { isCleanText, type ErrorReason } from '@ta/domain';
import { GraphQLError, Kind, type ValueNode } from 'graphql';
import { checkPlugin, type OperationCheck } from './operation-checks.js';

/** The path of the first text in `value` the system cannot accept (see `isCleanText`), or null. */
export function firstUncleanText(value: unknown, path: string): string | null {
  if (typeof value === 'string') return isCleanText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUncleanText(value[i], `${path}.${i}`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [key, inner] of Object.entries(value)) {
      if (!isCleanText(key)) return path;
      const found = firstUncleanText(inner, `${path}.${key}`);
      if (found) return found;
    }
  }
  return null;
}

function firstUncleanLiteral(node: ValueNode, path: string): string | null {
  switch (node.kind) {
    case Kind.STRING:
    case Kind.ENUM:
      return isCleanText(node.value) ? null : path;
    case Kind.LIST:
      for (let i = 0; i < node.values.length; i++) {
        const found = firstUncleanLiteral(node.values[i], `${path}.${i}`);
        if (found) return found;
      }
      return null;
    case Kind.OBJECT:
      for (const f of node.fields) {
        const found = firstUncleanLiteral(f.value, `${path}.${f.name.value}`);
        if (found) return found;
      }
      return null;
    default:
      return null;
  }
}

/** Every argument written in the document itself (not through variables), with the argument's name. */
function firstUncleanArgument(node: unknown): string | null {
  if (!node || typeof node !== 'object') return null;
  const n = node as { kind?: string; name?: { value: string }; value?: ValueNode };
  if (n.kind === Kind.ARGUMENT && n.value && n.name) return firstUncleanLiteral(n.value, n.name.value);
  for (const [key, child] of Object.entries(node)) {
    if (key === 'loc') continue;
    const children = Array.isArray(child) ? child : [child];
    for (const c of children) {
      const found = firstUncleanArgument(c);
      if (found) return found;
    }
  }
  return null;
}

/**
 * `firstUncleanArgument` of a document, worked out once per document: Apollo keeps each document it has parsed and
 * validated, so a query sent again brings the same document object, whose written arguments cannot change.
 */
const UNCLEAN_ARGUMENT = new WeakMap<object, string | null>();

function uncleanArgumentOf(document: object | null | undefined): string | null {
  if (!document) return null;
  let found = UNCLEAN_ARGUMENT.get(document);
  if (found === undefined) UNCLEAN_ARGUMENT.set(document, (found = firstUncleanArgument(document)));
  return found;
}

/**
 * Refuses, before any resolver runs, any text argument or input field with a NUL character or an unpaired
 * surrogate (PostgreSQL cannot store the first; the second is half a character): BAD_USER_INPUT with reason
 * INVALID_TEXT and the field at fault, for every operation, signed in or not.
 */
export function cleanTextCheck(): OperationCheck {
  return ({ variables, document }) => {
    // The whole document: an argument written in a fragment reaches the operation as well.
    const field = firstUncleanText(variables, '') ?? uncleanArgumentOf(document);
    if (field === null) return null;
    const name = field.replace(/^\./, '') || 'variables';
    return new GraphQLError(
      `The text in "${name}" contains a character that cannot be stored (a NUL character or half a character). Retype it and try again.`,
      {
        extensions: {
          code: 'BAD_USER_INPUT',
          reason: 'INVALID_TEXT' satisfies ErrorReason,
          field: name,
          http: { status: 400 },
        },
      },
    );
  };
}

export function cleanTextPlugin(): ApolloServerPlugin {
  return checkPlugin(cleanTextCheck());
}
