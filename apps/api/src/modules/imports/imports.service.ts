import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import type { Queue } from 'bullmq';
import { randomUUID } from 'node:crypto';
import { IMPORT_LIMITS } from '@ta/domain';
import { DataSource } from 'typeorm';
import type { AccessPolicy } from '../access/access.policy.js';
import { createOnce, idempotencyClaim, releaseIdempotencyKey } from '../../infra/database/idempotency.js';
import { enqueue } from '../../infra/queue/enqueue.js';
import { base64Bytes } from '../../infra/graphql/base64.js';
import { badInput } from '../../infra/errors/common-errors.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';
import { csvContent, type ExportColumn } from '../reports/exports/export.types.js';
import { RequestsService } from '../requests/requests.service.js';
import { isDuplicate } from '../requests/rules/duplicates.js';
import { ImportsRepository, type MappingTemplateRow } from './imports.repository.js';
import { describeProblems, ERRORS_COLUMN, missingColumns, normaliseHeader } from './rules/request-row.js';
import {
  applyMapping,
  csvTable,
  formatOf,
  tableCsv,
  xlsxTable,
  type ColumnMapping,
  type ImportTable,
  firstNulCell,
} from './rules/import-file.js';
import { IMPORTS_QUEUE, type ImportRequestsPayload } from './jobs/import-requests.job.js';
import { ImportRowOutcome, type ImportRowResultModel, type RequestImportModel } from './models/request-import.model.js';
import type { ImportMappingTemplateModel } from './models/import-mapping-template.model.js';
import { IMPORT_FIELDS, type SaveImportMappingTemplateInput } from './dto/save-import-mapping-template.input.js';
import { RowCheckService } from './row-check.service.js';

export { IMPORTS_QUEUE };
export const MAX_IMPORT_ROWS = IMPORT_LIMITS.rows;

/** The file an import is sent: its name (which says its format) and its content, as text or base64. */
export interface ImportFile {
  fileName: string;
  /** A CSV as text (the original argument). */
  csv?: string | null;
  /** The file's bytes in base64: an XLSX, or a CSV (UTF-8). */
  content?: string | null;
  /** The file's header names → the import's columns. */
  mapping?: ColumnMapping | null;
}

/**
 * Starting an import answers at once; a worker logs the rows and keeps each refusal with its line. A dry run
 * checks every row here and now and writes nothing.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ImportsRepository,
    private readonly rowChecks: RowCheckService,
    private readonly requests: RequestsService,
    @InjectQueue(IMPORTS_QUEUE) private readonly queue: Queue<ImportRequestsPayload>,
  ) {}

  /**
   * Reads the file sent (CSV or the first sheet of an XLSX), applies the column mapping, and answers it as the
   * CSV text the job reads: a CSV sent without a mapping is kept exactly as written.
   */
  async read(file: ImportFile): Promise<{ table: ImportTable; csv: string; failure: string | null }> {
    const format = formatOf(file.fileName);
    if (!format) {
      throw badInput('Send the spreadsheet as CSV (a .csv file) or Excel (a .xlsx file).', 'fileName');
    }
    if (file.mapping) checkMapping(file.mapping);
    const sent = file.content ?? file.csv;
    if (sent === null || sent === undefined || !sent.trim()) {
      throw badInput(
        format === 'xlsx' ? 'Send the file’s bytes in base64 as content.' : 'The file is empty.',
        file.content != null ? 'content' : 'csv',
      );
    }
    let table: ImportTable;
    let text: string | null = null;
    if (format === 'xlsx') {
      if (file.content == null) throw badInput('An XLSX file is sent in base64 as content, not as csv.', 'content');
      const bytes = base64Bytes(file.content);
      if (bytes.length > IMPORT_LIMITS.xlsxKb * 1000) {
        throw badInput(`An XLSX file can be at most ${IMPORT_LIMITS.xlsxKb} kB; split it.`, 'content');
      }
      try {
        table = await xlsxTable(bytes);
      } catch {
        throw badInput(
          'The file is not a readable XLSX workbook; save it from the spreadsheet as .xlsx again.',
          'content',
        );
      }
    } else {
      text = file.content != null ? base64Bytes(file.content).toString('utf8') : file.csv!;
      if (Buffer.byteLength(text) > IMPORT_LIMITS.fileKb * 1000) {
        throw badInput(
          `A CSV file can be at most ${IMPORT_LIMITS.fileKb} kB; split it.`,
          file.content != null ? 'content' : 'csv',
        );
      }
      try {
        table = csvTable(text);
      } catch (error) {
        const failure = `The file is not readable CSV (${error instanceof Error ? error.message : 'unknown problem'}).`;
        // Without a mapping the job says why (as it always has: the import FAILED with the reason); a dry run
        // answers it at once. A mapping cannot be applied to a file that cannot be read.
        if (file.mapping?.length) throw badInput(failure, 'csv');
        return { table: { header: [], rows: [] }, csv: text, failure };
      }
    }
    if (!table.header.length && !table.rows.length)
      throw badInput('The file is empty.', file.content != null ? 'content' : 'csv');
    const nul = firstNulCell(table);
    if (nul) {
      throw badInput(
        `Line ${nul.line}, column "${nul.column}" holds a NUL character, which no text may contain; save the file again without it.`,
        file.content != null ? 'content' : 'csv',
      );
    }
    if (table.rows.length > MAX_IMPORT_ROWS) {
      throw badInput(
        `A file can hold at most ${MAX_IMPORT_ROWS} requests; this one has ${table.rows.length}. Split it.`,
        file.content != null ? 'content' : 'csv',
      );
    }
    if (file.mapping?.length) table = { ...table, header: applyMapping(table.header, file.mapping) };
    return { table, csv: text !== null && !file.mapping?.length ? text : tableCsv(table), failure: null };
  }

  /** Starts an import; with an idempotency key, the same file sent again answers the import first started. */
  async start(file: ImportFile, policy: AccessPolicy, idempotencyKey?: string | null): Promise<RequestImportModel> {
    const actor = policy.actorOrFail;
    const { csv } = await this.read(file);
    const fileName = file.fileName;
    const claim = idempotencyClaim(
      actor,
      'importAssistanceRequests',
      // The content as the job will read it: the same rows under the same key, whatever way they were sent.
      { fileName, csv },
      idempotencyKey,
    );
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

  /**
   * A dry run: every row checked as the job would check it, and what would become of it — logged, logged and
   * flagged as the same need as an open request, already imported (by an earlier import, or an earlier line of
   * this file), or refused with every problem. Reads only; writes nothing, not even the import.
   */
  async dryRun(file: ImportFile, policy: AccessPolicy): Promise<RequestImportModel> {
    void policy.actorOrFail; // signed in, or UNAUTHENTICATED
    const { table, failure: unreadable } = await this.read(file);
    const answer = (rows: ImportRowResultModel[], failure: string | null): RequestImportModel => ({
      id: randomUUID(),
      fileName: file.fileName.trim().slice(0, 200),
      status: failure ? 'FAILED' : 'CHECKED',
      dryRun: true,
      progress: 100,
      totalRows: table.rows.length,
      importedRows: 0,
      rows,
      errors: rows
        .filter((r) => r.outcome === ImportRowOutcome.REFUSED)
        .map((r) => ({
          line: r.line,
          field: r.problems[0].field,
          message: r.problems[0].message,
          problems: r.problems,
        })),
      refusedRowsUrl: null,
      failure,
      createdAt: new Date(),
      finishedAt: new Date(),
    });
    if (unreadable) return answer([], unreadable);
    const header = table.header.map(normaliseHeader);
    const missing = missingColumns(header);
    if (table.rows.length === 0) return answer([], 'The file has a header but no rows.');
    if (missing.length) return answer([], `The first row must name the columns; missing: ${missing.join(', ')}.`);

    const check = await this.rowChecks.checker(policy);
    const checked = [];
    for (const cells of table.rows) {
      const raw: Record<string, string> = {};
      header.forEach((name, i) => {
        if (!(name in raw)) raw[name] = (cells[i] ?? '').trim();
      });
      checked.push(await check(raw));
    }
    const keys = checked.flatMap((c) => (c.key ? [c.key] : []));
    const logged = await this.repository.loggedKeys(keys);
    const states = [...new Set(checked.flatMap((c) => (c.stateIso3 && c.key ? [c.stateIso3] : [])))];
    const open = await this.requests.openCandidatesOfStates(policy, states);
    const openByState = new Map<string, typeof open>();
    for (const o of open) openByState.set(o.stateIso3, [...(openByState.get(o.stateIso3) ?? []), o]);
    const firstLineOf = new Map<string, number>();
    const rows = checked.map((c, index): ImportRowResultModel => {
      const line = index + 2;
      const base = {
        line,
        stateIso3: c.stateIso3,
        requestId: null,
        duplicateOfId: null,
        sameAsLine: null,
        problems: [],
      };
      if (!c.key || c.problems.length) return { ...base, outcome: ImportRowOutcome.REFUSED, problems: c.problems };
      const already = logged.get(c.key);
      if (already) return { ...base, outcome: ImportRowOutcome.ALREADY_IMPORTED, requestId: already };
      const earlier = firstLineOf.get(c.key);
      if (earlier) return { ...base, outcome: ImportRowOutcome.ALREADY_IMPORTED, sameAsLine: earlier };
      firstLineOf.set(c.key, line);
      const candidate = {
        id: '',
        stateIso3: c.stateIso3!,
        kind: c.input.kind,
        topics: c.input.topics,
        status: 'RECEIVED' as const,
      };
      const same = (openByState.get(c.stateIso3!) ?? []).find((o) => isDuplicate(candidate, o));
      return same
        ? { ...base, outcome: ImportRowOutcome.DUPLICATE_OF, duplicateOfId: same.id }
        : { ...base, outcome: ImportRowOutcome.WOULD_LOG };
    });
    return answer(rows, null);
  }

  /**
   * An import is its requester's; the secretariat and administrators see all. `read` says which of its lines
   * to read: the refused ones (`errors`, and whether there are any for `refusedRowsUrl`) and every one (`rows`);
   * a client polling only the progress of a running import then reads none of them (answered empty).
   */
  async get(
    id: string,
    policy: AccessPolicy,
    read: { errors: boolean; rows: boolean } = { errors: true, rows: true },
  ): Promise<RequestImportModel | null> {
    const row = await this.repository.findById(id);
    if (!row || !policy.maySeeJob(row.requested_by, 'import')) return null;
    const [errors, lines] = await Promise.all([
      read.errors ? this.repository.errorsOf(id) : [],
      read.rows ? this.repository.linesOf(id) : [],
    ]);
    return {
      id: row.id,
      fileName: row.file_name,
      status: row.status,
      dryRun: false,
      progress: row.progress,
      totalRows: row.total_rows,
      importedRows: row.imported_rows,
      errors,
      rows: lines.map((l) => ({
        line: l.line,
        outcome: ImportRowOutcome[l.outcome],
        stateIso3: null,
        requestId: l.request_id,
        duplicateOfId: null,
        sameAsLine: null,
        problems: l.outcome === 'REFUSED' ? (l.problems ?? [{ field: l.field, message: l.message ?? '' }]) : [],
      })),
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
    const { header, rows } = csvTable(file.content);
    const columns: ExportColumn<{ cells: string[]; errors: string }>[] = [
      ...header.map((name, i) => ({ header: name, value: (r: { cells: string[] }) => r.cells[i] ?? '' })),
      { header: ERRORS_COLUMN, value: (r) => r.errors },
    ];
    const refused = rows.flatMap((cells, index) => {
      const problems = errors.get(index + 2);
      return problems ? [{ cells, errors: describeProblems(problems) }] : [];
    });
    return {
      fileName: `${file.file_name.replace(/\.(csv|xlsx)$/i, '').replace(/[^\w.-]+/g, '_')}-refused.csv`,
      content: csvContent(columns, refused),
    };
  }

  // ---------------------------------------------------------------- column mapping templates

  /** The templates the user may apply: their own, and those the secretariat shared. */
  async templates(policy: AccessPolicy): Promise<ImportMappingTemplateModel[]> {
    const userId = userOf(policy);
    return (await this.repository.templatesFor(userId)).map((t) => templateModel(t, userId));
  }

  /** Saves a template of the user's (the same name again replaces it); only the secretariat may share one. */
  async saveTemplate(input: SaveImportMappingTemplateInput, policy: AccessPolicy): Promise<ImportMappingTemplateModel> {
    const userId = userOf(policy);
    if (input.shared && !policy.mayShareImportMappings()) {
      throw new DomainError(
        ErrorCode.FORBIDDEN,
        'Only the secretariat shares mapping templates; save it as your own.',
        'shared',
        { reason: 'ROLE_NOT_ALLOWED', permission: 'requests.import' },
      );
    }
    checkMapping(input.mapping);
    const mapping = input.mapping.map((m) => ({ column: m.column.trim(), field: m.field }));
    const saved = await this.repository.saveTemplate(userId, input.name.trim(), mapping, input.shared ?? false);
    return templateModel(saved, userId);
  }

  /** Deletes one of the user's own templates; false when they have none with this id. */
  deleteTemplate(id: string, policy: AccessPolicy): Promise<boolean> {
    return this.repository.deleteTemplate(userOf(policy), id);
  }
}

/** Templates are people's: the system acting on its own keeps none. */
function userOf(policy: AccessPolicy): string {
  const { userId } = policy.actorOrFail;
  if (!userId) throw new DomainError(ErrorCode.FORBIDDEN, 'Mapping templates are kept for a signed-in person.');
  return userId;
}

function templateModel(t: MappingTemplateRow, userId: string): ImportMappingTemplateModel {
  return { id: t.id, name: t.name, shared: t.shared, mine: t.owner_id === userId, mapping: t.mapping };
}

/** A mapping names each of the file's columns once and each import column once, among the import's columns. */
function checkMapping(mapping: ColumnMapping): void {
  if (mapping.length > IMPORT_FIELDS.length) {
    throw badInput(`mapping can map at most ${IMPORT_FIELDS.length} columns.`, 'mapping');
  }
  const fields = new Set<string>();
  const columns = new Set<string>();
  for (const m of mapping) {
    if (!(IMPORT_FIELDS as readonly string[]).includes(m.field)) {
      throw badInput(`field must be one of: ${IMPORT_FIELDS.join(', ')}.`, 'mapping');
    }
    if (!m.column.trim() || m.column.length > 100) {
      throw badInput('column must name a column of the file (at most 100 characters).', 'mapping');
    }
    if (fields.has(m.field)) throw badInput(`Two columns are mapped to ${m.field}; map one.`, 'mapping');
    if (columns.has(normaliseHeader(m.column))) throw badInput(`The column "${m.column}" is mapped twice.`, 'mapping');
    fields.add(m.field);
    columns.add(normaliseHeader(m.column));
  }
}
