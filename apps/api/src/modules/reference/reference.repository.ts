import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SqlArg, SqlSnapshot } from '../../infra/database/sql-snapshot.js';
import { OFFICE_COVERS_STATE } from './rules/coverage.js';

/** The reference tables' SQL: States, instruments, priority areas, field offices and what each office covers. */
@Injectable()
export class ReferenceRepository {
  constructor(private readonly dataSource: DataSource) {}

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
}
