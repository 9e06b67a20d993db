import { Injectable } from '@nestjs/common';
import { checkMove, isOpen, requiresTopic, type RequestStatus } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { AuditService } from '../audit/audit.service.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { OFFICE_COVERS_STATE } from '../reference/rules/coverage.js';
import type { AssistanceRequestFilter, AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import { AssistanceRequestOrderField, OrderDirection } from './dto/assistance-request.filter.js';
import type { LogAssistanceRequestInput } from './dto/log-assistance-request.input.js';
import type { MergeAssistanceRequestsInput } from './dto/merge-assistance-requests.input.js';
import { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { RequestsErrorReason, RequestsException } from './requests.exception.js';
import { DUPLICATE_SQL } from './rules/duplicates.js';
import { queryRequests } from './requests-list.query.js';
import { RequestCountDimension, type RequestCountFilter, type RequestCountRow } from './models/request-count.model.js';
import { isUuid } from '../../infra/database/ids.js';

export type { Actor };

/** What only the demo data loader may set: its stable key, the source paragraph, and dates of the past. */
export interface LogOptions {
  externalRef?: string;
  sourceParagraph?: string;
  illustrativeNote?: string;
  at?: Date;
  /** The workshop whose outcome raised the request (follow-up needs). */
  workshopId?: string;
  /** Work inside the caller's transaction (e.g. a workshop outcome and its follow-ups commit together). */
  tx?: EntityManager;
  /** The caller checked who may act (a workshop's follow-ups may come from any State that took part). */
  scopeChecked?: boolean;
}

@Injectable()
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  // ---------------------------------------------------------------- queries

  /** A page of requests: filtered, ordered and paged in SQL (see requests-list.query.ts). */
  async list(
    filter: AssistanceRequestFilter = {},
    order: AssistanceRequestOrder = { field: AssistanceRequestOrderField.RECEIVED_ON, direction: OrderDirection.DESC },
    first?: number | null,
    after?: string | null,
    reader?: Actor,
  ): Promise<Connection<AssistanceRequestEntity>> {
    // Free text may only search descriptions the reader may read: confidential ones are for the
    // secretariat and the office covering the State.
    const readsAll = !reader || reader.role === 'ADMIN' || reader.role === 'SECRETARIAT' || reader.role === 'SYSTEM';
    const readableConfidential = readsAll
      ? null
      : reader.role === 'FIELD_OFFICE' && reader.fieldOfficeCode
        ? [...(await this.statesCoveredByOffice(reader.fieldOfficeCode))]
        : [];
    return queryRequests(this.dataSource, filter, order, first, after, readableConfidential);
  }

  findById(id: string): Promise<AssistanceRequestEntity | null> {
    if (!isUuid(id)) return Promise.resolve(null);
    return this.dataSource.getRepository(AssistanceRequestEntity).findOneBy({ id });
  }

  async findByIds(ids: readonly string[]): Promise<AssistanceRequestEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return [];
    return this.dataSource
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .where('r.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** The open duplicates of each request in one query. */
  async duplicatesOf(ids: readonly string[]): Promise<Array<{ sourceId: string; request: AssistanceRequestEntity }>> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.id AS source_id, b.*
         FROM assistance_request a
         JOIN assistance_request b ON ${DUPLICATE_SQL}
        WHERE a.id = ANY ($1::uuid[])
        ORDER BY b.received_on, b.id`,
      [ids.filter(isUuid)],
    );
    return rows.map((row) => ({ sourceId: String(row.source_id), request: rowToRequest(row) }));
  }

  historyOf(ids: readonly string[]): Promise<RequestStatusChangeEntity[]> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(RequestStatusChangeEntity)
      .createQueryBuilder('h')
      .where('h.request_id IN (:...ids)', { ids: valid })
      .orderBy('h.at', 'ASC')
      .addOrderBy('h.id', 'ASC')
      .getMany();
  }

  // ---------------------------------------------------------------- use cases

  /** Logs a State's request: one transaction, the request and its first history entry. */
  log(input: LogAssistanceRequestInput, actor: Actor, options: LogOptions = {}): Promise<AssistanceRequestEntity> {
    return this.inTransaction(options.tx, async (tx) => {
      if (options.externalRef) {
        const existing = await tx.findOneBy(AssistanceRequestEntity, { externalRef: options.externalRef });
        if (existing) return existing;
      }
      const fieldOfficeCode = await this.checkReferences(tx, input);
      if (!options.scopeChecked) await assertInScope(tx, actor, input.stateIso3, 'stateIso3');
      const at = options.at ?? new Date();
      const request = tx.create(AssistanceRequestEntity, {
        stateIso3: input.stateIso3,
        priorityAreaCode: input.priorityAreaCode,
        kind: input.kind,
        topics: [...new Set(input.topics)],
        instruments: input.instruments ?? [],
        channel: input.channel,
        receivedOn: input.receivedOn,
        description: input.description.trim(),
        status: 'RECEIVED',
        sourceParagraph: options.sourceParagraph ?? null,
        illustrativeNote: options.illustrativeNote ?? null,
        loggedBy: actor.label,
        loggedById: actor.userId,
        confidential: input.confidential ?? false,
        fieldOfficeCode,
        mergedIntoId: null,
        workshopId: options.workshopId ?? null,
        externalRef: options.externalRef ?? null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      const saved = await tx.save(request);
      await tx.insert(RequestStatusChangeEntity, {
        requestId: saved.id,
        fromStatus: null,
        toStatus: 'RECEIVED',
        at,
        by: actor.label,
        byId: actor.userId,
        reason: `Logged (channel: ${input.channel})`,
        mergedFromId: null,
      });
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'assistance_request',
        entityId: saved.id,
        after: auditView(saved),
      });
      return saved;
    });
  }

  /** Moves a request along the workflow, if the move is allowed and nobody changed it meanwhile. */
  transition(
    id: string,
    to: RequestStatus,
    reason: string | null | undefined,
    expectedVersion: number,
    actor: Actor,
    options: { at?: Date; tx?: EntityManager; scopeChecked?: boolean } = {},
  ): Promise<AssistanceRequestEntity> {
    return this.inTransaction(options.tx, async (tx) => {
      const request = await lockRequest(tx, id, 'id');
      if (!options.scopeChecked) await assertInScope(tx, actor, request.stateIso3, 'id');
      if (request.version !== expectedVersion) throw RequestsException.stale(id, expectedVersion, request.version);
      const check = checkMove(request.status, to, reason);
      if (!check.ok) {
        throw new RequestsException(
          check.problem === 'REASON_REQUIRED' ? RequestsErrorReason.REASON_REQUIRED : RequestsErrorReason.MOVE_NOT_ALLOWED,
          check.message,
          check.problem === 'REASON_REQUIRED' ? 'reason' : 'to',
        );
      }
      const at = options.at ?? new Date();
      await bumpVersion(tx, request, { status: to, updatedAt: at });
      await tx.insert(RequestStatusChangeEntity, {
        requestId: id,
        fromStatus: request.status,
        toStatus: to,
        at,
        by: actor.label,
        byId: actor.userId,
        reason: reason?.trim() || null,
        mergedFromId: null,
      });
      await this.audit.record(tx, actor, {
        action: 'STATUS_CHANGED',
        entityType: 'assistance_request',
        entityId: id,
        before: { status: request.status, version: request.version },
        after: { status: to, version: request.version + 1, reason: reason?.trim() || null },
      });
      return tx.findOneByOrFail(AssistanceRequestEntity, { id });
    });
  }

  /**
   * Keeps one of two requests for the same need: the other's history moves to the kept one, its topics
   * and instruments are added, and it is withdrawn with the reason.
   */
  merge(input: MergeAssistanceRequestsInput, actor: Actor): Promise<AssistanceRequestEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (input.keepId === input.mergeId) {
        throw new RequestsException(RequestsErrorReason.MERGE_NOT_ALLOWED, 'A request cannot be merged into itself.', 'mergeId');
      }
      // Lock in id order so two merges of the same pair cannot deadlock.
      const [firstId, secondId] = [input.keepId, input.mergeId].sort();
      const first = await lockRequest(tx, firstId, firstId === input.keepId ? 'keepId' : 'mergeId');
      const second = await lockRequest(tx, secondId, secondId === input.keepId ? 'keepId' : 'mergeId');
      const keep = first.id === input.keepId ? first : second;
      const merged = first.id === input.keepId ? second : first;
      if (keep.version !== input.keepVersion) throw RequestsException.stale(keep.id, input.keepVersion, keep.version, 'keepVersion');
      if (merged.version !== input.mergeVersion) {
        throw RequestsException.stale(merged.id, input.mergeVersion, merged.version, 'mergeVersion');
      }
      for (const [request, field] of [[keep, 'keepId'], [merged, 'mergeId']] as const) {
        if (!isOpen(request.status)) {
          throw new RequestsException(
            RequestsErrorReason.MERGE_NOT_ALLOWED,
            `Request ${request.id} is ${request.status}; only open requests can be merged.`,
            field,
          );
        }
      }
      if (keep.stateIso3 !== merged.stateIso3) {
        throw new RequestsException(
          RequestsErrorReason.MERGE_NOT_ALLOWED,
          `The requests come from different States (${keep.stateIso3} and ${merged.stateIso3}); only one State's requests can be merged.`,
          'mergeId',
        );
      }
      const at = new Date();
      const reason = input.reason.trim();
      await tx.update(
        RequestStatusChangeEntity,
        { requestId: merged.id },
        { requestId: keep.id, mergedFromId: merged.id },
      );
      await bumpVersion(tx, keep, {
        // The kept request carries the other's history, so it keeps its confidentiality too.
        confidential: keep.confidential || merged.confidential,
        topics: [...new Set([...keep.topics, ...merged.topics])],
        instruments: [...new Set([...keep.instruments, ...merged.instruments])],
        updatedAt: at,
      });
      await tx.insert(RequestStatusChangeEntity, {
        requestId: keep.id,
        fromStatus: keep.status,
        toStatus: keep.status,
        at,
        by: actor.label,
        byId: actor.userId,
        reason: `Merged request ${merged.id} into this one: ${reason}`,
        mergedFromId: merged.id,
      });
      await bumpVersion(tx, merged, { status: 'WITHDRAWN', mergedIntoId: keep.id, updatedAt: at });
      await tx.insert(RequestStatusChangeEntity, {
        requestId: merged.id,
        fromStatus: merged.status,
        toStatus: 'WITHDRAWN',
        at,
        by: actor.label,
        byId: actor.userId,
        reason: `Merged into request ${keep.id}: ${reason}`,
        mergedFromId: null,
      });
      await this.audit.record(tx, actor, {
        action: 'MERGED',
        entityType: 'assistance_request',
        entityId: keep.id,
        before: { topics: keep.topics, instruments: keep.instruments, version: keep.version },
        after: {
          topics: [...new Set([...keep.topics, ...merged.topics])],
          instruments: [...new Set([...keep.instruments, ...merged.instruments])],
          version: keep.version + 1,
          mergedFrom: merged.id,
        },
      });
      await this.audit.record(tx, actor, {
        action: 'MERGED',
        entityType: 'assistance_request',
        entityId: merged.id,
        before: { status: merged.status, mergedIntoId: null, version: merged.version },
        after: { status: 'WITHDRAWN', mergedIntoId: keep.id, version: merged.version + 1, reason },
      });
      return tx.findOneByOrFail(AssistanceRequestEntity, { id: keep.id });
    });
  }

  /** Marks a request confidential (its description and reasons are then hidden outside its scope), or not. */
  setConfidential(id: string, confidential: boolean, expectedVersion: number, actor: Actor): Promise<AssistanceRequestEntity> {
    return this.dataSource.transaction(async (tx) => {
      const request = await lockRequest(tx, id, 'id');
      await assertInScope(tx, actor, request.stateIso3, 'id');
      if (request.version !== expectedVersion) throw RequestsException.stale(id, expectedVersion, request.version);
      await bumpVersion(tx, request, { confidential, updatedAt: new Date() });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'assistance_request',
        entityId: id,
        before: { confidential: request.confidential, version: request.version },
        after: { confidential, version: request.version + 1 },
      });
      return tx.findOneByOrFail(AssistanceRequestEntity, { id });
    });
  }

  /** Counts of requests grouped by the given dimensions, in one SQL query. */
  async counts(groupBy: RequestCountDimension[], filter: RequestCountFilter, actor: Actor): Promise<RequestCountRow[]> {
    const dims = [...new Set(groupBy)];
    if (dims.includes(RequestCountDimension.STATE) && actor.role === 'DONOR') {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Donors see requests counted by area, status, kind, region and year, not by State.', 'groupBy');
    }
    // Counted first per State on the requests alone (index-only), then joined to the States for their
    // region: one join per State and group rather than per request.
    const inner: Record<RequestCountDimension, string> = {
      PRIORITY_AREA: 'r.priority_area_code',
      STATUS: 'r.status',
      KIND: 'r.kind',
      REGION: 'r.state_iso3',
      STATE: 'r.state_iso3',
      YEAR: 'extract(year FROM r.received_on)::int',
    };
    const innerDims = [...new Set(dims.map((d) => (d === RequestCountDimension.REGION ? RequestCountDimension.STATE : d)))];
    const innerSelect = innerDims.map((d) => `${inner[d]} AS "${d}"`);
    const outer = dims.map((d) => (d === RequestCountDimension.REGION ? `s.region AS "REGION"` : `c."${d}"`));
    const where: string[] = [];
    const params: unknown[] = [];
    if (filter.priorityAreaCode?.length) {
      params.push(filter.priorityAreaCode);
      where.push(`r.priority_area_code = ANY ($${params.length})`);
    }
    if (filter.status?.length) {
      params.push(filter.status);
      where.push(`r.status = ANY ($${params.length})`);
    }
    if (filter.open === true) where.push(`r.status NOT IN ('FULFILLED', 'DECLINED', 'WITHDRAWN')`);
    if (filter.open === false) where.push(`r.status IN ('FULFILLED', 'DECLINED', 'WITHDRAWN')`);
    const groupInner = innerDims.length ? `GROUP BY ${innerDims.map((_, i) => i + 1).join(', ')}` : '';
    const groupOuter = dims.length ? `GROUP BY ${dims.map((_, i) => i + 1).join(', ')} ORDER BY ${dims.map((_, i) => i + 1).join(', ')}` : '';
    const sql = `SELECT ${[...outer, 'sum(c.n)::int AS count'].join(', ')}
                   FROM (SELECT ${[...innerSelect, 'count(*) AS n'].join(', ')}
                           FROM assistance_request r
                          ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
                          ${groupInner}) c
                   ${dims.includes(RequestCountDimension.REGION) ? `JOIN state s ON s.iso3 = c."STATE"` : ''}
                  ${groupOuter}`;
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(sql, params);
    return rows.map((row) => ({
      count: Number(row.count),
      priorityAreaCode: (row.PRIORITY_AREA as string | undefined) ?? null,
      status: (row.STATUS as RequestStatus | undefined) ?? null,
      kind: (row.KIND as RequestCountRow['kind']) ?? null,
      region: (row.REGION as string | undefined) ?? null,
      stateIso3: (row.STATE as string | undefined) ?? null,
      year: (row.YEAR as number | undefined) ?? null,
    }));
  }

  /** Whether the actor's office covers each State (one query for a page of requests). */
  async statesCoveredByOffice(officeCode: string): Promise<Set<string>> {
    const rows: Array<{ iso3: string }> = await this.dataSource.query(
      `SELECT s.iso3 FROM field_office f JOIN state s ON ${OFFICE_COVERS_STATE} WHERE f.code = $1`,
      [officeCode],
    );
    return new Set(rows.map((r) => r.iso3));
  }

  // ---------------------------------------------------------------- helpers

  private inTransaction<T>(tx: EntityManager | undefined, work: (tx: EntityManager) => Promise<T>): Promise<T> {
    return tx ? work(tx) : this.dataSource.transaction(work);
  }

  /** Checks that the State, area, instruments and office exist; returns the office to file it under. */
  private async checkReferences(tx: EntityManager, input: LogAssistanceRequestInput): Promise<string | null> {
    if (requiresTopic(input.kind) && input.topics.length === 0) {
      throw new RequestsException(
        RequestsErrorReason.INVALID_INPUT,
        `A request for ${input.kind} must name at least one topic.`,
        'topics',
      );
    }
    const [state] = await tx.query(`SELECT iso3 FROM state WHERE iso3 = $1`, [input.stateIso3]);
    if (!state) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `No State has the code "${input.stateIso3}". Use a code from the states query, e.g. "SEN".`,
        'stateIso3',
      );
    }
    const [area] = await tx.query(`SELECT code FROM priority_area WHERE code = $1`, [input.priorityAreaCode]);
    if (!area) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `There is no priority area "${input.priorityAreaCode}".`,
        'priorityAreaCode',
      );
    }
    if (input.instruments?.length) {
      const found: Array<{ code: string }> = await tx.query(`SELECT code FROM instrument WHERE code = ANY ($1)`, [
        input.instruments,
      ]);
      const unknown = input.instruments.filter((c) => !found.some((f) => f.code === c));
      if (unknown.length) {
        throw new RequestsException(
          RequestsErrorReason.UNKNOWN_REFERENCE,
          `Unknown instrument ${unknown.join(', ')}; use UNTOC, TIP, SOM, FIREARMS or UNCAC.`,
          'instruments',
        );
      }
    }
    if (input.fieldOfficeCode) {
      const [office] = await tx.query(`SELECT code FROM field_office WHERE code = $1`, [input.fieldOfficeCode]);
      if (!office) {
        throw new RequestsException(
          RequestsErrorReason.UNKNOWN_REFERENCE,
          `There is no field office "${input.fieldOfficeCode}".`,
          'fieldOfficeCode',
        );
      }
      return input.fieldOfficeCode;
    }
    const [covering] = await tx.query(
      `SELECT f.code FROM field_office f JOIN state s ON s.iso3 = $1
        WHERE ${OFFICE_COVERS_STATE}
        ORDER BY f.code LIMIT 1`,
      [input.stateIso3],
    );
    return covering?.code ?? null;
  }
}

/** A field office acts only for the States it covers; everyone else the guard let through acts for all. */
async function assertInScope(tx: EntityManager, actor: Actor, stateIso3: string, field: string): Promise<void> {
  if (actor.role !== 'FIELD_OFFICE') return;
  const [covered] = await tx.query(
    `SELECT 1 FROM field_office f JOIN state s ON s.iso3 = $2
      WHERE f.code = $1 AND ${OFFICE_COVERS_STATE}`,
    [actor.fieldOfficeCode, stateIso3],
  );
  if (!covered) {
    throw new DomainError(
      ErrorCode.FORBIDDEN,
      `Your field office (${actor.fieldOfficeCode}) does not cover ${stateIso3}; the office that does, or the secretariat, can act on it.`,
      field,
    );
  }
}

/** What the audit log keeps of a request when it is created. */
function auditView(r: AssistanceRequestEntity): Record<string, unknown> {
  return {
    stateIso3: r.stateIso3,
    priorityAreaCode: r.priorityAreaCode,
    kind: r.kind,
    topics: r.topics,
    instruments: r.instruments,
    channel: r.channel,
    receivedOn: r.receivedOn,
    status: r.status,
    confidential: r.confidential,
    fieldOfficeCode: r.fieldOfficeCode,
    sourceParagraph: r.sourceParagraph,
  };
}

async function lockRequest(tx: EntityManager, id: string, field: string): Promise<AssistanceRequestEntity> {
  if (!isUuid(id)) throw RequestsException.notFound(id, field);
  const request = await tx
    .getRepository(AssistanceRequestEntity)
    .createQueryBuilder('r')
    .setLock('pessimistic_write')
    .where('r.id = :id', { id })
    .getOne();
  if (!request) throw RequestsException.notFound(id, field);
  return request;
}

/** Writes the change only if the row is still at the version read; TypeORM's @VersionColumn would not check. */
async function bumpVersion(
  tx: EntityManager,
  request: AssistanceRequestEntity,
  changes: Partial<AssistanceRequestEntity>,
): Promise<void> {
  const result = await tx
    .createQueryBuilder()
    .update(AssistanceRequestEntity)
    .set({ ...changes, version: request.version + 1 })
    .where('id = :id AND version = :version', { id: request.id, version: request.version })
    .execute();
  if (result.affected !== 1) throw RequestsException.stale(request.id, request.version, request.version + 1);
}

function rowToRequest(row: Record<string, unknown>): AssistanceRequestEntity {
  return Object.assign(new AssistanceRequestEntity(), {
    id: row.id,
    stateIso3: row.state_iso3,
    priorityAreaCode: row.priority_area_code,
    kind: row.kind,
    topics: row.topics,
    instruments: row.instruments,
    channel: row.channel,
    receivedOn: row.received_on,
    description: row.description,
    status: row.status,
    sourceParagraph: row.source_paragraph,
    illustrativeNote: row.illustrative_note,
    loggedBy: row.logged_by,
    loggedById: row.logged_by_id,
    confidential: row.confidential,
    fieldOfficeCode: row.field_office_code,
    mergedIntoId: row.merged_into_id,
    workshopId: row.workshop_id,
    externalRef: row.external_ref,
    version: row.version,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  });
}
