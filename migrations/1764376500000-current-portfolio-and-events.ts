import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The whole source document as data (issue 17):
 * - activity.phase: CURRENT (under way in 2008, sections II.A–VI.A) or PROPOSED (the 2009–2011 proposals, as
 *   every activity so far); activity_builds_on: a proposal that builds on a current activity; activity.figures:
 *   the numbers the document gives about an activity, each with its paragraph;
 * - workshop.kind gains INTERGOVERNMENTAL_SESSION and ADVISORY_GROUP_MEETING; workshop.date_precision says
 *   whether its dates are days, a month, a quarter or a year (each starts on its first day);
 * - three facts of the demo data set right where a database loaded them before: the para. 25 topics are the
 *   list's, not each State's; Brazil and Guatemala are possible venues of para. 44, not beneficiaries. Each
 *   correction touches only a demo row that still holds the wrong value (an edit made since stays).
 */
export class CurrentPortfolioAndEvents1764376500000 implements MigrationInterface {
  name = 'CurrentPortfolioAndEvents1764376500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE activity
        ADD COLUMN phase text NOT NULL DEFAULT 'PROPOSED' CHECK (phase IN ('CURRENT','PROPOSED')),
        ADD COLUMN figures jsonb NOT NULL DEFAULT '[]'::jsonb CHECK (jsonb_typeof(figures) = 'array')`);
    await q.query(`CREATE INDEX idx_activity_phase ON activity (phase, code)`);
    await q.query(`
      CREATE TABLE activity_builds_on (
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        builds_on_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        PRIMARY KEY (activity_id, builds_on_id),
        CONSTRAINT ck_builds_on_other CHECK (activity_id <> builds_on_id)
      )`);
    await q.query(`CREATE INDEX idx_activity_builds_on_target ON activity_builds_on (builds_on_id)`);

    await q.query(`ALTER TABLE workshop DROP CONSTRAINT workshop_kind_check`);
    await q.query(`
      ALTER TABLE workshop ADD CONSTRAINT workshop_kind_check CHECK (kind IN
        ('REGIONAL_WORKSHOP','NATIONAL_TRAINING','EXPERT_GROUP_MEETING','STUDY_TOUR','INTERGOVERNMENTAL_SESSION',
         'ADVISORY_GROUP_MEETING'))`);
    await q.query(`
      ALTER TABLE workshop
        ADD COLUMN date_precision text NOT NULL DEFAULT 'DAY' CHECK (date_precision IN ('DAY','MONTH','QUARTER','YEAR')),
        ADD CONSTRAINT ck_workshop_period_start CHECK (
          date_precision = 'DAY'
          OR (extract(day FROM starts_on) = 1 AND (date_precision = 'MONTH'
              OR (date_precision = 'QUARTER' AND extract(month FROM starts_on) IN (1, 4, 7, 10))
              OR (date_precision = 'YEAR' AND extract(month FROM starts_on) = 1))))`);

    // Para. 25 gives its topics for the list of 23 States as a whole.
    await q.query(`
      UPDATE assistance_request
         SET topics = ARRAY['criminal-justice'],
             description = description || ' The document names the issues for the list of requesting States as a whole, not State by State (para. 25): cybercrime, money-laundering, international cooperation in criminal matters, confiscation, trafficking in persons, smuggling of migrants and firearms control.'
       WHERE external_ref LIKE 'demo:p25:%'
         AND topics @> ARRAY['cybercrime','money-laundering','international-cooperation','confiscation',
                             'trafficking-in-persons','smuggling-of-migrants','firearms']`);
    // Para. 44: "possibly in Brazil or in Guatemala" names venues.
    await q.query(`
      UPDATE activity SET beneficiary_states = '{}'
       WHERE external_ref IN ('demo:activity:IV.B.5-6', 'demo:activity:IV.B.5-7')
         AND beneficiary_states IN ('{BRA}', '{GTM}')`);
    // Partners the document names that the demo left out: ECOWAS and ECCAS (para. 28), the Partnership for Peace
    // beside NATO (para. 76).
    await q.query(`
      UPDATE activity SET partners = ARRAY['ECOWAS','ECCAS']
       WHERE external_ref = 'demo:activity:III.B.2-3' AND partners = '{}'`);
    await q.query(`
      UPDATE activity SET partners = ARRAY['NATO','Partnership for Peace']
       WHERE external_ref = 'demo:activity:VI.B.1-4' AND partners = '{NATO}'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE workshop DROP CONSTRAINT ck_workshop_period_start, DROP COLUMN date_precision`);
    await q.query(`DELETE FROM workshop WHERE kind IN ('INTERGOVERNMENTAL_SESSION','ADVISORY_GROUP_MEETING')`);
    await q.query(`ALTER TABLE workshop DROP CONSTRAINT workshop_kind_check`);
    await q.query(`
      ALTER TABLE workshop ADD CONSTRAINT workshop_kind_check CHECK (kind IN
        ('REGIONAL_WORKSHOP','NATIONAL_TRAINING','EXPERT_GROUP_MEETING','STUDY_TOUR'))`);
    await q.query(`DROP TABLE activity_builds_on`);
    await q.query(`DROP INDEX idx_activity_phase`);
    await q.query(`ALTER TABLE activity DROP COLUMN figures, DROP COLUMN phase`);
  }
}
