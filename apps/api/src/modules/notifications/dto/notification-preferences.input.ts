import { Field, InputType } from '@nestjs/graphql';
import {
  LIST_LIMITS,
  NOTIFICATION_DELIVERIES,
  NOTIFICATION_EVENTS,
  NOTIFICATION_LANGUAGES,
  type NotificationDelivery,
  type NotificationEvent,
  type NotificationLanguage,
} from '@ta/domain';
import { ArrayMaxSize, IsArray, IsBoolean, IsIn } from 'class-validator';
import {
  NotificationDeliveryEnum,
  NotificationEventEnum,
  NotificationLanguageEnum,
} from '../models/notification.model.js';

@InputType()
export class NotificationPreferencesInput {
  @Field(() => [NotificationEventEnum], { description: 'The events to be told of; the others are switched off.' })
  @IsArray()
  @ArrayMaxSize(LIST_LIMITS.filterValues)
  @IsIn(Object.keys(NOTIFICATION_EVENTS), { each: true })
  enabled!: NotificationEvent[];

  @Field(() => NotificationDeliveryEnum)
  @IsIn(NOTIFICATION_DELIVERIES)
  delivery!: NotificationDelivery;

  @Field(() => NotificationLanguageEnum)
  @IsIn(NOTIFICATION_LANGUAGES)
  language!: NotificationLanguage;

  @Field({ description: 'E-mails besides the inbox.' })
  @IsBoolean()
  email!: boolean;
}
