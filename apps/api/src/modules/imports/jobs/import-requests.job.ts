import { Processor } from '@nestjs/bullmq';
import { plainToInstance } from 'class-transformer';
import type { Job } from 'bullmq';
import { parse } from 'csv-parse/sync';
import type { Actor } from '../../../infra/auth/actor.js';
import { DomainError } from '../../../infra/errors/domain-error.js';
import {
  JobRefusal,
  TRACKED_JOB_WORKER,
  TrackedJob,
  type JobUser,
  type TrackedPayload,
  type TrackedRun,
} from '../../../infra/queue/tracked-job.js';
import { AccessPolicies } from '../../access/access-policies.service.js';
import type { AccessPolicy } from '../../access/access.policy.js';
import { UsersService } from '../../accounts/users.service.js';
import { LogAssistanceRequestInput } from '../../requests/dto/log-assistance-request.input.js';
import { RequestLogService } from '../../requests/request-log.service.js';
import { ImportsRepository, type ImportJobRow, type LineOutcome, type RowProblem } from '../imports.repository.js';
import { missingColumns, normaliseHeader } from '../rules/request-row.js';
import { COLUMN_OF, RowCheckService, type CheckedRow } from '../row-check.service.js';

export const IMPORTS_QUEUE = 'imports';

/**
 * Lines handled per transaction. Every batch sends the same statements whatever its size (the import's row locked
 * with the lines already done, the keys already logged, the requests with their history, their audit records,
 * their live event, the lines recorded and counted, the progress), so the SQL of an import grows with its
 * batches, not its rows.
 */
export const IMPORT_BATCH_ROWS = 500;

/** Batches a file is cut into (each at most IMPORT_BATCH_ROWS lines). */
export const IMPORT_BATCHES = 4;

/** Rows checked between two turns of the event loop while another batch is being written. */
const CHECK_YIELD_ROWS = 50;

/** An import to run: the id of its row in `request_import`. */
export type ImportRequestsPayload = TrackedPayload;

const refusal = (problems: RowProblem[]): LineOutcome => ({
  outcome: 'REFUSED',
  requestId: null,
  field: problems[0]?.field ?? null,
  message: problems[0]?.message ?? 'The row could not be read.',
  problems,
});
const already = (requestId: string, rowKey: string): LineOutcome => ({
  outcome: 'ALREADY_IMPORTED',
  requestId,
  field: null,
  message: null,
  rowKey,
});

/**
 * Another import logged the same row meanwhile: its key's unique index refused ours (23505), or, the two files
 * holding the rows in another order, each waited for the other (a deadlock, 40P01). Done again, the rows are
 * then already imported.
 */
const lostRace = (error: unknown): boolean =>
  typeof error === 'object' &&
  error !== null &&
  ['23505', '40P01'].includes(String((error as { code?: unknown }).code));

/**
 * Imports a CSV of requests in batches of lines (a quarter of the file, at most IMPORT_BATCH_ROWS). Each row
 * goes through the same checks as a request typed into the form; each batch is one transaction that logs its good rows (set-based: a fixed
 * number of statements per batch), records every line with its outcome and counts them: a good row is logged
 * whole, a bad one not at all and kept with its line and reason, and a job resumed after a crash does each line
 * exactly once. Progress is written after each batch.
 */
@Processor(IMPORTS_QUEUE, TRACKED_JOB_WORKER)
export class ImportRequestsJob extends TrackedJob<ImportJobRow, unknown, AccessPolicy> {
  protected readonly failureMessage =
    'The import stopped unexpectedly; the rows listed were handled. Start it again, and if it fails again tell the secretariat.';

  constructor(
    protected readonly store: ImportsRepository,
    private readonly users: UsersService,
    private readonly policies: AccessPolicies,
    private readonly rowChecks: RowCheckService,
    private readonly requests: RequestLogService,
  ) {
    super();
  }

  protected async findUser(userId: string): Promise<JobUser | null> {
    const [user] = await this.users.findByIds([userId]);
    return user ?? null;
  }

  protected policyFor(actor: Actor): AccessPolicy {
    return this.policies.forActor(actor);
  }

  protected async run({
    id,
    row,
    policy,
    progress,
  }: TrackedRun<ImportJobRow, AccessPolicy>): Promise<{ imported: number }> {
    let rows: Array<Record<string, string>>;
    try {
      rows = parse(row.content, {
        columns: (h: string[]) => h.map(normaliseHeader),
        bom: true,
        skip_empty_lines: true,
        trim: true,
        relax_column_count: true,
      });
    } catch (error) {
      throw new JobRefusal(
        `The file is not readable CSV (${error instanceof Error ? error.message : 'unknown problem'}).`,
      );
    }
    const missing = missingColumns(Object.keys(rows[0] ?? {}));
    if (rows.length === 0) throw new JobRefusal('The file has a header but no rows.');
    if (missing.length) throw new JobRefusal(`The first row must name the columns; missing: ${missing.join(', ')}.`);

    await this.store.setTotalRows(id, rows.length);
    const check = await this.rowChecks.checker(policy);
    // A quarter of the file per transaction, at most IMPORT_BATCH_ROWS lines: each batch costs the same few
    // statements whatever its size (none per row), so an import's SQL does not grow with its rows; the largest
    // file (2,000 rows) is four batches of 500, its progress written after each.
    const size = this.batchSize ?? Math.min(IMPORT_BATCH_ROWS, Math.max(1, Math.ceil(rows.length / IMPORT_BATCHES)));
    const offices = new Map<string, string | null>();
    let imported = 0;
    const checkBatch = async (start: number): Promise<CheckedRow[]> => {
      const checked: CheckedRow[] = [];
      for (const [i, raw] of rows.slice(start, start + size).entries()) {
        // Now and then the event loop's turn, so that the batch being written goes on meanwhile.
        if (i > 0 && i % CHECK_YIELD_ROWS === 0) await new Promise((resolve) => setImmediate(resolve));
        checked.push(await check(raw));
      }
      return checked;
    };
    let next: Promise<CheckedRow[]> | null = checkBatch(0);
    for (let start = 0; next; start += size) {
      const checked: CheckedRow[] = await next;
      // The next batch is checked (here, CPU) while this one is written (PostgreSQL); its failure, if any, is
      // thrown when it is awaited.
      next = start + size < rows.length ? checkBatch(start + size) : null;
      next?.catch(() => undefined);
      imported += await this.importBatch(
        id,
        checked.map((_, i) => start + i + 2),
        checked,
        policy,
        offices,
      );
      await progress(Math.min(Math.round(((start + checked.length) / rows.length) * 100), 99));
    }
    return { imported };
  }

  /** Test seam: lines per transaction (by default a quarter of the file, at most IMPORT_BATCH_ROWS). */
  batchSize?: number;

  /**
   * A batch of lines exactly once (`ImportsRepository.handleLines`), in one transaction: the valid rows logged
   * together (`RequestLogService.logMany`) with their lines and row keys; a row whose key an import already logged
   * (an earlier import, one running now, or an earlier line of this file) recorded as ALREADY_IMPORTED with the
   * request logged the first time; refused rows recorded with every problem. Should the requests service refuse
   * a row the checks let through, the batch is done again line by line, so only that row is refused. Answers how
   * many rows it logged.
   */
  private async importBatch(
    id: string,
    lines: number[],
    rows: CheckedRow[],
    policy: AccessPolicy,
    offices: Map<string, string | null>,
  ): Promise<number> {
    const rowOf = new Map(lines.map((line, i) => [line, rows[i]]));
    const attempt = () =>
      this.store.handleLines(id, lines, async (tx, pending) => {
        const out = new Map<number, LineOutcome>();
        const keys = pending.flatMap((l) => rowOf.get(l)!.key ?? []);
        const logged = await this.store.loggedKeys(keys, tx);
        const toLog: Array<{ line: number; row: CheckedRow & { key: string; stateIso3: string } }> = [];
        const first = new Set<string>();
        const sameAs: Array<{ line: number; key: string }> = [];
        for (const line of pending) {
          const row = rowOf.get(line)!;
          const { key, stateIso3 } = row;
          if (row.problems.length || !key || !stateIso3) {
            out.set(line, refusal(row.problems));
          } else if (logged.has(key)) {
            out.set(line, already(logged.get(key)!, key));
          } else if (first.has(key)) {
            sameAs.push({ line, key });
          } else {
            first.add(key);
            toLog.push({ line, row: { ...row, key, stateIso3 } });
          }
        }
        const ids = await this.requests.logMany(
          // The checked input as it is (it has no transforms): no class instance per row.
          toLog.map(({ row }): LogAssistanceRequestInput => ({ ...row.input, stateIso3: row.stateIso3 })),
          policy,
          tx,
          offices,
        );
        const idOf = new Map<string, string>();
        toLog.forEach(({ line, row }, i) => {
          idOf.set(row.key, ids[i]);
          out.set(line, { outcome: 'LOGGED', requestId: ids[i], field: null, message: null, rowKey: row.key });
        });
        for (const { line, key } of sameAs) out.set(line, already(idOf.get(key)!, key));
        for (const { line } of toLog) await this.beforeLineCommits?.(line);
        return out;
      });
    try {
      let outcomes: Map<number, LineOutcome>;
      try {
        outcomes = await attempt();
      } catch (error) {
        // Another import logged one of these rows meanwhile (the key's unique index): it is already imported.
        if (!lostRace(error)) throw error;
        outcomes = await attempt();
      }
      return [...outcomes.values()].filter((o) => o.outcome === 'LOGGED').length;
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      let imported = 0;
      for (const line of lines) {
        if ((await this.importLine(id, line, rowOf.get(line)!, policy))?.outcome === 'LOGGED') imported += 1;
      }
      return imported;
    }
  }

  /**
   * One line, exactly once (`ImportsRepository.handleLine`): its request is logged in the transaction that
   * records the line with its row key and counts it, so a job resumed after a crash skips exactly the lines
   * committed. A row whose key an import already logged (this file, an earlier one, or another import running
   * now) is recorded as ALREADY_IMPORTED with the request logged the first time, and nothing is logged. A row the
   * service refuses rolls that transaction back, and its refusal is recorded in one of its own. Null when the
   * line was already handled by an earlier run.
   */
  private async importLine(
    id: string,
    line: number,
    row: CheckedRow,
    policy: AccessPolicy,
  ): Promise<LineOutcome | null> {
    const refused = (problems: RowProblem[]) =>
      this.store.handleLine(id, line, async () => ({
        outcome: 'REFUSED',
        requestId: null,
        field: problems[0].field,
        message: problems[0].message,
        problems,
      }));
    if (row.problems.length || !row.key || !row.stateIso3) return refused(row.problems);
    const key = row.key;
    const attempt = () =>
      this.store.handleLine(id, line, async (tx) => {
        const already = (await this.store.loggedKeys([key], tx)).get(key);
        if (already)
          return { outcome: 'ALREADY_IMPORTED', requestId: already, field: null, message: null, rowKey: key };
        const request = await this.requests.log(
          plainToInstance(LogAssistanceRequestInput, { ...row.input, stateIso3: row.stateIso3 }),
          policy,
          { tx, scopeChecked: true },
        );
        await this.beforeLineCommits?.(line);
        return { outcome: 'LOGGED', requestId: request.id, field: null, message: null, rowKey: key };
      });
    try {
      try {
        return await attempt();
      } catch (error) {
        // Another import logged the same row meanwhile (the key's unique index): this line is already imported.
        if (!lostRace(error)) throw error;
        return await attempt();
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      return refused([{ field: error.field ? (COLUMN_OF[error.field] ?? error.field) : null, message: error.message }]);
    }
  }

  /**
   * Test seam: called inside a line's transaction after its request is logged, before the line commits
   * (a test throws here to stand for a crash, then runs the import again).
   */
  beforeLineCommits?: (line: number) => Promise<void> | void;

  /** Runs an import now, in this process (as the queue's worker does); a test's way to run and resume one. */
  runNow(id: string): Promise<unknown> {
    return this.process({
      data: { id },
      queueName: IMPORTS_QUEUE,
      updateProgress: async () => {},
    } as unknown as Job<TrackedPayload>);
  }
}
