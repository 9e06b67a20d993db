import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { mailRetryDelayMs, type NotificationLanguage } from '@ta/domain';
import nodemailer, { type Transporter } from 'nodemailer';
import { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../../infra/config/app-config.js';
import { LiveEvents } from '../../infra/live/live-events.js';
import { lifecycle } from '../../infra/process/graceful-shutdown.js';
import { NotificationsService } from './notifications.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { digestFor } from './rules/messages.js';

const BATCH = 20;

/**
 * The background sender of the e-mail outbox (in processes that run jobs, when SMTP_URL is set): every
 * MAIL_POLL_MS, and at once when a change writes e-mails, it takes the due e-mails (locked, so two processes never
 * send one twice) and hands each to the mail server. One the server does not take stays in the outbox and is tried
 * again later (MAIL_RETRY_MS, doubling, at most an hour apart): a mail server that is down delays e-mail, never
 * loses it, and never holds up a change. Daily digests are put together here too.
 */
@Injectable()
export class MailOutboxService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('MailOutbox');
  private transport: Transporter | null = null;
  private timer: NodeJS.Timeout | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopListening: (() => void) | null = null;
  private lastWarned = 0;

  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: NotificationsRepository,
    private readonly live: LiveEvents,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.SMTP_URL || !this.config.WORKERS) return;
    const url = new URL(this.config.SMTP_URL);
    const secure = url.protocol === 'smtps:';
    this.transport = nodemailer.createTransport({
      host: url.hostname,
      port: Number(url.port || (secure ? 465 : 587)),
      secure,
      auth: url.username
        ? { user: decodeURIComponent(url.username), pass: decodeURIComponent(url.password) }
        : undefined,
      // A mail server that does not answer fails the try quickly; the e-mail waits in the outbox for the next.
      connectionTimeout: 5000,
      greetingTimeout: 5000,
      socketTimeout: 10_000,
    });
    this.timer = setInterval(() => this.wake(), this.config.MAIL_POLL_MS);
    this.timer.unref();
    this.stopListening = this.live.listen((event) => {
      if (event.topic === 'notification' && event.kind === 'MAIL') this.wake();
    });
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    this.stopListening?.();
    await this.running?.catch(() => undefined);
    this.transport?.close();
    this.transport = null;
  }

  /** Sends what is due now (one round at a time; a wake during a round runs another after it). */
  wake(): void {
    if (!this.transport || lifecycle.stopping) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.round()
      .catch((error: unknown) => {
        if (Date.now() - this.lastWarned > 10_000) {
          this.lastWarned = Date.now();
          this.logger.warn(
            `The e-mail outbox could not be read: ${error instanceof Error ? error.message : String(error)}`,
          );
        }
      })
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.wake();
        }
      });
  }

  private async round(): Promise<void> {
    await this.digests();
    for (;;) {
      const sent = await this.dataSource.transaction(async (tx) => {
        const due = await this.repository.dueEmails(tx, BATCH);
        for (const mail of due) {
          try {
            await this.transport!.sendMail({
              from: this.config.MAIL_FROM,
              to: mail.to,
              subject: mail.subject,
              text: mail.body,
            });
            await this.repository.markSent(tx, mail.id);
          } catch (error) {
            const message = error instanceof Error ? error.message : String(error);
            await this.repository.markRetry(
              tx,
              mail.id,
              mailRetryDelayMs(mail.attempts + 1, this.config.MAIL_RETRY_MS),
              message,
            );
            if (Date.now() - this.lastWarned > 10_000) {
              this.lastWarned = Date.now();
              this.logger.warn(`The mail server did not take an e-mail (${message}); it stays in the outbox.`);
            }
          }
        }
        return due.length;
      });
      if (sent < BATCH || !this.transport) return;
    }
  }

  /** Each daily digest that is due becomes one e-mail in the outbox (sent by the same round). */
  private async digests(): Promise<void> {
    await this.dataSource.transaction(async (tx) => {
      for (const due of await this.repository.dueDigests(tx, BATCH)) {
        const rows = await this.repository.takeUnemailed(tx, due.userId);
        if (rows.length === 0) continue;
        const base = this.config.PUBLIC_URL.replace(/\/$/, '');
        const digest = digestFor(
          due.language as NotificationLanguage,
          rows.map((n) => ({
            message: n.message,
            link: `${base}${NotificationsService.linkOf(n.entityType, n.entityId, n.params)}`,
          })),
        );
        await this.repository.insertEmails(tx, [
          { userId: due.userId, to: due.email, language: due.language, ...digest },
        ]);
        await this.repository.digested(tx, due.userId);
      }
    });
  }
}
