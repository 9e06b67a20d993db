import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Sorting requests by State name needs a b-tree on the name (the trigram index cannot order). */
export class IndexStateNames1764374650000 implements MigrationInterface {
  name = 'IndexStateNames1764374650000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX idx_state_name ON state (name_en, iso3)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX idx_state_name`);
  }
}
