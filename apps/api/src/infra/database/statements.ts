import {
  QueryFailedError,
  type DataSource,
  type ObjectLiteral,
  type QueryRunner,
  type SelectQueryBuilder,
} from 'typeorm';
import type { PoolClient, QueryResult } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/** Where a value of a compiled statement comes from: a named parameter, whole (-1) or one element of a spread list. */
type Slot = readonly [name: string, index: number];

/**
 * A query builder's statement as PostgreSQL runs it: the text with `$n` placeholders, and for each placeholder the
 * named parameter (or the element of a `:...list` parameter) it takes. What TypeORM's `escapeQueryWithParameters`
 * works out by rewriting the whole text on every run, worked out once per shape of a query (issue 12).
 */
export interface CompiledStatement {
  text: string;
  slots: readonly Slot[];
}

class Marker {
  constructor(
    readonly name: string,
    readonly index: number,
  ) {}
}

/**
 * Compiles a built query (`sql` from the builder, its named parameters) through the driver's own placeholder
 * rewriting, with markers in place of the values to learn which value each placeholder takes. `null` when a
 * parameter is not a plain value (a function TypeORM writes into the text): such a query is not compiled.
 */
export function compileStatement(q: SelectQueryBuilder<ObjectLiteral>, sql: string): CompiledStatement | null {
  const markers: ObjectLiteral = {};
  for (const [name, value] of Object.entries(q.getParameters())) {
    if (typeof value === 'function') return null;
    // An array is a spread (`:...name`: one placeholder per element) or one array value (`:name`): see below.
    markers[name] = Array.isArray(value) ? value.map((_, i) => new Marker(name, i)) : new Marker(name, -1);
  }
  const [text, values] = q.connection.driver.escapeQueryWithParameters(sql, markers) as [string, unknown[]];
  const slots: Slot[] = [];
  for (const value of values) {
    if (value instanceof Marker) slots.push([value.name, value.index]);
    // A whole array given as one value (`CAST(:topics AS text[])`): its markers all name one parameter.
    else if (Array.isArray(value) && value.every((m) => m instanceof Marker && m.name === value[0]?.name))
      slots.push([(value[0] as Marker | undefined)?.name ?? '', -1]);
    else return null;
  }
  // An empty array given whole has no marker to name it: not compiled.
  if (slots.some(([name]) => name === '')) return null;
  return { text, slots };
}

/** The values of a compiled statement's placeholders from named parameters of the same shape. */
export function bindStatement(statement: CompiledStatement, parameters: ObjectLiteral): unknown[] {
  return statement.slots.map(([name, index]) => {
    const value: unknown = parameters[name];
    return index < 0 ? value : (value as unknown[])[index];
  });
}

/**
 * What decides a compiled statement's text besides the query's conditions: which parameters there are and how
 * long each list is (a `:...list` becomes one placeholder per element).
 */
export function parameterShape(parameters: ObjectLiteral): string {
  return Object.keys(parameters)
    .sort()
    .map((name) => {
      const value: unknown = parameters[name];
      return Array.isArray(value) ? `${name}[${value.length}]` : name;
    })
    .join(',');
}

/**
 * The conditions and parameters a filter adds to a query, recorded instead of built: what a repository's filter
 * function gives a query builder (`andWhere`, `setParameter`) is all a compiled statement needs to know to be
 * found again (the conditions' texts) and run (the parameters), without making a query builder.
 */
export class ConditionRecorder {
  readonly conditions: string[] = [];
  readonly parameters: ObjectLiteral = {};

  andWhere(condition: string, parameters?: ObjectLiteral): this {
    this.conditions.push(condition);
    if (parameters) Object.assign(this.parameters, parameters);
    return this;
  }

  setParameter(name: string, value: unknown): this {
    this.parameters[name] = value;
    return this;
  }
}

/**
 * Runs a read statement: in the transaction's query runner when there is one, else straight on the pool, as
 * TypeORM's query runner would (the statement logged and counted, a slow one reported, a failure logged and thrown
 * as TypeORM's `QueryFailedError`), without making a query runner for it.
 */
export async function runStatement<R>(
  dataSource: DataSource,
  text: string,
  values: unknown[],
  runner?: QueryRunner,
): Promise<R[]> {
  if (runner) return (await runner.query(text, values)) as R[];
  const logger = dataSource.logger;
  logger.logQuery(text, values);
  let result: QueryResult;
  // A client of its own, not `pool.query`: that passes a callback, and the pool's client then sends the text
  // unprepared (prepared-statements.ts prepares only promise calls).
  const [client, release] = (await (dataSource.driver as PostgresDriver).obtainMasterConnection()) as [
    PoolClient,
    (error?: Error) => void,
  ];
  // Timed from the statement on, as TypeORM's runner times it (a wait for a pool client is not the statement's).
  const started = Date.now();
  try {
    result = await client.query(text, values);
    release();
  } catch (error) {
    // The server refused the statement (it has a SQLSTATE): the connection is fine. Anything else (it was lost,
    // it timed out): the pool makes a new one.
    const code = (error as { code?: unknown }).code;
    release(typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? undefined : (error as Error));
    logger.logQueryError(error as Error, text, values);
    throw new QueryFailedError(text, values, error as Error);
  }
  const took = Date.now() - started;
  const slow = dataSource.options.maxQueryExecutionTime;
  if (slow && took > slow) logger.logQuerySlow(took, text, values);
  return result.rows as R[];
}
