import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One table for the idempotency keys of every create that has no key of its own (createDonor, createActivity,
 * allocateContribution, requestReport, …): who sent the key, for which operation, a hash of what was sent, and
 * the id of what it created, so a retry answers that record and a reuse of the key for other content is refused.
 * Also: the options a report was asked with, and every problem of a refused import row (not only the first).
 */
export class CreateIdempotencyKeysAndExportOptions1764375400000 implements MigrationInterface {
  name = 'CreateIdempotencyKeysAndExportOptions1764375400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE idempotency_key (
        actor_id text NOT NULL,
        key text NOT NULL,
        operation text NOT NULL,
        request_hash text NOT NULL,
        result_id text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (actor_id, key)
      )`);
    await q.query(`ALTER TABLE report ADD COLUMN options jsonb NOT NULL DEFAULT '{}'::jsonb`);
    await q.query(`ALTER TABLE request_import_row ADD COLUMN problems jsonb`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE request_import_row DROP COLUMN problems`);
    await q.query(`ALTER TABLE report DROP COLUMN options`);
    await q.query(`DROP TABLE idempotency_key`);
  }
}
