import type { ObjectLiteral, QueryRunner, SelectQueryBuilder } from 'typeorm';
import { isCalendarDate } from '@ta/domain';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../graphql/pagination.js';
import { isUuid } from './ids.js';
import { bindStatement, compileStatement, parameterShape, runStatement, type CompiledStatement } from './statements.js';

/** How a list is ordered for keyset paging: a sort expression, its SQL type, and the unique id that breaks ties. */
export interface KeysetOrder {
  /** The sort expression, e.g. `r.received_on`. */
  expr: string;
  cast: 'date' | 'timestamptz' | 'int' | 'bigint' | 'numeric' | 'text';
  direction: 'ASC' | 'DESC';
  /** The unique column that breaks ties, e.g. `r.id`. */
  idExpr: string;
  idCast: 'uuid' | 'bigint' | 'text';
}

/** The two statements of a keyset page, built but not run: the total, and the page (one row more than asked). */
export interface KeysetQueries<T extends ObjectLiteral> {
  count: SelectQueryBuilder<T>;
  page: SelectQueryBuilder<T>;
  limit: number;
  /**
   * Whether the page's rows carry their cursor (`keyset_sort_key`, `keyset_id`) and one row more than asked: the
   * page's `pageInfo`. Without, the page is the rows asked for and nothing else (a query that reads no `pageInfo`).
   */
  cursors: boolean;
}

/**
 * Builds a keyset page's statements from a filtered query: `COUNT(*)` of the filter, then the rows after the
 * cursor in the order, one more than asked to know whether a next page exists. Separate from running them so
 * the benchmark can EXPLAIN exactly the SQL a list sends. Without `cursors` (no `pageInfo` asked), the page has
 * neither the cursor's columns nor the extra row.
 */
export function keysetQueries<T extends ObjectLiteral>(
  q: SelectQueryBuilder<T>,
  order: KeysetOrder,
  first: number | null | undefined,
  after: string | null | undefined,
  cursors = true,
): KeysetQueries<T> {
  const limit = pageSize(first);
  // COUNT(*) rather than TypeORM's getCount(), which counts DISTINCT ids and sorts the whole table.
  const count = q.clone().select('count(*)::int', 'n').orderBy();
  const { expr, idExpr } = order;
  const dir = order.direction;
  const page = q.clone();
  const cursor = keysetCondition(order, after);
  if (cursor) page.andWhere(cursor.condition, cursor.parameters);
  if (cursors) page.addSelect(`(${expr})::text`, 'keyset_sort_key').addSelect(`(${idExpr})::text`, 'keyset_id');
  page
    .orderBy(expr, dir)
    .addOrderBy(idExpr, dir)
    .limit(cursors ? limit + 1 : limit);
  return { count, page, limit, cursors };
}

/**
 * The condition that starts a page after the cursor `after` (none for the first page), on its parameters
 * `keysetValue` and `keysetId`; a cursor of another ordering is refused (BAD_CURSOR).
 */
export function keysetCondition(
  order: KeysetOrder,
  after: string | null | undefined,
): { condition: string; parameters: { keysetValue: unknown; keysetId: unknown } } | null {
  if (!after) return null;
  const { expr, cast, idExpr, idCast } = order;
  const [value, id] = decodeCursor(after, 2);
  if (!valueFits(value, cast) || !valueFits(id, idCast)) {
    throw new DomainError(
      ErrorCode.BAD_USER_INPUT,
      'The "after" cursor does not belong to this ordering; start again from the first page.',
      'after',
      { reason: 'BAD_CURSOR' },
    );
  }
  const op = order.direction === 'ASC' ? '>' : '<';
  // The first, redundant, comparison lets PostgreSQL use the sort key's index to skip ahead.
  return {
    condition: `${expr} ${op}= CAST(:keysetValue AS ${cast}) AND (${expr}, ${idExpr}) ${op} (CAST(:keysetValue AS ${cast}), CAST(:keysetId AS ${idCast}))`,
    parameters: { keysetValue: value, keysetId: id },
  };
}

/**
 * A page of a filtered query, all in SQL (see `keysetQueries`). The cursor is the last row's sort key and id.
 * The written-once keyset pager every list uses.
 */
export async function keysetPage<T extends ObjectLiteral>(
  q: SelectQueryBuilder<T>,
  order: KeysetOrder,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<Connection<T>> {
  return runKeysetQueries(keysetQueries(q, order, first, after));
}

/** Runs a keyset page's statements (from `keysetQueries`) and answers the page. */
export async function runKeysetQueries<T extends ObjectLiteral>({
  count,
  page,
  limit,
  cursors,
}: KeysetQueries<T>): Promise<Connection<T>> {
  // A whole connection needs its page's cursors: a page built without them answers through runKeysetQueriesRaw.
  if (!cursors) throw new Error('runKeysetQueries needs the page built with its cursors (keysetQueries).');
  const counted = await count.getRawOne<{ n: number }>();
  const totalCount = counted?.n ?? 0;
  const { entities, raw } = await page.getRawAndEntities<{ keyset_sort_key: string; keyset_id: string }>();
  const hasNextPage = entities.length > limit;
  const nodes = entities.slice(0, limit);
  const last = nodes.length - 1;
  return {
    totalCount,
    nodes,
    pageInfo: {
      hasNextPage,
      endCursor: last >= 0 ? encodeCursor([raw[last].keyset_sort_key, raw[last].keyset_id]) : null,
    },
  };
}

/**
 * A page that may not have been counted: `totalCount` is there only when the total was asked for, `pageInfo` only
 * when the page was built with its cursors (`keysetQueries`).
 */
export type MaybeCounted<T> = Pick<Connection<T>, 'nodes'> & Partial<Pick<Connection<T>, 'totalCount' | 'pageInfo'>>;

/**
 * A keyset page (from `keysetQueries`) in ONE statement, as raw rows without entity hydration: the total rides
 * along as a scalar subquery (PostgreSQL runs it once) when `withTotal`, else it is not counted at all and
 * the connection has no `totalCount`. `node` turns a raw row into what the page answers. Only an empty page asks for
 * the total in a statement of its own (the rows carry it otherwise).
 */
export async function runKeysetQueriesRaw<R extends KeysetRaw, T>(
  queries: KeysetQueries<ObjectLiteral>,
  withTotal: boolean,
  node: (row: R) => T,
): Promise<{ connection: MaybeCounted<T>; rows: R[] }> {
  const { count, limit, cursors } = queries;
  const raw = await runBuilt<R>(withKeysetTotal(queries, withTotal));
  const emptyTotal = async () => (await count.getRawOne<{ n: number }>())?.n ?? 0;
  return keysetConnection(raw, limit, withTotal, node, emptyTotal, cursors);
}

/** The page's statement, with the total as a scalar subquery (`keyset_total`) when asked for. */
export function withKeysetTotal<T extends ObjectLiteral>(
  { count, page }: KeysetQueries<T>,
  withTotal: boolean,
): SelectQueryBuilder<T> {
  return withTotal ? page.addSelect(`(${builtSql(count)})`, 'keyset_total') : page;
}

/**
 * A keyset page from the raw rows of its statement (one more than `limit` with its `cursors`, see
 * `runKeysetQueriesRaw`): its connection and its rows. `emptyTotal` answers the total when the page has no row to
 * carry it.
 */
export async function keysetConnection<R extends KeysetRaw, T>(
  raw: R[],
  limit: number,
  withTotal: boolean,
  node: (row: R) => T,
  emptyTotal: () => Promise<number>,
  cursors = true,
): Promise<{ connection: MaybeCounted<T>; rows: R[] }> {
  const rows = raw.slice(0, limit);
  const last = rows.at(-1);
  // Left out when not asked, not getters that throw: GraphQL reads them as plain properties, and a throw there
  // escapes graphql-jit (compiled-execution.ts). Should the look-ahead ever miss a query's `totalCount` or
  // `pageInfo`, that query gets a field error ("Cannot return null for non-nullable field"), on graphql-js and
  // graphql-jit alike.
  const connection: MaybeCounted<T> = { nodes: rows.map(node) };
  if (cursors) {
    connection.pageInfo = {
      hasNextPage: raw.length > limit,
      endCursor: last ? encodeCursor([last.keyset_sort_key, last.keyset_id]) : null,
    };
  }
  if (withTotal) connection.totalCount = raw.length ? Number(raw[0].keyset_total) : await emptyTotal();
  return { connection, rows };
}

/**
 * The SQL TypeORM builds from a query's shape, kept by that shape. Building it (`getQuery`: the select list from
 * the entity's metadata, every alias and property name replaced in the whole text) was the biggest part of a
 * list page's CPU in the API after the statement itself (8 %, issue 12); the shape of a list's query only
 * changes with which filters are given, not with their values, which stay named parameters until the driver
 * binds them. The shape is everything `getQuery` reads; a query it cannot describe (CTEs, a condition that is
 * not text) is built every time.
 */
const BUILT_SQL = new WeakMap<object, Map<string, Built>>();
const BUILT_SQL_LIMIT = 1000;

/** A shape's SQL, and its compiled statement per shape of its parameters (see `runBuilt`). */
interface Built {
  sql: string;
  compiled: Map<string, CompiledStatement | null>;
}

function builtFor(q: SelectQueryBuilder<ObjectLiteral>): Built | null {
  const shape = shapeOf(q);
  if (shape === null) return null;
  // One cache per DataSource: two databases' metadata may build one shape differently.
  let byShape = BUILT_SQL.get(q.connection);
  if (!byShape) BUILT_SQL.set(q.connection, (byShape = new Map()));
  let built = byShape.get(shape);
  if (built === undefined) {
    if (byShape.size >= BUILT_SQL_LIMIT) byShape.clear();
    built = { sql: q.getQuery(), compiled: new Map() };
    byShape.set(shape, built);
  }
  return built;
}

export function builtSql(q: SelectQueryBuilder<ObjectLiteral>): string {
  return builtFor(q)?.sql ?? q.getQuery();
}

/**
 * Runs a built query (`builtSql`) as `getRawMany` would, in the query runner of the manager it was made from (a
 * transaction's), else straight on the pool (`runStatement`). Its `$n` text and where each value goes are
 * compiled once per shape of the query and of its parameters (`compileStatement`), not rewritten every time.
 */
async function runBuilt<R>(q: SelectQueryBuilder<ObjectLiteral>): Promise<R[]> {
  const runner = (q as unknown as { queryRunner?: QueryRunner }).queryRunner;
  const parameters = q.getParameters();
  const built = builtFor(q);
  if (built) {
    const key = parameterShape(parameters);
    let compiled = built.compiled.get(key);
    if (compiled === undefined) {
      compiled = compileStatement(q, built.sql);
      if (built.compiled.size >= BUILT_SQL_LIMIT) built.compiled.clear();
      built.compiled.set(key, compiled);
    }
    if (compiled) return runStatement<R>(q.connection, compiled.text, bindStatement(compiled, parameters), runner);
  }
  const [sql, values] = q.connection.driver.escapeQueryWithParameters(built?.sql ?? q.getQuery(), parameters);
  return runStatement<R>(q.connection, sql, values as unknown[], runner);
}

const nameOf = (target: unknown): unknown => (typeof target === 'function' ? `class ${target.name}` : target);

function shapeOf(q: SelectQueryBuilder<ObjectLiteral>): string | null {
  const e = q.expressionMap;
  // What the key below cannot describe is built every time: CTEs, conditions that are not text (brackets), joins
  // or sources that are sub-queries (their text is not in the expression map), several FROM sources, lock options.
  if (e.commonTableExpressions.length > 0 || e.wheres.some((w) => typeof w.condition !== 'string')) return null;
  if (
    e.mainAlias?.subQuery ||
    e.aliases.some((a) => a.subQuery) ||
    e.aliases.filter((a) => a.type === 'from').length > 1
  )
    return null;
  if (e.joinAttributes.some((j) => typeof j.entityOrProperty === 'function' && !j.entityOrProperty.name)) return null;
  if (e.joinAttributes.some((j) => typeof j.condition !== 'string' && j.condition !== undefined)) return null;
  if (e.onLocked || e.lockTables?.length || e.extraAppendedAndWhereCondition) return null;
  return JSON.stringify([
    e.queryType,
    e.mainAlias?.name,
    nameOf(e.mainAlias?.hasMetadata ? e.mainAlias.metadata.target : e.mainAlias?.tablePath),
    e.comment,
    e.subQuery,
    e.selects,
    e.selectDistinct,
    e.selectDistinctOn,
    e.joinAttributes.map((j) => [j.direction, nameOf(j.entityOrProperty), j.alias.name, j.condition, j.mapToProperty]),
    e.wheres,
    e.groupBys,
    e.havings,
    e.orderBys,
    e.limit,
    e.offset,
    e.take,
    e.skip,
    e.lockMode,
    e.withDeleted,
  ]);
}

/** The columns `keysetQueries` adds to a page's raw rows. */
export interface KeysetRaw {
  keyset_sort_key: string;
  keyset_id: string;
  keyset_total?: number;
}

function valueFits(value: unknown, cast: KeysetOrder['cast'] | KeysetOrder['idCast']): boolean {
  if (typeof value !== 'string') return false;
  switch (cast) {
    case 'date':
      return isCalendarDate(value);
    case 'timestamptz':
      return !Number.isNaN(Date.parse(value));
    case 'int':
      return /^-?\d{1,9}$/.test(value);
    case 'bigint':
      return /^-?\d{1,18}$/.test(value);
    case 'numeric':
      return /^-?\d+(\.\d+)?$/.test(value);
    case 'uuid':
      return isUuid(value);
    default:
      return true;
  }
}
