import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Imports that can be trusted (issue 16): each line of an import says what became of it (`outcome`: LOGGED,
 * ALREADY_IMPORTED or REFUSED) and carries the stable key of its row (`row_key`: a hash of the normalised row and
 * its State, or of its State and the file's own reference). The key is unique among logged lines, so the same row
 * imported again — the same file, or the row in another file — logs nothing new; `request_id` of an
 * ALREADY_IMPORTED line names the request logged the first time. Column mapping templates map a file's own
 * header names to the import's columns: a user's own (`owner_id`) or shared by the secretariat (`shared`).
 */
export class ImportRowKeysAndMappingTemplates1764376700000 implements MigrationInterface {
  name = 'ImportRowKeysAndMappingTemplates1764376700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE request_import_row ADD COLUMN outcome text, ADD COLUMN row_key text`);
    await q.query(
      `UPDATE request_import_row SET outcome = CASE WHEN request_id IS NULL THEN 'REFUSED' ELSE 'LOGGED' END`,
    );
    await q.query(`
      ALTER TABLE request_import_row
        ALTER COLUMN outcome SET NOT NULL,
        ADD CONSTRAINT request_import_row_outcome_check CHECK (outcome IN ('LOGGED', 'ALREADY_IMPORTED', 'REFUSED'))`);
    await q.query(
      `CREATE UNIQUE INDEX uq_request_import_row_key ON request_import_row (row_key) WHERE outcome = 'LOGGED'`,
    );
    await q.query(`
      CREATE TABLE import_mapping_template (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL CHECK (length(name) BETWEEN 1 AND 80),
        mapping jsonb NOT NULL,
        shared boolean NOT NULL DEFAULT false,
        owner_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_import_mapping_template_name ON import_mapping_template (owner_id, lower(name))`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE import_mapping_template`);
    await q.query(`DROP INDEX uq_request_import_row_key`);
    // Without the outcome, a line with a request reads as logged by its import: an already-imported one was not.
    await q.query(`UPDATE request_import_row SET request_id = NULL WHERE outcome = 'ALREADY_IMPORTED'`);
    await q.query(
      `ALTER TABLE request_import_row DROP CONSTRAINT request_import_row_outcome_check, DROP COLUMN outcome, DROP COLUMN row_key`,
    );
  }
}
