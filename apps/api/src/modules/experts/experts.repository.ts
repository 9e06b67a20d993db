import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { escapeLike } from '../../infra/database/like.js';
import { lockForUpdate } from '../../infra/database/rows.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { ExpertEntity } from './entities/expert.entity.js';
import type { ExpertFilter } from './models/expert.model.js';

/** One region's experts against its share of UN Member States. */
export interface RegionBalanceRow {
  region: string;
  experts: number;
  expert_share: string | null;
  states: number;
  state_share: string;
}

/** An existing booking of an expert. */
export interface AssignmentDates {
  starts_on: string;
  ends_on: string;
}

/** The experts' SQL: expert and expert_assignment. */
@Injectable()
export class ExpertsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The roster, by name, a keyset page of it. `free` (dates already checked) leaves out those booked then.
   * The region filter reads reference's `state` in the same statement.
   */
  @SqlSnapshot([{}, null, 50, null])
  list(
    filter: ExpertFilter,
    free: { from: string; to: string } | null,
    first?: number | null,
    after?: string | null,
  ): Promise<Connection<ExpertEntity>> {
    const q = this.dataSource.getRepository(ExpertEntity).createQueryBuilder('e');
    if (filter.expertise?.length)
      q.andWhere('e.expertise && CAST(:expertise AS text[])', { expertise: filter.expertise });
    if (filter.languages?.length)
      q.andWhere('e.languages && CAST(:languages AS text[])', { languages: filter.languages });
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
      q.andWhere('(e.name ILIKE :like OR e.organisation ILIKE :like)', {
        like: `%${escapeLike(filter.search.trim())}%`,
      });
    }
    if (free) {
      q.andWhere('e.available');
      q.andWhere(
        `NOT EXISTS (SELECT 1 FROM expert_assignment x WHERE x.expert_id = e.id
                       AND x.starts_on <= CAST(:to AS date) AND x.ends_on >= CAST(:from AS date))`,
        free,
      );
    }
    return keysetPage(
      q,
      { expr: 'e.name', cast: 'text', direction: 'ASC', idExpr: 'e.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  byIds(ids: readonly string[]): Promise<ExpertEntity[]> {
    const valid = ids.filter((id) => isUuid(id));
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      .where('e.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  byExternalRef(tx: EntityManager, externalRef: string): Promise<ExpertEntity | null> {
    return tx.findOneBy(ExpertEntity, { externalRef });
  }

  /** The experts of each workshop, by name, in one query. */
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
   * Experts by region of nationality against each region's share of UN Member States, for the advisory
   * group, a workshop's experts, or all. One aggregate statement joining reference's `state`.
   */
  @SqlSnapshot([{ advisoryGroup: true }])
  balance(scope: { advisoryGroup?: boolean; workshopId?: string }): Promise<RegionBalanceRow[]> {
    const params: unknown[] = [];
    let pool = 'SELECT * FROM expert';
    if (scope.workshopId) {
      params.push(scope.workshopId);
      pool = `SELECT e.* FROM expert e JOIN expert_assignment x ON x.expert_id = e.id WHERE x.workshop_id = $1`;
    } else if (scope.advisoryGroup) {
      pool = 'SELECT * FROM expert WHERE advisory_group';
    }
    return this.dataSource.query(
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
  }

  insert(tx: EntityManager, expert: Partial<ExpertEntity>): Promise<ExpertEntity> {
    return tx.save(tx.create(ExpertEntity, expert));
  }

  lock(tx: EntityManager, id: string, notFound: () => DomainError): Promise<ExpertEntity> {
    return lockForUpdate(tx, ExpertEntity, id, notFound);
  }

  get(tx: EntityManager, id: string): Promise<ExpertEntity> {
    return tx.findOneByOrFail(ExpertEntity, { id });
  }

  /**
   * A workshop's dates, to book its experts. Reads the workshops module's `workshop` table: that module
   * depends on this one (a workshop lists its experts), so asking its service would make a cycle.
   */
  async workshopDates(tx: EntityManager, workshopId: string): Promise<AssignmentDates | null> {
    if (!isUuid(workshopId)) return null;
    const [row]: AssignmentDates[] = await tx.query(`SELECT starts_on, ends_on FROM workshop WHERE id = $1`, [
      workshopId,
    ]);
    return row ?? null;
  }

  /** A booking of the expert overlapping the dates, if any. */
  async clash(tx: EntityManager, expertId: string, startsOn: string, endsOn: string): Promise<AssignmentDates | null> {
    const [row]: AssignmentDates[] = await tx.query(
      `SELECT x.starts_on, x.ends_on FROM expert_assignment x WHERE x.expert_id = $1 AND x.starts_on <= $3 AND x.ends_on >= $2 LIMIT 1`,
      [expertId, startsOn, endsOn],
    );
    return row ?? null;
  }

  async insertAssignment(
    tx: EntityManager,
    a: { expertId: string; workshopId: string | null; activityId: string | null; startsOn: string; endsOn: string },
  ): Promise<void> {
    await tx.query(
      `INSERT INTO expert_assignment (expert_id, workshop_id, activity_id, starts_on, ends_on) VALUES ($1, $2, $3, $4, $5)`,
      [a.expertId, a.workshopId, a.activityId, a.startsOn, a.endsOn],
    );
  }

  /** The experts of a nationality, by name. */
  @SqlSnapshot([SqlArg.STATE])
  ofNationality(iso3: string): Promise<ExpertEntity[]> {
    return this.dataSource
      .getRepository(ExpertEntity)
      .find({ where: { nationalityIso3: iso3 }, order: { name: 'ASC' } });
  }
}
