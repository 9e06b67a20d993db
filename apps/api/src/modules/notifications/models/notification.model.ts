import { Field, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import {
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_EVENTS,
  NOTIFICATION_LANGUAGES,
  type NotificationDelivery,
  type NotificationEvent,
  type NotificationLanguage,
} from '@ta/domain';
import { PageInfo, type Connection } from '../../../infra/graphql/pagination.js';
import { DateTimeScalar } from '../../../infra/graphql/scalars.js';

export const NotificationEventEnum = Object.fromEntries(Object.keys(NOTIFICATION_EVENTS).map((e) => [e, e])) as {
  [K in NotificationEvent]: K;
};
registerEnumType(NotificationEventEnum, {
  name: 'NotificationEvent',
  description:
    'What a person can be told of: a field office of its requests accepted, declined, linked, planned or delivered; ' +
    'the secretariat of requests logged, possible duplicates, contributions and intentions recorded; a donor of its ' +
    'money allocated.',
});
export const NotificationDeliveryEnum = Object.fromEntries(NOTIFICATION_DELIVERIES.map((e) => [e, e])) as {
  [K in NotificationDelivery]: K;
};
registerEnumType(NotificationDeliveryEnum, {
  name: 'NotificationDelivery',
  description: 'E-mail each notification at once, or one digest a day.',
});
export const NotificationLanguageEnum = Object.fromEntries(NOTIFICATION_LANGUAGES.map((e) => [e, e])) as {
  [K in NotificationLanguage]: K;
};
registerEnumType(NotificationLanguageEnum, { name: 'NotificationLanguage' });

@ObjectType('Notification')
export class NotificationModel {
  @Field(() => ID)
  id!: string;

  @Field(() => NotificationEventEnum)
  event!: NotificationEvent;

  @Field({ description: 'The kind of record: assistance_request or contribution.' })
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field({ description: 'What happened, in the language of your preferences when it was written.' })
  message!: string;

  @Field({ description: 'Where the record is in the application (a path).' })
  link!: string;

  @Field(() => DateTimeScalar)
  createdAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  readAt!: Date | null;
}

@ObjectType('NotificationConnection')
export class NotificationConnection implements Connection<NotificationModel> {
  @Field(() => Int)
  totalCount!: number;

  @Field(() => [NotificationModel])
  nodes!: NotificationModel[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: 'How many of your notifications are unread (whatever the page).' })
  unreadCount!: number;
}

@ObjectType('NotificationPreferences')
export class NotificationPreferencesModel {
  @Field(() => [NotificationEventEnum], { description: 'The events your role can be told of.' })
  available!: NotificationEvent[];

  @Field(() => [NotificationEventEnum], { description: 'Those you are told of (the others are switched off).' })
  enabled!: NotificationEvent[];

  @Field(() => NotificationDeliveryEnum)
  delivery!: NotificationDelivery;

  @Field(() => NotificationLanguageEnum, { description: 'The language of your notifications and e-mails.' })
  language!: NotificationLanguage;

  @Field({ description: 'Whether you want e-mails (besides the inbox).' })
  email!: boolean;

  @Field({ description: 'Whether this installation sends e-mail at all (SMTP_URL); without it, the inbox only.' })
  emailConfigured!: boolean;
}
