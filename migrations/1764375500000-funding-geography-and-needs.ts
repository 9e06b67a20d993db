import type { MigrationInterface, QueryRunner } from 'typeorm';
import { m49CodesForWording } from './frozen/1764375500000-m49-wording.js';

/**
 * An activity's geography as data: the M49 areas it benefits (regions, sub-regions, intermediate regions, or
 * the World for a global activity), beside the States it names and the document's own wording (kept in
 * beneficiary_regions). Existing activities get the areas their wording means. Also: allocations marked as
 * deliberate over-funding (with the reason), and a donor's intention (stage INTENDED, below PLEDGED).
 */
export class FundingGeographyAndNeeds1764375500000 implements MigrationInterface {
  name = 'FundingGeographyAndNeeds1764375500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE m49_area (
        code char(3) PRIMARY KEY CHECK (code ~ '^[0-9]{3}$'),
        name text NOT NULL,
        level int NOT NULL CHECK (level BETWEEN 0 AND 3),
        region text,
        subregion text
      )`);
    await q.query(`ALTER TABLE activity ADD COLUMN beneficiary_areas text[] NOT NULL DEFAULT '{}'`);
    const rows: Array<{ id: string; beneficiary_regions: string[] }> = await q.query(
      `SELECT id, beneficiary_regions FROM activity WHERE cardinality(beneficiary_regions) > 0`,
    );
    for (const row of rows) {
      const codes = [...new Set(row.beneficiary_regions.flatMap((w) => m49CodesForWording(w) ?? []))];
      if (codes.length) await q.query(`UPDATE activity SET beneficiary_areas = $2 WHERE id = $1`, [row.id, codes]);
    }
    await q.query(`ALTER TABLE allocation ADD COLUMN over_funding_reason text`);
    await q.query(`ALTER TABLE contribution DROP CONSTRAINT contribution_stage_check`);
    await q.query(
      `ALTER TABLE contribution ADD CONSTRAINT contribution_stage_check CHECK (stage IN ('INTENDED','PLEDGED','COMMITTED','PAID'))`,
    );
    await q.query(`ALTER TABLE contribution DROP CONSTRAINT ck_committed_has_agreement`);
    await q.query(
      `ALTER TABLE contribution ADD CONSTRAINT ck_committed_has_agreement CHECK (stage IN ('INTENDED','PLEDGED') OR agreement_ref IS NOT NULL)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(
      `DELETE FROM contribution_stage_change WHERE contribution_id IN (SELECT id FROM contribution WHERE stage = 'INTENDED')`,
    );
    await q.query(`DELETE FROM contribution WHERE stage = 'INTENDED'`);
    await q.query(`ALTER TABLE contribution DROP CONSTRAINT ck_committed_has_agreement`);
    await q.query(
      `ALTER TABLE contribution ADD CONSTRAINT ck_committed_has_agreement CHECK (stage = 'PLEDGED' OR agreement_ref IS NOT NULL)`,
    );
    await q.query(`ALTER TABLE contribution DROP CONSTRAINT contribution_stage_check`);
    await q.query(
      `ALTER TABLE contribution ADD CONSTRAINT contribution_stage_check CHECK (stage IN ('PLEDGED','COMMITTED','PAID'))`,
    );
    await q.query(`ALTER TABLE allocation DROP COLUMN over_funding_reason`);
    await q.query(`ALTER TABLE activity DROP COLUMN beneficiary_areas`);
    await q.query(`DROP TABLE m49_area`);
  }
}
