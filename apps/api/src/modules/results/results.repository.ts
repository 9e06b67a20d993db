import { Injectable } from '@nestjs/common';
import type { ActualSource, IndicatorUnit, OutcomeMeasure, ResultType } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { stale } from '../../infra/errors/common-errors.js';

/** A result as stored. */
export interface ResultRow {
  id: string;
  activityId: string;
  type: ResultType;
  title: string;
  sourceParagraph: string | null;
  version: number;
}

/** An indicator as stored. */
export interface IndicatorRow {
  id: string;
  resultId: string;
  activityId: string;
  title: string;
  unit: IndicatorUnit;
  baseline: string | null;
  baselineYear: number | null;
  target: string | null;
  targetYear: number | null;
  measure: OutcomeMeasure | null;
  illustrative: boolean;
  sourceParagraph: string | null;
  version: number;
}

/** An actual of an indicator: typed in (indicator_actual) or computed from workshop outcomes. */
export interface ActualRow {
  indicatorId: string;
  year: number;
  value: string;
  source: ActualSource;
  sourceRefs: string[];
  note: string | null;
  computed: boolean;
}

export type IndicatorWrite = Pick<
  IndicatorRow,
  'title' | 'unit' | 'baseline' | 'baselineYear' | 'target' | 'targetYear' | 'measure' | 'illustrative'
>;

const RESULT_COLUMNS = `r.id, r.activity_id AS "activityId", r.result_type AS type, r.title,
  r.source_paragraph AS "sourceParagraph", r.version`;
const INDICATOR_COLUMNS = `i.id, i.result_id AS "resultId", r.activity_id AS "activityId", i.title, i.unit,
  i.baseline::text AS baseline, i.baseline_year AS "baselineYear", i.target::text AS target,
  i.target_year AS "targetYear", i.measure, i.illustrative, i.source_paragraph AS "sourceParagraph", i.version`;

/** The results framework's SQL: activity_result, result_indicator, indicator_actual. */
@Injectable()
export class ResultsRepository {
  constructor(private readonly dataSource: DataSource) {}

  private db(tx?: EntityManager): EntityManager {
    return tx ?? this.dataSource.manager;
  }

  /** The results of a batch of activities, in their order (one query). */
  @SqlSnapshot([[SqlArg.UUID]])
  resultsOf(activityIds: readonly string[]): Promise<ResultRow[]> {
    return this.db().query(
      `SELECT ${RESULT_COLUMNS} FROM activity_result r WHERE r.activity_id = ANY ($1::uuid[])
        ORDER BY r.activity_id, r.position, r.created_at, r.id`,
      [activityIds],
    );
  }

  /** The indicators of a batch of results (one query). */
  @SqlSnapshot([[SqlArg.UUID]])
  indicatorsOf(resultIds: readonly string[]): Promise<IndicatorRow[]> {
    return this.db().query(
      `SELECT ${INDICATOR_COLUMNS} FROM result_indicator i JOIN activity_result r ON r.id = i.result_id
        WHERE i.result_id = ANY ($1::uuid[]) ORDER BY i.result_id, i.position, i.created_at, i.id`,
      [resultIds],
    );
  }

  /**
   * The actuals of a batch of indicators, in ONE statement: those typed in, and for an indicator bound to an
   * outcome measure those computed now from the workshop outcomes recorded for its activity's workshops — per
   * year the workshop ended, the sum of the measure over the workshops that counted it (participants and women
   * summed from workshop_participant), with the workshops as its source. Nothing computed is stored: recording
   * an outcome changes the figure at once. Reads the workshops module's workshop, workshop_outcome and
   * workshop_participant (a single-statement aggregate: splitting it would cost a query per indicator).
   */
  @SqlSnapshot([[SqlArg.UUID]])
  async actualsOf(indicatorIds: readonly string[], tx?: EntityManager): Promise<ActualRow[]> {
    return this.db(tx).query(
      `WITH bound AS (
         SELECT i.id, i.measure, r.activity_id FROM result_indicator i JOIN activity_result r ON r.id = i.result_id
          WHERE i.id = ANY ($1::uuid[]) AND i.measure IS NOT NULL),
       counted AS (
         SELECT b.id AS indicator_id, extract(year FROM w.ends_on)::int AS year, w.id AS workshop_id, w.starts_on,
                CASE b.measure
                  WHEN 'CHECKLISTS_COMPLETED' THEN o.checklists_completed
                  WHEN 'STATES_UPDATED' THEN o.states_updated
                  WHEN 'CASES_PROGRESSED' THEN o.cases_progressed
                  WHEN 'PARTICIPANTS' THEN (SELECT sum(p.participants) FROM workshop_participant p WHERE p.workshop_id = w.id)
                  WHEN 'WOMEN' THEN (SELECT sum(p.women) FROM workshop_participant p WHERE p.workshop_id = w.id)
                END AS value
           FROM bound b
           JOIN workshop w ON w.activity_id = b.activity_id AND w.status <> 'CANCELLED'
           JOIN workshop_outcome o ON o.workshop_id = w.id)
       SELECT indicator_id AS "indicatorId", year, sum(value)::numeric(14,2)::text AS value,
              'WORKSHOP_OUTCOME' AS source, array_agg(workshop_id::text ORDER BY starts_on, workshop_id) AS "sourceRefs",
              NULL AS note, true AS computed
         FROM counted WHERE value IS NOT NULL GROUP BY indicator_id, year
       UNION ALL
       SELECT a.indicator_id, a.year, a.value::text, a.source, ARRAY[a.source_ref], a.note, false
         FROM indicator_actual a WHERE a.indicator_id = ANY ($1::uuid[])
        ORDER BY 1, 2, 4, 5`,
      [indicatorIds],
    );
  }

  async resultById(id: string, tx?: EntityManager): Promise<ResultRow | null> {
    const [row]: ResultRow[] = await this.db(tx).query(
      `SELECT ${RESULT_COLUMNS} FROM activity_result r WHERE r.id = $1`,
      [id],
    );
    return row ?? null;
  }

  async indicatorById(id: string, tx?: EntityManager): Promise<IndicatorRow | null> {
    const [row]: IndicatorRow[] = await this.db(tx).query(
      `SELECT ${INDICATOR_COLUMNS} FROM result_indicator i JOIN activity_result r ON r.id = i.result_id WHERE i.id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** Locks a result for the rest of the transaction; null when there is none. */
  async lockResult(id: string, tx: EntityManager): Promise<ResultRow | null> {
    await tx.query(`SELECT 1 FROM activity_result WHERE id = $1 FOR UPDATE`, [id]);
    return this.resultById(id, tx);
  }

  /** Locks an indicator for the rest of the transaction; null when there is none. */
  async lockIndicator(id: string, tx: EntityManager): Promise<IndicatorRow | null> {
    await tx.query(`SELECT 1 FROM result_indicator WHERE id = $1 FOR UPDATE`, [id]);
    return this.indicatorById(id, tx);
  }

  /** Whether a result or indicator was already loaded with this stable key (demo data). */
  async externalRefTaken(externalRef: string, tx?: EntityManager): Promise<boolean> {
    const [row]: Array<{ taken: boolean }> = await this.db(tx).query(
      `SELECT EXISTS (SELECT 1 FROM activity_result WHERE external_ref = $1)
           OR EXISTS (SELECT 1 FROM result_indicator WHERE external_ref = $1) AS taken`,
      [externalRef],
    );
    return Boolean(row?.taken);
  }

  async insertResult(
    r: {
      activityId: string;
      type: ResultType;
      title: string;
      sourceParagraph: string | null;
      externalRef: string | null;
    },
    tx: EntityManager,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO activity_result (activity_id, result_type, title, source_paragraph, external_ref, position)
       VALUES ($1, $2, $3, $4, $5, (SELECT count(*) FROM activity_result WHERE activity_id = $1)) RETURNING id`,
      [r.activityId, r.type, r.title, r.sourceParagraph, r.externalRef],
    );
    return row!.id;
  }

  /** Changes a result if it is still at `version`, else STALE_VERSION. */
  async updateResult(
    id: string,
    version: number,
    r: { type: ResultType; title: string },
    tx: EntityManager,
  ): Promise<void> {
    const [row]: Array<{ n: number }> = await tx.query(
      `WITH u AS (UPDATE activity_result SET result_type = $3, title = $4, version = version + 1, updated_at = now()
                   WHERE id = $1 AND version = $2 RETURNING id)
       SELECT count(*)::int AS n FROM u`,
      [id, version, r.type, r.title],
    );
    if (row?.n !== 1) throw stale('result', version, version + 1);
  }

  async insertIndicator(
    resultId: string,
    i: IndicatorWrite & { sourceParagraph: string | null; externalRef: string | null },
    tx: EntityManager,
  ): Promise<string> {
    const [row]: Array<{ id: string }> = await tx.query(
      `INSERT INTO result_indicator (result_id, title, unit, baseline, baseline_year, target, target_year, measure,
                                     illustrative, source_paragraph, external_ref, position)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, (SELECT count(*) FROM result_indicator WHERE result_id = $1))
       RETURNING id`,
      [
        resultId,
        i.title,
        i.unit,
        i.baseline,
        i.baselineYear,
        i.target,
        i.targetYear,
        i.measure,
        i.illustrative,
        i.sourceParagraph,
        i.externalRef,
      ],
    );
    return row!.id;
  }

  /** Changes an indicator if it is still at `version`, else STALE_VERSION. */
  async updateIndicator(id: string, version: number, i: IndicatorWrite, tx: EntityManager): Promise<void> {
    const [row]: Array<{ n: number }> = await tx.query(
      `WITH u AS (UPDATE result_indicator SET title = $3, unit = $4, baseline = $5, baseline_year = $6, target = $7,
                         target_year = $8, measure = $9, illustrative = $10, version = version + 1, updated_at = now()
                   WHERE id = $1 AND version = $2 RETURNING id)
       SELECT count(*)::int AS n FROM u`,
      [id, version, i.title, i.unit, i.baseline, i.baselineYear, i.target, i.targetYear, i.measure, i.illustrative],
    );
    if (row?.n !== 1) throw stale('indicator', version, version + 1);
  }

  /** Whether an indicator has actuals typed in (which a binding to a measure would hide). */
  async hasRecordedActuals(indicatorId: string, tx: EntityManager): Promise<boolean> {
    const [row]: Array<{ any: boolean }> = await tx.query(
      `SELECT EXISTS (SELECT 1 FROM indicator_actual WHERE indicator_id = $1) AS any`,
      [indicatorId],
    );
    return Boolean(row?.any);
  }

  /** Records (or replaces) the actual of a year from one source; the indicator's version moves on. */
  async upsertActual(
    a: {
      indicatorId: string;
      year: number;
      value: string;
      source: ActualSource;
      sourceRef: string;
      note: string | null;
      recordedBy: string;
      recordedById: string | null;
    },
    tx: EntityManager,
  ): Promise<{ before: string | null }> {
    const [prev]: Array<{ value: string }> = await tx.query(
      `SELECT value::text AS value FROM indicator_actual WHERE indicator_id = $1 AND year = $2 AND source = $3 AND source_ref = $4`,
      [a.indicatorId, a.year, a.source, a.sourceRef],
    );
    await tx.query(
      `INSERT INTO indicator_actual (indicator_id, year, value, source, source_ref, note, recorded_by, recorded_by_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
       ON CONFLICT (indicator_id, year, source, source_ref) DO UPDATE
         SET value = EXCLUDED.value, note = EXCLUDED.note, recorded_by = EXCLUDED.recorded_by,
             recorded_by_id = EXCLUDED.recorded_by_id, recorded_at = now()`,
      [a.indicatorId, a.year, a.value, a.source, a.sourceRef, a.note, a.recordedBy, a.recordedById],
    );
    await tx.query(`UPDATE result_indicator SET version = version + 1, updated_at = now() WHERE id = $1`, [
      a.indicatorId,
    ]);
    return { before: prev?.value ?? null };
  }
}
