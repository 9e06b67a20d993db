import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The costed programme: activities and their cost lines, links to requests, workshops, outcomes, experts. */
export class CreateProgramme1764374700000 implements MigrationInterface {
  name = 'CreateProgramme1764374700000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE activity (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        code text NOT NULL UNIQUE,
        title text NOT NULL,
        description text NOT NULL DEFAULT '',
        priority_area_code text NOT NULL REFERENCES priority_area (code),
        sub_area_code text REFERENCES priority_sub_area (code),
        activity_type text NOT NULL CHECK (activity_type IN ('WORKSHOP','EXPERT_GROUP_MEETING','LEGAL_ADVISORY_SERVICE',
          'MODEL_LEGISLATION','TRAINING_MATERIAL','TOOL_OR_SOFTWARE','RESEARCH','EQUIPMENT','NETWORK','STAFFING')),
        status text NOT NULL CHECK (status IN ('PROPOSED','ENDORSED','FUNDED','UNDER_WAY','COMPLETED','CANCELLED')),
        beneficiary_states text[] NOT NULL DEFAULT '{}',
        beneficiary_regions text[] NOT NULL DEFAULT '{}',
        partners text[] NOT NULL DEFAULT '{}',
        lead_office_code text REFERENCES field_office (code),
        source_paragraph text,
        section text,
        starts_on date,
        ends_on date,
        illustrative_note text,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_activity_dates CHECK (ends_on IS NULL OR starts_on IS NULL OR ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX idx_activity_area ON activity (priority_area_code, code)`);
    await q.query(`CREATE INDEX idx_activity_status ON activity (status, code)`);
    await q.query(`CREATE INDEX idx_activity_states ON activity USING gin (beneficiary_states)`);
    await q.query(`
      CREATE TABLE activity_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activity (id),
        from_status text,
        to_status text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        by text NOT NULL,
        by_id uuid REFERENCES app_user (id),
        reason text
      )`);
    await q.query(`CREATE INDEX idx_activity_status_change ON activity_status_change (activity_id, at)`);
    // Money is exact: NUMERIC, with its currency and the date of the rate it was costed at.
    await q.query(`
      CREATE TABLE cost_line (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid NOT NULL REFERENCES activity (id) ON DELETE CASCADE,
        year int NOT NULL CHECK (year BETWEEN 2000 AND 2100),
        category text NOT NULL CHECK (category IN ('STAFF','CONSULTANTS','TRAVEL','MEETINGS','EQUIPMENT','PUBLICATIONS','OTHER')),
        basis text NOT NULL CHECK (basis IN ('ORIGINAL','REVISED')),
        amount numeric(14,2) NOT NULL CHECK (amount >= 0),
        currency char(3) NOT NULL DEFAULT 'USD' CHECK (currency = 'USD'),
        rate_date date NOT NULL,
        illustrative boolean NOT NULL DEFAULT false,
        CONSTRAINT ux_cost_line UNIQUE (activity_id, year, category, basis)
      )`);
    await q.query(`
      CREATE TABLE activity_request (
        activity_id uuid NOT NULL REFERENCES activity (id),
        request_id uuid NOT NULL REFERENCES assistance_request (id),
        linked_at timestamptz NOT NULL DEFAULT now(),
        linked_by text NOT NULL,
        PRIMARY KEY (activity_id, request_id)
      )`);
    await q.query(`CREATE INDEX idx_activity_request_request ON activity_request (request_id)`);

    await q.query(`
      CREATE TABLE workshop (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        activity_id uuid REFERENCES activity (id),
        title text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('REGIONAL_WORKSHOP','NATIONAL_TRAINING','EXPERT_GROUP_MEETING','STUDY_TOUR')),
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        city text NOT NULL,
        country_iso3 char(3) REFERENCES state (iso3),
        region text,
        organisers text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        status text NOT NULL CHECK (status IN ('PLANNED','HELD','CANCELLED')),
        source_paragraph text,
        illustrative_note text,
        field_office_code text REFERENCES field_office (code),
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_workshop_dates CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX idx_workshop_dates ON workshop (starts_on, id)`);
    await q.query(`CREATE INDEX idx_workshop_activity ON workshop (activity_id)`);
    await q.query(`
      CREATE TABLE workshop_participant (
        workshop_id uuid NOT NULL REFERENCES workshop (id) ON DELETE CASCADE,
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        participants int CHECK (participants >= 0),
        women int CHECK (women >= 0),
        PRIMARY KEY (workshop_id, state_iso3),
        CONSTRAINT ck_women CHECK (women IS NULL OR participants IS NULL OR women <= participants)
      )`);
    await q.query(`CREATE INDEX idx_participant_state ON workshop_participant (state_iso3)`);
    await q.query(`
      CREATE TABLE workshop_outcome (
        workshop_id uuid PRIMARY KEY REFERENCES workshop (id),
        checklists_completed int CHECK (checklists_completed >= 0),
        states_updated int CHECK (states_updated >= 0),
        cases_progressed int CHECK (cases_progressed >= 0),
        conclusions text NOT NULL DEFAULT '',
        source_paragraph text,
        recorded_by text NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`ALTER TABLE assistance_request ADD COLUMN workshop_id uuid REFERENCES workshop (id)`);
    await q.query(
      `CREATE INDEX idx_request_workshop ON assistance_request (workshop_id) WHERE workshop_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE expert (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        nationality_iso3 char(3) REFERENCES state (iso3),
        organisation text,
        expertise text[] NOT NULL DEFAULT '{}',
        languages text[] NOT NULL DEFAULT '{}',
        legal_system text CHECK (legal_system IN ('CIVIL_LAW','COMMON_LAW','MIXED','ISLAMIC_LAW','CUSTOMARY_LAW')),
        gender text CHECK (gender IN ('FEMALE','MALE','OTHER','UNDISCLOSED')),
        advisory_group boolean NOT NULL DEFAULT false,
        available boolean NOT NULL DEFAULT true,
        illustrative_note text,
        source_paragraph text,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE INDEX idx_expert_expertise ON expert USING gin (expertise)`);
    await q.query(`CREATE INDEX idx_expert_languages ON expert USING gin (languages)`);
    await q.query(`CREATE INDEX idx_expert_nationality ON expert (nationality_iso3)`);
    await q.query(`
      CREATE TABLE expert_assignment (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        expert_id uuid NOT NULL REFERENCES expert (id),
        workshop_id uuid REFERENCES workshop (id),
        activity_id uuid REFERENCES activity (id),
        role text NOT NULL DEFAULT 'RESOURCE_PERSON',
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        CONSTRAINT ck_assignment_target CHECK (workshop_id IS NOT NULL OR activity_id IS NOT NULL),
        CONSTRAINT ck_assignment_dates CHECK (ends_on >= starts_on)
      )`);
    await q.query(`CREATE INDEX idx_assignment_expert_dates ON expert_assignment (expert_id, starts_on, ends_on)`);
    await q.query(
      `CREATE UNIQUE INDEX ux_assignment_workshop ON expert_assignment (expert_id, workshop_id) WHERE workshop_id IS NOT NULL`,
    );

    await q.query(`
      CREATE TABLE state_party (
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        instrument_code text NOT NULL REFERENCES instrument (code),
        status text NOT NULL CHECK (status IN ('PARTY','SIGNATORY')),
        since date,
        source text,
        PRIMARY KEY (state_iso3, instrument_code)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE state_party`);
    await q.query(`DROP TABLE expert_assignment`);
    await q.query(`DROP TABLE expert`);
    await q.query(`ALTER TABLE assistance_request DROP COLUMN workshop_id`);
    await q.query(`DROP TABLE workshop_outcome`);
    await q.query(`DROP TABLE workshop_participant`);
    await q.query(`DROP TABLE workshop`);
    await q.query(`DROP TABLE activity_request`);
    await q.query(`DROP TABLE cost_line`);
    await q.query(`DROP TABLE activity_status_change`);
    await q.query(`DROP TABLE activity`);
  }
}
