import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Legal systems (issue 14 part 3): the families are common law, civil law, Islamic law and mixed (customary
 * law, where an expert had it, counts as mixed); a State has one too (nullable), so that experts can be
 * matched to the State they would help and the advisory group's legal-system balance shown (footnote 18,
 * para. 46). The indexes serve the experts' suggestion statement.
 */
export class LegalSystems1764377000000 implements MigrationInterface {
  name = 'LegalSystems1764377000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE expert DROP CONSTRAINT IF EXISTS expert_legal_system_check`);
    await q.query(`UPDATE expert SET legal_system = 'MIXED' WHERE legal_system = 'CUSTOMARY_LAW'`);
    await q.query(
      `ALTER TABLE expert ADD CONSTRAINT expert_legal_system_check
         CHECK (legal_system IN ('COMMON_LAW','CIVIL_LAW','ISLAMIC_LAW','MIXED'))`,
    );
    await q.query(
      `ALTER TABLE state ADD COLUMN legal_system text
         CONSTRAINT state_legal_system_check CHECK (legal_system IN ('COMMON_LAW','CIVIL_LAW','ISLAMIC_LAW','MIXED'))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE state DROP COLUMN legal_system`);
    await q.query(`ALTER TABLE expert DROP CONSTRAINT expert_legal_system_check`);
    await q.query(
      `ALTER TABLE expert ADD CONSTRAINT expert_legal_system_check
         CHECK (legal_system IN ('CIVIL_LAW','COMMON_LAW','MIXED','ISLAMIC_LAW','CUSTOMARY_LAW'))`,
    );
  }
}
