import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Users, their sessions, sign-in throttling, donors (their profile), and the audit log. */
export class CreateAccountsAndAuditLog1764374600000 implements MigrationInterface {
  name = 'CreateAccountsAndAuditLog1764374600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE donor (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        name text NOT NULL,
        donor_type text NOT NULL CHECK (donor_type IN ('MEMBER_STATE','INTERGOVERNMENTAL','FOUNDATION','PRIVATE')),
        country_iso3 char(3) REFERENCES state (iso3),
        contact text,
        confidential_notes text,
        named_publicly boolean NOT NULL DEFAULT false,
        illustrative boolean NOT NULL DEFAULT false,
        external_ref text UNIQUE,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_donor_name ON donor (lower(name))`);
    await q.query(`
      CREATE TABLE app_user (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        display_name text NOT NULL,
        role text NOT NULL CHECK (role IN ('ADMIN','SECRETARIAT','FIELD_OFFICE','DONOR','VIEWER')),
        field_office_code text REFERENCES field_office (code),
        donor_id uuid REFERENCES donor (id),
        password_hash text,
        active boolean NOT NULL DEFAULT true,
        version int NOT NULL DEFAULT 1,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ck_user_office_scope CHECK ((role = 'FIELD_OFFICE') = (field_office_code IS NOT NULL)),
        CONSTRAINT ck_user_donor_scope CHECK ((role = 'DONOR') = (donor_id IS NOT NULL))
      )`);
    await q.query(`CREATE UNIQUE INDEX ux_user_email ON app_user (lower(email))`);
    await q.query(`
      CREATE TABLE user_session (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        ip text,
        user_agent text
      )`);
    await q.query(`CREATE INDEX idx_session_user_open ON user_session (user_id) WHERE revoked_at IS NULL`);
    await q.query(`
      CREATE TABLE login_throttle (
        key text PRIMARY KEY,
        failures int NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz
      )`);
    await q.query(`
      CREATE TABLE audit_entry (
        id bigserial PRIMARY KEY,
        at timestamptz NOT NULL DEFAULT now(),
        actor_id uuid REFERENCES app_user (id),
        actor_label text NOT NULL,
        action text NOT NULL,
        entity_type text NOT NULL,
        entity_id text NOT NULL,
        before jsonb,
        after jsonb,
        request_id text
      )`);
    await q.query(`CREATE INDEX idx_audit_at ON audit_entry (at DESC, id DESC)`);
    await q.query(`CREATE INDEX idx_audit_entity ON audit_entry (entity_type, entity_id, at DESC)`);
    await q.query(`CREATE INDEX idx_audit_actor ON audit_entry (actor_id, at DESC)`);
    // The log is append-only, whatever the caller: no UPDATE, no DELETE.
    await q.query(`
      CREATE FUNCTION audit_entry_is_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'the audit log cannot be changed or deleted';
      END $$`);
    await q.query(`
      CREATE TRIGGER audit_entry_append_only BEFORE UPDATE OR DELETE ON audit_entry
      FOR EACH ROW EXECUTE FUNCTION audit_entry_is_append_only()`);

    await q.query(`ALTER TABLE assistance_request ADD COLUMN confidential boolean NOT NULL DEFAULT false`);
    await q.query(`ALTER TABLE assistance_request ADD COLUMN logged_by_id uuid REFERENCES app_user (id)`);
    await q.query(`ALTER TABLE request_status_change ADD COLUMN by_id uuid REFERENCES app_user (id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE request_status_change DROP COLUMN by_id`);
    await q.query(`ALTER TABLE assistance_request DROP COLUMN logged_by_id`);
    await q.query(`ALTER TABLE assistance_request DROP COLUMN confidential`);
    await q.query(`DROP TABLE audit_entry`);
    await q.query(`DROP FUNCTION audit_entry_is_append_only()`);
    await q.query(`DROP TABLE login_throttle`);
    await q.query(`DROP TABLE user_session`);
    await q.query(`DROP TABLE app_user`);
    await q.query(`DROP TABLE donor`);
  }
}
