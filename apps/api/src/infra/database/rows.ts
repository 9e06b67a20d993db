import type { EntityManager, EntityMetadata, EntityTarget, ObjectLiteral } from 'typeorm';
import { CLOSED_STATUSES } from '@ta/domain';
import { DomainError, ErrorCode } from '../errors/domain-error.js';
import { isUuid } from './ids.js';

/**
 * Locks one row for the rest of the transaction (SELECT … FOR UPDATE) and answers it, or throws the
 * module's NOT_FOUND error. An id that is not a UUID is simply not found.
 */
export async function lockForUpdate<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  notFound: () => DomainError,
  idColumn = 'id',
): Promise<T> {
  if (idColumn === 'id' && !isUuid(id)) throw notFound();
  const row = await tx
    .getRepository(entity)
    .createQueryBuilder('locked')
    .setLock('pessimistic_write')
    .where(`locked.${idColumn} = :id`, { id })
    .getOne();
  if (!row) throw notFound();
  return row;
}

/** Answers the row with this id, or throws the module's NOT_FOUND error. */
export async function findOrNotFound<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  notFound: () => DomainError,
  idColumn = 'id',
): Promise<T> {
  if (idColumn === 'id' && !isUuid(id)) throw notFound();
  const row = await tx.getRepository(entity).findOneBy({ [idColumn]: id } as never);
  if (!row) throw notFound();
  return row;
}

/**
 * Writes `changes` only if the row is still at the version read (optimistic locking); TypeORM's
 * @VersionColumn would not check. Throws `stale()` when someone else changed it meanwhile.
 */
export async function updateIfVersion<T extends ObjectLiteral>(
  tx: EntityManager,
  entity: EntityTarget<T>,
  id: string,
  version: number,
  changes: Record<string, unknown>,
  stale: () => DomainError,
): Promise<void> {
  const result = await tx
    .createQueryBuilder()
    .update(entity)
    .set({ ...changes, version: version + 1 } as never)
    .where('id = :id AND version = :version', { id, version })
    .execute();
  if (result.affected !== 1) throw stale();
}

/** `('FULFILLED', 'DECLINED', 'WITHDRAWN')`: the closed statuses of `@ta/domain` as a SQL list. */
export const CLOSED_STATUSES_SQL = `(${CLOSED_STATUSES.map((s) => `'${s}'`).join(', ')})`;

/** A generic NOT_FOUND for modules without their own reason. */
export function notFoundError(what: string, id: string, field = 'id'): DomainError {
  return new DomainError(ErrorCode.NOT_FOUND, `There is no ${what} with id ${id}.`, field, {
    reason: 'NOT_FOUND',
    what,
  });
}

/** Runs `work` in the caller's transaction when given one, else in a new one. */
export function inTransaction<T>(
  dataSource: { transaction<R>(work: (tx: EntityManager) => Promise<R>): Promise<R> },
  tx: EntityManager | undefined,
  work: (tx: EntityManager) => Promise<T>,
): Promise<T> {
  return tx ? work(tx) : dataSource.transaction(work);
}

const RAW_COLUMNS = new WeakMap<EntityMetadata, Map<string, Array<[property: string, rawName: string]>>>();

/**
 * Entities from the raw rows of one statement of the query builder (`<alias>_<column>`, as `getRawMany` names
 * them), without TypeORM's hydration: for read paths that fetch a page and its to-one relations in one statement.
 * The pg driver has already typed the values (dates stay 'YYYY-MM-DD', see data-source.ts). The raw names are
 * worked out once per entity and alias; which of them the query selected, once per statement from its first row
 * (its rows all have the same columns), so each row reads only those: a list that fetched five columns of an
 * entity of twenty-four read all twenty-four per row (4 % of a page's CPU, issue 12).
 */
export function rawMapper<T>(metadata: EntityMetadata, alias: string): (raw: object) => T {
  let selected: ReadonlyArray<readonly [string, string]> | undefined;
  return (raw) => {
    selected ??= rawColumns(metadata, alias).filter(([, rawName]) => rawName in raw);
    return fromColumns<T>(selected, raw);
  };
}

function rawColumns(metadata: EntityMetadata, alias: string): ReadonlyArray<readonly [string, string]> {
  let byAlias = RAW_COLUMNS.get(metadata);
  if (!byAlias) RAW_COLUMNS.set(metadata, (byAlias = new Map()));
  let columns = byAlias.get(alias);
  if (!columns) {
    columns = metadata.columns.map((c) => [c.propertyName, `${alias}_${c.databaseName}`]);
    byAlias.set(alias, columns);
  }
  return columns;
}

function fromColumns<T>(columns: ReadonlyArray<readonly [string, string]>, raw: object): T {
  const row = raw as Record<string, unknown>;
  const entity: Record<string, unknown> = {};
  // A column the query did not select (a list that fetched only what it was asked for) is left out, not undefined.
  for (const [property, rawName] of columns) {
    const value = row[rawName];
    if (value !== undefined) entity[property] = value;
  }
  return entity as T;
}
