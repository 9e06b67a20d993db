import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import type { JobStatusStore } from '../../infra/queue/tracked-job.js';

/** An import as its table keeps it (without the file). */
export interface ImportRow {
  id: string;
  file_name: string;
  status: string;
  progress: number;
  total_rows: number | null;
  imported_rows: number;
  failure: string | null;
  requested_by: string | null;
  created_at: Date;
  finished_at: Date | null;
}

/** One thing wrong with a row: the column at fault (when one is) and what to fix. */
export interface RowProblem {
  field: string | null;
  message: string;
}

/** A row of the file that was refused, and why: its first problem, and every one of them. */
export interface ImportRowError {
  line: number;
  field: string | null;
  message: string;
  problems: RowProblem[];
}

/** What an import did with a line: logged a request, found its row already imported, or refused it. */
export type LineOutcomeKind = 'LOGGED' | 'ALREADY_IMPORTED' | 'REFUSED';

/**
 * What became of a line: the request logged (or, already imported, the request logged the first time), or every
 * problem it was refused for (the first also on its own), and the row's stable key.
 */
export interface LineOutcome {
  outcome?: LineOutcomeKind;
  requestId: string | null;
  field: string | null;
  message: string | null;
  problems?: RowProblem[];
  rowKey?: string | null;
}

/** A handled line as an import's answer shows it. */
export interface ImportLineRow {
  line: number;
  outcome: LineOutcomeKind;
  request_id: string | null;
  problems: RowProblem[] | null;
  field: string | null;
  message: string | null;
}

/** A saved column mapping: the file's header names → the import's columns. */
export interface MappingTemplateRow {
  id: string;
  name: string;
  mapping: Array<{ column: string; field: string }>;
  shared: boolean;
  owner_id: string;
  created_at: Date;
}

/** What the job needs of an import: the file and who asked. */
export interface ImportJobRow {
  content: string;
  requestedBy: string;
}

/** The imports module's SQL: `request_import` and `request_import_row`, also the status store of the import job. */
@Injectable()
export class ImportsRepository implements JobStatusStore<ImportJobRow, unknown> {
  constructor(private readonly dataSource: DataSource) {}

  async insert(fileName: string, content: string, requestedBy: string | null, tx?: EntityManager): Promise<string> {
    const [row]: Array<{ id: string }> = await (tx ?? this.dataSource.manager).query(
      `INSERT INTO request_import (file_name, content, status, requested_by) VALUES ($1, $2, 'QUEUED', $3) RETURNING id`,
      [fileName, content, requestedBy],
    );
    return row.id;
  }

  async findById(id: string): Promise<ImportRow | null> {
    if (!isUuid(id)) return null;
    const [row]: ImportRow[] = await this.dataSource.query(
      `SELECT id, file_name, status, progress, total_rows, imported_rows, failure, requested_by, created_at, finished_at
         FROM request_import WHERE id = $1`,
      [id],
    );
    return row ?? null;
  }

  /** The rows an import refused, by line, each with every problem (a row recorded before there were lists: its one). */
  async errorsOf(id: string): Promise<ImportRowError[]> {
    const rows: Array<{ line: number; field: string | null; message: string; problems: RowProblem[] | null }> =
      await this.dataSource.query(
        `SELECT line, field, message, problems FROM request_import_row
          WHERE import_id = $1 AND outcome = 'REFUSED' ORDER BY line`,
        [id],
      );
    return rows.map((r) => ({ ...r, problems: r.problems ?? [{ field: r.field, message: r.message }] }));
  }

  /** Every line an import handled, in order: what became of it. */
  async linesOf(id: string): Promise<ImportLineRow[]> {
    return this.dataSource.query(
      `SELECT line, outcome, request_id, problems, field, message FROM request_import_row
        WHERE import_id = $1 ORDER BY line`,
      [id],
    );
  }

  /**
   * Of these row keys, those some import already logged, each with the request it logged (the unique index
   * `uq_request_import_row_key` keeps one logged line per key).
   */
  async loggedKeys(keys: readonly string[], tx?: EntityManager): Promise<Map<string, string>> {
    if (keys.length === 0) return new Map();
    const rows: Array<{ row_key: string; request_id: string }> = await (tx ?? this.dataSource.manager).query(
      `SELECT row_key, request_id FROM request_import_row WHERE row_key = ANY($1::text[]) AND outcome = 'LOGGED'`,
      [keys],
    );
    return new Map(rows.map((r) => [r.row_key, r.request_id]));
  }

  /** The file an import was sent, its name, and who sent it (for the refused rows' download). */
  async fileOf(id: string): Promise<{ file_name: string; content: string; requested_by: string | null } | null> {
    if (!isUuid(id)) return null;
    const [row]: Array<{ file_name: string; content: string; requested_by: string | null }> =
      await this.dataSource.query(`SELECT file_name, content, requested_by FROM request_import WHERE id = $1`, [id]);
    return row ?? null;
  }

  /**
   * Handles one line of an import exactly once, in one transaction: the import's row is locked (a second run of
   * the same import waits), a line already recorded is skipped (null), otherwise `work` runs in the transaction
   * (the request it logs commits with it) and its outcome is recorded with the line, `imported_rows` counting a
   * logged request in that same transaction. A crash anywhere before the commit leaves nothing of the line, so a
   * resumed job does it again, once; after the commit the line, its request and the counter are all there.
   */
  handleLine(id: string, line: number, work: (tx: EntityManager) => Promise<LineOutcome>): Promise<LineOutcome | null> {
    return this.dataSource.transaction(async (tx) => {
      await tx.query(`SELECT 1 FROM request_import WHERE id = $1 FOR UPDATE`, [id]);
      const done: unknown[] = await tx.query(`SELECT 1 FROM request_import_row WHERE import_id = $1 AND line = $2`, [
        id,
        line,
      ]);
      if (done.length) return null;
      const outcome = await work(tx);
      const kind: LineOutcomeKind = outcome.outcome ?? (outcome.requestId ? 'LOGGED' : 'REFUSED');
      await tx.query(
        `INSERT INTO request_import_row (import_id, line, request_id, field, message, problems, outcome, row_key)
         VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7, $8)`,
        [
          id,
          line,
          outcome.requestId,
          outcome.field,
          outcome.message,
          outcome.problems ? JSON.stringify(outcome.problems) : null,
          kind,
          outcome.rowKey ?? null,
        ],
      );
      if (kind === 'LOGGED') {
        await tx.query(`UPDATE request_import SET imported_rows = imported_rows + 1 WHERE id = $1`, [id]);
      }
      return outcome;
    });
  }

  /**
   * Handles a batch of lines exactly once, in one transaction, as `handleLine` does one: the import's row locked,
   * the lines already recorded skipped, `work` given the others (the requests it logs commit with them), every
   * outcome recorded in one statement and the logged ones counted. A crash before the commit leaves nothing of
   * the batch; after it, every line of it, its request and the counter are there. Answers the outcomes recorded.
   */
  handleLines(
    id: string,
    lines: readonly number[],
    work: (tx: EntityManager, pending: number[]) => Promise<Map<number, LineOutcome>>,
  ): Promise<Map<number, LineOutcome>> {
    return this.dataSource.transaction(async (tx) => {
      // The import's row locked and the lines already recorded read in one statement.
      const [locked]: Array<{ done: number[] }> = await tx.query(
        `SELECT ARRAY(SELECT r.line FROM request_import_row r WHERE r.import_id = i.id AND r.line = ANY ($2::int[]))
                  AS done
           FROM request_import i WHERE i.id = $1 FOR UPDATE`,
        [id, lines],
      );
      const handled = new Set(locked?.done ?? []);
      const pending = lines.filter((l) => !handled.has(l));
      if (pending.length === 0) return new Map();
      const outcomes = await work(tx, pending);
      // In the order of their stable keys: two imports of the same rows running at once then meet on the keys'
      // unique index in the same order, one waiting for the other, instead of each holding a key the other needs.
      const byKey = (r: { rowKey?: string | null }) => r.rowKey ?? '';
      const recorded = pending
        .map((line) => ({ line, ...outcomes.get(line)! }))
        .sort((a, b) => (byKey(a) < byKey(b) ? -1 : byKey(a) > byKey(b) ? 1 : a.line - b.line));
      const kindOf = (o: LineOutcome): LineOutcomeKind => o.outcome ?? (o.requestId ? 'LOGGED' : 'REFUSED');
      // The lines recorded and the logged ones counted in one statement.
      await tx.query(
        `WITH recorded AS (
           INSERT INTO request_import_row (import_id, line, request_id, field, message, problems, outcome, row_key)
           SELECT $1, u.line, u.request_id, u.field, u.message, u.problems::jsonb, u.outcome, u.row_key
             FROM unnest($2::int[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[])
                  AS u(line, request_id, field, message, problems, outcome, row_key)
           RETURNING outcome)
         UPDATE request_import SET imported_rows = imported_rows + (SELECT count(*) FROM recorded WHERE outcome = 'LOGGED')
          WHERE id = $1`,
        [
          id,
          recorded.map((r) => r.line),
          recorded.map((r) => r.requestId),
          recorded.map((r) => r.field),
          recorded.map((r) => r.message),
          recorded.map((r) => (r.problems ? JSON.stringify(r.problems) : null)),
          recorded.map(kindOf),
          recorded.map((r) => r.rowKey ?? null),
        ],
      );
      return outcomes;
    });
  }

  // ---------------------------------------------------------------- column mapping templates

  /** The templates a user may apply: their own and those shared, shared first, then by name. */
  async templatesFor(userId: string): Promise<MappingTemplateRow[]> {
    return this.dataSource.query(
      `SELECT id, name, mapping, shared, owner_id, created_at FROM import_mapping_template
        WHERE owner_id = $1 OR shared ORDER BY shared DESC, lower(name), id`,
      [userId],
    );
  }

  /** Saves a user's template under its name (the same name again replaces that template's mapping). */
  async saveTemplate(
    ownerId: string,
    name: string,
    mapping: Array<{ column: string; field: string }>,
    shared: boolean,
  ): Promise<MappingTemplateRow> {
    const [row]: MappingTemplateRow[] = await this.dataSource.query(
      `INSERT INTO import_mapping_template (owner_id, name, mapping, shared) VALUES ($1, $2, $3::jsonb, $4)
       ON CONFLICT (owner_id, lower(name))
       DO UPDATE SET mapping = EXCLUDED.mapping, shared = EXCLUDED.shared, updated_at = now()
       RETURNING id, name, mapping, shared, owner_id, created_at`,
      [ownerId, name, JSON.stringify(mapping), shared],
    );
    return row;
  }

  /** Deletes one of the user's own templates; false when there is none of theirs with this id. */
  async deleteTemplate(ownerId: string, id: string): Promise<boolean> {
    if (!isUuid(id)) return false;
    // TypeORM answers a DELETE as [rows, rowCount].
    const [, count]: [unknown, number] = await this.dataSource.query(
      `DELETE FROM import_mapping_template WHERE id = $1 AND owner_id = $2`,
      [id, ownerId],
    );
    return count > 0;
  }

  async setTotalRows(id: string, totalRows: number): Promise<void> {
    await this.dataSource.query(`UPDATE request_import SET status = 'RUNNING', total_rows = $2 WHERE id = $1`, [
      id,
      totalRows,
    ]);
  }

  // ---------------------------------------------------------------- the job's status

  async load(id: string): Promise<ImportJobRow | null> {
    if (!isUuid(id)) return null;
    const [row]: Array<{ content: string; status: string; requested_by: string | null }> = await this.dataSource.query(
      `SELECT content, status, requested_by FROM request_import WHERE id = $1`,
      [id],
    );
    if (!row || row.status === 'DONE' || !row.requested_by) return null;
    return { content: row.content, requestedBy: row.requested_by };
  }

  async progress(id: string, percent: number): Promise<void> {
    await this.dataSource.query(`UPDATE request_import SET status = 'RUNNING', progress = $2 WHERE id = $1`, [
      id,
      percent,
    ]);
  }

  async done(id: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE request_import SET status = 'DONE', progress = 100, finished_at = now() WHERE id = $1`,
      [id],
    );
  }

  async fail(id: string, failure: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE request_import SET status = 'FAILED', failure = $2, finished_at = now() WHERE id = $1`,
      [id, failure],
    );
  }
}
