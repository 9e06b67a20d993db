import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../infra/auth/actor.js';
import { FundingService } from '../../funding/funding.service.js';
import { FundingDimension } from '../../funding/models/funding.model.js';
import { ProgrammeService } from '../../programme/programme.service.js';
import { RequestsService } from '../../requests/requests.service.js';
import { ReportKind } from '../models/report.model.js';
import { REPORTS_QUEUE } from '../reports.service.js';

export interface GenerateReportPayload {
  reportId: string;
}

/** Makes a report's CSV, telling its progress as it goes; a failure is kept on the report with its reason. */
@Processor(REPORTS_QUEUE)
export class GenerateReportJob extends WorkerHost {
  private readonly logger = new Logger('Reports');

  constructor(
    private readonly dataSource: DataSource,
    private readonly funding: FundingService,
    private readonly programme: ProgrammeService,
    private readonly requests: RequestsService,
  ) {
    super();
  }

  async process(job: Job<GenerateReportPayload>): Promise<{ rows: number }> {
    const { reportId } = job.data;
    const [report] = await this.dataSource.query(
      `SELECT r.kind, r.requested_role, u.id AS user_id, u.email, u.field_office_code, u.donor_id
         FROM report r JOIN app_user u ON u.id = r.requested_by WHERE r.id = $1`,
      [reportId],
    );
    if (!report) return { rows: 0 };
    const actor: Actor = {
      userId: report.user_id,
      label: report.email,
      role: report.requested_role,
      fieldOfficeCode: report.field_office_code,
      donorId: report.donor_id,
      requestId: null,
    };
    const progress = async (percent: number) => {
      await this.dataSource.query(`UPDATE report SET status = 'RUNNING', progress = $2 WHERE id = $1`, [reportId, percent]);
      await job.updateProgress(percent);
    };
    try {
      await progress(1);
      const { rows, csv, fileName } =
        report.kind === ReportKind.FUNDING_GAPS ? await this.fundingGaps(actor, progress) : await this.requestList(actor, progress);
      await this.dataSource.query(
        `UPDATE report SET status = 'DONE', progress = 100, rows = $2, file_name = $3, content_type = 'text/csv; charset=utf-8',
                           content = $4, finished_at = now(), error = NULL WHERE id = $1`,
        [reportId, rows, fileName, Buffer.from(csv, 'utf8')],
      );
      return { rows };
    } catch (error) {
      this.logger.error(`Report ${reportId} failed: ${error instanceof Error ? error.message : String(error)}`);
      await this.dataSource.query(
        `UPDATE report SET status = 'FAILED', error = $2, finished_at = now() WHERE id = $1`,
        [reportId, 'The report could not be made; ask again, and if it fails again tell the secretariat.'],
      );
      throw error;
    }
  }

  private async fundingGaps(actor: Actor, progress: (p: number) => Promise<void>) {
    const gaps = await this.funding.gaps([FundingDimension.ACTIVITY, FundingDimension.YEAR], {}, actor);
    await progress(40);
    const activities = new Map((await this.programme.byIds([...new Set(gaps.map((g) => g.activityId!))])).map((a) => [a.id, a]));
    await progress(70);
    const lines = gaps.map((g) => {
      const a = activities.get(g.activityId!);
      return [a?.code, a?.title, a?.priorityAreaCode, g.year, g.cost, g.pledged, g.committed, g.paid, g.gap];
    });
    const csv = stringify([['activity', 'title', 'priority_area', 'year', 'cost_usd', 'pledged_usd', 'committed_usd', 'paid_usd', 'gap_usd'], ...lines]);
    return { rows: lines.length, csv, fileName: 'funding-gaps.csv' };
  }

  private async requestList(actor: Actor, progress: (p: number) => Promise<void>) {
    const lines: unknown[][] = [];
    let after: string | null = null;
    const seeDescriptions = actor.role === 'ADMIN' || actor.role === 'SECRETARIAT';
    do {
      const page = await this.requests.list({}, undefined, 200, after);
      for (const r of page.nodes) {
        lines.push([
          r.stateIso3,
          r.priorityAreaCode,
          r.kind,
          r.topics.join(' '),
          r.status,
          r.receivedOn,
          r.channel,
          r.sourceParagraph ?? '',
          r.confidential && !seeDescriptions ? '(confidential)' : r.description,
        ]);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      await progress(Math.min(95, Math.round((lines.length / Math.max(page.totalCount, 1)) * 95)));
    } while (after);
    const csv = stringify([['state', 'priority_area', 'kind', 'topics', 'status', 'received_on', 'channel', 'source_paragraph', 'description'], ...lines]);
    return { rows: lines.length, csv, fileName: 'assistance-requests.csv' };
  }
}
