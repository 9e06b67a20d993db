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
import { RequestsService } from '../../requests/requests.service.js';
import { ImportsRepository, type ImportJobRow, type LineOutcome, type RowProblem } from '../imports.repository.js';
import { missingColumns, normaliseHeader } from '../rules/request-row.js';
import { COLUMN_OF, RowCheckService, type CheckedRow } from '../row-check.service.js';

export const IMPORTS_QUEUE = 'imports';

/** An import to run: the id of its row in `request_import`. */
export type ImportRequestsPayload = TrackedPayload;

const isUniqueViolation = (error: unknown): boolean =>
  typeof error === 'object' && error !== null && (error as { code?: unknown }).code === '23505';

/**
 * Imports a CSV of requests row by row. Each row goes through the same validation and service as a request
 * typed into the form, in a transaction of its own that also records the line and counts it: a good row is
 * logged whole, a bad one not at all and kept with its line and reason, and a job resumed after a crash does
 * each line exactly once. Progress is written as it goes.
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
    private readonly requests: RequestsService,
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
    let imported = 0;
    for (const [index, raw] of rows.entries()) {
      const line = index + 2;
      const outcome = await this.importLine(id, line, await check(raw), policy);
      if (outcome?.outcome === 'LOGGED') imported += 1;
      if (index % 10 === 9 || index === rows.length - 1) {
        await progress(Math.min(Math.round(((index + 1) / rows.length) * 100), 99));
      }
    }
    return { imported };
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
        if (!isUniqueViolation(error)) throw error;
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
