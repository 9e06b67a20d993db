import { Injectable } from '@nestjs/common';
import { createHash, randomUUID } from 'node:crypto';
import { checkMove, isOpen, notificationOfMove, requiresTopic, type RequestStatus } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { inTransaction } from '../../infra/database/rows.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { AccessPolicy, type RequestScopeFacts } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import type { AssistanceRequestFilter, AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import type { LogAssistanceRequestInput } from './dto/log-assistance-request.input.js';
import type { MergeAssistanceRequestsInput } from './dto/merge-assistance-requests.input.js';
import type { UpdateAssistanceRequestInput } from './dto/update-assistance-request.input.js';
import type { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import type { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { RequestCountDimension, type RequestCountFilter, type RequestCountRow } from './models/request-count.model.js';
import { RequestsErrorReason, RequestsException } from './requests.exception.js';
import type { DuplicateCandidate } from './rules/duplicates.js';
import { historyHas, type RequestPageIncludes } from './request-list.query.js';
import {
  DEFAULT_REQUEST_ORDER,
  RequestsRepository,
  type DuplicateRow,
  type RequestPage,
} from './requests.repository.js';

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

/** Who acts: the request's access policy (resolvers), or an actor whose policy is built here (jobs, other modules). */
export type ActingAs = AccessPolicy | Actor;

/** What decides who reads a request's text. */
export type RequestScope = RequestScopeFacts & { id: string };

@Injectable()
export class RequestsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RequestsRepository,
    private readonly reference: ReferenceRepository,
    private readonly policies: AccessPolicies,
    private readonly audit: AuditService,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------------------------------------------------------------- queries

  /** A page of requests: filtered, ordered and paged in SQL; free text searches only the descriptions the reader may read. */
  async list(
    policy: AccessPolicy,
    filter: AssistanceRequestFilter = {},
    order: AssistanceRequestOrder = DEFAULT_REQUEST_ORDER,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<AssistanceRequestEntity>> {
    const { page } = await this.page(policy, filter, order, first, after, {
      totalCount: true,
      state: false,
      priorityArea: false,
    });
    const { totalCount } = page;
    // Asked for above: a page without it would be a fault here, not a total of zero.
    if (totalCount === undefined) throw new Error('A page of requests asked for its total came without one.');
    return { ...page, totalCount };
  }

  /**
   * A page of requests with what the query asks of it besides (`include`: its total, the rows' States and
   * priority areas), in one statement: what the GraphQL list answers from.
   */
  async page(
    policy: AccessPolicy,
    filter: AssistanceRequestFilter = {},
    order: AssistanceRequestOrder = DEFAULT_REQUEST_ORDER,
    first?: number | null,
    after?: string | null,
    include: RequestPageIncludes = { totalCount: true, state: false, priorityArea: false },
  ): Promise<RequestPage> {
    policy.assert('requests.read');
    const [page, mayRead] = await Promise.all([
      policy.requestTextCondition('r').then((text) => this.repository.list(filter, order, first, after, text, include)),
      // The reasons a reader may not read are hidden (`withoutReasons`): only asked when the entries carry them.
      historyHas(include.history, 'reason') ? policy.requestTextReader() : null,
    ]);
    if (mayRead) {
      for (const request of page.page.nodes) {
        const history = page.histories.get(request.id);
        if (history && !mayRead(request)) page.histories.set(request.id, withoutReasons(history));
      }
    }
    return page;
  }

  findById(policy: AccessPolicy, id: string): Promise<AssistanceRequestEntity | null> {
    policy.assert('requests.read', 'id');
    return this.repository.findById(id);
  }

  /**
   * The open duplicates of each request in one query. They reach readers wherever a request does (a workshop's
   * follow-ups too); each one's text is the reader's only as `requestText` allows.
   */
  duplicatesOf(_policy: AccessPolicy, ids: readonly string[]): Promise<DuplicateRow[]> {
    return this.repository.duplicatesOf(ids);
  }

  /** The open requests of these States as the duplicate rule compares them (an import's dry run). */
  openCandidatesOfStates(_policy: AccessPolicy, states: readonly string[]): Promise<DuplicateCandidate[]> {
    return this.repository.openCandidatesOfStates(states);
  }

  /** The history of each request, oldest first; the reasons of a request whose text the reader may not read are hidden. */
  async historyOf(policy: AccessPolicy, requests: readonly RequestScope[]): Promise<RequestStatusChangeEntity[]> {
    const [rows, mayRead] = await Promise.all([
      this.repository.historyOf(requests.map((r) => r.id)),
      policy.requestTextReader(),
    ]);
    const readable = new Set(requests.filter(mayRead).map((r) => r.id));
    return rows.map((h) => (readable.has(h.requestId) ? h : withoutReason(h)));
  }

  /** The description, or null when the reader may not read it (confidential outside their scope; donors never). */
  async requestText(policy: AccessPolicy, request: RequestScope & { description: string }): Promise<string | null> {
    return (await policy.mayReadRequestText(request)) ? request.description : null;
  }

  /** Counts of requests grouped by the given dimensions, in one SQL query. */
  counts(
    policy: AccessPolicy,
    groupBy: RequestCountDimension[],
    filter: RequestCountFilter,
  ): Promise<RequestCountRow[]> {
    const dims = [...new Set(groupBy)];
    if (dims.includes(RequestCountDimension.STATE) && !policy.can('requests.countByState')) {
      throw new RequestsException(
        RequestsErrorReason.COUNT_BY_STATE_NOT_ALLOWED,
        'Donors see requests counted by area, status, kind, region and year, not by State.',
        'groupBy',
      );
    }
    return this.repository.counts(dims, filter);
  }

  /**
   * The requests a live event names, as this reader hears of them: only those a list with `filter` would show
   * them, and only of the States they follow (a field office its own); their text as `requestText` allows.
   */
  async changedFor(
    policy: AccessPolicy,
    filter: AssistanceRequestFilter,
    ids: readonly string[],
  ): Promise<AssistanceRequestEntity[]> {
    const rows = await this.repository.matching(ids, filter, await policy.requestTextCondition('r'));
    const heard: AssistanceRequestEntity[] = [];
    for (const row of rows) if (await policy.mayFollowRequestsOf(row.stateIso3)) heard.push(row);
    return heard;
  }

  /** The requests raised as follow-up needs at each of these workshops (an outcome's follow-ups), oldest first. */
  raisedAtWorkshops(workshopIds: readonly string[]): Promise<AssistanceRequestEntity[]> {
    return this.repository.findByWorkshopIds(workshopIds);
  }

  // ---------------------------------------------------------------- use cases

  /** Logs a State's request: one transaction, the request and its first history entry. */
  log(input: LogAssistanceRequestInput, by: ActingAs, options: LogOptions = {}): Promise<AssistanceRequestEntity> {
    const policy = this.policyOf(by);
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
      const fieldOfficeCode = await this.checkReferences(tx, input);
      if (!options.scopeChecked) await policy.assertMayActOnState(input.stateIso3, 'stateIso3');
      const at = options.at ?? new Date();
      const saved = await this.repository.insertOnce(tx, {
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
        idempotencyKey: key,
        idempotencyHash: hash,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
      if (!saved) {
        // A concurrent submission with the same key committed first (the insert waited for it): answer its request.
        const first = await this.repository.findByIdempotencyKey(key!, tx);
        if (!first) throw new Error(`Request with idempotency key ${key} vanished`);
        return sameOrConflict(first, hash!, actor.userId);
      }
      await this.repository.insertStatusChange(tx, {
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
    const policy = this.policyOf(by);
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
      values.push({
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
        fieldOfficeCode: offices.get(refKey) ?? null,
        mergedIntoId: null,
        workshopId: null,
        externalRef: null,
        idempotencyKey: null,
        idempotencyHash: null,
        version: 1,
        createdAt: at,
        updatedAt: at,
      });
    }
    // The ids chosen here (random UUIDs, as the column's default makes them), so that the requests, their
    // history and their audit records go to the database in one statement each, whatever the batch's size.
    const ids = values.map(() => randomUUID());
    await this.repository.insertManyWithHistory(
      tx,
      values.map((v, i) => ({
        id: ids[i],
        request: v,
        history: {
          fromStatus: null,
          toStatus: 'RECEIVED',
          at,
          by: actor.label,
          byId: actor.userId,
          reason: `Logged (channel: ${v.channel})`,
          mergedFromId: null,
        },
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

  /** Moves a request along the workflow, if the move is allowed and nobody changed it meanwhile. */
  transition(
    id: string,
    to: RequestStatus,
    reason: string | null | undefined,
    expectedVersion: number,
    by: ActingAs,
    options: { at?: Date; tx?: EntityManager; scopeChecked?: boolean } = {},
  ): Promise<AssistanceRequestEntity> {
    const policy = this.policyOf(by);
    const actor = policy.actorOrFail;
    return inTransaction(this.dataSource, options.tx, async (tx) => {
      const request = await this.repository.lock(tx, id, 'id');
      if (!options.scopeChecked) await policy.assertMayActOnState(request.stateIso3, 'id');
      if (request.version !== expectedVersion) throw RequestsException.stale(id, expectedVersion, request.version);
      const check = checkMove(request.status, to, reason);
      if (!check.ok) {
        throw new RequestsException(
          check.problem === 'REASON_REQUIRED'
            ? RequestsErrorReason.REASON_REQUIRED
            : RequestsErrorReason.MOVE_NOT_ALLOWED,
          check.message,
          check.problem === 'REASON_REQUIRED' ? 'reason' : 'to',
        );
      }
      const at = options.at ?? new Date();
      await this.repository.updateIfVersion(tx, request, { status: to, updatedAt: at });
      await this.repository.insertStatusChange(tx, {
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
      await this.live.publish(tx, { topic: 'request', kind: 'MOVED', ids: [id] });
      const event = notificationOfMove(to);
      if (event && !policy.isSystem) {
        await this.notifications.notify(
          tx,
          {
            event,
            entityType: 'assistance_request',
            entityId: id,
            fieldOfficeCode: request.fieldOfficeCode,
            params: { ...requestParams(request), reason: reason?.trim() ?? '' },
          },
          actor,
        );
      }
      return this.repository.reload(tx, id);
    });
  }

  /**
   * Keeps one of two requests for the same need: the other's history moves to the kept one, its topics
   * and instruments are added, and it is withdrawn with the reason.
   */
  merge(input: MergeAssistanceRequestsInput, by: ActingAs): Promise<AssistanceRequestEntity> {
    const actor = this.policyOf(by).actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      if (input.keepId === input.mergeId) {
        throw new RequestsException(
          RequestsErrorReason.MERGE_NOT_ALLOWED,
          'A request cannot be merged into itself.',
          'mergeId',
        );
      }
      // Lock in id order so two merges of the same pair cannot deadlock.
      const [firstId, secondId] = [input.keepId, input.mergeId].sort();
      const first = await this.repository.lock(tx, firstId, firstId === input.keepId ? 'keepId' : 'mergeId');
      const second = await this.repository.lock(tx, secondId, secondId === input.keepId ? 'keepId' : 'mergeId');
      const keep = first.id === input.keepId ? first : second;
      const merged = first.id === input.keepId ? second : first;
      if (keep.version !== input.keepVersion)
        throw RequestsException.stale(keep.id, input.keepVersion, keep.version, 'keepVersion');
      if (merged.version !== input.mergeVersion) {
        throw RequestsException.stale(merged.id, input.mergeVersion, merged.version, 'mergeVersion');
      }
      for (const [request, field] of [
        [keep, 'keepId'],
        [merged, 'mergeId'],
      ] as const) {
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
      await this.repository.moveHistory(tx, merged.id, keep.id);
      await this.repository.updateIfVersion(tx, keep, {
        // The kept request carries the other's history, so it keeps its confidentiality too.
        confidential: keep.confidential || merged.confidential,
        topics: [...new Set([...keep.topics, ...merged.topics])],
        instruments: [...new Set([...keep.instruments, ...merged.instruments])],
        updatedAt: at,
      });
      await this.repository.insertStatusChange(tx, {
        requestId: keep.id,
        fromStatus: keep.status,
        toStatus: keep.status,
        at,
        by: actor.label,
        byId: actor.userId,
        reason: `Merged request ${merged.id} into this one: ${reason}`,
        mergedFromId: merged.id,
      });
      await this.repository.updateIfVersion(tx, merged, { status: 'WITHDRAWN', mergedIntoId: keep.id, updatedAt: at });
      await this.repository.insertStatusChange(tx, {
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
      await this.live.publish(tx, { topic: 'request', kind: 'MERGED', ids: [keep.id, merged.id] });
      return this.repository.reload(tx, keep.id);
    });
  }

  /**
   * Corrects a logged request's fields: only an open request, only by someone who may act on its State (and on
   * the new State, when it moves), only if nobody changed it meanwhile. Audited with the changed fields only.
   */
  update(
    id: string,
    expectedVersion: number,
    input: UpdateAssistanceRequestInput,
    by: ActingAs,
  ): Promise<AssistanceRequestEntity> {
    const policy = this.policyOf(by);
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const request = await this.repository.lock(tx, id, 'id');
      await policy.assertMayActOnState(request.stateIso3, 'id');
      if (request.version !== expectedVersion) throw RequestsException.stale(id, expectedVersion, request.version);
      if (!isOpen(request.status)) {
        throw new RequestsException(
          RequestsErrorReason.REQUEST_CLOSED,
          `Request ${id} is ${request.status}; a closed request cannot be edited.`,
          'id',
          { status: request.status },
        );
      }
      const next = {
        stateIso3: input.stateIso3 ?? request.stateIso3,
        priorityAreaCode: input.priorityAreaCode ?? request.priorityAreaCode,
        kind: input.kind ?? request.kind,
        topics: input.topics != null ? [...new Set(input.topics)] : request.topics,
        instruments: input.instruments ?? request.instruments,
        channel: input.channel ?? request.channel,
        receivedOn: input.receivedOn ?? request.receivedOn,
        description: input.description != null ? input.description.trim() : request.description,
        fieldOfficeCode: input.fieldOfficeCode ?? request.fieldOfficeCode,
      };
      const stateMoves = next.stateIso3 !== request.stateIso3;
      const office = await this.checkReferences(
        tx,
        {
          ...next,
          // Check only what was sent; a State that moves takes its covering office unless one is named.
          instruments: input.instruments ?? [],
          fieldOfficeCode: input.fieldOfficeCode ?? undefined,
        },
        { stateIso3: input.stateIso3 != null, priorityAreaCode: input.priorityAreaCode != null },
      );
      if (stateMoves) {
        await policy.assertMayActOnState(next.stateIso3, 'stateIso3');
        next.fieldOfficeCode = office;
      }
      const before: Record<string, unknown> = {};
      const after: Record<string, unknown> = {};
      for (const field of Object.keys(next) as Array<keyof typeof next>) {
        if (!sameValue(request[field], next[field])) {
          before[field] = request[field];
          after[field] = next[field];
        }
      }
      if (Object.keys(after).length === 0) return request;
      await this.repository.updateIfVersion(tx, request, { ...after, updatedAt: new Date() });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'assistance_request',
        entityId: id,
        before: { ...before, version: request.version },
        after: { ...after, version: request.version + 1 },
      });
      await this.live.publish(tx, { topic: 'request', kind: 'UPDATED', ids: [id] });
      return this.repository.reload(tx, id);
    });
  }

  /** Marks a request confidential (its description and reasons are then hidden outside its scope), or not. */
  setConfidential(
    id: string,
    confidential: boolean,
    expectedVersion: number,
    by: ActingAs,
  ): Promise<AssistanceRequestEntity> {
    const policy = this.policyOf(by);
    const actor = policy.actorOrFail;
    return this.dataSource.transaction(async (tx) => {
      const request = await this.repository.lock(tx, id, 'id');
      await policy.assertMayActOnState(request.stateIso3, 'id');
      if (request.version !== expectedVersion) throw RequestsException.stale(id, expectedVersion, request.version);
      await this.repository.updateIfVersion(tx, request, { confidential, updatedAt: new Date() });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'assistance_request',
        entityId: id,
        before: { confidential: request.confidential, version: request.version },
        after: { confidential, version: request.version + 1 },
      });
      await this.live.publish(tx, { topic: 'request', kind: 'UPDATED', ids: [id] });
      return this.repository.reload(tx, id);
    });
  }

  // ---------------------------------------------------------------- helpers

  private policyOf(by: ActingAs): AccessPolicy {
    return by instanceof AccessPolicy ? by : this.policies.forActor(by);
  }

  /** Checks that the State, area, instruments and office exist; returns the office to file it under. */
  private async checkReferences(
    tx: EntityManager,
    input: Pick<
      LogAssistanceRequestInput,
      'kind' | 'topics' | 'stateIso3' | 'priorityAreaCode' | 'instruments' | 'fieldOfficeCode'
    >,
    check: { stateIso3: boolean; priorityAreaCode: boolean } = { stateIso3: true, priorityAreaCode: true },
  ): Promise<string | null> {
    checkTopic(input);
    if (check.stateIso3 && !(await this.reference.stateExists(input.stateIso3, tx))) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `No State has the code "${input.stateIso3}". Use a code from the states query, e.g. "SEN".`,
        'stateIso3',
        { stateIso3: input.stateIso3 },
      );
    }
    if (check.priorityAreaCode && !(await this.reference.priorityAreaExists(input.priorityAreaCode, tx))) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `There is no priority area "${input.priorityAreaCode}".`,
        'priorityAreaCode',
        { priorityAreaCode: input.priorityAreaCode },
      );
    }
    const unknown = await this.reference.unknownInstruments(input.instruments ?? [], tx);
    if (unknown.length) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `Unknown instrument ${unknown.join(', ')}; use UNTOC, TIP, SOM, FIREARMS or UNCAC.`,
        'instruments',
        { instruments: unknown },
      );
    }
    if (input.fieldOfficeCode) {
      if (!(await this.reference.fieldOfficeExists(input.fieldOfficeCode, tx))) {
        throw new RequestsException(
          RequestsErrorReason.UNKNOWN_REFERENCE,
          `There is no field office "${input.fieldOfficeCode}".`,
          'fieldOfficeCode',
          { fieldOfficeCode: input.fieldOfficeCode },
        );
      }
      return input.fieldOfficeCode;
    }
    return this.reference.officeCoveringState(input.stateIso3, tx);
  }
}

/**
 * The references of a request checked against those read for its batch (`ReferenceRepository.referencesOf`), with
 * the refusals, in the order, that `checkReferences` gives a request logged alone. Answers its field office.
 */
function checkFoundReferences(
  input: Pick<LogAssistanceRequestInput, 'stateIso3' | 'priorityAreaCode' | 'instruments' | 'fieldOfficeCode'>,
  found: { states: Map<string, string | null>; areas: Set<string>; instruments: Set<string>; offices: Set<string> },
): string | null {
  if (!found.states.has(input.stateIso3)) {
    throw new RequestsException(
      RequestsErrorReason.UNKNOWN_REFERENCE,
      `No State has the code "${input.stateIso3}". Use a code from the states query, e.g. "SEN".`,
      'stateIso3',
      { stateIso3: input.stateIso3 },
    );
  }
  if (!found.areas.has(input.priorityAreaCode)) {
    throw new RequestsException(
      RequestsErrorReason.UNKNOWN_REFERENCE,
      `There is no priority area "${input.priorityAreaCode}".`,
      'priorityAreaCode',
      { priorityAreaCode: input.priorityAreaCode },
    );
  }
  const unknown = (input.instruments ?? []).filter((c) => !found.instruments.has(c));
  if (unknown.length) {
    throw new RequestsException(
      RequestsErrorReason.UNKNOWN_REFERENCE,
      `Unknown instrument ${unknown.join(', ')}; use UNTOC, TIP, SOM, FIREARMS or UNCAC.`,
      'instruments',
      { instruments: unknown },
    );
  }
  if (input.fieldOfficeCode) {
    if (!found.offices.has(input.fieldOfficeCode)) {
      throw new RequestsException(
        RequestsErrorReason.UNKNOWN_REFERENCE,
        `There is no field office "${input.fieldOfficeCode}".`,
        'fieldOfficeCode',
        { fieldOfficeCode: input.fieldOfficeCode },
      );
    }
    return input.fieldOfficeCode;
  }
  return found.states.get(input.stateIso3) ?? null;
}

/** A kind of help that needs a topic (training on what?) names one. */
function checkTopic(input: Pick<LogAssistanceRequestInput, 'kind' | 'topics'>): void {
  if (requiresTopic(input.kind) && input.topics.length === 0) {
    throw new RequestsException(
      RequestsErrorReason.INVALID_INPUT,
      `A request for ${input.kind} must name at least one topic.`,
      'topics',
    );
  }
}

/** What a notification says of a request (its State's code, the kind of help, the day it came). */
export function requestParams(r: AssistanceRequestEntity): Record<string, string> {
  return { state: r.stateIso3, kind: r.kind, receivedOn: String(r.receivedOn) };
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

/** Whether two field values are the same (arrays by their items, in order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
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

/** A history entry of a request whose text the reader may not read: its reason hidden (`requestTextReader`). */
function withoutReason<T extends { reason: string | null }>(entry: T): T {
  return { ...entry, reason: null };
}

const withoutReasons = <T extends { reason: string | null }>(entries: T[]) => entries.map(withoutReason);
