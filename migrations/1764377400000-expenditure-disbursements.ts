import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An expenditure line may be money transferred to one of the activity's implementing partners (a disbursement,
 * IATI transaction type 3, with the partner as receiver-org) rather than spent by the programme itself (type 4).
 */
export class ExpenditureDisbursements1764377400000 implements MigrationInterface {
  name = 'ExpenditureDisbursements1764377400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE expenditure ADD COLUMN paid_to_organisation_id uuid REFERENCES organisation (id)`);
    await q.query(
      `CREATE INDEX idx_expenditure_paid_to ON expenditure (paid_to_organisation_id) WHERE paid_to_organisation_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE expenditure DROP COLUMN paid_to_organisation_id`);
  }
}
