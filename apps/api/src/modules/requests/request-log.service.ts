import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { inTransaction } from '../../infra/database/rows.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import { AccessPolicies, type ActingAs } from '../access/access-policies.service.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import type { LogAssistanceRequestInput } from './dto/log-assistance-request.input.js';
import type { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import type { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { checkFoundReferences, checkReferences, checkTopic } from './rules/references.js';
import { RequestsErrorReason, RequestsException } from './requests.exception.js';
import { RequestsRepository } from './requests.repository.js';
import { requestParams } from './requests.service.js';

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

/**
 * How requests come in: one at a time (a person's log, a workshop's follow-up, the demo data), or many at once (a
 * bulk import's batch) — each checked (references, topic, who may act on its State), inserted with its first
 * history entry, audited and announced; a person's log also tells the secretariat. Reads, corrections and moves
 * are `RequestsService`'s.
 */
@Injectable()
export class RequestLogService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RequestsRepository,
    private readonly reference: ReferenceRepository,
    private readonly policies: AccessPolicies,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

  /** Logs a State's request: one transaction, the request and its first history entry. */
  log(input: LogAssistanceRequestInput, by: ActingAs, options: LogOptions = {}): Promise<AssistanceRequestEntity> {
    const policy = this.policies.ofActing(by);
    const actor = policy.actorOrFail;
    const key = input.idempotencyKey ?? null;
    const hash = key ? logHash(input) : null;
    return inTransaction(this.dataSource, options.tx, async (tx) => {
      if (options.externalRef) {
        const existing = await this.repository.findByExternalRef(options.externalRef, tx);
        if (existing) return existing;
      }
      if (key) {
        const existing = await this.repository.findByIdempotencyKey(key, tx);
        if (existing) return sameOrConflict(existing, hash!, actor.userId);
      }
      const fieldOfficeCode = await checkReferences(this.reference, tx, input);
      if (!options.scopeChecked) await policy.assertMayActOnState(input.stateIso3, 'stateIso3');
      const at = options.at ?? new Date();
      const saved = await this.repository.insertOnce(tx, {
        ...newRequest(input, actor, at, fieldOfficeCode),
        sourceParagraph: options.sourceParagraph ?? null,
        illustrativeNote: options.illustrativeNote ?? null,
        workshopId: options.workshopId ?? null,
        externalRef: options.externalRef ?? null,
        idempotencyKey: key,
        idempotencyHash: hash,
      });
      if (!saved) {
        // A concurrent submission with the same key committed first (the insert waited for it): answer its request.
        const first = await this.repository.findByIdempotencyKey(key!, tx);
        if (!first) throw new Error(`Request with idempotency key ${key} vanished`);
        return sameOrConflict(first, hash!, actor.userId);
      }
      await this.repository.insertStatusChange(tx, { requestId: saved.id, ...firstEntry(saved, actor, at) });
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'assistance_request',
        entityId: saved.id,
        after: auditView(saved),
      });
      await this.live.publish(tx, { topic: 'request', kind: 'LOGGED', ids: [saved.id] });
      // The demo data (the system) tells nobody; a person's log tells the secretariat, and of a likely duplicate.
      if (!policy.isSystem) {
        const facts = { entityType: 'assistance_request' as const, entityId: saved.id, params: requestParams(saved) };
        await this.notifications.notify(
          tx,
          { ...facts, event: 'REQUEST_LOGGED', params: { ...facts.params, by: actor.label } },
          actor,
        );
        const duplicates = await this.repository.duplicatesOf([saved.id], tx);
        if (duplicates.length) {
          await this.notifications.notify(
            tx,
            { ...facts, event: 'DUPLICATE_FLAGGED', params: { ...facts.params, count: String(duplicates.length) } },
            actor,
          );
        }
      }
      return saved;
    });
  }

  /**
   * Logs many requests at once (a bulk import's batch), in the caller's transaction: each checked as `log` checks
   * one (references, scope), then all inserted with their first history entries and audit entries in a few
   * statements. All or none: the first refusal throws, and the caller's transaction rolls back. Answers the
   * requests' ids in the order given. No idempotency keys: the import keys its rows itself.
   */
  async logMany(
    inputs: readonly LogAssistanceRequestInput[],
    by: ActingAs,
    tx: EntityManager,
    /** References already checked (State, area, instruments → the office covering the State), kept by the caller
     * across its batches: reference data does not change under an import. */
    offices: Map<string, string | null> = new Map(),
  ): Promise<string[]> {
    const policy = this.policies.ofActing(by);
    const actor = policy.actorOrFail;
    const at = new Date();
    const values: Array<Omit<AssistanceRequestEntity, 'id'>> = [];
    // The same references checked once per combination (a file names a few dozen States and areas), those not
    // yet checked all read in one statement, then checked in order: the first refusal is the one a request
    // logged alone would get.
    const refKeyOf = (input: LogAssistanceRequestInput) =>
      JSON.stringify([
        input.stateIso3,
        input.priorityAreaCode,
        [...(input.instruments ?? [])].sort(),
        input.fieldOfficeCode ?? null,
      ]);
    const unchecked = inputs.filter((input) => !offices.has(refKeyOf(input)));
    const found = unchecked.length
      ? await this.reference.referencesOf(
          {
            states: [...new Set(unchecked.map((i) => i.stateIso3))],
            areas: [...new Set(unchecked.map((i) => i.priorityAreaCode))],
            instruments: [...new Set(unchecked.flatMap((i) => i.instruments ?? []))],
            offices: [...new Set(unchecked.flatMap((i) => (i.fieldOfficeCode ? [i.fieldOfficeCode] : [])))],
          },
          tx,
        )
      : null;
    for (const input of inputs) {
      checkTopic(input);
      const refKey = refKeyOf(input);
      if (!offices.has(refKey)) {
        offices.set(refKey, checkFoundReferences(input, found!));
        await policy.assertMayActOnState(input.stateIso3, 'stateIso3');
      }
      values.push(newRequest(input, actor, at, offices.get(refKey) ?? null));
    }
    // The ids chosen here (random UUIDs, as the column's default makes them), so that the requests, their
    // history and their audit records go to the database in one statement each, whatever the batch's size.
    const ids = values.map(() => randomUUID());
    await this.repository.insertManyWithHistory(
      tx,
      values.map((v, i) => ({
        id: ids[i],
        request: v,
        history: firstEntry(v, actor, at),
      })),
    );
    await this.audit.recordCreations(
      tx,
      actor,
      values.map((v, i) => ({
        action: 'CREATED',
        entityType: 'assistance_request',
        entityId: ids[i],
        after: auditView({ ...v, id: ids[i] } as AssistanceRequestEntity),
      })),
    );
    await this.live.publish(tx, { topic: 'request', kind: 'LOGGED', ids });
    return ids;
  }
}

/** A request as logged (status RECEIVED, version 1), from what was sent: what only the demo data sets is empty. */
function newRequest(
  input: LogAssistanceRequestInput,
  actor: Actor,
  at: Date,
  fieldOfficeCode: string | null,
): Omit<AssistanceRequestEntity, 'id'> {
  return {
    stateIso3: input.stateIso3,
    priorityAreaCode: input.priorityAreaCode,
    kind: input.kind,
    topics: [...new Set(input.topics)],
    instruments: input.instruments ?? [],
    channel: input.channel,
    receivedOn: input.receivedOn,
    description: input.description.trim(),
    status: 'RECEIVED',
    sourceParagraph: null,
    illustrativeNote: null,
    loggedBy: actor.label,
    loggedById: actor.userId,
    confidential: input.confidential ?? false,
    fieldOfficeCode,
    mergedIntoId: null,
    workshopId: null,
    externalRef: null,
    idempotencyKey: null,
    idempotencyHash: null,
    version: 1,
    createdAt: at,
    updatedAt: at,
  };
}

/** A request's first history entry: received, through its channel. */
function firstEntry(
  request: Pick<AssistanceRequestEntity, 'channel'>,
  actor: Actor,
  at: Date,
): Omit<RequestStatusChangeEntity, 'id' | 'requestId'> {
  return {
    fromStatus: null,
    toStatus: 'RECEIVED',
    at,
    by: actor.label,
    byId: actor.userId,
    reason: `Logged (channel: ${request.channel})`,
    mergedFromId: null,
  };
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

/** What makes two submissions with one idempotency key "the same request" (everything sent but the key). */
export function logHash(input: LogAssistanceRequestInput): string {
  const normal = {
    stateIso3: input.stateIso3,
    priorityAreaCode: input.priorityAreaCode,
    kind: input.kind,
    topics: [...new Set(input.topics)].sort(),
    instruments: [...(input.instruments ?? [])].sort(),
    channel: input.channel,
    receivedOn: input.receivedOn,
    description: input.description.trim(),
    confidential: input.confidential ?? false,
    fieldOfficeCode: input.fieldOfficeCode ?? null,
  };
  return createHash('sha256').update(JSON.stringify(normal)).digest('hex');
}

/** The request first logged with a key, when this is a retry of it by the same user; else the key was reused. */
function sameOrConflict(
  existing: AssistanceRequestEntity,
  hash: string,
  userId: string | null,
): AssistanceRequestEntity {
  if (existing.idempotencyHash === hash && existing.loggedById === userId) return existing;
  throw new RequestsException(
    RequestsErrorReason.IDEMPOTENCY_KEY_REUSED,
    'This idempotency key was already used for a different request. Use a new key for a new request.',
    'idempotencyKey',
  );
}
