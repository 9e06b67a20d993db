import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The directory of competent national authorities (issue 15, paras. 38–39): per State, instrument and kind of
 * cooperation, who to address and how (channels, languages accepted, legal requirements, time limits), and when
 * the entry was last confirmed. Field offices propose changes for their States (`authority_proposal`, the
 * proposed entry as JSON), which the secretariat confirms or rejects.
 */
export class CompetentAuthorities1764376810000 implements MigrationInterface {
  name = 'CompetentAuthorities1764376810000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE competent_authority (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        instrument_code text NOT NULL REFERENCES instrument (code),
        kind text NOT NULL CHECK (kind IN ('MUTUAL_LEGAL_ASSISTANCE','EXTRADITION','FIREARMS_COOPERATION',
                                           'TRAFFICKING_IN_PERSONS','SMUGGLING_OF_MIGRANTS')),
        name text NOT NULL,
        address text,
        phone text,
        email text,
        languages text[] NOT NULL DEFAULT '{}',
        channels text[] NOT NULL DEFAULT '{}'
          CHECK (channels <@ ARRAY['DIRECT','DIPLOMATIC','INTERPOL','CENTRAL_AUTHORITY']::text[]),
        legal_requirements text,
        time_limits text,
        last_confirmed_on date,
        illustrative boolean NOT NULL DEFAULT false,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(
      `CREATE INDEX idx_authority_state ON competent_authority (state_iso3, instrument_code, kind, name, id)`,
    );
    await q.query(`CREATE INDEX idx_authority_languages ON competent_authority USING gin (languages)`);
    await q.query(`
      CREATE TABLE authority_proposal (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        authority_id uuid REFERENCES competent_authority (id) ON DELETE CASCADE,
        authority_version int,
        state_iso3 char(3) NOT NULL REFERENCES state (iso3),
        proposed jsonb NOT NULL,
        note text,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','CONFIRMED','REJECTED')),
        proposed_by_id uuid REFERENCES app_user (id),
        proposed_at timestamptz NOT NULL DEFAULT now(),
        decided_by_id uuid REFERENCES app_user (id),
        decided_at timestamptz,
        decision_reason text,
        version int NOT NULL DEFAULT 1
      )`);
    await q.query(`CREATE INDEX idx_authority_proposal_status ON authority_proposal (status, state_iso3, proposed_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE authority_proposal`);
    await q.query(`DROP TABLE competent_authority`);
  }
}
