import { Processor } from '@nestjs/bullmq';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { parse } from 'csv-parse/sync';
import type { Actor } from '../../../infra/auth/actor.js';
import { DomainError } from '../../../infra/errors/domain-error.js';
import { isCalendarDate } from '../../../infra/graphql/scalars.js';
import {
  JobRefusal,
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
import { ImportsRepository, type ImportJobRow } from '../imports.repository.js';
import { missingColumns, normaliseHeader, rowToInput } from '../rules/request-row.js';

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
 * typed into the form, in a transaction of its own: a good row is logged whole, a bad one not at all and
 * kept with its line and reason. Progress is written as it goes.
 */
@Processor(IMPORTS_QUEUE)
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
    let total = 0;
    for (const [index, raw] of rows.entries()) {
      const line = index + 2;
      if (await this.store.lineDone(id, line)) continue; // a retried job does not log a row twice
      const { state, input } = rowToInput(raw);
      const iso3 = stateCode(state);
      const problem = iso3
        ? await this.validateRow({ ...input, stateIso3: iso3 })
        : { field: 'state', message: `"${state}" is not a State; write its name or ISO code, e.g. "Kenya" or "KEN".` };
      if (problem) {
        await this.store.recordLine(id, line, null, problem.field, problem.message);
      } else {
        try {
          const request = await this.requests.log(
            plainToInstance(LogAssistanceRequestInput, { ...input, stateIso3: iso3 }),
            policy,
          );
          await this.store.recordLine(id, line, request.id, null, null);
          imported += 1;
        } catch (error) {
          if (!(error instanceof DomainError)) throw error;
          await this.store.recordLine(
            id,
            line,
            null,
            error.field ? (COLUMN_OF[error.field] ?? error.field) : null,
            error.message,
          );
        }
      }
      if (index % 10 === 9 || index === rows.length - 1) {
        await this.store.addImported(id, imported);
        total += imported;
        imported = 0;
        await progress(Math.min(Math.round(((index + 1) / rows.length) * 100), 99));
      }
    }
    return { imported: total };
  }

  /** The API's own validation of the input, first problem only (the field and a message a person can act on). */
  private async validateRow(input: Record<string, unknown>): Promise<{ field: string; message: string } | null> {
    if (typeof input.receivedOn !== 'string' || !isCalendarDate(input.receivedOn)) {
      return {
        field: 'received_on',
        message: `"${String(input.receivedOn)}" is not a date; write it as YYYY-MM-DD, e.g. 2008-06-10.`,
      };
    }
    const dto = plainToInstance(LogAssistanceRequestInput, input);
    const errors = await validate(dto, { whitelist: true });
    if (!errors.length) return null;
    const first = errors[0];
    return {
      field: COLUMN_OF[first.property] ?? first.property,
      message: Object.values(first.constraints ?? {})[0] ?? 'is not valid',
    };
  }
}
