import { Inject, Injectable } from '@nestjs/common';
import {
  NOTIFICATION_AUDIENCE_ROLES,
  NOTIFICATION_EVENTS,
  type NotificationDelivery,
  type NotificationEvent,
  type NotificationLanguage,
} from '@ta/domain';
import type { EntityManager } from 'typeorm';
import type { Actor } from '../../infra/auth/actor.js';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import type { Connection } from '../../infra/graphql/pagination.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import type { AccessPolicy } from '../access/access.policy.js';
import type { NotificationEntity } from './entities/notification.entity.js';
import { NotificationsRepository, type NewEmail, type NewNotification } from './notifications.repository.js';
import { emailFor, inboxMessage, type MessageParams } from './rules/messages.js';

/** What happened, to which record, and whose it is (the office or donor it tells; the secretariat otherwise). */
export interface NotificationFact {
  event: NotificationEvent;
  entityType: 'assistance_request' | 'contribution' | 'workshop' | 'activity';
  entityId: string;
  /** The field office of the request (events told to an office). */
  fieldOfficeCode?: string | null;
  /** The donor whose money it is (events told to a donor). */
  donorId?: string | null;
  params: MessageParams;
}

export interface NotificationPreferences {
  available: NotificationEvent[];
  enabled: NotificationEvent[];
  delivery: NotificationDelivery;
  language: NotificationLanguage;
  email: boolean;
  emailConfigured: boolean;
}

/**
 * Tells people of what concerns them (issue 14): an inbox entry each, in their language, written in the same
 * transaction as the change it reports; and, when a mail server is configured (SMTP_URL) and they want it, an
 * e-mail in the outbox — sent at once by the background sender, or gathered into their daily digest.
 */
@Injectable()
export class NotificationsService {
  constructor(
    private readonly repository: NotificationsRepository,
    private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Where a notification's record is, in the web client (relative; e-mails put PUBLIC_URL before it). */
  static linkOf(entityType: string, entityId: string, params: Record<string, string>): string {
    if (entityType === 'contribution') return '/funding';
    if (entityType === 'workshop') return `/workshops/${encodeURIComponent(entityId)}`;
    if (entityType === 'activity') return `/programme?activity=${encodeURIComponent(entityId)}`;
    return params.state ? `/requests?state=${encodeURIComponent(params.state)}` : '/requests';
  }

  /**
   * Records the notifications of a change, inside its transaction (the person who made it is not told): the inbox
   * entries and, for those who want e-mail at once, the outbox's e-mails; then tells their sockets.
   */
  async notify(tx: EntityManager, fact: NotificationFact, by: Actor | null): Promise<void> {
    // The system itself (the demo data, start-up) tells nobody of what it loads.
    if (by && by.userId === null) return;
    const audience = NOTIFICATION_EVENTS[fact.event];
    if (audience === 'OFFICE' && !fact.fieldOfficeCode) return;
    if (audience === 'DONOR' && !fact.donorId) return;
    const recipients = await this.repository.recipients(
      tx,
      fact.event,
      NOTIFICATION_AUDIENCE_ROLES[audience],
      {
        fieldOfficeCode: audience === 'OFFICE' ? fact.fieldOfficeCode : null,
        donorId: audience === 'DONOR' ? fact.donorId : null,
      },
      by?.userId ?? null,
    );
    if (recipients.length === 0) return;
    const mails = Boolean(this.config.SMTP_URL);
    const link = `${this.config.PUBLIC_URL.replace(/\/$/, '')}${NotificationsService.linkOf(fact.entityType, fact.entityId, fact.params)}`;
    const notifications: NewNotification[] = [];
    const emails: NewEmail[] = [];
    for (const r of recipients) {
      const wantsMail = mails && r.emailOn;
      notifications.push({
        userId: r.userId,
        event: fact.event,
        entityType: fact.entityType,
        entityId: fact.entityId,
        message: inboxMessage(fact.event, r.language, fact.params),
        params: fact.params,
        // Only a digest's notifications wait to be e-mailed; the others are e-mailed now, or never.
        emailed: !(wantsMail && r.delivery === 'DAILY_DIGEST'),
      });
      if (wantsMail && r.delivery === 'IMMEDIATE') {
        emails.push({
          userId: r.userId,
          to: r.email,
          language: r.language,
          ...emailFor(fact.event, audience, r.language, fact.params, link),
        });
      }
    }
    await this.repository.insertNotifications(tx, notifications);
    await this.repository.insertEmails(tx, emails);
    await this.live.publish(tx, {
      topic: 'notification',
      kind: emails.length ? 'MAIL' : 'INBOX',
      ids: recipients.map((r) => r.userId),
    });
  }

  inbox(
    policy: AccessPolicy,
    unreadOnly: boolean,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<Connection<NotificationEntity>> {
    return this.repository.page(policy.actorOrFail.userId!, unreadOnly, first, after);
  }

  unreadCount(policy: AccessPolicy): Promise<number> {
    return this.repository.unreadCount(policy.actorOrFail.userId!);
  }

  /** Marks some of one's own notifications read; answers how many are still unread. */
  async markRead(policy: AccessPolicy, ids: readonly string[]): Promise<number> {
    const userId = policy.actorOrFail.userId!;
    await this.repository.markRead(userId, ids);
    return this.repository.unreadCount(userId);
  }

  async preferences(policy: AccessPolicy): Promise<NotificationPreferences> {
    const actor = policy.actorOrFail;
    const available = policy.notificationEvents();
    const row = await this.repository.preferences(actor.userId!);
    const muted = new Set(row?.mutedEvents ?? []);
    return {
      available,
      enabled: available.filter((e) => !muted.has(e)),
      delivery: row?.delivery ?? 'IMMEDIATE',
      language: row?.language ?? 'EN',
      email: row?.email ?? true,
      emailConfigured: Boolean(this.config.SMTP_URL),
    };
  }

  /** One's own preferences: the events offered to one's role that are not enabled are switched off. */
  async setPreferences(
    policy: AccessPolicy,
    input: {
      enabled: NotificationEvent[];
      delivery: NotificationDelivery;
      language: NotificationLanguage;
      email: boolean;
    },
  ): Promise<NotificationPreferences> {
    const actor = policy.actorOrFail;
    const available = policy.notificationEvents();
    const enabled = new Set(input.enabled);
    await this.repository.savePreferences(actor.userId!, {
      mutedEvents: available.filter((e) => !enabled.has(e)),
      delivery: input.delivery,
      language: input.language,
      email: input.email,
    });
    return this.preferences(policy);
  }
}
