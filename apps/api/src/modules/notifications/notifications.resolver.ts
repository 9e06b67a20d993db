import { Args, Context, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { LIST_LIMITS } from '@ta/domain';
import { AnyUser } from '../../infra/auth/access.decorator.js';
import type { GraphQLContext } from '../../infra/graphql/loaders.js';
import { AccessPolicies } from '../access/access-policies.service.js';
import { NotificationPreferencesInput } from './dto/notification-preferences.input.js';
import type { NotificationEntity } from './entities/notification.entity.js';
import {
  NotificationConnection,
  NotificationModel,
  NotificationPreferencesModel,
} from './models/notification.model.js';
import { NotificationsService } from './notifications.service.js';
import { DomainError, ErrorCode } from '../../infra/errors/domain-error.js';

function toModel(n: NotificationEntity): NotificationModel {
  return {
    id: n.id,
    event: n.event,
    entityType: n.entityType,
    entityId: n.entityId,
    message: n.message,
    link: NotificationsService.linkOf(n.entityType, n.entityId, n.params),
    createdAt: n.createdAt,
    readAt: n.readAt,
  };
}

/** Each person's own notifications and preferences: nobody reads or marks another's. */
@Resolver(() => NotificationModel)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly policies: AccessPolicies,
  ) {}

  @AnyUser()
  @Query(() => NotificationConnection, { description: 'Your notifications, newest first, with how many are unread.' })
  async notifications(
    @Context() ctx: GraphQLContext,
    @Args('first', { type: () => Int, nullable: true, defaultValue: 20 }) first?: number,
    @Args('after', { type: () => String, nullable: true }) after?: string,
    @Args('unreadOnly', { type: () => Boolean, nullable: true, defaultValue: false }) unreadOnly?: boolean,
  ): Promise<NotificationConnection> {
    const policy = this.policies.of(ctx);
    const [page, unreadCount] = await Promise.all([
      this.service.inbox(policy, unreadOnly ?? false, first, after),
      this.service.unreadCount(policy),
    ]);
    return { ...page, nodes: page.nodes.map(toModel), unreadCount };
  }

  @AnyUser()
  @Mutation(() => Int, { description: 'Marks these of your notifications read; answers how many are still unread.' })
  markNotificationsRead(
    @Args('ids', { type: () => [ID] }) ids: string[],
    @Context() ctx: GraphQLContext,
  ): Promise<number> {
    if (ids.length > LIST_LIMITS.anyList) {
      throw new DomainError(ErrorCode.BAD_USER_INPUT, `Mark at most ${LIST_LIMITS.anyList} at once.`, 'ids', {
        reason: 'INVALID_INPUT',
      });
    }
    return this.service.markRead(this.policies.of(ctx), ids);
  }

  @AnyUser()
  @Query(() => NotificationPreferencesModel)
  notificationPreferences(@Context() ctx: GraphQLContext): Promise<NotificationPreferencesModel> {
    return this.service.preferences(this.policies.of(ctx));
  }

  @AnyUser()
  @Mutation(() => NotificationPreferencesModel, {
    description: 'Which events you are told of, e-mailed at once or in a daily digest, and in which language.',
  })
  setNotificationPreferences(
    @Args('input') input: NotificationPreferencesInput,
    @Context() ctx: GraphQLContext,
  ): Promise<NotificationPreferencesModel> {
    return this.service.setPreferences(this.policies.of(ctx), input);
  }
}
