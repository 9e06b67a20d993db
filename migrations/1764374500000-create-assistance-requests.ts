import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Assistance requests, their status history, and the indexes the list and duplicate queries use. */
export class CreateAssistanceRequests1764374500000 implements MigrationInterface {
  name = 'CreateAssistanceRequests1764374500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`
      CREATE TABLE assistance_request (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        priority_area_code text NOT NULL REFERENCES priority_area (code),
        kind text NOT NULL CHECK (kind IN ('REPORTING_OBLIGATIONS','LEGISLATIVE_ASSISTANCE','TRAINING','EQUIPMENT',
          'PRINTING_LEGISLATION','FOLLOW_UP_TRAINING','DATA_COLLECTION','OTHER')),
        topics text[] NOT NULL DEFAULT '{}',
        instruments text[] NOT NULL DEFAULT '{}',
        channel text NOT NULL,
        received_on date NOT NULL,
        description text NOT NULL DEFAULT '',
        status text NOT NULL CHECK (status IN ('RECEIVED','UNDER_REVIEW','ACCEPTED','PLANNED','IN_DELIVERY',
          'FULFILLED','DECLINED','WITHDRAWN')),
        source_paragraph text,
        illustrative_note text,
        logged_by text NOT NULL,
        field_office_code text REFERENCES field_office (code),
        merged_into_id uuid REFERENCES assistance_request (id),
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    // The list is filtered by any of these and sorted by received_on or updated_at; id breaks ties for cursors.
    await q.query(`CREATE INDEX idx_request_received ON assistance_request (received_on, id)`);
    await q.query(`CREATE INDEX idx_request_updated ON assistance_request (updated_at, id)`);
    await q.query(`CREATE INDEX idx_request_state ON assistance_request (state_iso3, received_on)`);
    await q.query(`CREATE INDEX idx_request_status ON assistance_request (status, received_on)`);
    await q.query(`CREATE INDEX idx_request_kind ON assistance_request (kind, received_on)`);
    await q.query(`CREATE INDEX idx_request_area ON assistance_request (priority_area_code, received_on)`);
    await q.query(`CREATE INDEX idx_request_topics ON assistance_request USING gin (topics)`);
    await q.query(
      `CREATE INDEX idx_request_description_trgm ON assistance_request USING gin (description gin_trgm_ops)`,
    );
    // Duplicate detection looks only at open requests of one State and kind.
    await q.query(`
      CREATE INDEX idx_request_open_state_kind ON assistance_request (state_iso3, kind)
      WHERE status NOT IN ('FULFILLED','DECLINED','WITHDRAWN')`);
    await q.query(`CREATE INDEX idx_state_name_trgm ON state USING gin (name_en gin_trgm_ops)`);

    await q.query(`
      CREATE TABLE request_status_change (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        request_id uuid NOT NULL REFERENCES assistance_request (id),
        from_status text,
        to_status text NOT NULL,
        at timestamptz NOT NULL DEFAULT now(),
        by text NOT NULL,
        reason text,
        merged_from_id uuid REFERENCES assistance_request (id)
      )`);
    await q.query(`CREATE INDEX idx_status_change_request ON request_status_change (request_id, at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE request_status_change`);
    await q.query(`DROP INDEX idx_state_name_trgm`);
    await q.query(`DROP TABLE assistance_request`);
  }
}
