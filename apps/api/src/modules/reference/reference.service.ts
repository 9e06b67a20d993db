import type { M49AreaRow } from './data/m49-areas.data.js';
import { Injectable } from '@nestjs/common';
import type { LegalSystem } from '@ta/domain';
import type { Actor } from '../../infra/auth/actor.js';
import { notFound } from '../../infra/errors/common-errors.js';
import { AuditService } from '../audit/audit.service.js';
import { DataSource, type EntityManager } from 'typeorm';
import type { StateFilter } from './dto/state.filter.js';
import type { FieldOfficeEntity } from './entities/field-office.entity.js';
import type { InstrumentEntity } from './entities/instrument.entity.js';
import type { PriorityAreaEntity } from './entities/priority-area.entity.js';
import type { PrioritySubAreaEntity } from './entities/priority-sub-area.entity.js';
import type { StateEntity } from './entities/state.entity.js';
import { ReferenceRepository, type OfficeStateRow } from './reference.repository.js';

/** Where other modules used to import it from; it lives with the other SQL helpers now. */
export { escapeLike } from '../../infra/database/like.js';

/** Reference data: States, instruments, priority areas, field offices. Read often, written at boot. */
@Injectable()
export class ReferenceService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReferenceRepository,
    private readonly audit: AuditService,
  ) {}

  /** Gives unclassified States the legal systems of `systems` (the demo's classification); answers how many. */
  fillLegalSystems(systems: ReadonlyMap<string, LegalSystem>): Promise<number> {
    return this.repository.fillLegalSystems(systems);
  }

  /** Sets a State's legal system (null: not classified), audited; NOT_FOUND for an unknown State. */
  setLegalSystem(iso3: string, system: LegalSystem | null, actor: Actor): Promise<StateEntity> {
    return this.dataSource.transaction(async (tx) => {
      const [before] = await this.repository.statesByIso3([iso3]);
      if (!before || !(await this.repository.setLegalSystem(iso3, system, tx))) throw notFound('State', iso3, 'iso3');
      await this.audit.record(tx, actor, {
        action: 'UPDATED',
        entityType: 'state',
        entityId: iso3,
        before: { legalSystem: before.legalSystem },
        after: { legalSystem: system },
      });
      return { ...before, legalSystem: system };
    });
  }

  /** Brings the reference tables in line with the packages and lists they come from. Idempotent. */
  async sync(manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.transaction((tx) => this.repository.upsertAll(tx));
  }

  private areas?: Promise<Map<string, M49AreaRow>>;

  /** The M49 areas above the country, by code (a fixed list: read once). */
  m49Areas(): Promise<Map<string, M49AreaRow>> {
    this.areas ??= this.repository.m49Areas().then((rows) => new Map(rows.map((r) => [r.code, r])));
    return this.areas;
  }

  states(filter: StateFilter = {}): Promise<StateEntity[]> {
    return this.repository.states(filter);
  }

  statesByIso3(codes: readonly string[]): Promise<StateEntity[]> {
    return this.repository.statesByIso3(codes);
  }

  instruments(): Promise<InstrumentEntity[]> {
    return this.repository.instruments();
  }

  instrumentsByCode(codes: readonly string[]): Promise<InstrumentEntity[]> {
    return this.repository.instrumentsByCode(codes);
  }

  priorityAreas(): Promise<PriorityAreaEntity[]> {
    return this.repository.priorityAreas();
  }

  priorityAreasByCode(codes: readonly string[]): Promise<PriorityAreaEntity[]> {
    return this.repository.priorityAreasByCode(codes);
  }

  subAreasOf(areaCodes: readonly string[]): Promise<PrioritySubAreaEntity[]> {
    return this.repository.subAreasOf(areaCodes);
  }

  fieldOffices(): Promise<FieldOfficeEntity[]> {
    return this.repository.fieldOffices();
  }

  fieldOfficesByCode(codes: readonly string[]): Promise<FieldOfficeEntity[]> {
    return this.repository.fieldOfficesByCode(codes);
  }

  /** The States each office covers, for a batch of offices, in one query. */
  statesCoveredBy(officeCodes: readonly string[]): Promise<OfficeStateRow[]> {
    return this.repository.statesCoveredBy(officeCodes);
  }
}
