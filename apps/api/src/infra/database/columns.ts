import type { GraphQLObjectType } from 'graphql';
import { getMetadataArgsStorage } from 'typeorm';

/** An entity's class, as TypeORM's decorators know it. */
type EntityClass = abstract new (...args: never[]) => object;

/**
 * What each GraphQL field of a type reads of its entity, for the fields that are not a column of the same name:
 * a resolver's inputs (`state` reads `stateIso3`), a name in three languages (`name` reads `nameEn`, `nameFr`,
 * `nameEs`), or nothing (`[]`, e.g. `__typename`). Written next to the resolvers that read them.
 */
export type FieldColumns = Readonly<Record<string, readonly string[]>>;

/**
 * The entity properties (columns) a list must fetch to answer these GraphQL fields of its rows (look-ahead,
 * issue 12: a page of 50 requests with every column is some 2,000 values for the driver to parse, most of them
 * never asked for). A field of `type` without a resolver answers from the column of its own name; one with a
 * resolver, from what `reads` declares; a field known by neither (a resolver whose inputs nobody declared) makes it
 * `null`: fetch every column, as before. `always`
 * are fetched whatever is asked (the key, what the access policy tests).
 */
export function columnsFor(
  entity: EntityClass,
  type: GraphQLObjectType,
  fields: Iterable<string>,
  reads: FieldColumns,
  always: readonly string[],
): string[] | null {
  const columns = new Set(always);
  const typeFields = type.getFields();
  for (const field of fields) {
    const read = Object.prototype.hasOwnProperty.call(reads, field) ? reads[field] : undefined;
    if (read) read.forEach((c) => columns.add(c));
    else if (field === '__typename') continue;
    // Only a field answered by the default resolver reads its own column; one with a resolver of its own (even
    // named like a column) may read anything, so it needs its reads declared.
    else if (columnsOf(entity).has(field) && !typeFields[field]?.resolve) columns.add(field);
    else return null;
  }
  return [...columns];
}

/** The select list of `columns` (from `columnsFor`) of the query's alias, or the whole entity when `null`. */
export function selection(alias: string, columns: readonly string[] | null | undefined): string[] {
  return columns ? columns.map((c) => `${alias}.${c}`) : [alias];
}

const COLUMNS = new WeakMap<EntityClass, ReadonlySet<string>>();

/** The column properties an entity class declares (its decorators', no DataSource needed), kept per class. */
function columnsOf(entity: EntityClass): ReadonlySet<string> {
  let columns = COLUMNS.get(entity);
  if (!columns) {
    const declared = getMetadataArgsStorage()
      .filterColumns(entity)
      .map((c) => c.propertyName);
    COLUMNS.set(entity, (columns = new Set(declared)));
  }
  return columns;
}
