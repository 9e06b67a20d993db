import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { decodeCursor, encodeCursor, pageSize, type Connection } from '../../infra/graphql/pagination.js';
import { isCalendarDate } from '../../infra/graphql/scalars.js';
import { AuditService } from '../audit/audit.service.js';
import { badInput, notFound } from '../../infra/errors/common-errors.js';
import { escapeLike } from '../reference/reference.service.js';
import { ExpertEntity } from './entities/expert.entity.js';
import type { AssignExpertInput, CreateExpertInput, ExpertFilter, RegionBalanceModel } from './models/expert.model.js';
import { isUuid } from '../../infra/database/ids.js';

@Injectable()
export class ExpertsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  /** Experts for a need: by topic, language and region, leaving out those already booked on the dates. */
  async list(filter: ExpertFilter = {}, first?: number | null, after?: string | null): Promise<Connection<ExpertEntity>> {
    const limit = pageSize(first);
    const q = this.dataSource.getRepository(ExpertEntity).createQueryBuilder('e');
    if (filter.expertise?.length) q.andWhere('e.expertise && CAST(:expertise AS text[])', { expertise: filter.expertise });
    if (filter.languages?.length) q.andWhere('e.languages && CAST(:languages AS text[])', { languages: filter.languages });
    if (filter.nationalityIso3) q.andWhere('e.nationality_iso3 = :nat', { nat: filter.nationalityIso3 });
    if (filter.advisoryGroup !== undefined && filter.advisoryGroup !== null) {
      q.andWhere('e.advisory_group = :ag', { ag: filter.advisoryGroup });
    }
    if (filter.region) {
      q.andWhere(
        `EXISTS (SELECT 1 FROM state s WHERE s.iso3 = e.nationality_iso3
                   AND (s.region = :region OR s.subregion = :region OR s.intermediate_region = :region))`,
        { region: filter.region },
      );
    }
    if (filter.search?.trim()) {
      q.andWhere('(e.name ILIKE :like OR e.organisation ILIKE :like)', { like: `%${escapeLike(filter.search.trim())}%` });
    }
    if (filter.freeFrom || filter.freeTo) {
      const from = filter.freeFrom ?? filter.freeTo!;
      const to = filter.freeTo ?? filter.freeFrom!;
      if (!isCalendarDate(from) || !isCalendarDate(to) || to < from) {
        throw badInput('freeFrom and freeTo must be dates (YYYY-MM-DD), freeTo not before freeFrom.', 'freeTo');
      }
      q.andWhere('e.available');
      q.andWhere(
        `NOT EXISTS (SELECT 1 FROM expert_assignment x WHERE x.expert_id = e.id
                       AND x.starts_on <= CAST(:to AS date) AND x.ends_on >= CAST(:from AS date))`,
        { from, to },
      );
    }
    const counted = await q.clone().select('count(*)::int', 'n').getRawOne<{ n: number }>();
    if (after) {
      const [name, id] = decodeCursor(after, 2);
      if (typeof name !== 'string' || typeof id !== 'string' || !isUuid(id)) {
        throw badInput('The "after" cursor is not one this list gave out.', 'after');
      }
      q.andWhere('(e.name, e.id) > (:name, CAST(:id AS uuid))', { name, id });
    }
    const rows = await q.orderBy('e.name', 'ASC').addOrderBy('e.id', 'ASC').limit(limit + 1).getMany();
    const nodes = rows.slice(0, limit);
    const last = nodes.at(-1);
    return {
      totalCount: counted?.n ?? 0,
      nodes,
      pageInfo: { hasNextPage: rows.length > limit, endCursor: last ? encodeCursor([last.name, last.id]) : null },
    };
  }

  byIds(ids: readonly string[]): Promise<ExpertEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource.getRepository(ExpertEntity).createQueryBuilder('e').where('e.id IN (:...ids)', { ids: valid }).getMany();
  }

  async ofWorkshops(ids: readonly string[]): Promise<Array<{ workshopId: string; expert: ExpertEntity }>> {
    const rows = await this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .innerJoin('expert_assignment', 'x', 'x.expert_id = e.id')
      .addSelect('x.workshop_id', 'workshop_id')
      .where('x.workshop_id IN (:...ids)', { ids: [...ids] })
      .orderBy('e.name')
      .getRawAndEntities<{ workshop_id: string; e_id: string }>();
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    return rows.raw.map((r) => ({ workshopId: r.workshop_id, expert: byId.get(r.e_id)! }));
  }

  /**
   * Geographical balance (para. 46): the experts of the advisory group, or of a workshop, by region of
   * nationality, against each region's share of UN Member States. One query.
   */
  async balance(scope: { advisoryGroup?: boolean; workshopId?: string }): Promise<RegionBalanceModel[]> {
    const params: unknown[] = [];
    let pool = 'SELECT * FROM expert';
    if (scope.workshopId) {
      if (!isUuid(scope.workshopId)) throw notFound('workshop', scope.workshopId, 'workshopId');
      params.push(scope.workshopId);
      pool = `SELECT e.* FROM expert e JOIN expert_assignment x ON x.expert_id = e.id WHERE x.workshop_id = $1`;
    } else if (scope.advisoryGroup) {
      pool = 'SELECT * FROM expert WHERE advisory_group';
    }
    const rows: Array<{ region: string; experts: number; expert_share: string; states: number; state_share: string }> =
      await this.dataSource.query(
        `WITH pool AS (${pool}),
              by_region AS (SELECT s.region, count(*) AS experts FROM pool e JOIN state s ON s.iso3 = e.nationality_iso3 GROUP BY s.region),
              members AS (SELECT region, count(*) AS states FROM state WHERE un_status = 'MEMBER' GROUP BY region)
         SELECT m.region,
                COALESCE(b.experts, 0)::int AS experts,
                round(COALESCE(b.experts, 0)::numeric / NULLIF((SELECT sum(experts) FROM by_region), 0), 4)::text AS expert_share,
                m.states::int AS states,
                round(m.states::numeric / (SELECT sum(states) FROM members), 4)::text AS state_share
           FROM members m LEFT JOIN by_region b USING (region)
          ORDER BY m.region`,
        params,
      );
    return rows.map((r) => ({
      region: r.region,
      experts: r.experts,
      expertShare: Number(r.expert_share ?? 0),
      states: r.states,
      stateShare: Number(r.state_share),
    }));
  }

  create(input: CreateExpertInput, actor: Actor, options: { externalRef?: string; illustrativeNote?: string; sourceParagraph?: string } = {}): Promise<ExpertEntity> {
    return this.dataSource.transaction(async (tx) => {
      if (options.externalRef) {
        const existing = await tx.findOneBy(ExpertEntity, { externalRef: options.externalRef });
        if (existing) return existing;
      }
      if (input.nationalityIso3) {
        const [state] = await tx.query(`SELECT 1 FROM state WHERE iso3 = $1`, [input.nationalityIso3]);
        if (!state) throw badInput(`No State has the code "${input.nationalityIso3}".`, 'nationalityIso3');
      }
      const expert = await tx.save(
        tx.create(ExpertEntity, {
          name: input.name.trim(),
          nationalityIso3: input.nationalityIso3 ?? null,
          organisation: input.organisation ?? null,
          expertise: input.expertise ?? [],
          languages: input.languages ?? [],
          legalSystem: input.legalSystem ?? null,
          gender: input.gender ?? null,
          advisoryGroup: input.advisoryGroup ?? false,
          available: true,
          illustrativeNote: options.illustrativeNote ?? null,
          sourceParagraph: options.sourceParagraph ?? null,
          externalRef: options.externalRef ?? null,
          version: 1,
        }),
      );
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'expert',
        entityId: expert.id,
        after: { name: expert.name, nationalityIso3: expert.nationalityIso3, advisoryGroup: expert.advisoryGroup },
      });
      return expert;
    });
  }

  /** Books an expert on a workshop or activity; refused (CONFLICT) when already booked on those days. */
  assign(input: AssignExpertInput, actor: Actor): Promise<ExpertEntity> {
    return this.dataSource.transaction(async (tx) => {
      const [expert] = isUuid(input.expertId) ? await tx.query(`SELECT id FROM expert WHERE id = $1 FOR UPDATE`, [input.expertId]) : [];
      if (!expert) throw notFound('expert', input.expertId, 'expertId');
      if (!input.workshopId && !input.activityId) throw badInput('Say which workshop or activity the expert serves.', 'workshopId');
      let startsOn = input.startsOn;
      let endsOn = input.endsOn;
      if (input.workshopId) {
        const [w] = isUuid(input.workshopId) ? await tx.query(`SELECT starts_on, ends_on FROM workshop WHERE id = $1`, [input.workshopId]) : [];
        if (!w) throw notFound('workshop', input.workshopId, 'workshopId');
        startsOn ??= w.starts_on;
        endsOn ??= w.ends_on;
      }
      if (input.activityId) {
        const [a] = isUuid(input.activityId) ? await tx.query(`SELECT 1 FROM activity WHERE id = $1`, [input.activityId]) : [];
        if (!a) throw notFound('activity', input.activityId, 'activityId');
      }
      if (!startsOn || !endsOn || !isCalendarDate(startsOn) || !isCalendarDate(endsOn) || endsOn < startsOn) {
        throw badInput('Give the dates of the assignment (startsOn, endsOn), endsOn not before startsOn.', 'startsOn');
      }
      const [clash] = await tx.query(
        `SELECT x.starts_on, x.ends_on FROM expert_assignment x WHERE x.expert_id = $1 AND x.starts_on <= $3 AND x.ends_on >= $2 LIMIT 1`,
        [input.expertId, startsOn, endsOn],
      );
      if (clash) {
        throw new DomainError(
          ErrorCode.CONFLICT,
          `This expert is already booked from ${clash.starts_on} to ${clash.ends_on}. Choose another expert or other dates.`,
          'expertId',
        );
      }
      await tx.query(
        `INSERT INTO expert_assignment (expert_id, workshop_id, activity_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`,
        [input.expertId, input.workshopId ?? null, input.activityId ?? null, startsOn, endsOn],
      );
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'expert',
        entityId: input.expertId,
        after: { assignedTo: input.workshopId ?? input.activityId, startsOn, endsOn },
      });
      return tx.findOneByOrFail(ExpertEntity, { id: input.expertId });
    });
  }
}
