import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { buildStates } from './data/states.data.js';
import { OFFICE_COVERS_STATE } from './rules/coverage.js';
import { FIELD_OFFICES, INSTRUMENTS, PRIORITY_AREAS, PRIORITY_SUB_AREAS } from './data/programme.data.js';
import type { StateFilter } from './dto/state.filter.js';
import { FieldOfficeEntity } from './entities/field-office.entity.js';
import { InstrumentEntity } from './entities/instrument.entity.js';
import { PriorityAreaEntity } from './entities/priority-area.entity.js';
import { PrioritySubAreaEntity } from './entities/priority-sub-area.entity.js';
import { StateEntity } from './entities/state.entity.js';

/** Reference data: States, instruments, priority areas, field offices. Read often, written at boot. */
@Injectable()
export class ReferenceService {
  constructor(private readonly dataSource: DataSource) {}

  /** Brings the reference tables in line with the packages and lists they come from. Idempotent. */
  async sync(manager: EntityManager = this.dataSource.manager): Promise<void> {
    await manager.transaction(async (tx) => {
      await tx.upsert(StateEntity, buildStates(), ['iso3']);
      await tx.upsert(
        InstrumentEntity,
        INSTRUMENTS.map((i, index) => ({ ...i, sortOrder: index + 1 })),
        ['code'],
      );
      await tx.upsert(PriorityAreaEntity, [...PRIORITY_AREAS], ['code']);
      await tx.upsert(
        PrioritySubAreaEntity,
        PRIORITY_SUB_AREAS.map((s) => ({
          code: s.code,
          priorityAreaCode: s.area,
          titleEn: s.title,
          sourceParagraph: s.para,
        })),
        ['code'],
      );
      await tx.upsert(
        FieldOfficeEntity,
        FIELD_OFFICES.map((o) => ({ ...o, regions: [...o.regions], extraStates: [...o.extraStates] })),
        ['code'],
      );
    });
  }

  states(filter: StateFilter = {}): Promise<StateEntity[]> {
    const q = this.dataSource.getRepository(StateEntity).createQueryBuilder('s').orderBy('s.name_en', 'ASC');
    if (filter.region) q.andWhere('s.region = :region', { region: filter.region });
    if (filter.subregion) {
      q.andWhere('(s.subregion = :sub OR s.intermediate_region = :sub)', { sub: filter.subregion });
    }
    if (filter.unStatus) q.andWhere('s.un_status = :unStatus', { unStatus: filter.unStatus });
    if (filter.search) {
      q.andWhere(
        `(s.iso3 = upper(:exact) OR s.name_en ILIKE :like OR s.name_fr ILIKE :like OR s.name_es ILIKE :like)`,
        { exact: filter.search.trim(), like: `%${escapeLike(filter.search.trim())}%` },
      );
    }
    return q.getMany();
  }

  statesByIso3(codes: readonly string[]): Promise<StateEntity[]> {
    return this.dataSource
      .getRepository(StateEntity)
      .createQueryBuilder('s')
      .where('s.iso3 IN (:...codes)', { codes: [...codes] })
      .getMany();
  }

  instruments(): Promise<InstrumentEntity[]> {
    return this.dataSource.getRepository(InstrumentEntity).find({ order: { sortOrder: 'ASC' } });
  }

  instrumentsByCode(codes: readonly string[]): Promise<InstrumentEntity[]> {
    return this.dataSource
      .getRepository(InstrumentEntity)
      .createQueryBuilder('i')
      .where('i.code IN (:...codes)', { codes: [...codes] })
      .getMany();
  }

  priorityAreas(): Promise<PriorityAreaEntity[]> {
    return this.dataSource.getRepository(PriorityAreaEntity).find({ order: { code: 'ASC' } });
  }

  priorityAreasByCode(codes: readonly string[]): Promise<PriorityAreaEntity[]> {
    return this.dataSource
      .getRepository(PriorityAreaEntity)
      .createQueryBuilder('p')
      .where('p.code IN (:...codes)', { codes: [...codes] })
      .getMany();
  }

  subAreasOf(areaCodes: readonly string[]): Promise<PrioritySubAreaEntity[]> {
    return this.dataSource
      .getRepository(PrioritySubAreaEntity)
      .createQueryBuilder('s')
      .where('s.priority_area_code IN (:...codes)', { codes: [...areaCodes] })
      .orderBy('s.code', 'ASC')
      .getMany();
  }

  fieldOffices(): Promise<FieldOfficeEntity[]> {
    return this.dataSource.getRepository(FieldOfficeEntity).find({ order: { city: 'ASC' } });
  }

  fieldOfficesByCode(codes: readonly string[]): Promise<FieldOfficeEntity[]> {
    return this.dataSource
      .getRepository(FieldOfficeEntity)
      .createQueryBuilder('f')
      .where('f.code IN (:...codes)', { codes: [...codes] })
      .getMany();
  }

  /** The States each office covers, for a batch of offices, in one query. */
  async statesCoveredBy(officeCodes: readonly string[]): Promise<Array<{ officeCode: string; state: StateEntity }>> {
    const rows: Array<Record<string, string>> = await this.dataSource.query(
      `SELECT f.code AS office_code, s.*
         FROM field_office f
         JOIN state s ON ${OFFICE_COVERS_STATE}
        WHERE f.code = ANY ($1)
        ORDER BY s.name_en`,
      [officeCodes],
    );
    return rows.map((r) => ({ officeCode: r.office_code, state: this.dataSource.manager.create(StateEntity, toState(r)) }));
  }
}

function toState(r: Record<string, string>): Partial<StateEntity> {
  return {
    iso3: r.iso3,
    m49: r.m49,
    nameEn: r.name_en,
    nameFr: r.name_fr,
    nameEs: r.name_es,
    region: r.region,
    subregion: r.subregion,
    intermediateRegion: r.intermediate_region,
    unStatus: r.un_status as StateEntity['unStatus'],
  };
}

export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}
