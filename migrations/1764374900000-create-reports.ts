import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Reports made by background jobs, with their progress and, when done, the file. */
export class CreateReports1764374900000 implements MigrationInterface {
  name = 'CreateReports1764374900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE report (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL CHECK (kind IN ('FUNDING_GAPS', 'ASSISTANCE_REQUESTS', 'IATI_ACTIVITIES')),
        format text NOT NULL CHECK (format IN ('CSV', 'XML')),
        status text NOT NULL CHECK (status IN ('QUEUED', 'RUNNING', 'DONE', 'FAILED')),
        progress int NOT NULL DEFAULT 0 CHECK (progress BETWEEN 0 AND 100),
        rows int,
        file_name text,
        content_type text,
        content bytea,
        error text,
        requested_by uuid NOT NULL REFERENCES app_user (id),
        requested_role text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await q.query(`CREATE INDEX idx_report_requester ON report (requested_by, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE report`);
  }
}
