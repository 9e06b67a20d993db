import { Injectable } from '@nestjs/common';
import type { LegalSystem } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { escapeLike } from '../../infra/database/like.js';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { buildStates } from './data/states.data.js';
import { buildM49Areas, type M49AreaRow } from './data/m49-areas.data.js';
import { FIELD_OFFICES, INSTRUMENTS, PRIORITY_AREAS, PRIORITY_SUB_AREAS } from './data/programme.data.js';
import type { StateFilter } from './dto/state.filter.js';
import { FieldOfficeEntity } from './entities/field-office.entity.js';
import { InstrumentEntity } from './entities/instrument.entity.js';
import { PriorityAreaEntity } from './entities/priority-area.entity.js';
import { PrioritySubAreaEntity } from './entities/priority-sub-area.entity.js';
import { StateEntity } from './entities/state.entity.js';
import { OFFICE_COVERS_STATE } from './rules/coverage.js';

/** A State covered by a field office, as `statesCoveredBy` answers it. */
export interface OfficeStateRow {
  officeCode: string;
  state: StateEntity;
}

/** The reference tables' SQL: States, instruments, priority areas, field offices and what each office covers. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Writes the reference tables from the packages and lists they come from (insert or update). */
  async upsertAll(tx: EntityManager): Promise<void> {
    await tx.upsert(StateEntity, buildStates(), ['iso3']);
    await tx.query(
      `INSERT INTO m49_area (code, name, level, region, subregion)
       SELECT * FROM jsonb_to_recordset($1::jsonb) AS x(code text, name text, level int, region text, subregion text)
       ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, level = EXCLUDED.level, region = EXCLUDED.region,
                                        subregion = EXCLUDED.subregion`,
      [JSON.stringify(buildM49Areas())],
    );
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
        titleEn: s.titleEn,
        titleFr: s.titleFr,
        titleEs: s.titleEs,
        sourceParagraph: s.para,
      })),
      ['code'],
    );
    await tx.upsert(
      FieldOfficeEntity,
      FIELD_OFFICES.map((o) => ({ ...o, regions: [...o.regions], extraStates: [...o.extraStates] })),
      ['code'],
    );
  }

  /**
   * Gives States without one the legal system of `systems` (ISO3 → system); a State already classified keeps its
   * own. Answers how many it set.
   */
  async fillLegalSystems(systems: ReadonlyMap<string, LegalSystem>, tx?: EntityManager): Promise<number> {
    const rows: unknown[] = await (tx ?? this.dataSource.manager).query(
      `UPDATE state s SET legal_system = v.system
         FROM unnest($1::text[], $2::text[]) AS v (iso3, system)
        WHERE s.iso3 = v.iso3 AND s.legal_system IS NULL
        RETURNING s.iso3`,
      [[...systems.keys()], [...systems.values()]],
    );
    return rows.length;
  }

  /** Sets a State's legal system (null: not classified); false when there is no such State. */
  async setLegalSystem(iso3: string, system: LegalSystem | null, tx: EntityManager): Promise<boolean> {
    const rows: unknown[] = await tx.query(`UPDATE state SET legal_system = $2 WHERE iso3 = $1 RETURNING iso3`, [
      iso3,
      system,
    ]);
    return rows.length > 0;
  }

  /** The M49 areas above the country (the World, regions, sub-regions, intermediate regions), by code. */
  async m49Areas(): Promise<M49AreaRow[]> {
    return this.dataSource.query(`SELECT code, name, level, region, subregion FROM m49_area ORDER BY code`);
  }

  @SqlSnapshot([{ search: 'sen' }], {
    name: 'parties to the Firearms Protocol in Africa',
    args: [{ partyTo: 'FIREARMS', region: 'Africa' }],
  })
  states(filter: StateFilter = {}): Promise<StateEntity[]> {
    const q = this.dataSource.getRepository(StateEntity).createQueryBuilder('s').orderBy('s.name_en', 'ASC');
    if (filter.region) q.andWhere('s.region = :region', { region: filter.region });
    if (filter.subregion) {
      q.andWhere('(s.subregion = :sub OR s.intermediate_region = :sub)', { sub: filter.subregion });
    }
    if (filter.unStatus) q.andWhere('s.un_status = :unStatus', { unStatus: filter.unStatus });
    if (filter.partyTo) {
      q.andWhere(
        `EXISTS (SELECT 1 FROM state_party sp WHERE sp.instrument_code = :partyTo AND sp.status = 'PARTY' AND sp.state_iso3 = s.iso3)`,
        { partyTo: filter.partyTo },
      );
    }
    if (filter.search) {
      q.andWhere(
        `(s.iso3 = upper(:exact) OR s.name_en ILIKE :like OR s.name_fr ILIKE :like OR s.name_es ILIKE :like)`,
        { exact: filter.search.trim(), like: `%${escapeLike(filter.search.trim())}%` },
      );
    }
    return q.getMany();
  }

  statesByIso3(codes: readonly string[]): Promise<StateEntity[]> {
    // No codes, no rows (an empty `IN ()` is a syntax error: a workshop outcome without participants failed so).
    if (codes.length === 0) return Promise.resolve([]);
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
    // No codes, no rows (an empty `IN ()` is a syntax error: a workshop outcome without participants failed so).
    if (codes.length === 0) return Promise.resolve([]);
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
    // No codes, no rows (an empty `IN ()` is a syntax error: a workshop outcome without participants failed so).
    if (codes.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(PriorityAreaEntity)
      .createQueryBuilder('p')
      .where('p.code IN (:...codes)', { codes: [...codes] })
      .getMany();
  }

  subAreasOf(areaCodes: readonly string[]): Promise<PrioritySubAreaEntity[]> {
    // No codes, no rows (an empty `IN ()` is a syntax error: a workshop outcome without participants failed so).
    if (areaCodes.length === 0) return Promise.resolve([]);
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
    // No codes, no rows (an empty `IN ()` is a syntax error: a workshop outcome without participants failed so).
    if (codes.length === 0) return Promise.resolve([]);
    return this.dataSource
      .getRepository(FieldOfficeEntity)
      .createQueryBuilder('f')
      .where('f.code IN (:...codes)', { codes: [...codes] })
      .getMany();
  }

  /** The States each office covers (whole rows, by English name), for a batch of offices, in one query. */
  async statesCoveredBy(officeCodes: readonly string[]): Promise<OfficeStateRow[]> {
    const rows: StateRow[] = await this.dataSource.query(
      `SELECT f.code AS office_code, s.iso3, s.m49, s.name_en, s.name_fr, s.name_es, s.region, s.subregion,
              s.intermediate_region, s.un_status, s.legal_system
         FROM field_office f
         JOIN state s ON ${OFFICE_COVERS_STATE}
        WHERE f.code = ANY ($1)
        ORDER BY s.name_en`,
      [officeCodes],
    );
    return rows.map((r) => ({
      officeCode: r.office_code,
      state: this.dataSource.manager.create(StateEntity, toState(r)),
    }));
  }

  /** A State's party status under each instrument, where known, in the instruments' order. */
  @SqlSnapshot([SqlArg.STATE])
  async partiesOf(iso3: string): Promise<Array<{ instrumentCode: string; status: string; since: string | null }>> {
    const rows: Array<{ instrument_code: string; status: string; since: string | null }> = await this.dataSource.query(
      `SELECT sp.instrument_code, sp.status, COALESCE(sp.consent_on, sp.signed_on)::text AS since FROM state_party sp JOIN instrument i ON i.code = sp.instrument_code
        WHERE sp.state_iso3 = $1 ORDER BY i.sort_order`,
      [iso3],
    );
    return rows.map((r) => ({ instrumentCode: r.instrument_code, status: r.status, since: r.since }));
  }

  /** The States each office covers, for a batch of offices, in one query. */
  @SqlSnapshot([[SqlArg.OFFICE, 'BKK']])
  async statesCoveredByOffices(officeCodes: readonly string[]): Promise<Map<string, Set<string>>> {
    const rows: Array<{ office_code: string; iso3: string }> = await this.dataSource.query(
      `SELECT f.code AS office_code, s.iso3
         FROM field_office f
         JOIN state s ON ${OFFICE_COVERS_STATE}
        WHERE f.code = ANY ($1)`,
      [officeCodes],
    );
    const map = new Map<string, Set<string>>();
    for (const row of rows) {
      const set = map.get(row.office_code) ?? new Set<string>();
      set.add(row.iso3);
      map.set(row.office_code, set);
    }
    return map;
  }

  /**
   * For a batch of requests, in one statement whatever their number: which of these States exist (each with the
   * office covering it, the first by code, or null), and which of these priority areas, instruments and field
   * offices exist.
   */
  async referencesOf(
    codes: {
      states: readonly string[];
      areas: readonly string[];
      instruments: readonly string[];
      offices: readonly string[];
    },
    tx?: DataSource['manager'],
  ): Promise<{
    states: Map<string, string | null>;
    areas: Set<string>;
    instruments: Set<string>;
    offices: Set<string>;
  }> {
    const rows: Array<{ kind: 'state' | 'area' | 'instrument' | 'office'; code: string; office: string | null }> =
      await (tx ?? this.dataSource.manager).query(
        `SELECT 'state' AS kind, s.iso3::text AS code,
              (SELECT f.code FROM field_office f WHERE ${OFFICE_COVERS_STATE} ORDER BY f.code LIMIT 1) AS office
         FROM state s WHERE s.iso3 = ANY ($1::bpchar[])
       UNION ALL SELECT 'area', code, NULL FROM priority_area WHERE code = ANY ($2::text[])
       UNION ALL SELECT 'instrument', code, NULL FROM instrument WHERE code = ANY ($3::text[])
       UNION ALL SELECT 'office', code, NULL FROM field_office WHERE code = ANY ($4::text[])`,
        [[...codes.states], [...codes.areas], [...codes.instruments], [...codes.offices]],
      );
    const found = {
      states: new Map<string, string | null>(),
      areas: new Set<string>(),
      instruments: new Set<string>(),
      offices: new Set<string>(),
    };
    for (const r of rows) {
      if (r.kind === 'state') found.states.set(r.code, r.office);
      else if (r.kind === 'area') found.areas.add(r.code);
      else if (r.kind === 'instrument') found.instruments.add(r.code);
      else found.offices.add(r.code);
    }
    return found;
  }
}

/** A `state` row as plain SQL returns it, with the office it was joined for. */
interface StateRow {
  office_code: string;
  iso3: string;
  m49: string;
  name_en: string;
  name_fr: string;
  name_es: string;
  region: string;
  subregion: string | null;
  intermediate_region: string | null;
  un_status: string;
  legal_system: string | null;
}

function toState(r: StateRow): Partial<StateEntity> {
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
    legalSystem: r.legal_system as StateEntity['legalSystem'],
  };
}
