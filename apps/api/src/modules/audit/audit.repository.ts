import { SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { keysetPage } from '../../infra/database/keyset.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AuditFilter } from './dto/audit.filter.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';

/** The audit log's SQL: audit_entry. */
@Injectable()
export class AuditRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes one entry in the caller's transaction. */
  async insert(tx: EntityManager, entry: Omit<AuditEntryEntity, 'id'>): Promise<void> {
    // jsonb columns: TypeORM's deep-partial typing does not follow arbitrary JSON, hence the cast.
    await tx.insert(AuditEntryEntity, entry as never);
  }

  /**
   * Writes many entries in one statement whatever their number, in the caller's transaction (a bulk import's
   * rows), in the order given (the ids follow it).
   */
  async insertMany(tx: EntityManager, entries: ReadonlyArray<Omit<AuditEntryEntity, 'id'>>): Promise<void> {
    if (entries.length === 0) return;
    const json = (value: unknown) => (value === null || value === undefined ? null : JSON.stringify(value));
    await tx.query(
      `INSERT INTO audit_entry (at, actor_id, actor_label, action, entity_type, entity_id, before, after, request_id)
       SELECT u.at, u.actor_id, u.actor_label, u.action, u.entity_type, u.entity_id, u.before::jsonb, u.after::jsonb,
              u.request_id
         FROM unnest($1::timestamptz[], $2::uuid[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[],
                     $8::text[], $9::text[]) WITH ORDINALITY
              AS u (at, actor_id, actor_label, action, entity_type, entity_id, before, after, request_id, n)
        ORDER BY u.n`,
      [
        entries.map((e) => e.at),
        entries.map((e) => e.actorId),
        entries.map((e) => e.actorLabel),
        entries.map((e) => e.action),
        entries.map((e) => e.entityType),
        entries.map((e) => e.entityId),
        entries.map((e) => json(e.before)),
        entries.map((e) => json(e.after)),
        entries.map((e) => e.requestId),
      ],
    );
  }

  /** The ids of `entityType` that someone deleted at least once (the demo loader leaves those deleted). */
  async deletedIds(entityType: string): Promise<string[]> {
    const rows: Array<{ entity_id: string }> = await this.dataSource.query(
      `SELECT DISTINCT entity_id FROM audit_entry WHERE entity_type = $1 AND action = 'DELETED'`,
      [entityType],
    );
    return rows.map((r) => r.entity_id);
  }

  /**
   * The log, newest first (`(a.at, a.id)` descending), a keyset page of it. `entityTypes` limits it to
   * those types (null: every type).
   */
  @SqlSnapshot([{}, null, 50, null])
  list(
    filter: AuditFilter,
    entityTypes: readonly string[] | null,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<AuditEntryEntity>> {
    const q = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (entityTypes) q.andWhere('a.entity_type = ANY (CAST(:types AS text[]))', { types: [...entityTypes] });
    if (filter.actorId) q.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.entityType) q.andWhere('a.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) q.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.action?.length) q.andWhere('a.action IN (:...actions)', { actions: filter.action });
    if (filter.from) q.andWhere('a.at >= CAST(:from AS date)', { from: filter.from });
    if (filter.to) q.andWhere(`a.at < CAST(:to AS date) + interval '1 day'`, { to: filter.to });
    return keysetPage(
      q,
      { expr: 'a.at', cast: 'timestamptz', direction: 'DESC', idExpr: 'a.id', idCast: 'bigint' },
      first,
      after,
    );
  }
}
