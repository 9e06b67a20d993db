import { Injectable } from '@nestjs/common';
import type { NotificationDelivery, NotificationEvent, NotificationLanguage, Role } from '@ta/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { isUuid } from '../../infra/database/ids.js';
import { keysetPage } from '../../infra/database/keyset.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { NotificationEntity } from './entities/notification.entity.js';

/** Who is told of an event, with how they want to be told. */
export interface Recipient {
  userId: string;
  email: string;
  language: NotificationLanguage;
  delivery: NotificationDelivery;
  emailOn: boolean;
}

export interface PreferencesRow {
  mutedEvents: NotificationEvent[];
  delivery: NotificationDelivery;
  language: NotificationLanguage;
  email: boolean;
}

export interface NewNotification {
  userId: string;
  event: NotificationEvent;
  entityType: string;
  entityId: string;
  message: string;
  params: Record<string, string>;
  emailed: boolean;
}

export interface NewEmail {
  userId: string;
  to: string;
  subject: string;
  body: string;
  language: NotificationLanguage;
}

export interface OutboxRow {
  id: string;
  to: string;
  subject: string;
  body: string;
  attempts: number;
}

export interface DigestDue {
  userId: string;
  email: string;
  language: NotificationLanguage;
}

/** The notifications module's SQL: notification, notification_preference and email_outbox. */
@Injectable()
export class NotificationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * The active users of these roles (narrowed to an office's or a donor's when given) who have not switched the
   * event off, with their preferences. Joins accounts' `app_user`: who the people are is theirs, and one statement
   * answers for all recipients of an event.
   */
  async recipients(
    tx: EntityManager,
    event: NotificationEvent,
    roles: readonly Role[],
    scope: { fieldOfficeCode?: string | null; donorId?: string | null },
    exceptUserId: string | null,
  ): Promise<Recipient[]> {
    return tx.query(
      `SELECT u.id AS "userId", u.email, coalesce(p.language, 'EN') AS language,
              coalesce(p.delivery, 'IMMEDIATE') AS delivery, coalesce(p.email, true) AS "emailOn"
         FROM app_user u LEFT JOIN notification_preference p ON p.user_id = u.id
        WHERE u.active AND u.role = ANY ($2::text[])
          AND ($3::text IS NULL OR u.field_office_code = $3)
          AND ($4::uuid IS NULL OR u.donor_id = $4)
          AND NOT ($1 = ANY (coalesce(p.muted_events, '{}')))
          AND u.id IS DISTINCT FROM $5::uuid
        ORDER BY u.id`,
      [event, roles, scope.fieldOfficeCode ?? null, scope.donorId ?? null, exceptUserId],
    );
  }

  async insertNotifications(tx: EntityManager, rows: readonly NewNotification[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO notification (user_id, event, entity_type, entity_id, message, params, emailed)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::uuid[], $5::text[], $6::jsonb[], $7::boolean[])`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.event),
        rows.map((r) => r.entityType),
        rows.map((r) => r.entityId),
        rows.map((r) => r.message),
        rows.map((r) => JSON.stringify(r.params)),
        rows.map((r) => r.emailed),
      ],
    );
  }

  async insertEmails(tx: EntityManager, rows: readonly NewEmail[]): Promise<void> {
    if (rows.length === 0) return;
    await tx.query(
      `INSERT INTO email_outbox (user_id, to_address, subject, body, language)
       SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[])`,
      [
        rows.map((r) => r.userId),
        rows.map((r) => r.to),
        rows.map((r) => r.subject),
        rows.map((r) => r.body),
        rows.map((r) => r.language),
      ],
    );
  }

  /** A person's inbox, newest first (unread only when asked), paged by keyset. */
  page(
    userId: string,
    unreadOnly: boolean,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<NotificationEntity>> {
    const q = this.dataSource
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId', { userId });
    if (unreadOnly) q.andWhere('n.read_at IS NULL');
    return keysetPage(
      q,
      { expr: 'n.created_at', cast: 'timestamptz', direction: 'DESC', idExpr: 'n.id', idCast: 'uuid' },
      first,
      after,
    );
  }

  async unreadCount(userId: string): Promise<number> {
    const [row] = await this.dataSource.query(
      `SELECT count(*)::int AS n FROM notification WHERE user_id = $1 AND read_at IS NULL`,
      [userId],
    );
    return row.n;
  }

  /** Marks these of the person's notifications read (others' ids change nothing); answers how many it marked. */
  async markRead(userId: string, ids: readonly string[]): Promise<number> {
    const valid = ids.filter(isUuid);
    if (valid.length === 0) return 0;
    const [, count] = await this.dataSource.query(
      `UPDATE notification SET read_at = now() WHERE user_id = $1 AND id = ANY ($2::uuid[]) AND read_at IS NULL`,
      [userId, valid],
    );
    return count;
  }

  async preferences(userId: string): Promise<PreferencesRow | null> {
    const [row] = await this.dataSource.query(
      `SELECT muted_events AS "mutedEvents", delivery, language, email FROM notification_preference WHERE user_id = $1`,
      [userId],
    );
    return row ?? null;
  }

  async savePreferences(userId: string, p: PreferencesRow): Promise<void> {
    await this.dataSource.query(
      `INSERT INTO notification_preference (user_id, muted_events, delivery, language, email)
       VALUES ($1, $2, $3, $4, $5)
       ON CONFLICT (user_id) DO UPDATE SET muted_events = EXCLUDED.muted_events, delivery = EXCLUDED.delivery,
         language = EXCLUDED.language, email = EXCLUDED.email, updated_at = now()`,
      [userId, p.mutedEvents, p.delivery, p.language, p.email],
    );
  }

  // ---------------------------------------------------------------- the outbox

  /** E-mails due to be sent, locked for this sender (another process skips them), oldest first. */
  dueEmails(tx: EntityManager, limit: number): Promise<OutboxRow[]> {
    return tx.query(
      `SELECT id::text, to_address AS "to", subject, body, attempts FROM email_outbox
        WHERE status = 'PENDING' AND next_attempt_at <= now()
        ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED`,
      [limit],
    );
  }

  async markSent(tx: EntityManager, id: string): Promise<void> {
    await tx.query(
      `UPDATE email_outbox SET status = 'SENT', sent_at = now(), attempts = attempts + 1, last_error = NULL WHERE id = $1`,
      [id],
    );
  }

  async markRetry(tx: EntityManager, id: string, delayMs: number, error: string): Promise<void> {
    await tx.query(
      `UPDATE email_outbox SET attempts = attempts + 1, last_error = $3,
              next_attempt_at = now() + make_interval(secs => $2::double precision / 1000) WHERE id = $1`,
      [id, delayMs, error.slice(0, 500)],
    );
  }

  /** People on the daily digest whose day is up and who have notifications not yet e-mailed, locked for this sender. */
  dueDigests(tx: EntityManager, limit: number): Promise<DigestDue[]> {
    return tx.query(
      `SELECT p.user_id AS "userId", u.email, p.language FROM notification_preference p
         JOIN app_user u ON u.id = p.user_id
        WHERE p.delivery = 'DAILY_DIGEST' AND p.email AND u.active
          AND (p.last_digest_at IS NULL OR p.last_digest_at <= now() - interval '1 day')
          AND EXISTS (SELECT 1 FROM notification n WHERE n.user_id = p.user_id AND NOT n.emailed)
        ORDER BY p.user_id LIMIT $1 FOR UPDATE OF p SKIP LOCKED`,
      [limit],
    );
  }

  /** A person's notifications not yet e-mailed, oldest first, now marked e-mailed (in the caller's transaction). */
  takeUnemailed(tx: EntityManager, userId: string): Promise<NotificationEntity[]> {
    return tx
      .getRepository(NotificationEntity)
      .createQueryBuilder('n')
      .where('n.user_id = :userId AND NOT n.emailed', { userId })
      .orderBy('n.created_at')
      .addOrderBy('n.id')
      .getMany()
      .then(async (rows) => {
        if (rows.length) {
          await tx.query(`UPDATE notification SET emailed = true WHERE id = ANY ($1::uuid[])`, [rows.map((r) => r.id)]);
        }
        return rows;
      });
  }

  async digested(tx: EntityManager, userId: string): Promise<void> {
    await tx.query(`UPDATE notification_preference SET last_digest_at = now() WHERE user_id = $1`, [userId]);
  }
}
