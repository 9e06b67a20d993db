import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable } from '@nestjs/common';
import { sameReport, yearsOutsidePlan } from '@ta/domain';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { createOnce, idempotencyClaim, releaseIdempotencyKey } from '../../infra/database/idempotency.js';
import { enqueue } from '../../infra/queue/enqueue.js';
import { badInput, notFound } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { DonorsService } from '../donors/donors.service.js';
import { Language } from '../reference/models/language.model.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { ReportFilter, ReportOptions, ReportOptionsInput } from './dto/report-options.input.js';
import { REPORTS_QUEUE, type GenerateReportPayload } from './jobs/generate-report.job.js';
import { REPORT_FORMATS, ReportFormat, ReportKind, type ReportModel } from './models/report.model.js';
import { ReportsRepository, type ReportRow } from './reports.repository.js';
import { compareFigures, type FigureChange } from './exports/report-compare.types.js';

export { REPORTS_QUEUE };

/** The older `options` argument and the contract's `filter`, one set of options (the filter wins where both say). */
function mergeFilter(
  options: ReportOptionsInput,
  filter: ReportFilter | null | undefined,
): ReportOptionsInput & { stateIso3?: string } {
  if (!filter) return options;
  return {
    ...options,
    ...(filter.years?.length ? { years: filter.years } : {}),
    ...(filter.priorityAreaCode ? { priorityAreaCodes: [filter.priorityAreaCode] } : {}),
    ...(filter.donorId ? { donorId: filter.donorId } : {}),
    ...(filter.stateIso3 ? { stateIso3: filter.stateIso3 } : {}),
  };
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
    asAt: r.as_at,
    options: {
      years: r.options?.years ?? null,
      priorityAreaCodes: r.options?.priorityAreaCodes ?? null,
      phases: r.options?.phases ?? null,
      donorId: r.options?.donorId ?? null,
      stateIso3: r.options?.stateIso3 ?? null,
      language: r.options?.language ?? Language.EN,
    },
  };
}

/** Reports run as jobs: asking answers at once with a report to poll; a worker makes the file. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReportsRepository,
    private readonly reference: ReferenceService,
    private readonly donors: DonorsService,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectQueue(REPORTS_QUEUE) private readonly queue: Queue<GenerateReportPayload>,
  ) {}

  /**
   * Asks for a report; with an idempotency key, the same request sent again answers the report first asked for.
   * Options are checked before anything is queued: years of the programme only (the rule kernel), priority areas
   * and a donor that exist and that the requester may see.
   */
  async request(
    kind: ReportKind,
    policy: AccessPolicy,
    input: ReportOptionsInput = {},
    idempotencyKey?: string | null,
    format?: ReportFormat | null,
    filter?: ReportFilter | null,
  ): Promise<ReportModel> {
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
    const formats = REPORT_FORMATS[kind];
    const made = format ?? formats[0]!;
    if (!formats.includes(made)) {
      throw new DomainError(
        ErrorCode.BAD_USER_INPUT,
        `The ${kind} report is not made in ${made}; choose ${formats.join(' or ')}.`,
        'format',
        { reason: 'REPORT_FORMAT_UNAVAILABLE', kind, format: made, formats: formats.join(', ') },
      );
    }
    const asked = this.checkSubject(kind, mergeFilter(input, filter), policy);
    const options = await this.checkOptions(asked, policy);
    const claim = idempotencyClaim(
      actor,
      'requestReport',
      made === formats[0] ? { kind, options } : { kind, format: made, options },
      idempotencyKey,
    );
    const row = await createOnce(
      this.dataSource,
      claim,
      (tx) => this.repository.insert(kind, made, actor.userId, actor.role, options, tx),
      (created) => created.id,
      (id) => this.repository.findById(id),
    );
    // A replay whose report is under way or made is answered as it stands; the queue ignores a job id it holds.
    if (row.status !== 'QUEUED') return toReportModel(row);
    try {
      await enqueue(
        this.queue,
        'generate',
        { id: row.id },
        { jobId: row.id, attempts: 2, removeOnComplete: 1000, removeOnFail: 1000 },
      );
    } catch (error) {
      await releaseIdempotencyKey(this.dataSource, claim);
      await this.repository.fail(row.id, 'The report could not be queued; ask again in a moment.');
      throw error;
    }
    return toReportModel(row);
  }

  /** The options as kept with the report, or a refusal naming the option at fault. */
  private async checkOptions(
    input: ReportOptionsInput & { stateIso3?: string },
    policy: AccessPolicy,
  ): Promise<ReportOptions> {
    const options: ReportOptions = { language: input.language ?? Language.EN };
    if (input.years?.length) {
      const outside = yearsOutsidePlan(input.years, this.config.PLAN_YEARS);
      if (outside.length) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `${outside.join(', ')} ${outside.length > 1 ? 'are not years' : 'is not a year'} of the programme (${this.config.PLAN_YEARS.join(', ')}).`,
          'years',
          { reason: 'YEAR_OUTSIDE_PLAN', years: outside.join(', '), planYears: this.config.PLAN_YEARS.join(', ') },
        );
      }
      options.years = [...new Set(input.years)].sort();
    }
    if (input.priorityAreaCodes?.length) {
      const codes = [...new Set(input.priorityAreaCodes)];
      const known = new Set((await this.reference.priorityAreasByCode(codes)).map((a) => a.code));
      const unknown = codes.filter((c) => !known.has(c));
      if (unknown.length) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `There is no priority area ${unknown.join(', ')}; choose among the programme's priority areas.`,
          'priorityAreaCodes',
          { reason: 'UNKNOWN_REFERENCE', priorityAreaCodes: unknown.join(', ') },
        );
      }
      options.priorityAreaCodes = codes.sort();
    }
    if (input.phases?.length) options.phases = [...new Set(input.phases)].sort();
    if (input.stateIso3) {
      const iso3 = input.stateIso3.trim().toUpperCase();
      const [state] = (await this.reference.states()).filter((s) => s.iso3 === iso3);
      if (!state) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `There is no State ${iso3}; choose one from the list.`,
          'stateIso3',
          { reason: 'UNKNOWN_REFERENCE', stateIso3: iso3 },
        );
      }
      options.stateIso3 = iso3;
    }
    if (input.donorId) {
      // A donor the requester may not see is as unknown as one that does not exist.
      const [donor] = await this.donors.findByIds([input.donorId]);
      if (!donor || !policy.maySeeDonorMoney(donor.id)) {
        throw new DomainError(
          ErrorCode.BAD_USER_INPUT,
          `There is no donor with id ${input.donorId} that you may report on; choose one from the list.`,
          'donorId',
          { reason: 'UNKNOWN_REFERENCE', donorId: input.donorId },
        );
      }
      options.donorId = donor.id;
    }
    return options;
  }

  /**
   * Whom the report is about. A donor statement is of one donor: a donor's own by default, and only one the
   * requester may read the terms of — another donor's is refused the same whether that donor exists or not. A State
   * profile is of a State that exists.
   */
  private checkSubject(
    kind: ReportKind,
    asked: ReportOptionsInput & { stateIso3?: string },
    policy: AccessPolicy,
  ): ReportOptionsInput & { stateIso3?: string } {
    if (kind === ReportKind.DONOR_STATEMENT) {
      const donorId = asked.donorId ?? policy.ownDonorId;
      if (!donorId) throw badInput('A donor statement is of one donor: choose the donor.', 'donorId');
      if (!policy.mayReadDonorStatement(donorId)) {
        throw new DomainError(ErrorCode.FORBIDDEN, 'A donor may ask for its own statement only.', 'donorId', {
          reason: 'REPORT_NOT_ALLOWED',
          kind,
        });
      }
      return { ...asked, donorId };
    }
    if (kind === ReportKind.STATE_PROFILE && !asked.stateIso3) {
      throw badInput('A State profile is of one State: choose the State.', 'stateIso3');
    }
    return asked;
  }

  /** A report is its requester's (administrators see all). */
  async get(id: string, policy: AccessPolicy): Promise<ReportModel | null> {
    const row = await this.repository.findById(id);
    if (!row || !policy.maySeeJob(row.requested_by, 'report')) return null;
    return toReportModel(row);
  }

  /**
   * What changed between two snapshots of the same kind of report, both the requester's to see: each figure of
   * cost, money, counts and results that differs (`a` before, `b` after). Reports made as CSV or XML keep no figures.
   */
  async compare(a: string, b: string, policy: AccessPolicy): Promise<FigureChange[]> {
    const rows = await this.repository.toCompare([a, b]);
    const first = rows.get(a);
    const second = rows.get(b);
    if (!first || !policy.maySeeJob(first.requested_by, 'report')) throw notFound('report', a, 'a');
    if (!second || !policy.maySeeJob(second.requested_by, 'report')) throw notFound('report', b, 'b');
    if (!sameReport(first, second)) {
      throw badInput(
        `A report compares only with another snapshot of the same report: a ${first.kind} asked with the same options and language.`,
        'b',
      );
    }
    // A report's figures are what its requester could see when asking: theirs only while their role is the same
    // (as its file).
    if (!policy.mayTakeJobResult(first.requested_by, first.requested_role, 'report')) throw notFound('report', a, 'a');
    if (!policy.mayTakeJobResult(second.requested_by, second.requested_role, 'report'))
      throw notFound('report', b, 'b');
    if (!first.figures || !second.figures) {
      throw badInput(
        'Only XLSX and PDF reports keep the figures they were made from; ask for one of those.',
        first.figures ? 'b' : 'a',
      );
    }
    return compareFigures(first.figures, second.figures);
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
