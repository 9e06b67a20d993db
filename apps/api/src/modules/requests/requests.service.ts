import { Injectable } from '@nestjs/common';
import { checkMove, isOpen, notificationOfMove, type RequestStatus } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { inTransaction } from '../../infra/database/rows.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { AccessPolicies, type ActingAs } from '../access/access-policies.service.js';
import { AccessPolicy, type RequestScopeFacts } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { ReferenceRepository } from '../reference/reference.repository.js';
import type { AssistanceRequestFilter, AssistanceRequestOrder } from './dto/assistance-request.filter.js';
import type { MergeAssistanceRequestsInput } from './dto/merge-assistance-requests.input.js';
import type { UpdateAssistanceRequestInput } from './dto/update-assistance-request.input.js';
import type { AssistanceRequestEntity } from './entities/assistance-request.entity.js';
import type { RequestStatusChangeEntity } from './entities/request-status-change.entity.js';
import { RequestCountDimension, type RequestCountFilter, type RequestCountRow } from './models/request-count.model.js';
import { RequestsErrorReason, RequestsException } from './requests.exception.js';
import type { DuplicateCandidate } from './rules/duplicates.js';
import { historyHas, type RequestPageIncludes } from './request-list.query.js';
import { checkReferences } from './rules/references.js';
import {
  DEFAULT_REQUEST_ORDER,
  RequestsRepository,
  type DuplicateRow,
  type RequestPage,
} from './requests.repository.js';

export type { Actor };

export type { ActingAs };

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
    const { totalCount, pageInfo } = page;
    // Asked for above: a page without them would be a fault here, not a total of zero or a last page.
    if (totalCount === undefined || pageInfo === undefined) {
      throw new Error('A page of requests asked for its total and pageInfo came without them.');
    }
    return { ...page, totalCount, pageInfo };
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

  /** Moves a request along the workflow, if the move is allowed and nobody changed it meanwhile. */
  transition(
    id: string,
    to: RequestStatus,
    reason: string | null | undefined,
    expectedVersion: number,
    by: ActingAs,
    options: { at?: Date; tx?: EntityManager; scopeChecked?: boolean } = {},
  ): Promise<AssistanceRequestEntity> {
    const policy = this.policies.ofActing(by);
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
    const actor = this.policies.ofActing(by).actorOrFail;
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
    const policy = this.policies.ofActing(by);
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
      const office = await checkReferences(
        this.reference,
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
    const policy = this.policies.ofActing(by);
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
}

/** What a notification says of a request (its State's code, the kind of help, the day it came). */
export function requestParams(r: AssistanceRequestEntity): Record<string, string> {
  return { state: r.stateIso3, kind: r.kind, receivedOn: String(r.receivedOn) };
}

/** Whether two field values are the same (arrays by their items, in order). */
function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  return a === b;
}

/** A history entry of a request whose text the reader may not read: its reason hidden (`requestTextReader`). */
function withoutReason<T extends { reason: string | null }>(entry: T): T {
  return { ...entry, reason: null };
}

const withoutReasons = <T extends { reason: string | null }>(entries: T[]) => entries.map(withoutReason);
