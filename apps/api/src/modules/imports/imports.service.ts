import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import type { AccessPolicy } from '../access/access.policy.js';
import { createOnce, idempotencyClaim, releaseIdempotencyKey } from '../../infra/database/idempotency.js';
import { enqueue } from '../../infra/queue/enqueue.js';
import { badInput } from '../../infra/errors/common-errors.js';
import { csvContent, type ExportColumn } from '../reports/exports/export.types.js';
import { ImportsRepository } from './imports.repository.js';
import { describeProblems, ERRORS_COLUMN } from './rules/request-row.js';
import { IMPORTS_QUEUE, type ImportRequestsPayload } from './jobs/import-requests.job.js';
import type { RequestImportModel } from './models/request-import.model.js';

export { IMPORTS_QUEUE };
export const MAX_IMPORT_ROWS = 2000;

/** Starting an import answers at once; a worker logs the rows and keeps each refusal with its line. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    @InjectQueue(IMPORTS_QUEUE) private readonly queue: Queue<ImportRequestsPayload>,
  ) {}

  /** Starts an import; with an idempotency key, the same file sent again answers the import first started. */
  async start(
    fileName: string,
    csv: string,
    policy: AccessPolicy,
    idempotencyKey?: string | null,
  ): Promise<RequestImportModel> {
    const actor = policy.actorOrFail;
    if (!/\.csv$/i.test(fileName.trim()))
      throw badInput('Send the spreadsheet saved as CSV (a .csv file).', 'fileName');
    if (!csv.trim()) throw badInput('The file is empty.', 'csv');
    const lines = csv.split(/\r?\n/).filter((l) => l.trim()).length - 1;
    if (lines > MAX_IMPORT_ROWS)
      throw badInput(`A file can hold at most ${MAX_IMPORT_ROWS} requests; this one has ${lines}. Split it.`, 'csv');
    const claim = idempotencyClaim(actor, 'importAssistanceRequests', { fileName, csv }, idempotencyKey);
    const id = await createOnce(
      this.dataSource,
      claim,
      (tx) => this.repository.insert(fileName.trim().slice(0, 200), csv, actor.userId, tx),
      (created) => created,
      async (first) => first,
    );
    if ((await this.repository.findById(id))?.status !== 'QUEUED') return (await this.get(id, policy))!;
    try {
      await enqueue(
        this.queue,
        'import',
        { id },
        { jobId: id, attempts: 1, removeOnComplete: 1000, removeOnFail: 1000 },
      );
    } catch (error) {
      await releaseIdempotencyKey(this.dataSource, claim);
      await this.repository.fail(id, 'The import could not be queued; try again in a moment.');
      throw error;
    }
    return (await this.get(id, policy))!;
  }

  /** An import is its requester's; the secretariat and administrators see all. */
  async get(id: string, policy: AccessPolicy): Promise<RequestImportModel | null> {
    const row = await this.repository.findById(id);
    if (!row || !policy.maySeeJob(row.requested_by, 'import')) return null;
    const errors = await this.repository.errorsOf(id);
    return {
      id: row.id,
      fileName: row.file_name,
      status: row.status,
      progress: row.progress,
      totalRows: row.total_rows,
      importedRows: row.imported_rows,
      errors,
      refusedRowsUrl: errors.length ? `/api/imports/${row.id}/refused-rows` : null,
      failure: row.failure,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }

  /**
   * The rows an import refused, as the person wrote them (the file's own header and columns) with an "errors"
   * column saying every problem of each: a CSV with a byte order mark, to fix in a spreadsheet and import again.
   * Null when the import is not the reader's or refused nothing.
   */
  async refusedRows(id: string, policy: AccessPolicy): Promise<{ fileName: string; content: Buffer } | null> {
    const file = await this.repository.fileOf(id);
    if (!file || !policy.maySeeJob(file.requested_by, 'import')) return null;
    const errors = new Map((await this.repository.errorsOf(id)).map((e) => [e.line, e.problems]));
    if (!errors.size) return null;
    // Read as the import read it (empty lines skipped), so the n-th record is line n + 1 of the import's count.
    const records: string[][] = parse(file.content, { bom: true, skip_empty_lines: true, relax_column_count: true });
    const [header = [], ...rows] = records;
    const columns: ExportColumn<{ cells: string[]; errors: string }>[] = [
      ...header.map((name, i) => ({ header: name, value: (r: { cells: string[] }) => r.cells[i] ?? '' })),
      { header: ERRORS_COLUMN, value: (r) => r.errors },
    ];
    const refused = rows.flatMap((cells, index) => {
      const problems = errors.get(index + 2);
      return problems ? [{ cells, errors: describeProblems(problems) }] : [];
    });
    return {
      fileName: `${file.file_name.replace(/\.csv$/i, '').replace(/[^\w.-]+/g, '_')}-refused.csv`,
      content: csvContent(columns, refused),
    };
  }
}
