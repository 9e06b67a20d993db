import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reports people open (issue 13 parts 3–4): the donor statement, programme plan, State profile and report to the
 * Conference as XLSX or PDF, and as-at snapshots — the figures a report was made from (`figures`, read in one
 * consistent snapshot) and the moment they were read (`as_at`), so the file is rendered from them and reads the same
 * however the data moves later.
 */
export class ReportSnapshots1764376900000 implements MigrationInterface {
  name = 'ReportSnapshots1764376900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_kind_check`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_format_check`);
    await q.query(`ALTER TABLE report ADD CONSTRAINT report_kind_check CHECK (kind IN ('FUNDING_GAPS',
      'ASSISTANCE_REQUESTS', 'IATI_ACTIVITIES', 'DONOR_STATEMENT', 'PROGRAMME_PLAN', 'STATE_PROFILE', 'CONFERENCE_REPORT'))`);
    await q.query(
      `ALTER TABLE report ADD CONSTRAINT report_format_check CHECK (format IN ('CSV', 'XLSX', 'PDF', 'XML'))`,
    );
    await q.query(`ALTER TABLE report ADD COLUMN figures jsonb, ADD COLUMN as_at timestamptz`);
    await q.query(`UPDATE report SET as_at = created_at`);
    await q.query(`ALTER TABLE report ALTER COLUMN as_at SET DEFAULT now(), ALTER COLUMN as_at SET NOT NULL`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DELETE FROM report WHERE kind IN ('DONOR_STATEMENT', 'PROGRAMME_PLAN', 'STATE_PROFILE', 'CONFERENCE_REPORT')
                      OR format IN ('XLSX', 'PDF')`);
    await q.query(`ALTER TABLE report DROP COLUMN figures, DROP COLUMN as_at`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_kind_check`);
    await q.query(`ALTER TABLE report DROP CONSTRAINT report_format_check`);
    await q.query(
      `ALTER TABLE report ADD CONSTRAINT report_kind_check CHECK (kind IN ('FUNDING_GAPS', 'ASSISTANCE_REQUESTS', 'IATI_ACTIVITIES'))`,
    );
    await q.query(`ALTER TABLE report ADD CONSTRAINT report_format_check CHECK (format IN ('CSV', 'XML'))`);
  }
}
