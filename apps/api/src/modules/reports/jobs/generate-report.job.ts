import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Inject, Logger } from '@nestjs/common';
import type { Job } from 'bullmq';
import { stringify } from 'csv-stringify/sync';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../../infra/config/app-config.js';
import { iatiActivitiesXml } from '../iati/iati-activities.js';
import { FundingService } from '../../funding/funding.service.js';
import { FundingDimension } from '../../funding/models/funding.model.js';
import { ProgrammeService } from '../../programme/programme.service.js';
import { AccessPolicies } from '../../access/access-policies.service.js';
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
    private readonly policies: AccessPolicies,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
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
      const { rows, csv, fileName, contentType } =
        report.kind === ReportKind.FUNDING_GAPS
          ? await this.fundingGaps(actor, progress)
          : report.kind === ReportKind.IATI_ACTIVITIES
            ? await this.iati(progress)
            : await this.requestList(actor, progress);
      await this.dataSource.query(
        `UPDATE report SET status = 'DONE', progress = 100, rows = $2, file_name = $3, content_type = $5,
                           content = $4, finished_at = now(), error = NULL WHERE id = $1`,
        [reportId, rows, fileName, Buffer.from(csv, 'utf8'), contentType ?? 'text/csv; charset=utf-8'],
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
    return { rows: lines.length, csv, fileName: 'funding-gaps.csv', contentType: undefined as string | undefined };
  }

  /** The programme as IATI 2.03 activities: public data, so donors not named publicly stay unnamed. */
  private async iati(progress: (p: number) => Promise<void>) {
    const activities: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT a.id, a.code, a.title, a.description, a.status, a.priority_area_code, p.title_en AS area_title, a.starts_on, a.ends_on,
              a.beneficiary_states, a.partners, a.updated_at
         FROM activity a JOIN priority_area p ON p.code = a.priority_area_code ORDER BY a.code`,
    );
    await progress(30);
    const budgets: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT activity_id, year, basis, sum(amount)::numeric(16,2)::text AS amount, max(rate_date)::text AS rate_date
         FROM cost_line GROUP BY activity_id, year, basis ORDER BY activity_id, basis, year`,
    );
    await progress(60);
    const transactions: Array<Record<string, any>> = await this.dataSource.query(
      `SELECT al.activity_id, c.stage, sum(al.amount_usd)::numeric(16,2)::text AS amount, c.contributed_on::text AS date,
              c.rate_date::text AS rate_date, CASE WHEN d.named_publicly THEN d.name END AS donor_name, c.earmarking_category
         FROM allocation al JOIN contribution c ON c.id = al.contribution_id JOIN donor d ON d.id = c.donor_id
        GROUP BY al.activity_id, c.id, c.stage, c.contributed_on, c.rate_date, d.named_publicly, d.name, c.earmarking_category
        ORDER BY al.activity_id, c.contributed_on`,
    );
    await progress(80);
    const xml = iatiActivitiesXml(
      { ref: this.config.IATI_ORG_REF, name: 'United Nations Office on Drugs and Crime' },
      activities.map((a) => ({
        code: a.code,
        title: a.title,
        description: a.description,
        status: a.status,
        priorityAreaCode: a.priority_area_code,
        priorityAreaTitle: a.area_title,
        startsOn: a.starts_on,
        endsOn: a.ends_on,
        beneficiaryStates: a.beneficiary_states,
        partners: a.partners,
        updatedAt: a.updated_at,
        budgets: budgets.filter((b) => b.activity_id === a.id).map((b) => ({ year: b.year, basis: b.basis, amount: b.amount, rateDate: b.rate_date })),
        transactions: transactions
          .filter((t) => t.activity_id === a.id)
          .map((t) => ({ stage: t.stage, amount: t.amount, date: t.date, rateDate: t.rate_date, donorName: t.donor_name, earmarkingCategory: t.earmarking_category })),
      })),
      new Date(),
    );
    return { rows: activities.length, csv: xml, fileName: 'iati-activities.xml', contentType: 'application/xml; charset=utf-8' };
  }

  private async requestList(actor: Actor, progress: (p: number) => Promise<void>) {
    const lines: unknown[][] = [];
    let after: string | null = null;
    const policy = this.policies.forActor(actor);
    do {
      const page = await this.requests.list(policy, {}, undefined, 200, after);
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
          (await policy.mayReadRequestText(r)) ? r.description : '(confidential)',
        ]);
      }
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
      await progress(Math.min(95, Math.round((lines.length / Math.max(page.totalCount, 1)) * 95)));
    } while (after);
    const csv = stringify([['state', 'priority_area', 'kind', 'topics', 'status', 'received_on', 'channel', 'source_paragraph', 'description'], ...lines]);
    return { rows: lines.length, csv, fileName: 'assistance-requests.csv', contentType: undefined as string | undefined };
  }
}
