import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys for the creates a field office may retry on a poor line: a logged request keeps the key it
 * was sent with (and a hash of what was sent, to tell a retry from a reuse of the key for other content); a
 * workshop outcome's submissions are kept in their own table, since one outcome row is rewritten by each.
 */
export class AddIdempotencyKeys1764375100000 implements MigrationInterface {
  name = 'AddIdempotencyKeys1764375100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assistance_request ADD COLUMN idempotency_key text, ADD COLUMN idempotency_hash text`);
    // Unique where set (NULLs are distinct); a plain constraint so INSERT … ON CONFLICT (idempotency_key) can name it.
    await q.query(
      `ALTER TABLE assistance_request ADD CONSTRAINT uq_assistance_request_idempotency_key UNIQUE (idempotency_key)`,
    );
    await q.query(`
      CREATE TABLE workshop_outcome_submission (
        idempotency_key text PRIMARY KEY,
        workshop_id uuid NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        request_hash text NOT NULL,
        recorded_by_id uuid,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE workshop_outcome_submission`);
    await q.query(`ALTER TABLE assistance_request DROP CONSTRAINT uq_assistance_request_idempotency_key`);
    await q.query(`ALTER TABLE assistance_request DROP COLUMN idempotency_hash, DROP COLUMN idempotency_key`);
  }
}
