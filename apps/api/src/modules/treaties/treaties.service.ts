import { Injectable } from '@nestjs/common';
import { treatyStatusProblems } from '@ta/domain';
import { DataSource } from 'typeorm';
import { badInput, notFound, stale } from '../../infra/errors/common-errors.js';
import type { AccessPolicy } from '../access/access.policy.js';
import { AuditService } from '../audit/audit.service.js';
import { ReferenceService } from '../reference/reference.service.js';
import type { TreatyStatusInput } from './dto/treaty-status.input.js';
import type { TreatyCountModel, TreatyStatusModel } from './models/treaty-status.model.js';
import { TreatiesRepository, type TreatyStatusValues } from './treaties.repository.js';

/** Treaty status: each State's standing under each instrument, kept by the secretariat, audited. */
@Injectable()
export class TreatiesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: TreatiesRepository,
    private readonly reference: ReferenceService,
    private readonly audit: AuditService,
  ) {}

  ofStates(iso3s: readonly string[]): Promise<TreatyStatusModel[]> {
    return this.repository.ofStates(iso3s);
  }

  counts(): Promise<TreatyCountModel[]> {
    return this.repository.counts();
  }

  /**
   * Records a State's status under an instrument: `expectedVersion` null when it has none yet (a status recorded
   * meanwhile by someone else is then a conflict), else the version read. One transaction, audited.
   */
  set(
    stateIso3: string,
    instrumentCode: string,
    expectedVersion: number | null,
    input: TreatyStatusInput,
    policy: AccessPolicy,
  ): Promise<TreatyStatusModel> {
    const actor = policy.actorOrFail;
    const iso3 = stateIso3.trim().toUpperCase();
    return this.dataSource.transaction(async (tx) => {
      await this.checkKeys(iso3, instrumentCode);
      const problem = treatyStatusProblems(input)[0];
      if (problem) throw badInput(problem.message, `input.${problem.field}`, problem.reason);
      const before = await this.repository.lock(iso3, instrumentCode, tx);
      const current = before?.version ?? null;
      if (current !== expectedVersion) throw this.stale(expectedVersion, current);
      const values: TreatyStatusValues = {
        status: input.status,
        signedOn: input.signedOn ?? null,
        consentOn: input.status === 'PARTY' ? (input.consentOn ?? null) : null,
        consentKind: input.status === 'PARTY' ? (input.consentKind ?? null) : null,
        reservations: input.reservations?.trim() || null,
        source: input.source?.trim() || null,
        // A person who records a status states it: it is no longer the demo's choice.
        illustrative: false,
      };
      const written = await this.repository.save(iso3, instrumentCode, current, values, tx);
      if (!written) throw this.stale(expectedVersion, (current ?? 0) + 1);
      await this.audit.record(tx, actor, {
        action: before ? 'UPDATED' : 'CREATED',
        entityType: 'treaty_status',
        entityId: `${iso3}:${instrumentCode}`,
        before: before ? { ...before } : null,
        after: { ...written },
      });
      return written;
    });
  }

  /** Removes a State's status under an instrument (recorded in error), if still at `expectedVersion`. */
  clear(stateIso3: string, instrumentCode: string, expectedVersion: number, policy: AccessPolicy): Promise<boolean> {
    const actor = policy.actorOrFail;
    const iso3 = stateIso3.trim().toUpperCase();
    return this.dataSource.transaction(async (tx) => {
      await this.checkKeys(iso3, instrumentCode);
      const before = await this.repository.lock(iso3, instrumentCode, tx);
      if (!before) throw notFound('treaty status', `${iso3}:${instrumentCode}`, 'instrumentCode');
      if (before.version !== expectedVersion) throw this.stale(expectedVersion, before.version);
      await this.repository.remove(iso3, instrumentCode, expectedVersion, tx);
      await this.audit.record(tx, actor, {
        action: 'DELETED',
        entityType: 'treaty_status',
        entityId: `${iso3}:${instrumentCode}`,
        before: { ...before },
        after: null,
      });
      return true;
    });
  }

  private async checkKeys(iso3: string, instrumentCode: string): Promise<void> {
    if (!(await this.reference.statesByIso3([iso3])).length) {
      throw badInput(`There is no State with the ISO code ${iso3}.`, 'stateIso3', 'UNKNOWN_REFERENCE', {
        codes: iso3,
      });
    }
    if (!(await this.reference.instrumentsByCode([instrumentCode])).length) {
      throw badInput(`There is no instrument with the code ${instrumentCode}.`, 'instrumentCode', 'UNKNOWN_REFERENCE', {
        codes: instrumentCode,
      });
    }
  }

  private stale(expected: number | null, current: number | null) {
    return stale('treaty status', expected ?? 0, current ?? 0);
  }
}
