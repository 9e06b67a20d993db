import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { OFFICE_COVERS_STATE } from './rules/coverage.js';

/** The reference tables' SQL: States, instruments, priority areas, field offices and what each office covers. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** The States each office covers, for a batch of offices, in one query. */
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

  /** Whether a State has this ISO code. */
  async stateExists(iso3: string, tx?: DataSource['manager']): Promise<boolean> {
    const rows: unknown[] = await (tx ?? this.dataSource.manager).query(`SELECT 1 FROM state WHERE iso3 = $1`, [iso3]);
    return rows.length > 0;
  }

  /** Whether a priority area has this code. */
  async priorityAreaExists(code: string, tx?: DataSource['manager']): Promise<boolean> {
    const rows: unknown[] = await (tx ?? this.dataSource.manager).query(`SELECT 1 FROM priority_area WHERE code = $1`, [code]);
    return rows.length > 0;
  }

  /** The codes among these that name no instrument, in the order given. */
  async unknownInstruments(codes: readonly string[], tx?: DataSource['manager']): Promise<string[]> {
    if (codes.length === 0) return [];
    const found: Array<{ code: string }> = await (tx ?? this.dataSource.manager).query(
      `SELECT code FROM instrument WHERE code = ANY ($1)`,
      [codes],
    );
    const known = new Set(found.map((f) => f.code));
    return codes.filter((c) => !known.has(c));
  }

  /** Whether a field office has this code. */
  async fieldOfficeExists(code: string, tx?: DataSource['manager']): Promise<boolean> {
    const rows: unknown[] = await (tx ?? this.dataSource.manager).query(`SELECT 1 FROM field_office WHERE code = $1`, [code]);
    return rows.length > 0;
  }

  /** The office covering a State (the first by code when several do), or null. */
  async officeCoveringState(iso3: string, tx?: DataSource['manager']): Promise<string | null> {
    const [row]: Array<{ code: string }> = await (tx ?? this.dataSource.manager).query(
      `SELECT f.code FROM field_office f JOIN state s ON s.iso3 = $1
        WHERE ${OFFICE_COVERS_STATE}
        ORDER BY f.code LIMIT 1`,
      [iso3],
    );
    return row?.code ?? null;
  }
}
