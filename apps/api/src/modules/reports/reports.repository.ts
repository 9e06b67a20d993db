import { Injectable } from '@nestjs/common';
import type { Role } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import type { JobStatusStore } from '../../infra/queue/tracked-job.js';
import type { ReportOptions } from './dto/report-options.input.js';
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
  options: ReportOptions;
  requestedBy: string;
  roleAtRequest: Role;
}

/** A made report, for `done`. */
export interface ReportFile {
  rows: number;
  fileName: string;
  contentType: string;
  content: Buffer;
}

const COLUMNS =
  'id, kind, format, status, progress, rows, file_name, error, requested_by, created_at, finished_at, options';

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
    const [row]: Array<{ kind: ReportKind; requested_by: string; requested_role: Role; options: ReportOptions }> =
      await this.dataSource.query(`SELECT kind, requested_by, requested_role, options FROM report WHERE id = $1`, [id]);
    return row
      ? { kind: row.kind, options: row.options, requestedBy: row.requested_by, roleAtRequest: row.requested_role }
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
}
