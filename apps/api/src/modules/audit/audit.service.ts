import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import type { AuditFilter } from './dto/audit.filter.js';
import { AuditEntryEntity } from './entities/audit-entry.entity.js';
import { changedFields } from './rules/changed-fields.js';

export type AuditAction =
  | 'CREATED'
  | 'UPDATED'
  | 'STATUS_CHANGED'
  | 'MERGED'
  | 'DELETED'
  | 'LOGGED_IN'
  | 'LOGIN_FAILED'
  | 'LOGGED_OUT'
  | 'ROLE_CHANGED'
  | 'PASSWORD_CHANGED'
  | 'DEACTIVATED'
  | 'REACTIVATED';

/** What the secretariat may read of the log: the programme, not accounts and sign-ins. */
export const PROGRAMME_ENTITY_TYPES = ['assistance_request', 'donor', 'activity', 'workshop', 'expert', 'contribution'];

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes one entry with the transaction of the change (pass its manager), so a change and its record
   * stand or fall together. For updates, only the fields that changed are kept, before and after.
   */
  async record(tx: EntityManager, actor: Actor, entry: AuditRecord): Promise<void> {
    let before = (entry.before ?? null) as Record<string, unknown> | null;
    let after = (entry.after ?? null) as Record<string, unknown> | null;
    if (before && after) ({ before, after } = changedFields(before, after));
    // jsonb columns: TypeORM's deep-partial typing does not follow arbitrary JSON, hence the cast.
    await tx.insert(AuditEntryEntity, {
      at: new Date(),
      actorId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before: before as never,
      after: after as never,
      requestId: actor.requestId,
    });
  }

  async list(filter: AuditFilter, first: number | null | undefined, after: string | null | undefined, actor: Actor): Promise<Connection<AuditEntryEntity>> {
    const limit = pageSize(first);
    const q = this.dataSource.getRepository(AuditEntryEntity).createQueryBuilder('a');
    if (actor.role !== 'ADMIN') {
      if (filter.entityType && !PROGRAMME_ENTITY_TYPES.includes(filter.entityType)) {
        throw new DomainError(ErrorCode.FORBIDDEN, `Only administrators may read the log of ${filter.entityType} records.`, 'entityType');
      }
      q.andWhere('a.entity_type IN (:...types)', { types: PROGRAMME_ENTITY_TYPES });
    }
    if (filter.actorId) q.andWhere('a.actor_id = :actorId', { actorId: filter.actorId });
    if (filter.entityType) q.andWhere('a.entity_type = :type', { type: filter.entityType });
    if (filter.entityId) q.andWhere('a.entity_id = :entityId', { entityId: filter.entityId });
    if (filter.action?.length) q.andWhere('a.action IN (:...actions)', { actions: filter.action });
    if (filter.from) q.andWhere('a.at >= CAST(:from AS date)', { from: filter.from });
    if (filter.to) q.andWhere(`a.at < CAST(:to AS date) + interval '1 day'`, { to: filter.to });
    const totalCount = await q.clone().getCount();
    if (after) {
      const [at, id] = decodeCursor(after, 2);
      if (typeof at !== 'string' || Number.isNaN(Date.parse(at)) || typeof id !== 'string' || !/^\d+$/.test(id)) {
        throw new DomainError(ErrorCode.BAD_USER_INPUT, 'The "after" cursor is not one this list gave out.', 'after');
      }
      q.andWhere('(a.at, a.id) < (CAST(:at AS timestamptz), CAST(:id AS bigint))', { at, id });
    }
    const rows = await q
      .addSelect('a.at::text', 'at_text')
      .orderBy('a.at', 'DESC')
      .addOrderBy('a.id', 'DESC')
      .limit(limit + 1)
      .getRawAndEntities<{ at_text: string }>();
    const nodes = rows.entities.slice(0, limit);
    const last = nodes.length - 1;
    return {
      totalCount,
      nodes,
      pageInfo: {
        hasNextPage: rows.entities.length > limit,
        endCursor: last >= 0 ? encodeCursor([rows.raw[last].at_text, nodes[last].id]) : null,
      },
    };
  }
}
