import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A donor's stated priorities, which its funding page's matches follow: priority areas (codes of
 * `priority_area`), M49 areas (codes of `m49_area`: regions, sub-regions, intermediate regions) and instruments
 * (codes of `instrument`, as requests name them). Empty means "any". Codes are checked against their tables by
 * the donors service when set; arrays (as an activity's beneficiary areas) keep one row per donor.
 */
export class DonorPriorities1764376300000 implements MigrationInterface {
  name = 'DonorPriorities1764376300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE donor
        ADD COLUMN priority_area_codes text[] NOT NULL DEFAULT '{}',
        ADD COLUMN priority_m49_areas text[] NOT NULL DEFAULT '{}',
        ADD COLUMN priority_instruments text[] NOT NULL DEFAULT '{}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE donor DROP COLUMN priority_area_codes, DROP COLUMN priority_m49_areas, DROP COLUMN priority_instruments`,
    );
  }
}
