import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AccessPolicy } from '../access/access.policy.js';
import { isUuid } from '../../infra/database/ids.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { GenerateReportPayload } from './jobs/generate-report.job.js';
import { ReportKind, type ReportModel } from './models/report.model.js';

export const REPORTS_QUEUE = 'reports';

interface ReportRow {
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
}

export function toReportModel(r: ReportRow): ReportModel {
  return {
    id: r.id,
    kind: r.kind,
    format: r.format,
    status: r.status,
    progress: r.progress,
    rows: r.rows,
    fileName: r.file_name,
    downloadUrl: r.status === 'DONE' ? `/api/reports/${r.id}/download` : null,
    error: r.error,
    createdAt: r.created_at,
    finishedAt: r.finished_at,
  };
}

/** Reports run as jobs: asking answers at once with a report to poll; a worker makes the file. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(REPORTS_QUEUE) private readonly queue: Queue<GenerateReportPayload>,
  ) {}

  async request(kind: ReportKind, policy: AccessPolicy): Promise<ReportModel> {
    const actor = policy.actorOrFail;
    if (kind === ReportKind.ASSISTANCE_REQUESTS && !policy.can('reports.requests')) {
      throw new DomainError(ErrorCode.FORBIDDEN, 'Donors see the needs as counts; the report of requests is not for donors.', 'kind', {
        reason: 'REPORT_NOT_ALLOWED',
        kind,
      });
    }
    const [row] = await this.dataSource.query(
      `INSERT INTO report (kind, format, status, requested_by, requested_role) VALUES ($1, $2, 'QUEUED', $3, $4) RETURNING *`,
      [kind, kind === ReportKind.IATI_ACTIVITIES ? 'XML' : 'CSV', actor.userId, actor.role],
    );
    try {
      await this.queue.add('generate', { reportId: row.id }, { jobId: row.id, attempts: 2, removeOnComplete: 1000, removeOnFail: 1000 });
    } catch (error) {
      await this.dataSource.query(
        `UPDATE report SET status = 'FAILED', error = 'The report could not be queued; ask again in a moment.', finished_at = now() WHERE id = $1`,
        [row.id],
      );
      throw error;
    }
    return toReportModel(row);
  }

  /** A report is its requester's (administrators see all). */
  async get(id: string, policy: AccessPolicy): Promise<ReportModel | null> {
    const row = await this.row(id);
    if (!row) return null;
    if (!policy.maySeeJob(row.requested_by, 'report')) return null;
    return toReportModel(row);
  }

  async mine(policy: AccessPolicy): Promise<ReportModel[]> {
    const actor = policy.actorOrFail;
    const rows: ReportRow[] = await this.dataSource.query(
      `SELECT id, kind, format, status, progress, rows, file_name, error, requested_by, created_at, finished_at
         FROM report WHERE requested_by = $1 ORDER BY created_at DESC LIMIT 20`,
      [actor.userId],
    );
    return rows.map(toReportModel);
  }

  async file(id: string, policy: AccessPolicy): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query(
      `SELECT file_name, content_type, content, requested_by, requested_role FROM report WHERE id = $1 AND status = 'DONE'`,
      [id],
    );
    // A report holds what its requester could see when asking: theirs only, and only while their role is the same.
    if (!row) return null;
    if (!policy.maySeeJob(row.requested_by, 'report')) return null;
    const othersToo = policy.maySeeJob(null, 'report');
    if (!othersToo && row.requested_role !== policy.actor?.role) return null;
    return { fileName: row.file_name, contentType: row.content_type, content: row.content };
  }

  private async row(id: string): Promise<ReportRow | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query(
      `SELECT id, kind, format, status, progress, rows, file_name, error, requested_by, created_at, finished_at FROM report WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }
}
