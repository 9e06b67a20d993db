import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { NotificationEntity } from './entities/notification.entity.js';
import { MailOutboxService } from './mail-outbox.service.js';
import { NotificationsRepository } from './notifications.repository.js';
import { NotificationsResolver } from './notifications.resolver.js';
import { NotificationsService } from './notifications.service.js';

/** Inbox, preferences and e-mail (issue 14). Other modules tell it of their changes through NotificationsService. */
@Module({
  imports: [TypeOrmModule.forFeature([NotificationEntity])],
  providers: [NotificationsRepository, NotificationsService, NotificationsResolver, MailOutboxService],
  exports: [NotificationsService],
})
export class NotificationsModule {}
