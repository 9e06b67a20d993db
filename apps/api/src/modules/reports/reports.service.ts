import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { enqueue } from '../../infra/queue/enqueue.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { REPORTS_QUEUE, type GenerateReportPayload } from './jobs/generate-report.job.js';
import { ReportKind, type ReportModel } from './models/report.model.js';
import { ReportsRepository, type ReportRow } from './reports.repository.js';

export { REPORTS_QUEUE };

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
    private readonly repository: ReportsRepository,
    @InjectQueue(REPORTS_QUEUE) private readonly queue: Queue<GenerateReportPayload>,
  ) {}

  async request(kind: ReportKind, policy: AccessPolicy): Promise<ReportModel> {
    const actor = policy.actorOrFail;
    if (kind === ReportKind.ASSISTANCE_REQUESTS && !policy.can('reports.requests')) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Donors see the needs as counts; the report of requests is not for donors.',
        'kind',
        {
          reason: 'REPORT_NOT_ALLOWED',
          kind,
        },
      );
    }
    const row = await this.repository.insert(
      kind,
      kind === ReportKind.IATI_ACTIVITIES ? 'XML' : 'CSV',
      actor.userId,
      actor.role,
    );
    try {
      await enqueue(
        this.queue,
        'generate',
        { id: row.id },
        { jobId: row.id, attempts: 2, removeOnComplete: 1000, removeOnFail: 1000 },
      );
    } catch (error) {
      await this.repository.fail(row.id, 'The report could not be queued; ask again in a moment.');
      throw error;
    }
    return toReportModel(row);
  }

  /** A report is its requester's (administrators see all). */
  async get(id: string, policy: AccessPolicy): Promise<ReportModel | null> {
    const row = await this.repository.findById(id);
    if (!row || !policy.maySeeJob(row.requested_by, 'report')) return null;
    return toReportModel(row);
  }

  async mine(policy: AccessPolicy): Promise<ReportModel[]> {
    return (await this.repository.latestOf(policy.actorOrFail.userId)).map(toReportModel);
  }

  /** A finished report's file, for its requester (administrators: anyone's). */
  async file(
    id: string,
    policy: AccessPolicy,
  ): Promise<{ fileName: string; contentType: string; content: Buffer } | null> {
    const row = await this.repository.finishedFile(id);
    // A report holds what its requester could see when asking: theirs only while their role is the same.
    if (!row || !policy.mayTakeJobResult(row.requested_by, row.requested_role, 'report')) return null;
    return { fileName: row.file_name, contentType: row.content_type, content: row.content };
  }
}
