import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Reporting cycles and the self-assessment checklist (issue 16, paras. 4–9): a cycle opened by the Conference
 * with its instruments; its questionnaire, versioned (sections and questions per instrument and article, in
 * English, French and Spanish); per State and cycle one entry (focal point, status, submission date) and its
 * answers (yes / no / partly, free text, and "needs technical assistance: which kind"). An answer whose need the
 * secretariat accepted points at the assistance request it raised or joined (`request_id`).
 */
export class ChecklistsAndReportingCycles1764376950000 implements MigrationInterface {
  name = 'ChecklistsAndReportingCycles1764376950000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE reporting_cycle (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        opened_by text NOT NULL,
        opened_year int NOT NULL CHECK (opened_year BETWEEN 1990 AND 2100),
        instruments text[] NOT NULL DEFAULT '{}',
        questionnaire_version int NOT NULL DEFAULT 1,
        source_paragraph text,
        external_ref text UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE checklist_question (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES reporting_cycle (id) ON DELETE CASCADE,
        questionnaire_version int NOT NULL,
        code text NOT NULL,
        position int NOT NULL,
        section_en text NOT NULL,
        section_fr text NOT NULL,
        section_es text NOT NULL,
        instrument_code text NOT NULL REFERENCES instrument (code),
        article text NOT NULL,
        text_en text NOT NULL,
        text_fr text NOT NULL,
        text_es text NOT NULL,
        illustrative boolean NOT NULL DEFAULT false,
        UNIQUE (cycle_id, questionnaire_version, code)
      )`);
    await q.query(
      `CREATE INDEX idx_checklist_question_order ON checklist_question (cycle_id, questionnaire_version, position)`,
    );
    await q.query(`
      CREATE TABLE checklist_entry (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        cycle_id uuid NOT NULL REFERENCES reporting_cycle (id) ON DELETE CASCADE,
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        questionnaire_version int NOT NULL,
        focal_point text,
        status text NOT NULL CHECK (status IN ('IN_PROGRESS','SUBMITTED','UPDATED')),
        submitted_on date,
        entered_by_id uuid REFERENCES app_user (id),
        workshop_id uuid REFERENCES workshop (id),
        illustrative boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        UNIQUE (cycle_id, state_iso3),
        CHECK (status = 'IN_PROGRESS' OR submitted_on IS NOT NULL)
      )`);
    await q.query(`CREATE INDEX idx_checklist_entry_status ON checklist_entry (cycle_id, status, state_iso3)`);
    await q.query(`
      CREATE TABLE checklist_answer (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        entry_id uuid NOT NULL REFERENCES checklist_entry (id) ON DELETE CASCADE,
        question_id uuid NOT NULL REFERENCES checklist_question (id),
        answer text CHECK (answer IN ('YES','NO','PARTLY')),
        comment text,
        needs_assistance boolean NOT NULL DEFAULT false,
        assistance_kind text,
        assistance_topics text[] NOT NULL DEFAULT '{}',
        request_id uuid REFERENCES assistance_request (id),
        accepted_at timestamptz,
        accepted_by_id uuid REFERENCES app_user (id),
        version int NOT NULL DEFAULT 1,
        UNIQUE (entry_id, question_id),
        CHECK (NOT needs_assistance OR assistance_kind IS NOT NULL)
      )`);
    await q.query(
      `CREATE INDEX idx_checklist_answer_request ON checklist_answer (request_id) WHERE request_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE checklist_answer`);
    await q.query(`DROP TABLE checklist_entry`);
    await q.query(`DROP TABLE checklist_question`);
    await q.query(`DROP TABLE reporting_cycle`);
  }
}
