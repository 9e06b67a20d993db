import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditRepository } from './audit.repository.js';
import type { AuditFilter } from './dto/audit.filter.js';
import type { AuditEntryEntity } from './entities/audit-entry.entity.js';
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
  | 'PASSWORD_RESET'
  | 'DEACTIVATED'
  | 'REACTIVATED';

export interface AuditRecord {
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: object | null;
  after?: object | null;
}

@Injectable()
export class AuditService {
  constructor(private readonly repository: AuditRepository) {}

  /**
   * Writes one entry with the transaction of the change (pass its manager), so a change and its record
   * stand or fall together. For updates, only the fields that changed are kept, before and after.
   */
  /** Ids of `entityType` someone deleted at least once: a demo load must not bring them back. */
  deletedIds(entityType: string): Promise<string[]> {
    return this.repository.deletedIds(entityType);
  }

  /** Writes the entries of many creations at once (no before: nothing to compare), with their transaction. */
  async recordCreations(tx: EntityManager, actor: Actor, entries: readonly AuditRecord[]): Promise<void> {
    const at = new Date();
    await this.repository.insertMany(
      tx,
      entries.map((entry) => ({
        at,
        actorId: actor.userId,
        actorLabel: actor.label,
        action: entry.action,
        entityType: entry.entityType,
        entityId: entry.entityId,
        before: null,
        after: (entry.after ?? null) as Record<string, unknown> | null,
        requestId: actor.requestId,
      })),
    );
  }

  async record(tx: EntityManager, actor: Actor, entry: AuditRecord): Promise<void> {
    let before = (entry.before ?? null) as Record<string, unknown> | null;
    let after = (entry.after ?? null) as Record<string, unknown> | null;
    if (before && after) ({ before, after } = changedFields(before, after));
    await this.repository.insert(tx, {
      at: new Date(),
      actorId: actor.userId,
      actorLabel: actor.label,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      before,
      after,
      requestId: actor.requestId,
    });
  }

  /**
   * The log, newest first, as far as the reader may read it: administrators every record, the secretariat
   * the programme's (the access policy's `auditEntityTypes`).
   */
  list(
    filter: AuditFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    policy: AccessPolicy,
  ): Promise<Connection<AuditEntryEntity>> {
    const types = policy.auditEntityTypes();
    if (types && filter.entityType && !types.includes(filter.entityType)) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        `Only administrators may read the log of ${filter.entityType} records.`,
        'entityType',
        {
          reason: 'AUDIT_TYPE_NOT_ALLOWED',
          entityType: filter.entityType,
        },
      );
    }
    return this.repository.list(filter, types, first, after);
  }
}
