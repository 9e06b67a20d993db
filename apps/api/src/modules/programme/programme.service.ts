import { Inject, Injectable } from '@nestjs/common';
import { activityMoves, type ActivityStatus } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { isCalendarDate } from '../../infra/graphql/scalars.js';
import { AuditService } from '../audit/audit.service.js';
import { escapeLike } from '../reference/reference.service.js';
import { AssistanceRequestEntity } from '../requests/entities/assistance-request.entity.js';
import { RequestsService } from '../requests/requests.service.js';
import type { ActivityFilter, CreateActivityInput, SetCostLinesInput, UpdateActivityInput } from './dto/activity.input.js';
import { ActivityStatusChangeEntity } from './entities/activity-status-change.entity.js';
import { ActivityEntity } from './entities/activity.entity.js';
import { CostLineEntity } from './entities/cost-line.entity.js';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import { isUuid } from '../../infra/database/ids.js';

/**
 * A cost line counts unless a REVISED line replaces it for the same activity, year and category.
 * ('REVISED' sorts after 'ORIGINAL', so DISTINCT ON keeps the revision.)
 */
export const EFFECTIVE_COST_LINES = `
  SELECT DISTINCT ON (activity_id, year, category) activity_id, year, category, amount
    FROM cost_line
   ORDER BY activity_id, year, category, basis DESC`;

@Injectable()
export class ProgrammeService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
    private readonly requests: RequestsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  // ---------------------------------------------------------------- queries

  async list(filter: ActivityFilter = {}, first?: number | null, after?: string | null): Promise<Connection<ActivityEntity>> {
    const limit = pageSize(first);
    const q = this.filtered(filter);
    const totalCount = await q.clone().getCount();
    if (after) {
      const [code] = decodeCursor(after, 1);
      if (typeof code !== 'string') throw badInput('The "after" cursor is not one this list gave out.', 'after');
      q.andWhere('a.code > :code', { code });
    }
    const rows = await q.orderBy('a.code', 'ASC').limit(limit + 1).getMany();
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return { totalCount, nodes, pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.code]) : null } };
  }

  /** The activities a filter selects, as a query to page, count or use as a subquery. */
  private filtered(filter: ActivityFilter) {
    const q = this.dataSource.getRepository(ActivityEntity).createQueryBuilder('a');
    if (filter.priorityAreaCode?.length) q.andWhere('a.priority_area_code IN (:...areas)', { areas: filter.priorityAreaCode });
    if (filter.status?.length) q.andWhere('a.status IN (:...statuses)', { statuses: filter.status });
    if (filter.activityType?.length) q.andWhere('a.activity_type IN (:...types)', { types: filter.activityType });
    if (filter.stateIso3) q.andWhere(':state = ANY (a.beneficiary_states)', { state: filter.stateIso3 });
    if (filter.section) {
      q.andWhere('(a.section = :section OR a.section LIKE :sectionPrefix)', {
        section: filter.section,
        sectionPrefix: `${escapeLike(filter.section)}.%`,
      });
    }
    if (filter.search?.trim()) {
      q.andWhere(
        `(a.code ILIKE :like OR a.title ILIKE :like OR a.description ILIKE :like OR array_to_string(a.beneficiary_regions, ' ') ILIKE :like)`,
        { like: `%${escapeLike(filter.search.trim())}%` },
      );
    }
    return q;
  }

  async byIds(ids: readonly string[]): Promise<ActivityEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    return this.dataSource.getRepository(ActivityEntity).createQueryBuilder('a').where('a.id IN (:...ids)', { ids: valid }).getMany();
  }

  /** All cost lines of a batch of activities, in one query. */
  costLinesOf(ids: readonly string[]): Promise<CostLineEntity[]> {
    return this.dataSource
      .getRepository(CostLineEntity)
      .createQueryBuilder('c')
      .where('c.activity_id IN (:...ids)', { ids: [...ids] })
      .orderBy('c.year')
      .addOrderBy('c.category')
      .addOrderBy('c.basis')
      .getMany();
  }

  /** Effective cost per activity and year (revisions replacing originals), summed in SQL. */
  async yearTotalsOf(ids: readonly string[]): Promise<Array<{ activityId: string; year: number; amount: string }>> {
    const rows: Array<{ activity_id: string; year: number; amount: string }> = await this.dataSource.query(
      `SELECT activity_id, year, sum(amount)::text AS amount
         FROM (${EFFECTIVE_COST_LINES}) c
        WHERE activity_id = ANY ($1::uuid[])
        GROUP BY activity_id, year ORDER BY activity_id, year`,
      [ids],
    );
    return rows.map((r) => ({ activityId: r.activity_id, year: r.year, amount: r.amount }));
  }

  /** The whole programme's cost per year, for the activities the filter selects, in one query. */
  async programmeTotals(filter: ActivityFilter = {}): Promise<Array<{ year: number; amount: string }>> {
    // The filter becomes a subquery: every selected activity counts, however many there are.
    const [selected, params] = this.filtered(filter).select('a.id').getQueryAndParameters();
    const rows: Array<{ year: number; amount: string }> = await this.dataSource.query(
      `SELECT year, sum(amount)::numeric(16,2)::text AS amount FROM (${EFFECTIVE_COST_LINES}) c
        WHERE activity_id IN (${selected})
        GROUP BY year ORDER BY year`,
      params,
    );
    return rows;
  }

  historyOf(ids: readonly string[]): Promise<ActivityStatusChangeEntity[]> {
    return this.dataSource
      .getRepository(ActivityStatusChangeEntity)
      .createQueryBuilder('h')
      .where('h.activity_id IN (:...ids)', { ids: [...ids] })
      .orderBy('h.at')
      .addOrderBy('h.id')
      .getMany();
  }

  /** The requests each activity answers. */
  async requestsOf(ids: readonly string[]): Promise<Array<{ activityId: string; request: AssistanceRequestEntity }>> {
    const rows = await this.dataSource
      .getRepository(AssistanceRequestEntity)
      .createQueryBuilder('r')
      .innerJoin('activity_request', 'ar', 'ar.request_id = r.id')
      .addSelect('ar.activity_id', 'activity_id')
      .where('ar.activity_id IN (:...ids)', { ids: [...ids] })
      .orderBy('r.received_on')
      .addOrderBy('r.id')
      .getRawAndEntities<{ activity_id: string; r_id: string }>();
    // One request may answer several activities: pair raw rows with entities by id.
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    return rows.raw.map((raw) => ({ activityId: raw.activity_id, request: byId.get(raw.r_id)! }));
  }

  /** The activities that answer each request. */
  async activitiesOfRequests(requestIds: readonly string[]): Promise<Array<{ requestId: string; activity: ActivityEntity }>> {
    const rows = await this.dataSource
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .innerJoin('activity_request', 'ar', 'ar.activity_id = a.id')
      .addSelect('ar.request_id', 'request_id')
      .where('ar.request_id IN (:...ids)', { ids: requestIds.filter(isUuid) })
      .orderBy('a.code')
      .getRawAndEntities<{ request_id: string; a_id: string }>();
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    return rows.raw.map((raw) => ({ requestId: raw.request_id, activity: byId.get(raw.a_id)! }));
  }

  // ---------------------------------------------------------------- changes

  create(input: CreateActivityInput, actor: Actor, options: { externalRef?: string; illustrativeNote?: string; section?: string } = {}): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (options.externalRef) {
        const existing = await tx.findOneBy(ActivityEntity, { externalRef: options.externalRef });
        if (existing) return existing;
      }
      const [taken] = await tx.query(`SELECT 1 FROM activity WHERE code = $1`, [input.code]);
      if (taken) throw badInput(`There is already an activity ${input.code}; choose another code.`, 'code');
      await this.checkReferences(tx, input);
      this.checkDates(input.startsOn, input.endsOn);
      const activity = await tx.save(
        tx.create(ActivityEntity, {
          code: input.code,
          title: input.title.trim(),
          description: input.description?.trim() ?? '',
          priorityAreaCode: input.priorityAreaCode,
          subAreaCode: input.subAreaCode ?? null,
          activityType: input.activityType,
          status: 'PROPOSED',
          beneficiaryStates: [...new Set(input.beneficiaryStates ?? [])],
          beneficiaryRegions: input.beneficiaryRegions ?? [],
          partners: input.partners ?? [],
          leadOfficeCode: input.leadOfficeCode ?? null,
          sourceParagraph: input.sourceParagraph ?? null,
          section: options.section ?? null,
          startsOn: input.startsOn ?? null,
          endsOn: input.endsOn ?? null,
          illustrativeNote: options.illustrativeNote ?? null,
          externalRef: options.externalRef ?? null,
          version: 1,
        }),
      );
      await tx.insert(ActivityStatusChangeEntity, {
        activityId: activity.id,
        fromStatus: null,
        toStatus: 'PROPOSED',
        at: new Date(),
        by: actor.label,
        byId: actor.userId,
        reason: 'Proposed',
      });
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'activity',
        entityId: activity.id,
        after: { code: activity.code, title: activity.title, priorityAreaCode: activity.priorityAreaCode, status: 'PROPOSED' },
      });
      return activity;
    });
  }

  update(id: string, expectedVersion: number, input: UpdateActivityInput, actor: Actor): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await lockActivity(tx, id);
      if (activity.version !== expectedVersion) throw stale('activity', expectedVersion, activity.version);
      const next = {
        title: input.title?.trim() ?? activity.title,
        description: input.description?.trim() ?? activity.description,
        beneficiaryStates: input.beneficiaryStates ? [...new Set(input.beneficiaryStates)] : activity.beneficiaryStates,
        beneficiaryRegions: input.beneficiaryRegions ?? activity.beneficiaryRegions,
        partners: input.partners ?? activity.partners,
        startsOn: input.startsOn ?? activity.startsOn,
        endsOn: input.endsOn ?? activity.endsOn,
      };
      await this.checkStates(tx, next.beneficiaryStates);
      this.checkDates(next.startsOn, next.endsOn);
      await tx.update(ActivityEntity, { id }, { ...next, version: activity.version + 1, updatedAt: new Date() });
      const pick = (a: typeof next) => ({ ...a });
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'activity',
        entityId: id,
        before: pick({
          title: activity.title,
          description: activity.description,
          beneficiaryStates: activity.beneficiaryStates,
          beneficiaryRegions: activity.beneficiaryRegions,
          partners: activity.partners,
          startsOn: activity.startsOn,
          endsOn: activity.endsOn,
        }),
        after: pick(next),
      });
      return tx.findOneByOrFail(ActivityEntity, { id });
    });
  }

  transition(id: string, to: ActivityStatus, reason: string | null | undefined, expectedVersion: number, actor: Actor): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await lockActivity(tx, id);
      if (activity.version !== expectedVersion) throw stale('activity', expectedVersion, activity.version);
      const allowed = activityMoves(activity.status);
      if (!allowed.includes(to)) {
        throw badInput(
          allowed.length
            ? `An activity that is ${activity.status} can move only to ${allowed.join(', ')}, not to ${to}.`
            : `An activity that is ${activity.status} cannot move any more.`,
          'to',
        );
      }
      if (to === 'CANCELLED' && !reason?.trim()) throw badInput('Cancelling an activity needs a reason.', 'reason');
      await tx.update(ActivityEntity, { id }, { status: to, version: activity.version + 1, updatedAt: new Date() });
      await tx.insert(ActivityStatusChangeEntity, {
        activityId: id,
        fromStatus: activity.status,
        toStatus: to,
        at: new Date(),
        by: actor.label,
        byId: actor.userId,
        reason: reason?.trim() || null,
      });
      await this.audit.record(tx, actor, {
        action: 'STATUS_CHANGED',
        entityType: 'activity',
        entityId: id,
        before: { status: activity.status, version: activity.version },
        after: { status: to, version: activity.version + 1, reason: reason?.trim() || null },
      });
      return tx.findOneByOrFail(ActivityEntity, { id });
    });
  }

  /** Replaces an activity's cost lines of one basis (ORIGINAL or REVISED), exact to the cent. */
  setCostLines(input: SetCostLinesInput, actor: Actor, options: { illustrative?: boolean } = {}): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await lockActivity(tx, input.activityId, 'activityId');
      if (activity.version !== input.expectedVersion) throw stale('activity', input.expectedVersion, activity.version);
      if (!isCalendarDate(input.rateDate)) throw badInput('rateDate must be a date written YYYY-MM-DD.', 'rateDate');
      const seen = new Set<string>();
      for (const [i, line] of input.lines.entries()) {
        if (!this.config.PLAN_YEARS.includes(line.year)) {
          throw badInput(`Line ${i + 1}: ${line.year} is not a year of the plan (${this.config.PLAN_YEARS.join(', ')}).`, `lines.${i}.year`);
        }
        const key = `${line.year}/${line.category}`;
        if (seen.has(key)) throw badInput(`Line ${i + 1}: ${line.category} in ${line.year} is given twice; add them up into one line.`, `lines.${i}`);
        seen.add(key);
      }
      const before: Array<{ total: string | null }> = await tx.query(
        `SELECT sum(amount)::text AS total FROM cost_line WHERE activity_id = $1 AND basis = $2`,
        [activity.id, input.basis],
      );
      await tx.query(`DELETE FROM cost_line WHERE activity_id = $1 AND basis = $2`, [activity.id, input.basis]);
      if (input.lines.length) {
        await tx.insert(
          CostLineEntity,
          input.lines.map((l) => ({
            activityId: activity.id,
            year: l.year,
            category: l.category,
            basis: input.basis,
            amount: l.amount,
            currency: 'USD',
            rateDate: input.rateDate,
            illustrative: options.illustrative ?? false,
          })),
        );
      }
      await tx.update(ActivityEntity, { id: activity.id }, { version: activity.version + 1, updatedAt: new Date() });
      const [after] = await tx.query(`SELECT sum(amount)::text AS total FROM cost_line WHERE activity_id = $1 AND basis = $2`, [
        activity.id,
        input.basis,
      ]);
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'activity',
        entityId: activity.id,
        before: { [`${input.basis.toLowerCase()}CostTotal`]: before[0]?.total ?? null },
        after: { [`${input.basis.toLowerCase()}CostTotal`]: after?.total ?? null, lines: input.lines.length },
      });
      return tx.findOneByOrFail(ActivityEntity, { id: activity.id });
    });
  }

  /**
   * Links requests to the activity that answers them. An ACCEPTED request moves to PLANNED (with its history);
   * a closed one cannot be linked. Linking twice changes nothing.
   */
  linkRequests(activityId: string, requestIds: string[], actor: Actor): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await lockActivity(tx, activityId, 'activityId');
      if (activity.status === 'CANCELLED') throw badInput(`Activity ${activity.code} is cancelled; it answers no request.`, 'activityId');
      for (const [i, requestId] of requestIds.entries()) {
        const request = isUuid(requestId) ? await tx.findOneBy(AssistanceRequestEntity, { id: requestId }) : null;
        if (!request) throw notFound('assistance request', requestId, `requestIds.${i}`);
        if (request.status === 'DECLINED' || request.status === 'WITHDRAWN') {
          throw badInput(`Request ${requestId} is ${request.status}; it cannot be answered by an activity.`, `requestIds.${i}`);
        }
        const inserted: unknown[] = await tx.query(
          `INSERT INTO activity_request (activity_id, request_id, linked_by) VALUES ($1, $2, $3)
           ON CONFLICT DO NOTHING RETURNING request_id`,
          [activity.id, request.id, actor.label],
        );
        if (!inserted.length) continue;
        await this.audit.record(tx, actor, {
          action: 'UPDATED',
          entityType: 'assistance_request',
          entityId: request.id,
          after: { linkedToActivity: activity.code },
        });
        if (request.status === 'ACCEPTED') {
          await this.requests.transition(request.id, 'PLANNED', `Answered by activity ${activity.code}`, request.version, actor, {
            tx,
            scopeChecked: true,
          });
        }
      }
      return activity;
    });
  }

  unlinkRequest(activityId: string, requestId: string, actor: Actor): Promise<ActivityEntity> {
    return this.dataSource.transaction(async (tx) => {
      const activity = await lockActivity(tx, activityId, 'activityId');
      const [, removed]: [unknown, number] = await tx.query(
        `DELETE FROM activity_request WHERE activity_id = $1 AND request_id = $2`,
        [activity.id, isUuid(requestId) ? requestId : null],
      );
      if (!removed) throw notFound('link to request', requestId, 'requestId');
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

  private async checkReferences(tx: EntityManager, input: CreateActivityInput): Promise<void> {
    const [area] = await tx.query(`SELECT 1 FROM priority_area WHERE code = $1`, [input.priorityAreaCode]);
    if (!area) throw badInput(`There is no priority area "${input.priorityAreaCode}".`, 'priorityAreaCode');
    if (input.subAreaCode) {
      const [sub] = await tx.query(`SELECT priority_area_code FROM priority_sub_area WHERE code = $1`, [input.subAreaCode]);
      if (!sub || sub.priority_area_code !== input.priorityAreaCode) {
        throw badInput(`Sub-area "${input.subAreaCode}" is not one of priority area ${input.priorityAreaCode}.`, 'subAreaCode');
      }
    }
    if (input.leadOfficeCode) {
      const [office] = await tx.query(`SELECT 1 FROM field_office WHERE code = $1`, [input.leadOfficeCode]);
      if (!office) throw badInput(`There is no field office "${input.leadOfficeCode}".`, 'leadOfficeCode');
    }
    await this.checkStates(tx, input.beneficiaryStates ?? []);
  }

  private async checkStates(tx: EntityManager, codes: string[]): Promise<void> {
    if (!codes.length) return;
    const found: Array<{ iso3: string }> = await tx.query(`SELECT iso3 FROM state WHERE iso3 = ANY ($1)`, [codes]);
    const unknown = codes.filter((c) => !found.some((f) => f.iso3 === c));
    if (unknown.length) throw badInput(`No State has the code ${unknown.join(', ')}.`, 'beneficiaryStates');
  }

  private checkDates(startsOn?: string | null, endsOn?: string | null): void {
    const years = this.config.PLAN_YEARS;
    for (const [field, value] of [['startsOn', startsOn], ['endsOn', endsOn]] as const) {
      if (!value) continue;
      if (!isCalendarDate(value)) throw badInput(`${field} must be a date written YYYY-MM-DD.`, field);
      const year = Number(value.slice(0, 4));
      if (year < Math.min(...years) || year > Math.max(...years)) {
        throw badInput(`${field} must fall within the plan (${Math.min(...years)}–${Math.max(...years)}).`, field);
      }
    }
    if (startsOn && endsOn && endsOn < startsOn) throw badInput('endsOn cannot be before startsOn.', 'endsOn');
  }
}

async function lockActivity(tx: EntityManager, id: string, field = 'id'): Promise<ActivityEntity> {
  const activity = isUuid(id)
    ? await tx.getRepository(ActivityEntity).createQueryBuilder('a').setLock('pessimistic_write').where('a.id = :id', { id }).getOne()
    : null;
  if (!activity) throw notFound('activity', id, field);
  return activity;
}

