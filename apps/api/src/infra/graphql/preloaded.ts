import { isObjectType, type GraphQLFieldResolver, type GraphQLSchema } from 'graphql';

/**
 * Values a list already fetched for its rows' fields (look-ahead: a page's to-one relations joined in its own
 * statement, a field the policy decided for the whole page), answered without calling the field's resolver.
 *
 * Why: every resolver the API declares runs through Nest's wrapper (parameters, exception filters), which is
 * `async` — one promise per field per row, and graphql-js then waits for each row with `Promise.all`. A row whose
 * fields are all preloaded or plain properties completes synchronously, as a row of PostGraphile's does (issue 12).
 *
 * Only for fields without arguments: a preloaded value answers the field whatever arguments it is asked with.
 * The values are kept under a symbol, so they never show as properties (JSON, spreading, class-transformer).
 */
const PRELOADED: unique symbol = Symbol('preloaded field values');

type Preloadable = { [PRELOADED]?: Record<string, unknown> };

/** Sets (adds to) the preloaded values of `source`'s fields, by GraphQL field name. */
export function preload<T extends object>(source: T, values: Record<string, unknown>): T {
  const target = source as T & Preloadable;
  const existing = target[PRELOADED];
  if (existing) Object.assign(existing, values);
  else Object.defineProperty(target, PRELOADED, { value: { ...values }, enumerable: false, writable: false });
  return source;
}

/**
 * Fields whose answer is a pure function of their parent and arguments (a name in the asked language): resolved
 * by graphql-js directly, without Nest's wrapper around every call (its parameter pipes, its promise). Declared
 * with `directField` (e.g. through reference's `@InLanguage`), next to the Nest declaration that puts the field
 * in the schema; keyed by "Type.field".
 */
const DIRECT = new Map<string, GraphQLFieldResolver<unknown, unknown>>();

export function directField(typeName: string, fieldName: string, resolve: GraphQLFieldResolver<never, never>): void {
  DIRECT.set(`${typeName}.${fieldName}`, resolve as GraphQLFieldResolver<unknown, unknown>);
}

/**
 * The schema as Apollo serves it: direct fields resolved without Nest, plain properties read by graphql-js's
 * default resolver (so a field has a `resolve` exactly when it has a resolver of its own, which the column
 * look-ahead relies on), and each declared resolver of a field without arguments first answering a preloaded value
 * when its source has one. Applied once, at start-up (the
 * GraphQL module's `transformSchema`); the HTTP and WebSocket sides serve the same schema. A direct field missing
 * from the schema stops the start (a misspelt declaration would otherwise fall back to Nest unnoticed).
 */
export function answerPreloadedFields(schema: GraphQLSchema): GraphQLSchema {
  const unused = new Set(DIRECT.keys());
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    for (const field of Object.values(type.getFields())) {
      const key = `${type.name}.${field.name}`;
      const direct = DIRECT.get(key);
      if (direct) {
        field.resolve = direct;
        unused.delete(key);
        continue;
      }
      const resolve = field.resolve;
      if (resolve && isPropertyReader(resolve)) {
        // A plain property: graphql-js's own default resolver reads it, without two calls per row around it.
        field.resolve = undefined;
        continue;
      }
      if (!resolve || field.args.length > 0) continue;
      field.resolve = preloadedFirst(resolve);
    }
  }
  if (unused.size > 0) throw new Error(`Direct fields not in the schema: ${[...unused].join(', ')}`);
  return schema;
}

/**
 * Whether a field's resolver is the one Nest gives every plain `@Field` property of an object type
 * (`createFieldResolver` in @nestjs/graphql's object-type-definition factory: `root[field.name]`, or its default
 * value, which output fields here never declare). With field middleware Nest wraps it, and it is kept.
 */
function isPropertyReader(resolve: GraphQLFieldResolver<unknown, unknown>): boolean {
  return resolve.name === 'rootFieldResolver';
}

function preloadedFirst(resolve: GraphQLFieldResolver<unknown, unknown>): GraphQLFieldResolver<unknown, unknown> {
  return (source, args, context, info) => {
    const values = (source as Preloadable | null | undefined)?.[PRELOADED];
    if (values !== undefined && Object.prototype.hasOwnProperty.call(values, info.fieldName)) {
      return values[info.fieldName];
    }
    return resolve(source, args, context, info);
  };
}
