import { Injectable } from '@nestjs/common';
import { cooperationMatchKey, cooperationProblems } from '@ta/domain';
import { DataSource } from 'typeorm';
import { badInput } from '../../infra/errors/common-errors.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import { CooperationRepository } from './cooperation.repository.js';
import type { CooperationCaseInput, CooperationFilter } from './dto/cooperation.input.js';
import type { CooperationCaseEntity } from './entities/cooperation-case.entity.js';
import type { CooperationDimension, CooperationStatisticsRowModel } from './models/cooperation.model.js';

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
    const c = {
      ...input,
      requestingStateIso3: input.requestingStateIso3.toUpperCase(),
      requestedStateIso3: input.requestedStateIso3.toUpperCase(),
      reportedByStateIso3: input.reportedByStateIso3.toUpperCase(),
      caseRef: input.caseRef.trim(),
      executedOn: input.executedOn ?? null,
      refusalGround: input.refusalGround ?? null,
    };
    return this.dataSource.transaction(async (tx) => {
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
    });
  }
}
