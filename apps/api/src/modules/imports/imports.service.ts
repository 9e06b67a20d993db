import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import type { AccessPolicy } from '../access/access.policy.js';
import { enqueue } from '../../infra/queue/enqueue.js';
import { badInput } from '../../infra/errors/common-errors.js';
import { ImportsRepository } from './imports.repository.js';
import { IMPORTS_QUEUE, type ImportRequestsPayload } from './jobs/import-requests.job.js';
import type { RequestImportModel } from './models/request-import.model.js';

export { IMPORTS_QUEUE };
export const MAX_IMPORT_ROWS = 2000;

/** Starting an import answers at once; a worker logs the rows and keeps each refusal with its line. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly repository: ImportsRepository,
    @InjectQueue(IMPORTS_QUEUE) private readonly queue: Queue<ImportRequestsPayload>,
  ) {}

  async start(fileName: string, csv: string, policy: AccessPolicy): Promise<RequestImportModel> {
    const actor = policy.actorOrFail;
    if (!/\.csv$/i.test(fileName.trim()))
      throw badInput('Send the spreadsheet saved as CSV (a .csv file).', 'fileName');
    if (!csv.trim()) throw badInput('The file is empty.', 'csv');
    const lines = csv.split(/\r?\n/).filter((l) => l.trim()).length - 1;
    if (lines > MAX_IMPORT_ROWS)
      throw badInput(`A file can hold at most ${MAX_IMPORT_ROWS} requests; this one has ${lines}. Split it.`, 'csv');
    const id = await this.repository.insert(fileName.trim().slice(0, 200), csv, actor.userId);
    try {
      await enqueue(
        this.queue,
        'import',
        { id },
        { jobId: id, attempts: 1, removeOnComplete: 1000, removeOnFail: 1000 },
      );
    } catch (error) {
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
      failure: row.failure,
      createdAt: row.created_at,
      finishedAt: row.finished_at,
    };
  }
}
