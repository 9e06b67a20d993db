import { Injectable } from '@nestjs/common';
import type { Role } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { CLOSED_STATUSES_SQL } from '../../infra/database/rows.js';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import type { JobStatusStore } from '../../infra/queue/tracked-job.js';
import type { ReportOptions } from './dto/report-options.input.js';
import type { ReportFigures } from './exports/report-figures.types.js';
import type { ReportKind } from './models/report.model.js';

/** A report as its table keeps it (without the file). */
export interface ReportRow {
  id: string;
  kind: ReportKind;
  format: string;
  status: string;
  progress: number;
  rows: number | null;
  file_name: string | null;
  error: string | null;
  requested_by: string;
  created_at: Date;
  finished_at: Date | null;
  as_at: Date;
  options: ReportOptions;
}

/** A finished report's file, and whose it is. */
export interface ReportFileRow {
  file_name: string;
  content_type: string;
  content: Buffer;
  requested_by: string;
  requested_role: Role;
}

/** What the job needs of a report: its kind, and who asked with which role. */
export interface ReportJobRow {
  kind: ReportKind;
  format: string;
  options: ReportOptions;
  requestedBy: string;
  roleAtRequest: Role;
}

/** What comparing reads of a report: which report it is, whose, and its figures. */
export interface ReportToCompareRow {
  id: string;
  kind: ReportKind;
  options: ReportOptions;
  requested_by: string;
  requested_role: Role;
  figures: ReportFigures | null;
}

/** A made report, for `done`. */
export interface ReportFile {
  rows: number;
  fileName: string;
  contentType: string;
  content: Buffer;
}

const COLUMNS =
  'id, kind, format, status, progress, rows, file_name, error, requested_by, created_at, finished_at, as_at, options';

/** The reports module's SQL: the `report` table, also the status store of the job that makes each report. */
@Injectable()
export class ReportsRepository implements JobStatusStore<ReportJobRow, ReportFile> {
  constructor(private readonly dataSource: DataSource) {}

  async insert(
    kind: ReportKind,
    format: string,
    requestedBy: string | null,
    requestedRole: string,
    options: ReportOptions = {},
    tx?: EntityManager,
  ): Promise<ReportRow> {
    const [row]: ReportRow[] = await (tx ?? this.dataSource.manager).query(
      `INSERT INTO report (kind, format, status, requested_by, requested_role, options)
       VALUES ($1, $2, 'QUEUED', $3, $4, $5::jsonb) RETURNING ${COLUMNS}`,
      [kind, format, requestedBy, requestedRole, JSON.stringify(options)],
    );
    return row;
  }

  async findById(id: string, tx?: EntityManager): Promise<ReportRow | null> {
    if (!isUuid(id)) return null;
    const [row]: ReportRow[] = await (tx ?? this.dataSource.manager).query(
      `SELECT ${COLUMNS} FROM report WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** A user's latest reports. */
  latestOf(userId: string | null, limit = 20): Promise<ReportRow[]> {
    return this.dataSource.query(
      `SELECT ${COLUMNS} FROM report WHERE requested_by = $1 ORDER BY created_at DESC LIMIT ${limit}`,
      [userId],
    );
  }

  async finishedFile(id: string): Promise<ReportFileRow | null> {
    if (!isUuid(id)) return null;
    const [row]: ReportFileRow[] = await this.dataSource.query(
      `SELECT file_name, content_type, content, requested_by, requested_role FROM report WHERE id = $1 AND status = 'DONE'`,
      [id],
    );
    return row ?? null;
  }

  // ---------------------------------------------------------------- the job's status

  async load(id: string): Promise<ReportJobRow | null> {
    if (!isUuid(id)) return null;
    const [row]: Array<{
      kind: ReportKind;
      format: string;
      requested_by: string;
      requested_role: Role;
      options: ReportOptions;
    }> = await this.dataSource.query(
      `SELECT kind, format, requested_by, requested_role, options FROM report WHERE id = $1`,
      [id],
    );
    return row
      ? {
          kind: row.kind,
          format: row.format,
          options: row.options,
          requestedBy: row.requested_by,
          roleAtRequest: row.requested_role,
        }
      : null;
  }

  async progress(id: string, percent: number): Promise<void> {
    await this.dataSource.query(`UPDATE report SET status = 'RUNNING', progress = $2 WHERE id = $1`, [id, percent]);
  }

  async done(id: string, file: ReportFile): Promise<void> {
    await this.dataSource.query(
      `UPDATE report SET status = 'DONE', progress = 100, rows = $2, file_name = $3, content_type = $5,
                         content = $4, finished_at = now(), error = NULL WHERE id = $1`,
      [id, file.rows, file.fileName, file.content, file.contentType],
    );
  }

  async fail(id: string, failure: string): Promise<void> {
    await this.dataSource.query(`UPDATE report SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`, [
      id,
      failure,
    ]);
  }

  // ---------------------------------------------------------------- as-at snapshots

  /**
   * Runs `read` in ONE read-only REPEATABLE READ transaction, so every figure it reads is of the same moment
   * (`asAt`, the transaction's start) however the data moves meanwhile.
   */
  snapshot<T>(read: (tx: EntityManager, asAt: Date) => Promise<T>): Promise<T> {
    return this.dataSource.transaction('REPEATABLE READ', async (tx) => {
      await tx.query(`SET TRANSACTION READ ONLY`);
      const [row]: Array<{ asAt: Date }> = await tx.query(`SELECT now() AS "asAt"`);
      return read(tx, row!.asAt);
    });
  }

  /** Keeps the figures a report is made from, and their moment. */
  async saveFigures(id: string, figures: ReportFigures, asAt: Date): Promise<void> {
    await this.dataSource.query(`UPDATE report SET figures = $2::jsonb, as_at = $3 WHERE id = $1`, [
      id,
      JSON.stringify(figures),
      asAt,
    ]);
  }

  /** The figures kept with a report (null before they were read, and for CSV and XML reports). */
  async figuresOf(id: string): Promise<ReportFigures | null> {
    if (!isUuid(id)) return null;
    const [row]: Array<{ figures: ReportFigures | null }> = await this.dataSource.query(
      `SELECT figures FROM report WHERE id = $1`,
      [id],
    );
    return row?.figures ?? null;
  }

  /**
   * What comparing two reports reads of each, in one statement: its kind and options (which report it is), who
   * asked for it in which role (its reader rule), and the figures kept with it (null before they were read, and
   * for CSV and XML reports). Keyed by id; an id of no report (or no UUID) is absent.
   */
  @SqlSnapshot([[SqlArg.UUID, SqlArg.UUID]])
  /** The reports to compare, by id as asked (a UUID in capitals finds its report too). */
  async toCompare(ids: readonly string[]): Promise<Map<string, ReportToCompareRow>> {
    const valid = ids.filter(isUuid);
    if (!valid.length) return new Map();
    const rows: ReportToCompareRow[] = await this.dataSource.query(
      `SELECT id, kind, options, requested_by, requested_role, figures FROM report WHERE id = ANY($1::uuid[])`,
      [valid],
    );
    const byId = new Map(rows.map((row) => [row.id.toLowerCase(), row]));
    return new Map(valid.flatMap((id) => (byId.has(id.toLowerCase()) ? [[id, byId.get(id.toLowerCase())!]] : [])));
  }

  // ---------------------------------------------------------------- figures of the reports (read in a snapshot)

  /**
   * A donor's contributions with what was paid and allocated of each, in US dollars summed in SQL. Reads the
   * funding module's `contribution`, `contribution_payment` and `allocation` (a single-statement aggregate).
   */
  @SqlSnapshot([SqlArg.UUID])
  donorContributions(donorId: string, tx?: EntityManager): Promise<DonorContributionRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT c.contributed_on::text AS "contributedOn", c.stage, c.currency, c.amount::text AS amount,
              c.amount_usd::text AS "amountUsd", c.earmarking_category AS "earmarkingCategory",
              COALESCE(c.priority_area_code, '') AS "priorityAreaCode",
              COALESCE((SELECT sum(p.amount_usd) FROM contribution_payment p WHERE p.contribution_id = c.id), 0)::numeric(16,2)::text AS "paidUsd",
              COALESCE((SELECT sum(al.amount_usd) FROM allocation al WHERE al.contribution_id = c.id), 0)::numeric(16,2)::text AS "allocatedUsd"
         FROM contribution c WHERE c.donor_id = $1 AND c.stage <> 'INTENDED'
        ORDER BY c.contributed_on, c.id`,
      [donorId],
    );
  }

  /** A donor's payments, by date. Reads the funding module's `contribution` and `contribution_payment`. */
  @SqlSnapshot([SqlArg.UUID])
  donorPayments(donorId: string, tx?: EntityManager): Promise<DonorPaymentRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT p.paid_on::text AS "paidOn", c.contributed_on::text AS "contributedOn", c.currency,
              p.amount::text AS amount, p.amount_usd::text AS "amountUsd"
         FROM contribution_payment p JOIN contribution c ON c.id = p.contribution_id
        WHERE c.donor_id = $1 ORDER BY p.paid_on, p.id`,
      [donorId],
    );
  }

  /**
   * The results and indicators of a batch of activities, one row per indicator (a result without indicators has
   * one row with none), in the activities' code order. Reads the results module's `activity_result` and
   * `result_indicator` and the programme's `activity` (a single statement; actuals come from
   * ResultsRepository.actualsOf, which computes those fed by workshop outcomes).
   */
  @SqlSnapshot([[SqlArg.UUID], null], [null, ['B']])
  resultLines(
    activityIds: readonly string[] | null,
    priorityAreaCodes: readonly string[] | null,
    tx?: EntityManager,
  ): Promise<ResultLineRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT a.id AS "activityId", a.code AS "activityCode", a.priority_area_code AS "priorityAreaCode",
              r.result_type AS "resultType", r.title AS "resultTitle", i.id AS "indicatorId",
              i.title AS "indicatorTitle", i.unit, i.baseline::text AS baseline, i.target::text AS target,
              i.target_year AS "targetYear"
         FROM activity_result r JOIN activity a ON a.id = r.activity_id
         LEFT JOIN result_indicator i ON i.result_id = r.id
        WHERE ($1::uuid[] IS NULL OR r.activity_id = ANY ($1::uuid[]))
          AND ($2::text[] IS NULL OR a.priority_area_code = ANY ($2::text[]))
        ORDER BY a.code, r.position, r.created_at, r.id, i.position, i.created_at, i.id`,
      [activityIds, priorityAreaCodes?.length ? priorityAreaCodes : null],
    );
  }

  /** A State's requests (merged duplicates left out), by date received. Reads the requests' `assistance_request`. */
  @SqlSnapshot([SqlArg.STATE])
  stateRequests(iso3: string, tx?: EntityManager): Promise<StateRequestRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT r.received_on::text AS "receivedOn", r.priority_area_code AS "priorityAreaCode", r.kind, r.status,
              (SELECT count(*)::int FROM activity_request ar WHERE ar.request_id = r.id) AS activities
         FROM assistance_request r WHERE r.state_iso3 = $1 AND r.merged_into_id IS NULL
        ORDER BY r.received_on, r.id`,
      [iso3],
    );
  }

  /** The workshops a State took part in, with its participants. Reads the workshops' tables. */
  @SqlSnapshot([SqlArg.STATE])
  stateWorkshops(iso3: string, tx?: EntityManager): Promise<StateWorkshopRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT w.title, w.city, w.starts_on::text AS "startsOn", w.ends_on::text AS "endsOn", w.status,
              p.participants, p.women
         FROM workshop_participant p JOIN workshop w ON w.id = p.workshop_id
        WHERE p.state_iso3 = $1 ORDER BY w.starts_on, w.id`,
      [iso3],
    );
  }

  /** Experts of a State's nationality. Reads the experts' `expert` table. */
  @SqlSnapshot([SqlArg.STATE])
  stateExperts(iso3: string, tx?: EntityManager): Promise<StateExpertRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT e.name, COALESCE(e.organisation, '') AS organisation, array_to_string(e.expertise, ', ') AS expertise
         FROM expert e WHERE e.nationality_iso3 = $1 ORDER BY e.name, e.id`,
      [iso3],
    );
  }

  /**
   * Per priority area: how many activities, and how many in each delivery status. Reads the programme's
   * `activity` (a single-statement aggregate).
   */
  @SqlSnapshot([['B']])
  deliveryByArea(priorityAreaCodes: readonly string[] | null, tx?: EntityManager): Promise<DeliveryByAreaRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT a.priority_area_code AS "priorityAreaCode", count(*)::int AS activities,
              count(*) FILTER (WHERE a.delivery_status = 'PLANNED')::int AS planned,
              count(*) FILTER (WHERE a.delivery_status = 'IN_DELIVERY')::int AS "inDelivery",
              count(*) FILTER (WHERE a.delivery_status = 'COMPLETED')::int AS completed,
              count(*) FILTER (WHERE a.delivery_status = 'CANCELLED')::int AS cancelled
         FROM activity a
        WHERE ($1::text[] IS NULL OR a.priority_area_code = ANY ($1::text[]))
        GROUP BY a.priority_area_code ORDER BY a.priority_area_code`,
      [priorityAreaCodes?.length ? priorityAreaCodes : null],
    );
  }

  /**
   * Per priority area: the needs received (requests, merged duplicates left out), those an activity answers,
   * those fulfilled and those still open. Reads the requests' `assistance_request` and the programme's
   * `activity_request` (a single-statement aggregate).
   */
  @SqlSnapshot([['B'], [2010]])
  needsByArea(
    priorityAreaCodes: readonly string[] | null,
    years: readonly number[] | null,
    tx?: EntityManager,
  ): Promise<NeedsByAreaRow[]> {
    return (tx ?? this.dataSource.manager).query(
      `SELECT r.priority_area_code AS "priorityAreaCode", count(*)::int AS received,
              count(*) FILTER (WHERE EXISTS (SELECT 1 FROM activity_request ar WHERE ar.request_id = r.id))::int AS answered,
              count(*) FILTER (WHERE r.status = 'FULFILLED')::int AS fulfilled,
              count(*) FILTER (WHERE r.status NOT IN ${CLOSED_STATUSES_SQL})::int AS open
         FROM assistance_request r
        WHERE r.merged_into_id IS NULL
          AND ($1::text[] IS NULL OR r.priority_area_code = ANY ($1::text[]))
          AND ($2::int[] IS NULL OR extract(year FROM r.received_on)::int = ANY ($2::int[]))
        GROUP BY r.priority_area_code ORDER BY r.priority_area_code`,
      [priorityAreaCodes?.length ? priorityAreaCodes : null, years?.length ? years : null],
    );
  }
}

export interface DonorContributionRow {
  contributedOn: string;
  stage: string;
  currency: string;
  amount: string;
  amountUsd: string;
  earmarkingCategory: number;
  priorityAreaCode: string;
  paidUsd: string;
  allocatedUsd: string;
}

export interface DonorPaymentRow {
  paidOn: string;
  contributedOn: string;
  currency: string;
  amount: string;
  amountUsd: string;
}

export interface ResultLineRow {
  activityId: string;
  activityCode: string;
  priorityAreaCode: string;
  resultType: string;
  resultTitle: string;
  indicatorId: string | null;
  indicatorTitle: string | null;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  targetYear: number | null;
}

export interface StateRequestRow {
  receivedOn: string;
  priorityAreaCode: string;
  kind: string;
  status: string;
  activities: number;
}

export interface StateWorkshopRow {
  title: string;
  city: string;
  startsOn: string;
  endsOn: string;
  status: string;
  participants: number | null;
  women: number | null;
}

export interface StateExpertRow {
  name: string;
  organisation: string;
  expertise: string;
}

export interface DeliveryByAreaRow {
  priorityAreaCode: string;
  activities: number;
  planned: number;
  inDelivery: number;
  completed: number;
  cancelled: number;
}

export interface NeedsByAreaRow {
  priorityAreaCode: string;
  received: number;
  answered: number;
  fulfilled: number;
  open: number;
}
