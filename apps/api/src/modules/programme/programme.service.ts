import { LiveEvents } from '../../infra/live/live-events.js';
import { NotificationsService } from '../notifications/notifications.service.js';
import { Inject, Injectable } from '@nestjs/common';
import {
  activityMoveNeedsReason,
  activityMoves,
  activityYears,
  editedTitleTranslations,
  editedValue,
  isCalendarDate,
  mayBuildOn,
  mayEditActivity,
  LIST_LIMITS,
  SUGGESTIONS_LIMIT,
  toCents,
  type ActivityPhase,
  type ActivityStatus,
} from '@ta/domain';
import { implementingPartnerNames, type ParticipationRole } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { OrganisationsRepository } from '../organisations/organisations.repository.js';
import { ReferenceService } from '../reference/reference.service.js';
import { m49CodesForWording, regionsWordingOf } from '../reference/data/m49-areas.data.js';
import type { AssistanceRequestEntity } from '../requests/entities/assistance-request.entity.js';
import { RequestsRepository } from '../requests/requests.repository.js';
import { requestParams, RequestsService } from '../requests/requests.service.js';
import type {
  ActivityFilter,
  CreateActivityInput,
  SetCostLinesInput,
  UpdateActivityInput,
} from './dto/activity.input.js';
import type { ActivityStatusChangeEntity } from './entities/activity-status-change.entity.js';
import type { ActivityEntity, ActivityFigure } from './entities/activity.entity.js';
import type { CostLineEntity } from './entities/cost-line.entity.js';
import {
  ProgrammeRepository,
  type ActivityYearCostRow,
  type ActivitySuggestionRow,
  type SuggestionSubject,
  type YearCostRow,
} from './programme.repository.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { isUuid } from '../../infra/database/ids.js';
import { createOnce, idempotencyClaim } from '../../infra/database/idempotency.js';

/** At most this many suggested activities per request. */
export const SUGGESTIONS_MAX = SUGGESTIONS_LIMIT;

/** cost_line.amount is NUMERIC(14,2): twelve digits before the point. */
const MAX_COST_LINE_CENTS = 10n ** 14n;

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ProgrammeRepository,
    private readonly audit: AuditService,
    private readonly requests: RequestsService,
    /** Request rows for the links' use cases; who reads their text is decided at the GraphQL edge by the policy. */
    private readonly requestRows: RequestsRepository,
    private readonly reference: ReferenceService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    /** Partners are organisations of the registry (the organisations module owns those tables). */
    private readonly organisations: OrganisationsRepository,
    private readonly live: LiveEvents,
    private readonly notifications: NotificationsService,
  ) {}

  // ---------------------------------------------------------------- queries

  list(filter: ActivityFilter = {}, first?: number | null, after?: string | null): Promise<Connection<ActivityEntity>> {
    return this.repository.page(filter, first, after);
  }

  byIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    return this.repository.byIds(ids);
  }

  /** The activity held against change until `tx` ends (FOR SHARE), or null: an expert's booking decides on its status. */
  holdForShare(id: string, tx: EntityManager): Promise<ActivityEntity | null> {
    return this.repository.holdForShare(id, tx);
  }

  /** All cost lines of a batch of activities, in one query. */
  costLinesOf(ids: readonly string[]): Promise<CostLineEntity[]> {
    return this.repository.costLinesOf(ids);
  }

  /** Effective cost per activity and year (revisions replacing originals), summed in SQL. */
  yearTotalsOf(ids: readonly string[]): Promise<ActivityYearCostRow[]> {
    return this.repository.yearTotalsOf(ids);
  }

  /** The whole programme's cost per year, for the activities the filter selects, in one query. */
  programmeTotals(filter: ActivityFilter = {}): Promise<YearCostRow[]> {
    return this.repository.programmeTotals(filter);
  }

  historyOf(ids: readonly string[]): Promise<ActivityStatusChangeEntity[]> {
    return this.repository.historyOf(ids);
  }

  /**
   * The requests each activity answers (the links are ours; the requests come from the requests module).
   * Readers who do not read requests one by one (donors) get none: they see the needs as counts.
   */
  async requestsOf(
    ids: readonly string[],
    policy: AccessPolicy,
  ): Promise<Array<{ activityId: string; request: AssistanceRequestEntity }>> {
    if (!policy.can('requests.read')) return [];
    const links = await this.repository.requestLinksOf(ids);
    if (!links.length) return [];
    const requests = new Map(
      (await this.requestRows.findByIds([...new Set(links.map((l) => l.requestId))])).map((r) => [r.id, r]),
    );
    return links
      .filter((l) => requests.has(l.requestId))
      .map((l) => ({ activityId: l.activityId, request: requests.get(l.requestId)! }))
      .sort((a, b) => compare(a.request.receivedOn, b.request.receivedOn) || compare(a.request.id, b.request.id));
  }

  /**
   * Activities that might answer each request, best first (ProgrammeRepository.suggestedFor, one statement), for
   * those who may link requests to activities (AccessPolicy.assertMaySeeSuggestions).
   */
  suggestedFor(
    requests: readonly SuggestionSubject[],
    first: number,
    policy: AccessPolicy,
  ): Promise<ActivitySuggestionRow[]> {
    policy.assertMaySeeSuggestions();
    return this.repository.suggestedFor(requests, Math.min(Math.max(first, 0), SUGGESTIONS_MAX));
  }

  /** The activities that answer each request. */
  activitiesOfRequests(requestIds: readonly string[]): Promise<Array<{ requestId: string; activity: ActivityEntity }>> {
    return this.repository.activitiesOfRequests(requestIds);
  }

  // ---------------------------------------------------------------- changes

  create(
    input: CreateActivityInput,
    actor: Actor,
    options: { externalRef?: string; illustrativeNote?: string; section?: string; figures?: ActivityFigure[] } = {},
  ): Promise<ActivityEntity> {
    return createOnce(
      this.dataSource,
      idempotencyClaim(actor, 'createActivity', input),
      async (tx) => {
        if (options.externalRef) {
          const existing = await this.repository.findByExternalRef(options.externalRef, tx);
          if (existing) return existing;
        }
        if (await this.repository.codeTaken(input.code, tx))
          throw badInput(`There is already an activity ${input.code}; choose another code.`, 'code');
        await this.checkReferences(input);
        const phase = input.phase ?? 'PROPOSED';
        this.checkDates(input.startsOn, input.endsOn, phase);
        const buildsOn = [...new Set(input.buildsOnIds ?? [])];
        await this.checkBuildsOn(buildsOn, phase, tx);
        // A current activity is under way already; a proposal starts as one.
        const status = phase === 'CURRENT' ? 'UNDER_WAY' : 'PROPOSED';
        const beneficiaryAreas = await this.areasOf(input.beneficiaryAreas, input.beneficiaryRegions ?? []);
        const activity = await this.repository.insert(
          {
            code: input.code,
            title: input.title.trim(),
            titleFr: null,
            titleEs: null,
            translationsOfficial: false,
            description: input.description?.trim() ?? '',
            priorityAreaCode: input.priorityAreaCode,
            subAreaCode: input.subAreaCode ?? null,
            activityType: input.activityType,
            phase,
            figures: options.figures ?? [],
            status,
            deliveryStatus: 'PLANNED',
            deliveryStartedOn: null,
            deliveryCompletedOn: null,
            beneficiaryStates: [...new Set(input.beneficiaryStates ?? [])],
            // Codes without wording: the regions are worded as M49 names them, as an edit words them.
            beneficiaryRegions: input.beneficiaryRegions?.length
              ? input.beneficiaryRegions
              : regionsWordingOf(beneficiaryAreas, []),
            beneficiaryAreas,
            leadOfficeCode: input.leadOfficeCode ?? null,
            sourceParagraph: input.sourceParagraph ?? null,
            section: options.section ?? null,
            startsOn: input.startsOn ?? null,
            endsOn: input.endsOn ?? null,
            illustrativeNote: options.illustrativeNote ?? null,
            externalRef: options.externalRef ?? null,
            version: 1,
          },
          tx,
        );
        await this.repository.addBuildsOn(activity.id, buildsOn, tx);
        await this.organisations.setImplementingByNames(activity.id, input.partners ?? [], tx);
        await this.repository.addStatusChange(
          {
            activityId: activity.id,
            fromStatus: null,
            toStatus: status,
            at: new Date(),
            by: actor.label,
            byId: actor.userId,
            reason: phase === 'CURRENT' ? 'Under way (current activity)' : 'Proposed',
          },
          tx,
        );
        await this.audit.record(tx, actor, {
          action: 'CREATED',
          entityType: 'activity',
          entityId: activity.id,
          after: {
            code: activity.code,
            title: activity.title,
            priorityAreaCode: activity.priorityAreaCode,
            phase,
            status,
            ...(buildsOn.length ? { buildsOnIds: buildsOn } : {}),
          },
        });
        return activity;
      },
      (created) => created.id,
      (id) => this.repository.findById(id),
    );
  }

  /**
   * Names every organisation taking part in the activity and its role (IATI participating-org), replacing the
   * list before, at the activity's version (which it bumps). Audited.
   */
  setParticipatingOrganisations(
    id: string,
    expectedVersion: number,
    links: ReadonlyArray<{ organisationId: string; role: ParticipationRole }>,
    actor: Actor,
  ): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.repository.lock(id, tx);
      if (activity.version !== expectedVersion) throw stale('activity', expectedVersion, activity.version);
      assertOpen(activity, 'keeps the organisations it was recorded with', 'activityId');
      const wanted = [...new Map(links.map((l) => [`${l.organisationId}|${l.role}`, l])).values()];
      const known = new Set(
        (await this.organisations.findByIds([...new Set(wanted.map((l) => l.organisationId))], tx)).map((o) => o.id),
      );
      const unknown = wanted.filter((l) => !known.has(l.organisationId)).map((l) => l.organisationId);
      if (unknown.length) {
        throw badInput(`Unknown organisations: ${unknown.join(', ')}.`, 'links', 'UNKNOWN_REFERENCE', {
          codes: unknown.join(', '),
        });
      }
      const before = await this.organisations.participationsOf([id], tx);
      await this.organisations.setParticipations(id, wanted, tx);
      await this.repository.updateIfVersion(id, activity.version, {}, tx);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'activity',
        entityId: id,
        before: { participatingOrganisations: before.map((p) => `${p.organisation.name} (${p.role})`) },
        after: {
          participatingOrganisations: (await this.organisations.participationsOf([id], tx)).map(
            (p) => `${p.organisation.name} (${p.role})`,
          ),
        },
      });
      return (await this.repository.findById(id, tx))!;
    });
  }

  update(id: string, expectedVersion: number, input: UpdateActivityInput, actor: Actor): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.repository.lock(id, tx);
      if (activity.version !== expectedVersion) throw stale('activity', expectedVersion, activity.version);
      assertOpen(activity, 'is no longer edited', 'id');
      const partnersBefore = implementingPartnerNames(await this.organisations.participationsOf([id], tx));
      const beneficiaryAreas =
        input.beneficiaryAreas || input.beneficiaryRegions
          ? await this.areasOf(input.beneficiaryAreas, input.beneficiaryRegions ?? activity.beneficiaryRegions)
          : activity.beneficiaryAreas;
      const next = {
        title: input.title?.trim() ?? activity.title,
        description: input.description?.trim() ?? activity.description,
        beneficiaryStates: input.beneficiaryStates ? [...new Set(input.beneficiaryStates)] : activity.beneficiaryStates,
        // Codes without wording: the wording follows the codes (the old wording of codes still chosen kept).
        beneficiaryRegions:
          input.beneficiaryRegions ??
          (input.beneficiaryAreas
            ? regionsWordingOf(beneficiaryAreas, activity.beneficiaryRegions)
            : activity.beneficiaryRegions),
        beneficiaryAreas,
        // Absent keeps a date, null clears it.
        startsOn: editedValue(input.startsOn, activity.startsOn),
        endsOn: editedValue(input.endsOn, activity.endsOn),
      };
      await this.checkStates(next.beneficiaryStates);
      this.checkDates(next.startsOn, next.endsOn, activity.phase);
      // The French and Spanish titles stay (a new English one included) unless they were sent themselves.
      const translations = editedTitleTranslations(activity, input);
      await this.repository.updateIfVersion(id, activity.version, { ...next, ...translations }, tx);
      if (input.partners) await this.organisations.setImplementingByNames(id, input.partners, tx);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'activity',
        entityId: id,
        before: {
          title: activity.title,
          description: activity.description,
          beneficiaryStates: activity.beneficiaryStates,
          beneficiaryRegions: activity.beneficiaryRegions,
          beneficiaryAreas: activity.beneficiaryAreas,
          partners: partnersBefore,
          startsOn: activity.startsOn,
          endsOn: activity.endsOn,
          titleFr: activity.titleFr,
          titleEs: activity.titleEs,
        },
        after: {
          ...next,
          partners: input.partners ?? partnersBefore,
          titleFr: translations.titleFr,
          titleEs: translations.titleEs,
        },
      });
      return (await this.repository.findById(id, tx))!;
    });
  }

  transition(
    id: string,
    to: ActivityStatus,
    reason: string | null | undefined,
    expectedVersion: number,
    actor: Actor,
  ): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.repository.lock(id, tx);
      if (activity.version !== expectedVersion) throw stale('activity', expectedVersion, activity.version);
      // A cancelled activity is reopened to the status it was cancelled from (its history, read under the lock).
      const history = (await this.repository.historyOf([id], tx)).map((h) => ({ from: h.fromStatus, to: h.toStatus }));
      const allowed = activityMoves(activity.status, history);
      if (!allowed.includes(to)) {
        throw badInput(
          allowed.length
            ? `An activity that is ${activity.status} can move only to ${allowed.join(', ')}, not to ${to}.`
            : `An activity that is ${activity.status} cannot move any more.`,
          'to',
        );
      }
      if (activityMoveNeedsReason(activity.status, to) && !reason?.trim()) {
        throw badInput(
          to === 'CANCELLED'
            ? 'Cancelling an activity needs a reason.'
            : 'Reopening a finished activity needs a reason.',
          'reason',
        );
      }
      await this.repository.updateIfVersion(id, activity.version, { status: to }, tx);
      await this.repository.addStatusChange(
        {
          activityId: id,
          fromStatus: activity.status,
          toStatus: to,
          at: new Date(),
          by: actor.label,
          byId: actor.userId,
          reason: reason?.trim() || null,
        },
        tx,
      );
      await this.audit.record(tx, actor, {
        action: 'STATUS_CHANGED',
        entityType: 'activity',
        entityId: id,
        before: { status: activity.status, version: activity.version },
        after: { status: to, version: activity.version + 1, reason: reason?.trim() || null },
      });
      return (await this.repository.findById(id, tx))!;
    });
  }

  /** Replaces an activity's cost lines of one basis (ORIGINAL or REVISED), exact to the cent. */
  setCostLines(
    input: SetCostLinesInput,
    actor: Actor,
    options: { illustrative?: boolean } = {},
  ): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.repository.lock(input.activityId, tx, 'activityId');
      if (activity.version !== input.expectedVersion) throw stale('activity', input.expectedVersion, activity.version);
      // Cost lines feed the funding gap: a finished activity's costing stays as it was recorded.
      assertOpen(activity, 'keeps the cost lines it was recorded with', 'activityId');
      if (!isCalendarDate(input.rateDate)) throw badInput('rateDate must be a date written YYYY-MM-DD.', 'rateDate');
      const seen = new Set<string>();
      for (const [i, line] of input.lines.entries()) {
        if (!this.config.PLAN_YEARS.includes(line.year)) {
          throw badInput(
            `Line ${i + 1}: ${line.year} is not a year of the plan (${this.config.PLAN_YEARS.join(', ')}).`,
            `lines.${i}.year`,
          );
        }
        if ((toCents(line.amount) ?? 0n) >= MAX_COST_LINE_CENTS) {
          throw new DomainError(
            ErrorCode.BAD_USER_INPUT,
            `Line ${i + 1}: ${line.amount} is more than a cost line holds (at most 999999999999.99).`,
            `lines.${i}.amount`,
            {
              reason: 'INVALID_INPUT',
              max: '999999999999.99',
            },
          );
        }
        const key = `${line.year}/${line.category}`;
        if (seen.has(key))
          throw badInput(
            `Line ${i + 1}: ${line.category} in ${line.year} is given twice; add them up into one line.`,
            `lines.${i}`,
          );
        seen.add(key);
      }
      const before = await this.repository.costTotal(activity.id, input.basis, tx);
      await this.repository.replaceCostLines(
        activity.id,
        input.basis,
        input.lines,
        { rateDate: input.rateDate, illustrative: options.illustrative ?? false },
        tx,
      );
      await this.repository.updateIfVersion(activity.id, activity.version, {}, tx);
      const after = await this.repository.costTotal(activity.id, input.basis, tx);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'activity',
        entityId: activity.id,
        before: { [`${input.basis.toLowerCase()}CostTotal`]: before },
        after: { [`${input.basis.toLowerCase()}CostTotal`]: after, lines: input.lines.length },
      });
      return (await this.repository.findById(activity.id, tx))!;
    });
  }

  /**
   * Links requests to the activity that answers them. An ACCEPTED request moves to PLANNED through the
   * requests module's workflow (with its history); a closed one cannot be linked. Linking twice changes nothing.
   */
  /**
   * Links requests the activity answers. Each request's State becomes a beneficiary of the activity (so its
   * geography follows the needs it answers) unless the secretariat says otherwise (`addBeneficiaryStates: false`).
   */
  async linkRequests(
    activityId: string,
    requestIds: string[],
    actor: Actor,
    options: { addBeneficiaryStates?: boolean } = {},
  ): Promise<ActivityEntity> {
    if (requestIds.length > LIST_LIMITS.linkedRequests)
      throw badInput(`Link at most ${LIST_LIMITS.linkedRequests} requests at once.`, 'requestIds', 'INVALID_INPUT', {
        max: LIST_LIMITS.linkedRequests,
      });
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.repository.lock(activityId, tx, 'activityId');
      assertOpen(activity, 'answers no more requests', 'activityId');
      const states = new Set(activity.beneficiaryStates);
      for (const [i, requestId] of requestIds.entries()) {
        const [request] = isUuid(requestId) ? await this.requestRows.findByIds([requestId]) : [];
        if (!request) throw notFound('assistance request', requestId, `requestIds.${i}`);
        if (request.status === 'DECLINED' || request.status === 'WITHDRAWN') {
          throw badInput(
            `Request ${requestId} is ${request.status}; it cannot be answered by an activity.`,
            `requestIds.${i}`,
          );
        }
        if (!(await this.repository.linkRequest(activity.id, request.id, actor.label, tx))) continue;
        await this.live.publish(tx, { topic: 'request', kind: 'UPDATED', ids: [request.id] });
        await this.notifications.notify(
          tx,
          {
            event: 'REQUEST_LINKED',
            entityType: 'assistance_request',
            entityId: request.id,
            fieldOfficeCode: request.fieldOfficeCode,
            params: { ...requestParams(request), activity: activity.code },
          },
          actor,
        );
        if (options.addBeneficiaryStates !== false) states.add(request.stateIso3);
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'assistance_request',
          entityId: request.id,
          after: { linkedToActivity: activity.code },
        });
        if (request.status === 'ACCEPTED') {
          await this.requests.transition(
            request.id,
            'PLANNED',
            `Answered by activity ${activity.code}`,
            request.version,
            actor,
            {
              tx,
              scopeChecked: true,
            },
          );
        }
      }
      if (states.size > activity.beneficiaryStates.length) {
        const beneficiaryStates = [...states];
        await this.repository.updateIfVersion(activity.id, activity.version, { beneficiaryStates }, tx);
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'activity',
          entityId: activity.id,
          before: { beneficiaryStates: activity.beneficiaryStates },
          after: { beneficiaryStates },
        });
        return (await this.repository.findById(activity.id, tx))!;
      }
      return activity;
    });
  }

  unlinkRequest(activityId: string, requestId: string, actor: Actor): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await this.repository.lock(activityId, tx, 'activityId');
      assertOpen(activity, 'keeps the requests it answered', 'activityId');
      if (!(await this.repository.unlinkRequest(activity.id, requestId, tx)))
        throw notFound('link to request', requestId, 'requestId');
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'assistance_request',
        entityId: requestId,
        before: { linkedToActivity: activity.code },
        after: { linkedToActivity: null },
      });
      return activity;
    });
  }

  // ---------------------------------------------------------------- helpers

  /** The priority area, sub-area, lead office and States an activity names, through the reference module. */
  private async checkReferences(input: CreateActivityInput): Promise<void> {
    const [area] = await this.reference.priorityAreasByCode([input.priorityAreaCode]);
    if (!area) throw badInput(`There is no priority area "${input.priorityAreaCode}".`, 'priorityAreaCode');
    if (input.subAreaCode) {
      const sub = (await this.reference.subAreasOf([input.priorityAreaCode])).find((s) => s.code === input.subAreaCode);
      if (!sub)
        throw badInput(
          `Sub-area "${input.subAreaCode}" is not one of priority area ${input.priorityAreaCode}.`,
          'subAreaCode',
        );
    }
    if (input.leadOfficeCode) {
      const [office] = await this.reference.fieldOfficesByCode([input.leadOfficeCode]);
      if (!office) throw badInput(`There is no field office "${input.leadOfficeCode}".`, 'leadOfficeCode');
    }
    await this.checkStates(input.beneficiaryStates ?? []);
  }

  /**
   * The M49 areas an activity benefits: the codes given, or else those its regions' wording means. A code or
   * a wording that names no M49 area is refused, so the geography is always data.
   */
  private async areasOf(codes: string[] | undefined, wording: string[]): Promise<string[]> {
    const known = await this.reference.m49Areas();
    if (codes) {
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length) throw badInput(`No M49 area has the code ${unknown.join(', ')}.`, 'beneficiaryAreas');
      return [...new Set(codes)];
    }
    const areas: string[] = [];
    for (const w of wording) {
      const found = m49CodesForWording(w);
      if (!found) {
        throw badInput(
          `"${w}" names no UN M49 region; use an M49 name (e.g. "Southern Africa") or give beneficiaryAreas.`,
          'beneficiaryRegions',
        );
      }
      areas.push(...found);
    }
    return [...new Set(areas)];
  }

  private async checkStates(codes: string[]): Promise<void> {
    if (!codes.length) return;
    const found = new Set((await this.reference.statesByIso3(codes)).map((s) => s.iso3));
    const unknown = codes.filter((c) => !found.has(c));
    if (unknown.length) throw badInput(`No State has the code ${unknown.join(', ')}.`, 'beneficiaryStates');
  }

  /** A proposal builds on current activities only (and a current activity on none). */
  private async checkBuildsOn(ids: string[], phase: ActivityPhase, tx: EntityManager): Promise<void> {
    if (!ids.length) return;
    if (!mayBuildOn(phase)) throw badInput('Only a proposal builds on current activities.', 'buildsOnIds');
    const found = await this.repository.byIds(ids, tx);
    const missing = ids.filter((id) => !found.some((a) => a.id === id && a.phase === 'CURRENT'));
    if (missing.length)
      throw badInput(`A proposal builds on current activities; ${missing.join(', ')} is not one.`, 'buildsOnIds');
  }

  /** The CURRENT activities each of these activities builds on, by code. */
  buildsOnOf(ids: readonly string[]): Promise<Array<{ activityId: string; activity: ActivityEntity }>> {
    return this.repository.buildsOnOf(ids);
  }

  /** A proposal's dates fall within the plan; a current activity's are as the source gives them. */
  private checkDates(startsOn?: string | null, endsOn?: string | null, phase: ActivityPhase = 'PROPOSED'): void {
    const { first, last } = activityYears(phase, this.config.PLAN_YEARS);
    for (const [field, value] of [
      ['startsOn', startsOn],
      ['endsOn', endsOn],
    ] as const) {
      if (!value) continue;
      if (!isCalendarDate(value)) throw badInput(`${field} must be a date written YYYY-MM-DD.`, field);
      const year = Number(value.slice(0, 4));
      if (year < first || year > last) throw badInput(`${field} must fall within the plan (${first}–${last}).`, field);
    }
    if (startsOn && endsOn && endsOn < startsOn) throw badInput('endsOn cannot be before startsOn.', 'endsOn');
  }
}

/**
 * Refuses a change to a finished (completed or cancelled) activity with ACTIVITY_CLOSED, naming its status: the
 * rule is `mayEditActivity` of @ta/domain. Called after the activity's row is locked, before anything is written.
 */
function assertOpen(activity: ActivityEntity, what: string, field: string): void {
  if (mayEditActivity(activity.status)) return;
  throw badInput(
    `Activity ${activity.code} is ${activity.status}; a finished activity ${what} (reopen it first to change it).`,
    field,
    'ACTIVITY_CLOSED',
    { status: activity.status },
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
