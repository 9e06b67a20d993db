import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A law's file in the legal library (issue 16 part 2): the PDF itself, in its own table as bytea so that the
 * project's backup (every public table as JSON lines) keeps it — large objects it would miss. One file per law;
 * uploading again replaces it. `confidential`: only those who read the State's confidential text download it.
 */
export class LegislationFiles1764377200000 implements MigrationInterface {
  name = 'LegislationFiles1764377200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE legislation_file (
        legislation_id uuid PRIMARY KEY REFERENCES legislation (id) ON DELETE CASCADE,
        file_name text NOT NULL,
        content bytea NOT NULL,
        size_bytes integer NOT NULL CHECK (size_bytes > 0),
        sha256 char(64) NOT NULL,
        confidential boolean NOT NULL DEFAULT false,
        uploaded_by uuid REFERENCES app_user (id) ON DELETE SET NULL,
        uploaded_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE legislation_file`);
  }
}
