import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import type { AccessPolicy } from '../access/access.policy.js';
import { isUuid } from '../../infra/database/ids.js';
import { badInput } from '../../infra/errors/common-errors.js';
import type { RequestImportModel } from './models/request-import.model.js';

export const IMPORTS_QUEUE = 'imports';
export const MAX_IMPORT_ROWS = 2000;

export interface ImportRequestsPayload {
  importId: string;
}

/** Starting an import answers at once; a worker logs the rows and keeps each refusal with its line. */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    @InjectQueue(IMPORTS_QUEUE) private readonly queue: Queue<ImportRequestsPayload>,
  ) {}

  async start(fileName: string, csv: string, policy: AccessPolicy): Promise<RequestImportModel> {
    const actor = policy.actorOrFail;
    if (!/\.csv$/i.test(fileName.trim())) throw badInput('Send the spreadsheet saved as CSV (a .csv file).', 'fileName');
    if (!csv.trim()) throw badInput('The file is empty.', 'csv');
    const lines = csv.split(/\r?\n/).filter((l) => l.trim()).length - 1;
    if (lines > MAX_IMPORT_ROWS) throw badInput(`A file can hold at most ${MAX_IMPORT_ROWS} requests; this one has ${lines}. Split it.`, 'csv');
    const [row] = await this.dataSource.query(
      `INSERT INTO request_import (file_name, content, status, requested_by) VALUES ($1, $2, 'QUEUED', $3) RETURNING id`,
      [fileName.trim().slice(0, 200), csv, actor.userId],
    );
    try {
      await this.queue.add('import', { importId: row.id }, { jobId: row.id, attempts: 1, removeOnComplete: 1000, removeOnFail: 1000 });
    } catch (error) {
      await this.dataSource.query(`UPDATE request_import SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`, [
        row.id,
        'The import could not be queued; try again in a moment.',
      ]);
      throw error;
    }
    return (await this.get(row.id, policy))!;
  }

  /** An import is its requester's; the secretariat and administrators see all. */
  async get(id: string, policy: AccessPolicy): Promise<RequestImportModel | null> {
    if (!isUuid(id)) return null;
    const [row] = await this.dataSource.query(
      `SELECT id, file_name, status, progress, total_rows, imported_rows, failure, requested_by, created_at, finished_at
         FROM request_import WHERE id = $1`,
      [id],
    );
    if (!row) return null;
    if (!policy.maySeeJob(row.requested_by, 'import')) return null;
    const errors: Array<{ line: number; field: string | null; message: string }> = await this.dataSource.query(
      `SELECT line, field, message FROM request_import_row WHERE import_id = $1 AND request_id IS NULL ORDER BY line`,
      [id],
    );
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
