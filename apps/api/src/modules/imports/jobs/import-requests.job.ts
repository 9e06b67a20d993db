import { Processor } from '@nestjs/bullmq';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import type { Job } from 'bullmq';
import { parse } from 'csv-parse/sync';
import type { Actor } from '../../../infra/auth/actor.js';
import { DomainError } from '../../../infra/errors/domain-error.js';
import { isCalendarDate } from '../../../infra/graphql/scalars.js';
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
import { ReferenceService } from '../../reference/reference.service.js';
import { LogAssistanceRequestInput } from '../../requests/dto/log-assistance-request.input.js';
import { RequestsService } from '../../requests/requests.service.js';
import { ImportsRepository, type ImportJobRow, type LineOutcome, type RowProblem } from '../imports.repository.js';
import { formulaCells, missingColumns, normaliseHeader, rowToInput } from '../rules/request-row.js';

export const IMPORTS_QUEUE = 'imports';

/** An import to run: the id of its row in `request_import`. */
export type ImportRequestsPayload = TrackedPayload;

/** The file's column for each input field, so a refusal names what the person wrote. */
const COLUMN_OF: Record<string, string> = {
  stateIso3: 'state',
  priorityAreaCode: 'priority_area',
  receivedOn: 'received_on',
  fieldOfficeCode: 'field_office',
};

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
    private readonly reference: ReferenceService,
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
    const states = await this.reference.states();
    const stateCode = (value: string): string | null => {
      const v = value.trim().toLowerCase();
      const found = states.find(
        (s) => s.iso3.toLowerCase() === v || [s.nameEn, s.nameFr, s.nameEs].some((n) => n.toLowerCase() === v),
      );
      return found?.iso3 ?? null;
    };
    let imported = 0;
    for (const [index, raw] of rows.entries()) {
      const line = index + 2;
      const outcome = await this.importLine(id, line, raw, stateCode, policy);
      if (outcome?.requestId) imported += 1;
      if (index % 10 === 9 || index === rows.length - 1) {
        await progress(Math.min(Math.round(((index + 1) / rows.length) * 100), 99));
      }
    }
    return { imported };
  }

  /**
   * One line, exactly once (`ImportsRepository.handleLine`): its request is logged in the transaction that
   * records the line and counts it, so a job resumed after a crash skips exactly the lines committed. A row the
   * service refuses rolls that transaction back, and its refusal is recorded in one of its own. Null when the
   * line was already handled by an earlier run.
   */
  private async importLine(
    id: string,
    line: number,
    raw: Record<string, string>,
    stateCode: (value: string) => string | null,
    policy: AccessPolicy,
  ): Promise<LineOutcome | null> {
    const refused = (problems: RowProblem[]) =>
      this.store.handleLine(id, line, async () => ({
        requestId: null,
        field: problems[0].field,
        message: problems[0].message,
        problems,
      }));
    const { state, input } = rowToInput(raw);
    const iso3 = stateCode(state);
    // Every problem of the row at once, so one round of fixing is enough.
    const formulas = formulaCells(raw);
    const problems: RowProblem[] = [
      ...formulas,
      ...(iso3
        ? []
        : [
            {
              field: 'state',
              message: `"${state}" is not a State; write its name or ISO code, e.g. "Kenya" or "KEN".`,
            },
          ]),
      // A column already refused (a formula, a State not found) is not refused a second time by the validation.
      ...(await this.validateRow({ ...input, stateIso3: iso3 ?? '' })).filter(
        (p) => !(p.field === 'state' && !iso3) && !formulas.some((f) => f.field === p.field),
      ),
    ];
    if (problems.length) return refused(problems);
    try {
      return await this.store.handleLine(id, line, async (tx) => {
        const request = await this.requests.log(
          plainToInstance(LogAssistanceRequestInput, { ...input, stateIso3: iso3 }),
          policy,
          { tx },
        );
        await this.beforeLineCommits?.(line);
        return { requestId: request.id, field: null, message: null };
      });
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

  /**
   * The API's own validation of the input, every problem (each column at fault with a message a person can act
   * on). A date that is not one is said once, in the file's words, rather than by each date rule.
   */
  private async validateRow(input: Record<string, unknown>): Promise<RowProblem[]> {
    const problems: RowProblem[] = [];
    const badDate = typeof input.receivedOn !== 'string' || !isCalendarDate(input.receivedOn);
    if (badDate) {
      problems.push({
        field: 'received_on',
        message: `"${String(input.receivedOn)}" is not a date; write it as YYYY-MM-DD, e.g. 2008-06-10.`,
      });
    }
    const dto = plainToInstance(LogAssistanceRequestInput, input);
    for (const error of await validate(dto, { whitelist: true })) {
      if (badDate && error.property === 'receivedOn') continue;
      const field = COLUMN_OF[error.property] ?? error.property;
      for (const message of Object.values(error.constraints ?? { invalid: 'is not valid' })) {
        problems.push({ field, message });
      }
    }
    return problems;
  }
}
