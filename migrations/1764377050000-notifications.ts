import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Notifications (issue 14): each person's inbox (`notification`, read or not), their preferences
 * (`notification_preference`: which events, immediately or in a daily digest, in which language), and the e-mails
 * to send (`email_outbox`, written in the same transaction as the change, sent by a background sender that tries
 * again until the mail server takes them).
 */
export class Notifications1764377050000 implements MigrationInterface {
  name = 'Notifications1764377050000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE notification (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
        event text NOT NULL,
        entity_type text NOT NULL,
        entity_id uuid NOT NULL,
        message text NOT NULL,
        params jsonb NOT NULL DEFAULT '{}'::jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz,
        emailed boolean NOT NULL DEFAULT false
      )`);
    await q.query(`CREATE INDEX idx_notification_user ON notification (user_id, created_at DESC, id DESC)`);
    await q.query(`CREATE INDEX idx_notification_unread ON notification (user_id) WHERE read_at IS NULL`);
    await q.query(`
      CREATE TABLE notification_preference (
        user_id uuid PRIMARY KEY REFERENCES app_user (id) ON DELETE CASCADE,
        muted_events text[] NOT NULL DEFAULT '{}',
        delivery text NOT NULL DEFAULT 'IMMEDIATE' CHECK (delivery IN ('IMMEDIATE','DAILY_DIGEST')),
        language text NOT NULL DEFAULT 'EN' CHECK (language IN ('EN','FR','ES')),
        email boolean NOT NULL DEFAULT true,
        last_digest_at timestamptz,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await q.query(`
      CREATE TABLE email_outbox (
        id bigserial PRIMARY KEY,
        user_id uuid REFERENCES app_user (id) ON DELETE SET NULL,
        to_address text NOT NULL,
        subject text NOT NULL,
        body text NOT NULL,
        language text NOT NULL,
        status text NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING','SENT')),
        attempts int NOT NULL DEFAULT 0,
        next_attempt_at timestamptz NOT NULL DEFAULT now(),
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await q.query(`CREATE INDEX idx_email_outbox_due ON email_outbox (next_attempt_at, id) WHERE status = 'PENDING'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE email_outbox`);
    await q.query(`DROP TABLE notification_preference`);
    await q.query(`DROP TABLE notification`);
  }
}
