import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { Injectable } from '@nestjs/common';
import {
  ACTIVITY_SUGGESTION_WEIGHTS,
  FINISHED_ACTIVITY_STATUSES,
  type ActivityMatchFacts,
  type ActivityPhase,
  type ActivityStatus,
  type CostBasis,
  type CostCategory,
} from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import { BENEFICIARY_SHARES_TABLE_CTE } from './beneficiary-shares.query.js';
import { lockForUpdate, updateIfVersion } from '../../infra/database/rows.js';
import { notFound, stale } from '../../infra/errors/common-errors.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { escapeLike } from '../reference/reference.service.js';
import type { ActivityFilter } from './dto/activity.input.js';
import { ActivityStatusChangeEntity } from './entities/activity-status-change.entity.js';
import { ActivityEntity, type ActivityFigure } from './entities/activity.entity.js';
import { CostLineEntity } from './entities/cost-line.entity.js';

/**
 * A cost line counts unless a REVISED line replaces it for the same activity, year and category.
 * ('REVISED' sorts after 'ORIGINAL', so DISTINCT ON keeps the revision.) Private to this repository; the
 * funding gap aggregate spells the same rule inside its own single statement (see FundingGapRepository.gaps).
 */
const EFFECTIVE_COST_LINES = `
  SELECT DISTINCT ON (activity_id, year, category) activity_id, year, category, amount
    FROM cost_line
   ORDER BY activity_id, year, category, basis DESC`;

/** A request to suggest activities for: what ranks them. */
export interface SuggestionSubject {
  requestId: string;
  stateIso3: string;
  priorityAreaCode: string;
  /** the activity types that answer its kind (ACTIVITY_TYPES_FOR_KIND of @ta/domain) */
  activityTypes: readonly string[];
  topics: readonly string[];
  instruments: readonly string[];
  receivedOn: string;
}

/** One suggested activity for one request, with what the statement found (the reasons' facts) and its score. */
export interface ActivitySuggestionRow {
  requestId: string;
  activity: ActivityEntity;
  score: number;
  facts: ActivityMatchFacts;
}

/** An activity's effective cost in one year of the plan. */
export interface ActivityYearCostRow {
  activityId: string;
  year: number;
  amount: string;
}

/** The programme's effective cost in one year. */
export interface YearCostRow {
  year: number;
  amount: string;
}

/** A link between an activity and a request it answers (table activity_request, owned by this module). */
export interface ActivityRequestLinkRow {
  activityId: string;
  requestId: string;
}

/** One cost line to write. */
export interface NewCostLine {
  year: number;
  category: CostCategory;
  amount: string;
}

/** One activity as the IATI export describes it (with its priority area's title). */
export interface IatiActivityRow {
  id: string;
  code: string;
  title: string;
  description: string;
  status: ActivityStatus;
  priorityAreaCode: string;
  priorityAreaTitle: string;
  startsOn: string | null;
  endsOn: string | null;
  beneficiaryStates: string[];
  updatedAt: Date;
}

/** One IATI budget: an activity's cost lines of one basis summed per year. */
export interface IatiBudgetRow {
  activityId: string;
  year: number;
  basis: CostBasis;
  amount: string;
  rateDate: string;
}

/** One recipient of an activity in the IATI export: a State (STATE, ISO alpha-3) or an M49 area (AREA). */
export interface IatiRecipientRow {
  activityId: string;
  kind: 'STATE' | 'AREA';
  code: string;
  percentage: string;
}

/** The only place the programme's SQL lives: activities, cost lines, status history, links to requests. */
@Injectable()
export class ProgrammeRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  // ---------------------------------------------------------------- reads

  /** A page of the activities a filter selects, by code (keyset paging). */
  @SqlSnapshot([{}, 50, null])
  page(
    filter: ActivityFilter,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<ActivityEntity>> {
    return keysetPage(
      this.filtered(filter),
      { expr: 'a.code', cast: 'text', direction: 'ASC', idExpr: 'a.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  /** The activities a filter selects, as a query to page, count or use as a subquery. */
  private filtered(filter: ActivityFilter) {
    const q = this.dataSource.getRepository(ActivityEntity).createQueryBuilder('a');
    if (filter.priorityAreaCode?.length)
      q.andWhere('a.priority_area_code IN (:...areas)', { areas: filter.priorityAreaCode });
    if (filter.phase?.length) q.andWhere('a.phase IN (:...phases)', { phases: filter.phase });
    if (filter.status?.length) q.andWhere('a.status IN (:...statuses)', { statuses: filter.status });
    if (filter.deliveryStatus?.length)
      q.andWhere('a.delivery_status IN (:...deliveryStatuses)', { deliveryStatuses: filter.deliveryStatus });
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

  byIds(ids: readonly string[], tx?: EntityManager): Promise<ActivityEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.db(tx)
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .where('a.id IN (:...ids)', { ids: valid })
      .getMany();
  }

  /** The activity with this id, or null (an id that is not a UUID is simply not found). */
  async findById(id: string, tx?: EntityManager): Promise<ActivityEntity | null> {
    if (!isUuid(id)) return null;
    return this.db(tx).findOneBy(ActivityEntity, { id });
  }

  /**
   * The activity, held against change (SELECT … FOR SHARE) until `tx` ends, or null: what is decided on its status
   * stays true until then. Readers and other holders do not wait; a move of its status waits for the commit.
   */
  async holdForShare(id: string, tx: EntityManager): Promise<ActivityEntity | null> {
    if (!isUuid(id)) return null;
    return tx
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .setLock('pessimistic_read')
      .where('a.id = :id', { id })
      .getOne();
  }

  findByExternalRef(externalRef: string, tx?: EntityManager): Promise<ActivityEntity | null> {
    return this.db(tx).findOneBy(ActivityEntity, { externalRef });
  }

  /**
   * Sets the French and Spanish titles of activities by their stable key (demo data), in one statement, where
   * the English title is still the one translated and they differ; the English and the version stay alone: a
   * translation is not an edit of the record.
   */
  async setTitleTranslations(
    rows: ReadonlyArray<{ externalRef: string; title: string; fr: string; es: string }>,
    official: boolean,
    tx?: EntityManager,
  ): Promise<void> {
    await this.db(tx).query(
      `UPDATE activity a
          SET title_fr = v.fr, title_es = v.es, translations_official = $5
         FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS v(external_ref, title, fr, es)
        WHERE a.external_ref = v.external_ref AND a.title = v.title
          AND (a.title_fr IS DISTINCT FROM v.fr OR a.title_es IS DISTINCT FROM v.es
               OR a.translations_official IS DISTINCT FROM $5)`,
      [
        rows.map((r) => r.externalRef),
        rows.map((r) => r.title),
        rows.map((r) => r.fr),
        rows.map((r) => r.es),
        official,
      ],
    );
  }

  async codeTaken(code: string, tx?: EntityManager): Promise<boolean> {
    return this.db(tx).existsBy(ActivityEntity, { code });
  }

  /** All cost lines of a batch of activities, in one query. */
  @SqlSnapshot([[SqlArg.UUID]])
  costLinesOf(ids: readonly string[]): Promise<CostLineEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return this.dataSource
      .getRepository(CostLineEntity)
      .createQueryBuilder('c')
      .where('c.activity_id IN (:...ids)', { ids: valid })
      .orderBy('c.year')
      .addOrderBy('c.category')
      .addOrderBy('c.basis')
      .getMany();
  }

  /** Effective cost per activity and year (revisions replacing originals), summed in SQL. */
  @SqlSnapshot([[SqlArg.UUID]])
  async yearTotalsOf(ids: readonly string[]): Promise<ActivityYearCostRow[]> {
    const rows: Array<{ activity_id: string; year: number; amount: string }> = await this.dataSource.query(
      `SELECT activity_id, year, sum(amount)::text AS amount
         FROM (${EFFECTIVE_COST_LINES}) c
        WHERE activity_id = ANY ($1::uuid[])
        GROUP BY activity_id, year ORDER BY activity_id, year`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({ activityId: r.activity_id, year: r.year, amount: r.amount }));
  }

  /** The original cost (before any revision) per activity and year, summed in SQL. */
  @SqlSnapshot([[SqlArg.UUID]])
  async originalYearTotalsOf(ids: readonly string[], tx?: EntityManager): Promise<ActivityYearCostRow[]> {
    const rows: Array<{ activity_id: string; year: number; amount: string }> = await this.db(tx).query(
      `SELECT activity_id, year, sum(amount)::numeric(16,2)::text AS amount FROM cost_line
        WHERE basis = 'ORIGINAL' AND activity_id = ANY ($1::uuid[])
        GROUP BY activity_id, year ORDER BY activity_id, year`,
      [ids.filter(isUuid)],
    );
    return rows.map((r) => ({ activityId: r.activity_id, year: r.year, amount: r.amount }));
  }

  /** The whole programme's cost per year, for the activities the filter selects, in one query. */
  @SqlSnapshot([{}])
  async programmeTotals(filter: ActivityFilter): Promise<YearCostRow[]> {
    // The filter becomes a subquery: every selected activity counts, however many there are.
    const [selected, params] = this.filtered(filter).select('a.id').getQueryAndParameters();
    const rows: YearCostRow[] = await this.dataSource.query(
      `SELECT year, sum(amount)::numeric(16,2)::text AS amount FROM (${EFFECTIVE_COST_LINES}) c
        WHERE activity_id IN (${selected})
        GROUP BY year ORDER BY year`,
      params,
    );
    return rows.map((r) => ({ year: r.year, amount: r.amount }));
  }

  /** Each activity's status moves, oldest first. */
  historyOf(ids: readonly string[], tx?: EntityManager): Promise<ActivityStatusChangeEntity[]> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return Promise.resolve([]);
    return (tx ?? this.dataSource.manager)
      .getRepository(ActivityStatusChangeEntity)
      .createQueryBuilder('h')
      .where('h.activity_id IN (:...ids)', { ids: valid })
      .orderBy('h.at')
      .addOrderBy('h.id')
      .getMany();
  }

  /** The links of a batch of activities to the requests they answer (the requests come from RequestsService). */
  async requestLinksOf(activityIds: readonly string[]): Promise<ActivityRequestLinkRow[]> {
    const rows: Array<{ activity_id: string; request_id: string }> = await this.dataSource.query(
      `SELECT activity_id, request_id FROM activity_request WHERE activity_id = ANY ($1::uuid[])`,
      [activityIds.filter(isUuid)],
    );
    return rows.map((r) => ({ activityId: r.activity_id, requestId: r.request_id }));
  }

  /** The activities that answer each request, by code (activity and activity_request are both this module's). */
  async activitiesOfRequests(
    requestIds: readonly string[],
  ): Promise<Array<{ requestId: string; activity: ActivityEntity }>> {
    const valid = requestIds.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.dataSource
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .innerJoin('activity_request', 'ar', 'ar.activity_id = a.id')
      .addSelect('ar.request_id', 'request_id')
      .where('ar.request_id IN (:...ids)', { ids: valid })
      .orderBy('a.code')
      .getRawAndEntities<{ request_id: string; a_id: string }>();
    // One activity may answer several requests: pair raw rows with entities by id.
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    return rows.raw.map((raw) => ({ requestId: raw.request_id, activity: byId.get(raw.a_id)! }));
  }

  /**
   * Activities that might answer each request, best first, by the score of @ta/domain
   * (ACTIVITY_SUGGESTION_WEIGHTS, passed as parameters): the same priority area, a type that answers the kind of
   * request, the request's topics and instruments shared with the requests already linked to the activity (its
   * own), its State (else its region: M49 region, sub-region or intermediate region) among the beneficiaries,
   * still open (its delivery not completed or cancelled, and not ended before the year the request came in), and
   * money still missing (per year, effective cost − committed − paid, above zero). Ties by code. Not finished
   * (completed or cancelled: a finished activity takes no more requests, `mayEditActivity`), not linked to the
   * request yet.
   *
   * ONE statement for a whole page of requests (a LATERAL ranking per request; the activities' own topics and
   * their gaps are MATERIALIZED once for the page, not recomputed per request). A single-statement aggregate that
   * joins other modules' tables: the requests module's `assistance_request` (the linked requests' topics and
   * instruments), the reference module's `state` (the request's region and name), the funding module's
   * `allocation` and `contribution` (committed and paid money). The effective-cost rule is this module's.
   */
  @SqlSnapshot([
    [
      {
        requestId: SqlArg.UUID,
        stateIso3: SqlArg.STATE,
        priorityAreaCode: 'B',
        activityTypes: ['WORKSHOP', 'TRAINING_MATERIAL'],
        topics: ['criminal-justice'],
        instruments: ['UNTOC'],
        receivedOn: '2008-07-15',
      },
    ],
    5,
  ])
  async suggestedFor(requests: readonly SuggestionSubject[], first: number): Promise<ActivitySuggestionRow[]> {
    const valid = requests.filter((r) => isUuid(r.requestId));
    if (!valid.length || first < 1) return [];
    const w = ACTIVITY_SUGGESTION_WEIGHTS;
    const metadata = this.dataSource.getMetadata(ActivityEntity);
    const columns = metadata.columns.map((c) => `a.${c.databaseName} AS "${c.propertyName}"`).join(', ');
    const subjects = valid.map((r, ord) => ({
      ord,
      request_id: r.requestId,
      state_iso3: r.stateIso3,
      area: r.priorityAreaCode,
      types: r.activityTypes,
      topics: [...new Set(r.topics)],
      instruments: [...new Set(r.instruments)],
      received_year: Number(r.receivedOn.slice(0, 4)),
    }));
    const rows: Array<
      Record<string, unknown> & {
        __requestId: string;
        __score: number;
        __same_area: boolean;
        __fits_kind: boolean;
        __topics_matched: number;
        __topics_total: number;
        __instruments_matched: number;
        __instruments_total: number;
        __state_name: string | null;
        __region: string | null;
        __open: boolean;
        __open_from: number | null;
        __open_to: number | null;
        __gap: string | null;
      }
    > = await this.dataSource.query(
      `WITH r AS (
              SELECT x.*, s.name_en AS state_name, s.region, s.subregion, s.intermediate_region
                FROM jsonb_to_recordset($1::jsonb) AS x (ord int, request_id uuid, state_iso3 text, area text,
                       types text[], topics text[], instruments text[], received_year int)
                LEFT JOIN state s ON s.iso3 = x.state_iso3),
            own AS MATERIALIZED (
              SELECT ar.activity_id,
                     array_agg(DISTINCT t.topic) FILTER (WHERE t.topic IS NOT NULL) AS topics,
                     array_agg(DISTINCT i.instrument) FILTER (WHERE i.instrument IS NOT NULL) AS instruments
                FROM activity_request ar
                JOIN assistance_request q ON q.id = ar.request_id
                LEFT JOIN LATERAL unnest(q.topics) AS t (topic) ON true
                LEFT JOIN LATERAL unnest(q.instruments) AS i (instrument) ON true
               GROUP BY ar.activity_id),
            cost AS (
              SELECT activity_id, year, sum(amount) AS amount FROM (${EFFECTIVE_COST_LINES}) e GROUP BY activity_id, year),
            funds AS (
              SELECT al.activity_id, al.year, sum(al.amount_usd) AS amount
                FROM allocation al JOIN contribution c ON c.id = al.contribution_id
               WHERE c.stage IN ('COMMITTED', 'PAID')
               GROUP BY al.activity_id, al.year),
            gap AS MATERIALIZED (
              SELECT cost.activity_id, sum(greatest(cost.amount - coalesce(funds.amount, 0), 0)) AS amount
                FROM cost LEFT JOIN funds USING (activity_id, year)
               GROUP BY cost.activity_id)
       SELECT r.request_id AS "__requestId", ${columns}, m.*
         FROM r
        CROSS JOIN LATERAL (
              SELECT f.*,
                     (CASE WHEN f.__same_area THEN $3 ELSE 0 END
                      + CASE WHEN f.__fits_kind THEN $4 ELSE 0 END
                      + CASE WHEN f.__topics_total > 0 THEN round(($5 * f.__topics_matched)::numeric / f.__topics_total) ELSE 0 END
                      + CASE WHEN f.__instruments_total > 0 THEN round(($6 * f.__instruments_matched)::numeric / f.__instruments_total) ELSE 0 END
                      + CASE WHEN f.__state_name IS NOT NULL THEN $7 WHEN f.__region IS NOT NULL THEN $8 ELSE 0 END
                      + CASE WHEN f.__open THEN $9 ELSE 0 END
                      + CASE WHEN f.__gap IS NOT NULL THEN $10 ELSE 0 END)::int AS __score
                FROM (
                  SELECT c.id AS __activity_id, c.code AS __code,
                         c.priority_area_code = r.area AS __same_area,
                         c.activity_type = ANY (r.types) AS __fits_kind,
                         (SELECT count(*) FROM unnest(r.topics) t WHERE t = ANY (coalesce(own.topics, '{}')))::int AS __topics_matched,
                         cardinality(r.topics) AS __topics_total,
                         (SELECT count(*) FROM unnest(r.instruments) i WHERE i = ANY (coalesce(own.instruments, '{}')))::int AS __instruments_matched,
                         cardinality(r.instruments) AS __instruments_total,
                         CASE WHEN r.state_iso3 = ANY (c.beneficiary_states) THEN r.state_name END AS __state_name,
                         CASE WHEN r.intermediate_region = ANY (c.beneficiary_regions) THEN r.intermediate_region
                              WHEN r.subregion = ANY (c.beneficiary_regions) THEN r.subregion
                              WHEN r.region = ANY (c.beneficiary_regions) THEN r.region END AS __region,
                         (c.delivery_status NOT IN ('COMPLETED', 'CANCELLED')
                          AND (c.ends_on IS NULL OR extract(year FROM c.ends_on) >= r.received_year)) AS __open,
                         greatest(extract(year FROM c.starts_on)::int, r.received_year) AS __open_from,
                         extract(year FROM c.ends_on)::int AS __open_to,
                         CASE WHEN gap.amount > 0 THEN gap.amount::numeric(16, 2)::text END AS __gap
                    FROM activity c
                    LEFT JOIN own ON own.activity_id = c.id
                    LEFT JOIN gap ON gap.activity_id = c.id
                   WHERE c.status <> ALL ($11::text[])
                     AND NOT EXISTS (SELECT 1 FROM activity_request ar WHERE ar.activity_id = c.id AND ar.request_id = r.request_id)
                ) f
               ORDER BY __score DESC, f.__code
               LIMIT $2) m
         JOIN activity a ON a.id = m.__activity_id
        ORDER BY r.ord, m.__score DESC, m.__code`,
      [
        JSON.stringify(subjects),
        first,
        w.area,
        w.kind,
        w.topics,
        w.instruments,
        w.state,
        w.region,
        w.open,
        w.fundingGap,
        // A finished activity takes no more requests (mayEditActivity): not suggested.
        FINISHED_ACTIVITY_STATUSES,
      ],
    );
    const repository = this.dataSource.getRepository(ActivityEntity);
    const subjectsById = new Map(valid.map((r) => [r.requestId, r.stateIso3]));
    return rows.map((row) => {
      const activity: Record<string, unknown> = {};
      for (const c of metadata.columns) activity[c.propertyName] = row[c.propertyName];
      return {
        requestId: row.__requestId,
        activity: repository.create(activity as Partial<ActivityEntity>),
        score: row.__score,
        facts: {
          areaCode: row.__same_area ? (activity.priorityAreaCode as string) : null,
          fitsKind: row.__fits_kind ? (activity.activityType as string) : null,
          topicsMatched: row.__topics_matched,
          topicsTotal: row.__topics_total,
          instrumentsMatched: row.__instruments_matched,
          instrumentsTotal: row.__instruments_total,
          stateBeneficiary: row.__state_name,
          stateIso3: row.__state_name ? (subjectsById.get(row.__requestId) ?? null) : null,
          regionBeneficiary: row.__state_name ? null : row.__region,
          open: row.__open,
          openYears:
            row.__open && row.__open_from !== null && row.__open_to !== null
              ? row.__open_from === row.__open_to
                ? String(row.__open_to)
                : `${row.__open_from}–${row.__open_to}`
              : null,
          fundingGap: row.__gap,
        },
      };
    });
  }

  /** The activities each of these builds on, by code (one query for a page). */
  @SqlSnapshot([[SqlArg.UUID]])
  async buildsOnOf(ids: readonly string[]): Promise<Array<{ activityId: string; activity: ActivityEntity }>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return [];
    const rows = await this.dataSource
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .innerJoin('activity_builds_on', 'b', 'b.builds_on_id = a.id')
      .addSelect('b.activity_id', 'builder_id')
      .where('b.activity_id IN (:...ids)', { ids: valid })
      .orderBy('a.code')
      .getRawAndEntities<{ builder_id: string; a_id: string }>();
    // One current activity may be built on by several: pair raw rows with entities by id.
    const byId = new Map(rows.entities.map((e) => [e.id, e]));
    return rows.raw.map((raw) => ({ activityId: raw.builder_id, activity: byId.get(raw.a_id)! }));
  }

  /** Records that a proposal builds on these activities (already-recorded links stay as they are). */
  async addBuildsOn(activityId: string, buildsOnIds: readonly string[], tx?: EntityManager): Promise<void> {
    if (!buildsOnIds.length) return;
    await this.db(tx).query(
      `INSERT INTO activity_builds_on (activity_id, builds_on_id) SELECT $1, unnest($2::uuid[]) ON CONFLICT DO NOTHING`,
      [activityId, [...buildsOnIds]],
    );
  }

  /** Writes the figures the source gives about an activity (demo data), where they differ. */
  async setFigures(externalRef: string, figures: readonly ActivityFigure[], tx?: EntityManager): Promise<void> {
    await this.db(tx).query(
      `UPDATE activity SET figures = $2::jsonb WHERE external_ref = $1 AND figures IS DISTINCT FROM $2::jsonb`,
      [externalRef, JSON.stringify(figures)],
    );
  }

  /** Sum of an activity's cost lines of one basis (null when it has none). */
  async costTotal(activityId: string, basis: CostBasis, tx?: EntityManager): Promise<string | null> {
    const [row]: Array<{ total: string | null }> = await this.db(tx).query(
      `SELECT sum(amount)::text AS total FROM cost_line WHERE activity_id = $1 AND basis = $2`,
      [activityId, basis],
    );
    return row?.total ?? null;
  }

  // ---------------------------------------------------------------- writes (in the caller's transaction)

  /**
   * Locks the activity for the rest of the transaction, or NOT_FOUND on `field`. Takes `beneficiary_share` first
   * (ROW EXCLUSIVE, what the activity's share trigger takes when its beneficiaries change): every transaction takes
   * that table before activity rows, so one that holds it EXCLUSIVE (a change of a State's or an M49 area's region,
   * migration 1764377800000) and then edits an activity never waits on a writer that holds the activity and waits
   * for the table (a deadlock; see beneficiary-shares.query.ts).
   */
  async lock(id: string, tx: EntityManager, field = 'id'): Promise<ActivityEntity> {
    await tx.query(`LOCK TABLE beneficiary_share IN ROW EXCLUSIVE MODE`);
    return lockForUpdate(tx, ActivityEntity, id, () => notFound('activity', id, field));
  }

  /** Writes the changes (and the next version) only if the activity is still at `version`. */
  updateIfVersion(
    id: string,
    version: number,
    changes: Partial<Omit<ActivityEntity, 'id' | 'version'>>,
    tx: EntityManager,
  ): Promise<void> {
    return updateIfVersion(tx, ActivityEntity, id, version, { ...changes, updatedAt: new Date() }, () =>
      stale('activity', version, version + 1),
    );
  }

  insert(values: Omit<ActivityEntity, 'id' | 'createdAt' | 'updatedAt'>, tx: EntityManager): Promise<ActivityEntity> {
    return tx.save(tx.create(ActivityEntity, values));
  }

  async addStatusChange(values: Omit<ActivityStatusChangeEntity, 'id'>, tx: EntityManager): Promise<void> {
    await tx.insert(ActivityStatusChangeEntity, values);
  }

  /** Replaces an activity's cost lines of one basis. */
  async replaceCostLines(
    activityId: string,
    basis: CostBasis,
    lines: readonly NewCostLine[],
    options: { rateDate: string; illustrative: boolean },
    tx: EntityManager,
  ): Promise<void> {
    await tx.query(`DELETE FROM cost_line WHERE activity_id = $1 AND basis = $2`, [activityId, basis]);
    if (!lines.length) return;
    await tx.insert(
      CostLineEntity,
      lines.map((l) => ({
        activityId,
        year: l.year,
        category: l.category,
        basis,
        amount: l.amount,
        currency: 'USD',
        rateDate: options.rateDate,
        illustrative: options.illustrative,
      })),
    );
  }

  /** Links a request to an activity; false when it was linked already. */
  async linkRequest(activityId: string, requestId: string, linkedBy: string, tx: EntityManager): Promise<boolean> {
    const inserted: unknown[] = await tx.query(
      `INSERT INTO activity_request (activity_id, request_id, linked_by) VALUES ($1, $2, $3)
       ON CONFLICT DO NOTHING RETURNING request_id`,
      [activityId, requestId, linkedBy],
    );
    return inserted.length > 0;
  }

  /** Removes a link; false when there was none. */
  async unlinkRequest(activityId: string, requestId: string, tx: EntityManager): Promise<boolean> {
    if (!isUuid(requestId)) return false;
    const [, removed]: [unknown, number] = await tx.query(
      `DELETE FROM activity_request WHERE activity_id = $1 AND request_id = $2`,
      [activityId, requestId],
    );
    return removed > 0;
  }

  // ---------------------------------------------------------------- the IATI export

  /**
   * Every activity (of the given phases and priority areas, when given), by code, with its priority area's
   * title. A single statement that joins the reference module's `priority_area` table (for the title only).
   */
  @SqlSnapshot([{ phases: ['CURRENT'], priorityAreaCodes: ['C'] }])
  async iatiActivities(
    filter: { phases?: readonly ActivityPhase[]; priorityAreaCodes?: readonly string[] } = {},
  ): Promise<IatiActivityRow[]> {
    const rows: Array<Record<string, unknown>> = await this.dataSource.query(
      `SELECT a.id, a.code, a.title, a.description, a.status, a.priority_area_code, p.title_en AS area_title,
              a.starts_on::text AS starts_on, a.ends_on::text AS ends_on, a.beneficiary_states, a.updated_at
         FROM activity a JOIN priority_area p ON p.code = a.priority_area_code
        WHERE ($1::text[] IS NULL OR a.phase = ANY ($1::text[]))
          AND ($2::text[] IS NULL OR a.priority_area_code = ANY ($2::text[]))
        ORDER BY a.code`,
      [
        filter.phases?.length ? filter.phases : null,
        filter.priorityAreaCodes?.length ? filter.priorityAreaCodes : null,
      ],
    );
    return rows.map((a) => ({
      id: a.id as string,
      code: a.code as string,
      title: a.title as string,
      description: a.description as string,
      status: a.status as ActivityStatus,
      priorityAreaCode: a.priority_area_code as string,
      priorityAreaTitle: a.area_title as string,
      startsOn: (a.starts_on as string | null) ?? null,
      endsOn: (a.ends_on as string | null) ?? null,
      beneficiaryStates: a.beneficiary_states as string[],
      updatedAt: a.updated_at as Date,
    }));
  }

  /**
   * IATI recipients: each activity's beneficiary shares (the funding gap's rule, BENEFICIARY_SHARES_CTES) with
   * the percentage of each, 100 split to the hundredth as the gap splits cents. A global activity has none. Read
   * from `beneficiary_share`, the shares the triggers keep and the funding gap reads (migration 1764377800000),
   * so the export and the gap cannot disagree; the CTEs stay the tests' reference.
   */
  async iatiRecipients(): Promise<IatiRecipientRow[]> {
    return this.dataSource.query(
      `WITH ${BENEFICIARY_SHARES_TABLE_CTE}
       SELECT activity_id AS "activityId", kind, key AS code,
              ((10000 / n + CASE WHEN rank <= 10000 % n THEN 1 ELSE 0 END)::numeric / 100)::numeric(5,2)::text AS percentage
         FROM ranked_share WHERE kind <> 'GLOBAL' ORDER BY activity_id, kind DESC, key`,
    );
  }

  /** IATI budgets: each activity's cost lines summed per basis and year, with the latest rate date. */
  async iatiBudgets(): Promise<IatiBudgetRow[]> {
    const rows: Array<{ activity_id: string; year: number; basis: CostBasis; amount: string; rate_date: string }> =
      await this.dataSource.query(
        `SELECT activity_id, year, basis, sum(amount)::numeric(16,2)::text AS amount, max(rate_date)::text AS rate_date
         FROM cost_line GROUP BY activity_id, year, basis ORDER BY activity_id, basis, year`,
      );
    return rows.map((b) => ({
      activityId: b.activity_id,
      year: b.year,
      basis: b.basis,
      amount: b.amount,
      rateDate: b.rate_date,
    }));
  }

  /**
   * Activities that name a State, answer its requests, or delivered a workshop it took part in. One statement:
   * it reads the requests' `assistance_request` and the workshops' `workshop`/`workshop_participant` tables.
   */
  @SqlSnapshot([SqlArg.STATE])
  reachingState(iso3: string, tx?: EntityManager): Promise<ActivityEntity[]> {
    return this.db(tx)
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .where(
        `(:iso3 = ANY (a.beneficiary_states)
          OR EXISTS (SELECT 1 FROM activity_request ar JOIN assistance_request r ON r.id = ar.request_id
                      WHERE ar.activity_id = a.id AND r.state_iso3 = :iso3)
          OR EXISTS (SELECT 1 FROM workshop w JOIN workshop_participant wp ON wp.workshop_id = w.id
                      WHERE w.activity_id = a.id AND wp.state_iso3 = :iso3))`,
        { iso3 },
      )
      .orderBy('a.code')
      .getMany();
  }

  /** The id of the first activity (by code) of a section whose title contains `titleIncludes` (any case), or null. */
  async idBySectionAndTitle(section: string, titleIncludes: string, tx?: EntityManager): Promise<string | null> {
    const row = await this.db(tx)
      .getRepository(ActivityEntity)
      .createQueryBuilder('a')
      .select('a.id', 'id')
      .where('a.section = :section', { section })
      .andWhere('a.title ILIKE :title', { title: `%${escapeLike(titleIncludes)}%` })
      .orderBy('a.code')
      .limit(1)
      .getRawOne<{ id: string }>();
    return row?.id ?? null;
  }

  /** An activity's effective cost in one year (revised lines replace original ones), "0.00" when it has none. */
  async yearCost(activityId: string, year: number, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ amount: string }> = await this.db(tx).query(
      `SELECT COALESCE(sum(amount), 0)::numeric(16,2)::text AS amount
         FROM (${EFFECTIVE_COST_LINES}) c
        WHERE activity_id = $1 AND year = $2`,
      [activityId, year],
    );
    return row?.amount ?? '0.00';
  }
}
