import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import {
  EXPERT_SUGGESTION_WEIGHTS,
  LEGAL_SYSTEMS,
  type ExpertMatchFacts,
  type LegalSystem,
  type WorkshopStatus,
} from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { escapeLike } from '../../infra/database/like.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { stale } from '../../infra/errors/common-errors.js';
import type { DomainError } from '../../infra/errors/domain-error.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { ExpertEntity } from './entities/expert.entity.js';
import type { ExpertFilter } from './models/expert.model.js';

/** One region's experts against its share of UN Member States. */
export interface RegionBalanceRow {
  region: string;
  experts: number;
  expert_share: string | null;
  experts_with_choice: number;
  expert_share_with_choice: string | null;
  states: number;
  state_share: string;
}

/** One legal system's experts, without and with the chosen ones. */
export interface LegalSystemBalanceRow {
  legal_system: LegalSystem;
  experts: number;
  experts_with_choice: number;
}

/** One suggested expert with the facts of its reasons and its score. */
export interface ExpertSuggestionRow {
  expert: ExpertEntity;
  score: number;
  facts: ExpertMatchFacts;
}

interface ExpertSuggestionFactsRow {
  __score: number;
  __topics_matched: number;
  __topics_total: number;
  __language: string | null;
  __legal_system: string | null;
  __region: string | null;
  __free: 'FREE_ON_DATES' | 'AVAILABLE' | null;
}

/** An existing booking of an expert. */
export interface AssignmentDates {
  starts_on: string;
  ends_on: string;
}

/** A workshop an expert is to be booked on: its dates (the booking's by default) and its status. */
export interface WorkshopToBook extends AssignmentDates {
  status: WorkshopStatus;
}

/**
 * What a balance reads of each expert in its pool, named rather than `e.*`: the pool's rows are compared whole
 * (UNION), and a column added to `expert` would otherwise change them (a type without equality would break it).
 */
const POOL_COLUMNS = 'e.id, e.nationality_iso3, e.legal_system';

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
  @SqlSnapshot([[SqlArg.UUID]])
  async ofWorkshops(ids: readonly string[]): Promise<Array<{ workshopId: string; expert: ExpertEntity }>> {
    return (await this.assignedTo('workshop_id', ids)).map(({ ownerId, expert }) => ({ workshopId: ownerId, expert }));
  }

  /** The experts on a mission for each activity (assigned to the activity itself), by name, in one query. */
  @SqlSnapshot([[SqlArg.UUID]])
  async ofActivities(ids: readonly string[]): Promise<Array<{ activityId: string; expert: ExpertEntity }>> {
    return (await this.assignedTo('activity_id', ids)).map(({ ownerId, expert }) => ({ activityId: ownerId, expert }));
  }

  /** The experts assigned to each workshop or activity, by name; one booked twice for the same one is listed once. */
  private async assignedTo(
    column: 'workshop_id' | 'activity_id',
    ids: readonly string[],
  ): Promise<Array<{ ownerId: string; expert: ExpertEntity }>> {
    const rows = await this.dataSource
      .getRepository(ExpertEntity)
      .createQueryBuilder('e')
      // The (owner, expert) pairs, each once (DISTINCT) however many bookings make it.
      .innerJoin(
        (pairs) =>
          pairs
            .select(`DISTINCT a.${column}`, 'owner_id')
            .addSelect('a.expert_id', 'expert_id')
            .from('expert_assignment', 'a')
            .where(`a.${column} IN (:...ids)`, { ids: [...ids] }),
        'x',
        'x.expert_id = e.id',
      )
      .addSelect('x.owner_id', 'owner_id')
      .orderBy('e.name')
      .addOrderBy('e.id')
      .getRawAndEntities<{ owner_id: string; e_id: string }>();
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    return rows.raw.map((r) => ({ ownerId: r.owner_id, expert: byId.get(r.e_id)! }));
  }

  /** The pool a balance counts: the advisory group (default), a workshop's experts, or all. */
  private balancePool(scope: { advisoryGroup?: boolean; workshopId?: string }, params: unknown[]): string {
    if (scope.workshopId) {
      params.push(scope.workshopId);
      return `SELECT ${POOL_COLUMNS} FROM expert e WHERE EXISTS (SELECT 1 FROM expert_assignment x WHERE x.expert_id = e.id AND x.workshop_id = $${params.length})`;
    }
    if (scope.advisoryGroup) return `SELECT ${POOL_COLUMNS} FROM expert e WHERE e.advisory_group`;
    return `SELECT ${POOL_COLUMNS} FROM expert e`;
  }

  /**
   * Experts by region of nationality against each region's share of UN Member States, for the advisory
   * group, a workshop's experts, or all; `with`: the same counts with these experts added (the effect of a
   * choice). One aggregate statement joining reference's `state`.
   */
  @SqlSnapshot([{ advisoryGroup: true }, [SqlArg.UUID]])
  balance(
    scope: { advisoryGroup?: boolean; workshopId?: string },
    withIds: readonly string[] = [],
  ): Promise<RegionBalanceRow[]> {
    const params: unknown[] = [withIds.filter(isUuid)];
    const pool = this.balancePool(scope, params);
    return this.dataSource.query(
      `WITH pool AS (${pool}),
            chosen AS (SELECT * FROM pool UNION SELECT ${POOL_COLUMNS} FROM expert e WHERE e.id = ANY ($1::uuid[])),
            by_region AS (SELECT s.region, count(*) AS experts FROM pool e JOIN state s ON s.iso3 = e.nationality_iso3 GROUP BY s.region),
            by_region_chosen AS (SELECT s.region, count(*) AS experts FROM chosen e JOIN state s ON s.iso3 = e.nationality_iso3 GROUP BY s.region),
            members AS (SELECT region, count(*) AS states FROM state WHERE un_status = 'MEMBER' GROUP BY region)
       SELECT m.region,
              COALESCE(b.experts, 0)::int AS experts,
              round(COALESCE(b.experts, 0)::numeric / NULLIF((SELECT sum(experts) FROM by_region), 0), 4)::text AS expert_share,
              COALESCE(c.experts, 0)::int AS experts_with_choice,
              round(COALESCE(c.experts, 0)::numeric / NULLIF((SELECT sum(experts) FROM by_region_chosen), 0), 4)::text AS expert_share_with_choice,
              m.states::int AS states,
              round(m.states::numeric / (SELECT sum(states) FROM members), 4)::text AS state_share
         FROM members m LEFT JOIN by_region b USING (region) LEFT JOIN by_region_chosen c USING (region)
        ORDER BY m.region`,
      params,
    );
  }

  /**
   * Experts by legal system (footnote 18, para. 46: the advisory group's legal-system balance), every system
   * listed, for the same pools as `balance`; `with`: the counts with these experts added. One statement.
   */
  @SqlSnapshot([{ advisoryGroup: true }, [SqlArg.UUID]])
  legalSystemBalance(
    scope: { advisoryGroup?: boolean; workshopId?: string },
    withIds: readonly string[] = [],
  ): Promise<LegalSystemBalanceRow[]> {
    const params: unknown[] = [withIds.filter(isUuid), [...LEGAL_SYSTEMS]];
    const pool = this.balancePool(scope, params);
    return this.dataSource.query(
      `WITH pool AS (${pool}),
            chosen AS (SELECT * FROM pool UNION SELECT ${POOL_COLUMNS} FROM expert e WHERE e.id = ANY ($1::uuid[]))
       SELECT l.system AS legal_system,
              (SELECT count(*) FROM pool p WHERE p.legal_system = l.system)::int AS experts,
              (SELECT count(*) FROM chosen c WHERE c.legal_system = l.system)::int AS experts_with_choice
         FROM unnest($2::text[]) WITH ORDINALITY AS l (system, ord)
        ORDER BY l.ord`,
      params,
    );
  }

  /**
   * Experts for a request or a workshop, best first, by the score of @ta/domain (EXPERT_SUGGESTION_WEIGHTS, passed
   * as parameters), in ONE statement. The need: a request's topics, its State's legal system, and its workshop's
   * languages and dates if it has one; a workshop's languages and dates, its host country's legal system, and the
   * topics of the requests it answers (directly or through its activity). Points: topics matched of the need's,
   * a language of the need spoken, the same legal system, a region whose share of the advisory group is below its
   * share of UN Member States (para. 46), free on the dates (no dates: available). Experts already on the workshop
   * are left out. Ties by name.
   *
   * A single-statement ranking that reads other modules' tables: the requests module's `assistance_request`, the
   * workshops module's `workshop`, the programme's `activity_request` and the reference module's `state` (splitting
   * it would cost a query per expert). Null when the request or workshop does not exist.
   */
  @SqlSnapshot([{ requestId: SqlArg.UUID, workshopId: null }, 10])
  async suggestedFor(
    need: { requestId: string | null; workshopId: string | null },
    first: number,
  ): Promise<ExpertSuggestionRow[] | null> {
    const w = EXPERT_SUGGESTION_WEIGHTS;
    const rows: Array<Record<string, unknown> & ExpertSuggestionFactsRow> = await this.dataSource.query(
      `WITH need AS (
              SELECT q.topics, coalesce(qw.languages, '{}') AS languages, s.legal_system, qw.starts_on, qw.ends_on,
                     NULL::uuid AS workshop_id
                FROM assistance_request q
                LEFT JOIN workshop qw ON qw.id = q.workshop_id
                LEFT JOIN state s ON s.iso3 = q.state_iso3
               WHERE q.id = $1
              UNION ALL
              SELECT coalesce((SELECT array_agg(DISTINCT t) FROM assistance_request q
                                 CROSS JOIN LATERAL unnest(q.topics) AS t
                                WHERE q.workshop_id = wk.id
                                   OR q.id IN (SELECT ar.request_id FROM activity_request ar WHERE ar.activity_id = wk.activity_id)),
                              '{}') AS topics,
                     wk.languages, s.legal_system, wk.starts_on, wk.ends_on, wk.id AS workshop_id
                FROM workshop wk
                LEFT JOIN state s ON s.iso3 = wk.country_iso3
               WHERE wk.id = $2),
            advisory AS (
              SELECT s.region, count(*) AS experts FROM expert e JOIN state s ON s.iso3 = e.nationality_iso3
               WHERE e.advisory_group GROUP BY s.region),
            members AS (SELECT region, count(*) AS states FROM state WHERE un_status = 'MEMBER' GROUP BY region),
            under AS (
              SELECT m.region FROM members m LEFT JOIN advisory a USING (region)
               WHERE coalesce(a.experts::numeric / nullif((SELECT sum(experts) FROM advisory), 0), 0)
                     < m.states::numeric / (SELECT sum(states) FROM members)),
            facts AS (
              SELECT e.id AS __expert_id, e.name AS __name,
                     (SELECT count(*) FROM unnest(n.topics) t WHERE t = ANY (e.expertise))::int AS __topics_matched,
                     cardinality(n.topics) AS __topics_total,
                     (SELECT l FROM unnest(n.languages) WITH ORDINALITY AS u (l, o) WHERE l = ANY (e.languages)
                       ORDER BY o LIMIT 1) AS __language,
                     CASE WHEN e.legal_system = n.legal_system THEN e.legal_system END AS __legal_system,
                     (SELECT s.region FROM state s JOIN under u ON u.region = s.region WHERE s.iso3 = e.nationality_iso3) AS __region,
                     CASE WHEN n.starts_on IS NULL THEN CASE WHEN e.available THEN 'AVAILABLE' END
                          WHEN e.available AND NOT EXISTS (
                                 SELECT 1 FROM expert_assignment x WHERE x.expert_id = e.id
                                    AND x.starts_on <= n.ends_on AND x.ends_on >= n.starts_on) THEN 'FREE_ON_DATES'
                     END AS __free
                FROM need n CROSS JOIN expert e
               WHERE n.workshop_id IS NULL
                  OR NOT EXISTS (SELECT 1 FROM expert_assignment x WHERE x.expert_id = e.id AND x.workshop_id = n.workshop_id))
       SELECT ${this.expertColumns('e')}, f.*,
              (CASE WHEN f.__topics_total > 0 THEN round(($4 * f.__topics_matched)::numeric / f.__topics_total) ELSE 0 END
               + CASE WHEN f.__language IS NOT NULL THEN $5 ELSE 0 END
               + CASE WHEN f.__legal_system IS NOT NULL THEN $6 ELSE 0 END
               + CASE WHEN f.__region IS NOT NULL THEN $7 ELSE 0 END
               + CASE WHEN f.__free IS NOT NULL THEN $8 ELSE 0 END)::int AS __score,
              (SELECT count(*) FROM need)::int AS __needs
         FROM facts f JOIN expert e ON e.id = f.__expert_id
        ORDER BY __score DESC, f.__name, f.__expert_id
        LIMIT $3`,
      [need.requestId, need.workshopId, first, w.topics, w.languages, w.legalSystem, w.region, w.free],
    );
    if (!rows.length) {
      const [exists]: Array<{ n: number }> = await this.dataSource.query(
        `SELECT (SELECT count(*) FROM assistance_request WHERE id = $1) + (SELECT count(*) FROM workshop WHERE id = $2) AS n`,
        [need.requestId, need.workshopId],
      );
      if (!Number(exists?.n)) return null;
    }
    const repository = this.dataSource.getRepository(ExpertEntity);
    const metadata = this.dataSource.getMetadata(ExpertEntity);
    return rows.map((row) => {
      const expert: Record<string, unknown> = {};
      for (const c of metadata.columns) expert[c.propertyName] = row[c.propertyName];
      return {
        expert: repository.create(expert as Partial<ExpertEntity>),
        score: row.__score,
        facts: {
          topicsMatched: row.__topics_matched,
          topicsTotal: row.__topics_total,
          language: row.__language,
          legalSystem: row.__legal_system,
          underRepresentedRegion: row.__region,
          free: row.__free,
        },
      };
    });
  }

  /** The expert table's columns as the entity's properties, for raw statements. */
  private expertColumns(alias: string): string {
    return this.dataSource
      .getMetadata(ExpertEntity)
      .columns.map((c) => `${alias}.${c.databaseName} AS "${c.propertyName}"`)
      .join(', ');
  }

  insert(tx: EntityManager, expert: Partial<ExpertEntity>): Promise<ExpertEntity> {
    return tx.save(tx.create(ExpertEntity, expert));
  }

  /** Writes changes at the expected version (the caller holds the row lock). */
  update(tx: EntityManager, id: string, version: number, changes: Partial<ExpertEntity>): Promise<void> {
    return updateIfVersion(tx, ExpertEntity, id, version, changes, () => stale('expert', version, version + 1));
  }

  lock(tx: EntityManager, id: string, notFound: () => DomainError): Promise<ExpertEntity> {
    return lockForUpdate(tx, ExpertEntity, id, notFound);
  }

  get(tx: EntityManager, id: string): Promise<ExpertEntity> {
    return tx.findOneByOrFail(ExpertEntity, { id });
  }

  /**
   * A workshop's dates and status, to book its experts, held against change (FOR SHARE) until `tx` ends: a
   * cancellation waits for the booking's commit rather than slip in under it. Reads the workshops module's
   * `workshop` table: that module depends on this one (a workshop lists its experts), so asking its service would
   * make a cycle.
   */
  async workshopToBook(tx: EntityManager, workshopId: string): Promise<WorkshopToBook | null> {
    if (!isUuid(workshopId)) return null;
    const [row]: WorkshopToBook[] = await tx.query(
      `SELECT starts_on, ends_on, status FROM workshop WHERE id = $1 FOR SHARE`,
      [workshopId],
    );
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
