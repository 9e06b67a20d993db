import { Processor, WorkerHost } from '@nestjs/bullmq';
import type { Job } from 'bullmq';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import { DataSource } from 'typeorm';
import type { Actor } from '../../../infra/auth/actor.js';
import { DomainError } from '../../../infra/errors/domain-error.js';
import { isCalendarDate } from '../../../infra/graphql/scalars.js';
import { LogAssistanceRequestInput } from '../../requests/dto/log-assistance-request.input.js';
import { RequestsService } from '../../requests/requests.service.js';
import { IMPORTS_QUEUE, type ImportRequestsPayload } from '../imports.service.js';
import { missingColumns, normaliseHeader, rowToInput } from '../rules/request-row.js';

/** The file's column for each input field, so a refusal names what the person wrote. */
const COLUMN_OF: Record<string, string> = {
  stateIso3: 'state',
  priorityAreaCode: 'priority_area',
  receivedOn: 'received_on',
  fieldOfficeCode: 'field_office',
};

/**
 * Imports a CSV of requests row by row. Each row goes through the same validation and service as a request
 * typed into the form, in a transaction of its own: a good row is logged whole, a bad one not at all and
 * kept with its line and reason. Progress is written as it goes.
 */
@Processor(IMPORTS_QUEUE)
export class ImportRequestsJob extends WorkerHost {
  constructor(
    private readonly dataSource: DataSource,
    private readonly requests: RequestsService,
  ) {
    super();
  }

  async process(job: Job<ImportRequestsPayload>): Promise<{ imported: number }> {
    const { importId } = job.data;
    const [imp] = await this.dataSource.query(
      `SELECT i.content, i.status, u.id AS user_id, u.email, u.role, u.field_office_code, u.donor_id
         FROM request_import i JOIN app_user u ON u.id = i.requested_by WHERE i.id = $1`,
      [importId],
    );
    if (!imp || imp.status === 'DONE') return { imported: 0 };
    const actor: Actor = {
      userId: imp.user_id,
      label: imp.email,
      role: imp.role,
      fieldOfficeCode: imp.field_office_code,
      donorId: imp.donor_id,
      requestId: `import:${importId}`,
    };
    let rows: Array<Record<string, string>>;
    try {
      rows = parse(imp.content, { columns: (h: string[]) => h.map(normaliseHeader), bom: true, skip_empty_lines: true, trim: true, relax_column_count: true });
    } catch (error) {
      return this.fail(importId, `The file is not readable CSV (${error instanceof Error ? error.message : 'unknown problem'}).`);
    }
    const missing = missingColumns(Object.keys(rows[0] ?? {}));
    if (rows.length === 0) return this.fail(importId, 'The file has a header but no rows.');
    if (missing.length) return this.fail(importId, `The first row must name the columns; missing: ${missing.join(', ')}.`);

    await this.dataSource.query(`UPDATE request_import SET status = 'RUNNING', total_rows = $2 WHERE id = $1`, [importId, rows.length]);
    const states: Array<{ iso3: string; name_en: string; name_fr: string; name_es: string }> = await this.dataSource.query(
      `SELECT iso3, name_en, name_fr, name_es FROM state`,
    );
    const stateCode = (value: string): string | null => {
      const v = value.trim().toLowerCase();
      const found = states.find((s) => s.iso3.toLowerCase() === v || [s.name_en, s.name_fr, s.name_es].some((n) => n.toLowerCase() === v));
      return found?.iso3 ?? null;
    };
    let imported = 0;
    for (const [index, raw] of rows.entries()) {
      const line = index + 2;
      const done = await this.dataSource.query(`SELECT 1 FROM request_import_row WHERE import_id = $1 AND line = $2`, [importId, line]);
      if (done.length) continue; // a retried job does not log a row twice
      const { state, input } = rowToInput(raw);
      const iso3 = stateCode(state);
      const problem = iso3
        ? await this.validateRow({ ...input, stateIso3: iso3 })
        : { field: 'state', message: `"${state}" is not a State; write its name or ISO code, e.g. "Kenya" or "KEN".` };
      if (problem) {
        await this.record(importId, line, null, problem.field, problem.message);
      } else {
        try {
          const request = await this.requests.log(plainToInstance(LogAssistanceRequestInput, { ...input, stateIso3: iso3 }), actor);
          await this.record(importId, line, request.id, null, null);
          imported += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          await this.record(importId, line, null, error.field ? (COLUMN_OF[error.field] ?? error.field) : null, error.message);
        }
      }
      if (index % 10 === 9 || index === rows.length - 1) {
        const progress = Math.round(((index + 1) / rows.length) * 100);
        await this.dataSource.query(`UPDATE request_import SET progress = $2, imported_rows = imported_rows + $3 WHERE id = $1`, [
          importId,
          Math.min(progress, 99),
          imported,
        ]);
        imported = 0;
        await job.updateProgress(progress);
      }
    }
    await this.dataSource.query(`UPDATE request_import SET status = 'DONE', progress = 100, finished_at = now() WHERE id = $1`, [importId]);
    return { imported };
  }

  /** The API's own validation of the input, first problem only (the field and a message a person can act on). */
  private async validateRow(input: Record<string, unknown>): Promise<{ field: string; message: string } | null> {
    if (typeof input.receivedOn !== 'string' || !isCalendarDate(input.receivedOn)) {
      return { field: 'received_on', message: `"${String(input.receivedOn)}" is not a date; write it as YYYY-MM-DD, e.g. 2008-06-10.` };
    }
    const dto = plainToInstance(LogAssistanceRequestInput, input);
    const errors = await validate(dto, { whitelist: true });
    if (!errors.length) return null;
    const first = errors[0];
    return { field: COLUMN_OF[first.property] ?? first.property, message: Object.values(first.constraints ?? {})[0] ?? 'is not valid' };
  }

  private record(importId: string, line: number, requestId: string | null, field: string | null, message: string | null) {
    return this.dataSource.query(
      `INSERT INTO request_import_row (import_id, line, request_id, field, message) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING`,
      [importId, line, requestId, field, message],
    );
  }

  private async fail(importId: string, failure: string): Promise<{ imported: number }> {
    await this.dataSource.query(`UPDATE request_import SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`, [importId, failure]);
    return { imported: 0 };
  }
}
