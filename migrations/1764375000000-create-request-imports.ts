import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Bulk imports of requests from a spreadsheet: each row is logged on its own, each bad row kept with its reason. */
export class CreateRequestImports1764375000000 implements MigrationInterface {
  name = 'CreateRequestImports1764375000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE request_import (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        file_name text NOT NULL,
        content text NOT NULL,
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        total_rows int,
        imported_rows int NOT NULL DEFAULT 0,
        failure text,
        requested_by uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`
      CREATE TABLE request_import_row (
        import_id uuid NOT NULL REFERENCES request_import (id) ON DELETE CASCADE,
        line int NOT NULL,
        request_id uuid REFERENCES assistance_request (id),
        field text,
        message text,
        PRIMARY KEY (import_id, line)
      )`);
    await q.query(`CREATE INDEX idx_request_import_requester ON request_import (requested_by, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_import_row`);
    await q.query(`DROP TABLE request_import`);
  }
}
