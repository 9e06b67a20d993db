import { Injectable } from '@nestjs/common';
import { cooperationMatchKey, cooperationProblems } from '@ta/domain';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { DataSource, type EntityManager } from 'typeorm';
import { badInput } from '../../infra/errors/common-errors.js';
import { DomainError } from '../../infra/errors/domain-error.js';
import { validationProblems } from '../../infra/graphql/validation.pipe.js';
import type { Actor } from '../../infra/auth/actor.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CooperationRepository } from './cooperation.repository.js';
import { ImportsService } from '../imports/imports.service.js';
import { CooperationCaseInput, type CooperationFilter } from './dto/cooperation.input.js';
import type { CooperationCaseEntity } from './entities/cooperation-case.entity.js';
import {
  CooperationImportOutcome,
  type CooperationDimension,
  type CooperationImportModel,
  type CooperationImportRowModel,
  type CooperationStatisticsRowModel,
} from './models/cooperation.model.js';
import { caseRowInput, COLUMN_OF_FIELD, missingCaseColumns } from './rules/case-row.js';

/**
 * Statistics on international cooperation requests (para. 41). A request reported by both States is one row
 * (cooperationMatchKey); the requested State's report decides the outcome, since it executed or refused it.
 */
@Injectable()
export class CooperationService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: CooperationRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
    private readonly imports: ImportsService,
  ) {}

  /** Aggregates for everyone, down to the smallest group the policy lets the user see (cooperationGroupFloor). */
  async statistics(
    dims: readonly CooperationDimension[],
    filter: CooperationFilter,
    policy: AccessPolicy,
  ): Promise<CooperationStatisticsRowModel[]> {
    return this.repository.statistics(dims, filter, await policy.cooperationGroupFloor(filter.stateIso3));
  }

  async cases(
    filter: CooperationFilter,
    first: number | null | undefined,
    after: string | null | undefined,
    policy: AccessPolicy,
  ): Promise<Connection<CooperationCaseEntity>> {
    return this.repository.cases(filter, await policy.actableStates(), first, after);
  }

  record(input: CooperationCaseInput, policy: AccessPolicy) {
    const actor = policy.actorOrFail;
    const c = normalised(input);
    return this.dataSource.transaction(async (tx) => {
      await this.check(c, policy);
      return this.store(c, actor, tx);
    });
  }

  /**
   * Records the requests of a spreadsheet (CSV or XLSX, read as the requests import reads a file): every line is
   * checked as recordCooperationCase checks its input, a refused line names its column, and the valid lines are
   * recorded in one transaction (a request already there counted once). A dry run answers the same and writes nothing.
   */
  async importCases(
    file: { fileName: string; content?: string | null; csv?: string | null },
    dryRun: boolean,
    policy: AccessPolicy,
  ): Promise<CooperationImportModel> {
    const actor = policy.actorOrFail;
    const { table, failure } = await this.imports.read(file);
    if (failure) throw badInput(failure, 'content');
    const missing = missingCaseColumns(table.header);
    if (missing.length) {
      throw badInput(`The first row must name the columns: ${missing.join(', ')}.`, 'content', 'INVALID_INPUT', {
        columns: missing.join(', '),
      });
    }
    const rows: CooperationImportRowModel[] = [];
    const valid: { row: CooperationImportRowModel; c: NormalisedCase }[] = [];
    for (const [index, cells] of table.rows.entries()) {
      const row: CooperationImportRowModel = {
        line: index + 2,
        outcome: CooperationImportOutcome.REFUSED,
        caseId: null,
        problems: [],
      };
      rows.push(row);
      const input = plainToInstance(CooperationCaseInput, caseRowInput(table.header, cells));
      const errors = await validate(input, { forbidUnknownValues: false });
      row.problems = validationProblems(errors).map((p) => ({
        column: COLUMN_OF_FIELD[p.field] ?? null,
        message: p.message,
      }));
      if (row.problems.length) continue;
      const c = normalised(input);
      try {
        await this.check(c, policy);
      } catch (error) {
        if (!(error instanceof DomainError)) throw error;
        const field = error.field?.replace(/^input\./, '') ?? '';
        row.problems = [{ column: COLUMN_OF_FIELD[field] ?? null, message: error.message }];
        continue;
      }
      row.outcome = CooperationImportOutcome.WOULD_RECORD;
      valid.push({ row, c });
    }
    if (!dryRun && valid.length) {
      await this.dataSource.transaction(async (tx) => {
        for (const { row, c } of valid) {
          const stored = await this.store(c, actor, tx);
          row.caseId = stored.case.id;
          row.outcome = stored.alreadyReported
            ? CooperationImportOutcome.ALREADY_REPORTED
            : CooperationImportOutcome.RECORDED;
        }
      });
    }
    const count = (o: CooperationImportOutcome) => rows.filter((r) => r.outcome === o).length;
    return {
      dryRun,
      recorded: count(CooperationImportOutcome.RECORDED),
      alreadyReported: count(CooperationImportOutcome.ALREADY_REPORTED),
      refused: count(CooperationImportOutcome.REFUSED),
      rows,
    };
  }

  /** A case's coherence, its States known, and the user's right to report for the reporting State. */
  private async check(c: NormalisedCase, policy: AccessPolicy): Promise<void> {
    const problem = cooperationProblems(c)[0];
    if (problem) throw badInput(problem.message, `input.${problem.field}`, problem.reason);
    const codes = [c.requestingStateIso3, c.requestedStateIso3];
    const known = new Set((await this.reference.statesByIso3(codes)).map((s) => s.iso3));
    for (const [code, field] of [
      [c.requestingStateIso3, 'requestingStateIso3'],
      [c.requestedStateIso3, 'requestedStateIso3'],
    ] as const) {
      if (!known.has(code)) {
        throw badInput(`There is no State with the ISO code ${code}.`, `input.${field}`, 'UNKNOWN_REFERENCE', {
          codes: code,
        });
      }
    }
    await policy.assertMayActOnState(c.reportedByStateIso3, 'input.reportedByStateIso3');
  }

  /** Adds the request, or merges a second report of it into the one there (the matching rule). */
  private async store(c: NormalisedCase, actor: Actor, tx: EntityManager) {
    const matchKey = cooperationMatchKey(c);
    const created = await this.repository.insertIfNew({ ...c, matchKey, illustrative: false }, tx);
    if (created) {
      await this.audit.record(tx, actor, {
        action: 'CREATED',
        entityType: 'cooperation_case',
        entityId: created.id,
        after: { ...c },
      });
      return { case: created, alreadyReported: false };
    }
    const existing = (await this.repository.lockByMatchKey(matchKey, tx))!;
    const otherState = existing.reportedByStateIso3.trim() !== c.reportedByStateIso3;
    // The requested State's account of the outcome prevails, and it may bring it up to date (PENDING, then
    // EXECUTED); the requesting State's report of the same request only confirms it.
    const fromRequested = c.reportedByStateIso3 === c.requestedStateIso3;
    if (!otherState && !fromRequested) return { case: existing, alreadyReported: true };
    const changes: Partial<CooperationCaseEntity> = {
      reportedByBoth: existing.reportedByBoth || otherState,
      ...(fromRequested ? { outcome: c.outcome, executedOn: c.executedOn, refusalGround: c.refusalGround } : {}),
    };
    const merged = await this.repository.update(existing.id, existing.version, changes, tx);
    await this.audit.record(tx, actor, {
      action: 'UPDATED',
      entityType: 'cooperation_case',
      entityId: existing.id,
      before: { reportedByBoth: existing.reportedByBoth, outcome: existing.outcome, executedOn: existing.executedOn },
      after: {
        reportedByBoth: true,
        outcome: merged.outcome,
        executedOn: merged.executedOn,
        reportedBy: c.reportedByStateIso3,
      },
    });
    return { case: merged, alreadyReported: true };
  }
}

type NormalisedCase = ReturnType<typeof normalised>;

/** The input as stored: ISO codes in capitals, the reference trimmed, absent optional fields null. */
function normalised(input: CooperationCaseInput) {
  return {
    ...input,
    requestingStateIso3: input.requestingStateIso3.toUpperCase(),
    requestedStateIso3: input.requestedStateIso3.toUpperCase(),
    reportedByStateIso3: input.reportedByStateIso3.toUpperCase(),
    caseRef: input.caseRef.trim(),
    executedOn: input.executedOn ?? null,
    refusalGround: input.refusalGround ?? null,
  };
}
