import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Statistics on international cooperation requests (issue 15, para. 41): one row per request between two States,
 * whichever reported it first; `match_key` (cooperationMatchKey in @ta/domain) makes the other State's report of
 * the same request land on the same row (`reported_by_both`), so it is counted once. Indexed for the aggregates
 * by year and by each State.
 */
export class CooperationStatistics1764376820000 implements MigrationInterface {
  name = 'CooperationStatistics1764376820000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE cooperation_case (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        match_key text NOT NULL UNIQUE,
        requesting_state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        requested_state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        reported_by_state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        reported_by_both boolean NOT NULL DEFAULT false,
        kind text NOT NULL CHECK (kind IN ('MUTUAL_LEGAL_ASSISTANCE','EXTRADITION')),
        offence text NOT NULL,
        legal_basis text NOT NULL CHECK (legal_basis IN ('CONVENTION','BILATERAL_TREATY','RECIPROCITY','OTHER_MULTILATERAL')),
        outcome text NOT NULL CHECK (outcome IN ('EXECUTED','PARTLY_EXECUTED','REFUSED','PENDING')),
        sent_on date NOT NULL,
        executed_on date,
        refusal_ground text,
        case_ref text NOT NULL,
        illustrative boolean NOT NULL DEFAULT false,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_cooperation_states CHECK (requesting_state_iso3 <> requested_state_iso3),
        CONSTRAINT ck_cooperation_executed CHECK (executed_on IS NULL OR (executed_on >= sent_on AND outcome IN ('EXECUTED','PARTLY_EXECUTED'))),
        CONSTRAINT ck_cooperation_refusal CHECK (refusal_ground IS NULL OR outcome = 'REFUSED')
      )`);
    await q.query(`CREATE INDEX idx_cooperation_sent ON cooperation_case (sent_on, id)`);
    await q.query(`CREATE INDEX idx_cooperation_requesting ON cooperation_case (requesting_state_iso3, sent_on)`);
    await q.query(`CREATE INDEX idx_cooperation_requested ON cooperation_case (requested_state_iso3, sent_on)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE cooperation_case`);
  }
}
